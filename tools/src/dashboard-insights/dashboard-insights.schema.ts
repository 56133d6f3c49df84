import { z } from 'zod';

/** No arguments: insights are computed over the whole recent activity. */
export const DashboardInsightsSchema = z.object({}).describe('No arguments');
export type DashboardInsightsArgs = z.infer<typeof DashboardInsightsSchema>;
