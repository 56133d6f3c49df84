import { SHOP_UTC_OFFSET_MINUTES } from '../common/time/period';

/**
 * Expense dates are calendar days (a DATE column), and "today" is the shop's day in Algiers, not UTC's: a receipt
 * scanned at 00:30 in Algiers on the 15th is dated the 15th although it is still the 14th in UTC.
 */
export function shopToday(now: Date = new Date()): string {
  return new Date(now.getTime() + SHOP_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/** The shop-local calendar day containing an instant, as YYYY-MM-DD. */
export const shopDay = shopToday;

/** A YYYY-MM-DD day as the Date Prisma stores in a DATE column (midnight UTC). */
export const dayToDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

export const dateToDay = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  return dateToDay(new Date(dayToDate(day).getTime() + n * 86_400_000));
}
