import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { CompetitorsCard, parseCompetitors } from '../chat/tool-cards/CompetitorsCard';
import { useApi } from './useApi';
import { askInChat, ViewFrame } from './ViewFrame';

export default function MarketView() {
  const { t } = useTranslation();
  const lang = useLang();
  const competitors = useApi<unknown>('/api/market/competitors');
  const parsed = competitors.data ? parseCompetitors(competitors.data, lang) : null;
  return (
    <ViewFrame
      title={t('nav.market')}
      testId="market-view"
      loading={competitors.loading}
      error={competitors.error}
      onRetry={competitors.reload}
      actions={
        <>
          <button type="button" className="btn" onClick={() => askInChat(t('views.askTrends'))}>
            {t('views.trends')}
          </button>
          <button type="button" className="btn" onClick={() => askInChat(t('views.askReport'))}>
            {t('views.report')}
          </button>
        </>
      }
    >
      {parsed ? (
        <CompetitorsCard data={parsed} />
      ) : (
        !competitors.loading && !competitors.error && <p className="muted">{t('views.noData')}</p>
      )}
    </ViewFrame>
  );
}
