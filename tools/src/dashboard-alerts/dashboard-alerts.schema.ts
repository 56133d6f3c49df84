import { z } from 'zod';

/** No arguments: every open alert is returned, most severe first. */
export const DashboardAlertsSchema = z.object({}).describe('No arguments');
export type DashboardAlertsArgs = z.infer<typeof DashboardAlertsSchema>;
