import { z } from 'zod';

/** No arguments: segments are computed over all known customers. */
export const MarketingAudienceInsightsSchema = z.object({}).describe('No arguments');
export type MarketingAudienceInsightsArgs = z.infer<typeof MarketingAudienceInsightsSchema>;
