import { z } from 'zod';
import { PeriodSchema } from '../common/common.schema';

export const DashboardStatsSchema = z.object({
  period: PeriodSchema.default('month').describe(
    'Reporting window for the key figures: today, week, month, quarter or year (default month)',
  ),
});
export type DashboardStatsArgs = z.infer<typeof DashboardStatsSchema>;
