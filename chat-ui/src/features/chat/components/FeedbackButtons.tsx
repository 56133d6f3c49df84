import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/http';
import { Icon } from '../../../ui/Icon';

type Vote = 'up' | 'down';

/** Thumbs up/down on an answer, with an optional comment. The vote is saved at once; the comment follows if given. */
export function FeedbackButtons({ messageId }: { messageId: string }) {
  const { t } = useTranslation();
  const [vote, setVote] = useState<Vote | null>(null);
  const [commenting, setCommenting] = useState(false);
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const inputId = useId();

  const save = async (v: Vote, text?: string) => {
    setStatus('saving');
    try {
      await api(`/api/feedback/messages/${encodeURIComponent(messageId)}`, {
        method: 'POST',
        body: { up: v === 'up', ...(text ? { comment: text } : {}) },
      });
      setStatus('saved');
    } catch {
      setStatus('error');
    }
  };

  const choose = (v: Vote) => {
    setVote(v);
    setCommenting(true);
    void save(v);
  };

  const submitComment = (e: FormEvent) => {
    e.preventDefault();
    if (vote && comment.trim()) void save(vote, comment.trim());
    setCommenting(false);
  };

  return (
    <span className="rating" data-testid="rating">
      <button
        type="button"
        className="icon-btn"
        aria-pressed={vote === 'up'}
        aria-label={t('feedback.up')}
        title={t('feedback.up')}
        onClick={() => choose('up')}
        data-testid="rate-up"
      >
        <Icon name="up" size={18} />
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-pressed={vote === 'down'}
        aria-label={t('feedback.down')}
        title={t('feedback.down')}
        onClick={() => choose('down')}
        data-testid="rate-down"
      >
        <Icon name="down" size={18} />
      </button>
      {commenting && (
        <form className="rating__comment" onSubmit={submitComment}>
          <label htmlFor={inputId} className="sr-only">
            {t('feedback.commentLabel')}
          </label>
          <input
            id={inputId}
            value={comment}
            maxLength={1000}
            placeholder={t('feedback.commentPlaceholder')}
            onChange={(e) => setComment(e.target.value)}
            dir="auto"
            data-testid="rating-comment"
          />
          <button type="submit" className="btn btn--small">
            {t('feedback.send')}
          </button>
        </form>
      )}
      <span className="sr-only" role="status">
        {status === 'saved' ? t('feedback.thanks') : status === 'error' ? t('errors.saveFailed') : ''}
      </span>
      {status === 'error' && <span className="muted">{t('errors.saveFailed')}</span>}
    </span>
  );
}
