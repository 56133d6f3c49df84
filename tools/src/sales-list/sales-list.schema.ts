import { z } from 'zod';
import { PeriodSchema } from '../common/common.schema';
import { PaymentMethodSchema } from '../sales-record/sales-record.schema';

export const SalesListSchema = z.object({
  period: PeriodSchema.optional().describe(
    'today, week, month, quarter or year to date, or a whole yesterday, last_week, last_month, last_year (default today)',
  ),
  customer: z.string().min(1).optional().describe("Only this customer's sales (name or phone)"),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .optional()
    .describe('One past day instead of a period (e.g. yesterday), YYYY-MM-DD'),
  paymentMethod: PaymentMethodSchema.optional().describe('Only sales paid this way (credit: sales on the notebook)'),
});
export type SalesListArgs = z.infer<typeof SalesListSchema>;
