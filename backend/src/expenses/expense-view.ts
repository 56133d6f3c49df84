import { CATEGORY_LABELS, resolveExpenseCategory, type ExpenseCategory } from './expense-categories';
import { dateToDay } from './expense-dates';
import type { ExpenseRow } from './expenses.repository';

export interface ExpenseView {
  id: string;
  amount: number;
  currency: string;
  category: ExpenseCategory;
  categoryLabel: { fr: string; ar: string; en: string };
  description: string | null;
  /** YYYY-MM-DD */
  date: string;
  merchant: string | null;
  vatAmount: number | null;
  attachmentId: string | null;
  /** Where to see the receipt picture. */
  receiptUrl: string | null;
  createdAt: Date;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Stored names are mapped to the canonical list, so rows saved as "achats marchandises" read as "marchandises". */
export function canonicalCategory(stored: string): ExpenseCategory {
  return resolveExpenseCategory(stored) ?? 'autre';
}

export function toExpenseView(row: ExpenseRow): ExpenseView {
  const category = canonicalCategory(row.category);
  return {
    id: row.id,
    amount: round2(Number(row.amount)),
    currency: row.currency,
    category,
    categoryLabel: CATEGORY_LABELS[category],
    description: row.description,
    date: dateToDay(row.date),
    merchant: row.merchant,
    vatAmount: row.vatAmount === null ? null : round2(Number(row.vatAmount)),
    attachmentId: row.attachmentId,
    receiptUrl: row.attachmentId ? `/api/attachments/${row.attachmentId}` : null,
    createdAt: row.createdAt,
  };
}
