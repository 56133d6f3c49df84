import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { Prisma } from '../generated/prisma/client';
import type { FeedbackCategory } from '../generated/prisma/enums';

export interface FeedbackFilter {
  /** null: every business (platform staff). */
  tenantId: string | null;
  category?: FeedbackCategory;
  severity?: string;
  from?: Date;
  to?: Date;
}

const withPeople = {
  tenant: { select: { id: true, name: true, slug: true } },
  user: { select: { id: true, name: true, email: true, role: true } },
} as const;

export type FeedbackRow = Prisma.FeedbackGetPayload<{ include: typeof withPeople }>;

function where(f: FeedbackFilter): Prisma.FeedbackWhereInput {
  return {
    ...(f.tenantId ? { tenantId: f.tenantId } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.severity ? { severity: f.severity } : {}),
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
  };
}

@Injectable()
export class FeedbackRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: Prisma.FeedbackUncheckedCreateInput): Promise<FeedbackRow> {
    return this.prisma.feedback.create({ data, include: withPeople });
  }

  update(tenantId: string, id: string, data: Prisma.FeedbackUncheckedUpdateInput): Promise<FeedbackRow> {
    return this.prisma.$transaction(async (tx) => {
      await tx.feedback.updateMany({ where: { id, tenantId }, data: data as Prisma.FeedbackUncheckedUpdateManyInput });
      return tx.feedback.findFirstOrThrow({ where: { id, tenantId }, include: withPeople });
    });
  }

  conversationExists(tenantId: string, id: string) {
    return this.prisma.conversation.count({ where: { tenantId, id, deletedAt: null } }).then((n) => n > 0);
  }

  message(tenantId: string, id: string) {
    return this.prisma.message.findFirst({ where: { tenantId, id }, select: { id: true, conversationId: true, role: true } });
  }

  /** The caller's existing thumbs up/down on a message: rating again replaces it. */
  ratingOf(tenantId: string, userId: string | null, messageId: string) {
    return this.prisma.feedback.findFirst({
      where: { tenantId, userId, messageId, rating: { not: null } },
      orderBy: { createdAt: 'desc' },
    });
  }

  async page(filter: FeedbackFilter, skip: number, take: number) {
    const w = where(filter);
    const [items, total, byCategory, bySeverity, ratings] = await Promise.all([
      this.prisma.feedback.findMany({ where: w, include: withPeople, orderBy: { createdAt: 'desc' }, skip, take }),
      this.prisma.feedback.count({ where: w }),
      this.prisma.feedback.groupBy({ by: ['category'], where: w, _count: { _all: true } }),
      this.prisma.feedback.groupBy({ by: ['severity'], where: w, _count: { _all: true } }),
      this.prisma.feedback.aggregate({ where: { ...w, rating: { not: null } }, _avg: { rating: true }, _count: { rating: true } }),
    ]);
    return {
      items,
      total,
      byCategory: byCategory.map((g) => ({ category: g.category, count: g._count._all })),
      bySeverity: bySeverity.map((g) => ({ severity: g.severity, count: g._count._all })),
      averageRating: ratings._avg.rating,
      ratings: ratings._count.rating,
    };
  }

  /** One chunk of an export, newest first, after the cursor (keyset pagination: each chunk costs the same). */
  chunk(filter: FeedbackFilter, after: { createdAt: Date; id: string } | null, take: number): Promise<FeedbackRow[]> {
    const w = where(filter);
    return this.prisma.feedback.findMany({
      where: after
        ? { AND: [w, { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }] }
        : w,
      include: withPeople,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take,
    });
  }

  markNotified(tenantId: string, id: string) {
    return this.prisma.feedback.updateMany({ where: { id, tenantId }, data: { notifiedAt: new Date() } });
  }
}
