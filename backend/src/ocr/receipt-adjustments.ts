import type { AnalyzedLine } from './receipt-analysis';
import { lostLeadingGroup } from './receipt-lost-group';
import { keywordRegex, nearlyEqual, round2 } from './receipt-text';

/**
 * Rows that change a total printed above them into the one paid (a discount, a service charge) and rows that split it
 * (a deposit, what is left to pay): the arithmetic between total rows that no single label gives (twentieth round,
 * issue 14, unseen group C).
 */

/** The part of findTotals' candidate these rules read and move. */
export interface TotalCandidate {
  value: number;
  score: number;
  keyword: 'strong' | 'weak' | 'derived' | 'none';
  line: AnalyzedLine | null;
  crossChecked: boolean;
}

/** The amount a row carries (its own, or the next row's when the row's label stands alone). */
export type AmountAt = (i: number) => { value: number; line: AnalyzedLine } | null;

/**
 * What is left to pay after a deposit: « Reste à payer », « Reste dû », « Restant », « Reliquat », « المتبقي », « الباقي
 * للدفع » (the rest « to pay »: the bare « الباقي » is the change after cash, `ARABIC_REST`).
 */
const REMAINDER = keywordRegex([
  'RESTE',
  'RESTE A PAYER',
  'RESTE DU',
  'RESTANT',
  'RESTANT DU',
  'RELIQUAT',
  'المتبقي',
  'الباقي للدفع',
  'الباقي للتسديد',
]);
/**
 * A part paid before the rest: « Versé », « Versement », « Avance », « Acompte », and the Arabic advance « تسبيق »,
 * « عربون », « المدفوع مسبقا » (paid beforehand) that a tailor's, a workshop's or an order slip prints (twenty-seventh
 * round, unseen group J: « المدفوع مسبقا 11 100 » was cash handed over, and the total above it « a misread »).
 */
const DEPOSIT = keywordRegex([
  'VERSE',
  'VERSEMENT',
  'AVANCE',
  'ACOMPTE',
  'PAYE',
  'REGLE',
  'PAID',
  'DEPOSIT',
  'ADVANCE',
  'تسبيق',
  'التسبيق',
  'عربون',
  'العربون',
  'مسبقا',
  'دفعة اولي',
  'الدفعة الاولي',
]);
/** « الباقي »: after cash handed over, the change; after an advance, what is left to pay. */
const ARABIC_REST = keywordRegex(['الباقي']);

export interface Deposit {
  /** The part paid, and its row. */
  paid: number;
  paidLine: AnalyzedLine;
  /** What is left to pay, and its row. */
  rest: number;
  restLine: AnalyzedLine;
}

/**
 * « TOTAL BON 26 810,00 / Versé 13 000,00 / Reste à payer 13 810,00 »: a remainder row right under a part paid.
 * The part paid is then a deposit, not cash handed over for the whole, and the remainder is what stays owed.
 */
export function findDeposit(lines: readonly AnalyzedLine[], amountAt: AmountAt): Deposit | null {
  for (let i = 1; i < lines.length; i += 1) {
    const remainder = REMAINDER.test(lines[i].upper);
    if (!remainder && !ARABIC_REST.test(lines[i].upper)) continue;
    const rest = amountAt(i);
    if (!rest || rest.value < 0) continue;
    for (let j = i - 1; j >= Math.max(0, i - 2); j -= 1) {
      // « Net payé » is a total, not a part of it.
      if (lines[j].kind === 'total' || lines[j].kind === 'total-strong') continue;
      const advance = DEPOSIT.test(lines[j].upper);
      if (!advance && (lines[j].kind !== 'tendered' || !remainder)) continue;
      const paid = amountAt(j);
      if (paid && paid.value >= 0) return { paid: paid.value, paidLine: lines[j], rest: rest.value, restLine: lines[i] };
    }
  }
  return null;
}

/**
 * What is left to pay is not the ticket's total when a total is printed above the deposit: that total wins, and more
 * surely when the deposit and the remainder add up to it. With no other total, the remainder stays the candidate.
 */
export function demoteRemainder(candidates: TotalCandidate[], deposit: Deposit): void {
  const above = candidates.filter((c) => c.line && c.line.index < deposit.paidLine.index && c.keyword !== 'derived');
  if (!above.length) return;
  const whole = round2(deposit.paid + deposit.rest);
  const top = Math.max(...candidates.map((c) => c.score));
  // « الثمن الإجمالي ٥٠٠ ٠ » over « تسبيق ٥ ٣٠٠ / الباقي ٥ ٢٠٠ »: the bold total lost its thousands
  // (receipt-lost-group.ts); the advance and the rest say it was 10 500.
  if (!above.some((c) => nearlyEqual(c.value, whole))) for (const c of above) if (lostLeadingGroup(c.value, whole)) c.value = whole;
  for (const c of above) {
    if (!nearlyEqual(c.value, whole)) continue;
    c.score = top + 1;
    c.crossChecked = true;
  }
  for (const c of candidates) if (c.line && c.line.index >= deposit.paidLine.index && !above.includes(c)) c.score -= 3;
}

/** Rows that may stand between a total and the total after it: a discount (taken off), a service charge or a tax. */
const ADJUSTING: ReadonlySet<string> = new Set(['discount', 'tax', 'other']);
/** A gross before a discount, a consumption before the service charge: the total printed after them is paid. */
const MAX_ROWS_BETWEEN = 3;

/**
 * « Total brut 15 250 / Remise −1 525 / TOTAL 13 725 », « Total consommé 7 210 / Service (5%) 360,50 / TOTAL
 * 7 570,50 »: a total printed below another, equal to it with the rows between added (a discount taken off, a service
 * charge or a tax added), is the one paid, even when the item rows check the first one.
 */
export function preferTotalAfterAdjustments(lines: readonly AnalyzedLine[], candidates: TotalCandidate[], amountAt: AmountAt): void {
  const labelled = candidates.filter((c) => c.line && c.keyword !== 'derived');
  for (const after of labelled) {
    for (const before of labelled) {
      if (before === after || before.line!.index >= after.line!.index) continue;
      const from = lines.indexOf(before.line!);
      const to = lines.indexOf(after.line!);
      if (from < 0 || to - from < 2 || to - from - 1 > MAX_ROWS_BETWEEN) continue;
      let sum = before.value;
      // The same with the unlabelled rows taken off: a discount whose label was lost (« المجموع ٩٤٥٠٫٠٠ / ٤٧٠٫٠٠ /
      // للدفع ٨٩٨٠٫٠٠ », « تخفيض » read as nothing; thirtieth round, unseen group M) — the rows' arithmetic says which.
      let lostDiscount = before.value;
      let adjusted = false;
      let ok = true;
      for (let j = from + 1; j < to && ok; j += 1) {
        const row = amountAt(j);
        if (!ADJUSTING.has(lines[j].kind)) ok = false;
        else if (row && row.line === lines[j] && row.value !== 0) {
          sum += lines[j].kind === 'discount' ? -Math.abs(row.value) : row.value;
          lostDiscount += lines[j].kind === 'other' || lines[j].kind === 'discount' ? -Math.abs(row.value) : row.value;
          adjusted = true;
        }
      }
      const fits = nearlyEqual(after.value, round2(sum), 0.011) || nearlyEqual(after.value, round2(lostDiscount), 0.011);
      if (!ok || !adjusted || !fits) continue;
      after.score = Math.max(after.score, before.score + 0.5);
      after.crossChecked = true;
    }
  }
}

/**
 * A payment receipt: « Prix de la formation 45 000 / Montant versé 11 000 / Reste à payer 34 000 » — the sum paid,
 * labelled with a money word (« Montant », « Montant versé »), right above what is still owed, with no row
 * labelled as a total above it. The paper is a receipt for that payment: its amount is the one paid, and the rest
 * (« Reste à payer » is a strong total's label for an unpaid bill) is not (twenty-ninth round, unseen group L's
 * driving school). A total printed above the payment keeps `demoteRemainder`'s reading.
 */
export function paymentOverRemainder(
  lines: readonly AnalyzedLine[],
  candidates: TotalCandidate[],
  amountAt: AmountAt,
): TotalCandidate | null {
  for (let i = 1; i < lines.length; i += 1) {
    if (!REMAINDER.test(lines[i].upper)) continue;
    const rest = amountAt(i);
    if (!rest) continue;
    for (let j = i - 1; j >= Math.max(0, i - 2); j -= 1) {
      // The payment labelled with a money word (« Montant », « Montant versé »): a bare « Versé 500 » over « Reste à
      // payer 1 240 » is a deposit on a bill whose amount due is the rest (unseen group C's pharmacy).
      if (lines[j].kind !== 'total') continue;
      const paid = amountAt(j);
      if (!paid || paid.value <= 0 || nearlyEqual(paid.value, rest.value)) break;
      const labelledAbove = candidates.some((c) => c.line && c.line.index < j && (c.keyword === 'strong' || c.keyword === 'weak'));
      if (labelledAbove) return null;
      const top = Math.max(0, ...candidates.map((c) => c.score));
      for (const c of candidates) if (c.line && c.line.index >= i) c.score -= 3;
      const own = candidates.find((c) => nearlyEqual(c.value, paid.value));
      if (own) {
        own.score = top + 1;
        return own;
      }
      const added: TotalCandidate = { value: paid.value, score: top + 1, keyword: 'weak', line: paid.line, crossChecked: false };
      candidates.push(added);
      return added;
    }
  }
  return null;
}
