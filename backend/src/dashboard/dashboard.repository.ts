import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { splitAtLocalDays } from '../common/time/local-time';
import { Prisma } from '../generated/prisma/client';

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
  /** Products in stock with no purchase cost: not in `stockValue`, which is then only part of the stock's worth. */
  uncostedInStock: number;
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
  /** When it entered the catalogue (read by `activeProducts`): a product added last week has had no time to sell. */
  createdAt?: Date;
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
export interface ProductPeriodSales extends Pick<ProductRow, 'sku' | 'nameFr' | 'nameAr' | 'nameEn' | 'category' | 'unit'> {
  productId: string;
  quantity: number;
  revenue: number;
  /** Margin of the lines whose purchase cost is known, and those lines' revenue (a line without cost has no margin). */
  margin: number;
  costedRevenue: number;
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

/** What the key figures are computed from (`DashboardRepository.statsFigures`). */
export interface StatsFigures {
  currency: string;
  hasSales: boolean;
  sales: SalesTotals;
  previousSales: SalesTotals;
  expenses: { category: string; total: number }[];
  previousExpenses: { category: string; total: number }[];
  stock: StockSnapshot;
  /**
   * When the same data gives other figures without any write, for a cache (DashboardService.stats): the first sale
   * dated at or after the range's end (a sale recorded ahead of time comes into a period to date when its time comes),
   * and the first sale of the previous period not yet in its part "to the same point" (it comes in as that point moves).
   */
  nextSaleAt: Date | null;
  nextPreviousSaleAt: Date | null;
}

/**
 * The sales figures of [start, end): the whole local days from the daily rollups ("SaleDay", kept by triggers on
 * "Sale"), the partial days at either end from the sales themselves. The same sums as over the sales alone (exact
 * decimals, cast once), at a cost that grows with the days of the period rather than with its sales.
 */
function salesTotalsSql(tenantId: string, start: Date, end: Date): Prisma.Sql {
  const { days, pieces } = splitAtLocalDays(start, end);
  const partial = pieces.map(
    ([from, to]) => Prisma.sql`
      SELECT sum("total") AS "total", sum("cost") AS "cost", sum("uncostedTotal") AS "uncostedTotal",
             sum("total") FILTER (WHERE "kind" = 'DAILY_TOTAL') AS "dailyTotals",
             count(*) FILTER (WHERE "kind" = 'SALE') AS "salesCount"
      FROM "Sale"
      WHERE "tenantId" = ${tenantId} AND "soldAt" >= ${from} AND "soldAt" < ${to}`,
  );
  return Prisma.sql`
      SELECT coalesce(sum("total"), 0)::float8 AS "revenue",
             coalesce(sum("cost"), 0)::float8 AS "cost",
             coalesce(sum("uncostedTotal"), 0)::float8 AS "uncosted",
             coalesce(sum("dailyTotals"), 0)::float8 AS "dailyTotals",
             coalesce(sum("salesCount"), 0)::int AS "salesCount"
      FROM (
        SELECT "total", "cost", "uncostedTotal", "dailyTotals", "salesCount"
        FROM "SaleDay"
        WHERE "tenantId" = ${tenantId} AND "day" >= ${days.from}::date AND "day" < ${days.to}::date
        UNION ALL ${Prisma.join(partial, ' UNION ALL ')}
      ) figures`;
}

function expenseTotalsSql(tenantId: string, from: string, to: string): Prisma.Sql {
  return Prisma.sql`
      SELECT "category", sum("amount")::float8 AS "total"
      FROM "Expense"
      WHERE "tenantId" = ${tenantId} AND "date" >= ${from}::date AND "date" < ${to}::date
      GROUP BY "category"`;
}

function stockSnapshotSql(tenantId: string): Prisma.Sql {
  return Prisma.sql`
      SELECT coalesce(sum("stock" * "cost") FILTER (WHERE "stock" > 0 AND "cost" IS NOT NULL), 0)::float8 AS "stockValue",
             count(*) FILTER (WHERE "stock" > 0 AND "cost" IS NULL)::int AS "uncostedInStock",
             count(*) FILTER (WHERE "stock" <= "reorderThreshold")::int AS "lowStockCount",
             count(*) FILTER (WHERE "stock" <= 0)::int AS "outOfStockCount",
             count(*)::int AS "activeProducts"
      FROM "Product"
      WHERE "tenantId" = ${tenantId} AND "active"`;
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
    const [row] = await this.prisma.$queryRaw<SalesTotals[]>(salesTotalsSql(tenantId, start, end));
    return row;
  }

  /** Expense totals per category over the local days [from, to) ('YYYY-MM-DD'). */
  expenseTotals(tenantId: string, from: string, to: string): Promise<{ category: string; total: number }[]> {
    return this.prisma.$queryRaw<{ category: string; total: number }[]>(expenseTotalsSql(tenantId, from, to));
  }

  /**
   * Every figure of the dashboard's key figures in one statement: one round trip and one pooled connection per
   * request instead of seven in parallel (under concurrent requests the seven competed for the pool). Each part is
   * the very statement of the single-figure method above, as a subquery.
   */
  async statsFigures(
    tenantId: string,
    range: { start: Date; end: Date; previousStart: Date; previousEnd: Date },
    days: { from: string; to: string },
    previousDays: { from: string; to: string },
  ): Promise<StatsFigures> {
    const one = (sql: Prisma.Sql) => Prisma.sql`(SELECT row_to_json(x) FROM (${sql}) x)`;
    const many = (sql: Prisma.Sql) => Prisma.sql`(SELECT coalesce(json_agg(x), '[]'::json) FROM (${sql}) x)`;
    const [row] = await this.prisma.$queryRaw<Record<keyof StatsFigures, unknown>[]>`
      SELECT (SELECT "currency" FROM "Tenant" WHERE "id" = ${tenantId}) AS "currency",
             EXISTS (SELECT 1 FROM "Sale" WHERE "tenantId" = ${tenantId}) AS "hasSales",
             ${one(salesTotalsSql(tenantId, range.start, range.end))} AS "sales",
             ${one(salesTotalsSql(tenantId, range.previousStart, range.previousEnd))} AS "previousSales",
             ${many(expenseTotalsSql(tenantId, days.from, days.to))} AS "expenses",
             ${many(expenseTotalsSql(tenantId, previousDays.from, previousDays.to))} AS "previousExpenses",
             ${one(stockSnapshotSql(tenantId))} AS "stock",
             (SELECT min("soldAt") FROM "Sale" WHERE "tenantId" = ${tenantId} AND "soldAt" >= ${range.end}) AS "nextSaleAt",
             (SELECT min("soldAt") FROM "Sale"
              WHERE "tenantId" = ${tenantId} AND "soldAt" >= ${range.previousEnd} AND "soldAt" < ${range.start}) AS "nextPreviousSaleAt"`;
    const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
    return {
      currency: (row.currency as string | null) ?? 'DZD',
      hasSales: Boolean(row.hasSales),
      sales: json<SalesTotals>(row.sales),
      previousSales: json<SalesTotals>(row.previousSales),
      expenses: json<{ category: string; total: number }[]>(row.expenses),
      previousExpenses: json<{ category: string; total: number }[]>(row.previousExpenses),
      stock: json<StockSnapshot>(row.stock),
      nextSaleAt: (row.nextSaleAt as Date | null) ?? null,
      nextPreviousSaleAt: (row.nextPreviousSaleAt as Date | null) ?? null,
    };
  }

  /** Stock valued at cost; "low" means at or under the reorder threshold (out of stock included). */
  async stockSnapshot(tenantId: string): Promise<StockSnapshot> {
    const [row] = await this.prisma.$queryRaw<StockSnapshot[]>(stockSnapshotSql(tenantId));
    return row;
  }

  async activeProducts(tenantId: string): Promise<ProductRow[]> {
    return this.prisma.$queryRaw<ProductRow[]>`
      SELECT "id", "sku", "nameFr", "nameAr", "nameEn", "category", "unit",
             "price"::float8 AS "price", "cost"::float8 AS "cost", "stock", "reorderThreshold", "createdAt"
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
             coalesce(sum(l."quantity" * (l."unitPrice" - l."unitCost")), 0)::float8 AS "margin",
             coalesce(sum(l."quantity" * l."unitPrice") FILTER (WHERE l."unitCost" IS NOT NULL), 0)::float8 AS "costedRevenue"
      FROM "SaleLine" l
      JOIN "Product" p ON p."id" = l."productId" AND p."tenantId" = l."tenantId"
      WHERE l."tenantId" = ${tenantId} AND l."soldAt" >= ${start} AND l."soldAt" < ${end}
      GROUP BY l."productId", p."sku", p."nameFr", p."nameAr", p."nameEn", p."category", p."unit"`;
  }

  /** When the business's first sale line dated at or after `from` was sold (null: none): a period to date's next change. */
  async nextLineSoldAt(tenantId: string, from: Date): Promise<Date | null> {
    const [row] = await this.prisma.$queryRaw<{ at: Date | null }[]>`
      SELECT min("soldAt") AS "at" FROM "SaleLine" WHERE "tenantId" = ${tenantId} AND "soldAt" >= ${from}`;
    return row?.at ?? null;
  }

  /** A product's catalogue price and purchase cost (null when not entered), within the tenant; null if not its product. */
  async productPricing(tenantId: string, productId: string): Promise<{ price: number; cost: number | null } | null> {
    const rows = await this.prisma.$queryRaw<{ price: number; cost: number | null }[]>`
      SELECT "price"::float8 AS "price", "cost"::float8 AS "cost"
      FROM "Product"
      WHERE "tenantId" = ${tenantId} AND "id" = ${productId}`;
    return rows[0] ?? null;
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
