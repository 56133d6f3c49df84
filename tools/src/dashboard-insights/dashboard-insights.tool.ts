import type { ToolDefinition } from '../types';
import { DashboardInsightsSchema } from './dashboard-insights.schema';
import { dashboardInsightsExamples } from './dashboard-insights.examples';

export const dashboardInsightsTool: ToolDefinition<typeof DashboardInsightsSchema> = {
  name: 'dashboard_insights',
  kind: 'read',
  description:
    'Computed insights about the business with their evidence: best sellers, declining products, margin outliers, expense spikes, days of stock cover. Use when the user asks for analysis, advice, recommendations, what works or what to improve — not for plain figures (dashboard_stats) nor urgent problems (dashboard_alerts).',
  schema: DashboardInsightsSchema,
  examples: dashboardInsightsExamples,
  requiresApproval: false,
};
