import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { z } from 'zod';
import { DashboardAlertsResult, DashboardStatsResult, LocalizedSchema, MetricSchema, say } from '@tajer/contract';
import { dashboardStats, KpiTiles, StatsChart, type PreviousValues } from '../chat/tool-cards/DashboardStatsCard';
import { useApi } from './useApi';
import { useSession } from '../auth/session-store';
import { OnboardingChecklist } from '../onboarding/OnboardingChecklist';
import { askInChat, PeriodSelect, ViewFrame } from './ViewFrame';

/**
 * GET /api/dashboard/stats: the figures of `dashboard_stats` (the same schema), each with its previous value, and a
 * summary sentence in the three languages.
 */
const Figure = MetricSchema.extend({ previous: z.number().nullable().optional() });
const RestStats = DashboardStatsResult.extend({
  summary: LocalizedSchema.optional(),
  revenue: Figure,
  salesCount: Figure,
  averageBasket: Figure,
  grossMargin: Figure,
  expenses: Figure,
  stockPurchases: Figure.optional(),
  netResult: Figure,
});

export default function DashboardView() {
  const { t } = useTranslation();
  const lang = useLang();
  const [period, setPeriod] = useState('month');
  const stats = useApi<unknown>('/api/dashboard/stats', { period });
  const alerts = useApi<unknown>('/api/dashboard/alerts');
  const session = useSession();
  // A business that never sold: one sentence saying what to do and the checklist, not a page of zeros.
  const rest = stats.data ? RestStats.safeParse(stats.data) : null;
  const data = rest?.success ? rest.data : null;
  const firstRun = data?.hasSales === false;
  const previous: PreviousValues = data
    ? Object.fromEntries(
        (['revenue', 'salesCount', 'averageBasket', 'grossMargin', 'expenses', 'stockPurchases', 'netResult'] as const).map((k) => [
          k,
          data[k]?.previous,
        ]),
      )
    : {};
  const parsed =
    data && !firstRun ? { ...dashboardStats(data, previous), summary: data.summary ? say(lang, data.summary) : undefined } : null;
  const firstRunText = firstRun && data.summary ? say(lang, data.summary) : null;
  // GET /api/dashboard/alerts is what dashboard_alerts returns (the same schema), with the time it was computed.
  const alertList = alerts.data ? DashboardAlertsResult.safeParse(alerts.data) : null;
  const alertRows = alertList?.success ? alertList.data.alerts : [];

  return (
    <ViewFrame
      title={t('nav.dashboard')}
      testId="dashboard-view"
      loading={stats.loading}
      error={stats.error}
      onRetry={stats.reload}
      actions={
        <>
          <PeriodSelect value={period} onChange={setPeriod} />
          <button type="button" className="btn" onClick={() => askInChat(t('views.askDashboard'))}>
            {t('views.askInChat')}
          </button>
        </>
      }
    >
      {firstRun && (
        <>
          <p className="first-run" dir="auto" data-testid="dashboard-first-run">
            {firstRunText}
          </p>
          <OnboardingChecklist tenantId={session?.user.tenantId} showMessage={false} />
        </>
      )}
      {parsed && (
        <>
          {parsed.summary && <p dir="auto">{parsed.summary}</p>}
          <KpiTiles kpis={parsed.kpis} />
          <StatsChart stats={parsed} />
        </>
      )}
      {!(firstRun && !alertRows.length) && <h2>{t('views.alerts')}</h2>}
      {alertRows.length ? (
        <ul className="alerts" data-testid="alerts">
          {alertRows.map((a, i) => (
            <li key={a.id ?? i} className={`alert-item alert-item--${a.severity}`}>
              <span className={`badge badge--${a.severity}`}>{t(`severity.${a.severity}`, { defaultValue: a.severity })}</span>{' '}
              <span dir="auto">{say(lang, a.title)}</span>
            </li>
          ))}
        </ul>
      ) : (
        !alerts.loading && !firstRun && <p className="muted">{t('views.noAlerts')}</p>
      )}
    </ViewFrame>
  );
}
