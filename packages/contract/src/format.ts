/**
 * The one way Tajer writes a figure — in the chat's answers, the dashboard tiles, the cards, the pages, the PDF report
 * and the marketing posts — so the owner reads the same amount the same way everywhere.
 *
 * Decisions (Algeria, three languages):
 * - Digits are Latin in every language, Arabic included: it is what Algerian shops, receipts and banks print, and
 *   what the owner types. Never Arabic-Indic (٠١٢…).
 * - French (fr-DZ): "1 520 DA", "-30 700,50 DA", "12,3 %". Group with a narrow no-break space, decimal comma.
 * - Arabic (ar-DZ): "1.520 دج", "12,3%". Group with a dot, decimal comma (CLDR's ar-DZ). The symbol is « دج », the
 *   everyday abbreviation: « د.ج. » has bidi-neutral dots that end up on the wrong side of the letters.
 * - English: "DZD 1,520", "12.3%".
 * - Amounts are whole dinars (centimes mean nothing in a total or an average); `exact` keeps the centimes of a single
 *   recorded amount (a price, a receipt, a VAT line): "1 520,50 DA".
 * - In Arabic every signed figure, amount and percentage is bidi-isolated (see bidi.ts), and the space before the
 *   symbol is a no-break one, so "-30.700 دج" neither reverses nor breaks across two lines.
 * - `plain: true` gives the same characters with ASCII spaces and no direction controls (PDF, SMS, CSV).
 *
 * Intl does the rounding and the digit grouping; the separators come from the table below rather than from the
 * runtime's locale data, so Node (backend, tools) and the browser (chat UI) cannot disagree by an ICU version.
 */
import { isolate, toPlain } from './bidi';
import type { Lang } from './lang';

export interface FormatOptions {
  /** ASCII spaces and no bidi isolates: for PDF standard fonts, SMS and CSV. */
  plain?: boolean;
}

export interface NumberOptions extends FormatOptions {
  /** "+3" for rises (zero stays "0"). */
  signed?: boolean;
}

export interface MoneyOptions extends FormatOptions {
  /** ISO code; default DZD. */
  currency?: string;
  /** Keep the centimes when there are some (a single recorded amount); default whole dinars. */
  exact?: boolean;
  /** "+1 200 DA" for a positive difference. */
  signed?: boolean;
}

export interface PercentOptions extends FormatOptions {
  /** "+12,3 %" for rises. */
  signed?: boolean;
  /** Fraction digits; default one under 10 %, none above. */
  decimals?: number;
}

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  fr: { group: '\u202f', decimal: ',' },
  ar: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** How each language writes the dinar, and where. */
const DZD_SYMBOL: Record<Lang, string> = { fr: 'DA', ar: 'دج', en: 'DZD' };

const NBSP = '\u00a0';

const cache = new Map<string, Intl.NumberFormat>();
function digitsFormat(min: number, max: number, signed: boolean): Intl.NumberFormat {
  const key = `${min}|${max}|${signed}`;
  let nf = cache.get(key);
  if (!nf) {
    // 'en' only for its parts (integer, group, decimal, fraction, sign): the separators are replaced below.
    nf = new Intl.NumberFormat('en', {
      numberingSystem: 'latn',
      useGrouping: true,
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(key, nf);
  }
  return nf;
}

/**
 * The last numbers written: `formatToParts` (ICU) is slow, and a chat answer writes the same few quantities and
 * thresholds again and again (1.4 % of an offline stock turn's profile). Bounded; cleared when full.
 */
const written = new Map<string, string>();
const WRITTEN_MAX = 2048;

/** Digits with the language's separators and an ASCII sign: "-1 234,5", "+1.234", "1,234.5". */
function digits(n: number, lang: Lang, min: number, max: number, signed = false): string {
  const value = Object.is(n, -0) ? 0 : n;
  const key = `${value}|${lang}|${min}|${max}|${signed}`;
  let out = written.get(key);
  if (out === undefined) {
    if (written.size >= WRITTEN_MAX) written.clear();
    written.set(key, (out = formatDigits(value, lang, min, max, signed)));
  }
  return out;
}

function formatDigits(value: number, lang: Lang, min: number, max: number, signed: boolean): string {
  const sep = SEPARATORS[lang];
  return digitsFormat(min, max, signed)
    .formatToParts(value)
    .map((p) => {
      if (p.type === 'group') return sep.group;
      if (p.type === 'decimal') return sep.decimal;
      if (p.type === 'minusSign') return '-';
      if (p.type === 'plusSign') return '+';
      return p.value;
    })
    .join('')
    .replace(/^-(?=0(?:[.,]0*)?$)/, ''); // "-0" after rounding a tiny negative is "0"
}

const finish = (text: string, options: FormatOptions | undefined) => (options?.plain ? toPlain(text) : text);

/**
 * "1 234" / "1.234" / "1,234"; up to `decimals` fraction digits (default: none for an integer, one otherwise).
 * Signed Arabic numbers are isolated so the sign stays on the left of the digits.
 */
export function formatNumber(n: number, lang: Lang, decimals?: number, options?: NumberOptions): string {
  const max = decimals ?? (Number.isInteger(n) ? 0 : 1);
  const body = digits(n, lang, 0, max, options?.signed);
  const needsIsolate = lang === 'ar' && /^[-+]/.test(body);
  return finish(needsIsolate ? isolate(body) : body, options);
}

/** "1 520 DA" / "1.520 دج" / "DZD 1,520"; see the module comment for the rules. */
export function formatMoney(amount: number, lang: Lang, options: MoneyOptions = {}): string {
  const currency = options.currency ?? 'DZD';
  const value = options.exact ? Math.round(amount * 100) / 100 : Math.round(amount);
  const fraction = Number.isInteger(value) ? 0 : 2;
  const signed = options.signed ?? false;
  const abs = digits(Math.abs(value), lang, fraction, fraction);
  const sign = value < 0 ? '-' : value > 0 && signed ? '+' : '';
  const symbol = currency === 'DZD' ? DZD_SYMBOL[lang] : currency;
  let text: string;
  if (lang === 'en') text = `${sign}${symbol}${NBSP}${abs}`;
  else if (lang === 'fr') text = `${sign}${abs}${NBSP}${symbol}`;
  // The outer isolate runs right to left (its first strong letter is the symbol's); the inner one, digits only,
  // runs left to right: read from the right, "-30.700" then "دج".
  else text = isolate(`${isolate(`${sign}${abs}`)}${NBSP}${symbol}`);
  return finish(text, options);
}

/** A difference with its sign: "+1 200 DA", "-350 DA". */
export const formatSignedMoney = (amount: number, lang: Lang, options: Omit<MoneyOptions, 'signed'> = {}): string =>
  formatMoney(amount, lang, { ...options, signed: true });

/** `pct` is in percent (12.3 → "12,3 %" / "12,3%" / "12.3%"); one decimal under 10 % unless told. */
export function formatPercent(pct: number, lang: Lang, options: PercentOptions = {}): string {
  const max = options.decimals ?? (Math.abs(pct) < 10 ? 1 : 0);
  const body = digits(pct, lang, 0, max, options.signed);
  const text = lang === 'fr' ? `${body}${NBSP}%` : lang === 'ar' ? isolate(`${body}%`) : `${body}%`;
  return finish(text, options);
}

/** " (+12,3 %)" after a figure, or nothing when there is no comparable previous value. */
export function changeNote(pct: number | null | undefined, lang: Lang, options: FormatOptions = {}): string {
  return pct === null || pct === undefined ? '' : ` (${formatPercent(pct, lang, { ...options, signed: true })})`;
}

/** "850 ms", "1,2 s": how long a tool or a turn took. */
/** Milliseconds and seconds as each language abbreviates them (CLDR's short units). */
const DURATION_UNITS: Record<Lang, { ms: string; s: string }> = {
  fr: { ms: 'ms', s: 's' },
  ar: { ms: 'ملي ث', s: 'ث' },
  en: { ms: 'ms', s: 's' },
};

/** "96 ms", "1,5 s"; in Arabic "96 ملي ث", the figure isolated so it stays before its unit in a right-to-left line. */
export function formatDuration(ms: number, lang: Lang): string {
  const units = DURATION_UNITS[lang];
  const text = ms < 1000 ? `${digits(Math.round(ms), lang, 0, 0)}${NBSP}${units.ms}` : `${digits(ms / 1000, lang, 0, 1)}${NBSP}${units.s}`;
  return lang === 'ar' ? isolate(text) : text;
}

/** Numbers may arrive as strings (Prisma decimals serialise that way); anything else is not a number. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}
