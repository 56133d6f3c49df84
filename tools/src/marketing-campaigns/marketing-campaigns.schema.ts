import { z } from 'zod';
import { CAMPAIGN_STATUSES } from '../common/common.schema';

export const MarketingCampaignsSchema = z.object({
  status: z.enum(CAMPAIGN_STATUSES).optional().describe('Only campaigns in this state: draft, active, paused or completed; omit for all'),
});
export type MarketingCampaignsArgs = z.infer<typeof MarketingCampaignsSchema>;
