import { isPastPeriod, PAST_PERIOD_OF, PERIODS, type Period } from '@tajer/contract';
import { z } from 'zod';

// The reporting windows are the contract's vocabulary (the tools, the REST API and the NLU take the same keys).
export { PERIODS, type Period } from '@tajer/contract';
export const PeriodSchema = z
  .enum(PERIODS)
  .describe('today | week | month | quarter | year (to date) | yesterday | last_week | last_month | last_year (whole)');

/** The calendar unit a period is cut in: « le mois dernier » is a month. */
type Unit = Exclude<Period, keyof typeof PAST_PERIOD_OF>;

/** Algeria is UTC+1 all year (no daylight saving): shops think in local days. */
export const SHOP_UTC_OFFSET_MINUTES = 60;

export interface PeriodRange {
  period: Period;
  /** Inclusive start, exclusive end (now for a period to date, the next local midnight for a whole past one). */
  start: Date;
  end: Date;
  /** The previous calendar period, cut at the same elapsed time (whole for a past period), for fair comparisons. */
  previousStart: Date;
  previousEnd: Date;
}

const shift = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);

/** Calendar start of the period containing `now`, in shop-local time, returned as a UTC instant. */
function periodStart(period: Unit, localNow: Date): Date {
  const y = localNow.getUTCFullYear();
  const m = localNow.getUTCMonth();
  const d = localNow.getUTCDate();
  switch (period) {
    case 'today':
      return new Date(Date.UTC(y, m, d));
    case 'week': // Algerian week starts on Sunday (weekend: Friday–Saturday)
      return new Date(Date.UTC(y, m, d - localNow.getUTCDay()));
    case 'month':
      return new Date(Date.UTC(y, m, 1));
    case 'quarter':
      return new Date(Date.UTC(y, m - (m % 3), 1));
    case 'year':
      return new Date(Date.UTC(y, 0, 1));
  }
}

function previousPeriodStart(period: Unit, start: Date): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  const d = start.getUTCDate();
  switch (period) {
    case 'today':
      return new Date(Date.UTC(y, m, d - 1));
    case 'week':
      return new Date(Date.UTC(y, m, d - 7));
    case 'month':
      return new Date(Date.UTC(y, m - 1, 1));
    case 'quarter':
      return new Date(Date.UTC(y, m - 3, 1));
    case 'year':
      return new Date(Date.UTC(y - 1, 0, 1));
  }
}

export function resolvePeriod(period: Period, now: Date = new Date()): PeriodRange {
  const localNow = shift(now, SHOP_UTC_OFFSET_MINUTES);
  if (isPastPeriod(period)) {
    // « Le mois dernier »: the whole previous month, against the whole month before it.
    const unit = PAST_PERIOD_OF[period];
    const localEnd = periodStart(unit, localNow);
    const localStart = previousPeriodStart(unit, localEnd);
    const localPrevStart = previousPeriodStart(unit, localStart);
    return {
      period,
      start: shift(localStart, -SHOP_UTC_OFFSET_MINUTES),
      end: shift(localEnd, -SHOP_UTC_OFFSET_MINUTES),
      previousStart: shift(localPrevStart, -SHOP_UTC_OFFSET_MINUTES),
      previousEnd: shift(localStart, -SHOP_UTC_OFFSET_MINUTES),
    };
  }
  const localStart = periodStart(period, localNow);
  const localPrevStart = previousPeriodStart(period, localStart);
  const elapsed = localNow.getTime() - localStart.getTime();
  // A month-to-date on the 31st compared with a 30-day month must not run into the current period.
  const localPrevEnd = new Date(Math.min(localPrevStart.getTime() + elapsed, localStart.getTime()));
  return {
    period,
    start: shift(localStart, -SHOP_UTC_OFFSET_MINUTES),
    end: now,
    previousStart: shift(localPrevStart, -SHOP_UTC_OFFSET_MINUTES),
    previousEnd: shift(localPrevEnd, -SHOP_UTC_OFFSET_MINUTES),
  };
}

/** Relative change in percent, rounded to 0.1; null when there is no base to compare with. */
export function percentChange(current: number, previous: number): number | null {
  if (!previous) return current ? null : 0;
  return Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10;
}
