import type { AmountToken } from './receipt-amounts';
import {
  demoteRemainder,
  findDeposit,
  paymentOverRemainder,
  preferTotalAfterAdjustments,
  type AmountAt,
  type TotalCandidate,
} from './receipt-adjustments';
import { dinarsAfter, labelAmount, usesDecimals, type AnalyzedLine } from './receipt-analysis';
import { checkedInclusiveAmount, dueRowLost } from './receipt-stamp-due';
import { isCashSpeck, mendJoinedCash } from './receipt-cash-rows';
import { isCountRow } from './receipt-count-rows';
import { mendCurrencyDigits } from './receipt-currency-digits';
import { totalUnderBareLabel } from './receipt-amount-below';
import { paymentReceived } from './receipt-payment-received';
import { centsWithGluedDigit, gluedSignReading } from './receipt-glued-sign';
import { mendSwappedGroups } from './receipt-reversed-groups';
import { lostLeadingGroup } from './receipt-lost-group';
import { mendLostThousands } from './receipt-scale-rows';
import { shiftedColumnTotal, shiftedDownTotal } from './receipt-shifted-column';
import type { ReceiptVat } from './receipt-draft.types';
import { isSummaryHeading, isVatShareLine } from './receipt-keywords';
import { clamp01, nearlyEqual, round2 } from './receipt-text';

export interface TotalsResult {
  total: number | null;
  /** 0..1 from the textual evidence only (keyword strength, cross-checks); OCR confidence is applied by the caller. */
  totalEvidence: number;
  totalLine: AnalyzedLine | null;
  subtotal?: number;
  vat: ReceiptVat[];
  vatEvidence: number;
  vatLine: AnalyzedLine | null;
  /** Cash handed over and change given back, when printed. */
  payment: { tendered: number | null; change: number | null };
  /** A discount, stamp duty or insurer share explains why the lines need not add up to the total. */
  adjusted: boolean;
}

type Candidate = TotalCandidate;

const KEYWORD_RANK: Record<Candidate['keyword'], number> = { strong: 3, weak: 2, derived: 1, none: 0 };

/** Registration numbers printed next to tax labels ("GST ID: 000123", "N° TVA", "NIF"): never a tax amount. */
const TAX_REGISTRATION = /\b(?:ID|REG|NO|N°|NUM|NIF|NIS|RC|INTRA|NUMBER)\b/;

/**
 * Picks the amount paid. Every amount announced by a total label is a candidate; candidates are scored by how
 * explicit the label is and by arithmetic cross-checks that hold on any receipt: tendered − change, subtotal + tax,
 * total + rounding adjustment, sum of the item lines, and repetition. CASH and CHANGE are never the total.
 */
export function findTotals(lines: readonly AnalyzedLine[], itemsSum: number | null): TotalsResult {
  const decimals = usesDecimals(lines);
  const amountAt = (i: number) => labelAmount(lines, i, decimals);
  const candidates: Candidate[] = [];
  const add = (c: Candidate) => {
    if (!(c.value > 0)) return;
    const existing = candidates.find((x) => nearlyEqual(x.value, c.value));
    if (existing) {
      // Seen under several labels: keep the best label and a small bonus for the agreement.
      existing.score = Math.max(existing.score, c.score) + 0.3;
      if (KEYWORD_RANK[c.keyword] > KEYWORD_RANK[existing.keyword]) existing.keyword = c.keyword;
      existing.crossChecked ||= c.crossChecked;
      existing.line ??= c.line;
    } else {
      candidates.push({ ...c });
    }
  };

  const totalLines: number[] = [];
  let wholeLines = 0;
  const rows = lines.map((l) => l.clean);
  // Below the tax table's heading, a « TOTAL » row sums the table (« TAX TOTAL: 3.72 », OCR'd « TAS TOTAL »): when a
  // total was printed above the table, those rows are not the amount paid.
  const summaryAt = lines.findIndex((l) => l.kind === 'other' && isSummaryHeading(l.upper));
  const totalAbove =
    summaryAt > 0 && lines.slice(0, summaryAt).some((l, j) => (l.kind === 'total-strong' || l.kind === 'total') && amountAt(j));
  lines.forEach((line, i) => {
    if (line.kind !== 'total-strong' && line.kind !== 'total') return;
    if (totalAbove && i > summaryAt) return;
    // "SR inclusive of GST @6% 23.58 1.42" names a total but is a tax row: its last amount is the tax.
    if (isVatRow(line, decimals)) return;
    const found = amountAt(i);
    const strong = line.kind === 'total-strong';
    // « 14 550,007 » for « 14 550,00دج »: the glued sign read as a third figure after the cents (receipt-glued-sign.ts).
    const glued = !found && decimals ? centsWithGluedDigit(line.clean, rows) : null;
    if (glued !== null && glued > 0) {
      totalLines.push(i);
      add({
        value: glued,
        score: (strong ? 3 : 2) + 0.05 * totalLines.length,
        keyword: strong ? 'strong' : 'weak',
        line,
        crossChecked: false,
      });
      return;
    }
    if (!found) {
      // A fuel ticket prints cents in its volume and unit price but « MONTANT 2604 » in whole dinars: a whole amount
      // ending the labelled line is still a candidate, below any amount read with its cents.
      const whole = decimals ? wholeAmountAtEnd(line) : null;
      // Later ones are the final ones here too: « Montant TTC 18175 » (1 175 misread) above « Net à payer 1187 ».
      if (whole !== null) {
        wholeLines += 1;
        add({
          value: whole,
          score: (strong ? 1.5 : 1) + 0.05 * wholeLines,
          keyword: strong ? 'strong' : 'weak',
          line,
          crossChecked: false,
        });
      }
      return;
    }
    totalLines.push(i);
    // Later total lines are usually the final ones (TOTAL, then ROUNDED TOTAL / NET A PAYER).
    add({
      value: found.value,
      score: (strong ? 3 : 2) + 0.05 * totalLines.length,
      keyword: strong ? 'strong' : 'weak',
      line: found.line,
      crossChecked: false,
    });
  });

  // Rounding adjustment: "TOTAL 60.31 / ROUNDING ADJ -0.01" means 60.30 is paid. The sign is often lost in print or
  // OCR, so both directions are candidates; the one printed below, or a multiple of 0.05 (cash rounding), is preferred.
  lines.forEach((line, i) => {
    if (line.kind !== 'rounding') return;
    const adj = amountAt(i)?.value;
    if (adj === undefined || adj === 0 || Math.abs(adj) >= 1) return;
    const before = candidates.filter((c) => c.line && c.line.index < line.index && line.index - c.line.index <= 4);
    const base = before[before.length - 1];
    if (!base) return;
    // « Total Sales 33.00 / GST 1.98 / Rounding 0.02 / TOTAL 35.00 »: a total printed below the adjustment is the
    // rounded one; the adjustment was made to the sum with tax, not to the total label above it.
    const totalBelow = lines.slice(i + 1, i + 4).some((l, k) => (l.kind === 'total' || l.kind === 'total-strong') && amountAt(i + 1 + k));
    for (const sign of adj < 0 ? [1, -1] : [-1, 1]) {
      const rounded = round2(base.value + sign * adj);
      const printedAfter = lines.slice(i + 1, i + 4).some((l) => l.amounts.some((a) => nearlyEqual(a.value, rounded)));
      const gain = totalBelow && !printedAfter ? -0.5 : 0.6;
      const score = base.score + gain + (sign === 1 ? 0.2 : 0) + (printedAfter ? 0.5 : 0) + (cashMultiple(rounded) ? 0.2 : 0);
      add({ value: rounded, score, keyword: base.keyword, line: base.line, crossChecked: printedAfter });
    }
  });

  addStampAndThirdParty(lines, candidates, amountAt, add);

  // « ٥٨ ٢٤١٫٠٠ » for « ٢٤١٫٠٠ DA », « 3775 » for « 37دج »: the currency sign read as digits (receipt-currency-digits.ts).
  mendCurrencyDigits(candidates, lines, itemsSum);
  // « ٩٧٣ ٥٥ » for « ٥٥ ٩٧٣ »: Eastern thousands groups read in the swapped order (receipt-reversed-groups.ts).
  mendSwappedGroups(candidates, lines);
  // « ٥٥٤ » for « ١ ٥٥٤ » on a scale ticket, the rows' weight × price telling (receipt-scale-rows.ts).
  mendLostThousands(candidates, lines);
  // « المجموع للد ٠٨ 3615 4000 »: the total and the cash handed over read on one row (receipt-cash-rows.ts).
  mendJoinedCash(candidates, lines);
  const subtotalIdx = lines.findIndex((l, j) => l.kind === 'subtotal' && amountAt(j) !== null);
  const subtotal = subtotalIdx >= 0 ? amountAt(subtotalIdx)!.value : null;
  const hasDiscount = lines.some((l) => l.kind === 'discount' || l.amounts.some((a) => a.value < 0));
  const payment = findPayment(lines, decimals);
  // Cash handed over below the subtotal (« CASH 0.15 » under « SUB-TOTAL 12.15 ») was misread: it checks nothing.
  // (A « DISC 0.00 » row is no discount, nor a phone number's dash, « 03-TB3 ».)
  const discounted = lines.some(
    (l) => (l.kind === 'discount' && l.amounts.some((a) => a.value !== 0)) || l.amounts.some((a) => a.value < 0 && a.decimals > 0),
  );
  const misreadCash = payment.tendered !== null && subtotal !== null && !discounted && payment.tendered < subtotal - 0.01;
  // « Versé 13 000 / Reste à payer 13 810 » under the total: a deposit, not cash handed over for the whole.
  const deposit = findDeposit(lines, amountAt);
  const depositPaid = deposit !== null && payment.tendered !== null && nearlyEqual(payment.tendered, deposit.paid);
  const tendered = misreadCash || depositPaid ? null : payment.tendered;
  const change = payment.change;
  const vat = findVat(lines, decimals);
  const vatSum = vat.reduce((s, v) => s + (v.amount ?? 0), 0);

  // A receipt that prints a rounding adjustment is paid in cash to the nearest 0.05: cash − change that is not a
  // multiple of it has a misread digit (« Cash 10.09 » for 10.00) and checks nothing.
  const rounds = lines.some((l) => l.kind === 'rounding');
  const paidOk = (paid: number) => !rounds || cashMultiple(paid);
  if (tendered !== null && change !== null && change >= 0 && tendered > change && paidOk(round2(tendered - change))) {
    const paid = round2(tendered - change);
    const match = candidates.find((c) => nearlyEqual(c.value, paid));
    if (match) {
      match.score += 2;
      match.crossChecked = true;
    } else {
      add({ value: paid, score: 2.5, keyword: 'derived', line: null, crossChecked: true });
    }
  }
  const repeats = (v: number) => lines.reduce((n, l) => n + l.amounts.filter((a) => nearlyEqual(a.value, v)).length, 0);
  for (const c of candidates) {
    if (tendered !== null) {
      // Cash handed over is at least the total (a card payment equals it): a larger "total" is a misread.
      if (c.value > tendered + 0.01) c.score -= 2;
      else if (change === null && nearlyEqual(c.value, tendered)) c.score += 0.8;
    }
    if (subtotal !== null && vatSum > 0 && nearlyEqual(c.value, subtotal + vatSum, 0.021)) {
      c.score += 1.5;
      c.crossChecked = true;
    }
    if (itemsSum !== null && nearlyEqual(c.value, itemsSum, 0.021)) {
      c.score += 1;
      c.crossChecked = true;
    }
    c.score += 0.2 * Math.min(repeats(c.value) - 1, 3);
  }
  // « Total Sales Amount 33.00 / GST 6% 1.98 / Rounding 0.02 / TOTAL 35.00 »: a total that is an earlier labelled
  // amount plus the tax (and the rounding) is the one paid; the earlier one was the amount before tax.
  const roundingAdj = lines
    .filter((l) => l.kind === 'rounding')
    .flatMap((l) => l.amounts.map((a) => Math.abs(a.value)).filter((v) => v < 1));
  if (vatSum > 0) {
    for (const c of candidates) {
      const before = candidates.filter((b) => b !== c && b.line && c.line && b.line.index < c.line.index && b.value < c.value);
      const sums = before.flatMap((b) => [0, ...roundingAdj, ...roundingAdj.map((r) => -r)].map((r) => b.value + vatSum + r));
      if (sums.some((s) => nearlyEqual(c.value, s, 0.011))) {
        c.score += 1.5;
        c.crossChecked = true;
      }
    }
  }

  // One tax rate printed with its amount: the total it was worked out from is the one whose tax share it is (« GST
  // payable (6%): 0.54 » is 6/106 of 9.50, not of a misread « 8.50 »), to the cent or to a cash rounding of 0.05.
  const rated = vat.filter((v) => v.rate !== undefined && v.rate > 0 && v.amount !== undefined && v.amount > 0);
  if (rated.length === 1 && candidates.length > 1) {
    const { rate, amount } = rated[0] as Required<ReceiptVat>;
    const share = (v: number) => (v * rate) / (100 + rate);
    const fits = (v: number) => Math.abs(share(v) - amount) <= 0.006 + share(0.05);
    const fitting = candidates.filter((c) => fits(c.value));
    if (fitting.length && fitting.length < candidates.length) for (const c of fitting) c.score += 1;
  }

  // A « total » that equals the tax is the tax table's total row, its heading misread (« TAS TOTAL: 0.69 » under
  // « GST SUMHARY »), whenever a larger amount was labelled as the total too.
  if (vatSum > 0) {
    for (const c of candidates) {
      if (nearlyEqual(c.value, vatSum) && candidates.some((o) => o.value > c.value && o.keyword !== 'derived')) c.score -= 2;
    }
  }

  for (const c of candidates) {
    // Without a discount the total cannot be below the subtotal: a smaller "total" is a misread.
    if (subtotal !== null && !hasDiscount && c.value < subtotal - 0.05) c.score -= 2;
  }

  // Every labelled « total » is more than the cash handed over and no change was given: the total was misread
  // (« TOTAL 428.004 » over « CASH 48.00 »), and exact cash, or a card payment, is the amount paid.
  const exact = change === null || change === 0;
  if (tendered !== null && exact && candidates.length && candidates.every((c) => c.value > tendered + 0.01)) {
    const top = Math.max(...candidates.map((c) => c.score));
    add({ value: tendered, score: top + 0.1, keyword: 'derived', line: null, crossChecked: false });
  }
  preferTotalAfterAdjustments(lines, candidates, amountAt);
  preferNetAfterTotal(candidates);
  if (deposit) demoteRemainder(candidates, deposit);
  paymentOverRemainder(lines, candidates, amountAt);
  // A bare « NET A PAYER » under the amount its page's shifted money column put a row above, or a « NET A PAYER »
  // showing the tax over the amount the column put a row below (receipt-shifted-column.ts).
  // The page checks the shifted amount (the sum of the two above it), so it is taken even when no other total was read
  // (thirty-first round, unseen group N: « Total HT 1 643,50 / VA 10 293,50 / Montant TTC » bare, the HT row a subtotal).
  const shifted = shiftedColumnTotal(lines, amountAt) ?? shiftedDownTotal(lines, amountAt);
  if (shifted) {
    const top = Math.max(0, ...candidates.map((c) => c.score));
    add({ value: shifted.value, score: top + 1, keyword: 'strong', line: shifted.line, crossChecked: true });
  }
  // A bare « TOTAL TTC » over the footer's row that took its amount, the rows above adding up to it (receipt-amount-below.ts).
  const under = totalUnderBareLabel(lines, decimals);
  if (under) {
    const top = Math.max(0, ...candidates.map((c) => c.score));
    add({ value: under.value, score: top + 1, keyword: 'strong', line: under.line, crossChecked: true });
  }
  candidates.sort((a, b) => b.score - a.score);
  const mended = candidates[0] && digitMisreadTotal(lines, candidates[0], amountAt);
  if (mended !== null && mended !== undefined && !candidates.some((c) => nearlyEqual(c.value, mended)))
    candidates.unshift({
      value: mended,
      score: candidates[0].score + 0.1,
      keyword: 'derived',
      line: candidates[0].line,
      crossChecked: true,
    });
  // « المجموع ٣٤٠٫٠٠ » under two dishes of 660 and 680: the bold total lost its thousands (receipt-lost-group.ts), the
  // items say 1 340.
  const top = candidates[0];
  if (
    top?.line &&
    top.keyword !== 'derived' &&
    itemsSum !== null &&
    lostLeadingGroup(top.value, itemsSum) &&
    !candidates.some((c) => nearlyEqual(c.value, itemsSum))
  )
    candidates.unshift({ value: itemsSum, score: top.score + 0.1, keyword: 'derived', line: top.line, crossChecked: true });
  let best: Candidate | undefined = candidates[0];
  if (!best) {
    // No total label read: the largest amount marked as dinars (« 965 DA » under a lost label), a subtotal or a lone
    // payment line is the best remaining evidence.
    const marked =
      paymentReceived(lines, amountAt, decimals) ??
      sumBelowSubtotal(lines, amountAt) ??
      sumOfRowsAbove(lines) ??
      totalAboveVatShare(lines, decimals) ??
      dinarsTotal(lines) ??
      tableTotal(lines, decimals);
    if (marked && (subtotal === null || marked.value >= subtotal - 0.01) && (tendered === null || marked.value <= tendered + 0.01))
      best = marked;
    else if (subtotal !== null) best = { value: subtotal, score: 0, keyword: 'none', line: null, crossChecked: false };
    else if (tendered !== null && change === null) {
      // The change is printed right under the cash handed over (ESPECES / RENDU, نقدا / الباقي); its label may be lost.
      const unlabelledChange = changeBelowTendered(lines, decimals, tendered);
      best = { value: round2(tendered - (unlabelledChange ?? 0)), score: 0, keyword: 'none', line: null, crossChecked: false };
    } else best = fallbackTotal(lines, decimals);
  }

  let totalEvidence = 0;
  if (best) {
    totalEvidence = { strong: 0.7, weak: 0.55, derived: 0.45, none: 0.2 }[best.keyword];
    if (best.crossChecked) totalEvidence += 0.3;
    const runnerUp = candidates[1];
    if (runnerUp && best.score - runnerUp.score < 0.5) totalEvidence -= 0.15;
  }
  const total = best ? round2(best.value) : null;
  // A "tax" as large as the total is an identifier or a misread, not VAT.
  const vatKept = vat.filter((v) => v.amount === undefined || total === null || v.amount < total);
  const vatEvidence = vatConfidence(vatKept, subtotal, total);
  return {
    total,
    totalEvidence: clamp01(totalEvidence),
    totalLine: best?.line ?? null,
    // A subtotal above the total only makes sense after a discount.
    subtotal: subtotal !== null && (total === null || hasDiscount || subtotal <= total + 0.01) ? subtotal : undefined,
    vat: vatKept,
    vatEvidence,
    vatLine: lines.find((l) => l.kind === 'tax') ?? null,
    payment: { tendered, change },
    adjusted: hasDiscount || lines.some((l) => l.kind === 'stamp' || l.kind === 'third-party' || l.kind === 'rounding'),
  };
}

/** Rows between the subtotal and the total that add to it (a service charge, the tax, the rounding). */
const ADDED_ROW: ReadonlySet<string> = new Set(['tax', 'rounding', 'other']);

/**
 * The subtotal and the rows printed between it and the total (service charge, tax, rounding) add up to what the total
 * should read. A total that is that sum with one digit more or one digit less (« 43.95 » for 295.00 + 29.50 + 19.47 −
 * 0.02 = 343.95, « 385.20 » right under « SubTotal 85.20 ») or without its decimal point (« 700 » under « Subtotal
 * 7.00 ») was misread: the sum is the amount paid. A digit read as another (12.50 / 12.60) is not mended this way: a
 * misread tax row would make the sum as wrong as the total.
 */
function digitMisreadTotal(lines: readonly AnalyzedLine[], top: Candidate, amountAt: AmountAt): number | null {
  if (!top.line || top.keyword === 'derived') return null;
  const at = lines.indexOf(top.line);
  if (at < 0) return null;
  let sub = -1;
  for (let j = at - 1; j >= Math.max(0, at - 6) && sub < 0; j -= 1) if (lines[j].kind === 'subtotal' && amountAt(j)) sub = j;
  if (sub < 0) return null;
  let sum = amountAt(sub)!.value;
  for (let j = sub + 1; j < at; j += 1) {
    if (!ADDED_ROW.has(lines[j].kind)) return null;
    const row = amountAt(j);
    if (row) sum += row.value;
  }
  sum = round2(sum);
  if (sum <= 0 || nearlyEqual(sum, top.value)) return null;
  const digits = (v: number) => v.toFixed(2).replace('.', '');
  // « 22660000 » for « 2 268,00DA »: the glued sign read as digits (receipt-glued-sign.ts).
  // « Total TTC 514,00 » under « Total HT 20 600,00 / TVA 19% 3 914,00 »: its leading group lost (receipt-lost-group.ts).
  return nearlyEqual(top.value, sum * 100) ||
    oneDigitMoreOrLess(digits(top.value), digits(sum)) ||
    gluedSignReading(top.value, sum) ||
    lostLeadingGroup(top.value, sum)
    ? sum
    : null;
}

/**
 * No total label read (« TOZAL, : RM 73.00 »): the subtotal plus the rows under it (service charge, tax, rounding) is an
 * amount printed further down, the total whose label was lost: « Sub Total 68.87 / Service Charge 0.00 / GST 6% 4.13 /
 * TOZAL 73.00 ». The sum must take in a row that is not zero, or the subtotal would be found again.
 */
function sumBelowSubtotal(lines: readonly AnalyzedLine[], amountAt: AmountAt): Candidate | undefined {
  const sub = lines.findIndex((l, j) => l.kind === 'subtotal' && amountAt(j) !== null);
  if (sub < 0) return undefined;
  const subtotal = amountAt(sub)!.value;
  let sum = subtotal;
  for (let j = sub + 1; j < Math.min(lines.length, sub + 7); j += 1) {
    const line = lines[j];
    if (sum > subtotal + 0.005 && line.amounts.some((a) => nearlyEqual(a.value, sum))) {
      return { value: sum, score: 0, keyword: 'derived', line, crossChecked: true };
    }
    if (!ADDED_ROW.has(line.kind)) return undefined;
    // « 4 pièce(s) »: a count, no money (receipt-count-rows.ts).
    const row = isCountRow(line) ? null : amountAt(j);
    if (row) sum = round2(sum + row.value);
  }
  return undefined;
}

/** `a` is `b` with one character inserted or removed. */
function oneDigitMoreOrLess(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let k = 0; k < long.length; k += 1) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
  return false;
}

/** Cash rounding (Malaysia since 2008, and any till that prints a rounding line) pays to the nearest 0.05. */
function cashMultiple(value: number): boolean {
  return Math.abs(value * 20 - Math.round(value * 20)) < 1e-6;
}

/**
 * Stamp duty (« TIMBRE ») is added to a total and an insurer's share (« Part CNAS », Chifa) taken off it: the amount
 * paid is then the net printed below, which these sums confirm, or, when no net is printed, the sum itself.
 */
function addStampAndThirdParty(
  lines: readonly AnalyzedLine[],
  candidates: Candidate[],
  amountAt: AmountAt,
  add: (c: Candidate) => void,
): void {
  lines.forEach((line, i) => {
    if (line.kind !== 'stamp' && line.kind !== 'third-party') return;
    const x = amountAt(i)?.value;
    if (x === undefined || x <= 0) return;
    const sign = line.kind === 'stamp' ? 1 : -1;
    // The gross total is printed above the stamp / insurer line.
    const above = candidates.filter(
      (c) => c.line && c.line.index < line.index && line.index - c.line.index <= 4 && c.keyword !== 'derived',
    );
    const base = above[above.length - 1];
    if (!base) return;
    // A VAT-inclusive amount read one digit off gives way to the amount before tax plus the VAT (receipt-stamp-due.ts).
    const checked = sign > 0 && base.line ? checkedInclusiveAmount(lines, base.line.index, base.value, amountAt) : null;
    const net = round2((checked ?? base.value) + sign * x);
    if (net <= 0) return;
    const printed = candidates.find((c) => nearlyEqual(c.value, net) && c.line && c.line.index > line.index);
    if (printed) {
      printed.score += 1.5;
      printed.crossChecked = true;
    } else {
      const gain = sign < 0 ? 0.5 : dueRowLost(lines, i, amountAt) ? 0.5 : -0.3;
      add({ value: net, score: base.score + gain, keyword: 'derived', line: base.line, crossChecked: false });
    }
    // An insurer's share makes the gross total a figure the customer did not pay.
    if (sign < 0) base.score -= 1;
  });
}

/**
 * What was handed over and given back. The tendered amount is taken from the payment line just above CHANGE when there
 * is one (a "Payment Voucher" item higher up is not a payment), else from the first payment line.
 */
function findPayment(lines: readonly AnalyzedLine[], decimals: boolean): { tendered: number | null; change: number | null } {
  // A one-digit « cash » is a speck (receipt-cash-rows.ts): no cash paid was read.
  const amountAt = (i: number) => {
    const v = labelAmount(lines, i, decimals)?.value ?? null;
    return v !== null && lines[i].kind === 'tendered' && isCashSpeck(lines[i], v) ? null : v;
  };
  const changeIdx = lines.findIndex((l, i) => l.kind === 'change' && amountAt(i) !== null);
  const change = changeIdx >= 0 ? amountAt(changeIdx) : null;
  let tenderedIdx = -1;
  if (changeIdx >= 0) {
    for (let i = changeIdx - 1; i >= Math.max(0, changeIdx - 3) && tenderedIdx < 0; i -= 1) {
      if (lines[i].kind === 'tendered' && amountAt(i) !== null) tenderedIdx = i;
    }
  }
  if (tenderedIdx < 0) tenderedIdx = lines.findIndex((l, i) => l.kind === 'tendered' && amountAt(i) !== null);
  return { tendered: tenderedIdx >= 0 ? amountAt(tenderedIdx) : null, change };
}

/**
 * A net to pay printed below a total and slightly above it (stamp duty is 1 %, capped) is what was paid, even when the
 * stamp line between them was misread (« TIMERE ») and the total above is the one that adds up with the tax.
 */
function preferNetAfterTotal(candidates: Candidate[]): void {
  for (const net of candidates) {
    if (net.keyword !== 'strong' || !net.line) continue;
    for (const total of candidates) {
      if (total === net || !total.line || total.line.index >= net.line.index || net.line.index - total.line.index > 4) continue;
      if (net.value > total.value + 0.005 && net.value <= total.value * 1.02 + 0.05 && net.score <= total.score) {
        net.score = total.score + 0.1;
        net.crossChecked ||= total.crossChecked;
      }
    }
  }
}

/**
 * No total label read (an Arabic label lost as letter salad): an amount in the lower half that is the sum of the rows
 * just above it — one amount per row, its largest (« 720,00   2 x 360,00 ») — is the total, and checked.
 */
function sumOfRowsAbove(lines: readonly AnalyzedLine[]): Candidate | undefined {
  const skip = new Set(['tendered', 'change', 'count', 'tax', 'stamp', 'third-party']);
  // Specks read as « 1 » in the letter salad are not rows: with cents printed, only amounts with cents count.
  const decimals = usesDecimals(lines);
  const money = (x: AmountToken) => x.value > 0 && (decimals ? x.decimals > 0 : x.value >= 10);
  for (let i = Math.floor(lines.length / 2); i < lines.length; i += 1) {
    const line = lines[i];
    if (skip.has(line.kind)) continue;
    for (const a of line.amounts) {
      if (!money(a)) continue;
      let sum = 0;
      let rows = 0;
      for (let j = i - 1; j >= 0 && sum < a.value - 0.005; j -= 1) {
        // The rows summed are items: a (sub)total row above ends them (« SubTotal 25.00 » is not a second item).
        if (['subtotal', 'total', 'total-strong', 'tendered', 'change'].includes(lines[j].kind)) break;
        const amounts = lines[j].amounts.filter(money);
        if (!amounts.length) continue;
        sum = round2(sum + Math.max(...amounts.map((x) => x.value)));
        rows += 1;
      }
      if (rows >= 2 && nearlyEqual(sum, a.value)) return { value: a.value, score: 0, keyword: 'derived', line, crossChecked: true };
    }
  }
  return undefined;
}

/**
 * No total label read: the VAT share (« dont TVA 19 % », « منها الرسم 19% ») is printed right under the total, so the
 * lone amount of the unlabelled row just above it is the total — checked when the share it prints is its rate's part.
 */
function totalAboveVatShare(lines: readonly AnalyzedLine[], decimals: boolean): Candidate | undefined {
  const i = lines.findIndex((l) => l.kind === 'tax' && isVatShareLine(l.upper));
  const above = lines[i - 1];
  if (i < 1 || above.kind !== 'other') return undefined;
  const money = above.amounts.filter((a) => a.value >= 10 && (!decimals || a.decimals > 0));
  if (money.length !== 1) return undefined;
  const value = money[0].value;
  const rate = lines[i].percents[0]?.value;
  const share = lines[i].amounts.filter((a) => a.value !== rate).map((a) => a.value);
  const crossChecked = rate !== undefined && share.some((v) => nearlyEqual(v, round2((value * rate) / (100 + rate)), 0.011));
  return { value, score: 0, keyword: 'derived', line: above, crossChecked };
}

/**
 * The tax table (« GST Summary », « GST Rate   Amt excl GST   Tax ») prints, per rate, the amount before tax and the
 * tax: their sum over its rows is the total paid, a second reading of it from other print (« 80.27 4.83 » and « 0.00
 * 0.00 » under the heading when the total row read as « iotel After Rounding 8.10 »). Rows are read until the first
 * line without two amounts; the table's own TOTAL row, when read, is taken alone. No row with a tax, or a « tax » not
 * smaller than its amount (another table's columns), and there is no sum.
 */
function taxTableSum(lines: readonly AnalyzedLine[], decimals: boolean): number | null {
  const heading = lines.findIndex((l) => l.kind === 'other' && isSummaryHeading(l.upper));
  if (heading < 0) return null;
  let sum = 0;
  let taxed = false;
  for (let j = heading + 1; j < Math.min(lines.length, heading + 6); j += 1) {
    const money = lines[j].amounts.filter((a) => a.value >= 0 && (!decimals || a.decimals === 2));
    if (money.length < 2) break;
    const [amount, tax] = money.slice(-2).map((a) => a.value);
    if (tax > amount * 0.25) return null;
    if (tax > 0) taxed = true;
    if (lines[j].kind === 'total' || lines[j].kind === 'total-strong') return tax > 0 ? round2(amount + tax) : null;
    sum = round2(sum + amount + tax);
  }
  return taxed && sum > 0 ? sum : null;
}

function tableTotal(lines: readonly AnalyzedLine[], decimals: boolean): Candidate | undefined {
  const sum = taxTableSum(lines, decimals);
  return sum === null ? undefined : { value: sum, score: 0, keyword: 'derived', line: null, crossChecked: false };
}

/** The amount of the unlabelled row right under the (first) tendered row, when it is smaller than what was handed over. */
function changeBelowTendered(lines: readonly AnalyzedLine[], decimals: boolean, tendered: number): number | null {
  const i = lines.findIndex((l, j) => l.kind === 'tendered' && labelAmount(lines, j, decimals) !== null);
  const next = lines[i + 1];
  if (i < 0 || !next || next.kind !== 'other') return null;
  const value = labelAmount(lines, i + 1, decimals)?.value;
  return value !== undefined && value >= 0 && value < tendered ? value : null;
}

/** The largest amount marked as dinars below the header, outside payment, tax and count lines. */
function dinarsTotal(lines: readonly AnalyzedLine[]): Candidate | undefined {
  const skip = new Set(['tendered', 'change', 'count', 'tax', 'stamp', 'third-party', 'discount', 'subtotal']);
  let best: Candidate | undefined;
  for (const l of lines.slice(Math.floor(lines.length / 4))) {
    if (skip.has(l.kind)) continue;
    for (const a of l.amounts) {
      const marked = dinarsAfter(l.clean, a.end) || /(?:دج)\s*$/u.test(l.clean.slice(0, a.start));
      if (marked && a.value > 0 && (!best || a.value > best.value))
        best = { value: a.value, score: 0, keyword: 'none', line: l, crossChecked: false };
    }
  }
  return best;
}

/** The line's last token is a whole amount of at least 10 (then at most a currency sign): « MONTANT 2604 DA ». */
function wholeAmountAtEnd(line: AnalyzedLine): number | null {
  const last = line.amounts[line.amounts.length - 1];
  if (!last || last.decimals !== 0 || last.value < 10) return null;
  return /^\s*(?:DA|DZD|دج|د\.ج)?\s*$/iu.test(line.clean.slice(last.end)) ? last.value : null;
}

/** No total label read: the largest amount printed at least twice below the header, else nothing. */
function fallbackTotal(lines: readonly AnalyzedLine[], decimals: boolean): Candidate | undefined {
  const counts = new Map<number, number>();
  for (const l of lines.slice(Math.floor(lines.length / 4))) {
    if (l.kind === 'change' || l.kind === 'count' || l.kind === 'tax' || l.kind === 'stamp' || l.kind === 'third-party') continue;
    for (const a of l.amounts) if (a.value > 0 && (!decimals || a.decimals === 2)) counts.set(a.value, (counts.get(a.value) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, n]) => n >= 2).map(([v]) => v);
  if (!repeated.length) return undefined;
  return { value: Math.max(...repeated), score: 0, keyword: 'none', line: null, crossChecked: false };
}

/**
 * VAT entries: a tax line's rate (%) and amount, and summary rows such as "SR 6% 56.60 3.40" recognised by their
 * arithmetic (base × rate = tax) even without a label.
 */
export function findVat(lines: readonly AnalyzedLine[], decimals: boolean): ReceiptVat[] {
  const byRate = new Map<string, ReceiptVat>();
  const put = (v: ReceiptVat) => {
    const key = v.rate === undefined ? '?' : String(v.rate);
    const prev = byRate.get(key);
    if (!prev || (prev.amount === undefined && v.amount !== undefined)) byRate.set(key, v);
  };
  for (const line of lines) {
    const row = isVatRow(line, decimals);
    if (row) {
      put(row);
      continue;
    }
    const rate = line.percents.find((p) => p.value > 0 && p.value <= 30)?.value;
    const money = line.amounts.filter((a) => (!decimals || a.decimals > 0) && a.value >= 0);
    if (line.kind !== 'tax' || TAX_REGISTRATION.test(line.upper)) continue;
    const amount = money.length ? money[money.length - 1].value : undefined;
    if (rate !== undefined || amount !== undefined) put({ rate, amount });
  }
  const entries = [...byRate.values()];
  // "TVA 19 %" on one line and "TOTAL TVA 242,65" on another describe one tax.
  const rated = entries.filter((e) => e.rate !== undefined);
  const unrated = entries.filter((e) => e.rate === undefined);
  if (rated.length === 1 && rated[0].amount === undefined && unrated.length === 1)
    return [{ rate: rated[0].rate, amount: unrated[0].amount }];
  return entries;
}

/** "base × rate = tax" on one row is the strongest sign of a VAT line, labelled or not. */
function isVatRow(line: AnalyzedLine, decimals: boolean): { rate: number; amount: number } | null {
  const rate = line.percents.find((p) => p.value > 0 && p.value <= 30)?.value;
  const money = line.amounts.filter((a) => (!decimals || a.decimals > 0) && a.value >= 0);
  if (rate === undefined || money.length < 2) return null;
  const tax = money[money.length - 1].value;
  const base = money[money.length - 2].value;
  const fits = nearlyEqual((base * rate) / 100, tax, 0.02) || nearlyEqual((base * rate) / (100 + rate), tax, 0.02);
  return fits && tax > 0 ? { rate, amount: tax } : null;
}

function vatConfidence(vat: ReceiptVat[], subtotal: number | null, total: number | null): number {
  if (!vat.length) return 0;
  const sum = vat.reduce((s, v) => s + (v.amount ?? 0), 0);
  const complete = vat.every((v) => v.rate !== undefined && v.amount !== undefined);
  let c = complete ? 0.65 : 0.4;
  if (subtotal !== null && total !== null && nearlyEqual(subtotal + sum, total, 0.021)) c += 0.25;
  else if (total !== null && vat.some((v) => v.rate && v.amount && nearlyEqual((total * v.rate) / (100 + v.rate), v.amount, 0.05)))
    c += 0.2;
  return clamp01(c);
}
