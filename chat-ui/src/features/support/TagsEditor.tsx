import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveTags } from './support.api';

export function TagsEditor({ conversationId, initial }: { conversationId: string; initial: string[] }) {
  const { t } = useTranslation();
  const [tags, setTags] = useState(initial);
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<'idle' | 'saved' | 'error'>('idle');

  const persist = async (next: string[]) => {
    const previous = tags;
    setTags(next);
    try {
      const res = await saveTags(conversationId, next);
      if (Array.isArray(res?.tags)) setTags(res.tags);
      setStatus('saved');
    } catch {
      setTags(previous);
      setStatus('error');
    }
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    const tag = input.trim().toLowerCase();
    if (!tag || tags.includes(tag)) return;
    setInput('');
    void persist([...tags, tag]);
  };

  return (
    <section className="panel" aria-labelledby="tags-title" data-testid="tags-editor">
      <h2 id="tags-title">{t('support.tags')}</h2>
      <ul className="tags">
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button
              type="button"
              className="tag__remove"
              onClick={() => void persist(tags.filter((x) => x !== tag))}
              aria-label={t('support.removeTag', { tag })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="inline-form">
        <label className="sr-only" htmlFor="new-tag">
          {t('support.addTag')}
        </label>
        <input
          id="new-tag"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          placeholder={t('support.addTag')}
          maxLength={40}
          data-testid="tag-input"
        />
        <button type="submit" className="btn btn--small">
          {t('support.add')}
        </button>
      </form>
      <span role="status" className="muted">
        {status === 'saved' ? t('support.saved') : status === 'error' ? t('errors.saveFailed') : ''}
      </span>
    </section>
  );
}
