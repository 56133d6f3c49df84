import { z } from 'zod';

export const CustomersCreditAddSchema = z.object({
  customer: z.string().min(1).describe('The customer who owes the money, by name (and phone if given)'),
  amount: z.number().positive().describe('What they already owe from before, in DZD (the notebook, « le carnet »)'),
});
export type CustomersCreditAddArgs = z.infer<typeof CustomersCreditAddSchema>;
