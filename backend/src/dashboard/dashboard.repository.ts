import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

/**
 * Read-only aggregates for the dashboard. Everything is summed in PostgreSQL over the (tenantId, date) indexes and
 * cast to float8/int in SQL, so the service receives plain numbers and never loads rows it only needs to add up.
 * Every query is scoped by tenantId.
 */
export interface SalesTotals {
  /** Net of refunds (refund rows are negative), declared daily totals included. */
  revenue: number;
  /** Known cost of the goods sold. */
  cost: number;
  /** Revenue whose cost is unknown (daily totals, products without a cost): never in the margin. */
  uncosted: number;
  /** Declared daily takings not explained by itemised sales. */
  dailyTotals: number;
  /** Tickets (kind SALE): refunds and daily totals are not sales. */
  salesCount: number;
}

export interface StockSnapshot {
  stockValue: number;
  lowStockCount: number;
  outOfStockCount: number;
  activeProducts: number;
}

export interface ProductRow {
  id: string;
  sku: string;
  nameFr: string;
  nameAr: string | null;
  nameEn: string | null;
  category: string;
  unit: string;
  price: number;
  /** Null when the shop never gave the product's cost. */
  cost: number | null;
  stock: number;
  reorderThreshold: number;
}

/** One product's sales in two consecutive windows: [from, mid) = previous, [mid, to) = current. */
export interface ProductSalesWindows {
  productId: string;
  quantity: number;
  revenue: number;
  margin: number;
  previousQuantity: number;
  previousRevenue: number;
}

/** One product's sales over a period: units, revenue and margin (sale lines only; day totals have no products). */
export interface ProductPeriodSales {
  productId: string;
  sku: string;
  nameFr: string;
  nameAr: string | null;
  nameEn: string | null;
  category: string;
  unit: string;
  quantity: number;
  revenue: number;
  margin: number;
}

export interface ExpenseMonth {
  category: string;
  /** 'YYYY-MM' */
  month: string;
  total: number;
  count: number;
}

export interface UnusualExpense {
  id: string;
  category: string;
  amount: number;
  date: string;
  description: string | null;
  merchant: string | null;
  categoryMedian: number;
  categoryCount: number;
}

export interface ActiveCampaign {
  id: string;
  name: string;
  channel: string;
  startsAt: Date;
  endsAt: Date | null;
  conversions: number;
  targetConversions: number | null;
  cost: number;
  budget: number;
}

@Injectable()
export class DashboardRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Whether the business ever recorded a sale (one indexed probe). */
  async hasAnySale(tenantId: string): Promise<boolean> {
    return !!(await this.prisma.sale.findFirst({ where: { tenantId }, select: { id: true } }));
  }

  async tenantCurrency(tenantId: string): Promise<string> {
    const tenant = await this.prisma.tenant.findUnique({ where: { id: tenantId }, select: { currency: true } });
    return tenant?.currency ?? 'DZD';
  }

  async salesTotals(tenantId: string, start: Date, end: Date): Promise<SalesTotals> {
    const [row] = await this.prisma.$queryRaw<SalesTotals[]>`
      SELECT coalesce(sum("total"), 0)::float8 AS "revenue",
             coalesce(sum("cost"), 0)::float8 AS "cost",
             coalesce(sum("uncostedTotal"), 0)::float8 AS "uncosted",
             coalesce(sum("total") FILTER (WHERE "kind" = 'DAILY_TOTAL'), 0)::float8 AS "dailyTotals",
             count(*) FILTER (WHERE "kind" = 'SALE')::int AS "salesCount"
      FROM "Sale"
      WHERE "tenantId" = ${tenantId} AND "soldAt" >= ${start} AND "soldAt" < ${end}`;
    return row;
  }

  /** Expense totals per category over the local days [from, to) ('YYYY-MM-DD'). */
  expenseTotals(tenantId: string, from: string, to: string): Promise<{ category: string; total: number }[]> {
    return this.prisma.$queryRaw<{ category: string; total: number }[]>`
      SELECT "category", sum("amount")::float8 AS "total"
      FROM "Expense"
      WHERE "tenantId" = ${tenantId} AND "date" >= ${from}::date AND "date" < ${to}::date
      GROUP BY "category"`;
  }

  /** Stock valued at cost; "low" means at or under the reorder threshold (out of stock included). */
  async stockSnapshot(tenantId: string): Promise<StockSnapshot> {
    const [row] = await this.prisma.$queryRaw<StockSnapshot[]>`
      SELECT coalesce(sum("stock" * "cost") FILTER (WHERE "stock" > 0 AND "cost" IS NOT NULL), 0)::float8 AS "stockValue",
             count(*) FILTER (WHERE "stock" <= "reorderThreshold")::int AS "lowStockCount",
             count(*) FILTER (WHERE "stock" <= 0)::int AS "outOfStockCount",
             count(*)::int AS "activeProducts"
      FROM "Product"
      WHERE "tenantId" = ${tenantId} AND "active"`;
    return row;
  }

  async activeProducts(tenantId: string): Promise<ProductRow[]> {
    return this.prisma.$queryRaw<ProductRow[]>`
      SELECT "id", "sku", "nameFr", "nameAr", "nameEn", "category", "unit",
             "price"::float8 AS "price", "cost"::float8 AS "cost", "stock", "reorderThreshold"
      FROM "Product"
      WHERE "tenantId" = ${tenantId} AND "active"
      ORDER BY "sku"`;
  }

  /** Per-product units, revenue and margin in [mid, to), and units and revenue in [from, mid). */
  async productSalesWindows(tenantId: string, from: Date, mid: Date, to: Date): Promise<ProductSalesWindows[]> {
    return this.prisma.$queryRaw<ProductSalesWindows[]>`
      SELECT "productId",
             coalesce(sum("quantity") FILTER (WHERE "soldAt" >= ${mid}), 0)::int AS "quantity",
             coalesce(sum("quantity" * "unitPrice") FILTER (WHERE "soldAt" >= ${mid}), 0)::float8 AS "revenue",
             coalesce(sum("quantity" * ("unitPrice" - "unitCost")) FILTER (WHERE "soldAt" >= ${mid} AND "unitCost" IS NOT NULL), 0)::float8 AS "margin",
             coalesce(sum("quantity") FILTER (WHERE "soldAt" < ${mid}), 0)::int AS "previousQuantity",
             coalesce(sum("quantity" * "unitPrice") FILTER (WHERE "soldAt" < ${mid}), 0)::float8 AS "previousRevenue"
      FROM "SaleLine"
      WHERE "tenantId" = ${tenantId} AND "soldAt" >= ${from} AND "soldAt" < ${to}
      GROUP BY "productId"`;
  }

  /** Units, revenue and margin per product sold in [start, end), from the sale lines (indexed on tenantId, soldAt). */
  async productSalesInRange(tenantId: string, start: Date, end: Date): Promise<ProductPeriodSales[]> {
    return this.prisma.$queryRaw<ProductPeriodSales[]>`
      SELECT l."productId", p."sku", p."nameFr", p."nameAr", p."nameEn", p."category", p."unit",
             sum(l."quantity")::int AS "quantity",
             sum(l."quantity" * l."unitPrice")::float8 AS "revenue",
             sum(l."quantity" * (l."unitPrice" - l."unitCost"))::float8 AS "margin"
      FROM "SaleLine" l
      JOIN "Product" p ON p."id" = l."productId" AND p."tenantId" = l."tenantId"
      WHERE l."tenantId" = ${tenantId} AND l."soldAt" >= ${start} AND l."soldAt" < ${end}
      GROUP BY l."productId", p."sku", p."nameFr", p."nameAr", p."nameEn", p."category", p."unit"`;
  }

  /** Expense totals per category and local month, from the local day `from` on. */
  async expenseMonths(tenantId: string, from: string): Promise<ExpenseMonth[]> {
    return this.prisma.$queryRaw<ExpenseMonth[]>`
      SELECT "category", to_char("date", 'YYYY-MM') AS "month",
             sum("amount")::float8 AS "total", count(*)::int AS "count"
      FROM "Expense"
      WHERE "tenantId" = ${tenantId} AND "date" >= ${from}::date
      GROUP BY 1, 2
      ORDER BY 1, 2`;
  }

  /**
   * Expenses dated from `since` that are more than `factor` times the median of their category over the year
   * (from `medianFrom`). Categories with fewer than 5 expenses have no meaningful median and are skipped.
   */
  async unusualExpenses(tenantId: string, since: string, medianFrom: string, factor: number): Promise<UnusualExpense[]> {
    return this.prisma.$queryRaw<UnusualExpense[]>`
      WITH medians AS (
        SELECT "category", percentile_cont(0.5) WITHIN GROUP (ORDER BY "amount")::float8 AS "median", count(*)::int AS "n"
        FROM "Expense"
        WHERE "tenantId" = ${tenantId} AND "date" >= ${medianFrom}::date
        GROUP BY "category"
      )
      SELECT e."id", e."category", e."amount"::float8 AS "amount", to_char(e."date", 'YYYY-MM-DD') AS "date",
             e."description", e."merchant", m."median" AS "categoryMedian", m."n" AS "categoryCount"
      FROM "Expense" e
      JOIN medians m ON m."category" = e."category"
      WHERE e."tenantId" = ${tenantId} AND e."date" >= ${since}::date AND m."n" >= 5 AND m."median" > 0
        AND e."amount" > ${factor} * m."median"
      ORDER BY e."amount" / m."median" DESC
      LIMIT 50`;
  }

  async activeCampaigns(tenantId: string): Promise<ActiveCampaign[]> {
    return this.prisma.$queryRaw<ActiveCampaign[]>`
      SELECT "id", "name", "channel", "startsAt", "endsAt", "conversions", "targetConversions",
             "cost"::float8 AS "cost", "budget"::float8 AS "budget"
      FROM "Campaign"
      WHERE "tenantId" = ${tenantId} AND "status" = 'ACTIVE'
      ORDER BY "startsAt"`;
  }
}
