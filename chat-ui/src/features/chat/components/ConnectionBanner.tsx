import { useTranslation } from 'react-i18next';
import { useChatClient } from '../ChatProvider';
import { useChatSelector } from '../store/chat-store';

/** Says when the live connection is down; queued messages go out by themselves once it's back. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const client = useChatClient();
  const connection = useChatSelector(client.store, (s) => s.connection);
  const queued = useChatSelector(client.store, (s) => s.outbox.filter((i) => i.state === 'queued').length);
  const down = connection === 'offline' || connection === 'reconnecting';
  return (
    <div role="status" aria-live="polite" className="banner-slot">
      {down && (
        <p className={`banner banner--${connection}`} data-testid="connection-banner" data-state={connection}>
          {connection === 'offline' ? t('conn.offline') : t('conn.reconnecting')}
          {queued > 0 && ` ${t('conn.queued', { count: queued })}`}
        </p>
      )}
    </div>
  );
}
