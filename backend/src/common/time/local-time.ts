import { SHOP_UTC_OFFSET_MINUTES } from './period';

/**
 * Calendar helpers in the shop's time (Algeria, UTC+1). Sales are instants; expenses are dated by local calendar day
 * (a DATE column), so period bounds must be turned into local days before filtering them.
 */
export const DAY_MS = 86_400_000;
const OFFSET_MS = SHOP_UTC_OFFSET_MINUTES * 60_000;

const toLocal = (instant: Date) => new Date(instant.getTime() + OFFSET_MS);
const fromLocal = (local: Date) => new Date(local.getTime() - OFFSET_MS);

/** 'YYYY-MM-DD' of the local day containing the instant. */
export function localDate(instant: Date): string {
  return toLocal(instant).toISOString().slice(0, 10);
}

/** The local days covered by [start, end): first day, and the first day after (exclusive). */
export function localDayRange(start: Date, end: Date): { from: string; to: string } {
  const endLocal = toLocal(end);
  const endsAtMidnight = endLocal.getTime() % DAY_MS === 0;
  const exclusive = endsAtMidnight ? endLocal : new Date(endLocal.getTime() - (endLocal.getTime() % DAY_MS) + DAY_MS);
  return { from: localDate(start), to: exclusive.toISOString().slice(0, 10) };
}

/**
 * [start, end) cut at local midnights: the whole local days inside it ('YYYY-MM-DD', `to` exclusive; none when
 * `from` = `to`) and the instants before the first and after the last of them (empty pieces when start or end is a
 * midnight). The dashboard reads the whole days from the daily rollups and only the pieces from the sales.
 */
export function splitAtLocalDays(start: Date, end: Date): { days: { from: string; to: string }; pieces: [Date, Date][] } {
  const startLocal = toLocal(start).getTime();
  const endLocal = toLocal(end).getTime();
  const firstMidnight = Math.ceil(startLocal / DAY_MS) * DAY_MS;
  const lastMidnight = Math.floor(endLocal / DAY_MS) * DAY_MS;
  if (firstMidnight >= lastMidnight) {
    const none = localDate(start);
    return { days: { from: none, to: none }, pieces: [[start, end]] };
  }
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    days: { from: day(firstMidnight), to: day(lastMidnight) },
    pieces: [
      [start, fromLocal(new Date(firstMidnight))],
      [fromLocal(new Date(lastMidnight)), end],
    ],
  };
}

/** The first local midnight after `now` (a UTC instant): when "today" becomes another day. */
export function nextLocalMidnight(now: Date): Date {
  const local = toLocal(now).getTime();
  return fromLocal(new Date(Math.floor(local / DAY_MS) * DAY_MS + DAY_MS));
}

/** Start (as a UTC instant) of the local calendar month `offset` months from the one containing `now`. */
export function localMonthStart(now: Date, offset = 0): Date {
  const local = toLocal(now);
  return fromLocal(new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + offset, 1)));
}

/** 'YYYY-MM' of the local month containing the instant. */
export function localMonthKey(instant: Date): string {
  return localDate(instant).slice(0, 7);
}

/** Days elapsed in the current local month, counting today as a whole day. */
export function daysIntoLocalMonth(now: Date): number {
  return toLocal(now).getUTCDate();
}

export const daysBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / DAY_MS;
