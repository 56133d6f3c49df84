import { z } from 'zod';

export const ExpensesScanReceiptSchema = z.object({
  attachmentId: z.string().min(1).describe('Id of the uploaded receipt or invoice image attached to the user message'),
});
export type ExpensesScanReceiptArgs = z.infer<typeof ExpensesScanReceiptSchema>;
