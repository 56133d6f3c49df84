import { z } from 'zod';

export const SalesDailyTotalSchema = z.object({
  amount: z.number().positive().describe("The day's takings in DZD, counted at closing time (e.g. 45000)"),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .optional()
    .describe('The day (YYYY-MM-DD); default today'),
});
export type SalesDailyTotalArgs = z.infer<typeof SalesDailyTotalSchema>;
