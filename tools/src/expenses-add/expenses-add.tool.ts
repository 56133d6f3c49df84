import { TOOL_RESULTS } from '@tajer/contract';
import { z } from 'zod';
import { expenseLine, invalidExpense, receiptAlreadyUsed, toExpenseView, unknownCategory, failedFields } from '../expense-lines';
import { formatMoney, formatDate, say } from '../format';
import { directionHead } from '../direction';
import { service, type ExpenseInput, type ExpensePreviewInfo } from '../services';
import { attempt, toolCallIdOf, userIdOf, type ToolFailure } from '../tool-kit';
import type { ToolContext, ToolDefinition } from '../types';
import { ExpensesAddSchema } from './expenses-add.schema';
import { expensesAddExamples } from './expenses-add.examples';
import { summarizeExpensesAdd, type ExpensesAddData } from './expenses-add.summary';
import { ACCESS } from '@tajer/contract';
import { expensesAddSlots } from './expenses-add.slots';

/**
 * The contract's arguments plus what a scanned receipt hands over (the picture and its TVA): a draft from
 * expenses_scan_receipt, or an approval edited in the chat, is re-parsed with this schema and must keep them.
 */
const ExpensesAddToolSchema = ExpensesAddSchema.extend({
  attachmentId: z
    .string()
    .min(1)
    .optional()
    .describe('Id of the receipt picture this expense comes from (set when saving a scanned receipt)'),
  vatAmount: z.number().nonnegative().optional().describe('TVA included in the amount, when printed on the receipt'),
});
type Args = z.infer<typeof ExpensesAddToolSchema>;

const FALLBACK_CATEGORY = 'autre';

function inputOf(args: Args, category: string): ExpenseInput {
  const input: ExpenseInput = { amount: args.amount, category };
  if (args.description) input.description = args.description;
  if (args.date) input.date = args.date;
  if (args.merchant) input.merchant = args.merchant;
  if (args.attachmentId) input.attachmentId = args.attachmentId;
  if (args.vatAmount !== undefined && args.vatAmount <= args.amount) input.vatAmount = args.vatAmount;
  return input;
}

/** The backend's own error, said in the user's language when we know how. */
function explain(err: unknown, category: string): unknown {
  return receiptAlreadyUsed(err) ?? unknownCategory(category, err) ?? invalidExpense(err) ?? err;
}

/**
 * Validates the expense as the backend would save it. Without a category the merchant is tried (utility and brand
 * names like "Sonelgaz" or "Naftal" are category synonyms), then "autre"; the card shows the result and the owner
 * may change it before approving.
 */
async function preview(ctx: ToolContext, args: Args): Promise<ExpensePreviewInfo> {
  const expenses = service(ctx, 'expenses');
  const candidates = args.category ? [args.category] : [...(args.merchant ? [args.merchant] : []), FALLBACK_CATEGORY];
  for (const [i, category] of candidates.entries()) {
    try {
      return await expenses.previewCreate(ctx.tenantId, inputOf(args, category));
    } catch (err) {
      const categoryRefused = failedFields(err).some((f) => f.field === 'category');
      if (!categoryRefused || i === candidates.length - 1) throw explain(err, category);
    }
  }
  throw new Error('unreachable');
}

export const expensesAddTool: ToolDefinition<typeof ExpensesAddToolSchema> = {
  name: 'expenses_add',
  kind: 'write',
  roles: ACCESS['expenses.add'],
  description:
    "Record money the shop PAID (rent, bills, wages, supplies, goods bought, transport): amount in DZD (required), category, description, date (YYYY-MM-DD) and merchant. Not for a sale or the day's takings (sales_record, sales_daily_total), not for money a customer owes or pays back, not for adding a product to the catalogue (products_add). Requires the user's confirmation of the exact expense before it is saved.",
  schema: ExpensesAddToolSchema,
  result: TOOL_RESULTS.expenses_add,
  examples: expensesAddExamples,
  requiresApproval: true,
  editable: ['amount', 'category', 'date', 'merchant', 'description'],
  slots: expensesAddSlots,

  /** Exactly what would be saved (amount, canonical category, date defaulting to today in Algiers); writes nothing. */
  propose: (ctx, args) =>
    attempt(ctx, async () => {
      const p = await preview(ctx, args);
      const view = toExpenseView(p);
      const label = (texts: { fr: string; ar: string; en: string }) => say(ctx.lang, texts);
      const changes = [
        {
          field: 'amount',
          label: label({ fr: 'Dépense (montant payé)', ar: 'مصروف (المبلغ المدفوع)', en: 'Expense (amount paid)' }),
          after: formatMoney(p.amount, ctx.lang, { currency: p.currency, exact: true }),
        },
        {
          field: 'category',
          label: label({ fr: 'Catégorie', ar: 'الفئة', en: 'Category' }),
          after: p.categoryLabel[ctx.lang] || p.categoryLabel.fr,
        },
        { field: 'date', label: label({ fr: 'Date', ar: 'التاريخ', en: 'Date' }), after: formatDate(p.date, ctx.lang) },
        ...(p.merchant ? [{ field: 'merchant', label: label({ fr: 'Fournisseur', ar: 'المورد', en: 'Paid to' }), after: p.merchant }] : []),
        ...(p.description
          ? [{ field: 'description', label: label({ fr: 'Description', ar: 'الوصف', en: 'Description' }), after: p.description }]
          : []),
      ];
      const approved: Record<string, unknown> = { amount: p.amount, category: p.category, date: p.date };
      if (p.merchant) approved.merchant = p.merchant;
      if (p.description) approved.description = p.description;
      if (p.attachmentId) approved.attachmentId = p.attachmentId;
      if (args.vatAmount !== undefined) approved.vatAmount = args.vatAmount;
      return {
        success: true,
        data: {
          summary: directionHead('expense', expenseLine(view, ctx.lang), ctx.lang),
          changes,
          args: approved,
        },
      };
    }),

  /** Saves the approved expense (with its receipt, linked to the chat action when the host passes the call id). */
  run: (ctx, args) =>
    attempt(ctx, async () => {
      const category = args.category ?? FALLBACK_CATEGORY;
      let saved;
      try {
        const toolCallId = toolCallIdOf(ctx);
        saved = await service(ctx, 'expenses').create(
          ctx.tenantId,
          userIdOf(ctx),
          inputOf(args, category),
          toolCallId ? { toolCallId } : {},
        );
      } catch (err) {
        throw explain(err, category) as ToolFailure;
      }
      const data: ExpensesAddData = { ...toExpenseView(saved), id: saved.id };
      return {
        success: true,
        data,
        records: [
          { type: 'expense', id: saved.id, label: `${saved.amount} ${saved.currency} — ${saved.categoryLabel.fr}` },
          ...(saved.attachmentId ? [{ type: 'attachment', id: saved.attachmentId }] : []),
        ],
      };
    }),

  summarize: summarizeExpensesAdd,
};
