import { z } from 'zod';
import { CurrencySchema, DaySchema, LocalizedSchema } from './common';

/** An expense as results show it. */
export const ExpenseViewSchema = z.object({
  id: z.string().optional(),
  amount: z.number(),
  currency: CurrencySchema,
  /** A key of the contract's EXPENSE_CATEGORIES. */
  category: z.string(),
  categoryLabel: LocalizedSchema,
  date: DaySchema,
  merchant: z.string().nullable(),
  description: z.string().nullable(),
  attachmentId: z.string().nullable(),
});
export type ExpenseView = z.infer<typeof ExpenseViewSchema>;

/** `expenses_list`: totals of a period (or a category), by category, and the latest expenses. */
export const ExpensesListResult = z.object({
  currency: CurrencySchema,
  period: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  category: z.object({ key: z.string(), label: LocalizedSchema }).nullable(),
  total: z.number(),
  goodsPurchases: z.number().optional(),
  operating: z.number().optional(),
  count: z.number().int().min(0),
  /** % change vs the previous period cut at the same point; null when there was nothing to compare with. */
  changePct: z.number().nullable(),
  previousTotal: z.number().nullable(),
  byCategory: z.array(z.object({ category: z.string(), label: LocalizedSchema, amount: z.number(), count: z.number(), share: z.number() })),
  latest: z.array(ExpenseViewSchema),
});
export type ExpensesListResult = z.infer<typeof ExpensesListResult>;

/** `expenses_add`: the expense saved. */
export const ExpensesAddResult = ExpenseViewSchema.extend({ id: z.string() });
export type ExpensesAddResult = z.infer<typeof ExpensesAddResult>;

/** `expenses_scan_receipt`: the draft read from a receipt photo (nothing saved; saving it is `expenses_add`). */
export const ExpensesScanReceiptResult = z.object({
  attachmentId: z.string(),
  merchant: z.string().nullable(),
  date: DaySchema.nullable(),
  /** TTC. */
  total: z.number().nullable(),
  vat: z.number().nullable(),
  currency: CurrencySchema,
  lines: z.array(z.object({ description: z.string(), quantity: z.number().nullable(), amount: z.number() })),
  suggestedCategory: z.object({ key: z.string(), label: LocalizedSchema }),
  /** e.g. total_not_found, low_confidence, receipt_already_used. */
  warnings: z.array(z.string()),
  /** 0..1 for merchant, date and total: the draft card highlights the weak ones. */
  confidence: z.object({ merchant: z.number(), date: z.number(), total: z.number() }).optional(),
  fieldsToCheck: z.array(z.string()).optional(),
  alreadyUsedBy: z.string().nullable(),
  saved: z.literal(false),
  /** The expense to propose for approval. */
  followUp: z.object({ tool: z.literal('expenses_add'), args: z.record(z.string(), z.unknown()) }).optional(),
});
export type ExpensesScanReceiptResult = z.infer<typeof ExpensesScanReceiptResult>;
