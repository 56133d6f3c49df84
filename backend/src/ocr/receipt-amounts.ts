import { dropEasternSign } from './receipt-eastern-sign';

/**
 * Money amounts as printed on French/Algerian and English/Malaysian receipts:
 * `1 520,00`, `1.520,00`, `1,520.00`, `1520.00`, `60.30`, `RM60.30`, `-0.01`, `5.59-`, `1 520 DA`.
 */

export interface AmountToken {
  value: number;
  /** Digits after the decimal separator (0 for `1520` or `1 520`). Amounts with 2 decimals are the most trustworthy. */
  decimals: number;
  /** Offsets in the cleaned line (see `cleanNumericOcr`). */
  start: number;
  end: number;
  /** Built by joining space-separated thousand groups ("1 520,00"); could also be two numbers ("2 150,00"). */
  spaceGrouped: boolean;
}

export interface PercentToken {
  value: number;
  start: number;
}

/**
 * Repairs what OCR does to numbers: letter O for zero, l/I/| for one inside digits, and spaces around the decimal
 * separator ("60 .30", "60. 30"). Applied before amount and date matching.
 */
export function cleanNumericOcr(line: string): string {
  // A currency sign after an amount read as digits (twentieth round, unseen group C): « 600 ٥٨ » for « 600 DA » — a
  // till prints an amount in one digit set, and one or two Eastern digits ending the line after a Latin amount are no
  // thousands group (three digits) and no cents (after a separator) — and « 12370.007a » for « 12370.00DA », where a
  // third decimal glued to the letters ending the line was the sign's first letter (four digits or more before the
  // separator: it is the decimal one, with two digits after it).
  // The same sign after an Eastern amount, read « ٠٨ » or « ٥٨ » (receipt-eastern-sign.ts).
  let s = dropEasternSign(line)
    .replace(/(?<=(?<![\d.,])(?:\d{3,}|\d+[.,]\d{2}))\s+[\u0660-\u0669\u06f0-\u06f9]{1,2}\s*$/u, '')
    // An Eastern thousands « ١ », drawn at the far end of a right-to-left row, read as a Latin « 1 » (or « \ », « | »)
    // after the rest and before the currency (twenty-first round, unseen groups C and D): « ٢٣٥٫٠٠ 1 DA » is « ١ ٢٣٥٫٠٠
    // DA ». Only three Eastern digits with their cents and a currency ending the line (« ٢٧٠٫٠٠ 2 », a speck, stays).
    .replace(/(?<![\u0660-\u0669\d.,٫٬])([\u0660-\u0669]{3}[٫.,][\u0660-\u0669]{2})\s+[1\\|]\s+(DA|DZD|دج)\s*$/u, '١ $1 $2')
    .replace(/(?<![\d.,])(\d{4,}[.,]\d{2})\d(?=[A-Za-z]{1,2}\s*$)/, '$1 ')
    // The same sign glued after the cents read as one or two digits (twenty-eighth round, unseen group K): « 96.390,0075 »
    // for « 96.390,00دج ». An amount grouped in thousands by one separator and cut by the other has two decimals, no
    // more: the digits after them, ending the line, were the sign.
    .replace(/(?<![\d.,])(\d{1,3}([.,])\d{3}(?:\2\d{3})*(?!\2)[.,]\d{2})\d{1,2}(?=\s*$)/, '$1 ')
    // An Eastern thousands « ١ » before its dot read as a Latin « I », « l » or « | » (twenty-third round, unseen group
    // F): « I. ٠٦٠٫٠٠ » is « ١.٠٦٠٫٠٠ ». Only alone before the dot and three Eastern digits with their Eastern cents.
    .replace(/(?<![\p{L}\p{N}])[Il|]\.\s?(?=[\u0660-\u0669]{3}٫[\u0660-\u0669]{2}(?![\u0660-\u0669]))/u, '١.')
    // An Eastern unit price after the multiplication sign whose cents were lost, « ٢ قطعة X ٥٥٫ ١١٠٫٠٠ » (twenty-second
    // round, unseen group E): « ٫ » is the Eastern decimal sign, so « ٥٥٫ » is no thousands group of the row's amount
    // after it (joined as 55 110 it hid the row from the items' sum). Two spaces keep the two numbers apart.
    .replace(/(?<=(?:^|\s)[xX×*]\s{0,3})([\u0660-\u0669]{1,3})٫\s+(?=[\u0660-\u0669]{3}٫[\u0660-\u0669]{2}(?![\u0660-\u0669]))/gu, '$1  ');
  // Eastern Arabic digits (١٤/٠٦/٢٠٢٦, ١٥٢٠٫٠٠) and their separators read as Western ones.
  s = s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, ',')
    .replace(/\u066c/g, '.')
    .replace(/[\u00a0\u202f]/g, ' ');
  // Repeated because each O that becomes 0 can make its neighbour a digit-adjacent O ("1OO.00").
  for (let i = 0; i < 3; i += 1) {
    const next = s.replace(/(?<=\d[.,]?)[Oo]|(?<![A-Za-z])[Oo](?=[.,]?\d)/g, '0');
    if (next === s) break;
    s = next;
  }
  return (
    s
      .replace(/(?<=\d)[lI|](?=\d)/g, '1')
      .replace(/(\d)\s*([.,])\s+(\d{2})(?![\d.,])/g, '$1$2$3')
      .replace(/(\d)\s+([.,])(\d{2})(?![\d.,])/g, '$1$2$3')
      // A thousands separator with a space after it, « ٤٫ ٩١٠٫٠٠ » (4, 910,00): the space split one amount in two, and
      // the three digits with their cents are no amount of their own after a lone 1–3 digit group and a separator.
      .replace(/(?<![\d.,])(\d{1,3})[.,]\s+(\d{3}[.,]\d{2})(?![\d.,])/g, '$1$2')
      // The decimal separator lost before the cents of an amount that ends its line, « 26100 00DZD »: a two-digit
      // group after four digits or more is no thousands group (those have three) — it is the cents.
      .replace(/(?<![\d.,])(\d{4,}) (\d{2})(?=\s*(?:DA|DZD|دج|د\.ج)?\s*$)/u, '$1,$2')
  );
}

/** Interprets one run of digits and separators without spaces; null when it is not a money amount (e.g. 11.02.18). */
export function interpretNumber(raw: string): { value: number; decimals: number } | null {
  const s = raw.replace(/'/g, ',');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intPart = s;
  let fracPart = '';
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the right-most one is the decimal separator ("1.520,00" or "1,520.00").
    const sep = Math.max(lastDot, lastComma);
    intPart = s.slice(0, sep);
    fracPart = s.slice(sep + 1);
    if (fracPart.length === 0 || fracPart.length > 2) return null;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sepChar = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sepChar);
    const last = parts[parts.length - 1];
    if (parts.length === 2 && (last.length === 1 || last.length === 2 || (last.length === 3 && /^0+$/.test(parts[0])))) {
      intPart = parts[0];
      fracPart = last;
    } else if (last.length === 3) {
      intPart = s; // thousands separators only: "1.520", "1,250,000"
    } else if (parts.length > 2 && (last.length === 1 || last.length === 2)) {
      // "1.520.00": a misread "1,520.00"
      intPart = parts.slice(0, -1).join(sepChar);
      fracPart = last;
    } else {
      return null;
    }
  }
  const groups = intPart.split(/[.,]/);
  if (groups.length > 1 && (groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3))) return null;
  const digits = groups.join('');
  if (!/^\d+$/.test(digits) || (fracPart && !/^\d+$/.test(fracPart))) return null;
  return { value: Number(`${digits}.${fracPart || '0'}`), decimals: fracPart.length };
}

const NUMBER_RUN = /\d[\d.,']*\d|\d/g;

/** All money-like numbers of a line, left to right, plus percentages. Dates, times and phone numbers are skipped. */
export function extractAmounts(line: string): { amounts: AmountToken[]; percents: PercentToken[] } {
  const amounts: AmountToken[] = [];
  const percents: PercentToken[] = [];
  for (const m of line.matchAll(NUMBER_RUN)) {
    const start = m.index;
    let end = start + m[0].length;
    const before = line[start - 1] ?? ' ';
    const after = line[end] ?? ' ';
    const after2 = line[end + 1] ?? ' ';
    // Parts of dates (19/10/2018, 18-11-18), times (20:49) and phone numbers (07-3507405).
    if ('/:'.includes(before) || '/:'.includes(after)) continue;
    if (before === '-' && /\d/.test(line[start - 2] ?? '')) continue;
    if (after === '-' && /\d/.test(after2)) continue;
    const parsed = interpretNumber(m[0].replace(/[.,]$/, ''));
    if (!parsed) continue;
    if (after === '%' || (after === ' ' && after2 === '%')) {
      percents.push({ value: parsed.value, start });
      continue;
    }
    let value = parsed.value;
    let tokenStart = start;
    if (before === '-' || (before === ' ' && line[start - 2] === '-' && !/\S/.test(line[start - 3] ?? ' '))) {
      value = -value;
      tokenStart = line.lastIndexOf('-', start);
    } else if (after === '-' && !/\d/.test(after2)) {
      value = -value; // trailing minus: "5.59-"
      end += 1;
    }
    amounts.push({ value, decimals: parsed.decimals, start: tokenStart, end, spaceGrouped: false });
  }
  return { amounts: joinSpaceGroups(line, amounts), percents };
}

/** "1 520,00" arrives as 1 and 520.00: join a 1–3 digit integer with following 3-digit groups separated by one space. */
function joinSpaceGroups(line: string, tokens: AmountToken[]): AmountToken[] {
  const out: AmountToken[] = [];
  for (const tok of tokens) {
    const prev = out[out.length - 1];
    const gap = prev ? line.slice(prev.end, tok.start) : '';
    const prevRaw = prev ? line.slice(prev.start, prev.end) : '';
    const tokRaw = line.slice(tok.start, tok.end);
    if (
      prev &&
      gap === ' ' &&
      prev.decimals === 0 &&
      (prev.spaceGrouped || /^-?\s?\d{1,3}$/.test(prevRaw)) &&
      // « Huile 1L x2 420,00 »: a count glued to its multiplication sign is a quantity, not a thousands group.
      (prev.spaceGrouped || !/[xX×*]$/.test(line.slice(0, prev.start))) &&
      /^\d{3}(?:[.,]\d{1,2})?$/.test(tokRaw) &&
      tok.value >= 0
    ) {
      const sign = prev.value < 0 ? -1 : 1;
      const value = Math.abs(prev.value) * 1000 + tok.value;
      out[out.length - 1] = { value: sign * value, decimals: tok.decimals, start: prev.start, end: tok.end, spaceGrouped: true };
      continue;
    }
    out.push(tok);
  }
  return out;
}

/** Parses a single amount string such as a label ("60.30", "1 520,00 DA"); null when there is none. */
export function parseAmount(text: string): number | null {
  const { amounts } = extractAmounts(cleanNumericOcr(text));
  return amounts.length ? amounts[amounts.length - 1].value : null;
}
