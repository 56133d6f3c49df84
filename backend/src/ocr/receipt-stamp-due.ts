import type { AmountAt } from './receipt-adjustments';
import type { AnalyzedLine } from './receipt-analysis';
import { nearlyEqual, round2 } from './receipt-text';

/**
 * A bill's amount due after its stamp duty (twenty-fourth round, unseen group G): « المبلغ بكل الرسوم ٥٩٥ / حق الطابع ٦ /
 * المبلغ الواجب دفعه ٦٠١ », the last row large and bold, read as junk or without its amount (« المبلغ المستحق us »,
 * « … د.ج -٫٦٩١٠٦-٤ »). The VAT-inclusive amount above the stamp was then taken as the total; with the due row's label
 * read but its amount lost, the VAT-inclusive amount plus the stamp is what is due, as the French « Timbre » rows
 * already give when no net is printed.
 */

/** Rows under the stamp row a lost « amount due » row is looked for in. */
const DUE_ROW_REACH = 3;

/** A total label under the stamp row (`stampAt`) whose amount was not read: the amount due's row, lost. */
export function dueRowLost(lines: readonly AnalyzedLine[], stampAt: number, amountAt: AmountAt): boolean {
  return lines
    .slice(stampAt + 1, stampAt + 1 + DUE_ROW_REACH)
    .some((l, k) => (l.kind === 'total-strong' || l.kind === 'total') && amountAt(stampAt + 1 + k) === null);
}

/** VAT rates an Algerian bill prints (19 %, the reduced 9 %). */
const DZ_VAT_RATES = [0.19, 0.09] as const;

/**
 * The VAT-inclusive amount the stamp is added to, checked by the amount before tax and the VAT printed above it: when
 * the VAT is that amount's share at an Algerian rate, their sum is the VAT-inclusive amount, and a reading of it one
 * digit off (« ٣.٥٩٤٫٨٠ » for ٣.٥٩٣٫٨٠ under HT ٣.٠٢٠٫٠٠ and VAT ٥٧٣٫٨٠) gives way to it. Null when nothing checks it.
 */
export function checkedInclusiveAmount(lines: readonly AnalyzedLine[], baseAt: number, base: number, amountAt: AmountAt): number | null {
  const above = lines.slice(Math.max(0, baseAt - 3), baseAt);
  const ht = above.find((l) => l.kind === 'subtotal');
  const tax = above.find((l) => l.kind === 'tax' && ht && l.index > ht.index);
  if (!ht || !tax) return null;
  const h = amountAt(ht.index)?.value;
  const v = amountAt(tax.index)?.value;
  if (h === undefined || v === undefined || h <= 0 || v <= 0) return null;
  if (!DZ_VAT_RATES.some((r) => Math.abs(h * r - v) <= 0.01)) return null;
  const sum = round2(h + v);
  if (nearlyEqual(sum, base) || !oneDigitApart(sum, base)) return null;
  return sum;
}

/** Two amounts written with the same number of digits, differing in one of them. */
function oneDigitApart(a: number, b: number): boolean {
  const x = a.toFixed(2);
  const y = b.toFixed(2);
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let k = 0; k < x.length; k += 1) if (x[k] !== y[k]) diff += 1;
  return diff === 1;
}
