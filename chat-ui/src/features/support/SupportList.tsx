import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatDateTime } from '@tajer/contract';
import { errorKey } from '../../lib/http';
import { Link } from '../../lib/router';
import { Icon } from '../../ui/Icon';
import { exportConversations, listConversations, SUPPORT_PAGE_SIZE, type SupportConversationRow, type SupportFilters } from './support.api';
import { SupportFiltersForm } from './SupportFiltersForm';

interface Props {
  filters: SupportFilters;
  page: number;
  allTenants: boolean;
  onChange: (f: SupportFilters, page?: number) => void;
  /**
   * 'console': the platform's support console (every business, exports). 'team': an owner reading their own team's
   * conversations — same masked list, no exports, transcripts under /activity.
   */
  mode?: 'console' | 'team';
}

export function SupportList({ filters, page, allTenants, onChange, mode = 'console' }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [data, setData] = useState<{ items: SupportConversationRow[]; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [exportError, setExportError] = useState(false);
  const key = JSON.stringify(filters);

  useEffect(() => {
    let live = true;
    setError(null);
    listConversations(filters, page).then(
      (d) => live && setData(d),
      (err) => live && setError(err ?? true),
    );
    return () => {
      live = false;
    };
  }, [key, page]); // eslint-disable-line react-hooks/exhaustive-deps

  const exportAs = (format: 'jsonl' | 'csv') => {
    setExportError(false);
    exportConversations(filters, format).catch(() => setExportError(true));
  };
  const qs = new URLSearchParams(
    Object.entries(filters)
      .filter(([, v]) => v !== undefined && v !== '' && v !== false)
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  const pages = data ? Math.max(1, Math.ceil(data.total / SUPPORT_PAGE_SIZE)) : 1;
  const isConsole = mode === 'console';
  const base = isConsole ? '/support' : '/activity';

  return (
    <section aria-labelledby="support-title">
      <header className="view__header">
        {isConsole ? <h1 id="support-title">{t('support.title')}</h1> : <h2 id="support-title">{t('activity.conversations')}</h2>}
        {isConsole && (
          <div className="view__actions">
            <button type="button" className="btn" onClick={() => exportAs('jsonl')} data-testid="export-jsonl">
              {t('support.export', { format: 'JSONL' })}
            </button>
            <button type="button" className="btn" onClick={() => exportAs('csv')} data-testid="export-csv">
              {t('support.export', { format: 'CSV' })}
            </button>
          </div>
        )}
      </header>
      {exportError && (
        <p className="alert alert--error" role="alert">
          {t('errors.downloadFailed')}
        </p>
      )}
      {isConsole ? (
        <SupportFiltersForm key={key} value={filters} allTenants={allTenants} onApply={(f) => onChange(f, 1)} />
      ) : (
        // An owner mostly scrolls their team's latest conversations: the filters are there, folded.
        <details className="team-filters" open={Object.keys(filters).length > 0}>
          <summary>{t('support.filters')}</summary>
          <SupportFiltersForm key={key} value={filters} allTenants={false} onApply={(f) => onChange(f, 1)} />
        </details>
      )}
      {!!error && (
        <p className="alert alert--error" role="alert">
          {t(errorKey(error))}
        </p>
      )}
      <p className="muted" role="status">
        {data ? t('support.count', { count: data.total }) : error ? '' : t('app.loading')}
      </p>
      {data && data.items.length > 0 && (
        <div className="table-wrap">
          <table className="data-table support-table" data-testid="support-list">
            <thead>
              <tr>
                <th scope="col">{t('support.conversation')}</th>
                {allTenants && <th scope="col">{t('support.tenant')}</th>}
                <th scope="col">{t('support.user')}</th>
                <th scope="col">{t('support.language')}</th>
                <th scope="col" className="num">
                  {t('support.messages')}
                </th>
                <th scope="col">{t('support.tools')}</th>
                <th scope="col">{t('support.flags')}</th>
                <th scope="col">{t('support.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((c) => (
                <tr key={c.id} data-testid="support-row" data-id={c.id}>
                  <th scope="row">
                    <Link to={`${base}/${c.id}${qs ? `?${qs}` : ''}`} dir="auto">
                      {c.title || t('chat.untitled')}
                    </Link>
                    {c.tags.map((tag) => (
                      <span key={tag} className="tag">
                        {tag}
                      </span>
                    ))}
                  </th>
                  {allTenants && <td>{c.tenant?.name ?? '—'}</td>}
                  <td dir="ltr">{c.user?.email ?? '—'}</td>
                  <td>{c.language ?? '—'}</td>
                  <td className="num">{c.messageCount}</td>
                  <td className="tools-cell">{c.tools.map((n) => t(`tools.${n}`, { defaultValue: n })).join(', ')}</td>
                  <td>
                    {c.hasError && <span className="badge badge--failed">{t('support.error')}</span>}
                    {c.rating && (
                      <span role="img" aria-label={t(`feedback.${c.rating}`)} title={t(`feedback.${c.rating}`)}>
                        <Icon name={c.rating} size={16} />
                      </span>
                    )}
                  </td>
                  <td>{formatDateTime(c.updatedAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t('support.pages')}>
          <button type="button" className="btn btn--small" disabled={page <= 1} onClick={() => onChange(filters, page - 1)}>
            {t('support.prev')}
          </button>
          <span>{t('support.page', { page, pages })}</span>
          <button type="button" className="btn btn--small" disabled={page >= pages} onClick={() => onChange(filters, page + 1)}>
            {t('support.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
