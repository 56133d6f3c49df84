/**
 * Which day the Sales page lists: today and yesterday by name (the server counts them on the business's clock, so the
 * page never has to agree with the phone's date), any other day as its calendar date — a customer brings back on
 * Saturday what was sold on Thursday, and the refund is made on Thursday's sale.
 */
export type SalesDay = 'today' | 'yesterday' | `${number}-${number}-${number}`;

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The `/api/sales` query for a day: a named period, or from = to = that day. */
export function salesDayQuery(day: SalesDay): { period: 'today' | 'yesterday' } | { from: string; to: string } {
  return day === 'today' || day === 'yesterday' ? { period: day } : { from: day, to: day };
}

/** What a date input gave: a calendar day, or today when it was cleared. */
export const pickedDay = (value: string): SalesDay => (CALENDAR_DAY.test(value) ? (value as SalesDay) : 'today');
