import type { ToolDefinition } from '../types';
import { DashboardAlertsSchema } from './dashboard-alerts.schema';
import { dashboardAlertsExamples } from './dashboard-alerts.examples';

export const dashboardAlertsTool: ToolDefinition<typeof DashboardAlertsSchema> = {
  name: 'dashboard_alerts',
  kind: 'read',
  description:
    'Open alerts with their severity: products about to run out, unusual expenses, campaigns under target. Use when the user asks for alerts, warnings, notifications or anything urgent that needs attention.',
  schema: DashboardAlertsSchema,
  examples: dashboardAlertsExamples,
  requiresApproval: false,
};
