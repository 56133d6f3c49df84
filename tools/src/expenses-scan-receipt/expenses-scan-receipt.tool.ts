import type { ToolDefinition } from '../types';
import { ExpensesScanReceiptSchema } from './expenses-scan-receipt.schema';
import { expensesScanReceiptExamples } from './expenses-scan-receipt.examples';

export const expensesScanReceiptTool: ToolDefinition<typeof ExpensesScanReceiptSchema> = {
  name: 'expenses_scan_receipt',
  kind: 'read-then-write',
  description:
    "Read an attached receipt or invoice image with OCR and return an expense draft (merchant, date, total, TVA, lines, confidence). Reading is immediate; saving the draft as an expense is a write that needs the user's confirmation.",
  schema: ExpensesScanReceiptSchema,
  examples: expensesScanReceiptExamples,
  requiresApproval: true,
};
