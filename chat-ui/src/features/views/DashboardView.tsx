import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { KpiTiles, parseDashboardStats, StatsChart } from '../chat/tool-cards/DashboardStatsCard';
import { rows, str, text } from '../chat/tool-cards/shape';
import { useApi } from './useApi';
import { useSession } from '../auth/session-store';
import { OnboardingChecklist } from '../onboarding/OnboardingChecklist';
import { askInChat, PeriodSelect, ViewFrame } from './ViewFrame';

export default function DashboardView() {
  const { t } = useTranslation();
  const lang = useLang();
  const [period, setPeriod] = useState('month');
  const stats = useApi<unknown>('/api/dashboard/stats', { period });
  const alerts = useApi<unknown>('/api/dashboard/alerts');
  const session = useSession();
  // A business that never sold: one sentence saying what to do and the checklist, not a page of zeros.
  const firstRun = (stats.data as { hasSales?: boolean } | null)?.hasSales === false;
  const parsed = stats.data && !firstRun ? parseDashboardStats(stats.data, lang) : null;
  const firstRunText = firstRun ? text(stats.data as Record<string, unknown>, lang, 'summary') : null;
  const alertRows = rows(alerts.data, 'items', 'alerts') ?? [];

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
          {alertRows.map((a, i) => {
            const severity = str(a, 'severity', 'level') ?? 'info';
            return (
              <li key={str(a, 'id') ?? i} className={`alert-item alert-item--${severity}`}>
                <span className={`badge badge--${severity}`}>{t(`severity.${severity}`, { defaultValue: severity })}</span>{' '}
                <span dir="auto">{text(a, lang, 'title', 'message', 'text', 'summary')}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        !alerts.loading && !firstRun && <p className="muted">{t('views.noAlerts')}</p>
      )}
    </ViewFrame>
  );
}
