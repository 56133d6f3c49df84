import type { Period } from '../common/time/period';
import type { Localized } from './localized';

/** How a period and its comparison are said, for summaries and report titles. */
export const PERIOD_LABEL: Record<Period, Localized> = {
  today: { fr: "Aujourd'hui", ar: 'اليوم', en: 'Today' },
  week: { fr: 'Cette semaine', ar: 'هذا الأسبوع', en: 'This week' },
  month: { fr: 'Ce mois-ci', ar: 'هذا الشهر', en: 'This month' },
  quarter: { fr: 'Ce trimestre', ar: 'هذا الفصل', en: 'This quarter' },
  year: { fr: 'Cette année', ar: 'هذه السنة', en: 'This year' },
};

/** "compared with the previous period", preposition included (French and Arabic contract it with the article). */
export const VS_PREVIOUS_LABEL: Record<Period, Localized> = {
  today: { fr: 'par rapport à hier à la même heure', ar: 'مقارنة بأمس في نفس الوقت', en: 'vs yesterday at the same time' },
  week: { fr: 'par rapport à la semaine dernière au même moment', ar: 'مقارنة بالأسبوع الماضي في نفس المرحلة', en: 'vs last week at the same point' },
  month: { fr: 'par rapport aux mêmes jours du mois dernier', ar: 'مقارنة بنفس الأيام من الشهر الماضي', en: 'vs the same days last month' },
  quarter: { fr: 'par rapport au trimestre précédent au même stade', ar: 'مقارنة بالفصل السابق في نفس المرحلة', en: 'vs last quarter at the same point' },
  year: { fr: "par rapport à l'an dernier à la même date", ar: 'مقارنة بالسنة الماضية في نفس التاريخ', en: 'vs last year to the same date' },
};
