import { TOOL_RESULTS } from '@tajer/contract';
import { service } from '../services';
import { attempt, productRecordOf } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { DashboardAlertsSchema } from './dashboard-alerts.schema';
import { dashboardAlertsExamples } from './dashboard-alerts.examples';
import { summarizeDashboardAlerts, type DashboardAlertsData } from './dashboard-alerts.summary';
import { ACCESS } from '@tajer/contract';
import { dashboardAlertsSlots } from './dashboard-alerts.slots';

const KEPT = 12;

export const dashboardAlertsTool: ToolDefinition<typeof DashboardAlertsSchema> = {
  name: 'dashboard_alerts',
  kind: 'read',
  roles: ACCESS.dashboard,
  description:
    'Open alerts with their severity: products about to run out, unusual expenses, campaigns under target. Use when the user asks for alerts, warnings, notifications or anything urgent that needs attention.',
  schema: DashboardAlertsSchema,
  result: TOOL_RESULTS.dashboard_alerts,
  examples: dashboardAlertsExamples,
  requiresApproval: false,
  editable: [],
  slots: dashboardAlertsSlots,

  run: (ctx) =>
    attempt(ctx, async () => {
      const found = await service(ctx, 'dashboard').alerts(ctx.tenantId);
      const data: DashboardAlertsData = {
        days: found.days,
        counts: found.counts,
        alerts: found.alerts
          .slice(0, KEPT)
          .map((a) => ({ ...(a.id ? { id: a.id } : {}), type: a.type, severity: a.severity, title: a.title })),
        ...(found.hasSales === false ? { hasSales: false } : {}),
      };
      const records = found.alerts
        .slice(0, KEPT)
        .map((f) => productRecordOf(f.evidence))
        .filter((r) => r !== null);
      return { success: true, data, records };
    }),

  summarize: summarizeDashboardAlerts,
};
