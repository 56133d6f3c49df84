import type { AnalyzedLine } from './receipt-analysis';
import { scaleRowsTotal } from './receipt-scale-rows';
import { nearlyEqual, round2 } from './receipt-text';

/**
 * The currency sign of a total row read as digits and joined to the amount (twenty-first round, issue 14, unseen
 * group D): the Arabic model reads « DA » as the Eastern « ٥٨ » and, in the right-to-left order, puts it before the
 * amount (« المجموع ٢٤١٫٠٠ DA » → « ٥٨ ٢٤١٫٠٠ », joined as 58 241), and reads a glued « دج » as « 75 » (« للدفع 37دج »
 * → « 3775 »). Either reading is a possible amount, so the shorter one is taken only when the receipt checks it — an
 * amount printed on another row — and the longer one is checked by nothing.
 */

/** The subset of a total candidate this rule reads and mends. */
interface Candidate {
  value: number;
  line: AnalyzedLine | null;
  keyword: string;
}

/** « ٥٨ » (or half read Latin) standing alone before an Eastern amount of three digits at most. */
const DA_BEFORE = /(?:^|\s)[٥5][٨8]\s+[٠-٩]{1,3}(?:[٫,.][٠-٩]{2})?(?![٠-٩])/u;
/** A whole amount with « 75 » glued to it ending an Arabic row. */
const DJ_GLUED = /[\u0600-\u06ff][^\d]*\s(\d+)75\s*$/u;

/**
 * The glued « دج » read as two other digits (thirty-first round, unseen group N's poultry shops: « الإجمالي 129023 » for
 * « 1 290 دج », the group's space lost too). Any two digits could be the amount's own, so the shorter reading must
 * also be what the item rows add up to, or the scale rows above it by weight × price (« 3.308 × 390 … 1 290 »): a
 * real total whose first digits happen to be one item's amount (« 2 550 » beside « 25 ») is not cut.
 */
const SIGN_GLUED = /[\u0600-\u06ff][^\d]*\s(\d+)(?!00)\d{2}\s*$/u;

/** The amount without its misread sign, or null when the row shows no such reading. */
function withoutSign(c: Candidate, lines: readonly AnalyzedLine[], itemsSum: number | null): number | null {
  const text = c.line?.text ?? '';
  if (DA_BEFORE.test(text) && Math.floor(c.value / 1000) === 58) return round2(c.value - 58_000);
  const glued = DJ_GLUED.exec(text);
  if (glued && Number.isInteger(c.value) && c.value === Number(`${glued[1]}75`)) return Number(glued[1]);
  const other = SIGN_GLUED.exec(text);
  if (!other || !Number.isInteger(c.value) || Math.trunc(c.value / 100) !== Number(other[1])) return null;
  const added = [itemsSum, c.line ? scaleRowsTotal(lines, c.line) : null];
  return added.some((a) => a !== null && nearlyEqual(a, Number(other[1]))) ? Number(other[1]) : null;
}

/** Some other row prints this amount (an item's amount, the cash handed over minus the change is checked elsewhere). */
function printedElsewhere(lines: readonly AnalyzedLine[], value: number, row: AnalyzedLine): boolean {
  return lines.some((l) => l !== row && l.amounts.some((a) => nearlyEqual(a.value, value)));
}

/** Mends, in place, the labelled totals whose currency sign was read as digits. */
export function mendCurrencyDigits(candidates: Candidate[], lines: readonly AnalyzedLine[], itemsSum: number | null = null): void {
  for (const c of candidates) {
    if (!c.line || (c.keyword !== 'strong' && c.keyword !== 'weak')) continue;
    const shorter = withoutSign(c, lines, itemsSum);
    if (shorter === null || shorter <= 0) continue;
    if (printedElsewhere(lines, c.value, c.line) || !printedElsewhere(lines, shorter, c.line)) continue;
    c.value = shorter;
  }
}
