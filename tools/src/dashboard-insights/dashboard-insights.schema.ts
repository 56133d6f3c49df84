import { z } from 'zod';
import { PeriodSchema } from '../common/common.schema';

/**
 * Without arguments, insights are computed over the recent activity (last 30 days vs the 30 before). `focus:
 * best_sellers` answers "what sold most" for a calendar period to date (`period`, default month); `focus: slow_sellers`
 * what sells least (the last 30 days, products in stock).
 */
export const DashboardInsightsSchema = z.object({
  focus: z
    .enum(['best_sellers', 'slow_sellers', 'busy_times'])
    .optional()
    .describe(
      'best_sellers: rank the products that sold most (by revenue and by units) over `period` instead of the general findings; slow_sellers: the products in stock that sold least over the last 30 days (« produit le moins vendu », « ce qui ne se vend pas », stock that sleeps); busy_times: the best and quietest days of the week and the peak hours over the last 8 weeks (« quel jour je vends le plus ? », « à quelle heure j’ai le plus de clients ? »)',
    ),
  period: PeriodSchema.optional().describe(
    'With focus best_sellers: today, week, month, quarter or year to date, or a whole last_month, last_week… (default month)',
  ),
  product: z
    .string()
    .min(1)
    .max(120)
    .optional()
    .describe(
      "With focus best_sellers: one product (its name in any language) — how much of it sold over `period` (units, revenue, rank), for « combien j'ai vendu de semoule ce mois ? »; never answer that with the shop's totals",
    ),
});
export type DashboardInsightsArgs = z.infer<typeof DashboardInsightsSchema>;
