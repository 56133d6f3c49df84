import { TOOL_RESULTS } from '@tajer/contract';
import { service } from '../services';
import { attempt } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { MarketingCampaignsSchema } from './marketing-campaigns.schema';
import { marketingCampaignsExamples } from './marketing-campaigns.examples';
import { summarizeCampaigns, type CampaignsData } from './marketing-campaigns.summary';
import { ACCESS } from '@tajer/contract';
import { marketingCampaignsSlots } from './marketing-campaigns.slots';

const KEPT = 10;

export const marketingCampaignsTool: ToolDefinition<typeof MarketingCampaignsSchema> = {
  name: 'marketing_campaigns',
  kind: 'read',
  roles: ACCESS.marketing,
  description:
    'Marketing campaigns with impressions, clicks, CTR, conversions, cost and ROI, optionally filtered by status. Use for how ads or campaigns performed.',
  schema: MarketingCampaignsSchema,
  result: TOOL_RESULTS.marketing_campaigns,
  examples: marketingCampaignsExamples,
  requiresApproval: false,
  editable: [],
  slots: marketingCampaignsSlots,

  run: (ctx, args) =>
    attempt(ctx, async () => {
      const list = await service(ctx, 'marketingCampaigns').list(ctx.tenantId, args.status ? { status: args.status } : {});
      const active = (s: string) => (s === 'active' ? 0 : 1);
      const campaigns = [...list.campaigns].sort((a, b) => active(a.status) - active(b.status) || b.revenue - a.revenue).slice(0, KEPT);
      const t = list.totals;
      const data: CampaignsData = {
        currency: list.currency,
        status: args.status ?? null,
        totals: {
          campaigns: t.campaigns,
          active: t.active,
          cost: t.cost,
          revenue: t.revenue,
          conversions: t.conversions,
          ctr: t.ctr,
          roiPercent: t.roi === null ? null : Math.round(t.roi * 1000) / 10,
          behindTarget: t.behindTarget,
        },
        campaigns: campaigns.map((c) => ({
          id: c.id,
          name: c.name,
          channel: c.channel,
          status: c.status,
          cost: c.cost,
          revenue: c.revenue,
          impressions: c.impressions,
          clicks: c.clicks,
          conversions: c.conversions,
          ctr: c.ctr ?? null,
          roiPercent: c.roiPercent ?? null,
          pace: c.pace?.status ?? null,
        })),
      };
      return { success: true, data, records: data.campaigns.map((c) => ({ type: 'campaign', id: c.id, label: c.name })) };
    }),

  summarize: summarizeCampaigns,
};
