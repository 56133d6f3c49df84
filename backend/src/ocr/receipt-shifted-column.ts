import type { AmountAt } from './receipt-adjustments';
import type { AnalyzedLine } from './receipt-analysis';
import { nearlyEqual, round2 } from './receipt-text';

/**
 * A wide page photographed at an angle pairs each label of its money column with the next row's amount (twenty-first
 * round, issue 14, unseen group D's gas and electricity bills): « Montant TTC 42,12 / Droit de timbre 4 253,81 /
 * NET A PAYER » with nothing after it. The amount paid is then the one just above the bare « NET A PAYER », and the
 * page itself checks it: it is the sum of the two amounts printed above it (the total before the stamp and the stamp,
 * whatever labels they came out beside).
 */

/** Rows looked at above the amount, for the two it adds up: a shifted row may have lost its amount to the next. */
const ROWS_ABOVE = 4;

export function shiftedColumnTotal(lines: readonly AnalyzedLine[], amountAt: AmountAt): { value: number; line: AnalyzedLine } | null {
  for (let i = lines.length - 1; i >= 3; i -= 1) {
    if (lines[i].kind !== 'total-strong' || lines[i].amounts.length || amountAt(i)) continue;
    const shifted = amountAt(i - 1);
    if (!shifted || shifted.line !== lines[i - 1] || shifted.value <= 0) return null;
    const parts: number[] = [];
    for (let j = i - 2; j >= Math.max(0, i - 1 - ROWS_ABOVE) && parts.length < 2; j -= 1) {
      const a = amountAt(j);
      if (a && a.line === lines[j]) parts.push(a.value);
    }
    if (parts.length === 2 && parts.every((p) => p > 0) && nearlyEqual(shifted.value, round2(parts[0] + parts[1])))
      return { value: shifted.value, line: lines[i] };
    return null;
  }
  return null;
}

/**
 * The same column shifted the other way (twenty-eighth round, unseen group K's appliance invoices): each label of the
 * money column beside the previous row's amount — « TVA 19% 16.000,00 / NET A PAYER TTC 3.040,00 / Mode de paiement
 * 19.040,00 DA ». The total's row then shows the tax, and the amount paid is on the row under it, a row with no money
 * label of its own; the page checks it again: it is the sum of the total row's amount and the amount above it.
 */
export function shiftedDownTotal(lines: readonly AnalyzedLine[], amountAt: AmountAt): { value: number; line: AnalyzedLine } | null {
  for (let i = lines.length - 2; i >= 1; i -= 1) {
    if (lines[i].kind !== 'total-strong') continue;
    const shown = amountAt(i);
    const below = lines[i + 1];
    const paid = below.kind === 'other' ? amountAt(i + 1) : null;
    if (!shown || shown.line !== lines[i] || !paid || paid.line !== below || shown.value <= 0) return null;
    for (let j = i - 1; j >= Math.max(0, i - ROWS_ABOVE); j -= 1) {
      const above = amountAt(j);
      if (!above || above.line !== lines[j]) continue;
      // The amount before tax is the larger of the two it adds up.
      return above.value > shown.value && nearlyEqual(paid.value, round2(above.value + shown.value))
        ? { value: paid.value, line: below }
        : null;
    }
    return null;
  }
  return null;
}
