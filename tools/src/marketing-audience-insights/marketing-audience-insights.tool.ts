import type { ToolDefinition } from '../types';
import { MarketingAudienceInsightsSchema } from './marketing-audience-insights.schema';
import { marketingAudienceInsightsExamples } from './marketing-audience-insights.examples';

export const marketingAudienceInsightsTool: ToolDefinition<typeof MarketingAudienceInsightsSchema> = {
  name: 'marketing_audience_insights',
  kind: 'read',
  description:
    'Customer segments: by wilaya, age band, acquisition channel and recency/frequency/value. Use when the user asks who the customers are, where they come from, the best or lapsed customers.',
  schema: MarketingAudienceInsightsSchema,
  examples: marketingAudienceInsightsExamples,
  requiresApproval: false,
};
