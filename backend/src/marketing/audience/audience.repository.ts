import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';

@Injectable()
export class AudienceRepository {
  constructor(private readonly prisma: PrismaService) {}

  currency(tenantId: string) {
    return this.prisma.tenant.findUnique({ where: { id: tenantId }, select: { currency: true } }).then((t) => t?.currency ?? 'DZD');
  }

  /** The shop's customer file (archived customers left out: the shop removed them from its list). */
  customers(tenantId: string) {
    return this.prisma.customer.findMany({
      where: { tenantId, deletedAt: null },
      select: { id: true, name: true, wilaya: true, ageBand: true, channel: true, createdAt: true },
    });
  }

  /**
   * Per customer: orders and spend since `since`, plus all-time first and last purchase (a customer whose first
   * purchase is recent is "new", one whose last is old is "lost", whatever the window). Orders are tickets (kind SALE);
   * spend is net of refunds (refund rows carry negative totals).
   */
  async purchases(tenantId: string, since: Date, until: Date) {
    const [windowed, spend, lifetime] = await Promise.all([
      this.prisma.sale.groupBy({
        by: ['customerId'],
        where: { tenantId, customerId: { not: null }, kind: 'SALE', soldAt: { gte: since, lt: until } },
        _count: { _all: true },
      }),
      this.prisma.sale.groupBy({
        by: ['customerId'],
        where: { tenantId, customerId: { not: null }, soldAt: { gte: since, lt: until } },
        _sum: { total: true },
      }),
      this.prisma.sale.groupBy({
        by: ['customerId'],
        where: { tenantId, customerId: { not: null }, kind: 'SALE', soldAt: { lt: until } },
        _min: { soldAt: true },
        _max: { soldAt: true },
      }),
    ]);
    const orders = new Map(windowed.map((w) => [w.customerId!, w._count._all]));
    const revenue = new Map(spend.map((w) => [w.customerId!, Number(w._sum.total ?? 0)]));
    return new Map(
      lifetime.map((l) => [
        l.customerId!,
        {
          orders: orders.get(l.customerId!) ?? 0,
          revenue: revenue.get(l.customerId!) ?? 0,
          firstPurchase: l._min.soldAt,
          lastPurchase: l._max.soldAt,
        },
      ]),
    );
  }

  /**
   * All sales in the window, walk-in customers and declared daily takings included: how much of the business the
   * customer file explains. Revenue is net of refunds; orders count tickets only.
   */
  async salesTotals(tenantId: string, since: Date, until: Date) {
    const where = { tenantId, soldAt: { gte: since, lt: until } };
    const [agg, orders] = await Promise.all([
      this.prisma.sale.aggregate({ where, _sum: { total: true } }),
      this.prisma.sale.count({ where: { ...where, kind: 'SALE' } }),
    ]);
    return { revenue: Number(agg._sum.total ?? 0), orders };
  }
}
