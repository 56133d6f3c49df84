import { useState } from 'react';
import { CHANNEL_LABELS } from '@tajer/contract';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { textDirection } from '../../../lib/text-direction';
import { isObj, str, unwrap } from './shape';

export interface MarketingContent {
  text: string;
  channel?: string;
  hashtags?: string[];
}

export function parseMarketingContent(result: unknown): MarketingContent | null {
  const root = unwrap(result);
  if (typeof root === 'string') return root.trim() ? { text: root } : null;
  if (!isObj(root)) return null;
  const text = str(root, 'text', 'content', 'post', 'message', 'body');
  if (!text) return null;
  const tags = Array.isArray(root.hashtags) ? root.hashtags.filter((h): h is string => typeof h === 'string') : undefined;
  return { text, channel: str(root, 'channel'), hashtags: tags };
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
  const full = data.hashtags?.length && !data.hashtags.every((h) => data.text.includes(h)) ? `${data.text}\n\n${data.hashtags.join(' ')}` : data.text;
  return (
    <div className="marketing" data-testid="marketing-card">
      {data.channel && <span className="badge">{(CHANNEL_LABELS as Record<string, Record<typeof lang, string>>)[data.channel]?.[lang] ?? data.channel}</span>}
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
