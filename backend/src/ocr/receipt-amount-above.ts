import type { AnalyzedLine } from './receipt-analysis';

/**
 * A large bold total row that OCR cut in two (twenty-fifth round, unseen group H's pressing tickets): the row's box,
 * taller than its neighbours, was read as two lines — its amount alone first (« > 16 055,00 »), then its label joined
 * to the small footer line under it (« Net à payer, sous 3 mois ne sera plus réclamé »). A total label with no amount
 * of its own, and none on the row under it, takes the amount of the row just above when that row is a bare amount: a
 * single amount and no letter but a currency's, not an item's or a sum's labelled row (« Le 2000.00 » is no bare amount).
 */
const CURRENCY = /\b(?:DA|DZD)\b|د\.?ج/gu;
export function amountAboveLabel(
  lines: readonly AnalyzedLine[],
  i: number,
  pick: (line: AnalyzedLine) => number | null,
): { value: number; line: AnalyzedLine } | null {
  const above = lines[i - 1];
  if (!above || above.kind !== 'other' || above.amounts.length !== 1) return null;
  if (/\p{L}/u.test(above.upper.replace(CURRENCY, ''))) return null;
  const value = pick(above);
  return value === null ? null : { value, line: above };
}
