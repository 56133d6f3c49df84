import { percentChange } from '../common/time/period';
import { expenseCategoryLabel, isGoodsPurchase } from './category-labels';
import type { ExpenseMonth } from './dashboard.repository';
import { localMonthKey, localMonthStart } from '../common/time/local-time';
import { formatMoney, formatNumber, formatPercent, productCategoryLabel, productName, unitName, type Lang } from '@tajer/contract';
import { round1, round2, type Localized } from '../common/localisation/localized';
import { messages } from '../common/localisation/messages';
import { productRef, type ProductActivity } from './product-view';

/**
 * Insights are computed from the business's own figures; each carries the evidence it rests on so the assistant
 * (or the owner) can check it. Pure functions: the service fetches, these decide.
 */
export type Severity = 'critical' | 'warning' | 'info';
export type InsightType =
  'best_sellers' | 'decliner' | 'margin_outlier' | 'expense_spike' | 'stock_cover' | 'dormant_stock' | 'slow_seller';

/** What the dashboard finds, whichever builder finds it (insights, alerts, busy times): a titled fact and its figures. */
export interface Finding<Type extends string, Level extends Severity = Severity> {
  type: Type;
  severity: Level;
  title: Localized;
  evidence: Record<string, unknown>;
}

export type Insight = Finding<InsightType>;

/** Thresholds, named so the rules read like the business rules they are. */
export const INSIGHT_RULES = {
  topN: 5,
  /** A decline is reported from -20 % on a base worth looking at. */
  declineMinPct: -20,
  declineMinPreviousQuantity: 10,
  maxDecliners: 3,
  /** A margin is an outlier when this many points (or this share of the median) away from its category median. */
  marginOutlierMinPoints: 7,
  marginOutlierMinShareOfMedian: 0.4,
  maxMarginOutliers: 5,
  /** A category spends "well above" its habit at 1.5× its usual month (and at least 1 000 DZD more). */
  expenseSpikeRatio: 1.5,
  expenseSpikeMinExcess: 1000,
  expenseHistoryMonths: 6,
  /** Cover under this many days makes the cover insight a warning. */
  shortCoverDays: 7,
  coverListSize: 10,
  /** Products named in the dormant-stock finding, and ranked when the least sold are asked for. */
  dormantNamed: 3,
  slowListSize: 5,
} as const;

const name = (a: ProductActivity, l: Lang) => productName(productRef(a.product), l);

export function bestSellers(activity: ProductActivity[], windowDays: number): Insight | null {
  const selling = activity.filter((a) => a.quantity > 0);
  if (!selling.length) return null;
  const totalRevenue = selling.reduce((s, a) => s + a.revenue, 0);
  const row = (a: ProductActivity) => ({
    product: productRef(a.product),
    revenue: a.revenue,
    quantity: a.quantity,
    revenueSharePct: totalRevenue ? round1((a.revenue / totalRevenue) * 100) : 0,
  });
  const byRevenue = [...selling].sort((a, b) => b.revenue - a.revenue).slice(0, INSIGHT_RULES.topN);
  const byQuantity = [...selling].sort((a, b) => b.quantity - a.quantity).slice(0, INSIGHT_RULES.topN);
  const [r, q] = [byRevenue[0], byQuantity[0]];
  return {
    type: 'best_sellers',
    severity: 'info',
    title: messages('dashboard.insight.bestSellers', (l) => ({
      windowDays,
      byRevenue: name(r, l),
      revenue: formatMoney(r.revenue, l),
      byQuantity: name(q, l),
      quantity: formatNumber(q.quantity, l),
      unit: unitName(q.product.unit, q.quantity, l),
    })),
    evidence: { windowDays, totalRevenue: round2(totalRevenue), byRevenue: byRevenue.map(row), byQuantity: byQuantity.map(row) },
  };
}

export function decliners(activity: ProductActivity[], windowDays: number): Insight[] {
  return activity
    .filter((a) => a.previousQuantity >= INSIGHT_RULES.declineMinPreviousQuantity && a.previousRevenue > 0)
    .map((a) => ({ a, change: percentChange(a.revenue, a.previousRevenue) ?? 0 }))
    .filter(({ change }) => change <= INSIGHT_RULES.declineMinPct)
    .sort((x, y) => x.change - y.change)
    .slice(0, INSIGHT_RULES.maxDecliners)
    .map(({ a, change }) => ({
      type: 'decliner' as const,
      severity: 'warning' as const,
      title: messages('dashboard.insight.decliner', (l) => ({
        product: name(a, l),
        change: formatPercent(Math.abs(change), l),
        windowDays,
        before: formatMoney(a.previousRevenue, l),
        after: formatMoney(a.revenue, l),
      })),
      evidence: {
        product: productRef(a.product),
        windowDays,
        revenue: a.revenue,
        previousRevenue: a.previousRevenue,
        changePct: change,
        quantity: a.quantity,
        previousQuantity: a.previousQuantity,
      },
    }));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Shelf margin (price vs cost) compared with the median of the product's category. */
export function marginOutliers(activity: ProductActivity[]): Insight[] {
  // A product without a known cost has no margin to compare.
  const priced = activity.filter((a) => a.product.price > 0 && a.product.cost !== null);
  const byCategory = new Map<string, ProductActivity[]>();
  for (const a of priced) byCategory.set(a.product.category, [...(byCategory.get(a.product.category) ?? []), a]);
  const outliers: { a: ProductActivity; marginPct: number; medianPct: number; deviation: number }[] = [];
  for (const members of byCategory.values()) {
    if (members.length < 3) continue; // a median of two says nothing
    const margins = members.map((a) => ((a.product.price - a.product.cost!) / a.product.price) * 100);
    const medianPct = median(margins);
    const threshold = Math.max(INSIGHT_RULES.marginOutlierMinPoints, Math.abs(medianPct) * INSIGHT_RULES.marginOutlierMinShareOfMedian);
    members.forEach((a, i) => {
      const deviation = margins[i] - medianPct;
      if (Math.abs(deviation) >= threshold) outliers.push({ a, marginPct: margins[i], medianPct, deviation });
    });
  }
  return outliers
    .sort((x, y) => Math.abs(y.deviation) - Math.abs(x.deviation))
    .slice(0, INSIGHT_RULES.maxMarginOutliers)
    .map(({ a, marginPct, medianPct, deviation }) => {
      const below = deviation < 0;
      const cat = productCategoryLabel(a.product.category);
      return {
        type: 'margin_outlier' as const,
        severity: below ? ('warning' as const) : ('info' as const),
        title: messages('dashboard.insight.marginOutlier', (l) => ({
          product: name(a, l),
          margin: formatPercent(marginPct, l),
          below: below ? 'yes' : 'no',
          category: cat[l],
          median: formatPercent(medianPct, l),
        })),
        evidence: {
          product: productRef(a.product),
          direction: below ? 'below' : 'above',
          marginPct: round1(marginPct),
          categoryMedianPct: round1(medianPct),
          deviationPoints: round1(deviation),
          price: a.product.price,
          cost: a.product.cost,
          revenueLast30Days: a.revenue,
        },
      };
    });
}

export interface ExpenseSpike {
  category: string;
  categoryLabel: Localized;
  month: string;
  monthToDate: number;
  /** The category's usual month: average over the last 6 months in which it had any spending. */
  usualMonth: number;
  /** How many of the last 6 months had spending in this category. */
  activeMonths: number;
  ratio: number;
}

/**
 * Operating-expense categories whose month-to-date spending already exceeds their usual month by a wide margin.
 * The usual month averages only months with spending, so bills that come every two or three months (electricity,
 * water) are compared with a bill, not with a third of one. Goods purchases follow sales, not habits: left out.
 */
export function expenseSpikes(months: ExpenseMonth[], now: Date): ExpenseSpike[] {
  const current = localMonthKey(now);
  const history = new Set(
    Array.from({ length: INSIGHT_RULES.expenseHistoryMonths }, (_, i) => localMonthKey(localMonthStart(now, -(i + 1)))),
  );
  const categories = new Set(months.filter((m) => !isGoodsPurchase(m.category)).map((m) => m.category));
  const spikes: ExpenseSpike[] = [];
  for (const category of categories) {
    const rows = months.filter((m) => m.category === category);
    const monthToDate = rows.filter((m) => m.month === current).reduce((s, m) => s + m.total, 0);
    const past = rows.filter((m) => history.has(m.month) && m.total > 0);
    if (past.length < 2) continue; // a new or one-off category has no habit to compare with
    const usual = past.reduce((s, m) => s + m.total, 0) / past.length;
    if (monthToDate >= usual * INSIGHT_RULES.expenseSpikeRatio && monthToDate - usual >= INSIGHT_RULES.expenseSpikeMinExcess) {
      spikes.push({
        category,
        categoryLabel: expenseCategoryLabel(category),
        month: current,
        monthToDate: round2(monthToDate),
        usualMonth: round2(usual),
        activeMonths: past.length,
        ratio: round1(monthToDate / usual),
      });
    }
  }
  return spikes.sort((a, b) => b.ratio - a.ratio);
}

export function expenseSpikeTitle(s: ExpenseSpike): Localized {
  return messages('dashboard.insight.expenseSpike', (l) => ({
    category: s.categoryLabel[l],
    amount: formatMoney(s.monthToDate, l),
    ratio: formatNumber(s.ratio, l, 1),
    usual: formatMoney(s.usualMonth, l),
  }));
}

export const expenseSpikeInsights = (spikes: ExpenseSpike[]): Insight[] =>
  spikes.map((s) => ({ type: 'expense_spike', severity: 'warning', title: expenseSpikeTitle(s), evidence: { ...s } }));

/** Days of stock cover at the recent selling pace, shortest first. */
export function stockCover(activity: ProductActivity[], windowDays: number): Insight | null {
  // Products already at zero are alerts (out of stock), not a cover to watch.
  const covered = activity
    .filter((a) => a.daysOfCover !== null && a.product.stock > 0)
    .sort((a, b) => (a.daysOfCover as number) - (b.daysOfCover as number))
    .slice(0, INSIGHT_RULES.coverListSize);
  if (!covered.length) return null;
  const first = covered[0];
  const days = first.daysOfCover as number;
  return {
    type: 'stock_cover',
    severity: days < INSIGHT_RULES.shortCoverDays ? 'warning' : 'info',
    title: messages('dashboard.insight.stockCover', (l) => ({
      product: name(first, l),
      // The plural follows the figure as shown (one decimal), not the unrounded cover.
      days: round1(days),
      daysText: formatNumber(days, l, 1),
      stock: formatNumber(first.product.stock, l),
      unit: unitName(first.product.unit, first.product.stock, l),
    })),
    evidence: {
      windowDays,
      products: covered.map((a) => ({
        product: productRef(a.product),
        stock: a.product.stock,
        averageDailyUnits: a.averageDailyUnits,
        daysOfCover: a.daysOfCover,
      })),
    },
  };
}

/**
 * On the shelf for the whole window: added before it began, or sold in the window before (a catalogue imported last
 * week has had no time to sell, and calling it dormant would be wrong). Products without a known date count as old.
 */
const onShelfAllWindow = (a: ProductActivity, windowStart: Date) =>
  !a.product.createdAt || a.product.createdAt <= windowStart || a.previousQuantity > 0;

/** Stock's worth at purchase cost, the measure of the shop's money tied up (0 when the cost is unknown). */
const tiedUp = (a: ProductActivity) => (a.product.cost !== null && a.product.stock > 0 ? a.product.stock * a.product.cost : 0);

/** Products in stock that sold nothing over the whole window: money sleeping on the shelf, most money first. */
export function dormantStock(activity: ProductActivity[], windowDays: number, windowStart: Date): Insight | null {
  const dormant = activity
    .filter((a) => a.product.stock > 0 && a.quantity === 0 && onShelfAllWindow(a, windowStart))
    .sort((x, y) => tiedUp(y) - tiedUp(x) || y.product.stock - x.product.stock);
  if (!dormant.length) return null;
  const value = round2(dormant.reduce((s, a) => s + tiedUp(a), 0));
  const named = dormant.slice(0, INSIGHT_RULES.dormantNamed);
  return {
    type: 'dormant_stock',
    severity: 'info',
    title: messages('dashboard.insight.dormantStock', (l) => ({
      count: dormant.length,
      windowDays,
      hasValue: value > 0 ? 'yes' : 'no',
      value: formatMoney(value, l),
      products: new Intl.ListFormat(l, { type: 'conjunction' }).format(named.map((a) => name(a, l))),
      others: dormant.length - named.length,
    })),
    evidence: {
      windowDays,
      valueAtCost: value,
      products: dormant.map((a) => ({ product: productRef(a.product), stock: a.product.stock, valueAtCost: round2(tiedUp(a)) })),
    },
  };
}

/**
 * « Quel produit se vend le moins ? »: the products on the shelf the whole window, fewest units sold first (nothing sold
 * first of all), the most money tied up first among equals. Products added during the window are counted apart.
 */
export function slowSellers(activity: ProductActivity[], windowDays: number, windowStart: Date): { insights: Insight[]; recent: number } {
  const inStock = activity.filter((a) => a.product.stock > 0);
  const ranked = inStock
    .filter((a) => onShelfAllWindow(a, windowStart))
    .sort((x, y) => x.quantity - y.quantity || tiedUp(y) - tiedUp(x) || y.product.stock - x.product.stock)
    .slice(0, INSIGHT_RULES.slowListSize);
  const insights = ranked.map((a) => ({
    type: 'slow_seller' as const,
    severity: a.quantity === 0 ? ('warning' as const) : ('info' as const),
    title: messages('dashboard.insight.slowSeller', (l) => ({
      product: name(a, l),
      quantity: a.quantity,
      quantityText: formatNumber(a.quantity, l),
      soldUnit: unitName(a.product.unit, a.quantity, l),
      windowDays,
      stockText: formatNumber(a.product.stock, l),
      stockUnit: unitName(a.product.unit, a.product.stock, l),
      hasValue: tiedUp(a) > 0 ? 'yes' : 'no',
      value: formatMoney(tiedUp(a), l),
    })),
    evidence: {
      product: productRef(a.product),
      windowDays,
      quantity: a.quantity,
      revenue: a.revenue,
      stock: a.product.stock,
      valueAtCost: round2(tiedUp(a)),
    },
  }));
  return { insights, recent: inStock.filter((a) => !onShelfAllWindow(a, windowStart)).length };
}

export function buildInsights(input: {
  activity: ProductActivity[];
  expenseMonths: ExpenseMonth[];
  windowDays: number;
  now: Date;
  /** Where the window began: products added after it are too new to call dormant. */
  windowStart: Date;
}): Insight[] {
  const { activity, windowDays, now } = input;
  return [
    bestSellers(activity, windowDays),
    ...decliners(activity, windowDays),
    ...marginOutliers(activity),
    ...expenseSpikeInsights(expenseSpikes(input.expenseMonths, now)),
    stockCover(activity, windowDays),
    dormantStock(activity, windowDays, input.windowStart),
  ].filter((i): i is Insight => i !== null);
}
