/**
 * Dates and times, the same in the chat's answers and on every page: "17 novembre 2026" / "17 نوفمبر 2026" /
 * "17 November 2026", and times on 24 hours in every language ("08:37", never "08:37 AM": Algeria reads 24-hour
 * clocks, and fr-DZ's CLDR data would otherwise give a 12-hour clock). Latin digits, Algerian month names (جانفي,
 * فيفري…) from the ar-DZ locale.
 */
import { stripBidi } from './bidi';
import type { Lang } from './lang';

const LOCALE: Record<Lang, string> = { fr: 'fr-DZ', ar: 'ar-DZ', en: 'en-GB' };

/** The shops' clock (UTC+1 all year, the backend's SHOP_UTC_OFFSET_MINUTES): how an hour told in the chat is shown. */
export const SHOP_TIME_ZONE = 'Africa/Algiers';

export interface DateOptions {
  /** IANA zone the date is read in; default the runtime's (the browser's, for the UI). */
  timeZone?: string;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let df = cache.get(key);
  if (!df) {
    df = new Intl.DateTimeFormat(LOCALE[lang], { numberingSystem: 'latn', ...options });
    cache.set(key, df);
  }
  return df;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A calendar day ("2026-03-14", or a date column serialised as "2026-03-14T00:00:00.000Z") is a date without a zone:
 * read at noon UTC so no zone moves it to another day. With a `timeZone`, an ISO timestamp is an instant instead.
 */
function toDate(value: string | Date, timeZone?: string, instant = false): { date: Date; calendarDay: boolean } | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value, calendarDay: false };
  const text = value.trim();
  const day = DAY.exec(text);
  if (day && (text.length === 10 || (!timeZone && !instant)))
    return { date: new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12)), calendarDay: true };
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : { date, calendarDay: false };
}

/** "14 mars 2026" / "14 مارس 2026" / "14 March 2026"; anything unparsable is returned as is. */
export function formatDate(value: string | Date, lang: Lang, options: DateOptions = {}): string {
  const parsed = toDate(value, options.timeZone);
  if (!parsed) return String(value);
  const timeZone = parsed.calendarDay ? 'UTC' : options.timeZone;
  return stripBidi(dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(parsed.date));
}

/** "14 mars" / "14 مارس" / "14 March": a date within the year (a promotion's last day). */
export function formatDayMonth(value: string | Date, lang: Lang, options: DateOptions = {}): string {
  const parsed = toDate(value, options.timeZone);
  if (!parsed) return String(value);
  const timeZone = parsed.calendarDay ? 'UTC' : options.timeZone;
  return stripBidi(dateFormat(lang, { day: 'numeric', month: 'long', timeZone }).format(parsed.date));
}

/** "14 mars" / "14 مارس" / "14 Mar": axis labels and compact lists. */
export function formatShortDate(value: string | Date, lang: Lang, options: DateOptions = {}): string {
  const parsed = toDate(value, options.timeZone);
  if (!parsed) return String(value);
  const timeZone = parsed.calendarDay ? 'UTC' : options.timeZone;
  return stripBidi(dateFormat(lang, { day: 'numeric', month: 'short', timeZone }).format(parsed.date));
}

/** "08:37" in every language (24 hours). */
export function formatTime(value: string | Date, lang: Lang, options: DateOptions = {}): string {
  const parsed = toDate(value, options.timeZone, true);
  if (!parsed) return '';
  return stripBidi(
    dateFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: options.timeZone }).format(parsed.date),
  );
}

/** "17 nov. 2026, 08:37" / "17 نوفمبر 2026، 08:37" / "17 Nov 2026, 08:37". */
export function formatDateTime(value: string | Date, lang: Lang, options: DateOptions = {}): string {
  const parsed = toDate(value, options.timeZone, true);
  if (!parsed) return '';
  return stripBidi(
    dateFormat(lang, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: options.timeZone,
    }).format(parsed.date),
  );
}

/** A month: "mars 2026" / "مارس 2026" / "March 2026", or short for chart axes: "mars 26" / "Mar 26". */
export function formatMonth(month: string | Date, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const date = month instanceof Date ? month : new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return String(month);
  return stripBidi(dateFormat(lang, { month: style, year: style === 'long' ? 'numeric' : '2-digit', timeZone: 'UTC' }).format(date));
}

/**
 * An ISO weekday (1 = Monday … 7 = Sunday): « jeudi » / « الخميس » / « Thursday », or short for a list: « jeu. » /
 * « Thu » (Arabic has no short form: the full name).
 */
export function formatWeekday(isoWeekday: number, lang: Lang, style: 'long' | 'short' = 'long'): string {
  // 1 January 2024 was a Monday.
  return stripBidi(dateFormat(lang, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoWeekday))));
}
