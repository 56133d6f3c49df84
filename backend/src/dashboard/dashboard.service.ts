import { Injectable } from '@nestjs/common';
import { percentChange, resolvePeriod, type Period } from '../common/time/period';
import { buildAlerts, ALERT_RULES, type Alert } from './alerts.builder';
import { isGoodsPurchase } from './category-labels';
import { DashboardRepository, type StatsFigures } from './dashboard.repository';
import { TenantReads, type TenantReadCache } from '../common/cache/tenant-reads';
import { isPastPeriod } from '@tajer/contract';
import { buildInsights, expenseSpikes, INSIGHT_RULES, slowSellers, type Insight } from './insights.builder';
import { DAY_MS, localDate, localDayRange, localMonthStart, nextLocalMidnight } from '../common/time/local-time';
import { round1, round2, type Localized } from '../common/localisation/localized';
import { notFound } from '../common/errors/app-error';
import { productActivity, productRef, type ProductRef } from './product-view';
import { statsSummary } from './stats-summary';
import { Clock } from '../common/time/clock';
import { CreditService } from '../customers/credit.service';
import { BusyTimesService, type BusyTimes } from './busy-times.service';
import { NO_SALES_YET } from '@tajer/tools';

/** A figure for the period with the same figure for the previous period (cut at the same elapsed time). */
export interface Metric {
  value: number;
  previous: number;
  /** Relative change in %; null when the previous value is 0 and the current is not. */
  changePct: number | null;
  unit: string;
}

/** A figure that only exists "now" (stock): no previous value is reconstructed, see `stockValue.note`. */
export interface SnapshotMetric {
  value: number;
  previous: null;
  changePct: null;
  unit: string;
  asOf: string;
}

export interface DashboardStats {
  period: Period;
  currency: string;
  range: { start: string; end: string; previousStart: string; previousEnd: string };
  /** Net of refunds, declared daily takings included. */
  revenue: Metric;
  /** Tickets: refunds and declared daily totals are not sales. */
  salesCount: Metric;
  /** Itemised revenue (daily totals left out) per ticket. */
  averageBasket: Metric;
  /** On the revenue whose cost is known: see `revenueWithoutMargin`. */
  grossMargin: Metric;
  /**
   * Revenue with no known cost — declared daily takings (« la recette du jour ») and products sold without a cost —
   * counted in revenue, left out of the margin and of its rate (never counted as free).
   */
  revenueWithoutMargin: Metric & { dailyTotals: number; note: string };
  /** Gross margin as a share of revenue; its change is in percentage points. */
  grossMarginRate: { value: number; previous: number; changePoints: number; unit: '%' };
  /** Operating expenses: every expense except purchases of goods for resale (already in the cost of goods sold). */
  expenses: Metric;
  /** Goods bought for resale in the period (cash out, not a charge of the period: see `expenses`). */
  stockPurchases: Metric;
  /** Gross margin − operating expenses. */
  netResult: Metric;
  /** `uncostedProducts`: products in stock without a purchase cost, left out of the value (never valued at 0). */
  stockValue: SnapshotMetric & { note: string; uncostedProducts: number };
  lowStockCount: SnapshotMetric & { outOfStock: number; activeProducts: number };
  /** False when the previous period has no sales at all (history too short): its changes mean nothing. */
  comparable: boolean;
  /** False while the business has never recorded a sale (a first run): the summary says what to do first. */
  hasSales: boolean;
  summary: Localized;
}

export interface DashboardInsights {
  generatedAt: string;
  currency: string;
  windowDays: number;
  count: number;
  insights: Insight[];
  /** False while the business has never recorded a sale. */
  hasSales: boolean;
  /** What to tell a business with nothing to analyse yet (null once there is data). */
  message: Localized | null;
}

/** A product among the period's best sellers. */
export interface BestSellerRow {
  rank: number;
  product: ProductRef;
  quantity: number;
  revenue: number;
  /** Margin of the lines whose purchase cost is known, and those lines' revenue: margin ÷ costedRevenue is the rate. */
  margin: number;
  costedRevenue: number;
  /** Share of the period's revenue from sale lines, in %. */
  revenueShare: number;
}

/** One product's margin: over the period's sale lines whose cost is known, and at today's catalogue price and cost. */
export interface ProductMargin {
  margin: number;
  costedRevenue: number;
  price: number;
  cost: number | null;
}

/** The period's best sellers, by revenue and by units: "produit le plus vendu ce mois-ci". */
export interface DashboardBestSellers {
  period: Period;
  currency: string;
  range: { start: string; end: string };
  /** Products sold in the period and what their sale lines add up to (a day's total without lines is not in it). */
  totals: { products: number; quantity: number; revenue: number };
  byRevenue: BestSellerRow[];
  byQuantity: BestSellerRow[];
  /** With `productId`: that product's margin, whether or not it sold in the period. */
  productMargin?: ProductMargin;
}

export interface DashboardAlerts {
  generatedAt: string;
  currency: string;
  /** Horizon for "runs out soon", in days. */
  days: number;
  counts: { critical: number; warning: number; info: number; total: number };
  alerts: Alert[];
  /** False while the business has never recorded a sale. */
  hasSales: boolean;
  message: Localized | null;
}

/** Days of sales behind "recent pace", best sellers and decliners (last 30 days vs the 30 before). */
const WINDOW_DAYS = 30;
/** Where the recent window (the last 30 days) begins. */
const windowStart = (now: Date) => new Date(now.getTime() - WINDOW_DAYS * DAY_MS);

/** The findings' answer over the window (insights, slow sellers): what a first-run shop with no sale is told instead. */
function findings(now: Date, currency: string, insights: Insight[], hasSales: boolean): DashboardInsights {
  const message = !hasSales && !insights.length ? { ...NO_SALES_YET } : null;
  return { generatedAt: now.toISOString(), currency, windowDays: WINDOW_DAYS, count: insights.length, insights, hasSales, message };
}
const MAX_UNUSUAL_EXPENSES = 10;

const splitExpenses = (rows: { category: string; total: number }[]) => ({
  operating: rows.filter((r) => !isGoodsPurchase(r.category)).reduce((s, r) => s + r.total, 0),
  purchases: rows.filter((r) => isGoodsPurchase(r.category)).reduce((s, r) => s + r.total, 0),
});

const metric = (value: number, previous: number, unit: string): Metric => ({
  value: round2(value),
  previous: round2(previous),
  changePct: percentChange(round2(value), round2(previous)),
  unit,
});

/** Key figures kept per business, period and data version: a few periods of a few thousand businesses. */
const STATS_CACHE_ENTRIES = 5_000;
/** Best sellers per business, period, limit and product asked about (the chat asks about one product at a time). */
const BEST_SELLERS_CACHE_ENTRIES = 5_000;

/**
 * Until when figures computed at `now` stay those of any later instant, given no write: the next local midnight
 * (today's date, the expense days and every period start move there), a sale dated ahead coming into a period to
 * date, or the next sale of the previous period coming into its part "to the same point" (that point moves with now:
 * previousEnd − previousStart = now − start).
 */
export function statsValidUntil(range: ReturnType<typeof resolvePeriod>, figures: StatsFigures, now: Date): number {
  const limits = [nextLocalMidnight(now).getTime()];
  if (!isPastPeriod(range.period)) {
    if (figures.nextSaleAt) limits.push(new Date(figures.nextSaleAt).getTime());
    if (figures.nextPreviousSaleAt)
      limits.push(new Date(figures.nextPreviousSaleAt).getTime() + (range.start.getTime() - range.previousStart.getTime()));
  }
  return Math.min(...limits);
}

const rangeOf = (range: ReturnType<typeof resolvePeriod>): DashboardStats['range'] => ({
  start: range.start.toISOString(),
  end: range.end.toISOString(),
  previousStart: range.previousStart.toISOString(),
  previousEnd: range.previousEnd.toISOString(),
});

/**
 * The answer for figures read at `now`. Everything but the range and the stock's `asOf` is a function of the figures
 * alone, so a cache hit reuses it whole (see `restamped`): no metric, rounding, category folding or summary per request.
 */
function buildStats(period: Period, figures: StatsFigures, range: ReturnType<typeof resolvePeriod>, now: Date): DashboardStats {
  const { currency, sales, previousSales, expenses, previousExpenses, stock, hasSales } = figures;
  const [spent, previouslySpent] = [splitExpenses(expenses), splitExpenses(previousExpenses)];
  const costed = sales.revenue - sales.uncosted;
  const previousCosted = previousSales.revenue - previousSales.uncosted;
  const margin = costed - sales.cost;
  const previousMargin = previousCosted - previousSales.cost;
  const rate = (m: number, revenue: number) => (revenue ? round1((m / revenue) * 100) : 0);
  const itemized = (s: typeof sales) => s.revenue - s.dailyTotals;
  const asOf = now.toISOString();
  const stats: Omit<DashboardStats, 'summary'> = {
    period,
    currency,
    range: rangeOf(range),
    revenue: metric(sales.revenue, previousSales.revenue, currency),
    salesCount: metric(sales.salesCount, previousSales.salesCount, 'sales'),
    averageBasket: metric(
      sales.salesCount ? itemized(sales) / sales.salesCount : 0,
      previousSales.salesCount ? itemized(previousSales) / previousSales.salesCount : 0,
      currency,
    ),
    grossMargin: metric(margin, previousMargin, currency),
    grossMarginRate: {
      value: rate(margin, costed),
      previous: rate(previousMargin, previousCosted),
      changePoints: round1(rate(margin, costed) - rate(previousMargin, previousCosted)),
      unit: '%',
    },
    revenueWithoutMargin: {
      ...metric(sales.uncosted, previousSales.uncosted, currency),
      dailyTotals: round2(sales.dailyTotals),
      note: 'Declared daily takings and sales of products without a known cost: in revenue, not in the gross margin, its rate or the net result.',
    },
    expenses: metric(spent.operating, previouslySpent.operating, currency),
    stockPurchases: metric(spent.purchases, previouslySpent.purchases, currency),
    netResult: metric(margin - spent.operating, previousMargin - previouslySpent.operating, currency),
    stockValue: {
      value: round2(stock.stockValue),
      uncostedProducts: stock.uncostedInStock ?? 0,
      previous: null,
      changePct: null,
      unit: currency,
      asOf,
      // Decided: stock is a snapshot. Rebuilding past stock from the movement ledger would cost a scan of every
      // movement since the period start (too slow for the 50 ms budget on a year) and is only right if every
      // change went through the ledger.
      note: 'Current stock valued at unit cost; a snapshot, so there is no previous-period value.',
    },
    lowStockCount: {
      value: stock.lowStockCount,
      previous: null,
      changePct: null,
      unit: 'products',
      asOf,
      outOfStock: stock.outOfStockCount,
      activeProducts: stock.activeProducts,
    },
    comparable: previousSales.salesCount > 0 || previousSales.dailyTotals > 0,
    hasSales,
  };
  return { ...stats, summary: statsSummary(stats) };
}

/** A cached answer with the instant-dependent fields of `now` (the period's ends, the stock's `asOf`); keys in place. */
function restamped(built: DashboardStats, range: ReturnType<typeof resolvePeriod>, now: Date): DashboardStats {
  const asOf = now.toISOString();
  return {
    ...built,
    range: rangeOf(range),
    stockValue: { ...built.stockValue, asOf },
    lowStockCount: { ...built.lowStockCount, asOf },
  };
}

/** Cached answers are shared by every request of the business: frozen, so no caller can change another's answer. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

@Injectable()
export class DashboardService {
  private readonly statsCache: TenantReadCache<DashboardStats>;
  private readonly bestSellersCache: TenantReadCache<DashboardBestSellers>;

  constructor(
    private readonly repo: DashboardRepository,
    private readonly clock: Clock,
    private readonly credit: CreditService,
    reads: TenantReads,
    private readonly busy: BusyTimesService,
  ) {
    this.statsCache = reads.cache<DashboardStats>('dashboard.stats', STATS_CACHE_ENTRIES);
    this.bestSellersCache = reads.cache<DashboardBestSellers>('dashboard.best-sellers', BEST_SELLERS_CACHE_ENTRIES);
  }

  /**
   * Key figures for a calendar period to date vs the previous period at the same point. Five independent
   * aggregates, each over an indexed range (Sale(tenantId, soldAt), Expense(tenantId, date)), in one statement —
   * run only when the business's data changed since the figures were last computed (its data version, moved by
   * triggers on every write they read) or the clock left the window in which they hold (statsValidUntil). The
   * answer's dates and `asOf` are always today's.
   */
  async stats(tenantId: string, period: Period = 'month', now = this.clock.now()): Promise<DashboardStats> {
    const range = resolvePeriod(period, now);
    const built = await this.statsCache.get(
      tenantId,
      period,
      async () => {
        const read = await this.repo.statsFigures(
          tenantId,
          range,
          localDayRange(range.start, range.end),
          localDayRange(range.previousStart, range.previousEnd),
        );
        return { value: deepFreeze(buildStats(period, read, range, now)), validUntil: statsValidUntil(range, read, now) };
      },
      now,
    );
    return restamped(built, range, now);
  }

  /** Findings computed from the last 30 days (vs the 30 before), current prices, stock and 6 months of expenses. */
  async insights(tenantId: string, now = this.clock.now()): Promise<DashboardInsights> {
    const [currency, products, sales, expenseMonths, hasSales] = await Promise.all([
      this.repo.tenantCurrency(tenantId),
      this.repo.activeProducts(tenantId),
      this.salesWindows(tenantId, now),
      this.repo.expenseMonths(tenantId, localDate(localMonthStart(now, -INSIGHT_RULES.expenseHistoryMonths))),
      this.repo.hasAnySale(tenantId),
    ]);
    const insights = buildInsights({
      activity: productActivity(products, sales, WINDOW_DAYS),
      expenseMonths,
      windowDays: WINDOW_DAYS,
      now,
      windowStart: windowStart(now),
    });
    return findings(now, currency, insights, hasSales);
  }

  /** The best and quietest weekdays and the peak hours (BusyTimesService: its own repository and builder). */
  busyTimes(tenantId: string, now = this.clock.now()): Promise<BusyTimes> {
    return this.busy.busyTimes(tenantId, now);
  }

  /**
   * The products in stock that sold least over the last 30 days (nothing sold first), for « quel produit se vend le
   * moins ? » — `recent` counts the products added since, too new to rank.
   */
  async slowSellers(tenantId: string, now = this.clock.now()): Promise<DashboardInsights & { recent: number }> {
    const [currency, products, sales, hasSales] = await Promise.all([
      this.repo.tenantCurrency(tenantId),
      this.repo.activeProducts(tenantId),
      this.salesWindows(tenantId, now),
      this.repo.hasAnySale(tenantId),
    ]);
    const { insights, recent } = slowSellers(productActivity(products, sales, WINDOW_DAYS), WINDOW_DAYS, windowStart(now));
    return { ...findings(now, currency, insights, hasSales), recent };
  }

  /**
   * The best sellers of a calendar period to date, by revenue and by units. Computed from the sale lines, so a day's
   * takings recorded without lines count in the revenue figures but rank no product.
   */
  async bestSellers(
    tenantId: string,
    period: Period = 'month',
    options: { limit?: number; productId?: string } = {},
    now = this.clock.now(),
  ): Promise<DashboardBestSellers> {
    const limit = options.limit ?? 5;
    const range = resolvePeriod(period, now);
    const key = `${period}\u0000${limit}\u0000${options.productId ?? ''}`;
    const built = await this.bestSellersCache.get(
      tenantId,
      key,
      async () => {
        const [answer, nextLine] = await Promise.all([
          this.computeBestSellers(tenantId, period, range, limit, options.productId),
          isPastPeriod(period) ? null : this.repo.nextLineSoldAt(tenantId, now),
        ]);
        // A period to date ends now: a line dated ahead comes into it when its time comes, without any write.
        const limits = [nextLocalMidnight(now).getTime(), ...(nextLine ? [nextLine.getTime()] : [])];
        return { value: deepFreeze(answer), validUntil: Math.min(...limits) };
      },
      now,
    );
    // Only a period to date's end moves with the clock (a past period's range is fixed until the next midnight).
    const end = range.end.toISOString();
    return built.range.end === end ? built : { ...built, range: { ...built.range, end } };
  }

  private async computeBestSellers(
    tenantId: string,
    period: Period,
    range: ReturnType<typeof resolvePeriod>,
    limit: number,
    productId: string | undefined,
  ): Promise<DashboardBestSellers> {
    const options = { productId };
    const [currency, rows, pricing] = await Promise.all([
      this.repo.tenantCurrency(tenantId),
      this.repo.productSalesInRange(tenantId, range.start, range.end),
      options.productId ? this.repo.productPricing(tenantId, options.productId) : null,
    ]);
    const revenue = rows.reduce((s, r) => s + r.revenue, 0);
    // One product asked about: its own line, ranked among all products (« 3e par chiffre d'affaires »).
    const kept = (ranked: BestSellerRow[]) =>
      options.productId ? ranked.filter((r) => r.product.id === options.productId) : ranked.slice(0, limit);
    const rank = (sorted: typeof rows): BestSellerRow[] =>
      kept(
        sorted.map((r, i) => ({
          rank: i + 1,
          product: productRef({ ...r, id: r.productId, price: 0, cost: 0, stock: 0, reorderThreshold: 0 }),
          quantity: r.quantity,
          revenue: round2(r.revenue),
          margin: round2(r.margin),
          costedRevenue: round2(r.costedRevenue),
          revenueShare: revenue ? round1((r.revenue / revenue) * 100) : 0,
        })),
      );
    // Ties broken by name so the same data always gives the same order.
    const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.nameFr.localeCompare(b.nameFr);
    // Another business's product (or none) is not found, the same as a product that does not exist.
    if (options.productId && !pricing) throw notFound('Product');
    const sold = options.productId ? rows.find((r) => r.productId === options.productId) : undefined;
    const productMargin: ProductMargin | undefined = pricing
      ? { margin: round2(sold?.margin ?? 0), costedRevenue: round2(sold?.costedRevenue ?? 0), price: pricing.price, cost: pricing.cost }
      : undefined;
    return {
      period,
      currency,
      range: { start: range.start.toISOString(), end: range.end.toISOString() },
      totals: { products: rows.length, quantity: rows.reduce((s, r) => s + r.quantity, 0), revenue: round2(revenue) },
      byRevenue: rank([...rows].sort((a, b) => b.revenue - a.revenue || byName(a, b))),
      byQuantity: rank([...rows].sort((a, b) => b.quantity - a.quantity || byName(a, b))),
      ...(productMargin ? { productMargin } : {}),
    };
  }

  /** What needs attention now, most severe first. `days`: horizon for "will run out soon" (default 7). */
  async alerts(tenantId: string, options: { days?: number } = {}, now = this.clock.now()): Promise<DashboardAlerts> {
    const days = options.days ?? 7;
    const [currency, products, sales, expenseMonths, unusualExpenses, campaigns, hasSales, credit] = await Promise.all([
      this.repo.tenantCurrency(tenantId),
      this.repo.activeProducts(tenantId),
      this.salesWindows(tenantId, now),
      this.repo.expenseMonths(tenantId, localDate(localMonthStart(now, -INSIGHT_RULES.expenseHistoryMonths))),
      this.repo.unusualExpenses(
        tenantId,
        localDate(windowStart(now)),
        localDate(new Date(now.getTime() - 365 * DAY_MS)),
        ALERT_RULES.unusualExpenseFactor,
      ),
      this.repo.activeCampaigns(tenantId),
      this.repo.hasAnySale(tenantId),
      this.credit.summary(tenantId, { olderThanDays: ALERT_RULES.creditOverdueDays }),
    ]);
    const alerts = buildAlerts({
      credit: credit.customers,
      activity: productActivity(products, sales, WINDOW_DAYS),
      horizonDays: days,
      // Goods purchases scale with deliveries, not habits: a big restock is not an unusual expense.
      unusualExpenses: unusualExpenses.filter((e) => !isGoodsPurchase(e.category)).slice(0, MAX_UNUSUAL_EXPENSES),
      expenseSpikes: expenseSpikes(expenseMonths, now),
      campaigns,
      now,
    });
    const count = (s: Alert['severity']) => alerts.filter((a) => a.severity === s).length;
    return {
      generatedAt: now.toISOString(),
      currency,
      days,
      counts: { critical: count('critical'), warning: count('warning'), info: count('info'), total: alerts.length },
      alerts,
      hasSales,
      message: !hasSales && !alerts.length ? { ...NO_SALES_YET } : null,
    };
  }

  private salesWindows(tenantId: string, now: Date) {
    const mid = windowStart(now);
    return this.repo.productSalesWindows(tenantId, new Date(mid.getTime() - WINDOW_DAYS * DAY_MS), mid, now);
  }
}
