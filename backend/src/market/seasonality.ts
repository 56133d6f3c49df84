import { formatMonth } from '@tajer/contract';
import { DAY_MS, localMonthKey, localMonthStart } from '../common/time/local-time';
import { LANGUAGES, round1, round2, type Localized } from '../common/localisation/localized';
import type { CategoryMonth } from './market.repository';

/**
 * Monthly seasonality over the last 12 full months. The index compares each month's revenue *per day* with the
 * average month, so a 28-day February or a first month the history only partly covers is not mistaken for a
 * slump. 100 = an average month; 140 = 40 % busier than usual.
 */
export interface SeasonMonth {
  /** 'YYYY-MM' (local month). */
  month: string;
  label: Localized;
  revenue: number;
  /** Days of the month covered by the sales history (the first month may be partial). */
  daysCovered: number;
  /** The history starts inside this month: its revenue is not a whole month's. */
  partial: boolean;
  dailyAverage: number;
  /** null when the history does not cover the month. */
  index: number | null;
}

export interface Seasonality {
  months: SeasonMonth[];
  /** Average month revenue (average daily revenue × 365/12). */
  averageMonthRevenue: number;
  peak: SeasonMonth | null;
  trough: SeasonMonth | null;
}

export function monthLabel(month: string, style: 'long' | 'short' = 'long'): Localized {
  return Object.fromEntries(LANGUAGES.map((l) => [l, formatMonth(month, l, style)])) as Localized;
}

/** `from`/`to`: local month starts as UTC instants (to exclusive); `firstSaleAt`: start of the history. */
export function seasonality(rows: CategoryMonth[], from: Date, to: Date, firstSaleAt: Date | null): Seasonality {
  const revenueByMonth = new Map<string, number>();
  for (const r of rows) revenueByMonth.set(r.month, (revenueByMonth.get(r.month) ?? 0) + r.revenue);

  const months: SeasonMonth[] = [];
  for (let start = from; start < to;) {
    const nextStart = localMonthStart(start, 1);
    const key = localMonthKey(start);
    const coveredFrom = firstSaleAt && firstSaleAt > start ? firstSaleAt : start;
    const daysCovered = Math.max(0, Math.round(((nextStart.getTime() - coveredFrom.getTime()) / DAY_MS) * 10) / 10);
    const monthDays = Math.round((nextStart.getTime() - start.getTime()) / DAY_MS);
    const revenue = revenueByMonth.get(key) ?? 0;
    months.push({
      month: key,
      label: monthLabel(key),
      revenue: round2(revenue),
      daysCovered: Math.ceil(daysCovered),
      partial: daysCovered < monthDays,
      dailyAverage: daysCovered >= 1 ? round2(revenue / daysCovered) : 0,
      index: null,
    });
    start = nextStart;
  }
  const covered = months.filter((m) => m.daysCovered >= 1 && firstSaleAt !== null);
  const mean = covered.length ? covered.reduce((s, m) => s + m.dailyAverage, 0) / covered.length : 0;
  for (const m of covered) m.index = mean ? round1((m.dailyAverage / mean) * 100) : null;
  const ranked = covered.filter((m) => m.index !== null).sort((a, b) => (b.index as number) - (a.index as number));
  return {
    months,
    averageMonthRevenue: round2((mean * 365) / 12),
    peak: ranked[0] ?? null,
    trough: ranked[ranked.length - 1] ?? null,
  };
}
