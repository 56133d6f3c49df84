/**
 * How the tools word their answers. Figures, dates and units come from @tajer/contract — the one formatter the pages,
 * cards and PDF use too — so an amount in a chat answer reads exactly like the same amount on a tile; this file adds
 * the sentence-level helpers (names, quotes, lists, period wording).
 */
import { formatNumber, say, type Lang, type Localized } from '@tajer/contract';

export {
  changeNote,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatQuantity,
  formatSignedMoney,
  say,
  unitName,
  type Localized,
} from '@tajer/contract';

/** A product or category name in the answer's language, falling back to French. */
export function nameIn(names: { fr: string; ar?: string | null; en?: string | null } | null | undefined, lang: Lang): string {
  if (!names) return '';
  return (lang === 'ar' ? names.ar : lang === 'en' ? names.en : names.fr) || names.fr;
}

/** "« x »" (fr), "«x»" (ar), "“x”" (en). */
export function quote(text: string, lang: Lang): string {
  return lang === 'fr' ? `« ${text} »` : lang === 'ar' ? `«${text}»` : `“${text}”`;
}

/** The label separator: French puts a space before the colon. */
export const colon = (lang: Lang) => (lang === 'fr' ? ' : ' : ': ');

/** ", " or the Arabic comma. */
export const comma = (lang: Lang) => (lang === 'ar' ? '، ' : ', ');

/** "a, b et c" / "a، b و c" / "a, b and c". */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const sep = lang === 'ar' ? '، ' : ', ';
  const and = lang === 'fr' ? ' et ' : lang === 'ar' ? ' و' : ' and ';
  return `${items.slice(0, -1).join(sep)}${and}${items[items.length - 1]}`;
}

/** A markdown list, one line per item. */
export const bullets = (lines: string[]) => lines.map((l) => `- ${l}`).join('\n');

/** "…and 12 more" line for a list cut at `shown` items, or nothing. */
export function moreLine(total: number, shown: number, lang: Lang): string {
  const rest = total - shown;
  if (rest <= 0) return '';
  return say(lang, { fr: `…et ${formatNumber(rest, lang)} autre${rest > 1 ? 's' : ''}.`, ar: `…و${formatNumber(rest, lang)} أخرى.`, en: `…and ${formatNumber(rest, lang)} more.` });
}

export const PERIOD_LABEL: Record<string, Localized> = {
  today: { fr: "Aujourd'hui", ar: 'اليوم', en: 'Today' },
  week: { fr: 'Cette semaine', ar: 'هذا الأسبوع', en: 'This week' },
  month: { fr: 'Ce mois-ci', ar: 'هذا الشهر', en: 'This month' },
  quarter: { fr: 'Ce trimestre', ar: 'هذا الفصل', en: 'This quarter' },
  year: { fr: 'Cette année', ar: 'هذه السنة', en: 'This year' },
};

/** What a change is measured against (periods to date vs the previous period at the same point). */
export const VS_PREVIOUS: Record<string, Localized> = {
  today: { fr: 'par rapport à hier à la même heure', ar: 'مقارنة بأمس في نفس الوقت', en: 'vs yesterday at the same time' },
  week: { fr: 'par rapport à la semaine dernière au même moment', ar: 'مقارنة بالأسبوع الماضي في نفس المرحلة', en: 'vs last week at the same point' },
  month: { fr: 'par rapport aux mêmes jours du mois dernier', ar: 'مقارنة بنفس الأيام من الشهر الماضي', en: 'vs the same days last month' },
  quarter: { fr: 'par rapport au trimestre précédent au même stade', ar: 'مقارنة بالفصل السابق في نفس المرحلة', en: 'vs last quarter at the same point' },
  year: { fr: "par rapport à l'an dernier à la même date", ar: 'مقارنة بالسنة الماضية في نفس التاريخ', en: 'vs last year to the same date' },
};

export const periodLabel = (period: string | null | undefined, lang: Lang) => say(lang, PERIOD_LABEL[period ?? 'month'] ?? PERIOD_LABEL.month);
export const vsPrevious = (period: string | null | undefined, lang: Lang) => say(lang, VS_PREVIOUS[period ?? 'month'] ?? VS_PREVIOUS.month);

/** Severity markers for alerts and insights (readable without colour: the word follows in the title). */
export const SEVERITY_MARK: Record<string, string> = { critical: '🔴', warning: '🟠', info: '🔵' };
