/**
 * Writes one tenant's trading history (catalogue, customers, sales, stock ledger, expenses) from the in-memory dataset.
 * Ids are generated here so that lines can reference their sale and movements their product with no round trip.
 */
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';
import { bulkInsert, money } from '../database/bulk-insert';
import { CatalogItem } from './catalog';
import { CustomerSeed } from './customers';
import type { CreditHistory } from './credit';
import { ExpenseSeed } from './expenses';
import { SalesHistory } from './sales';
import { StockLedger } from './stock';
import { SUPPLIERS } from './suppliers';

export interface BusinessHistory {
  catalog: CatalogItem[];
  customers: CustomerSeed[];
  history: SalesHistory;
  /** Payment methods and the notebook (the demo shop); without it every sale is cash. */
  credit?: CreditHistory;
  ledger: StockLedger;
  expenses: ExpenseSeed[];
}

interface MovementRow {
  productIndex: number;
  quantity: number;
  stockBefore: number;
  stockAfter: number;
  reason: string;
  at: Date;
}

/** Products, customers, sales, stock ledger and expenses of one tenant. Returns the product ids in catalogue order. */
export async function insertBusinessHistory(
  tx: Prisma.TransactionClient,
  tenantId: string,
  receivedBy: string,
  openedAt: Date,
  data: BusinessHistory,
  log: (message: string) => void,
): Promise<string[]> {
  const t0 = Date.now();
  const productIds = data.catalog.map(() => randomUUID());
  const productsCreatedAt = new Date(openedAt.getTime() - 30 * 86_400_000);
  await tx.product.createMany({
    data: data.catalog.map((p, i) => ({
      id: productIds[i],
      tenantId,
      sku: p.sku,
      barcode: p.barcode,
      nameFr: p.nameFr,
      nameAr: p.nameAr,
      nameEn: p.nameEn,
      category: p.category,
      unit: p.unit,
      price: money(p.priceCents),
      cost: money(p.costCents),
      stock: p.stock,
      reorderThreshold: p.reorderThreshold,
      createdAt: productsCreatedAt,
    })),
  });

  const customerIds = data.customers.map(() => randomUUID());
  const carnet = new Map((data.credit?.carnet ?? []).map((c) => [c.customerIndex, c]));
  await bulkInsert(
    tx,
    'Customer',
    [
      { name: 'id', type: 'text', value: (i: number) => customerIds[i] },
      { name: 'tenantId', type: 'text', value: () => tenantId },
      { name: 'name', type: 'text', value: (i) => data.customers[i].name },
      { name: 'phone', type: 'text', value: (i) => data.customers[i].phone },
      { name: 'email', type: 'text', value: (i) => data.customers[i].email },
      { name: 'wilaya', type: 'text', value: (i) => data.customers[i].wilaya },
      { name: 'ageBand', type: 'text', value: (i) => data.customers[i].ageBand },
      { name: 'channel', type: 'text', value: (i) => data.customers[i].channel },
      { name: 'createdAt', type: 'timestamp', value: (i) => data.customers[i].createdAt },
      { name: 'balance', type: 'numeric', value: (i) => money(data.credit?.balances.get(i) ?? 0) },
      { name: 'creditLimit', type: 'numeric', value: (i) => (carnet.has(i) ? money(carnet.get(i)!.creditLimitCents) : null) },
      { name: 'note', type: 'text', value: (i) => carnet.get(i)?.note ?? null },
    ],
    customerIds.map((_, i) => i),
  );

  // The ISO text is computed once per sale and shared by its lines (~120k Date→string conversions otherwise).
  const sales = data.history.sales.map((sale, i) => ({
    id: randomUUID(),
    sale,
    at: sale.soldAt.toISOString(),
    method: data.credit?.methods[i] ?? 'cash',
  }));
  await bulkInsert(
    tx,
    'Sale',
    [
      { name: 'id', type: 'text', value: (r: (typeof sales)[number]) => r.id },
      { name: 'tenantId', type: 'text', value: () => tenantId },
      { name: 'customerId', type: 'text', value: (r) => (r.sale.customerIndex === null ? null : customerIds[r.sale.customerIndex]) },
      { name: 'soldAt', type: 'timestamp', value: (r) => r.at },
      { name: 'total', type: 'numeric', value: (r) => money(r.sale.totalCents) },
      { name: 'cost', type: 'numeric', value: (r) => money(r.sale.costCents) },
      { name: 'channel', type: 'text', value: (r) => r.sale.channel },
      { name: 'paymentMethod', type: 'payment_method', value: (r) => r.method },
      { name: 'createdAt', type: 'timestamp', value: (r) => r.at },
    ],
    sales,
  );
  await bulkInsert(
    tx,
    'CustomerPayment',
    [
      { name: 'id', type: 'text', value: () => randomUUID() },
      { name: 'tenantId', type: 'text', value: () => tenantId },
      {
        name: 'customerId',
        type: 'text',
        value: (p: NonNullable<BusinessHistory['credit']>['payments'][number]) => customerIds[p.customerIndex],
      },
      { name: 'amount', type: 'numeric', value: (p) => money(p.amountCents) },
      { name: 'paidAt', type: 'timestamp', value: (p) => p.at },
      { name: 'createdById', type: 'text', value: () => receivedBy },
      { name: 'createdAt', type: 'timestamp', value: (p) => p.at },
    ],
    data.credit?.payments ?? [],
  );
  const lines = sales.flatMap(({ id, sale, at }) => sale.lines.map((line) => ({ saleId: id, soldAt: at, line })));
  await bulkInsert(
    tx,
    'SaleLine',
    [
      { name: 'id', type: 'text', value: () => randomUUID() },
      { name: 'tenantId', type: 'text', value: () => tenantId },
      { name: 'saleId', type: 'text', value: (r: (typeof lines)[number]) => r.saleId },
      { name: 'productId', type: 'text', value: (r) => productIds[r.line.productIndex] },
      { name: 'quantity', type: 'int', value: (r) => r.line.quantity },
      { name: 'unitPrice', type: 'numeric', value: (r) => money(r.line.unitPriceCents) },
      { name: 'unitCost', type: 'numeric', value: (r) => money(r.line.unitCostCents) },
      { name: 'soldAt', type: 'timestamp', value: (r) => r.soldAt },
    ],
    lines,
  );
  log(`  ${sales.length} sales, ${lines.length} lines (${Date.now() - t0} ms)`);

  // The ledger: an opening count when the window starts, then every delivery.
  const movements: MovementRow[] = data.catalog.map((_, i) => ({
    productIndex: i,
    quantity: data.ledger.openingStock[i],
    stockBefore: 0,
    stockAfter: data.ledger.openingStock[i],
    reason: "Inventaire d'ouverture",
    at: openedAt,
  }));
  for (const r of data.ledger.receipts) {
    movements.push({ ...r, reason: `Réception fournisseur — ${SUPPLIERS[data.catalog[r.productIndex].supplier].merchant}` });
  }
  await bulkInsert(
    tx,
    'StockMovement',
    [
      { name: 'id', type: 'text', value: () => randomUUID() },
      { name: 'tenantId', type: 'text', value: () => tenantId },
      { name: 'productId', type: 'text', value: (m: MovementRow) => productIds[m.productIndex] },
      { name: 'quantity', type: 'int', value: (m) => m.quantity },
      { name: 'stockBefore', type: 'int', value: (m) => m.stockBefore },
      { name: 'stockAfter', type: 'int', value: (m) => m.stockAfter },
      { name: 'reason', type: 'text', value: (m) => m.reason },
      { name: 'userId', type: 'text', value: () => receivedBy },
      { name: 'createdAt', type: 'timestamp', value: (m) => m.at },
    ],
    movements,
  );

  await bulkInsert(
    tx,
    'Expense',
    [
      { name: 'id', type: 'text', value: () => randomUUID() },
      { name: 'tenantId', type: 'text', value: () => tenantId },
      { name: 'amount', type: 'numeric', value: (e: ExpenseSeed) => money(e.amountCents) },
      { name: 'category', type: 'text', value: (e) => e.category },
      { name: 'description', type: 'text', value: (e) => e.description },
      { name: 'date', type: 'date', value: (e) => e.date },
      { name: 'merchant', type: 'text', value: (e) => e.merchant },
      { name: 'vatAmount', type: 'numeric', value: (e) => (e.vatCents === null ? null : money(e.vatCents)) },
      { name: 'createdById', type: 'text', value: () => receivedBy },
      { name: 'createdAt', type: 'timestamp', value: (e) => e.date },
      { name: 'updatedAt', type: 'timestamp', value: (e) => e.date },
    ],
    data.expenses,
  );
  log(`  ${movements.length} stock movements, ${data.expenses.length} expenses (${Date.now() - t0} ms total)`);
  return productIds;
}
