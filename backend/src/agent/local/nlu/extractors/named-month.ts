import type { Period } from '@tajer/contract';
import { fold } from '../normalize';
import {
  AMBIGUOUS_MONTH_NAMES,
  DURING_PREPOSITIONS,
  ENGLISH_MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  MONTH_PREPOSITIONS,
} from '../lexicon/month-names';
import { foldForCues } from './cue-regex';

/** A month named in a message: « en octobre », « 12 novembre », « October 2025 », « في أكتوبر ». */
export interface NamedMonth {
  /** 0 = January. */
  month: number;
  year?: number;
  /** The day when the month names one (« le 12 octobre »): a date, not a period. */
  day?: number;
  /** Where the day and year digits are in the folded text: they are a date's, not quantities or amounts. */
  digitSpans: [number, number][];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const names = MONTH_NAMES.flatMap((forms, month) => forms.map((f) => ({ month, name: fold(f) })));
const byName = new Map(names.map((n) => [n.name, n.month]));
const DURING = new Set([...DURING_PREPOSITIONS].map(fold));
const alternatives = [...new Set(names.map((n) => n.name))]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
// Arabic prepositions glue to the name (« فأكتوبر » is rare, « في أكتوبر » usual); the day may carry « er » (« 1er mai »)
// or an English ordinal (« the 1st of December »); English also writes the day after the month (« December 1st »).
const MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<pre>${MONTH_PREPOSITIONS.map((p) => escape(fold(p))).join('|')})\\s+)?(?:(?<day>\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:of\\s+)?)?(?<name>${alternatives})\\.?(?:\\s+(?<after>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]))?(?:,?\\s+(?<year>20\\d{2}))?(?![\\p{L}\\p{N}])`,
  'gud',
);
/** The months' English names, the only ones written before their day. */
const ENGLISH = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  ...ENGLISH_MONTH_ABBREVIATIONS,
]);

/** The first month the message names, or undefined (an ambiguous name without its preposition, day or year is no month). */
export function extractNamedMonth(text: string): NamedMonth | undefined {
  for (const m of foldForCues(text).matchAll(MENTION)) {
    const { pre, name, year } = m.groups!;
    const spans = m.indices!.groups!;
    // « December 1st »: a day after the name only in English (« en décembre 3 sucre » is a count). « March » and « May »
    // are words too: their day after them only after « on » (« paid the rent on March 1 » had no date).
    const dayAfter = !m.groups!.day && m.groups!.after && ENGLISH.has(name) && (!AMBIGUOUS_MONTH_NAMES.has(name) || pre === 'on');
    const day = m.groups!.day ?? (dayAfter ? m.groups!.after : undefined);
    if (AMBIGUOUS_MONTH_NAMES.has(name) && !(pre && DURING.has(pre)) && !day && !year) continue;
    const dayNumber = day ? Number(day) : undefined;
    return {
      digitSpans: [spans.day, dayAfter ? spans.after : undefined, spans.year].filter((s): s is [number, number] => !!s),
      month: byName.get(name)!,
      ...(year ? { year: Number(year) } : {}),
      ...(dayNumber && dayNumber >= 1 && dayNumber <= 31 ? { day: dayNumber } : {}),
    };
  }
  return undefined;
}

/** The month's year when none is written: the last such month up to now (« en octobre », said in December, is this year's). */
function yearOf(named: NamedMonth, now: Date): number {
  return named.year ?? (named.month <= now.getMonth() ? now.getFullYear() : now.getFullYear() - 1);
}

/**
 * The period a named month is, when the tools have it: this month (to date) or the whole last month. Any other month
 * is `out_of_reach`, which the trust rules answer honestly instead of giving this month's figures.
 */
export function namedMonthPeriod(text: string, now: Date): Extract<Period, 'month' | 'last_month'> | 'out_of_reach' | undefined {
  const named = extractNamedMonth(text);
  if (!named || named.day !== undefined) return undefined;
  const index = yearOf(named, now) * 12 + named.month;
  const current = now.getFullYear() * 12 + now.getMonth();
  if (index === current) return 'month';
  if (index === current - 1) return 'last_month';
  return 'out_of_reach';
}

/** The day a month's name dates (« le 12 octobre », « 3 décembre 2025 »), as YYYY-MM-DD; a day still to come is last year's. */
export function namedMonthDate(text: string, now: Date): string | undefined {
  const named = extractNamedMonth(text);
  if (named?.day === undefined) return undefined;
  let year = named.year ?? now.getFullYear();
  const date = (y: number) => new Date(Date.UTC(y, named.month, named.day!));
  if (named.year === undefined && date(year) > now) year -= 1;
  const d = date(year);
  // « 31 novembre » does not exist: no date rather than the 1st of December.
  return d.getUTCMonth() === named.month ? d.toISOString().slice(0, 10) : undefined;
}
