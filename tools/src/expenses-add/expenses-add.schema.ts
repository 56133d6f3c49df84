import { z } from 'zod';

export const ExpensesAddSchema = z.object({
  amount: z.number().positive().describe('Amount paid, in Algerian dinars (DZD), as a plain number (e.g. 4500)'),
  category: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Expense category, preferably a canonical French key (loyer, électricité, eau, internet, transport, carburant, salaires, fournitures, marchandises, entretien, taxes, autre)',
    ),
  description: z.string().min(1).optional().describe("Short free-text note about the expense, in the user's words"),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('Day the expense was paid, ISO format YYYY-MM-DD; omit for today'),
  merchant: z.string().min(1).optional().describe('Who was paid: supplier, landlord, utility or shop name'),
});
export type ExpensesAddArgs = z.infer<typeof ExpensesAddSchema>;
