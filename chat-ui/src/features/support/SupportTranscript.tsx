import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../lib/http';
import { Link, useLocation } from '../../lib/router';
import { MessageBubble } from '../chat/components/MessageBubble';
import { getConversation, type SupportConversationDetail } from './support.api';
import { NotesPanel } from './NotesPanel';
import { TagsEditor } from './TagsEditor';
import { ToolTimeline } from './ToolTimeline';

/**
 * A conversation as support staff see it: read-only transcript, tool-call timeline, records touched, tags, notes.
 * In `team` mode (an owner reading their staff's conversation) it is read-only throughout: no tags, no notes.
 */
export function SupportTranscript({ id, mode = 'console' }: { id: string; mode?: 'console' | 'team' }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const [data, setData] = useState<SupportConversationDetail | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    getConversation(id).then(
      (d) => live && setData(d),
      (err) => live && setError(err ?? true),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const back = `${mode === 'team' ? '/activity' : '/support'}${search.toString() ? `?${search}` : ''}`;
  return (
    <section aria-labelledby="transcript-title" data-testid="support-transcript">
      <Link to={back} className="back-link">
        ← {t('support.back')}
      </Link>
      {!!error && (
        <p className="alert alert--error" role="alert">
          {t(errorKey(error))}
        </p>
      )}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {data && (
        <>
          <header className="view__header">
            <h1 id="transcript-title" dir="auto">
              {data.conversation.title || t('chat.untitled')}
            </h1>
            <p className="muted">
              {[data.conversation.tenant?.name, data.conversation.user?.email, data.conversation.language].filter(Boolean).join(' · ')}
            </p>
          </header>
          <div className="transcript">
            <div className="messages messages--static" role="log" aria-label={t('chat.transcript')}>
              {data.messages.map((m) => (
                <MessageBubble key={m.id} message={m} />
              ))}
            </div>
            <aside className="transcript__side">
              <ToolTimeline calls={data.toolCalls} />
              {mode === 'console' && <TagsEditor conversationId={id} initial={data.tags} />}
              {mode === 'console' && <NotesPanel conversationId={id} initial={data.notes} />}
            </aside>
          </div>
        </>
      )}
    </section>
  );
}
