import { z } from 'zod';

export const MarketCompetitorsSchema = z.object({
  product: z
    .string()
    .min(1)
    .optional()
    .describe('Product to compare, by name in any language (e.g. "huile", "زيت", "sugar"); omit to compare the whole catalogue'),
});
export type MarketCompetitorsArgs = z.infer<typeof MarketCompetitorsSchema>;
