import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/http';
import { ViewFrame } from './ViewFrame';

const CATEGORIES = ['suggestion', 'bug', 'comment'] as const;

export default function FeedbackView() {
  const { t } = useTranslation();
  const [category, setCategory] = useState<(typeof CATEGORIES)[number]>('suggestion');
  const [message, setMessage] = useState('');
  const [rating, setRating] = useState<number | null>(null);
  const [status, setStatus] = useState<'idle' | 'sending' | 'sent' | 'error'>('idle');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!message.trim()) return;
    setStatus('sending');
    try {
      await api('/api/feedback', { method: 'POST', body: { category, message: message.trim(), ...(rating ? { rating } : {}) } });
      setStatus('sent');
      setMessage('');
      setRating(null);
    } catch {
      setStatus('error');
    }
  };

  return (
    <ViewFrame title={t('feedback.title')} testId="feedback-view">
      <p className="muted">{t('feedback.intro')}</p>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{t('feedback.category')}</span>
          <select value={category} onChange={(e) => setCategory(e.target.value as typeof category)} data-testid="feedback-category">
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`feedback.categories.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field stars">
          <legend>{t('feedback.rating')}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="star">
              <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
              <span aria-hidden="true">{rating !== null && n <= rating ? '★' : '☆'}</span>
              <span className="sr-only">{t('feedback.stars', { count: n })}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('feedback.message')}</span>
          <textarea
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            rows={5}
            maxLength={4000}
            required
            dir="auto"
            data-testid="feedback-message"
          />
        </label>
        <button type="submit" className="btn btn--primary" disabled={status === 'sending' || !message.trim()} data-testid="feedback-submit">
          {t('feedback.send')}
        </button>
        <p role="status" data-testid="feedback-status">
          {status === 'sent' ? t('feedback.thanks') : status === 'error' ? t('errors.saveFailed') : ''}
        </p>
      </form>
    </ViewFrame>
  );
}
