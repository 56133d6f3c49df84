import { z } from 'zod';
import { PeriodSchema } from '../common/time/period';

export const StatsQuerySchema = z
  .object({
    period: PeriodSchema.default('month').describe(
      'today | week | month | quarter | year (to date) | yesterday | last_week | last_month | last_year (whole); default month',
    ),
  })
  .strict();
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

export const InsightsQuerySchema = z.object({}).strict();

export const AlertsQuerySchema = z
  .object({
    days: z.coerce
      .number()
      .int()
      .min(1)
      .max(90)
      .default(7)
      .describe('Warn about products expected to run out within this many days (default 7)'),
  })
  .strict();
export type AlertsQuery = z.infer<typeof AlertsQuerySchema>;

export const BestSellersQuerySchema = z
  .object({
    period: PeriodSchema.default('month').describe(
      'today | week | month | quarter | year (to date) | yesterday | last_week | last_month | last_year (whole); default month',
    ),
    limit: z.coerce.number().int().min(1).max(50).default(5).describe('How many products per ranking (1–50, default 5)'),
    productId: z
      .string()
      .uuid()
      .optional()
      .describe('One product: the rankings hold only its line (its rank among all products), and productMargin gives its margin'),
  })
  .strict();
export type BestSellersQuery = z.infer<typeof BestSellersQuerySchema>;
