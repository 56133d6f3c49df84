import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';

@Injectable()
export class AudienceRepository {
  constructor(private readonly prisma: PrismaService) {}

  currency(tenantId: string) {
    return this.prisma.tenant.findUnique({ where: { id: tenantId }, select: { currency: true } }).then((t) => t?.currency ?? 'DZD');
  }

  customers(tenantId: string) {
    return this.prisma.customer.findMany({ where: { tenantId }, select: { id: true, wilaya: true, ageBand: true, channel: true, createdAt: true } });
  }

  /**
   * Per customer: orders and spend since `since`, plus all-time first and last purchase (a customer whose first
   * purchase is recent is "new", one whose last is old is "lost", whatever the window).
   */
  async purchases(tenantId: string, since: Date, until: Date) {
    const [windowed, lifetime] = await Promise.all([
      this.prisma.sale.groupBy({
        by: ['customerId'],
        where: { tenantId, customerId: { not: null }, soldAt: { gte: since, lt: until } },
        _count: { _all: true },
        _sum: { total: true },
      }),
      this.prisma.sale.groupBy({
        by: ['customerId'],
        where: { tenantId, customerId: { not: null }, soldAt: { lt: until } },
        _min: { soldAt: true },
        _max: { soldAt: true },
      }),
    ]);
    const inWindow = new Map(windowed.map((w) => [w.customerId!, w]));
    return new Map(
      lifetime.map((l) => {
        const w = inWindow.get(l.customerId!);
        return [l.customerId!, { orders: w?._count._all ?? 0, revenue: Number(w?._sum.total ?? 0), firstPurchase: l._min.soldAt, lastPurchase: l._max.soldAt }];
      }),
    );
  }

  /** All sales in the window, walk-in customers included: how much of the business the customer file explains. */
  async salesTotals(tenantId: string, since: Date, until: Date) {
    const agg = await this.prisma.sale.aggregate({ where: { tenantId, soldAt: { gte: since, lt: until } }, _sum: { total: true }, _count: { _all: true } });
    return { revenue: Number(agg._sum.total ?? 0), orders: agg._count._all };
  }
}
