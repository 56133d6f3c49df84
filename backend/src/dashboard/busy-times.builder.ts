import { formatMoney, formatNumber, formatPercent, formatWeekday, type Lang } from '@tajer/contract';
import { round1, round2 } from '../common/localisation/localized';
import { messages } from '../common/localisation/messages';
import type { Finding } from './insights.builder';

/** One (local weekday, local hour) cell of the window's sales, as BusyTimesRepository sums it. */
export interface BusyCell {
  /** ISO weekday, 1 = Monday … 7 = Sunday, in the shop's time. */
  weekday: number;
  /** 0–23, in the shop's time. */
  hour: number;
  /** Tickets (sales told or rung up; refunds and declared daily totals are not tickets). */
  tickets: number;
  /** Revenue net of refunds, declared daily totals included (as the dashboard counts it). */
  revenue: number;
}

export type BusyFinding = Finding<'best_day' | 'quiet_day' | 'peak_hours' | 'quiet_hours' | 'weekdays', 'info'>;

export const BUSY_RULES = {
  /** Eight whole weeks: every weekday counted the same number of times, recent enough to act on. */
  weeks: 8,
  /** Hours are read in blocks of two: a single hour is too noisy for a small shop. */
  blockHours: 2,
  /** Below this many tickets the hours say nothing yet. */
  minTickets: 50,
};

interface Day {
  weekday: number;
  /** An average day of that weekday over the window (takings / weeks). */
  average: number;
  tickets: number;
}

/**
 * « Quel jour je vends le plus ? », « à quelle heure ? »: the best and quietest weekdays by their average takings over
 * whole weeks, the two-hour blocks with the most and fewest tickets among the hours the shop sells, and every weekday's
 * average. Pure: the repository sums the sales by local weekday and hour.
 */
export function busyTimes(cells: BusyCell[], weeks = BUSY_RULES.weeks): BusyFinding[] {
  const days: Day[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const of = cells.filter((c) => c.weekday === weekday);
    const revenue = of.reduce((s, c) => s + c.revenue, 0);
    return { weekday, average: round2(revenue / weeks), tickets: of.reduce((s, c) => s + c.tickets, 0) };
  });
  const selling = days.filter((d) => d.average > 0);
  if (!selling.length) return [];
  const ranked = [...selling].sort((a, b) => b.average - a.average || a.weekday - b.weekday);
  const dayValues = (d: Day) => (l: Lang) => ({
    day: formatWeekday(d.weekday, l),
    amount: formatMoney(d.average, l),
    sales: formatNumber(Math.round(d.tickets / weeks), l),
  });
  const findings: BusyFinding[] = [
    {
      type: 'best_day',
      severity: 'info',
      title: messages('dashboard.busy.bestDay', dayValues(ranked[0])),
      evidence: { weekday: ranked[0].weekday, average: ranked[0].average, tickets: ranked[0].tickets, weeks },
    },
  ];
  const quiet = ranked.at(-1)!;
  if (ranked.length > 1)
    findings.push({
      type: 'quiet_day',
      severity: 'info',
      title: messages('dashboard.busy.quietDay', dayValues(quiet)),
      evidence: { weekday: quiet.weekday, average: quiet.average, tickets: quiet.tickets, weeks },
    });
  findings.push(...hourFindings(cells));
  findings.push({
    type: 'weekdays',
    severity: 'info',
    title: messages('dashboard.busy.weekdays', (l) => ({
      days: new Intl.ListFormat(l, { type: 'unit', style: 'short' }).format(
        days.map((d) => `${formatWeekday(d.weekday, l, 'short')} ${formatMoney(d.average, l)}`),
      ),
    })),
    evidence: { weeks, days },
  });
  return findings;
}

/** The two-hour blocks with the most and the fewest tickets, among the hours in which the shop sold anything. */
function hourFindings(cells: BusyCell[]): BusyFinding[] {
  const byHour = Array.from({ length: 24 }, (_, hour) => cells.filter((c) => c.hour === hour).reduce((s, c) => s + c.tickets, 0));
  const total = byHour.reduce((s, n) => s + n, 0);
  if (total < BUSY_RULES.minTickets) return [];
  const open = byHour.map((n, hour) => (n > 0 ? hour : -1)).filter((h) => h >= 0);
  const blocks = open
    .filter((h) => h + BUSY_RULES.blockHours - 1 <= open.at(-1)!)
    .map((from) => ({ from, tickets: byHour.slice(from, from + BUSY_RULES.blockHours).reduce((s, n) => s + n, 0) }));
  if (!blocks.length) return [];
  const peak = blocks.reduce((a, b) => (b.tickets > a.tickets ? b : a));
  const low = blocks.reduce((a, b) => (b.tickets < a.tickets ? b : a));
  const finding = (type: 'peak_hours' | 'quiet_hours', b: { from: number; tickets: number }): BusyFinding => {
    const share = round1((b.tickets / total) * 100);
    return {
      type,
      severity: 'info',
      title: messages(type === 'peak_hours' ? 'dashboard.busy.peakHours' : 'dashboard.busy.quietHours', (l) => ({
        from: formatNumber(b.from, l),
        to: formatNumber(b.from + BUSY_RULES.blockHours, l),
        share: formatPercent(share, l),
      })),
      evidence: { from: b.from, to: b.from + BUSY_RULES.blockHours, tickets: b.tickets, sharePct: share },
    };
  };
  return low.from === peak.from ? [finding('peak_hours', peak)] : [finding('peak_hours', peak), finding('quiet_hours', low)];
}
