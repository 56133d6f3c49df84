/**
 * The demo shop keeps trading while nobody looks: on every start (and right after seeding) its history is extended
 * from where it stopped to now, so « mes ventes aujourd'hui » is never empty, even on a restart days later.
 *
 * - Deterministic: each day's tickets come from a generator seeded by the day (the same day always gives the same
 *   tickets), cut at the instants the history is extended to; a later start fills only what is missing.
 * - Real writes: the sales go through the sales ledger (SalesLedgerRepository.writeSales), like any sale: stock
 *   movements, customers' credit balances. Goods are received on the suppliers' delivery days (after the seeded day);
 *   a ticket never takes more than is on the shelf, so the demo's stock stays plausible.
 * - One transaction, the demo tenant only, under a row lock on DemoHistory (two instances starting together do it
 *   once). At most MAX_DAYS days are filled: a demo left off for months starts again from recent history.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';
import { SalesLedgerRepository, type LedgerSale } from '../sales/sales-ledger.repository';
import { money } from '../database/bulk-insert';
import { addDays, algiersTime, DAY_MS, startOfUtcDay } from './calendar';
import { buildCatalog, type CatalogItem } from './catalog';
import { CARNET_CREDIT_SHARE, CARNET_NOTE, NON_CREDIT, type PaymentMethodSeed } from './credit';
import type { CustomerSeed } from './customers';
import { DEMO_SEED, DEMO_TENANT } from './demo-dataset';
import { Rng } from './prng';
import { generateSales } from './sales';
import { deliversOn, SUPPLIERS } from './suppliers';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export const MAX_DAYS = 60;
/** Tickets per ordinary day at the end of the seeded year (the seed's base of 78 after ~18 % growth). */
const DAILY_TICKETS = 92;

export interface TopUpResult {
  from: Date;
  to: Date;
  sales: number;
  deliveries: number;
  payments: number;
}

interface DemoProduct {
  id: string;
  sku: string;
  stock: number;
  reorderThreshold: number;
  priceCents: number;
  costCents: number | null;
  item: CatalogItem;
}

/** Extends the demo's history to `now`. Null when there is no demo tenant or nothing to add. */
export async function topUpDemo(prisma: PrismaClient, opts: { now: Date; log?: (m: string) => void }): Promise<TopUpResult | null> {
  const tenant = await prisma.tenant.findUnique({ where: { slug: DEMO_TENANT.slug }, select: { id: true } });
  if (!tenant) return null;
  const ledger = new SalesLedgerRepository(prisma as never);
  const started = Date.now();
  const result = await prisma.$transaction(
    async (tx) => {
      // A demo seeded before the top-up existed has no row yet: its history ends with its last seeded sale.
      await tx.$executeRaw`
        INSERT INTO "DemoHistory" ("id", "tenantId", "generatedUntil", "seededUntil")
        SELECT gen_random_uuid()::text, ${tenant.id}, m, m FROM (SELECT coalesce(max("soldAt"), ${opts.now}) AS m FROM "Sale" WHERE "tenantId" = ${tenant.id} AND "source" IS NULL) s
        ON CONFLICT ("tenantId") DO NOTHING`;
      const [state] = await tx.$queryRaw<{ generatedUntil: Date; seededUntil: Date }[]>`
        SELECT "generatedUntil", "seededUntil" FROM "DemoHistory" WHERE "tenantId" = ${tenant.id} FOR UPDATE`;
      const to = opts.now;
      const from = new Date(Math.max(state.generatedUntil.getTime(), to.getTime() - MAX_DAYS * DAY_MS));
      if (to.getTime() - from.getTime() < 1000) return null;
      const r = await extend(tx, ledger, tenant.id, from, to, startOfUtcDay(state.seededUntil));
      await tx.demoHistory.update({ where: { tenantId: tenant.id }, data: { generatedUntil: to } });
      return r;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  if (result)
    opts.log?.(
      `topped up the demo from ${result.from.toISOString()} to ${result.to.toISOString()}: ${result.sales} sales, ${result.deliveries} deliveries, ${result.payments} payments (${Date.now() - started} ms)`,
    );
  return result;
}

async function extend(
  tx: Tx,
  ledger: SalesLedgerRepository,
  tenantId: string,
  from: Date,
  to: Date,
  seededDay: Date,
): Promise<TopUpResult> {
  const catalog = new Map(buildCatalog().map((c) => [c.sku, c]));
  const rows = await tx.product.findMany({ where: { tenantId, active: true }, orderBy: { sku: 'asc' } });
  // Products the shop added or removed itself are left alone: only the demo catalogue trades.
  const products: DemoProduct[] = rows
    .filter((p) => catalog.has(p.sku))
    .map((p) => ({
      id: p.id,
      sku: p.sku,
      stock: p.stock,
      reorderThreshold: p.reorderThreshold,
      priceCents: Math.round(Number(p.price) * 100),
      costCents: p.cost === null ? null : Math.round(Number(p.cost) * 100),
      item: catalog.get(p.sku)!,
    }));
  const items = products.map((p) => ({ ...p.item, priceCents: p.priceCents, costCents: p.costCents ?? 0 }));
  // Ordered by what the data says (not by random ids), so two databases of the same demo trade the same way.
  const dbCustomers = await tx.customer.findMany({
    where: { tenantId, deletedAt: null },
    orderBy: [{ createdAt: 'asc' }, { phone: 'asc' }, { name: 'asc' }, { id: 'asc' }],
  });
  const customers: CustomerSeed[] = dbCustomers.map((c) => ({
    name: c.name,
    phone: c.phone ?? '',
    email: c.email,
    wilaya: c.wilaya ?? '',
    ageBand: c.ageBand ?? '',
    channel: c.channel ?? '',
    createdAt: c.createdAt,
    loyalty: loyaltyOf(c.phone ?? c.name),
  }));
  const carnet = new Set(dbCustomers.flatMap((c, i) => (c.creditLimit !== null ? [i] : [])));
  const balance = new Map(dbCustomers.map((c) => [c.id, Math.round(Number(c.balance) * 100)]));

  const result: TopUpResult = { from, to, sales: 0, deliveries: 0, payments: 0 };
  for (let day = startOfUtcDay(from); day < to; day = addDays(day, 1)) {
    const rng = new Rng(DEMO_SEED).fork(`top-up:${day.toISOString().slice(0, 10)}`);
    const inWindow = (t: Date) => t >= from && t < to;

    if (day > seededDay) result.deliveries += await receive(tx, tenantId, products, day, rng.fork('deliveries'), inWindow);

    const history = generateSales(rng.fork('sales'), { start: day, end: addDays(day, 1) }, items, customers, {
      baseDailySales: DAILY_TICKETS,
    });
    const methods = rng.fork('methods');
    const sales: LedgerSale[] = [];
    history.sales.forEach((s, n) => {
      const method: PaymentMethodSeed =
        s.customerIndex !== null && carnet.has(s.customerIndex) && methods.chance(CARNET_CREDIT_SHARE)
          ? 'credit'
          : methods.weighted(NON_CREDIT);
      if (!inWindow(s.soldAt)) return;
      // A customer does not buy what is not on the shelf.
      const lines = s.lines.filter((l) => products[l.productIndex].stock >= l.quantity);
      if (!lines.length) return;
      for (const l of lines) products[l.productIndex].stock -= l.quantity;
      const customerId = s.customerIndex === null ? null : dbCustomers[s.customerIndex].id;
      sales.push({
        kind: 'SALE',
        soldAt: s.soldAt,
        paymentMethod: method,
        customerId,
        idempotencyKey: `demo:${s.soldAt.toISOString()}:${n}`,
        requestHash: 'demo',
        source: 'demo',
        channel: s.channel,
        createdById: null,
        movementAt: s.soldAt,
        lines: lines.map((l) => ({
          productId: products[l.productIndex].id,
          quantity: l.quantity,
          unitPriceCents: products[l.productIndex].priceCents,
          unitCostCents: products[l.productIndex].costCents,
        })),
      });
      if (method === 'credit' && customerId)
        balance.set(customerId, balance.get(customerId)! + lines.reduce((t, l) => t + l.quantity * products[l.productIndex].priceCents, 0));
    });
    const written = await ledger.writeSales(tx, tenantId, sales);
    result.sales += written.filter((w) => w.created).length;
    result.payments += await collect(tx, tenantId, dbCustomers, carnet, balance, day, rng.fork('payments'), inWindow);
  }
  return result;
}

/** Suppliers deliver at dawn on their days, bringing low products back to a comfortable level. */
async function receive(
  tx: Tx,
  tenantId: string,
  products: DemoProduct[],
  day: Date,
  rng: Rng,
  inWindow: (t: Date) => boolean,
): Promise<number> {
  const rows: { p: DemoProduct; quantity: number; at: Date; merchant: string }[] = [];
  for (const p of products) {
    const supplier = SUPPLIERS[p.item.supplier];
    const at = algiersTime(day, 6, rng.int(0, 50));
    if (!deliversOn(supplier, day) || !inWindow(at) || p.stock > p.reorderThreshold * 1.5) continue;
    const target = p.reorderThreshold * 3 + p.item.lot;
    const quantity = Math.ceil((target - p.stock) / p.item.lot) * p.item.lot;
    if (quantity > 0) rows.push({ p, quantity, at, merchant: supplier.merchant });
  }
  for (const r of rows) {
    await tx.stockMovement.create({
      data: {
        tenantId,
        productId: r.p.id,
        quantity: r.quantity,
        stockBefore: r.p.stock,
        stockAfter: r.p.stock + r.quantity,
        reason: `Réception fournisseur — ${r.merchant}`,
        createdAt: r.at,
      },
    });
    r.p.stock += r.quantity;
    await tx.product.update({ where: { id: r.p.id }, data: { stock: r.p.stock } });
  }
  return rows.length;
}

/** The carnet's regulars who still pay settle up once a week, in the evening. */
async function collect(
  tx: Tx,
  tenantId: string,
  customers: { id: string; note: string | null; phone: string | null; name: string }[],
  carnet: Set<number>,
  balance: Map<string, number>,
  day: Date,
  rng: Rng,
  inWindow: (t: Date) => boolean,
): Promise<number> {
  let count = 0;
  for (const i of carnet) {
    const c = customers[i];
    const owed = balance.get(c.id)!;
    const at = algiersTime(day, 18, rng.int(0, 59));
    if (
      c.note === CARNET_NOTE.stopped ||
      day.getUTCDay() !== 4 + (loyaltyHash(c.phone ?? c.name) % 3) ||
      owed < 100_00 ||
      !inWindow(at) ||
      !rng.chance(0.75)
    )
      continue;
    const amount = Math.floor(owed / 100_00) * 100_00;
    await tx.customerPayment.create({
      data: { id: randomUUID(), tenantId, customerId: c.id, amount: money(amount), paidAt: at, createdAt: at },
    });
    await tx.$executeRaw`UPDATE "Customer" SET "balance" = "balance" - ${money(amount)}::numeric WHERE "id" = ${c.id} AND "tenantId" = ${tenantId}`;
    balance.set(c.id, owed - amount);
    count++;
  }
  return count;
}

const loyaltyHash = (key: string) => createHash('sha256').update(key).digest().readUInt32BE(0);
/** The seed's loyalty shape (a few regulars make most visits), drawn from the customer's phone so it never changes. */
const loyaltyOf = (key: string) => Math.pow(loyaltyHash(key) / 0x1_0000_0000, 3) * 20 + 0.2;
