/**
 * THE place where sales are written. Every sale, refund and daily total — from the REST API, a till import, the
 * assistant's approved tool calls or the demo's top-up — goes through `writeSales` or `writeDailyTotal`, inside the
 * caller's transaction. So whatever must stay consistent with the sales (stock and its movements, customers'
 * balances, daily totals, and later the daily rollups of issue 13) is maintained here and nowhere else.
 * (The demo's year of history is the one exception: the seed bulk-loads it, see src/seed/history-writer.ts.)
 *
 * Idempotency is a database constraint, not a check-then-insert: the Sale row is inserted first with
 * `ON CONFLICT ("tenantId", "idempotencyKey") DO NOTHING`. Concurrent duplicates block on the unique index until the
 * first commits, then insert nothing; only the transaction whose row was inserted touches stock and balances.
 *
 * Stock: a sale is a fact that already happened, so it is never refused for want of recorded stock. The stock goes
 * below zero when more was sold than recorded; the movement shows it (stockAfter < 0) and the dashboard raises a
 * `negative_stock` alert until the shop counts the shelf (an "inventaire" movement puts it right).
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PaymentMethod, Prisma } from '../generated/prisma/client';
import { validationFailed } from '../common/errors/app-error';
import { PrismaService } from '../database/prisma.service';
import { money } from '../database/bulk-insert';

type Tx = Prisma.TransactionClient;

export interface LedgerLine {
  productId: string;
  /** Signed: negative on a refund. */
  quantity: number;
  unitPriceCents: number;
  /** Null when the product's cost is unknown: the line's revenue is then left out of the margin. */
  unitCostCents: number | null;
  refundOfLineId?: string | null;
}

export interface LedgerSale {
  kind: 'SALE' | 'REFUND';
  soldAt: Date;
  paymentMethod: PaymentMethod;
  customerId: string | null;
  /** Unique per business; namespaced by the caller ("api:…", "chat:…", "receipt:…", "refund:…", "demo:…"). */
  idempotencyKey: string;
  requestHash: string;
  receiptNumber?: string | null;
  source: string;
  note?: string | null;
  refundOfId?: string | null;
  channel?: string;
  createdById: string | null;
  toolCallId?: string | null;
  /** When the stock movements are dated (default: the database's now). The demo's generated history uses soldAt. */
  movementAt?: Date;
  lines: LedgerLine[];
}

export interface StockChange {
  productId: string;
  quantity: number;
  stockBefore: number;
  stockAfter: number;
}

export interface WrittenSale {
  id: string;
  idempotencyKey: string;
  /** False when the key was already used: nothing was written, `id` is the existing sale. */
  created: boolean;
  /** The hash stored with the key (compare with the request's to tell a retry from a misuse). */
  requestHash: string | null;
  stock: StockChange[];
}

export interface DailyTotalWrite {
  /** Local day, YYYY-MM-DD. */
  day: string;
  declaredCents: number;
  note?: string | null;
  source: string;
  createdById: string | null;
  toolCallId?: string | null;
}

const MAX_TOTAL_CENTS = 999_999_999_999;

/** Algeria is UTC+1 all year: a local day starts at 23:00 UTC the day before. */
export const localDayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 3_600_000);
export const localDayOf = (instant: Date) => new Date(instant.getTime() + 3_600_000).toISOString().slice(0, 10);

/** A sale's total, its known cost and the part without a known cost, in cents. */
export const totals = (lines: LedgerLine[]) => {
  let total = 0;
  let cost = 0;
  let uncosted = 0;
  for (const l of lines) {
    total += l.quantity * l.unitPriceCents;
    if (l.unitCostCents === null) uncosted += l.quantity * l.unitPriceCents;
    else cost += l.quantity * l.unitCostCents;
  }
  return { total, cost, uncosted };
};

@Injectable()
export class SalesLedgerRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs `work` in one transaction (the callers' unit of work: lock, check, write). */
  transaction<T>(work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
    return this.prisma.$transaction(work, { timeout: options.timeout ?? 30_000, maxWait: 15_000 });
  }

  /**
   * Writes sales or refunds (one or many) with their lines, stock movements, customers' balances and the
   * reconciliation of the days' declared totals. Returns, per input and in order, the sale written or the existing
   * one holding the key.
   */
  async writeSales(tx: Tx, tenantId: string, sales: LedgerSale[]): Promise<WrittenSale[]> {
    if (!sales.length) return [];
    const rows = sales.map((s) => ({ id: randomUUID(), s, t: totals(s.lines) }));
    // DECIMAL(12,2): a total the column cannot hold is a typing error (a barcode in the quantity field), not a sale.
    if (rows.some((r) => Math.abs(r.t.total) > MAX_TOTAL_CENTS))
      throw validationFailed([{ field: 'lines', message: 'the sale total is larger than 9,999,999,999.99' }]);
    const inserted = await tx.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO "Sale" ("id", "tenantId", "customerId", "soldAt", "total", "cost", "uncostedTotal", "channel", "kind", "paymentMethod",
                           "idempotencyKey", "requestHash", "receiptNumber", "source", "note", "refundOfId", "createdById", "toolCallId", "createdAt")
       SELECT u.id, $1, u."customerId", u."soldAt", u.total, u.cost, u.uncosted, u.channel, u.kind, u.pm, u.key, u.hash, u.receipt, u.source,
              u.note, u."refundOfId", u."createdById", u."toolCallId", now()
       FROM unnest($2::text[], $3::text[], $4::timestamp(3)[], $5::numeric[], $6::numeric[], $7::numeric[], $8::text[], $9::"SaleKind"[],
                   $10::"PaymentMethod"[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[])
            AS u(id, "customerId", "soldAt", total, cost, uncosted, channel, kind, pm, key, hash, receipt, source, note, "refundOfId", "createdById", "toolCallId")
       ON CONFLICT ("tenantId", "idempotencyKey") DO NOTHING
       RETURNING "id"`,
      tenantId,
      rows.map((r) => r.id),
      rows.map((r) => r.s.customerId),
      rows.map((r) => r.s.soldAt.toISOString()),
      rows.map((r) => money(r.t.total)),
      rows.map((r) => money(r.t.cost)),
      rows.map((r) => money(r.t.uncosted)),
      rows.map((r) => r.s.channel ?? 'store'),
      rows.map((r) => r.s.kind),
      rows.map((r) => r.s.paymentMethod),
      rows.map((r) => r.s.idempotencyKey),
      rows.map((r) => r.s.requestHash),
      rows.map((r) => r.s.receiptNumber ?? null),
      rows.map((r) => r.s.source),
      rows.map((r) => r.s.note ?? null),
      rows.map((r) => r.s.refundOfId ?? null),
      rows.map((r) => r.s.createdById),
      rows.map((r) => r.s.toolCallId ?? null),
    );
    const createdIds = new Set(inserted.map((r) => r.id));
    const created = rows.filter((r) => createdIds.has(r.id));
    const lost = rows.filter((r) => !createdIds.has(r.id));
    const existing = lost.length
      ? await tx.sale.findMany({
          where: { tenantId, idempotencyKey: { in: lost.map((r) => r.s.idempotencyKey) } },
          select: { id: true, idempotencyKey: true, requestHash: true },
        })
      : [];
    const existingByKey = new Map(existing.map((e) => [e.idempotencyKey!, e]));

    const lines = created.flatMap((r) => r.s.lines.map((l, position) => ({ saleId: r.id, soldAt: r.s.soldAt, l, position })));
    if (lines.length) {
      await tx.$executeRawUnsafe(
        `INSERT INTO "SaleLine" ("id", "tenantId", "saleId", "productId", "quantity", "unitPrice", "unitCost", "soldAt", "refundOfLineId", "position")
         SELECT gen_random_uuid()::text, $1, u."saleId", u."productId", u.q, u.price, u.cost, u."soldAt", u."refundOf", u.position
         FROM unnest($2::text[], $3::text[], $4::int4[], $5::numeric[], $6::numeric[], $7::timestamp(3)[], $8::text[], $9::int4[])
              AS u("saleId", "productId", q, price, cost, "soldAt", "refundOf", position)`,
        tenantId,
        lines.map((x) => x.saleId),
        lines.map((x) => x.l.productId),
        lines.map((x) => x.l.quantity),
        lines.map((x) => money(x.l.unitPriceCents)),
        lines.map((x) => (x.l.unitCostCents === null ? null : money(x.l.unitCostCents))),
        lines.map((x) => x.soldAt.toISOString()),
        lines.map((x) => x.l.refundOfLineId ?? null),
        lines.map((x) => x.position),
      );
    }
    const stock = await this.moveStock(
      tx,
      tenantId,
      created.map((r) => ({ saleId: r.id, sale: r.s })),
    );
    await this.moveBalances(
      tx,
      tenantId,
      created.map((r) => ({ customerId: r.s.customerId, method: r.s.paymentMethod, total: r.t.total })),
    );
    await this.reconcileDays(tx, tenantId, [...new Set(created.map((r) => localDayOf(r.s.soldAt)))]);
    // Issue 13's daily rollups belong here, beside the reconciliation: same transaction, same rows.

    return rows.map((r) => {
      if (createdIds.has(r.id))
        return { id: r.id, idempotencyKey: r.s.idempotencyKey, created: true, requestHash: r.s.requestHash, stock: stock.get(r.id) ?? [] };
      const e = existingByKey.get(r.s.idempotencyKey);
      if (!e) throw new Error(`Sale with key ${r.s.idempotencyKey} was neither inserted nor found`);
      return { id: e.id, idempotencyKey: r.s.idempotencyKey, created: false, requestHash: e.requestHash, stock: [] };
    });
  }

  /**
   * Declares a day's takings (replace-per-day: the key is "daily:<day>", a second declaration replaces the first).
   * The stored total is the part the day's itemised sales do not explain.
   */
  async writeDailyTotal(tx: Tx, tenantId: string, d: DailyTotalWrite): Promise<{ id: string; replacedDeclaredCents: number | null }> {
    const key = `daily:${d.day}`;
    const before = await tx.sale.findFirst({ where: { tenantId, idempotencyKey: key }, select: { declaredTotal: true } });
    const [row] = await tx.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO "Sale" ("id", "tenantId", "soldAt", "total", "cost", "uncostedTotal", "declaredTotal", "kind", "paymentMethod",
                           "idempotencyKey", "requestHash", "source", "note", "createdById", "toolCallId", "createdAt")
       VALUES ($1, $2, $3::timestamp(3), 0, 0, 0, $4::numeric, 'DAILY_TOTAL', 'cash', $5, NULL, $6, $7, $8, $9, now())
       ON CONFLICT ("tenantId", "idempotencyKey") DO UPDATE
         SET "declaredTotal" = EXCLUDED."declaredTotal", "note" = EXCLUDED."note", "source" = EXCLUDED."source",
             "createdById" = EXCLUDED."createdById", "toolCallId" = EXCLUDED."toolCallId"
       RETURNING "id"`,
      randomUUID(),
      tenantId,
      localDayStart(d.day).toISOString(),
      money(d.declaredCents),
      key,
      d.source,
      d.note ?? null,
      d.createdById,
      d.toolCallId ?? null,
    );
    await this.reconcileDays(tx, tenantId, [d.day]);
    return {
      id: row.id,
      replacedDeclaredCents: before?.declaredTotal === null || before === null ? null : Math.round(Number(before.declaredTotal) * 100),
    };
  }

  /**
   * Stock leaves with sales and comes back with refunds. The products are locked in id order (no deadlock between
   * two sales of the same products), the new levels computed sale by sale so each movement has its exact
   * before/after, then written in one UPDATE and one INSERT.
   */
  private async moveStock(tx: Tx, tenantId: string, sales: { saleId: string; sale: LedgerSale }[]): Promise<Map<string, StockChange[]>> {
    const out = new Map<string, StockChange[]>();
    const ids = [...new Set(sales.flatMap((s) => s.sale.lines.map((l) => l.productId)))].sort();
    if (!ids.length) return out;
    const locked = await tx.$queryRawUnsafe<{ id: string; stock: number }[]>(
      `SELECT "id", "stock" FROM "Product" WHERE "tenantId" = $1 AND "id" = ANY($2::text[]) ORDER BY "id" FOR UPDATE`,
      tenantId,
      ids,
    );
    const level = new Map(locked.map((p) => [p.id, p.stock]));
    const movements: (StockChange & {
      saleId: string;
      reason: string;
      userId: string | null;
      toolCallId: string | null;
      at: Date | null;
    })[] = [];
    for (const { saleId, sale } of sales) {
      const perProduct = new Map<string, number>();
      for (const l of sale.lines) perProduct.set(l.productId, (perProduct.get(l.productId) ?? 0) + l.quantity);
      const changes: StockChange[] = [];
      for (const [productId, sold] of perProduct) {
        if (sold === 0 || !level.has(productId)) continue;
        const stockBefore = level.get(productId)!;
        const stockAfter = stockBefore - sold;
        level.set(productId, stockAfter);
        const change = { productId, quantity: -sold, stockBefore, stockAfter };
        changes.push(change);
        movements.push({
          ...change,
          saleId,
          reason: sale.kind === 'REFUND' ? 'retour client' : sale.receiptNumber ? `vente (ticket ${sale.receiptNumber})` : 'vente',
          userId: sale.createdById,
          toolCallId: sale.toolCallId ?? null,
          at: sale.movementAt ?? null,
        });
      }
      out.set(saleId, changes);
    }
    const final = [...level].filter(([id]) => movements.some((m) => m.productId === id));
    await tx.$executeRawUnsafe(
      `UPDATE "Product" p SET "stock" = u.stock, "updatedAt" = now()
       FROM unnest($2::text[], $3::int4[]) AS u(id, stock) WHERE p."id" = u.id AND p."tenantId" = $1`,
      tenantId,
      final.map(([id]) => id),
      final.map(([, s]) => s),
    );
    await tx.$executeRawUnsafe(
      `INSERT INTO "StockMovement" ("id", "tenantId", "productId", "quantity", "stockBefore", "stockAfter", "reason", "userId", "toolCallId", "saleId", "createdAt")
       SELECT gen_random_uuid()::text, $1, u."productId", u.q, u.before, u.after, u.reason, u."userId", u."toolCallId", u."saleId", coalesce(u.at, now())
       FROM unnest($2::text[], $3::int4[], $4::int4[], $5::int4[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamp(3)[])
            AS u("productId", q, before, after, reason, "userId", "toolCallId", "saleId", at)`,
      tenantId,
      movements.map((m) => m.productId),
      movements.map((m) => m.quantity),
      movements.map((m) => m.stockBefore),
      movements.map((m) => m.stockAfter),
      movements.map((m) => m.reason),
      movements.map((m) => m.userId),
      movements.map((m) => m.toolCallId),
      movements.map((m) => m.saleId),
      movements.map((m) => (m.at ? m.at.toISOString() : null)),
    );
    return out;
  }

  /** On credit: the sale adds to what the customer owes; a refund of a credit sale takes it off. */
  private async moveBalances(
    tx: Tx,
    tenantId: string,
    sales: { customerId: string | null; method: PaymentMethod; total: number }[],
  ): Promise<void> {
    const delta = new Map<string, number>();
    for (const s of sales) if (s.method === 'credit' && s.customerId) delta.set(s.customerId, (delta.get(s.customerId) ?? 0) + s.total);
    if (!delta.size) return;
    const entries = [...delta].sort(([a], [b]) => a.localeCompare(b));
    await tx.$executeRawUnsafe(
      `UPDATE "Customer" c SET "balance" = c."balance" + u.delta, "updatedAt" = now()
       FROM unnest($2::text[], $3::numeric[]) AS u(id, delta) WHERE c."id" = u.id AND c."tenantId" = $1`,
      tenantId,
      entries.map(([id]) => id),
      entries.map(([, cents]) => money(cents)),
    );
  }

  /**
   * A day's declared total stands for what its itemised sales do not explain: recomputed whenever a sale, refund or
   * declaration touches the day. The declared rows are locked first, so the sums read next include every sale
   * committed before (two sales of the same day reconcile one after the other, the second seeing the first).
   */
  async reconcileDays(tx: Tx, tenantId: string, days: string[]): Promise<void> {
    if (!days.length) return;
    const starts = days.map((d) => localDayStart(d).toISOString());
    const declared = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT "id" FROM "Sale" WHERE "tenantId" = $1 AND "kind" = 'DAILY_TOTAL' AND "soldAt" = ANY($2::timestamp(3)[]) ORDER BY "id" FOR UPDATE`,
      tenantId,
      starts,
    );
    if (!declared.length) return;
    await tx.$executeRawUnsafe(
      `UPDATE "Sale" d SET "total" = r.remainder, "uncostedTotal" = r.remainder
       FROM (
         SELECT d2."id", greatest(d2."declaredTotal" - coalesce((
                  SELECT sum(s."total") FROM "Sale" s
                  WHERE s."tenantId" = d2."tenantId" AND s."kind" <> 'DAILY_TOTAL'
                    AND s."soldAt" >= d2."soldAt" AND s."soldAt" < d2."soldAt" + interval '1 day'), 0), 0) AS remainder
         FROM "Sale" d2 WHERE d2."id" = ANY($2::text[])
       ) r
       WHERE d."id" = r."id" AND d."tenantId" = $1`,
      tenantId,
      declared.map((d) => d.id),
    );
  }
}
