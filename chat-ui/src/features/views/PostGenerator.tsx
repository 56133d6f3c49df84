import { useState, type FormEvent } from 'react';
import { CHANNEL_LABELS, type Channel as ContractChannel } from '@tajer/contract';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { api, errorKey } from '../../lib/http';
import { MarketingGenerateContentResult } from '@tajer/contract';
import { marketingContent, MarketingContentCard, type MarketingContent } from '../chat/tool-cards/MarketingContentCard';

/** The contract's channels a shop posts to from here (an e-mail needs a mailing list, so it is left to the assistant). */
const CHANNELS = ['facebook', 'instagram', 'whatsapp', 'sms'] as const satisfies readonly ContractChannel[];
type Channel = (typeof CHANNELS)[number];

/**
 * Writes a post for a channel straight from the content API (POST /api/content/generate), the same composer as the
 * assistant's marketing tool: one tap gives a post for that channel, not a chat question the assistant might read
 * another way. The topic is optional; by default the post features the shop's best sellers.
 */
export function PostGenerator() {
  const { t } = useTranslation();
  const lang = useLang();
  const [topic, setTopic] = useState('');
  const [busy, setBusy] = useState<Channel | null>(null);
  const [post, setPost] = useState<MarketingContent | null>(null);
  const [error, setError] = useState<unknown>(null);

  const generate = async (channel: Channel, e?: FormEvent) => {
    e?.preventDefault();
    setBusy(channel);
    setError(null);
    try {
      const result = await api<unknown>('/api/content/generate', {
        method: 'POST',
        body: { channel, topic: topic.trim() || t('marketing.defaultTopic'), language: lang },
      });
      // The content API answers with what marketing_generate_content returns: its text and channel are all the card needs.
      const parsed = MarketingGenerateContentResult.pick({ text: true, channel: true }).safeParse(result);
      setPost(parsed.success ? marketingContent(parsed.data) : null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="post-generator-title" data-testid="post-generator">
      <h2 id="post-generator-title">{t('marketing.generate')}</h2>
      <form className="form form--inline" onSubmit={(e) => generate('facebook', e)}>
        <label className="field">
          <span>{t('marketing.topic')}</span>
          <input
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
            placeholder={t('marketing.defaultTopic')}
            maxLength={200}
            dir="auto"
            data-testid="post-topic"
          />
        </label>
      </form>
      <ul className="chips">
        {CHANNELS.map((c) => (
          <li key={c}>
            <button
              type="button"
              className="chip"
              onClick={() => generate(c)}
              disabled={busy !== null}
              aria-busy={busy === c}
              data-testid={`generate-${c}`}
            >
              {CHANNEL_LABELS[c][lang]}
            </button>
          </li>
        ))}
      </ul>
      {busy && (
        <p role="status" className="muted">
          {t('marketing.writing')}
        </p>
      )}
      {!!error && (
        <p className="alert alert--error" role="alert">
          {t(errorKey(error))}
        </p>
      )}
      {post && !busy && <MarketingContentCard data={post} />}
    </section>
  );
}
