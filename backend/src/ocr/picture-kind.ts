import { analyzeLines } from './receipt-analysis';
import type { ReceiptDraft } from './receipt-draft.types';

/**
 * Is a picture sent without a word a receipt or a product? Read as a receipt, a till ticket or an invoice has many
 * lines, several amounts, a total label or a date; a product label has a few big words and at most a price.
 */
export type PictureKind = 'receipt' | 'product' | 'unsure';

export function pictureKind(text: string, draft: Pick<ReceiptDraft, 'total' | 'date' | 'confidence'>): PictureKind {
  const lines = analyzeLines(text).filter((l) => l.confidence >= 0.4);
  const wordy = lines.filter((l) => (l.text.match(/\p{L}/gu) ?? []).length >= 3).length;
  const money = lines.filter((l) => l.amounts.some((a) => a.value > 0)).length;
  const totalLabel = lines.some((l) => (l.kind === 'total-strong' || l.kind === 'total') && l.amounts.length > 0);
  const paid = lines.some((l) => l.kind === 'tendered' || l.kind === 'change' || l.kind === 'tax');
  let score = 0;
  if (totalLabel) score += 2;
  if (paid) score += 1;
  if (draft.date) score += 1;
  if (draft.total !== null && draft.confidence.total >= 0.5) score += 1;
  score += Math.min(money, 6) * 0.4 + Math.min(wordy, 10) * 0.1;
  if (score >= 3.5) return 'receipt';
  if (score <= 1.5) return 'product';
  return 'unsure';
}
