import { analyzeLines, type AnalyzedLine } from './receipt-analysis';
import { detectCurrency } from './receipt-currency';
import { cutYearDate, findDates, monthNamed, type DateCandidate } from './receipt-dates';
import { weekdayCompletedDate, weekdayContradicts } from './receipt-weekday';
import type { ParseReceiptOptions, ReceiptCheck, ReceiptChecks, ReceiptDraft, ReceiptLineItem, ReceiptVat } from './receipt-draft.types';
import { findLineItems, resolveItemReadings } from './receipt-items';
import { DATE_LABEL, LAST_DAY_TO_PAY, OTHER_DATE_LABEL, VALID_UNTIL } from './receipt-keywords';
import { findMerchant } from './receipt-merchant';
import { findTotals } from './receipt-totals';
import { clamp01, nearlyEqual, round2 } from './receipt-text';

export type { ParseReceiptOptions, ReceiptDraft } from './receipt-draft.types';

/**
 * Turns receipt text (from OCR or typed) into a draft expense. Pure and synchronous.
 * Each confidence combines the strength of the textual evidence with the OCR confidence of the line it came from.
 */
export function parseReceipt(text: string, opts: ParseReceiptOptions = {}): ReceiptDraft {
  const lines = analyzeLines(text, opts.lineConfidences);
  const maxYear = (opts.referenceDate ?? new Date()).getFullYear() + 1;

  const date = pickDate(lines, maxYear) ?? weekdayDate(lines, opts.referenceDate ?? new Date());
  const parsed = findLineItems(lines);
  const firstSum = parsed.length >= 2 ? round2(parsed.reduce((s, i) => s + i.amount, 0)) : null;
  const firstTotals = findTotals(lines, firstSum);
  // Lines read two ways ("5 450": 5 450 DA or 5 × 450) take the reading that adds up to the labelled total.
  const items = resolveItemReadings(parsed, firstTotals.total);
  const itemsSum = items.length >= 2 ? round2(items.reduce((s, i) => s + i.amount, 0)) : null;
  const totals = itemsSum === firstSum ? firstTotals : findTotals(lines, itemsSum);
  const merchant = findMerchant(lines);
  const currency = detectCurrency(lines.map((l) => l.upper).join('\n'), opts.defaultCurrency ?? 'DZD');

  // OCR confidence scales evidence down, but never below half: a well-labelled total read at 60 % is often right.
  const ocr = (line: AnalyzedLine | null | undefined) => 0.5 + 0.5 * (line?.confidence ?? meanConfidence(lines));
  const checks = consistencyChecks(totals.total, totals.subtotal, items, totals.vat, totals.payment, totals.adjusted);

  return {
    merchant: merchant.merchant,
    date: date?.candidate.iso ?? null,
    total: totals.total,
    ...(totals.subtotal !== undefined ? { subtotal: totals.subtotal } : {}),
    vat: totals.vat,
    currency: currency.currency,
    lines: items,
    confidence: {
      merchant: round2(clamp01(merchant.evidence * ocr(merchant.line))),
      date: round2(date ? clamp01(date.evidence * ocr(date.line)) : 0),
      total: round2(clamp01(totals.totalEvidence * ocr(totals.totalLine) + checkAdjustment(checks, totals.totalLine !== null))),
      vat: round2(clamp01(totals.vatEvidence * ocr(totals.vatLine))),
      currency: round2(currency.confidence),
    },
    checks,
  };
}

/**
 * Each check that holds adds a little to a labelled total's confidence (an unlabelled one was derived from these very
 * sums); one that fails takes off more: something on the receipt was misread.
 */
function checkAdjustment(c: ReceiptChecks, labelled: boolean): number {
  const weight = { lines: [0.05, -0.2], vat: [0.03, -0.1], cash: [0.05, -0.3] } as const;
  return (Object.keys(weight) as (keyof ReceiptChecks)[]).reduce(
    (s, k) => s + (c[k] === 'ok' && labelled ? weight[k][0] : c[k] === 'mismatch' ? weight[k][1] : 0),
    0,
  );
}

export function consistencyChecks(
  total: number | null,
  subtotal: number | undefined,
  items: readonly ReceiptLineItem[],
  vat: readonly ReceiptVat[],
  payment: { tendered: number | null; change: number | null },
  adjusted: boolean,
): ReceiptChecks {
  if (total === null) return { lines: 'absent', vat: 'absent', cash: 'absent' };
  let lines: ReceiptCheck = 'absent';
  if (items.length >= 2) {
    const sum = items.reduce((s, i) => s + i.amount, 0);
    const agrees = nearlyEqual(sum, total, 0.05) || (subtotal !== undefined && nearlyEqual(sum, subtotal, 0.05));
    // A discount, stamp or insurer share legitimately separates the lines from the total.
    lines = agrees ? 'ok' : adjusted ? 'absent' : 'mismatch';
  }
  let vatCheck: ReceiptCheck = 'absent';
  const rated = vat.filter((v) => v.rate && v.amount !== undefined);
  if (rated.length === 1) {
    const { rate, amount } = rated[0] as Required<ReceiptVat>;
    const tolerance = Math.max(1, amount * 0.01);
    const fits =
      nearlyEqual((total * rate) / (100 + rate), amount, tolerance) ||
      (subtotal !== undefined && nearlyEqual((subtotal * rate) / 100, amount, tolerance));
    vatCheck = fits ? 'ok' : adjusted ? 'absent' : 'mismatch';
  }
  let cash: ReceiptCheck = 'absent';
  if (payment.tendered !== null && payment.change !== null)
    cash = nearlyEqual(payment.tendered - payment.change, total, 0.05) ? 'ok' : 'mismatch';
  return { lines, vat: vatCheck, cash };
}

function meanConfidence(lines: readonly AnalyzedLine[]): number {
  return lines.length ? lines.reduce((s, l) => s + l.confidence, 0) / lines.length : 0;
}

/**
 * No date read, but a weekday row that lost its month or its year and still names one date (receipt-weekday.ts):
 * shown to be checked.
 */
function weekdayDate(
  lines: readonly AnalyzedLine[],
  reference: Date,
): { candidate: DateCandidate; evidence: number; line: AnalyzedLine } | null {
  for (const line of lines) {
    const iso = weekdayCompletedDate(line.upper, reference, monthNamed);
    if (iso)
      return {
        candidate: { iso, start: 0, ambiguous: false, fourDigitYear: true, kind: 'month-name', unusual: true },
        evidence: 0.45,
        line,
      };
  }
  return null;
}

/**
 * The purchase date: a date next to a DATE label wins, then dates with a time on the same line (the transaction stamp),
 * then the first one; expiry/validity dates are avoided.
 */
function pickDate(
  lines: readonly AnalyzedLine[],
  maxYear: number,
): { candidate: DateCandidate; evidence: number; line: AnalyzedLine } | null {
  let best: { candidate: DateCandidate; evidence: number; line: AnalyzedLine; score: number } | null = null;
  // A day printed twice (the sale and the parking exit, the header and the footer) outweighs a lone reading whose digit
  // OCR may have misread (« 21/06/18 10:08 » above « 27/06/18 09:49 - 27/06/18 10:08 »).
  const printed = new Map<string, number>();
  for (const l of lines) for (const c of findDates(l.upper, maxYear)) printed.set(c.iso, (printed.get(c.iso) ?? 0) + 1);
  lines.forEach((line, i) => {
    const found = findDates(line.upper, maxYear);
    // « (Période) du 16/08/2024 au 16/11/2024 »: two different days on one line are a period, not the purchase.
    const period = new Set(found.map((c) => c.iso)).size >= 2 && !DATE_LABEL.test(line.upper);
    const lastDayToPay = line.upper.search(LAST_DAY_TO_PAY);
    const validUntil = VALID_UNTIL.test(line.upper);
    for (const candidate of found) {
      // No date rather than the last day to pay: « تاريخ الفاتورة … آخر أجل ٠٧/٠٤/٢٠٢٦ » keeps the bill's date before it.
      if (lastDayToPay >= 0 && candidate.start > lastDayToPay) continue;
      // A day that is not the weekday its row names was misread (receipt-weekday.ts); a validity's end is never the day.
      if (weekdayContradicts(line.upper, candidate.iso) || validUntil) continue;
      const labelled = DATE_LABEL.test(line.upper) || (i > 0 && DATE_LABEL.test(lines[i - 1].upper) && lines[i - 1].upper.length < 12);
      let score = 1 - i * 0.01;
      if (labelled) score += 1;
      if (/\d{1,2}:\d{2}/.test(line.clean)) score += 0.5;
      if (candidate.fourDigitYear) score += 0.2;
      if (candidate.kind === 'compact') score -= 0.5;
      if (candidate.unusual) score -= 0.3;
      if ((printed.get(candidate.iso) ?? 0) > 1) score += 0.15;
      if (OTHER_DATE_LABEL.test(line.upper) || period) score -= 1.5;
      let evidence = labelled ? 0.92 : 0.82;
      if (candidate.ambiguous) evidence -= 0.1;
      if (!candidate.fourDigitYear) evidence -= 0.05;
      if (candidate.kind === 'compact') evidence -= 0.2;
      if (candidate.unusual) evidence -= 0.1;
      // Only a due date or a period was read: the field is shown to be checked.
      if (OTHER_DATE_LABEL.test(line.upper) || period) evidence -= 0.3;
      if (!best || score > best.score) best = { candidate, evidence, line, score };
    }
  });
  // A labelled date whose year was cut at the edge beats the unlabelled ones and a due date, but not a whole labelled
  // date; completed from the other dates, it is shown to be checked.
  const others = lines.flatMap((l) => findDates(l.upper, maxYear).map((c) => c.iso));
  lines.forEach((line, i) => {
    if (!DATE_LABEL.test(line.upper) || OTHER_DATE_LABEL.test(line.upper) || findDates(line.upper, maxYear).length) return;
    const candidate = cutYearDate(line.clean, others, maxYear);
    const score = 1.9 - i * 0.01;
    if (candidate && (!best || score > best.score)) best = { candidate, evidence: 0.45, line, score };
  });
  return best;
}
