import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatDateTime } from '@tajer/contract';
import { addNote, type SupportNote } from './support.api';

const authorName = (a: SupportNote['author']) => (typeof a === 'string' ? a : (a?.name ?? a?.email ?? ''));

/** Private notes of the support team; the business never sees them. */
export function NotesPanel({ conversationId, initial }: { conversationId: string; initial: SupportNote[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [notes, setNotes] = useState(initial);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(false);
    try {
      const note = await addNote(conversationId, text.trim());
      setNotes((n) => [
        ...n,
        note?.id ? note : { id: String(Date.now()), text: text.trim(), author: null, createdAt: new Date().toISOString() },
      ]);
      setText('');
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="notes-title" data-testid="notes-panel">
      <h2 id="notes-title">{t('support.notes')}</h2>
      <p className="muted">{t('support.notesPrivate')}</p>
      <ul className="notes">
        {notes.map((n) => (
          <li key={n.id} className="note">
            <p dir="auto">{n.text}</p>
            <span className="muted">
              {authorName(n.author)} · {formatDateTime(n.createdAt, lang)}
            </span>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="form">
        <label className="sr-only" htmlFor="new-note">
          {t('support.addNote')}
        </label>
        <textarea
          id="new-note"
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('support.addNote')}
          dir="auto"
          data-testid="note-input"
        />
        <button type="submit" className="btn btn--small" disabled={busy || !text.trim()} data-testid="add-note">
          {t('support.add')}
        </button>
        {error && (
          <span role="alert" className="muted">
            {t('errors.saveFailed')}
          </span>
        )}
      </form>
    </section>
  );
}
