import type { Lang } from '@protocol/chat-events';

/** Algerian locales so that grouping, decimal separators and the DZD symbol follow local habits. */
export const LOCALES: Record<Lang, string> = { fr: 'fr-DZ', ar: 'ar-DZ', en: 'en' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], opts);
    cache.set(key, f);
  }
  return f;
}

/** Centimes only where they matter: "1 520 DA", "1 132 880 DA", but "242,69 DA". */
export function formatMoney(amount: number, lang: Lang, currency = 'DZD'): string {
  const digits = Number.isInteger(amount) || Math.abs(amount) >= 1000 ? 0 : 2;
  return numberFormat(lang, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

export function formatPercent(ratio: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio);
}

export function formatDateTime(iso: string | Date, lang: Lang, style: 'short' | 'time' | 'date' = 'short'): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  const opts: Intl.DateTimeFormatOptions =
    style === 'time' ? { hour: '2-digit', minute: '2-digit' } : style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(LOCALES[lang], opts).format(d);
}

export function formatDuration(ms: number, lang: Lang): string {
  if (ms < 1000) return `${formatNumber(ms, lang, 0)} ms`;
  return `${formatNumber(ms / 1000, lang, 1)} s`;
}

/** Numbers may arrive as strings (Prisma decimals serialise that way); anything else is not a number. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}
