import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatDateTime } from '@tajer/contract';
import { Link } from '../../../lib/router';
import { Icon } from '../../../ui/Icon';
import type { ConversationSummary } from '../hooks/useConversations';

interface Props {
  conversation: ConversationSummary;
  active: boolean;
  onRename: (id: string, title: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
}

export function ConversationItem({ conversation: c, active, onRename, onDelete }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [title, setTitle] = useState(c.title ?? '');
  const [error, setError] = useState(false);
  const label = c.title || t('chat.untitled');
  // A one-line preview: markdown markers would only be noise here.
  const last = (typeof c.lastMessage === 'string' ? c.lastMessage : c.lastMessage?.text)?.replace(/[*_`#>]+/g, '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    try {
      await onRename(c.id, title.trim());
      setMode('view');
    } catch {
      setError(true);
    }
  };

  const confirmDelete = async () => {
    try {
      await onDelete(c.id);
    } catch {
      setError(true);
      setMode('view');
    }
  };

  return (
    <li className={`conv${active ? ' conv--active' : ''}`} data-testid="conversation-item" data-id={c.id}>
      {mode === 'rename' ? (
        <form onSubmit={submit} className="conv__rename">
          <label className="sr-only" htmlFor={`rename-${c.id}`}>
            {t('chat.rename')}
          </label>
          <input
            id={`rename-${c.id}`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={120}
            autoFocus
            dir="auto"
            data-testid="rename-input"
          />
          <button type="submit" className="btn btn--small">
            {t('common.save')}
          </button>
          <button type="button" className="btn btn--small btn--ghost" onClick={() => setMode('view')}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <>
          <Link to={`/c/${c.id}`} className="conv__link" aria-current={active ? 'page' : undefined}>
            <span className="conv__title" dir="auto">
              {label}
            </span>
            {last && (
              <span className="conv__last muted" dir="auto">
                {last}
              </span>
            )}
            <time className="conv__time muted" dateTime={c.updatedAt}>
              {formatDateTime(c.updatedAt, lang)}
            </time>
          </Link>
          {mode === 'confirm' ? (
            <span className="conv__confirm" role="group" aria-label={t('chat.confirmDelete')}>
              <span>{t('chat.confirmDelete')}</span>
              <button type="button" className="btn btn--small btn--danger" onClick={confirmDelete} data-testid="confirm-delete">
                {t('common.delete')}
              </button>
              <button type="button" className="btn btn--small btn--ghost" onClick={() => setMode('view')}>
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <span className="conv__actions">
              <button
                type="button"
                className="icon-btn"
                onClick={() => setMode('rename')}
                aria-label={t('chat.renameNamed', { title: label })}
                data-testid="rename-conversation"
              >
                <Icon name="edit" size={18} />
              </button>
              <button
                type="button"
                className="icon-btn"
                onClick={() => setMode('confirm')}
                aria-label={t('chat.deleteNamed', { title: label })}
                data-testid="delete-conversation"
              >
                <Icon name="trash" size={18} />
              </button>
            </span>
          )}
        </>
      )}
      {error && <span className="muted">{t('errors.saveFailed')}</span>}
    </li>
  );
}
