import { NO_SALES_YET } from '@tajer/tools';
import type { DashboardStats, Metric } from './dashboard.service';
import { formatMoney, formatNumber, formatPercent, marginKnown } from '@tajer/contract';
import { localize, type Language, type Localized } from '../common/localisation/localized';
import { message, messages } from '../common/localisation/messages';
import { PERIOD_LABEL, VS_PREVIOUS_LABEL } from '../common/time/period-labels';

/** Paragraphs of the figures seen last, by figures: see statsSummary. */
const recent = new Map<string, Localized>();
const RECENT_MAX = 256;

/**
 * One paragraph per language with the headline figures, so even an offline assistant can answer from the result.
 * It is a pure function of the figures, and a dashboard is polled with figures that mostly did not change, while
 * writing it (an ICU message with a dozen amounts formatted, in three languages) was about a tenth of a stats
 * request's CPU: the paragraphs of the last figures seen are reused. The key is every field but the period's dates
 * and the stock's `asOf` (which move with the clock and are not in the paragraph), so nothing stale can come back.
 */
export function statsSummary(s: Omit<DashboardStats, 'summary'>): Localized {
  const key = JSON.stringify(s, (field, value: unknown) => (field === 'range' || field === 'asOf' ? undefined : value));
  const hit = recent.get(key);
  if (hit) return hit;
  const summary = Object.freeze(writeSummary(s));
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(key, summary);
  return summary;
}

function writeSummary(s: Omit<DashboardStats, 'summary'>): Localized {
  if (!s.hasSales) return firstRunSummary(s);
  // Without sales in the previous period (a history shorter than the comparison), percentages would be noise.
  const showChange = (m: Metric) => s.comparable && m.changePct !== null;
  const change = (m: Metric, l: Language) => (showChange(m) ? formatPercent(m.changePct as number, l, { signed: true }) : '');
  return messages('dashboard.stats.summary', (l) => {
    const money = (n: number) => formatMoney(n, l);
    return {
      period: PERIOD_LABEL[s.period][l],
      revenue: money(s.revenue.value),
      hasRevenueChange: showChange(s.revenue) ? 'yes' : 'no',
      revenueChange: change(s.revenue, l),
      salesCount: s.salesCount.value,
      sales: formatNumber(s.salesCount.value, l),
      // Declared takings and products without a cost are in revenue but not in the margin: say so, or the rate misleads.
      hasUnmargined: s.revenueWithoutMargin.value ? 'yes' : 'no',
      unmargined: money(s.revenueWithoutMargin.value),
      basket: money(s.averageBasket.value),
      // Every sale without a known cost: the margin and the net result are unknown, not 0 and minus the expenses.
      marginKnown: marginKnown(s) ? 'yes' : 'no',
      margin: money(s.grossMargin.value),
      rate: formatPercent(s.grossMarginRate.value, l),
      expenses: money(s.expenses.value),
      purchases: money(s.stockPurchases.value),
      net: money(s.netResult.value),
      hasNetChange: showChange(s.netResult) ? 'yes' : 'no',
      netChange: change(s.netResult, l),
      comparable: s.comparable ? 'yes' : 'no',
      vs: VS_PREVIOUS_LABEL[s.period][l],
      stock: money(s.stockValue.value),
      // Products in stock without a cost are not in the value: « none » known (the value is unknown), « part », or all.
      stockKnown: !s.stockValue.uncostedProducts ? 'all' : s.stockValue.value ? 'part' : 'none',
      uncosted: s.stockValue.uncostedProducts,
      low: s.lowStockCount.value,
    };
  });
}

/** A business that never sold anything: what to do first, then only the figures that already exist (no zeros). */
function firstRunSummary(s: Omit<DashboardStats, 'summary'>): Localized {
  return localize((l) => {
    const extra: string[] = [];
    if (s.expenses.value) extra.push(message(l, 'dashboard.firstRun.expenses', { amount: formatMoney(s.expenses.value, l) }));
    if (s.stockValue.value) extra.push(message(l, 'dashboard.firstRun.stock', { amount: formatMoney(s.stockValue.value, l) }));
    return [NO_SALES_YET[l], ...extra].join(' ');
  });
}
