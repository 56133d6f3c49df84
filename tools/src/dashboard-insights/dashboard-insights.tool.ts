import { TOOL_RESULTS } from '@tajer/contract';
import { resolveProduct } from '../product-resolution';
import { toProductRef } from '../stock-lines';
import { service, type BestSellerInfo, type Finding } from '../services';
import { attempt, productRecordOf } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { DashboardInsightsSchema } from './dashboard-insights.schema';
import { dashboardInsightsExamples } from './dashboard-insights.examples';
import { summarizeDashboardInsights, type BestSellersData, type DashboardInsightsData } from './dashboard-insights.summary';
import { ACCESS } from '@tajer/contract';
import { dashboardInsightsSlots } from './dashboard-insights.slots';

const KEPT = 12;

/** A focused answer's findings as the chat shows them (their titles; the evidence stays in the service's answer). */
const titled = (f: { windowDays: number; count: number; insights: Finding[]; hasSales?: boolean }) => ({
  windowDays: f.windowDays,
  count: f.count,
  insights: f.insights.map((i) => ({ type: i.type, severity: i.severity, title: i.title })),
  ...(f.hasSales === false ? { hasSales: false } : {}),
});

export const dashboardInsightsTool: ToolDefinition<typeof DashboardInsightsSchema> = {
  name: 'dashboard_insights',
  kind: 'read',
  roles: ACCESS.dashboard,
  description:
    'Computed insights about the business with their evidence: best sellers, declining products, margin outliers, expense spikes, days of stock cover. Use when the user asks for analysis, advice, recommendations, what works or what to improve — not for plain figures (dashboard_stats) nor urgent problems (dashboard_alerts). For "what sold most" / "produit le plus vendu ce mois-ci" / best sellers of a period, set focus \'best_sellers\' and the period: never answer it with the declining products. For what sells least, does not sell or sleeps on the shelf, set focus \'slow_sellers\'.',
  schema: DashboardInsightsSchema,
  result: TOOL_RESULTS.dashboard_insights,
  examples: dashboardInsightsExamples,
  requiresApproval: false,
  editable: [],
  slots: dashboardInsightsSlots,

  run: (ctx, args) =>
    attempt<BestSellersData | DashboardInsightsData>(ctx, async () => {
      if (args.focus === 'best_sellers') {
        // One product asked about: exactly one (a generic « lait » asks which one, like a write would).
        const asked = args.product ? await resolveProduct(ctx, args.product) : undefined;
        const b = await service(ctx, 'dashboard').bestSellers(ctx.tenantId, args.period ?? 'month', {
          limit: 5,
          ...(asked ? { productId: asked.id } : {}),
        });
        // The service's rows name the product with the contract's ProductRef already: no conversion, only fields picked.
        const view = ({ rank, product, quantity, revenue, revenueShare }: BestSellerInfo) => ({
          rank,
          product,
          quantity,
          revenue,
          revenueShare,
        });
        const data: BestSellersData = {
          focus: 'best_sellers',
          period: b.period,
          currency: b.currency ?? 'DZD',
          totals: b.totals,
          byRevenue: b.byRevenue.map(view),
          byQuantity: b.byQuantity.map(view),
          ...(asked ? { product: toProductRef(asked) } : {}),
          ...(asked && b.productMargin ? { productMargin: b.productMargin } : {}),
        };
        const records = data.byRevenue.map((r) => ({ type: 'product', id: r.product.id, label: r.product.names.fr }));
        return { success: true, data, records };
      }
      if (args.focus === 'slow_sellers') {
        // The service's order is the ranking (fewest sold first): kept as it is.
        const slow = await service(ctx, 'dashboard').slowSellers(ctx.tenantId);
        const data: DashboardInsightsData = { focus: 'slow_sellers', ...titled(slow), recent: slow.recent };
        return { success: true, data, records: slow.insights.map((f) => productRecordOf(f.evidence)).filter((r) => r !== null) };
      }
      if (args.focus === 'busy_times') {
        const busy = await service(ctx, 'dashboard').busyTimes(ctx.tenantId);
        return { success: true, data: { focus: 'busy_times', ...titled(busy) } satisfies DashboardInsightsData };
      }
      const found = await service(ctx, 'dashboard').insights(ctx.tenantId);
      const rank: Record<string, number> = { critical: 0, warning: 1, info: 2 };
      // Stable sort: within a severity the service's order (its own ranking) is kept.
      const insights = [...found.insights].sort((a, b) => (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3)).slice(0, KEPT);
      const data: DashboardInsightsData = {
        windowDays: found.windowDays,
        count: found.count,
        insights: insights.map((i) => ({ ...(i.id ? { id: i.id } : {}), type: i.type, severity: i.severity, title: i.title })),
        ...(found.hasSales === false ? { hasSales: false } : {}),
      };
      const records = insights.map((f) => productRecordOf(f.evidence)).filter((r) => r !== null);
      return { success: true, data, records };
    }),

  summarize: summarizeDashboardInsights,
};
