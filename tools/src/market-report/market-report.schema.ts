import { z } from 'zod';
import { PeriodSchema } from '../common/common.schema';

export const MarketReportSchema = z.object({
  topic: z
    .string()
    .min(1)
    .optional()
    .describe('What the report is about: a category, product or theme (e.g. "boissons", "hygiène"); omit for a general market report'),
  period: PeriodSchema.optional().describe('Window the report covers; omit for the default'),
});
export type MarketReportArgs = z.infer<typeof MarketReportSchema>;
