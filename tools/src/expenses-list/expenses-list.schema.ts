import { z } from 'zod';
import { PeriodSchema } from '../common/common.schema';

export const ExpensesListSchema = z.object({
  period: PeriodSchema.optional().describe('Window of the expenses to list and total; omit for the current month'),
  category: z
    .string()
    .min(1)
    .optional()
    .describe('Expense category to filter on, preferably a canonical French key (loyer, électricité, transport, carburant, salaires…)'),
});
export type ExpensesListArgs = z.infer<typeof ExpensesListSchema>;
