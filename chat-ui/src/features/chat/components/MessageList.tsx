import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem, UiMessage } from '../store/types';
import { MessageBubble } from './MessageBubble';
import { OutboxBubble } from './OutboxBubble';

/**
 * The transcript. A `log` region is polite by default; the streaming answer is `aria-busy` until complete, so screen
 * readers read it once instead of token by token.
 */
export function MessageList({ messages, outbox, busy }: { messages: UiMessage[]; outbox: OutboxItem[]; busy: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const stick = useRef(true);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onScroll = () => {
      stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, []);

  // Follow the answer as it streams, unless the reader scrolled up to read something else.
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  });

  const unsent = outbox.filter((i) => !messages.some((m) => m.clientMessageId === i.clientMessageId || m.id === i.messageId));
  return (
    <div className="messages" ref={ref} role="log" aria-label={t('chat.transcript')} aria-busy={busy} data-testid="messages" tabIndex={0}>
      {messages.map((m) => (
        <MessageBubble key={m.id} message={m} />
      ))}
      {unsent.map((i) => (
        <OutboxBubble key={i.clientMessageId} item={i} />
      ))}
    </div>
  );
}
