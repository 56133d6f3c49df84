import type { AnalyzedLine } from './receipt-analysis';
import { nearlyEqual } from './receipt-text';

/**
 * The cash rows under a total, as an OCR'd weighed ticket mangles them (twenty-sixth round, issue 14, unseen group I).
 */

/**
 * « المدفوع 4 »: cash handed over read as one digit without cents is a speck left of a lost amount — no one pays 4 DA
 * (nor 4 RM: a till prints « CASH 4.00 »). Taken for the cash, it made every larger total a misread and the « total ».
 */
export function isCashSpeck(line: AnalyzedLine, value: number): boolean {
  return value < 10 && !line.amounts.some((a) => nearlyEqual(a.value, value) && a.decimals > 0);
}

/** The subset of a total candidate this rule reads and mends. */
interface Candidate {
  value: number;
  line: AnalyzedLine | null;
  keyword: string;
}

/**
 * « المجموع للدفع 3615 DA / المدفوع 4000 » read as one row, « المجموع للد ٠٨ 3615 4000 », the cash's label lost: the
 * row's last amount is the cash handed over, not the total. Taken only when no row reads as the cash paid, the row
 * holds exactly two whole amounts of three digits or more (no cents, no « x », no « % »), and the later is a round sum
 * of notes (a multiple of 500) just above the earlier (less than 2 000 more, the change a till gives back).
 */
export function mendJoinedCash(candidates: Candidate[], lines: readonly AnalyzedLine[]): void {
  if (lines.some((l) => l.kind === 'tendered' && l.amounts.some((a) => a.value >= 10))) return;
  for (const c of candidates) {
    if (!c.line || (c.keyword !== 'strong' && c.keyword !== 'weak')) continue;
    if (/[x×*%]/i.test(c.line.clean)) continue;
    const money = c.line.amounts.filter((a) => a.value >= 100);
    if (money.length !== 2 || money.some((a) => a.decimals > 0 || a.spaceGrouped)) continue;
    const [total, cash] = money.map((a) => a.value);
    if (!nearlyEqual(c.value, cash) || cash % 500 !== 0 || cash <= total || cash - total >= 2000) continue;
    c.value = total;
  }
}
