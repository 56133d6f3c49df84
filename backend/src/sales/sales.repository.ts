import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { Prisma, type PaymentMethod, type SaleKind } from '../generated/prisma/client';
import { localDayStart } from './sales-ledger.repository';

type Tx = Prisma.TransactionClient;

export const SALE_DETAIL = {
  customer: { select: { id: true, name: true, phone: true } },
  lines: {
    include: {
      product: { select: { id: true, sku: true, nameFr: true, nameAr: true, nameEn: true, unit: true, barcode: true } },
      refundLines: { select: { quantity: true } },
    },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  },
  refunds: { select: { id: true, total: true, soldAt: true }, orderBy: { soldAt: 'asc' } },
  movements: { select: { productId: true, quantity: true, stockBefore: true, stockAfter: true } },
} satisfies Prisma.SaleInclude;

export type SaleDetail = Prisma.SaleGetPayload<{ include: typeof SALE_DETAIL }>;

export interface SaleFilter {
  start?: Date;
  end?: Date;
  customerId?: string;
  paymentMethod?: PaymentMethod;
  productId?: string;
  kind?: SaleKind;
}

export interface SalesAggregate {
  /** Net of refunds, daily totals included. */
  revenue: number;
  /** Tickets (kind SALE). */
  salesCount: number;
  refunds: number;
  refundCount: number;
  /** Takings declared without lines (the part not explained by itemised sales). */
  dailyTotals: number;
  /** Revenue whose cost is unknown: daily totals and products without a cost. */
  uncosted: number;
  cost: number;
}

/** Reads of the sales ledger. Every query is scoped by tenantId. */
@Injectable()
export class SalesRepository {
  constructor(private readonly prisma: PrismaService) {}

  currency(tenantId: string): Promise<string> {
    return this.prisma.tenant.findUnique({ where: { id: tenantId }, select: { currency: true } }).then((t) => t?.currency ?? 'DZD');
  }

  /** Products by id, SKU (any case) or barcode, active or not (a sale may name a product since removed). */
  productsByRefs(tenantId: string, refs: { ids: string[]; skus: string[]; barcodes: string[] }) {
    const or: Prisma.ProductWhereInput[] = [];
    if (refs.ids.length) or.push({ id: { in: refs.ids } });
    if (refs.barcodes.length) or.push({ barcode: { in: refs.barcodes } });
    for (const sku of refs.skus) or.push({ sku: { equals: sku, mode: 'insensitive' } });
    if (!or.length) return Promise.resolve([]);
    return this.prisma.product.findMany({ where: { tenantId, OR: or } });
  }

  /** Every product of the business with what a till line may name it by (till imports match in memory). */
  catalogueForMatching(tenantId: string) {
    return this.prisma.product.findMany({
      where: { tenantId },
      select: {
        id: true,
        sku: true,
        barcode: true,
        nameFr: true,
        nameAr: true,
        nameEn: true,
        unit: true,
        price: true,
        cost: true,
        active: true,
      },
    });
  }

  /** Sales already holding some of these idempotency keys. */
  byKeys(tenantId: string, keys: string[]) {
    if (!keys.length) return Promise.resolve([]);
    return this.prisma.sale.findMany({
      where: { tenantId, idempotencyKey: { in: keys } },
      select: { id: true, idempotencyKey: true, requestHash: true },
    });
  }

  customer(tenantId: string, id: string) {
    return this.prisma.customer.findFirst({
      where: { id, tenantId, deletedAt: null },
      select: { id: true, name: true, balance: true, creditLimit: true },
    });
  }

  findDetail(tenantId: string, id: string, db: Tx = this.prisma): Promise<SaleDetail | null> {
    return db.sale.findFirst({ where: { id, tenantId }, include: SALE_DETAIL });
  }

  findByKey(tenantId: string, idempotencyKey: string, db: Tx = this.prisma) {
    return db.sale.findFirst({ where: { tenantId, idempotencyKey }, select: { id: true, requestHash: true } });
  }

  /** Locks a sale (refunds of one sale run one after the other) and returns it with its lines and what was refunded. */
  async lockForRefund(tx: Tx, tenantId: string, id: string) {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Sale" WHERE "id" = ${id} AND "tenantId" = ${tenantId} FOR UPDATE`;
    if (!locked.length) return null;
    return tx.sale.findFirstOrThrow({ where: { id, tenantId }, include: SALE_DETAIL });
  }

  private where(tenantId: string, f: SaleFilter): Prisma.SaleWhereInput {
    return {
      tenantId,
      ...(f.start || f.end ? { soldAt: { ...(f.start ? { gte: f.start } : {}), ...(f.end ? { lt: f.end } : {}) } } : {}),
      ...(f.customerId ? { customerId: f.customerId } : {}),
      ...(f.paymentMethod ? { paymentMethod: f.paymentMethod } : {}),
      ...(f.productId ? { lines: { some: { productId: f.productId } } } : {}),
      ...(f.kind ? { kind: f.kind } : {}),
    };
  }

  async list(tenantId: string, f: SaleFilter, offset: number, limit: number, withLines: boolean) {
    const where = this.where(tenantId, f);
    const [total, items] = await this.prisma.$transaction([
      this.prisma.sale.count({ where }),
      this.prisma.sale.findMany({
        where,
        include: withLines ? SALE_DETAIL : { customer: SALE_DETAIL.customer, refunds: SALE_DETAIL.refunds },
        orderBy: [{ soldAt: 'desc' }, { id: 'desc' }],
        skip: offset,
        take: limit,
      }),
    ]);
    return { total, items: items as SaleDetail[] };
  }

  async aggregate(tenantId: string, f: SaleFilter): Promise<SalesAggregate> {
    const where = this.where(tenantId, f);
    const groups = await this.prisma.sale.groupBy({
      by: ['kind'],
      where,
      _sum: { total: true, cost: true, uncostedTotal: true },
      _count: { _all: true },
    });
    const of = (k: SaleKind) => groups.find((g) => g.kind === k);
    const n = (v: Prisma.Decimal | null | undefined) => Number(v ?? 0);
    return {
      revenue: groups.reduce((s, g) => s + n(g._sum.total), 0),
      salesCount: of('SALE')?._count._all ?? 0,
      refunds: n(of('REFUND')?._sum.total),
      refundCount: of('REFUND')?._count._all ?? 0,
      dailyTotals: n(of('DAILY_TOTAL')?._sum.total),
      uncosted: groups.reduce((s, g) => s + n(g._sum.uncostedTotal), 0),
      cost: groups.reduce((s, g) => s + n(g._sum.cost), 0),
    };
  }

  /** The day's itemised sales net of refunds, and the declaration already made for it, if any. */
  async day(tenantId: string, day: string): Promise<{ itemizedCents: number; salesCount: number; declaredCents: number | null }> {
    const start = localDayStart(day);
    const end = new Date(start.getTime() + 86_400_000);
    const [itemized, declared] = await Promise.all([
      this.prisma.sale.aggregate({
        where: { tenantId, kind: { not: 'DAILY_TOTAL' }, soldAt: { gte: start, lt: end } },
        _sum: { total: true },
        _count: { _all: true },
      }),
      this.prisma.sale.findFirst({ where: { tenantId, idempotencyKey: `daily:${day}` }, select: { declaredTotal: true } }),
    ]);
    return {
      itemizedCents: Math.round(Number(itemized._sum.total ?? 0) * 100),
      salesCount: itemized._count._all,
      declaredCents: declared?.declaredTotal === null || !declared ? null : Math.round(Number(declared.declaredTotal) * 100),
    };
  }
}
