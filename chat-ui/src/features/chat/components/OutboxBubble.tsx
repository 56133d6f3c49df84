import { useTranslation } from 'react-i18next';
import { textDirection } from '../../../lib/text-direction';
import { useChatClient } from '../ChatProvider';
import { AttachmentImage } from '../parts/AttachmentImage';
import type { OutboxItem } from '../store/types';

/** A message the server hasn't echoed yet: queued offline, on its way, or refused (with retry / discard). */
export function OutboxBubble({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  const client = useChatClient();
  return (
    <article
      className={`msg msg--user msg--outbox msg--${item.state}`}
      data-testid="outbox-message"
      data-state={item.state}
      aria-label={t('chat.you')}
    >
      <div className="msg__body" dir={textDirection(item.text)}>
        {item.attachmentIds.map((id) => (
          <AttachmentImage key={id} attachmentId={id} />
        ))}
        <p className="msg__text">{item.text}</p>
      </div>
      <footer className="msg__meta">
        {item.state === 'queued' && <span className="badge">{t('chat.queued')}</span>}
        {(item.state === 'sending' || item.state === 'sent') && <span className="badge">{t('chat.sending')}</span>}
        {item.state === 'failed' && (
          <span role="alert" className="msg__failed">
            {t('chat.notSent')} {item.error && <span className="muted">— {item.error.message}</span>}
            <button type="button" className="btn btn--small" onClick={() => client.retryOutbox(item.clientMessageId)}>
              {t('chat.retry')}
            </button>
            <button type="button" className="btn btn--small btn--ghost" onClick={() => client.discardOutbox(item.clientMessageId)}>
              {t('chat.discard')}
            </button>
          </span>
        )}
      </footer>
    </article>
  );
}
