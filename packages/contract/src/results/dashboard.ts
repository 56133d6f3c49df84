import { z } from 'zod';
import { CurrencySchema, LocalizedSchema, MetricSchema, ProductRefSchema } from './common';

/** `dashboard_stats`: the key figures of a period, each with its change vs the previous period. */
export const DashboardStatsResult = z.object({
  period: z.string(),
  currency: CurrencySchema,
  revenue: MetricSchema,
  salesCount: MetricSchema,
  averageBasket: MetricSchema,
  /** On the revenue whose purchase cost is known (see `revenueWithoutMargin`). */
  grossMargin: MetricSchema,
  /** Percent of the revenue whose cost is known (32.5 = 32.5 %). */
  grossMarginRate: z.object({ value: z.number() }),
  /**
   * Revenue with no known cost — declared daily takings, products sold without a purchase cost: in revenue, not in the
   * margin, its rate or the net result. All of the revenue → the margin and the net result are unknown, not zero.
   */
  revenueWithoutMargin: z.object({ value: z.number() }).optional(),
  expenses: MetricSchema,
  /** Goods bought for resale: not in `expenses` (they reach the result through the cost of goods sold). */
  stockPurchases: MetricSchema.optional(),
  netResult: MetricSchema,
  /** At purchase cost; `uncostedProducts` in stock have no cost and are not in it (all of them: the value is unknown). */
  stockValue: z.object({ value: z.number(), uncostedProducts: z.number().int().min(0).optional() }),
  lowStockCount: z.object({ value: z.number().int().min(0), outOfStock: z.number().int().min(0).optional() }),
  /** False when the previous period had no sales: its changes would mean nothing. */
  comparable: z.boolean(),
  /** False while the business has never recorded a sale: a first run, not a bad period. */
  hasSales: z.boolean().optional(),
});
export type DashboardStatsResult = z.infer<typeof DashboardStatsResult>;

/**
 * Whether the figures have a margin to show: not when every sale of the period has an unknown cost (a new shop that
 * typed no purchase cost, a month of declared takings) — a margin of 0 and a net result of minus the expenses would be
 * wrong numbers said with confidence.
 */
export const marginKnown = (r: Pick<DashboardStatsResult, 'revenue' | 'revenueWithoutMargin'>): boolean =>
  !r.revenueWithoutMargin || r.revenue.value <= 0 || r.revenueWithoutMargin.value < r.revenue.value;

/** An insight or an alert, with its title in the three languages. */
export const FindingSchema = z.object({
  id: z.string().optional(),
  type: z.string(),
  severity: z.string(),
  title: LocalizedSchema,
});
export type Finding = z.infer<typeof FindingSchema>;

export const DashboardFindingsResult = z.object({
  windowDays: z.number(),
  count: z.number().int().min(0),
  /** Most important first (warnings before information). */
  insights: z.array(FindingSchema),
  hasSales: z.boolean().optional(),
  /**
   * Set when the least sold were asked for (the findings are then one per product, fewest sold first), or the busy
   * days and hours (best and quietest weekday, peak and quiet hours, each weekday's average; `windowDays` whole weeks).
   */
  focus: z.enum(['slow_sellers', 'busy_times']).optional(),
  /** With focus slow_sellers: products added during the window, too new to rank. */
  recent: z.number().int().min(0).optional(),
});
export type DashboardFindingsResult = z.infer<typeof DashboardFindingsResult>;

export const BestSellerSchema = z.object({
  rank: z.number().int().min(1),
  product: ProductRefSchema,
  quantity: z.number(),
  revenue: z.number(),
  /** Share of the period's revenue, in percent (11.3 = 11.3 %). */
  revenueShare: z.number(),
});
export type BestSeller = z.infer<typeof BestSellerSchema>;

/**
 * One product's margin, set with `product`: over the period's sale lines whose purchase cost is known (a line sold
 * before its cost was entered has none), and at today's catalogue price and cost (null when not entered).
 */
export const ProductMarginSchema = z.object({
  margin: z.number(),
  costedRevenue: z.number(),
  price: z.number(),
  cost: z.number().nullable(),
});
export type ProductMargin = z.infer<typeof ProductMarginSchema>;

export const BestSellersResult = z.object({
  focus: z.literal('best_sellers'),
  period: z.string(),
  currency: CurrencySchema,
  totals: z.object({ products: z.number(), quantity: z.number(), revenue: z.number() }),
  byRevenue: z.array(BestSellerSchema),
  byQuantity: z.array(BestSellerSchema),
  /**
   * Set when the question was about one product (« combien j'ai vendu de semoule ce mois ? »): the rankings then hold
   * only that product's line, with its rank among all products, or nothing when it did not sell in the period.
   */
  product: ProductRefSchema.optional(),
  productMargin: ProductMarginSchema.optional(),
});
export type BestSellersResult = z.infer<typeof BestSellersResult>;

/** `dashboard_insights`: the computed insights, or the best sellers when that was the question. */
export const DashboardInsightsResult = z.union([BestSellersResult, DashboardFindingsResult]);
export type DashboardInsightsResult = z.infer<typeof DashboardInsightsResult>;

/** `dashboard_alerts`: alerts by severity, most severe and most urgent first. */
export const DashboardAlertsResult = z.object({
  /** Horizon of "runs out soon", in days. */
  days: z.number(),
  counts: z.object({ critical: z.number(), warning: z.number(), info: z.number(), total: z.number() }),
  alerts: z.array(FindingSchema),
  hasSales: z.boolean().optional(),
});
export type DashboardAlertsResult = z.infer<typeof DashboardAlertsResult>;
