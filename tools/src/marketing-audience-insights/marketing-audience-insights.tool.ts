import { TOOL_RESULTS } from '@tajer/contract';
import { service } from '../services';
import { attempt } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { MarketingAudienceInsightsSchema } from './marketing-audience-insights.schema';
import { marketingAudienceInsightsExamples } from './marketing-audience-insights.examples';
import { summarizeAudience, type AudienceData } from './marketing-audience-insights.summary';
import { ACCESS } from '@tajer/contract';
import { marketingAudienceInsightsSlots } from './marketing-audience-insights.slots';

const KEPT = 8;

export const marketingAudienceInsightsTool: ToolDefinition<typeof MarketingAudienceInsightsSchema> = {
  name: 'marketing_audience_insights',
  kind: 'read',
  roles: ACCESS.marketing,
  description:
    'Customer segments: by wilaya, age band, acquisition channel and recency/frequency/value. Use when the user asks who the customers are, where they come from, the best or lapsed customers.',
  schema: MarketingAudienceInsightsSchema,
  result: TOOL_RESULTS.marketing_audience_insights,
  examples: marketingAudienceInsightsExamples,
  requiresApproval: false,
  editable: [],
  slots: marketingAudienceInsightsSlots,

  run: (ctx) =>
    attempt(ctx, async () => {
      const a = await service(ctx, 'marketingAudience').insights(ctx.tenantId);
      const group = (g: {
        key: string;
        label: { fr: string; ar: string; en: string };
        customers: number;
        customerShare: number;
        revenue: number;
        revenueShare: number;
      }) => ({
        key: g.key,
        label: g.label,
        customers: g.customers,
        customerShare: g.customerShare,
        revenue: g.revenue,
        revenueShare: g.revenueShare,
      });
      const data: AudienceData = {
        currency: a.currency,
        windowDays: a.window.days,
        totals: a.totals,
        byWilaya: a.byWilaya.slice(0, KEPT).map(group),
        byAgeBand: a.byAgeBand.map(group),
        byChannel: a.byChannel.slice(0, KEPT).map(group),
        segments: a.segments.map((s) => ({ ...group(s), averageDaysSinceLastPurchase: s.averageDaysSinceLastPurchase })),
        topCustomers: a.topCustomers,
      };
      return { success: true, data };
    }),

  summarize: summarizeAudience,
};
