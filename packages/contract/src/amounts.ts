/**
 * An amount as a person types it in a form or a chat message, read one way everywhere (the sales page, the receipt
 * draft's total, the offline model's numbers). The rule of Algerian prices: a separator followed by exactly
 * three digits groups thousands (« 45.000 », « 45 000 », « 2,500 »), otherwise it is the decimal mark (« 12,5 »,
 * « 1 150,50 »). The app itself shows « 45.000 دج » in Arabic and « 45,000 DA » in English, so a number copied from it
 * must not come back as 45 (the sales page's daily takings did: Number("45.000") is 45).
 */
import { toAsciiDigits } from './text/normalize';

/** A currency written before or after the figure: DA, DZD, دج, د.ج, dinars. */
const CURRENCY = /^(?:da|dzd|dinars?|دج|د\.ج|دينار)\s*|\s*(?:da|dzd|dinars?|دج|د\.ج|دينار)\.?$/giu;

/** Thousand groups with one separator used throughout, then perhaps a decimal part: « 1.234.567,50 », « 45 000 ». */
const GROUPED = /^([1-9]\d{0,2})((?:([ .,])\d{3})(?:\3\d{3})*)(?:([.,])(\d{1,2}))?$/;

/** The amount typed, or null when the text is not one non-negative number (« 12-15 », « abc », « 45 000 000 1 »). */
export function parseTypedAmount(text: string): number | null {
  // Bidi marks first: the app isolates Arabic figures (« ⁨45.000 دج⁩ »), and a copied figure brings them along.
  const s = toAsciiDigits(
    String(text)
      .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .trim(),
  )
    .replace(CURRENCY, '')
    .replace(/[\s\u00a0\u202f']+/g, ' ');
  const grouped = GROUPED.exec(s);
  if (grouped) {
    const [, head, groups, separator, decimalMark, decimals] = grouped;
    // The decimal mark must differ from the grouping one (« 1.234,50 »): « 1.234.50 » is not an amount.
    if (decimalMark === separator) return null;
    const whole = head + groups.replace(/[ .,]/g, '');
    return Number(decimals ? `${whole}.${decimals}` : whole);
  }
  if (/^\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return null;
}
