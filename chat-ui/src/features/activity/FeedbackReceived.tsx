import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackPageResponse, formatDateTime } from '@tajer/contract';
import { useLang } from '../../i18n';
import { useApi } from '../views/useApi';
import { ViewFrame } from '../views/ViewFrame';

const PAGE_SIZE = 20;

/** The feedback the owner's team sent (GET /api/feedback answers an owner with their business's only). */
export function FeedbackReceived() {
  const { t } = useTranslation();
  const lang = useLang();
  const [page, setPage] = useState(1);
  const feedback = useApi('/api/feedback', { page, pageSize: PAGE_SIZE }, FeedbackPageResponse);
  const items = feedback.data?.items ?? [];
  const total = feedback.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <ViewFrame
      title={t('activity.feedbackTitle')}
      testId="activity-feedback"
      loading={feedback.loading}
      error={feedback.error}
      onRetry={feedback.reload}
      heading="h2"
    >
      {items.length ? (
        <ul className="feedback-list">
          {items.map((f) => (
            <li key={f.id} className="feedback-item" data-testid="feedback-item">
              <p className="feedback-item__meta muted">
                {[formatDateTime(f.createdAt, lang), f.user ? f.user.name || f.user.email : null].filter(Boolean).join(' · ')}
                <span className="badge">{t(`feedback.categories.${f.category}`)}</span>
                {f.rating !== null && <span aria-label={t('feedback.stars', { count: f.rating })}>{'★'.repeat(f.rating)}</span>}
              </p>
              <p dir="auto">{f.message}</p>
            </li>
          ))}
        </ul>
      ) : (
        !feedback.loading && !feedback.error && <p className="muted">{t('activity.noFeedback')}</p>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t('support.pages')}>
          <button type="button" className="btn btn--small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('support.prev')}
          </button>
          <span>{t('support.page', { page, pages })}</span>
          <button type="button" className="btn btn--small" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('support.next')}
          </button>
        </nav>
      )}
    </ViewFrame>
  );
}
