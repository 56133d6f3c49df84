import { useState } from 'react';
import { CHANNEL_LABELS, type MarketingGenerateContentResult } from '@tajer/contract';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { textDirection } from '../../../lib/text-direction';

export interface MarketingContent {
  text: string;
  channel?: string;
  hashtags?: string[];
}

/** The text of a `marketing_generate_content` result (parsed with the contract's schema), or of the content API's. */
export function marketingContent(r: Pick<MarketingGenerateContentResult, 'text' | 'channel'>): MarketingContent | null {
  return r.text.trim() ? { text: r.text, channel: r.channel } : null;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Plain-HTTP deployments on a shop's LAN have no Clipboard API: fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** A ready-to-post text with a copy button. */
export function MarketingContentCard({ data }: { data: MarketingContent }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [copied, setCopied] = useState<boolean | null>(null);
  const full =
    data.hashtags?.length && !data.hashtags.every((h) => data.text.includes(h)) ? `${data.text}\n\n${data.hashtags.join(' ')}` : data.text;
  return (
    <div className="marketing" data-testid="marketing-card">
      {data.channel && (
        <span className="badge">
          {(CHANNEL_LABELS as Record<string, Record<typeof lang, string>>)[data.channel]?.[lang] ?? data.channel}
        </span>
      )}
      <p className="marketing__text" dir={textDirection(full)} data-testid="marketing-text">
        {full}
      </p>
      <button type="button" className="btn btn--small" onClick={async () => setCopied(await copyText(full))} data-testid="copy-button">
        {t('marketing.copy')}
      </button>
      <span role="status" className="muted">
        {copied === true ? t('marketing.copied') : copied === false ? t('marketing.copyFailed') : ''}
      </span>
    </div>
  );
}
