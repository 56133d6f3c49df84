/**
 * Dates for the demo: the covered window, Algeria's local time and the Islamic calendar.
 * Ramadan and the two Aïds move ~11 days earlier every year, so they are computed (ICU's Umm al-Qura calendar,
 * shipped with Node) rather than hard-coded: the seed stays right whatever year it runs in.
 */
export const DAY_MS = 86_400_000;
/** Algeria is UTC+1 all year (no daylight saving). */
export const ALGERIA_UTC_OFFSET_HOURS = 1;

export interface DateRange {
  /** Inclusive, 00:00 UTC. */
  start: Date;
  /** Exclusive, 00:00 UTC. */
  end: Date;
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The seed's window: the 12 calendar months that end at `now` (exclusive). */
export function seedWindow(now: Date): DateRange {
  const end = startOfUtcDay(now);
  const start = new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), end.getUTCDate()));
  return { start, end };
}

export function eachDay(range: DateRange): Date[] {
  const days: Date[] = [];
  for (let t = range.start.getTime(); t < range.end.getTime(); t += DAY_MS) days.push(new Date(t));
  return days;
}

/** A UTC instant for a local (Algiers) wall-clock time on the given UTC day. */
export function algiersTime(day: Date, hour: number, minute: number, second = 0): Date {
  return new Date(day.getTime() + ((hour - ALGERIA_UTC_OFFSET_HOURS) * 3600 + minute * 60 + second) * 1000);
}

/** 'YYYY-MM' of a UTC date. */
export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

const hijri = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', day: 'numeric', month: 'numeric' });
// A Node built with small-icu silently falls back to the Gregorian calendar ("Ramadan" would become September).
const hasUmmAlQura = hijri.resolvedOptions().calendar === 'islamic-umalqura';

export function hijriDate(date: Date): { month: number; day: number } {
  if (!hasUmmAlQura) return tabularHijri(date);
  const parts = hijri.formatToParts(date);
  const get = (type: 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value.replace(/\D/g, ''));
  return { month: get('month'), day: get('day') };
}

/** Arithmetic (tabular) Islamic calendar: within a day or two of the observed one, good enough for a fallback. */
export function tabularHijri(date: Date): { month: number; day: number } {
  const EPOCH = 1948439.5;
  const toJd = (y: number, m: number, d: number) =>
    d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + EPOCH - 1;
  const jd = Math.floor(date.getTime() / DAY_MS + 2440587.5) + 0.5;
  const year = Math.floor((30 * (jd - EPOCH) + 10646) / 10631);
  const month = Math.min(12, Math.ceil((jd - (29 + toJd(year, 1, 1))) / 29.5) + 1);
  return { month, day: jd - toJd(year, month, 1) + 1 };
}

/** Every Ramadan (month 9) that overlaps the range, clipped to nothing: full start/end days of the month. */
export function ramadanPeriods(range: DateRange): DateRange[] {
  return hijriMonthPeriods(range, 9);
}

function hijriMonthPeriods(range: DateRange, month: number): DateRange[] {
  const periods: DateRange[] = [];
  // Scan a little beyond the range so a Ramadan that started before it is still found whole.
  const from = addDays(range.start, -31);
  const to = addDays(range.end, 31);
  let current: Date | null = null;
  for (let t = from.getTime(); t <= to.getTime(); t += DAY_MS) {
    const day = new Date(t);
    const inMonth = hijriDate(day).month === month;
    if (inMonth && !current) current = day;
    if (!inMonth && current) {
      periods.push({ start: current, end: day });
      current = null;
    }
  }
  return periods.filter((p) => p.end > range.start && p.start < range.end);
}

/** 1 Shawwal (Aïd el-Fitr) and 10 Dhou al-Hijja (Aïd el-Adha) dates near the range. */
export function eidDays(range: DateRange): { fitr: Date[]; adha: Date[] } {
  const fitr: Date[] = [];
  const adha: Date[] = [];
  for (let t = addDays(range.start, -7).getTime(); t <= addDays(range.end, 7).getTime(); t += DAY_MS) {
    const day = new Date(t);
    const h = hijriDate(day);
    if (h.month === 10 && h.day === 1) fitr.push(day);
    if (h.month === 12 && h.day === 10) adha.push(day);
  }
  return { fitr, adha };
}

export function inRange(date: Date, range: DateRange): boolean {
  return date >= range.start && date < range.end;
}

/** The given day of the same UTC month as `date`. */
export function dayOfMonthUtc(date: Date, day: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), day));
}
