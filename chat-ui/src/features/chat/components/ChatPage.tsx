import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { ApiError } from '../../../lib/http';
import { uuid } from '../../../lib/ids';
import { navigate, useLocation } from '../../../lib/router';
import { useChatClient } from '../ChatProvider';
import { useChatSelector } from '../store/chat-store';
import { isGenerating, questionFor } from '../store/selectors';
import { ConnectionBanner } from './ConnectionBanner';
import { Composer } from './Composer';
import { MessageActionsContext, type MessageActions } from './MessageActions';
import { MessageList } from './MessageList';
import { Icon } from '../../../ui/Icon';
import { Sidebar } from './Sidebar';
import { Suggestions } from './Suggestions';
import { OnboardingChecklist } from '../../onboarding/OnboardingChecklist';
import { useSession } from '../../auth/session-store';

export function ChatPage({ conversationId }: { conversationId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useChatClient();
  const { search } = useLocation();
  const [draftKey, setDraftKey] = useState(() => `draft:${uuid()}`);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const threadKey = conversationId ?? draftKey;

  const conv = useChatSelector(client.store, (s) => (conversationId ? s.conversations[conversationId] : undefined));
  const draftTarget = useChatSelector(client.store, (s) => s.drafts[draftKey]);
  const outbox = useChatSelector(client.store, (s) => s.outbox);
  const pendingMine = useMemo(
    () => outbox.filter((i) => i.threadKey === threadKey || (conversationId && i.conversationId === conversationId)),
    [outbox, threadKey, conversationId],
  );

  // A new conversation gets its URL as soon as the server names it.
  useEffect(() => {
    if (!conversationId && draftTarget) navigate(`/c/${draftTarget}`, { replace: true });
  }, [conversationId, draftTarget]);

  // Back on "new conversation": a fresh draft, so nothing typed there lands in the previous one.
  useEffect(() => {
    if (!conversationId) setDraftKey((k) => (client.store.getState().drafts[k] ? `draft:${uuid()}` : k));
    setSidebarOpen(false);
    setLoadError(null);
  }, [conversationId, client]);

  useEffect(() => {
    if (!conversationId || client.store.getState().conversations[conversationId]) return;
    client
      .open(conversationId)
      .catch((err) => setLoadError(err instanceof ApiError && err.status === 404 ? t('chat.notFound') : t('errors.network')));
  }, [conversationId, client, t]);

  // A conversation started here is known from live events only: fetch its title once.
  const needsTitle = !!conv && conv.title === undefined;
  useEffect(() => {
    if (conversationId && needsTitle) client.refreshTitle(conversationId).catch(() => undefined);
  }, [conversationId, needsTitle, client]);

  const send = (text: string, attachmentIds: string[] = []) => client.send({ threadKey, text, attachmentIds, lang });

  // Quick-access views open the chat with a question (`/?ask=…`): send it once, then drop it from the URL.
  const asked = useRef<string | null>(null);
  const ask = search.get('ask');
  useEffect(() => {
    if (!ask || conversationId || asked.current === ask) return;
    asked.current = ask;
    navigate('/', { replace: true });
    client.send({ threadKey, text: ask, lang });
  }, [ask, conversationId, client, threadKey, lang]);

  const actions = useMemo<MessageActions>(
    () => ({
      readOnly: false,
      decide: (payload) => client.decide(payload),
      ask: (text) => client.send({ threadKey, text, lang }),
      retry: (assistantId) => {
        const messages = conversationId ? (client.store.getState().conversations[conversationId]?.messages ?? []) : [];
        const question = questionFor(messages, assistantId);
        if (!question) return;
        const attachmentIds = question.parts.flatMap((p) => (p.type === 'attachment' ? [p.attachmentId] : []));
        client.send({ threadKey, text: question.text, attachmentIds, lang });
      },
    }),
    [client, conversationId, threadKey, lang],
  );

  const generating = isGenerating(conv) || pendingMine.some((i) => i.state === 'sending' || i.state === 'sent');
  const empty = !conv?.messages.length && !pendingMine.length;
  const session = useSession();

  return (
    <div className={`chat-layout${sidebarOpen ? ' chat-layout--sidebar' : ''}`}>
      <Sidebar activeId={conversationId} open={sidebarOpen} onClose={() => setSidebarOpen(false)} />
      <section className="chat" aria-labelledby="chat-title" data-testid="chat">
        <div className="chat__header">
          <button
            type="button"
            className="btn btn--ghost chat__menu"
            aria-expanded={sidebarOpen}
            aria-controls="conversations"
            onClick={() => setSidebarOpen((o) => !o)}
            data-testid="sidebar-toggle"
          >
            {/* Not a second "☰": the page menu has that one; this one opens the list of conversations. */}
            <Icon name="chat" />
            <span className="sr-only">{t('chat.conversations')}</span>
          </button>
          <h1 id="chat-title" className="chat__title" data-testid="chat-title" dir="auto">
            {conv?.title || t('chat.newConversation')}
          </h1>
        </div>
        <ConnectionBanner />
        {loadError && (
          <p className="alert alert--error" role="alert">
            {loadError}
          </p>
        )}
        <MessageActionsContext.Provider value={actions}>
          {empty && !conversationId ? (
            <>
              {session?.user.tenantId && <OnboardingChecklist tenantId={session.user.tenantId} onlyFirstRun />}
              <Suggestions onPick={(q) => send(q)} />
            </>
          ) : (
            <MessageList messages={conv?.messages ?? []} outbox={pendingMine} busy={isGenerating(conv)} />
          )}
        </MessageActionsContext.Provider>
        {conv?.error && (
          <p className="alert alert--error" role="alert" data-testid="conversation-error">
            {t('chat.failed')} ({conv.error.message})
          </p>
        )}
        <Composer
          onSend={send}
          generating={generating}
          stopping={!!conv?.stopping}
          onStop={conversationId ? () => client.stopGeneration(conversationId) : undefined}
        />
      </section>
    </div>
  );
}
