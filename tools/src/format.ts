/**
 * How the tools write figures in their answers, in the three answer languages. Numbers go through Intl with the
 * Algerian locales (fr-DZ: "1 520 DA", ar-DZ: "1.520 دج" with Latin digits, as Algerian shops write them; en:
 * "DZD 1,520"), so every summary formats the same figure the same way and tests can format the expected one too.
 */
import type { Lang } from './types';

export type Localized = { fr: string; ar: string; en: string };

/** The text for `lang` (French when a translation is missing). */
export const say = (lang: Lang, texts: Localized): string => texts[lang] ?? texts.fr;

const LOCALE: Record<Lang, string> = { fr: 'fr-DZ', ar: 'ar-DZ', en: 'en' };
const DATE_LOCALE: Record<Lang, string> = { fr: 'fr-DZ', ar: 'ar-DZ', en: 'en-GB' };
/** Intl wraps Arabic-locale numbers in direction marks; the chat bubble already sets the direction. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { numberingSystem: 'latn', ...options });
    cache.set(key, nf);
  }
  return nf;
}

const clean = (s: string) => s.replace(BIDI_MARKS, '');
const round2 = (n: number) => Math.round(n * 100) / 100;

/** "1 234" / "1.234" / "1,234"; up to `decimals` decimals (default: 1 for a fraction, none for an integer). */
export function formatNumber(n: number, lang: Lang, decimals?: number): string {
  const max = decimals ?? (Number.isInteger(n) ? 0 : 1);
  return clean(numberFormat(LOCALE[lang], { maximumFractionDigits: max, minimumFractionDigits: 0 }).format(n));
}

/**
 * "1 520 DA" / "1.520 دج" / "DZD 1,520". Whole dinars (centimes mean nothing in a sales figure); `exact` keeps the
 * centimes of a single payment: "1 520,50 DA".
 */
export function formatMoney(amount: number, lang: Lang, currency = 'DZD', exact = false): string {
  const value = exact ? round2(amount) : Math.round(amount);
  const digits = Number.isInteger(value) ? 0 : 2;
  if (lang === 'ar') {
    const body = clean(numberFormat(LOCALE.ar, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value));
    return `${body} ${currency === 'DZD' ? 'دج' : currency}`;
  }
  return clean(
    numberFormat(LOCALE[lang], { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
  );
}

/** A money difference with its sign: "+1 200 DA", "-350 DA". */
export function formatSignedMoney(amount: number, lang: Lang, currency = 'DZD'): string {
  const body = formatMoney(Math.abs(amount), lang, currency);
  return amount > 0 ? `+${body}` : amount < 0 ? `-${body}` : body;
}

/** `pct` is already in percent (12.3 → "12,3 %"); `signed` adds "+" to rises. One decimal under 10 %. */
export function formatPercent(pct: number, lang: Lang, signed = false): string {
  const max = Math.abs(pct) < 10 ? 1 : 0;
  return clean(
    numberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: max, signDisplay: signed ? 'exceptZero' : 'auto' }).format(pct / 100),
  );
}

/** " (+12,3 %)" after a figure, or nothing when there is no comparable previous value. */
export function changeNote(pct: number | null | undefined, lang: Lang): string {
  return pct === null || pct === undefined ? '' : ` (${formatPercent(pct, lang, true)})`;
}

/** "2026-03-14" → "14 mars 2026" / "14 مارس 2026" / "14 March 2026"; anything unparsable is returned as is. */
export function formatDate(day: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return clean(new Intl.DateTimeFormat(DATE_LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date));
}

/** Stock units as stored (French) → singular/plural in each language. */
const UNITS: Record<string, Record<Lang, [string, string]>> = {
  sac: { fr: ['sac', 'sacs'], ar: ['كيس', 'أكياس'], en: ['bag', 'bags'] },
  paquet: { fr: ['paquet', 'paquets'], ar: ['عبوة', 'عبوات'], en: ['pack', 'packs'] },
  boîte: { fr: ['boîte', 'boîtes'], ar: ['علبة', 'علب'], en: ['box', 'boxes'] },
  bouteille: { fr: ['bouteille', 'bouteilles'], ar: ['قارورة', 'قارورات'], en: ['bottle', 'bottles'] },
  pièce: { fr: ['pièce', 'pièces'], ar: ['قطعة', 'قطع'], en: ['piece', 'pieces'] },
  unité: { fr: ['unité', 'unités'], ar: ['وحدة', 'وحدات'], en: ['unit', 'units'] },
  kg: { fr: ['kg', 'kg'], ar: ['كغ', 'كغ'], en: ['kg', 'kg'] },
  l: { fr: ['L', 'L'], ar: ['لتر', 'لترات'], en: ['L', 'L'] },
};

/**
 * The unit for a quantity. French and English take the plural from 2; Arabic counted nouns take the plural from 3 to
 * 10 (and for 2, as people write it with a digit) and the singular from 11 ("42 كيس"), as in the shop's own speech.
 */
export function unitName(unit: string, quantity: number, lang: Lang): string {
  const forms = UNITS[unit.toLowerCase()];
  if (!forms) return unit;
  const n = Math.abs(quantity);
  const plural = lang === 'ar' ? n >= 2 && n <= 10 : n >= 2;
  return forms[lang][plural ? 1 : 0];
}

/** "42 sacs", "42 كيس", "42 bags". */
export function formatQuantity(quantity: number, unit: string, lang: Lang): string {
  return `${formatNumber(quantity, lang)} ${unitName(unit, quantity, lang)}`.trim();
}

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
