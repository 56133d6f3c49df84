import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../lib/router';
import { useConversations } from '../hooks/useConversations';
import { ConversationItem } from './ConversationItem';

interface Props {
  activeId?: string;
  /** On phones the list is a drawer over the chat. */
  open: boolean;
  onClose: () => void;
}

export function Sidebar({ activeId, open, onClose }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const list = useConversations(q);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!open) return;
    ref.current?.querySelector<HTMLElement>('button, input')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  const remove = async (id: string) => {
    await list.remove(id);
    if (id === activeId) navigate('/');
  };

  return (
    <>
      {open && <div className="scrim" onClick={onClose} aria-hidden="true" />}
      <aside
        id="conversations"
        ref={ref}
        className={`sidebar${open ? ' sidebar--open' : ''}`}
        aria-label={t('chat.conversations')}
        data-testid="sidebar"
      >
        <button type="button" className="btn btn--primary sidebar__new" onClick={() => navigate('/')} data-testid="new-conversation">
          + {t('chat.newConversation')}
        </button>
        <label className="sidebar__search">
          <span className="sr-only">{t('chat.search')}</span>
          <input
            type="search"
            value={q}
            placeholder={t('chat.search')}
            onChange={(e) => setQ(e.target.value)}
            dir="auto"
            data-testid="conversation-search"
          />
        </label>
        {/* A stale list is still useful offline; only say so when there is nothing to show. */}
        {list.error && !list.items.length && (
          <p className="alert alert--error" role="alert">
            {t('errors.network')}{' '}
            <button type="button" className="btn btn--small" onClick={() => void list.reload()}>
              {t('chat.retry')}
            </button>
          </p>
        )}
        <ul className="sidebar__list" data-testid="conversation-list" aria-busy={list.loading}>
          {list.items.map((c) => (
            <ConversationItem key={c.id} conversation={c} active={c.id === activeId} onRename={list.rename} onDelete={remove} />
          ))}
        </ul>
        {!list.loading && !list.items.length && !list.error && (
          <p className="muted sidebar__empty">{q ? t('chat.noMatch') : t('chat.noConversations')}</p>
        )}
        {list.hasMore && (
          <button type="button" className="btn btn--ghost" onClick={list.loadMore} disabled={list.loading}>
            {t('chat.loadMore')}
          </button>
        )}
      </aside>
    </>
  );
}
