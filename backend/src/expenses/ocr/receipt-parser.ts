import { analyzeLines, type AnalyzedLine } from './receipt-analysis';
import { detectCurrency } from './receipt-currency';
import { findDates, type DateCandidate } from './receipt-dates';
import type { ParseReceiptOptions, ReceiptDraft } from './receipt-draft.types';
import { findLineItems } from './receipt-items';
import { DATE_LABEL, OTHER_DATE_LABEL } from './receipt-keywords';
import { findMerchant } from './receipt-merchant';
import { findTotals } from './receipt-totals';
import { clamp01, round2 } from './receipt-text';

export type { ParseReceiptOptions, ReceiptDraft } from './receipt-draft.types';

/**
 * Turns receipt text (from OCR or typed) into a draft expense. Pure and synchronous.
 * Each confidence combines the strength of the textual evidence with the OCR confidence of the line it came from.
 */
export function parseReceipt(text: string, opts: ParseReceiptOptions = {}): ReceiptDraft {
  const lines = analyzeLines(text, opts.lineConfidences);
  const maxYear = (opts.referenceDate ?? new Date()).getFullYear() + 1;

  const date = pickDate(lines, maxYear);
  const items = findLineItems(lines);
  const itemsSum = items.length >= 2 ? round2(items.reduce((s, i) => s + i.amount, 0)) : null;
  const totals = findTotals(lines, itemsSum);
  const merchant = findMerchant(lines);
  const currency = detectCurrency(lines.map((l) => l.upper).join('\n'), opts.defaultCurrency ?? 'DZD');

  // OCR confidence scales evidence down, but never below half: a well-labelled total read at 60 % is often right.
  const ocr = (line: AnalyzedLine | null | undefined) => 0.5 + 0.5 * (line?.confidence ?? meanConfidence(lines));

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
      total: round2(clamp01(totals.totalEvidence * ocr(totals.totalLine))),
      vat: round2(clamp01(totals.vatEvidence * ocr(totals.vatLine))),
      currency: round2(currency.confidence),
    },
  };
}

function meanConfidence(lines: readonly AnalyzedLine[]): number {
  return lines.length ? lines.reduce((s, l) => s + l.confidence, 0) / lines.length : 0;
}

/**
 * The purchase date: a date next to a DATE label wins, then dates with a time on the same line (the transaction stamp),
 * then the first one; expiry/validity dates are avoided.
 */
function pickDate(lines: readonly AnalyzedLine[], maxYear: number): { candidate: DateCandidate; evidence: number; line: AnalyzedLine } | null {
  let best: { candidate: DateCandidate; evidence: number; line: AnalyzedLine; score: number } | null = null;
  lines.forEach((line, i) => {
    for (const candidate of findDates(line.upper, maxYear)) {
      const labelled = DATE_LABEL.test(line.upper) || (i > 0 && DATE_LABEL.test(lines[i - 1].upper) && lines[i - 1].upper.length < 12);
      let score = 1 - i * 0.01;
      if (labelled) score += 1;
      if (/\d{1,2}:\d{2}/.test(line.clean)) score += 0.5;
      if (candidate.fourDigitYear) score += 0.2;
      if (candidate.kind === 'compact') score -= 0.5;
      if (candidate.unusual) score -= 0.3;
      if (OTHER_DATE_LABEL.test(line.upper)) score -= 1.5;
      let evidence = labelled ? 0.92 : 0.82;
      if (candidate.ambiguous) evidence -= 0.1;
      if (!candidate.fourDigitYear) evidence -= 0.05;
      if (candidate.kind === 'compact') evidence -= 0.2;
      if (candidate.unusual) evidence -= 0.1;
      if (!best || score > best.score) best = { candidate, evidence, line, score };
    }
  });
  return best;
}
