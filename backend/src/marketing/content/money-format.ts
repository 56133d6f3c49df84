import type { ContentLanguage } from './content.types';

/** Thousands grouped the way each audience writes prices: "1 520 DA", "1 520 دج", "DZD 1,520". */
export function formatDzd(amount: number, language: ContentLanguage): string {
  const cents = Math.round(amount * 100) % 100 !== 0;
  const [int, dec] = Math.abs(amount).toFixed(cents ? 2 : 0).split('.');
  const sign = amount < 0 ? '-' : '';
  if (language === 'en') return `DZD ${sign}${group(int, ',')}${dec ? `.${dec}` : ''}`;
  // A plain space, not a no-break one: U+00A0 is outside the GSM-7 alphabet and would turn an SMS into UCS-2.
  const body = `${sign}${group(int, ' ')}${dec ? `,${dec}` : ''}`;
  return language === 'ar' ? `${body} دج` : `${body} DA`;
}

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A discount announced in the topic or campaign name: "-15 %", "15%", "٪15", "خصم 20". Null when none or absurd. */
export function parseDiscountPercent(text: string): number | null {
  const latin = text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const match = /(\d{1,2})\s*[%٪]|[%٪]\s*(\d{1,2})/.exec(latin);
  const value = match ? Number(match[1] ?? match[2]) : NaN;
  return value >= 1 && value <= 90 ? value : null;
}

/**
 * The promotional price. Shops price in multiples of 5 DA above 100 DA; rounding *down* keeps the announced
 * discount true (never smaller than promised).
 */
export function discountedPrice(price: number, percent: number): number {
  const raw = price * (1 - percent / 100);
  return price >= 100 ? Math.floor(raw / 5) * 5 : Math.floor(raw);
}
