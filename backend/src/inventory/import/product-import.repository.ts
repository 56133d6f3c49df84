import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../../audit/audit.repository';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { PrismaService } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { bulkInsert, money } from '../../database/bulk-insert';
import type { CatalogueProduct, CreateRow, PlannedRow, UpdateRow } from './product-import.plan';

type Tx = Prisma.TransactionClient;

export interface ImportActor {
  userId: string | null;
  requestId?: string | null;
}

export interface ImportWriteResult {
  created: number;
  updated: number;
  /** SKUs given to new products that had none, by file row. */
  generatedSkus: Map<number, string>;
}

/**
 * Catalogue imports in bulk: one statement per kind of write (unnest arrays), so 10,000 rows take a handful of
 * round trips. Everything — products, stock movements, the audit row — commits in one transaction or not at all.
 */
@Injectable()
export class ProductImportRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  /** The whole catalogue (deleted products included: importing one brings it back). */
  catalogue(tenantId: string): Promise<CatalogueProduct[]> {
    return this.load(this.prisma, tenantId, false);
  }

  /**
   * Loads the catalogue with its rows locked (concurrent sales and movements wait), lets `plan` decide from that
   * state, then writes the plan. The plan is computed inside the transaction so stock counts cannot go stale.
   */
  async importProducts(
    tenantId: string,
    plan: (catalogue: CatalogueProduct[]) => PlannedRow[] | null,
    actor: ImportActor,
    meta: Record<string, string | number>,
  ): Promise<{ rows: PlannedRow[]; result: ImportWriteResult | null }> {
    try {
      return await this.prisma.$transaction(
        async (tx) => {
          const catalogue = await this.load(tx, tenantId, true);
          const rows = plan(catalogue);
          if (!rows) return { rows: [], result: null };
          const result = await this.write(tx, tenantId, rows, catalogue, actor);
          await this.audit.record(
            {
              tenantId,
              userId: actor.userId,
              requestId: actor.requestId,
              action: 'product.import',
              entityType: 'Product',
              data: { ...meta, created: result.created, updated: result.updated },
            },
            tx,
          );
          return { rows, result };
        },
        { timeout: 120_000, maxWait: 10_000 },
      );
    } catch (err) {
      if ((err as { code?: string }).code === 'P2002' || /duplicate key|Unique constraint/i.test((err as Error).message)) {
        throw new AppError(ErrorCode.CONFLICT, 'Two products would end up with the same SKU; check the SKU column', [
          { field: 'sku', message: 'duplicate SKU' },
        ]);
      }
      throw err;
    }
  }

  private async load(db: Tx, tenantId: string, lock: boolean): Promise<CatalogueProduct[]> {
    const rows = await db.$queryRawUnsafe<(Omit<CatalogueProduct, 'priceCents' | 'costCents'> & { price: string; cost: string | null })[]>(
      `SELECT "id", "sku", "barcode", "nameFr", "nameAr", "nameEn", "category", "unit", "price"::text AS "price", "cost"::text AS "cost",
              "stock", "reorderThreshold", "active"
       FROM "Product" WHERE "tenantId" = $1 ORDER BY "id"${lock ? ' FOR UPDATE' : ''}`,
      tenantId,
    );
    return rows.map(({ price, cost, ...p }) => ({
      ...p,
      priceCents: Math.round(Number(price) * 100),
      costCents: cost === null ? null : Math.round(Number(cost) * 100),
    }));
  }

  private async write(
    tx: Tx,
    tenantId: string,
    rows: PlannedRow[],
    catalogue: CatalogueProduct[],
    actor: ImportActor,
  ): Promise<ImportWriteResult> {
    const creates = rows.filter((r): r is CreateRow => r.action === 'create');
    const updates = rows.filter((r): r is UpdateRow => r.action === 'update');
    const generatedSkus = new Map<number, string>();
    const nextSku = skuGenerator(catalogue.map((p) => p.sku).concat(creates.map((c) => c.product.sku ?? '')));
    const newRows = creates.map((c) => {
      const sku = c.product.sku ?? nextSku();
      if (!c.product.sku) generatedSkus.set(c.row, sku);
      return { id: randomUUID(), ...c.product, sku };
    });

    await bulkInsert(
      tx,
      'Product',
      [
        { name: 'id', type: 'text', value: (p: (typeof newRows)[number]) => p.id },
        { name: 'tenantId', type: 'text', value: () => tenantId },
        { name: 'sku', type: 'text', value: (p) => p.sku },
        { name: 'barcode', type: 'text', value: (p) => p.barcode },
        { name: 'nameFr', type: 'text', value: (p) => p.nameFr },
        { name: 'nameAr', type: 'text', value: (p) => p.nameAr },
        { name: 'nameEn', type: 'text', value: (p) => p.nameEn },
        { name: 'category', type: 'text', value: (p) => p.category },
        { name: 'unit', type: 'text', value: (p) => p.unit },
        { name: 'price', type: 'numeric', value: (p) => money(p.priceCents) },
        { name: 'cost', type: 'numeric', value: (p) => (p.costCents === null ? null : money(p.costCents)) },
        { name: 'stock', type: 'int', value: (p) => p.stock },
        { name: 'reorderThreshold', type: 'int', value: (p) => p.reorderThreshold },
        { name: 'updatedAt', type: 'timestamp', value: () => new Date() },
      ],
      newRows,
    );

    if (updates.length) {
      const u = updates.map((r) => r.product);
      await tx.$executeRawUnsafe(
        `UPDATE "Product" p SET "sku" = u.sku, "barcode" = u.barcode, "nameFr" = u."nameFr", "nameAr" = u."nameAr", "nameEn" = u."nameEn",
                "category" = u.category, "unit" = u.unit, "price" = u.price, "cost" = u.cost, "stock" = u.stock,
                "reorderThreshold" = u."reorderThreshold", "active" = true, "updatedAt" = now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::numeric[], $10::numeric[], $11::int4[], $12::int4[])
              AS u(id, sku, barcode, "nameFr", "nameAr", "nameEn", category, unit, price, cost, stock, "reorderThreshold")
         WHERE p.id = u.id AND p."tenantId" = $13`,
        u.map((p) => p.id),
        u.map((p) => p.sku),
        u.map((p) => p.barcode),
        u.map((p) => p.nameFr),
        u.map((p) => p.nameAr),
        u.map((p) => p.nameEn),
        u.map((p) => p.category),
        u.map((p) => p.unit),
        u.map((p) => money(p.priceCents)),
        u.map((p) => (p.costCents === null ? null : money(p.costCents))),
        u.map((p) => p.stock),
        u.map((p) => p.reorderThreshold),
        tenantId,
      );
    }

    // The ledger: a new product's stock is its initial count; a changed stock is an inventory count.
    const movements = [
      ...newRows
        .filter((p) => p.stock !== 0)
        .map((p) => ({ productId: p.id, quantity: p.stock, before: 0, after: p.stock, reason: 'stock initial (import)' })),
      ...updates
        .filter((r) => r.product.stock !== r.before.stock)
        .map((r) => ({
          productId: r.product.id,
          quantity: r.product.stock - r.before.stock,
          before: r.before.stock,
          after: r.product.stock,
          reason: 'inventaire (import)',
        })),
    ];
    await bulkInsert(
      tx,
      'StockMovement',
      [
        { name: 'id', type: 'text', value: () => randomUUID() },
        { name: 'tenantId', type: 'text', value: () => tenantId },
        { name: 'productId', type: 'text', value: (m: (typeof movements)[number]) => m.productId },
        { name: 'quantity', type: 'int', value: (m) => m.quantity },
        { name: 'stockBefore', type: 'int', value: (m) => m.before },
        { name: 'stockAfter', type: 'int', value: (m) => m.after },
        { name: 'reason', type: 'text', value: (m) => m.reason },
        { name: 'userId', type: 'text', value: () => actor.userId },
      ],
      movements,
    );
    return { created: newRows.length, updated: updates.length, generatedSkus };
  }
}

/** "P-00001", "P-00002"…, skipping SKUs already used (case-insensitive). */
function skuGenerator(taken: string[]): () => string {
  const used = new Set(taken.map((s) => s.toUpperCase()));
  let n = 0;
  return () => {
    let sku: string;
    do sku = `P-${String(++n).padStart(5, '0')}`;
    while (used.has(sku));
    used.add(sku);
    return sku;
  };
}
