import { cleanNumericOcr, extractAmounts, type AmountToken, type PercentToken } from './receipt-amounts';
import { amountAboveLabel } from './receipt-amount-above';
import { classifyLine, type LineKind } from './receipt-keywords';
import { normalizeLine } from './receipt-text';

/** One non-empty line of receipt text with what the field extractors need, computed once. */
export interface AnalyzedLine {
  /** Index in `text.split('\n')`, to look up the OCR confidence. */
  index: number;
  text: string;
  /** After `cleanNumericOcr`: offsets of `amounts` refer to this string. */
  clean: string;
  /** `clean` normalised for keyword matching. */
  upper: string;
  kind: LineKind;
  amounts: AmountToken[];
  percents: PercentToken[];
  /** OCR confidence 0..1 (1 when the text did not come from OCR). */
  confidence: number;
}

export function analyzeLines(text: string, lineConfidences?: readonly number[]): AnalyzedLine[] {
  const out: AnalyzedLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (!trimmed) return;
    const clean = cleanNumericOcr(trimmed);
    const upper = normalizeLine(clean);
    const { amounts, percents } = extractAmounts(clean);
    const kind = classifyLine(upper);
    out.push({
      index,
      text: trimmed,
      clean,
      upper,
      kind: kind === 'tendered' && quantityTimesPrice(amounts) ? 'other' : kind,
      amounts,
      percents,
      confidence: lineConfidences?.[index] ?? 1,
    });
  });
  return out;
}

/**
 * The row prints a count, a unit price and their product (« Carte mémoire 64Go   2   2 100,00   4 200,00 »): it is an
 * item row whatever its first word — « Carte » there is a memory or SIM card, not a card payment, and taken for the
 * payment it made every total « larger than what was paid ».
 */
function quantityTimesPrice(amounts: readonly AmountToken[]): boolean {
  const isCount = (v: number) => v > 0 && ((Number.isInteger(v) && v <= 99) || (v < 10 && Math.round(v * 1000) === v * 1000));
  for (let k = amounts.length - 1; k >= 2; k -= 1)
    for (let j = k - 1; j >= 1; j -= 1)
      for (let i = j - 1; i >= 0; i -= 1) {
        const [q, u, a] = [amounts[i].value, amounts[j].value, amounts[k].value];
        if (isCount(q) && u > 0 && a > 0 && Math.abs(q * u - a) <= 0.011) return true;
      }
  return false;
}

/** The amount ending at `end` is followed by a dinar sign (DA, DZD, دج; not « DA/L », a unit price). */
export function dinarsAfter(clean: string, end: number): boolean {
  return /^\s*(?:DA|DZD|دج)(?![\p{L}\p{N}/])/iu.test(clean.slice(end));
}

/** True when the receipt prints cents somewhere: then a bare integer is more likely a code or a quantity than money. */
export function usesDecimals(lines: readonly AnalyzedLine[]): boolean {
  return lines.filter((l) => l.amounts.some((a) => a.decimals === 2)).length >= 2;
}

/**
 * The money amount a labelled line announces: the right-most amount on the line (preferring ones with cents when the
 * receipt uses cents), else one on the next line when that line is only an amount (OCR sometimes splits the row).
 */
export function labelAmount(
  lines: readonly AnalyzedLine[],
  i: number,
  decimalsExpected: boolean,
): { value: number; line: AnalyzedLine } | null {
  const pick = (line: AnalyzedLine) => {
    // A whole amount marked as dinars counts even where cents are printed elsewhere: a fuel ticket prints « 47,50 DA/L »
    // and « A PAYER 2 692 DA ».
    let money = line.amounts.filter((a) => !decimalsExpected || a.decimals > 0 || dinarsAfter(line.clean, a.end));
    // A lone digit after the amount is a currency sign or a speck read as a digit ("4596 =3", "11 684 5"); where cents
    // are printed, so is a small number with one decimal (« مجموع الفاتورة 425,00 2.4 »: « دج » read as « 2.4 »).
    const speck = (a: AmountToken) =>
      Math.abs(a.value) < 10 &&
      ((a.decimals === 0 && a.end - a.start <= 2) || (decimalsExpected && a.decimals === 1 && a.end - a.start <= 3));
    if (money.length > 1 && money.some((a) => Math.abs(a.value) >= 10)) money = money.filter((a) => !speck(a));
    return money.length ? money[money.length - 1].value : null;
  };
  const own = pick(lines[i]);
  if (own !== null) return { value: own, line: lines[i] };
  // OCR often drops the decimal point: "Total Sales RM 64 13". Two digits after a space cannot be a thousands group.
  const lost = decimalsExpected ? lines[i].clean.match(/(?<![\d.,])(-?\d{1,6}) (\d{2})\s*$/) : null;
  if (lost) return { value: Number(`${lost[1]}.${lost[2]}`), line: lines[i] };
  const next = lines[i + 1];
  // Only a bare label ("TOTAL", no number at all) borrows the next row's amount.
  if (lines[i].amounts.length === 0 && next && next.kind === 'other' && (next.upper.match(/\p{L}/gu) ?? []).length <= 4) {
    const v = pick(next);
    if (v !== null) return { value: v, line: next };
  }
  // The label's own amount pushed onto the row above it (receipt-amount-above.ts).
  return lines[i].kind === 'total-strong' || lines[i].kind === 'total' ? amountAboveLabel(lines, i, pick) : null;
}
