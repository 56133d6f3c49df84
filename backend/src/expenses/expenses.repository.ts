import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository';
import { PrismaService } from '../database/prisma.service';
import { Prisma } from '../generated/prisma/client';

export interface ExpenseRange {
  /** Inclusive, as stored in the DATE column (midnight UTC). */
  from: Date;
  /** Exclusive. */
  to: Date;
  /** Raw stored category names to include (all when undefined). */
  categories?: string[];
}

const listed = {
  id: true,
  amount: true,
  currency: true,
  category: true,
  description: true,
  date: true,
  merchant: true,
  attachmentId: true,
  vatAmount: true,
  ocrConfidence: true,
  createdById: true,
  createdAt: true,
} as const;

export type ExpenseRow = Prisma.ExpenseGetPayload<{ select: typeof listed }>;

/** The unique index on Expense.attachmentId: one receipt, one expense. */
export class AttachmentAlreadyUsed extends Error {}

const where = (tenantId: string, r: ExpenseRange): Prisma.ExpenseWhereInput => ({
  tenantId,
  date: { gte: r.from, lt: r.to },
  ...(r.categories ? { category: { in: r.categories } } : {}),
});

@Injectable()
export class ExpensesRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  currency(tenantId: string) {
    return this.prisma.tenant.findUnique({ where: { id: tenantId }, select: { currency: true } }).then((t) => t?.currency ?? 'DZD');
  }

  /** Category names as stored (older rows may use synonyms such as "achats marchandises"). */
  async storedCategories(tenantId: string): Promise<string[]> {
    const rows = await this.prisma.expense.groupBy({ by: ['category'], where: { tenantId } });
    return rows.map((r) => r.category);
  }

  findOne(tenantId: string, id: string) {
    return this.prisma.expense.findFirst({ where: { id, tenantId }, select: listed });
  }

  async page(tenantId: string, range: ExpenseRange, skip: number, take: number) {
    const w = where(tenantId, range);
    const [items, total] = await Promise.all([
      this.prisma.expense.findMany({ where: w, select: listed, orderBy: [{ date: 'desc' }, { createdAt: 'desc' }], skip, take }),
      this.prisma.expense.count({ where: w }),
    ]);
    return { items, total };
  }

  /** Sums per stored category and currency. */
  async totals(tenantId: string, range: ExpenseRange) {
    const groups = await this.prisma.expense.groupBy({
      by: ['category', 'currency'],
      where: where(tenantId, range),
      _sum: { amount: true, vatAmount: true },
      _count: { _all: true },
    });
    return groups.map((g) => ({
      category: g.category,
      currency: g.currency,
      amount: Number(g._sum.amount ?? 0),
      vat: Number(g._sum.vatAmount ?? 0),
      count: g._count._all,
    }));
  }

  expenseUsingAttachment(tenantId: string, attachmentId: string) {
    return this.prisma.expense.findFirst({ where: { tenantId, attachmentId }, select: { id: true, amount: true, date: true } });
  }

  /** Writes the expense and its audit row together; a receipt already used (even by a racing request) throws. */
  async create(data: Prisma.ExpenseUncheckedCreateInput, requestId?: string | null): Promise<ExpenseRow> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const row = await tx.expense.create({ data, select: listed });
        await this.audit.record(
          {
            tenantId: data.tenantId,
            userId: data.createdById ?? null,
            action: 'expense.create',
            entityType: 'expense',
            entityId: row.id,
            data: { amount: Number(row.amount), category: row.category, attachmentId: row.attachmentId },
            requestId,
          },
          tx,
        );
        return row;
      });
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new AttachmentAlreadyUsed();
      throw err;
    }
  }
}
