import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatTime } from '@tajer/contract';
import { textDirection } from '../../../lib/text-direction';
import { PartList } from '../parts/PartList';
import type { UiMessage } from '../store/types';
import { FeedbackButtons } from './FeedbackButtons';
import { useMessageActions } from './MessageActions';

export const MessageBubble = memo(function MessageBubble({ message }: { message: UiMessage }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { readOnly, retry } = useMessageActions();
  const isUser = message.role === 'user';
  const streaming = message.status === 'streaming' || message.status === 'pending';
  const parts = message.parts.length ? message.parts : message.text ? [{ type: 'text' as const, text: message.text }] : [];

  return (
    <article
      className={`msg msg--${message.role} msg--${message.status}`}
      data-testid={isUser ? 'user-message' : 'assistant-message'}
      data-status={message.status}
      data-message-id={message.id}
      aria-busy={streaming}
      aria-label={isUser ? t('chat.you') : t('chat.assistant')}
    >
      <div className="msg__body" dir={textDirection(message.text)}>
        {parts.length ? (
          <PartList parts={parts} messageId={message.id} lang={message.language} />
        ) : (
          streaming && <TypingDots label={t('chat.thinking')} />
        )}
      </div>
      <footer className="msg__meta">
        <time dateTime={message.createdAt}>{formatTime(message.createdAt, lang)}</time>
        {message.status === 'cancelled' && <span className="badge">{t('chat.stopped')}</span>}
        {message.status === 'failed' && (
          <span className="msg__failed" role="alert" data-testid="message-failed">
            {t('chat.failed')}
            {message.error && <span className="muted"> — {message.error.message}</span>}
            {!readOnly && retry && (
              <button type="button" className="btn btn--small" onClick={() => retry(message.id)} data-testid="retry">
                {t('chat.retry')}
              </button>
            )}
          </span>
        )}
        {!isUser && message.status === 'completed' && !readOnly && <FeedbackButtons messageId={message.id} />}
      </footer>
    </article>
  );
});

function TypingDots({ label }: { label: string }) {
  return (
    <span className="typing" role="img" aria-label={label}>
      <span />
      <span />
      <span />
    </span>
  );
}
