import { z } from 'zod';
import { EXPENSE_CATEGORIES } from '../expense-categories';
import { PERIODS } from '../periods';
import { Day, IsoDateTime, LocalizedStrict as Localized, pageFields } from './common';

/** What GET/POST /api/expenses answer: documented from these schemas and checked against live responses. */
export const ExpenseResponse = z.strictObject({
  id: z.string(),
  amount: z.number(),
  currency: z.string(),
  category: z.enum(EXPENSE_CATEGORIES),
  categoryLabel: Localized,
  description: z.string().nullable(),
  date: Day,
  merchant: z.string().nullable(),
  vatAmount: z.number().nullable(),
  attachmentId: z.string().nullable(),
  receiptUrl: z.string().nullable(),
  createdAt: IsoDateTime,
});

export const ExpensePageResponse = z.strictObject({
  currency: z.string(),
  range: z.strictObject({ period: z.enum(PERIODS).nullable(), from: Day, to: Day }),
  category: z.strictObject({ key: z.enum(EXPENSE_CATEGORIES), label: Localized }).nullable(),
  items: z.array(ExpenseResponse),
  ...pageFields('totalItems'),
  totals: z.strictObject({
    grandTotal: z.number(),
    /** Goods bought for resale: not operating expenses (they reach the result through the cost of goods sold). */
    goodsPurchases: z.number(),
    operating: z.number(),
    vatTotal: z.number(),
    count: z.number().int().min(0),
    byCategory: z.array(
      z.strictObject({
        category: z.enum(EXPENSE_CATEGORIES),
        label: Localized,
        amount: z.number(),
        count: z.number().int(),
        share: z.number(),
      }),
    ),
    /** Expenses in another currency, not added to the totals above. */
    otherCurrencies: z.array(z.strictObject({ currency: z.string(), amount: z.number(), count: z.number().int() })),
  }),
  /** The previous period cut at the same point; null for a date range. */
  previous: z.strictObject({ from: Day, to: Day, grandTotal: z.number(), change: z.number().nullable() }).nullable(),
});
