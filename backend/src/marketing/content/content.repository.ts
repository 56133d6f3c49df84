import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { Prisma } from '../../generated/prisma/client';

const productFields = { id: true, nameFr: true, nameAr: true, nameEn: true, category: true, price: true, stock: true, unit: true } as const;

@Injectable()
export class ContentRepository {
  constructor(private readonly prisma: PrismaService) {}

  shop(tenantId: string) {
    return this.prisma.tenant.findUnique({
      where: { id: tenantId },
      select: { name: true, wilaya: true, currency: true, locale: true, address: true, phone: true },
    });
  }

  /** Active products with the units each sold since `since` (best sellers are featured first). */
  async catalog(tenantId: string, since: Date) {
    const [products, sold] = await Promise.all([
      this.prisma.product.findMany({ where: { tenantId, active: true }, select: productFields }),
      this.prisma.saleLine.groupBy({ by: ['productId'], where: { tenantId, soldAt: { gte: since } }, _sum: { quantity: true } }),
    ]);
    const units = new Map(sold.map((s) => [s.productId, s._sum.quantity ?? 0]));
    return products.map((p) => ({ ...p, unitsSold: units.get(p.id) ?? 0 }));
  }

  productsByIds(tenantId: string, ids: string[]) {
    return this.prisma.product.findMany({ where: { tenantId, id: { in: ids } }, select: productFields });
  }

  /** Campaigns running at `now`: their names carry the promotion ("Ramadan -10 %"). */
  activeCampaigns(tenantId: string, now: Date) {
    return this.prisma.campaign.findMany({
      where: { tenantId, status: 'ACTIVE', startsAt: { lte: now }, OR: [{ endsAt: null }, { endsAt: { gte: now } }] },
      select: { id: true, name: true, endsAt: true },
      orderBy: { startsAt: 'desc' },
    });
  }

  campaign(tenantId: string, id: string) {
    return this.prisma.campaign.findFirst({ where: { tenantId, id }, select: { id: true, name: true, endsAt: true } });
  }

  createPiece(data: Prisma.ContentPieceUncheckedCreateInput) {
    return this.prisma.contentPiece.create({ data });
  }

  async listPieces(tenantId: string, filter: { channel?: string; skip: number; take: number }) {
    const where = { tenantId, ...(filter.channel ? { channel: filter.channel } : {}) };
    const [items, total] = await Promise.all([
      this.prisma.contentPiece.findMany({ where, orderBy: { createdAt: 'desc' }, skip: filter.skip, take: filter.take }),
      this.prisma.contentPiece.count({ where }),
    ]);
    return { items, total };
  }
}
