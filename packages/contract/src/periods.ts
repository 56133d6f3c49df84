/**
 * Reporting windows: the `period` of every tool that takes one, of the REST API and of the dashboard. The first five are
 * counted back from now (calendar period to date); the last four are the whole previous day, week, month or year
 * (« le mois dernier »), compared with the whole one before. Each is said three ways, in each language:
 * - `PERIOD_LABEL`: on its own, as a title ("Ce mois-ci", "This month");
 * - `PERIOD_PHRASE`: inside a sentence ("Analyse market trends this month", « sur ce mois-ci »);
 * - `VS_PREVIOUS`: what a change is measured against.
 */
import type { Localized } from './lang';

export const PERIOD_LABEL = {
  today: { fr: "Aujourd'hui", ar: 'اليوم', en: 'Today' },
  week: { fr: 'Cette semaine', ar: 'هذا الأسبوع', en: 'This week' },
  month: { fr: 'Ce mois-ci', ar: 'هذا الشهر', en: 'This month' },
  quarter: { fr: 'Ce trimestre', ar: 'هذا الفصل', en: 'This quarter' },
  year: { fr: 'Cette année', ar: 'هذه السنة', en: 'This year' },
  yesterday: { fr: 'Hier', ar: 'أمس', en: 'Yesterday' },
  last_week: { fr: 'La semaine dernière', ar: 'الأسبوع الماضي', en: 'Last week' },
  last_month: { fr: 'Le mois dernier', ar: 'الشهر الماضي', en: 'Last month' },
  last_year: { fr: "L'année dernière", ar: 'السنة الماضية', en: 'Last year' },
} as const satisfies Record<string, Localized>;

export type Period = keyof typeof PERIOD_LABEL;
/** The keys, in order; a tuple so `z.enum(PERIODS)` type-checks. */
export const PERIODS = Object.keys(PERIOD_LABEL) as [Period, ...Period[]];
export const isPeriod = (value: unknown): value is Period =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(PERIOD_LABEL, value);

export const PERIOD_PHRASE: Record<Period, Localized> = {
  today: { fr: "aujourd'hui", ar: 'اليوم', en: 'today' },
  week: { fr: 'cette semaine', ar: 'هذا الأسبوع', en: 'this week' },
  month: { fr: 'ce mois-ci', ar: 'هذا الشهر', en: 'this month' },
  quarter: { fr: 'ce trimestre', ar: 'هذا الفصل', en: 'this quarter' },
  year: { fr: 'cette année', ar: 'هذه السنة', en: 'this year' },
  yesterday: { fr: 'hier', ar: 'أمس', en: 'yesterday' },
  last_week: { fr: 'la semaine dernière', ar: 'الأسبوع الماضي', en: 'last week' },
  last_month: { fr: 'le mois dernier', ar: 'الشهر الماضي', en: 'last month' },
  last_year: { fr: "l'année dernière", ar: 'السنة الماضية', en: 'last year' },
};

/** A whole past period and the current one it is the previous of (its calendar unit). */
export const PAST_PERIOD_OF = { yesterday: 'today', last_week: 'week', last_month: 'month', last_year: 'year' } as const;
export type PastPeriod = keyof typeof PAST_PERIOD_OF;
export const isPastPeriod = (value: unknown): value is PastPeriod =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(PAST_PERIOD_OF, value);

/** What a change is measured against (periods to date vs the previous period at the same point; a whole past period vs the whole one before). */
export const VS_PREVIOUS: Record<Period, Localized> = {
  today: { fr: 'par rapport à hier à la même heure', ar: 'مقارنة بأمس في نفس الوقت', en: 'vs yesterday at the same time' },
  week: {
    fr: 'par rapport à la semaine dernière au même moment',
    ar: 'مقارنة بالأسبوع الماضي في نفس المرحلة',
    en: 'vs last week at the same point',
  },
  month: { fr: 'par rapport aux mêmes jours du mois dernier', ar: 'مقارنة بنفس الأيام من الشهر الماضي', en: 'vs the same days last month' },
  quarter: {
    fr: 'par rapport au trimestre précédent au même stade',
    ar: 'مقارنة بالفصل السابق في نفس المرحلة',
    en: 'vs last quarter at the same point',
  },
  year: {
    fr: "par rapport à l'an dernier à la même date",
    ar: 'مقارنة بالسنة الماضية في نفس التاريخ',
    en: 'vs last year to the same date',
  },
  yesterday: { fr: 'par rapport à avant-hier', ar: 'مقارنة بأول أمس', en: 'vs the day before' },
  last_week: { fr: "par rapport à la semaine d'avant", ar: 'مقارنة بالأسبوع الذي قبله', en: 'vs the week before' },
  last_month: { fr: "par rapport au mois d'avant", ar: 'مقارنة بالشهر الذي قبله', en: 'vs the month before' },
  last_year: { fr: "par rapport à l'année d'avant", ar: 'مقارنة بالسنة التي قبلها', en: 'vs the year before' },
};
