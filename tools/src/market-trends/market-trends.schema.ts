import { z } from 'zod';
import { PeriodSchema } from '../common/common.schema';

export const MarketTrendsSchema = z.object({
  category: z
    .string()
    .min(1)
    .optional()
    .describe('Product category to focus on, in any language (e.g. "produits laitiers", "boissons", "ألبان"); omit for all categories'),
  period: PeriodSchema.optional().describe('Window over which growth and top movers are computed; omit for the default'),
});
export type MarketTrendsArgs = z.infer<typeof MarketTrendsSchema>;
