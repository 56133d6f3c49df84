import { useTranslation } from 'react-i18next';
import { navigate, useLocation } from '../../lib/router';
import { filtersQuery, readFilters, type SupportFilters } from '../support/support.api';
import { SupportList } from '../support/SupportList';
import { SupportTranscript } from '../support/SupportTranscript';
import { FeedbackReceived } from './FeedbackReceived';
import '../support/support.css';

const TABS = ['conversations', 'feedback'] as const;
type Tab = (typeof TABS)[number];

/**
 * What an owner sees of their own business (instead of the platform's support console): their team's conversations
 * with the assistant, read-only and masked like the console shows them, and the feedback their team sent. Nothing of
 * any other business, no exports, no support tags or notes.
 */
export default function ActivityPage({ conversationId }: { conversationId?: string }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const tab: Tab = search.get('tab') === 'feedback' ? 'feedback' : 'conversations';
  const filters = readFilters(search);
  const page = Math.max(1, Number(search.get('page')) || 1);
  const setFilters = (next: SupportFilters, nextPage = 1) => navigate(`/activity${filtersQuery(next, nextPage)}`, { replace: true });

  if (conversationId) {
    return (
      <div className="support" data-testid="activity-page">
        <SupportTranscript id={conversationId} mode="team" />
      </div>
    );
  }
  return (
    <div className="support" data-testid="activity-page">
      <header className="view__header">
        <h1>{t('activity.title')}</h1>
      </header>
      <p className="muted">{t('activity.intro')}</p>
      <div className="tabs" role="tablist" aria-label={t('activity.title')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={`tab${tab === name ? ' tab--active' : ''}`}
            onClick={() => navigate(name === 'feedback' ? '/activity?tab=feedback' : '/activity', { replace: true })}
            data-testid={`activity-tab-${name}`}
          >
            {t(`activity.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'feedback' ? (
          <FeedbackReceived />
        ) : (
          <SupportList filters={filters} page={page} allTenants={false} onChange={setFilters} mode="team" />
        )}
      </div>
    </div>
  );
}
