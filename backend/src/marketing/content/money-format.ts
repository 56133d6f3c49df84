import { formatMoney } from '@tajer/contract';
import type { ContentLanguage } from './content.types';

/**
 * A price as a post prints it: the contract's formatter (the same figure as in the chat and on the pages), with its
 * centimes when it has some, in plain text — posts leave the app, and an SMS must stay in GSM-7 (a no-break space
 * would turn it into UCS-2). "1 520 DA", "1.520 دج", "DZD 1,520", "45,50 DA".
 */
export const postPrice = (amount: number, language: ContentLanguage): string => formatMoney(amount, language, { exact: true, plain: true });

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
