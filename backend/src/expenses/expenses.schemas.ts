import { z } from 'zod';
import { PeriodSchema } from '../common/time/period';
import { EXPENSE_CATEGORIES, resolveExpenseCategory } from './expense-categories';

const ALLOWED = EXPENSE_CATEGORIES.join(', ');

/** Accepts the canonical names and their synonyms in fr/ar/en ("Sonelgaz", "الكهرباء"), returns the canonical one. */
export const CategorySchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .transform((value, ctx) => {
    const category = resolveExpenseCategory(value);
    if (!category) {
      ctx.addIssue({ code: 'custom', message: `unknown category "${value}"; allowed: ${ALLOWED}` });
      return z.NEVER;
    }
    return category;
  });

const money = z
  .number()
  .finite()
  .max(1_000_000_000)
  .transform((n) => Math.round(n * 100) / 100);

const day = z.iso.date().describe('YYYY-MM-DD');

export const CreateExpenseSchema = z
  .object({
    amount: money.refine((n) => n > 0, 'must be greater than 0').describe('Amount paid, TTC (tax included)'),
    category: CategorySchema.describe(`One of: ${ALLOWED} (synonyms in French, Arabic and English are accepted)`),
    description: z.string().trim().max(500).optional().describe('What it was for'),
    date: day.optional().describe('Day of the expense, YYYY-MM-DD, not in the future (default: today in Algiers)'),
    merchant: z.string().trim().min(1).max(120).optional().describe('Who was paid'),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like DZD')
      .optional()
      .describe("ISO 4217 code; default: the business's currency"),
    attachmentId: z
      .uuid()
      .optional()
      .describe('The receipt picture (from POST /api/expenses/ocr or /api/attachments); one expense per receipt'),
    vatAmount: money
      .refine((n) => n >= 0, 'must not be negative')
      .optional()
      .describe('TVA included in the amount'),
    ocrFields: z
      .record(z.string(), z.unknown())
      .refine((o) => JSON.stringify(o).length <= 20_000, 'too large')
      .optional()
      .describe('The OCR draft the owner confirmed (kept for audit); its "confidence" is stored alongside'),
  })
  .strict()
  .refine((e) => e.vatAmount === undefined || e.vatAmount <= e.amount, { message: 'cannot exceed amount', path: ['vatAmount'] });
export type CreateExpenseDto = z.infer<typeof CreateExpenseSchema>;
/** What callers may pass (category as typed, e.g. "Sonelgaz"). */
export type CreateExpenseInput = z.input<typeof CreateExpenseSchema>;

export const ListExpensesSchema = z
  .object({
    period: PeriodSchema.optional(),
    category: CategorySchema.optional().describe('Only this category (synonyms accepted)'),
    from: day.optional().describe('First day, inclusive'),
    to: day.optional().describe('Last day, inclusive'),
    page: z.coerce.number().int().min(1).default(1).describe('Page, from 1'),
    pageSize: z.coerce.number().int().min(1).max(200).default(50).describe('Items per page (max 200)'),
  })
  .strict()
  .refine((q) => !(q.period && (q.from || q.to)), { message: 'use either period or from/to', path: ['period'] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be before from', path: ['to'] });
export type ListExpensesDto = z.infer<typeof ListExpensesSchema>;
export type ListExpensesInput = z.input<typeof ListExpensesSchema>;

export const ScanReceiptSchema = z
  .object({ attachmentId: z.uuid().optional().describe('Scan an image already uploaded to /api/attachments instead of sending one') })
  .strict();
export type ScanReceiptDto = z.infer<typeof ScanReceiptSchema>;
