import { TOOL_RESULTS } from '@tajer/contract';
import { service } from '../services';
import { attempt, pickAttachmentId, userIdOf } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { ExpensesScanReceiptSchema } from './expenses-scan-receipt.schema';
import { expensesScanReceiptExamples } from './expenses-scan-receipt.examples';
import { summarizeReceiptScan, type ReceiptDraftData } from './expenses-scan-receipt.summary';
import { ACCESS } from '@tajer/contract';
import { expensesScanReceiptSlots } from './expenses-scan-receipt.slots';

const KEPT_LINES = 12;
const MAX_MERCHANT = 120;

/** Today in Algiers (UTC+1, no daylight saving): a receipt date after it is a misreading, not a future expense. */
const algiersToday = () => new Date(Date.now() + 3_600_000).toISOString().slice(0, 10);

/** The expense a readable receipt becomes, for expenses_add (whose proposal the owner approves or edits). */
function draftExpense(d: Omit<ReceiptDraftData, 'followUp'>): ReceiptDraftData['followUp'] {
  if (d.total === null || d.total <= 0 || d.alreadyUsedBy || d.currency !== 'DZD') return undefined;
  const args: Record<string, unknown> = { amount: d.total, category: d.suggestedCategory.key, attachmentId: d.attachmentId };
  if (d.date && d.date <= algiersToday()) args.date = d.date;
  if (d.merchant) args.merchant = d.merchant.slice(0, MAX_MERCHANT);
  if (d.vat !== null && d.vat >= 0 && d.vat <= d.total) args.vatAmount = d.vat;
  return { tool: 'expenses_add', args };
}

export const expensesScanReceiptTool: ToolDefinition<typeof ExpensesScanReceiptSchema> = {
  name: 'expenses_scan_receipt',
  kind: 'read-then-write',
  roles: ACCESS['expenses.add'],
  description:
    "Read an attached receipt or invoice image with OCR and return an expense draft (merchant, date, total, TVA, lines, confidence). Reading is immediate; saving the draft as an expense is a write that needs the user's confirmation.",
  schema: ExpensesScanReceiptSchema,
  result: TOOL_RESULTS.expenses_scan_receipt,
  examples: expensesScanReceiptExamples,
  // Reading the receipt changes nothing, so it runs at once; saving it goes through expenses_add, which is approved.
  requiresApproval: false,
  editable: [],
  slots: expensesScanReceiptSlots,

  /** Reads the receipt (nothing is saved); a readable total is handed over as an expense to approve. */
  run: (ctx, args) =>
    attempt(ctx, async () => {
      const attachmentId = pickAttachmentId(ctx, args.attachmentId);
      const scan = await service(ctx, 'expenses').scanReceipt(ctx.tenantId, userIdOf(ctx), attachmentId);
      const draft: Omit<ReceiptDraftData, 'followUp'> = {
        attachmentId: scan.attachmentId,
        merchant: scan.merchant,
        date: scan.date,
        total: scan.total,
        vat: scan.vat,
        currency: scan.currency,
        lines: scan.lines.slice(0, KEPT_LINES).map((l) => ({ description: l.description, quantity: l.quantity, amount: l.amount })),
        suggestedCategory: { key: scan.suggestedCategory.key, label: scan.suggestedCategory.label },
        warnings: scan.warnings,
        confidence: { merchant: scan.confidence.merchant ?? 0, date: scan.confidence.date ?? 0, total: scan.confidence.total ?? 0 },
        fieldsToCheck: scan.fieldsToCheck ?? [],
        alreadyUsedBy: scan.alreadyUsedBy,
        saved: false,
      };
      const followUp = draftExpense(draft);
      const data: ReceiptDraftData = followUp ? { ...draft, followUp } : draft;
      return {
        success: true,
        data,
        records: [
          { type: 'attachment', id: scan.attachmentId, label: scan.merchant ?? undefined },
          ...(scan.alreadyUsedBy ? [{ type: 'expense', id: scan.alreadyUsedBy }] : []),
        ],
      };
    }),

  summarize: summarizeReceiptScan,
};
