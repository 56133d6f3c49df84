import type { PastPeriod, Period } from '@tajer/contract';
import { cueRegex, foldForCues } from './cue-regex';
import { comparesOrNamesCurrent } from './intent-cues/periods';
import { BEFORE_YESTERDAY_CUES, PAST_PERIOD_CUES } from '../lexicon/past-periods';
import { namedMonthDate, namedMonthPeriod } from './named-month';
import { closedThatDay, pastDayNamed } from './past-day';

export type { Period } from '@tajer/contract';

const PERIOD_CUES: [Period, string[]][] = [
  [
    'quarter',
    [
      'trimestre',
      'trimestres',
      'trimestriel',
      'trimestrielle',
      'trimestriels',
      'tremestre',
      'quarter',
      'quarters',
      'quarterly',
      '3 mois',
      'trois mois',
      'three months',
      'tlata chhour',
      'tlat chhor',
      'q1',
      'q2',
      'q3',
      'q4',
      'الفصل',
      'هذا الفصل',
      'الربع',
      'ربع السنة',
      'الثلاثي',
      'ثلاثة أشهر',
      'ثلاث أشهر',
      '3 أشهر',
      'التريمستر',
      'تريمستر',
      'تريميستر',
    ],
  ],
  [
    'year',
    [
      'année',
      'annee',
      'années',
      'annuel',
      'annuelle',
      'annuels',
      'annuellement',
      'cette annee',
      'year',
      'years',
      'yearly',
      'annual',
      'annually',
      'ytd',
      'l3am',
      'el3am',
      'el 3am',
      'had l3am',
      'l 3am',
      'السنة',
      'سنة',
      'العام',
      'هذا العام',
      'هاد العام',
      'السنوي',
      'سنوي',
      'سنويا',
      'السنوية',
      'سنوية',
    ],
  ],
  [
    'month',
    [
      'mois',
      'mensuel',
      'mensuelle',
      'mensuels',
      'month',
      'months',
      'monthly',
      'mtd',
      'chhar',
      'chher',
      'cheher',
      'ch7ar',
      'chhr',
      'echhar',
      'chahr',
      'had chhar',
      'الشهر',
      'شهر',
      'الشهري',
      'شهري',
      'شهريا',
      'هاد الشهر',
      'هذا الشهر',
      'الشهرية',
    ],
  ],
  [
    'week',
    [
      'semaine',
      'semaines',
      'hebdomadaire',
      'hebdo',
      'week',
      'weeks',
      'weekly',
      'simana',
      'semana',
      'smana',
      'ssimana',
      'had simana',
      '7 jours',
      'sept jours',
      '7 days',
      'seven days',
      'weekend',
      'week-end',
      'الأسبوع',
      'الاسبوع',
      'أسبوع',
      'اسبوع',
      'السيمانة',
      'سيمانة',
      'السمانة',
      'هاد السيمانة',
      'الأسبوعي',
      'أسبوعي',
      'أسبوعية',
    ],
  ],
  [
    'today',
    [
      "aujourd'hui",
      'aujourd hui',
      'aujourdhui',
      'auj',
      'ce jour',
      'du jour',
      // « Combien il me reste en caisse ? » is the till now, i.e. today's takings.
      'en caisse',
      'dans la caisse',
      'dans ma caisse',
      'journée',
      'journee',
      'today',
      'todays',
      'tonight',
      'this morning',
      'ce matin',
      'ce soir',
      'lyoum',
      'elyoum',
      'el youm',
      'lyom',
      'liyoum',
      'had nhar',
      'nhar',
      'ennhar',
      'lyouma',
      'daily',
      'the day',
      'for the day',
      'of the day',
      'اليوم',
      'ليوم',
      'لليوم',
      'هاد النهار',
      'النهار',
      'اليومي',
      'اليومية',
      'صباح اليوم',
    ],
  ],
];

const NOT_YESTERDAY = cueRegex(BEFORE_YESTERDAY_CUES);
const PAST_PERIOD_REGEXES: [PastPeriod, RegExp][] = PAST_PERIOD_CUES.map(([p, cues]) => [p, cueRegex(cues)]);

/** The whole past period the user named, if any (first one mentioned). */
export function extractPastPeriod(text: string): PastPeriod | undefined {
  // « Mes ventes ont augmenté par rapport au mois dernier ? » asks about this month (its change), not last month.
  if (comparesOrNamesCurrent(text)) return undefined;
  const folded = foldForCues(text);
  const regexes = NOT_YESTERDAY.test(folded) ? PAST_PERIOD_REGEXES.filter(([p]) => p !== 'yesterday') : PAST_PERIOD_REGEXES;
  return firstMentioned(regexes, folded);
}

/** The key whose cue comes first in the folded text. */
function firstMentioned<P>(regexes: readonly [P, RegExp][], folded: string): P | undefined {
  let best: { period: P; index: number } | undefined;
  for (const [period, re] of regexes) {
    const m = re.exec(folded);
    if (m && (!best || m.index < best.index)) best = { period, index: m.index };
  }
  return best?.period;
}

const PERIOD_REGEXES: [Period, RegExp][] = PERIOD_CUES.map(([p, cues]) => [p, cueRegex(cues)]);

export const PERIOD_VALUE_REGEXES: readonly RegExp[] = [...PAST_PERIOD_REGEXES, ...PERIOD_REGEXES].map(([, re]) => re);

/**
 * The reporting window the user asked for; when several are named, the first one mentioned wins. A month named
 * (« en novembre ») is this month or the last one when it is; another month is no period the tools have (the trust
 * rules say so), never this month's figures.
 */
export function extractPeriod(text: string, now: Date = new Date()): Period | undefined {
  const past = extractPastPeriod(text);
  if (past) return past;
  const named = comparesOrNamesCurrent(text) ? undefined : namedMonthPeriod(text, now);
  if (named && named !== 'out_of_reach') return named;
  return firstMentioned(PERIOD_REGEXES, foldForCues(text));
}

const DAY_OFFSETS: [number, RegExp][] = [
  [
    -2,
    cueRegex([
      'avant-hier',
      'avant hier',
      'day before yesterday',
      '9bel lbare7',
      'qbel lbare7',
      'أول أمس',
      'اول امس',
      'قبل البارح',
      'قبل أمس',
    ]),
  ],
  [
    -1,
    cueRegex([
      'hier',
      'yesterday',
      'lbare7',
      'lbareh',
      'elbare7',
      'el bare7',
      'el bareh',
      'lbera7',
      'lbarah',
      'أمس',
      'امس',
      'البارح',
      'البارحة',
      'لبارح',
    ]),
  ],
];

/** The date an expense was paid, as YYYY-MM-DD, when the message gives one ("hier", "le 12/03", "البارح"). */
export function extractDate(text: string, now: Date = new Date()): string | undefined {
  const folded = foldForCues(text);
  // "12/03", "12/03/2026" or "12-03-2026"; a bare "1.5" is a quantity, never a date.
  const explicit =
    /(?<!\d)(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?(?!\d)/.exec(folded) ?? /(?<!\d)(\d{1,2})[.-](\d{1,2})[.-](\d{2,4})(?!\d)/.exec(folded);
  if (explicit) {
    const day = Number(explicit[1]);
    const month = Number(explicit[2]);
    let year = explicit[3] ? Number(explicit[3]) : now.getFullYear();
    if (year < 100) year += 2000;
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return isoDay(new Date(Date.UTC(year, month - 1, day)));
  }
  const inMonth = namedMonthDate(text, now);
  if (inMonth) return inMonth;
  // « hier fermé recette 20000 », « lbareh msaker dakhla 20000 »: the day the shop was closed is no figure's day, as a
  // weekday's (past-day.ts); « avant-hier fermé, hier recette 22000 » is yesterday's.
  for (const [offset, re] of DAY_OFFSETS) {
    for (const day of folded.matchAll(new RegExp(re.source, 'gu'))) {
      const inBeforeYesterday =
        offset === -1 && DAY_OFFSETS[0][1].test(folded.slice(Math.max(0, day.index - 12), day.index + day[0].length));
      if (inBeforeYesterday || closedThatDay(folded, day.index + day[0].length)) continue;
      return isoDay(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + offset)));
    }
  }
  // « il y a 2 jours », « samedi », « يوم الأحد ».
  return pastDayNamed(text, now);
}

/** The day of `d`, « YYYY-MM-DD », as the tools' dates are written. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
