import type { ToolDefinition } from '../types';
import { DashboardStatsSchema } from './dashboard-stats.schema';
import { dashboardStatsExamples } from './dashboard-stats.examples';

export const dashboardStatsTool: ToolDefinition<typeof DashboardStatsSchema> = {
  name: 'dashboard_stats',
  kind: 'read',
  description:
    "Key business figures over a period: revenue (chiffre d'affaires), number of sales, average basket, gross margin, expenses, net result, stock value, low-stock count, and the change versus the previous period. Use for questions about sales, turnover, profit, margin or 'how is business' over today, this week, month, quarter or year.",
  schema: DashboardStatsSchema,
  examples: dashboardStatsExamples,
  requiresApproval: false,
};
