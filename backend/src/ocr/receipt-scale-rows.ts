import { interpretNumber } from './receipt-amounts';
import type { AnalyzedLine } from './receipt-analysis';
import { nearlyEqual, round2 } from './receipt-text';

/**
 * A scale ticket's rows print the weight, the price per kilogram and their product (twenty-second round, issue 14,
 * unseen group E: « عصبان ١٫٥٧٠ ٩٩٠ ١ ٥٥٤ »). On a right-to-left row the lone thousands digit at the far end is lost
 * (« ٥٥٤ ٩٩٠ ١٫٥٧٠ »), and the total under it with it (« المجموع ٥٥٤ دج » for ١ ٥٥٤). Weight × price says what the
 * amount was: a labelled total that is the sum of such rows as read is mended to the sum of what they print.
 */

/** The subset of a total candidate this rule reads and mends. */
interface Candidate {
  value: number;
  line: AnalyzedLine | null;
  keyword: string;
}

/** A weight in kilograms with its three decimals (« 1,570 », « 0.750 »). */
const WEIGHT = /^(\d{1,2})[.,](\d{3})$/;

/**
 * The amount a scale row shows as read, and the one its weight × price says (the same unless the thousands were
 * lost); null when the row is no scale row or reads two ways.
 */
function scaleRow(line: AnalyzedLine): { read: number; meant: number } | null {
  const tokens = line.clean.split(/\s+/).filter((t) => /^\d[\d.,]*$/.test(t));
  const weights = tokens.map((t) => WEIGHT.exec(t)).filter((m) => m !== null);
  if (weights.length !== 1) return null;
  const w = Number(weights[0][1]) + Number(weights[0][2]) / 1000;
  const others = tokens
    .filter((t) => !WEIGHT.test(t))
    .map((t) => interpretNumber(t)?.value)
    .filter((v): v is number => v !== undefined && v > 0);
  const readings = new Map<number, number>();
  for (const price of others)
    for (const amount of others) {
      if (price === amount) continue;
      const product = w * price;
      if (Math.abs(product - amount) <= 1) readings.set(amount, amount);
      else if (product >= 1000 && amount < 1000) {
        const lost = Math.round((product - amount) / 1000);
        if (lost >= 1 && Math.abs(product - amount - 1000 * lost) <= 1) readings.set(amount, amount + 1000 * lost);
      }
    }
  if (readings.size !== 1) return null;
  const [[read, meant]] = [...readings];
  return { read, meant };
}

/** Mends, in place, the labelled totals that add up the scale rows above them as read, thousands lost. */
export function mendLostThousands(candidates: Candidate[], lines: readonly AnalyzedLine[]): void {
  for (const c of candidates) {
    if (!c.line || (c.keyword !== 'strong' && c.keyword !== 'weak')) continue;
    const row = c.line;
    const rows = lines
      .filter((l) => l.index < row.index && l.kind === 'other')
      .map(scaleRow)
      .filter((r) => r !== null);
    if (!rows.some((r) => r.meant !== r.read)) continue;
    const read = round2(rows.reduce((s, r) => s + r.read, 0));
    if (nearlyEqual(c.value, read)) c.value = round2(rows.reduce((s, r) => s + r.meant, 0));
  }
}

/** What the scale rows above a row add up to by weight × price, or null when there is none (receipt-currency-digits.ts). */
export function scaleRowsTotal(lines: readonly AnalyzedLine[], row: AnalyzedLine): number | null {
  const rows = lines
    .filter((l) => l.index < row.index && l.kind === 'other')
    .map(scaleRow)
    .filter((r) => r !== null);
  return rows.length ? round2(rows.reduce((s, r) => s + r.meant, 0)) : null;
}
