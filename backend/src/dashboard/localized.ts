/**
 * Texts and number formats for the three languages the assistant answers in. Results carry every language so the
 * chat (or a PDF) can pick the user's without another round trip.
 */
export const LANGUAGES = ['fr', 'ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Localized = Record<Language, string>;

/** Builds a Localized from one template written per language. */
export const localize = (template: (lang: Language) => string): Localized => ({
  fr: template('fr'),
  ar: template('ar'),
  en: template('en'),
});

export const round2 = (n: number) => Math.round(n * 100) / 100;
export const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * "1 234 567,5" (fr), "1,234,567.5" (en), "1 234 567.5" (ar). Plain ASCII spaces on purpose: the PDF's standard
 * fonts have no narrow no-break space (Intl's French separator), and Latin digits are what Algerian shops use.
 */
export function formatNumber(n: number, lang: Language, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const group = lang === 'en' ? ',' : ' ';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  if (!frac || /^0+$/.test(frac)) return sign + grouped;
  return `${sign}${grouped}${lang === 'fr' ? ',' : '.'}${frac}`;
}

/** Whole dinars: centimes mean nothing to a shopkeeper reading a summary. */
export function formatMoney(n: number, lang: Language): string {
  const amount = formatNumber(Math.round(n), lang);
  return lang === 'fr' ? `${amount} DA` : lang === 'ar' ? `${amount} دج` : `${amount} DZD`;
}

export function formatPercent(n: number, lang: Language, signed = false): string {
  const body = formatNumber(Math.abs(n), lang, Math.abs(n) < 10 ? 1 : 0);
  const sign = signed ? (n > 0 ? '+' : n < 0 ? '-' : '') : n < 0 ? '-' : '';
  return lang === 'fr' ? `${sign}${body} %` : `${sign}${body}%`;
}
