import { TOOL_RESULTS } from '@tajer/contract';
import { service } from '../services';
import { attempt } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { DashboardStatsSchema } from './dashboard-stats.schema';
import { dashboardStatsExamples } from './dashboard-stats.examples';
import { summarizeDashboardStats, type DashboardStatsData } from './dashboard-stats.summary';
import { ACCESS } from '@tajer/contract';
import { dashboardStatsSlots } from './dashboard-stats.slots';

export const dashboardStatsTool: ToolDefinition<typeof DashboardStatsSchema> = {
  name: 'dashboard_stats',
  kind: 'read',
  roles: ACCESS.dashboard,
  description:
    "Key business figures over a period: revenue (chiffre d'affaires), number of sales, average basket, gross margin, expenses, net result, stock value, low-stock count, and the change versus the previous period. Use for questions about sales, turnover, profit, margin or 'how is business' over today, this week, month, quarter or year.",
  schema: DashboardStatsSchema,
  result: TOOL_RESULTS.dashboard_stats,
  examples: dashboardStatsExamples,
  requiresApproval: false,
  editable: [],
  slots: dashboardStatsSlots,

  run: (ctx, args) =>
    attempt(ctx, async () => {
      const period = args.period ?? 'month';
      const s = await service(ctx, 'dashboard').stats(ctx.tenantId, period);
      const pick = (m: { value: number; changePct: number | null }) => ({ value: m.value, changePct: m.changePct });
      const data: DashboardStatsData = {
        period: s.period ?? period,
        currency: s.currency ?? 'DZD',
        revenue: pick(s.revenue),
        salesCount: pick(s.salesCount),
        averageBasket: pick(s.averageBasket),
        grossMargin: pick(s.grossMargin),
        grossMarginRate: { value: s.grossMarginRate.value },
        revenueWithoutMargin: { value: s.revenueWithoutMargin.value },
        expenses: pick(s.expenses),
        stockPurchases: pick(s.stockPurchases),
        netResult: pick(s.netResult),
        stockValue: { value: s.stockValue.value, uncostedProducts: s.stockValue.uncostedProducts ?? 0 },
        lowStockCount: { value: s.lowStockCount.value, outOfStock: s.lowStockCount.outOfStock },
        comparable: s.comparable,
        ...(s.hasSales === false ? { hasSales: false } : {}),
      };
      return { success: true, data };
    }),

  summarize: summarizeDashboardStats,
};
