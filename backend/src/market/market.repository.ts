import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository';
import type { ProductRow } from '../dashboard/dashboard.repository';
import { PrismaService } from '../database/prisma.service';
import { Prisma } from '../generated/prisma/client';

/**
 * Market figures come from the business's own sales and the competitor prices it recorded. Aggregates are summed in
 * SQL (cast to float8/int) and every query is scoped by tenantId.
 */
export interface ProductPeriodSales {
  productId: string;
  revenue: number;
  quantity: number;
  previousRevenue: number;
  previousQuantity: number;
}

export interface CategoryMonth {
  category: string;
  /** 'YYYY-MM', local (Algiers) month. */
  month: string;
  revenue: number;
  quantity: number;
}

export interface LatestCompetitorPrice {
  productId: string;
  competitorId: string;
  competitorName: string;
  location: string | null;
  kind: string;
  price: number;
  observedAt: Date;
}

export interface StoredReport {
  id: string;
  topic: string | null;
  period: string;
  language: string;
  content: unknown;
  createdAt: Date;
}

@Injectable()
export class MarketRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  async tenant(tenantId: string): Promise<{ name: string; currency: string }> {
    const t = await this.prisma.tenant.findUnique({ where: { id: tenantId }, select: { name: true, currency: true } });
    return t ?? { name: '', currency: 'DZD' };
  }

  products(tenantId: string): Promise<ProductRow[]> {
    return this.prisma.$queryRaw<ProductRow[]>`
      SELECT "id", "sku", "nameFr", "nameAr", "nameEn", "category", "unit",
             "price"::float8 AS "price", "cost"::float8 AS "cost", "stock", "reorderThreshold"
      FROM "Product"
      WHERE "tenantId" = ${tenantId} AND "active"
      ORDER BY "sku"`;
  }

  /** Per-product revenue and units in [start, end) and in [previousStart, previousEnd). */
  productSales(tenantId: string, r: { start: Date; end: Date; previousStart: Date; previousEnd: Date }): Promise<ProductPeriodSales[]> {
    return this.prisma.$queryRaw<ProductPeriodSales[]>`
      SELECT "productId",
             coalesce(sum("quantity" * "unitPrice") FILTER (WHERE "soldAt" >= ${r.start}), 0)::float8 AS "revenue",
             coalesce(sum("quantity") FILTER (WHERE "soldAt" >= ${r.start}), 0)::int AS "quantity",
             coalesce(sum("quantity" * "unitPrice") FILTER (WHERE "soldAt" < ${r.start}), 0)::float8 AS "previousRevenue",
             coalesce(sum("quantity") FILTER (WHERE "soldAt" < ${r.start}), 0)::int AS "previousQuantity"
      FROM "SaleLine"
      WHERE "tenantId" = ${tenantId}
        AND (("soldAt" >= ${r.start} AND "soldAt" < ${r.end}) OR ("soldAt" >= ${r.previousStart} AND "soldAt" < ${r.previousEnd}))
      GROUP BY "productId"`;
  }

  /** Revenue per category and local month over [from, to). */
  categoryMonths(tenantId: string, from: Date, to: Date, offsetMinutes: number): Promise<CategoryMonth[]> {
    return this.prisma.$queryRaw<CategoryMonth[]>`
      SELECT p."category",
             to_char(l."soldAt" + make_interval(mins => ${offsetMinutes}::int), 'YYYY-MM') AS "month",
             sum(l."quantity" * l."unitPrice")::float8 AS "revenue",
             sum(l."quantity")::int AS "quantity"
      FROM "SaleLine" l
      JOIN "Product" p ON p."id" = l."productId" AND p."tenantId" = l."tenantId"
      WHERE l."tenantId" = ${tenantId} AND l."soldAt" >= ${from} AND l."soldAt" < ${to}
      GROUP BY 1, 2
      ORDER BY 2, 1`;
  }

  /** When the business's sales history starts (null when it has none): partial first months are not seasons. */
  async firstSaleAt(tenantId: string): Promise<Date | null> {
    const first = await this.prisma.sale.findFirst({ where: { tenantId }, orderBy: { soldAt: 'asc' }, select: { soldAt: true } });
    return first?.soldAt ?? null;
  }

  /** The latest price seen at each competitor for each product. */
  latestCompetitorPrices(tenantId: string): Promise<LatestCompetitorPrice[]> {
    return this.prisma.$queryRaw<LatestCompetitorPrice[]>`
      SELECT DISTINCT ON (cp."productId", cp."competitorId")
             cp."productId", cp."competitorId", c."name" AS "competitorName", c."location", c."kind",
             cp."price"::float8 AS "price", cp."observedAt"
      FROM "CompetitorPrice" cp
      JOIN "Competitor" c ON c."id" = cp."competitorId" AND c."tenantId" = cp."tenantId"
      WHERE cp."tenantId" = ${tenantId}
      ORDER BY cp."productId", cp."competitorId", cp."observedAt" DESC`;
  }

  /** Stores a report and its audit entry together. */
  createReport(
    tenantId: string,
    userId: string | null,
    data: { topic: string | null; period: string; language: string; content: Prisma.InputJsonValue },
  ): Promise<StoredReport> {
    return this.prisma.$transaction(async (tx) => {
      const report = await tx.marketReport.create({ data: { tenantId, ...data } });
      await this.audit.record(
        {
          tenantId,
          userId,
          action: 'market_report.create',
          entityType: 'MarketReport',
          entityId: report.id,
          data: { topic: data.topic, period: data.period, language: data.language },
        },
        tx,
      );
      return report;
    });
  }

  /** Scoped by tenant: another business's report is "not found". */
  findReport(tenantId: string, id: string): Promise<StoredReport | null> {
    return this.prisma.marketReport.findFirst({ where: { id, tenantId } });
  }
}
