import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatDuration } from '@tajer/contract';
import { MarkdownText } from '../parts/MarkdownText';
import type { ToolPart } from '../store/types';

/**
 * The card every tool call gets: name, status, duration, and its arguments/result/error in a collapsible section.
 * With `custom`, the children are the body and the raw data moves to a "details" disclosure.
 */
export function GenericToolCard({
  part,
  custom,
  hideSummary,
  children,
}: {
  part: ToolPart;
  custom?: boolean;
  hideSummary?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = t(`tools.${part.name}`, { defaultValue: part.name });
  const raw = (
    <>
      <h4>{t('tool.args')}</h4>
      <pre dir="ltr">{JSON.stringify(part.args ?? {}, null, 2)}</pre>
      {part.result !== undefined && (
        <>
          <h4>{t('tool.result')}</h4>
          <pre dir="ltr">{JSON.stringify(part.result, null, 2)}</pre>
        </>
      )}
    </>
  );
  return (
    <section
      className={`tool tool--${part.state}`}
      data-testid="tool-card"
      data-tool={part.name}
      data-state={part.state}
      data-card={custom ? 'custom' : 'generic'}
      aria-label={label}
    >
      <header className="tool__header">
        <span className="tool__dot" aria-hidden="true" />
        <span className="tool__name">{label}</span>
        <span className={`badge badge--${part.state}`}>{t(`tool.state.${part.state}`)}</span>
        {part.durationMs !== undefined && <span className="muted">{formatDuration(part.durationMs, lang)}</span>}
      </header>
      {/* The summary is what the model read; a custom body or a proposal already says it better, and when the answer
          below repeats it word for word it is said once, there. */}
      {!custom && !hideSummary && part.summary && part.summary !== part.error && (
        <div className="tool__summary">
          <MarkdownText text={part.summary} />
        </div>
      )}
      {part.error && (
        <p className="tool__error" role="alert" dir="auto">
          {part.error}
        </p>
      )}
      {custom && children}
      <details className="tool__details" open={!custom && part.state === 'failed'}>
        <summary>{t('tool.details')}</summary>
        {raw}
      </details>
    </section>
  );
}
