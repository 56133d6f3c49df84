/**
 * How the tools word their answers. Figures, dates and units come from @tajer/contract — the one formatter the pages,
 * cards and PDF use too — so an amount in a chat answer reads exactly like the same amount on a tile; this file adds
 * the sentence-level helpers (names, quotes, lists, period wording).
 */
import { formatNumber, isPeriod, PERIOD_LABEL, say, VS_PREVIOUS, type Lang, type Period } from '@tajer/contract';

export {
  changeNote,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatQuantity,
  formatSignedMoney,
  PERIOD_LABEL,
  say,
  unitName,
  VS_PREVIOUS,
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

const AR_PLURAL = new Intl.PluralRules('ar');

/**
 * An Arabic count with the form of the noun its number takes: « يوم واحد », « يومان », « ٧ أيام », « ٦٥ يوما »,
 * « ١٠٠ يوم » (one and two are said by the noun alone, as Arabic does).
 */
export function arabicCount(n: number, forms: { one: string; two: string; few: string; many: string; other: string }): string {
  const category = AR_PLURAL.select(n);
  if (category === 'one') return forms.one;
  if (category === 'two') return forms.two;
  const noun = category === 'few' ? forms.few : category === 'many' ? forms.many : forms.other;
  return `${formatNumber(n, 'ar')} ${noun}`;
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
  return say(lang, {
    fr: `…et ${formatNumber(rest, lang)} autre${rest > 1 ? 's' : ''}.`,
    ar: `…و${formatNumber(rest, lang)} أخرى.`,
    en: `…and ${formatNumber(rest, lang)} more.`,
  });
}

// The period words are the contract's (one definition for the tools, the dashboard, the reports and the REST API).
const periodOf = (period: string | null | undefined): Period => (isPeriod(period) ? period : 'month');
export const periodLabel = (period: string | null | undefined, lang: Lang) => say(lang, PERIOD_LABEL[periodOf(period)]);
export const vsPrevious = (period: string | null | undefined, lang: Lang) => say(lang, VS_PREVIOUS[periodOf(period)]);

/** Severity markers for alerts and insights (readable without colour: the word follows in the title). */
export const SEVERITY_MARK: Record<string, string> = { critical: '🔴', warning: '🟠', info: '🔵' };
