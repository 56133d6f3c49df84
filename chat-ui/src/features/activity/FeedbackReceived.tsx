import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@tajer/contract';
import { useLang } from '../../i18n';
import { isObj, num, rows, str } from '../views/rest-shape';
import { useApi } from '../views/useApi';
import { ViewFrame } from '../views/ViewFrame';

const PAGE_SIZE = 20;

/** The feedback the owner's team sent (GET /api/feedback answers an owner with their business's only). */
export function FeedbackReceived() {
  const { t } = useTranslation();
  const lang = useLang();
  const [page, setPage] = useState(1);
  const feedback = useApi<unknown>('/api/feedback', { page, pageSize: PAGE_SIZE });
  const items = rows(feedback.data, 'items') ?? [];
  const total = isObj(feedback.data) ? (num(feedback.data, 'total') ?? items.length) : 0;
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
          {items.map((f, i) => {
            const user = isObj(f.user) ? f.user : undefined;
            const category = str(f, 'category');
            const rating = num(f, 'rating');
            const at = str(f, 'createdAt');
            return (
              <li key={str(f, 'id') ?? i} className="feedback-item" data-testid="feedback-item">
                <p className="feedback-item__meta muted">
                  {[at ? formatDateTime(at, lang) : null, user ? (str(user, 'name') ?? str(user, 'email')) : null]
                    .filter(Boolean)
                    .join(' · ')}
                  {category && <span className="badge">{t(`feedback.categories.${category}`, { defaultValue: category })}</span>}
                  {rating !== undefined && <span aria-label={t('feedback.stars', { count: rating })}>{'★'.repeat(rating)}</span>}
                </p>
                <p dir="auto">{str(f, 'message')}</p>
              </li>
            );
          })}
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
