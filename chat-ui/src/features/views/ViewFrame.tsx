import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorKey } from '../../lib/http';
import { navigate } from '../../lib/router';

/** Opens a new conversation that asks `question` right away. */
export const askInChat = (question: string) => navigate(`/?ask=${encodeURIComponent(question)}`);

interface Props {
  title: string;
  testId: string;
  actions?: ReactNode;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** h1 for a page, h2 for a section inside one (a tab). */
  heading?: 'h1' | 'h2';
  children: ReactNode;
}

/** The common frame of the quick-access views: a title, actions, and the loading / error states. */
export function ViewFrame({ title, testId, actions, loading, error, onRetry, heading: Heading = 'h1', children }: Props) {
  const { t } = useTranslation();
  const forbidden = error instanceof ApiError && (error.status === 403 || error.status === 401);
  return (
    <section className="view" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <header className="view__header">
        <Heading id={`${testId}-title`}>{title}</Heading>
        {actions && <div className="view__actions">{actions}</div>}
      </header>
      {loading && (
        <p role="status" className="muted" data-testid="loading">
          {t('app.loading')}
        </p>
      )}
      {!!error && (
        <p className="alert alert--error" role="alert">
          {t(errorKey(error))}
          {onRetry && !forbidden && (
            <button type="button" className="btn btn--small" onClick={onRetry}>
              {t('chat.retry')}
            </button>
          )}
        </p>
      )}
      {children}
    </section>
  );
}

export function PeriodSelect({ value, onChange }: { value: string; onChange: (p: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className="inline-field">
      <span>{t('views.period')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="period-select">
        {['today', 'week', 'month', 'quarter', 'year'].map((p) => (
          <option key={p} value={p}>
            {t(`periods.${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
