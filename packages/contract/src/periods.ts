/**
 * Reporting windows, counted back from now: the `period` of every tool that takes one, of the REST API and of the
 * dashboard. `label` names the window on its own (a tab, a card title); `phrase` fits in a sentence ("Analyse market
 * trends this month", « sur le mois »).
 */
import type { Localized } from './lang';

export const PERIOD_WORDS = {
  today: { label: { fr: "Aujourd'hui", ar: 'اليوم', en: 'Today' }, phrase: { fr: "aujourd'hui", ar: 'اليوم', en: 'today' } },
  week: { label: { fr: 'Semaine', ar: 'الأسبوع', en: 'Week' }, phrase: { fr: 'cette semaine', ar: 'هذا الأسبوع', en: 'this week' } },
  month: { label: { fr: 'Mois', ar: 'الشهر', en: 'Month' }, phrase: { fr: 'ce mois-ci', ar: 'هذا الشهر', en: 'this month' } },
  quarter: { label: { fr: 'Trimestre', ar: 'الفصل', en: 'Quarter' }, phrase: { fr: 'ce trimestre', ar: 'هذا الفصل', en: 'this quarter' } },
  year: { label: { fr: 'Année', ar: 'السنة', en: 'Year' }, phrase: { fr: 'cette année', ar: 'هذه السنة', en: 'this year' } },
} as const satisfies Record<string, { label: Localized; phrase: Localized }>;

export type Period = keyof typeof PERIOD_WORDS;
export const PERIODS = Object.keys(PERIOD_WORDS) as [Period, ...Period[]];
export const isPeriod = (value: unknown): value is Period => typeof value === 'string' && Object.prototype.hasOwnProperty.call(PERIOD_WORDS, value);
