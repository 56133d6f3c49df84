import type { AmountToken } from './receipt-amounts';
import type { AnalyzedLine } from './receipt-analysis';
import { nearlyEqual, round2 } from './receipt-text';

/**
 * A total's label read alone and its amount pushed onto the row under it (thirtieth round, issue 14, after unseen
 * group M's hotel invoices): « TOTAL TTC   Ga   ET » over « A ISTH ve voisecaioc.   30 900,00 DZD », « TOTAL TTC   a »
 * over « Merci de votre séjour   7 400,00 » — the bold row's amount read beside the footer's words, which a bare label
 * may not borrow from (`labelAmount` takes only a row of few letters). The page checks it: the amount is the sum of
 * the rows above the label, one amount a row, as a total is. Unchecked, the row under a total stays the footer's.
 */

/** Rows that end the sum above the label: another total, a payment, the change. */
const ENDS_SUM: ReadonlySet<string> = new Set(['total', 'total-strong', 'subtotal', 'tendered', 'change']);

export function totalUnderBareLabel(lines: readonly AnalyzedLine[], decimals: boolean): { value: number; line: AnalyzedLine } | null {
  const money = (l: AnalyzedLine) => l.amounts.filter((a: AmountToken) => a.value >= 10 && (!decimals || a.decimals === 2));
  for (let i = lines.length - 2; i >= 1; i -= 1) {
    if (lines[i].kind !== 'total-strong' || lines[i].amounts.length) continue;
    const below = lines[i + 1];
    const shown = money(below);
    if (below.kind !== 'other' || shown.length !== 1) return null;
    const value = shown[0].value;
    let sum = 0;
    let rows = 0;
    for (let j = i - 1; j >= 0 && sum < value - 0.005; j -= 1) {
      if (ENDS_SUM.has(lines[j].kind)) break;
      const amounts = money(lines[j]);
      if (!amounts.length) continue;
      sum = round2(sum + Math.max(...amounts.map((a) => a.value)));
      rows += 1;
    }
    return rows >= 2 && nearlyEqual(sum, value) ? { value, line: below } : null;
  }
  return null;
}
