import type { ToolDefinition } from '../types';
import { MarketingCampaignsSchema } from './marketing-campaigns.schema';
import { marketingCampaignsExamples } from './marketing-campaigns.examples';

export const marketingCampaignsTool: ToolDefinition<typeof MarketingCampaignsSchema> = {
  name: 'marketing_campaigns',
  kind: 'read',
  description:
    'Marketing campaigns with impressions, clicks, CTR, conversions, cost and ROI, optionally filtered by status. Use for how ads or campaigns performed.',
  schema: MarketingCampaignsSchema,
  examples: marketingCampaignsExamples,
  requiresApproval: false,
};
