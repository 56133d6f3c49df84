import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatDuration } from '@tajer/contract';
import type { SupportToolCall } from './support.api';

const time = (iso: string | null) => (iso ? new Date(iso).getTime() : NaN);

/** The API's statuses are the database's ("awaiting_approval"); the UI's labels use the chat's ("awaiting-approval"). */
export const statusKey = (status: string) => status.toLowerCase().replace(/_/g, '-');

/** Tool calls on a shared time axis: when each started, how long it took, what it touched. */
export function ToolTimeline({ calls }: { calls: SupportToolCall[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const sorted = [...calls].sort((a, b) => (time(a.startedAt) || 0) - (time(b.startedAt) || 0));
  const starts = sorted.map((c) => time(c.startedAt)).filter(Number.isFinite);
  const ends = sorted.map((c) => time(c.finishedAt) || time(c.startedAt) + (c.durationMs ?? 0)).filter(Number.isFinite);
  const t0 = Math.min(...starts);
  const span = Math.max(1, Math.max(...ends) - t0);

  return (
    <section className="panel" aria-labelledby="timeline-title" data-testid="tool-timeline">
      <h2 id="timeline-title">{t('support.timeline')}</h2>
      {!sorted.length && <p className="muted">{t('support.noTools')}</p>}
      <ol className="timeline">
        {sorted.map((c) => {
          const start = time(c.startedAt);
          const offset = Number.isFinite(start) && starts.length ? ((start - t0) / span) * 100 : 0;
          const width = c.durationMs != null ? Math.max(1, (c.durationMs / span) * 100) : 1;
          return (
            <li key={c.id} className={`timeline__item tool--${c.status}`} data-testid="timeline-item" data-tool={c.name}>
              <div className="timeline__head">
                <strong>{t(`tools.${c.name}`, { defaultValue: c.name })}</strong>
                <span className="badge" data-testid="timeline-status">
                  {t(`tool.state.${statusKey(c.status)}`, { defaultValue: t('tool.state.pending') })}
                </span>
                {typeof c.confirmation === 'string' && c.confirmation !== 'not_required' && (
                  <span className="badge">
                    {t(`support.confirmations.${c.confirmation}`, { defaultValue: t('support.confirmations.pending') })}
                  </span>
                )}
                {Number.isFinite(start) && starts.length > 0 && <span className="muted">+{formatDuration(start - t0, lang)}</span>}
                {c.durationMs != null && <span className="muted">{formatDuration(c.durationMs, lang)}</span>}
              </div>
              <div className="timeline__track" aria-hidden="true">
                <span
                  className="timeline__bar"
                  style={{ insetInlineStart: `${Math.min(offset, 99)}%`, width: `${Math.min(width, 100 - Math.min(offset, 99))}%` }}
                />
              </div>
              {c.proposal?.summary && (
                <p className="tool__summary" dir="auto">
                  {c.proposal.summary}
                </p>
              )}
              {c.error && (
                <p className="tool__error" dir="auto">
                  {c.error}
                </p>
              )}
              {c.records.length > 0 && (
                <ul className="records" aria-label={t('support.records')}>
                  {c.records.map((r) => (
                    <li key={`${r.type}:${r.id}`}>
                      <span className="badge">{r.type}</span> <bdi>{r.label ?? r.id}</bdi>
                    </li>
                  ))}
                </ul>
              )}
              <details>
                <summary>{t('tool.details')}</summary>
                <h4>{t('tool.args')}</h4>
                <pre dir="ltr">{JSON.stringify(c.args, null, 2)}</pre>
                {c.result != null && (
                  <>
                    <h4>{t('tool.result')}</h4>
                    <pre dir="ltr">{JSON.stringify(c.result, null, 2)}</pre>
                  </>
                )}
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
