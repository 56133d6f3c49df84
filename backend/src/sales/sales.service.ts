import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, notFound, validationFailed } from '../common/errors/app-error';
import { Clock } from '../common/time/clock';
import { resolvePeriod } from '../common/time/period';
import { CustomersRepository } from '../customers/customers.repository';
import { SaleEvents } from '../events/sale-events';
import type { Product } from '../generated/prisma/client';
import { localDayStart, SalesLedgerRepository, type LedgerSale } from './sales-ledger.repository';
import { SalesRepository, type SaleFilter } from './sales.repository';
import type { ListSalesQuery, PaymentMethodName } from './sales.schemas';
import { toSaleView, type SaleView } from './sale-view';

/** A line as callers give it: one product reference, a quantity, and the price charged if not the catalogue's. */
export interface SaleLineInput {
  productId?: string;
  sku?: string;
  barcode?: string;
  quantity: number;
  unitPrice?: number;
}

export interface SaleInput {
  lines: SaleLineInput[];
  /** ISO 8601 or a Date; default: now (business clock). */
  soldAt?: string | Date;
  paymentMethod?: PaymentMethodName;
  customerId?: string;
  /** A customer to create with the sale (the assistant's « لأحمد كريدي » when Ahmed is not on file yet). */
  newCustomer?: { name: string; phone?: string | null };
  note?: string;
}

export interface WriteContext {
  /** The caller's idempotency key: the REST header, or the assistant's tool call id. */
  idempotencyKey: string;
  /** Where the sale comes from; also namespaces the key ("api:…", "chat:…"). */
  source: 'api' | 'chat';
  userId: string | null;
  toolCallId?: string | null;
}

export interface RecordedSale {
  sale: SaleView;
  /** True when the key had been used by the same request: nothing was written this time. */
  replayed: boolean;
}

export interface SalesPage {
  items: SaleView[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  currency: string;
  range: { start: string | null; end: string | null };
  totals: {
    revenue: number;
    salesCount: number;
    refunds: number;
    dailyTotals: number;
    /** On the part of revenue whose cost is known. */
    margin: number;
    /** Revenue without a known cost (daily totals, products without a cost): not in the margin. */
    revenueWithoutMargin: number;
  };
}

/** A few minutes of tolerance for clocks of tills and phones that run a little ahead. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const round2 = (n: number) => Math.round(n * 100) / 100;
const cents = (n: number | string) => Math.round(Number(n) * 100);

/** The same request always hashes the same: keys sorted, defaults not applied (a retry later must still match). */
export function requestHash(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object' && !(v instanceof Date)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .filter((k) => (v as any)[k] !== undefined)
              .map((k) => [k, canonical((v as any)[k])]),
          )
        : v instanceof Date
          ? v.toISOString()
          : v;
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex');
}

export const keyReused = (saleId: string) =>
  new AppError(
    ErrorCode.IDEMPOTENCY_KEY_REUSED,
    `This Idempotency-Key was already used for a different sale (${saleId}); use a new key for a new sale`,
    {
      saleId,
    },
  );

/**
 * Sales: record (REST and the assistant's approved `sales_record`), read, list. Refunds and daily totals have their
 * own services; every write goes through SalesLedgerRepository.
 */
@Injectable()
export class SalesService {
  constructor(
    private readonly sales: SalesRepository,
    private readonly ledger: SalesLedgerRepository,
    private readonly customers: CustomersRepository,
    private readonly clock: Clock,
    private readonly saleEvents: SaleEvents,
  ) {}

  /**
   * Records a sale that already happened: prices default to the catalogue's, the stock goes down (below zero if more
   * was sold than recorded: see `warnings`), a credit sale adds to the customer's balance. The same key with the same
   * request returns the first sale and writes nothing; with a different request it is refused (422).
   */
  async recordSale(tenantId: string, input: SaleInput, ctx: WriteContext): Promise<RecordedSale> {
    const key = `${ctx.source}:${ctx.idempotencyKey}`;
    const hash = requestHash({ ...input, soldAt: input.soldAt instanceof Date ? input.soldAt.toISOString() : input.soldAt });
    const earlier = await this.sales.findByKey(tenantId, key);
    if (earlier) return this.replay(tenantId, earlier, hash);

    const now = this.clock.now();
    const soldAt = input.soldAt ? new Date(input.soldAt) : now;
    if (Number.isNaN(soldAt.getTime())) throw validationFailed([{ field: 'soldAt', message: 'not a date' }]);
    if (soldAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
      throw validationFailed([{ field: 'soldAt', message: 'a sale cannot be in the future' }]);
    const method = input.paymentMethod ?? 'cash';
    if (method === 'credit' && !input.customerId && !input.newCustomer)
      throw validationFailed([{ field: 'customerId', message: 'required when paymentMethod is credit' }]);
    if (input.customerId && !(await this.sales.customer(tenantId, input.customerId))) throw notFoundAt('Customer', 'customerId');
    const products = await this.resolveProducts(tenantId, input.lines);

    const sale: LedgerSale = {
      kind: 'SALE',
      soldAt,
      paymentMethod: method,
      customerId: input.customerId ?? null,
      idempotencyKey: key,
      requestHash: hash,
      source: ctx.source,
      note: input.note ?? null,
      createdById: ctx.userId,
      toolCallId: ctx.toolCallId ?? null,
      lines: input.lines.map((l, i) => {
        const p = products[i];
        return {
          productId: p.id,
          quantity: l.quantity,
          unitPriceCents: l.unitPrice !== undefined ? cents(l.unitPrice) : cents(p.price.toString()),
          unitCostCents: p.cost === null ? null : cents(p.cost.toString()),
        };
      }),
    };
    const written = await this.ledger.transaction(async (tx) => {
      if (input.newCustomer && !input.customerId) sale.customerId = await this.customers.createInTx(tx, tenantId, input.newCustomer);
      const [w] = await this.ledger.writeSales(tx, tenantId, [sale]);
      return w;
    });
    if (!written.created) return this.replay(tenantId, { id: written.id, requestHash: written.requestHash }, hash);
    const view = await this.getSale(tenantId, written.id);
    // Webhooks (sale.created, and stock.low / stock.out the sale caused): only for a sale written now, not a replay.
    void this.saleEvents.saleRecorded(tenantId, view, ctx.source, written.stock);
    return { sale: view, replayed: false };
  }

  async getSale(tenantId: string, id: string): Promise<SaleView> {
    const [detail, currency] = await Promise.all([this.sales.findDetail(tenantId, id), this.sales.currency(tenantId)]);
    if (!detail) throw notFound('Sale');
    return toSaleView(detail, currency);
  }

  /** Sales newest first, with the totals of everything the filters select (all pages). */
  async listSales(tenantId: string, q: Partial<ListSalesQuery> = {}): Promise<SalesPage> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const filter: SaleFilter = {
      ...this.range(q),
      customerId: q.customerId,
      paymentMethod: q.paymentMethod,
      productId: q.productId,
      kind: q.kind ? ({ sale: 'SALE', refund: 'REFUND', daily_total: 'DAILY_TOTAL' } as const)[q.kind] : undefined,
    };
    const [{ total, items }, agg, currency] = await Promise.all([
      this.sales.list(tenantId, filter, (page - 1) * pageSize, pageSize, q.includeLines ?? true),
      this.sales.aggregate(tenantId, filter),
      this.sales.currency(tenantId),
    ]);
    return {
      items: items.map((s) => toSaleView(s, currency)),
      total,
      page,
      pageSize,
      pageCount: Math.ceil(total / pageSize),
      currency,
      range: { start: filter.start?.toISOString() ?? null, end: filter.end?.toISOString() ?? null },
      totals: {
        revenue: round2(agg.revenue),
        salesCount: agg.salesCount,
        refunds: round2(agg.refunds),
        dailyTotals: round2(agg.dailyTotals),
        margin: round2(agg.revenue - agg.uncosted - agg.cost),
        revenueWithoutMargin: round2(agg.uncosted),
      },
    };
  }

  private range(q: Partial<ListSalesQuery>): { start?: Date; end?: Date } {
    if (q.period) {
      const r = resolvePeriod(q.period, this.clock.now());
      return { start: r.start, end: r.end };
    }
    return {
      start: q.from ? localDayStart(q.from) : undefined,
      end: q.to ? new Date(localDayStart(q.to).getTime() + 86_400_000) : undefined,
    };
  }

  private async replay(tenantId: string, earlier: { id: string; requestHash: string | null }, hash: string): Promise<RecordedSale> {
    if (earlier.requestHash !== hash) throw keyReused(earlier.id);
    return { sale: await this.getSale(tenantId, earlier.id), replayed: true };
  }

  /** One product per line, in order; 404 naming the line's field when a reference matches nothing in this business. */
  async resolveProducts(tenantId: string, lines: SaleLineInput[]): Promise<Product[]> {
    const found = await this.sales.productsByRefs(tenantId, {
      ids: lines.flatMap((l) => (l.productId ? [l.productId] : [])),
      skus: lines.flatMap((l) => (l.sku ? [l.sku] : [])),
      barcodes: lines.flatMap((l) => (l.barcode ? [l.barcode] : [])),
    });
    return lines.map((l, i) => {
      const p = l.productId
        ? found.find((x) => x.id === l.productId)
        : l.sku
          ? found.find((x) => x.sku.toUpperCase() === l.sku!.toUpperCase())
          : (found.find((x) => x.barcode === l.barcode && x.active) ?? found.find((x) => x.barcode === l.barcode));
      if (!p) throw notFoundAt('Product', `lines.${i}.${l.productId ? 'productId' : l.sku ? 'sku' : 'barcode'}`);
      return p;
    });
  }
}

export function notFoundAt(what: string, field: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${what} not found (${field})`, [
    { field, message: `no such ${what.toLowerCase()} in this business` },
  ]);
}
