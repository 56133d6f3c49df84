import { bullets, formatDate, formatNumber, formatQuantity, nameIn, say } from '../format';
import { directionHead, signedCount } from '../direction';
import { paymentMethodLabel } from '@tajer/contract';
import { money } from '../sales-lines';
import type { Names } from '../services';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { SalesRecordResult } from '@tajer/contract';

export type RecordedSaleLine = SalesRecordResult['lines'][number];

/** The tool's `data`: its schema is the contract's `SalesRecordResult`. */
export type SalesRecordData = SalesRecordResult;

/** "3 × Sucre blanc 1kg à 95 DA" */
export function lineText(l: { product: { names: Names }; quantity: number; unitPrice: number | null }, lang: Lang): string {
  const price =
    l.unitPrice === null
      ? ''
      : say(lang, { fr: ` à ${money(l.unitPrice, 'fr')}`, ar: ` بـ ${money(l.unitPrice, 'ar')}`, en: ` at ${money(l.unitPrice, 'en')}` });
  return `${formatNumber(l.quantity, lang)} × ${nameIn(l.product.names, lang)}${price}`;
}

/** The approval line: "Vente : −3 Sucre blanc 1kg, −2 Café… = 475 DA (espèces) — Ahmed". */
export function saleHead(
  lines: { product: { names: Names }; quantity: number }[],
  total: number,
  method: string,
  customer: string | null,
  lang: Lang,
  currency = 'DZD',
): string {
  const items = lines.map((l) => `${signedCount(-l.quantity, lang)} ${nameIn(l.product.names, lang)}`).join(lang === 'ar' ? '، ' : ', ');
  return `${directionHead('sale', items, lang)} = ${money(total, lang, currency)} (${paymentMethodLabel(method, lang)})${customer ? ` — ${customer}` : ''}`;
}

export function summarizeSalesRecord(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as SalesRecordData;
  const what = d.lines.map((l) => lineText(l, lang)).join(lang === 'ar' ? '، ' : ', ');
  const head = say(lang, {
    fr: `C'est enregistré : vente de ${what}, **${money(d.total, lang, d.currency)}** (${paymentMethodLabel(d.paymentMethod, lang)}), le ${formatDate(d.day, lang)}.`,
    ar: `تم التسجيل: بيع ${what}، **${money(d.total, lang, d.currency)}** (${paymentMethodLabel(d.paymentMethod, lang)})، بتاريخ ${formatDate(d.day, lang)}.`,
    en: `Recorded: a sale of ${what}, **${money(d.total, lang, d.currency)}** (${paymentMethodLabel(d.paymentMethod, lang)}), on ${formatDate(d.day, lang)}.`,
  });
  const stock = d.lines
    .filter((l) => l.stockBefore !== null && l.stockAfter !== null)
    .map(
      (l) =>
        `${nameIn(l.product.names, lang)}${lang === 'fr' ? ' : ' : ': '}${formatNumber(l.stockBefore!, lang)} → ${formatQuantity(l.stockAfter!, l.product.unit, lang)}`,
    );
  const stockPart = stock.length
    ? `${say(lang, { fr: 'Stock', ar: 'المخزون', en: 'Stock' })}${lang === 'fr' ? ' :' : ':'}\n${bullets(stock)}`
    : '';
  const credit =
    d.customer && d.customer.balanceAfter !== null
      ? say(lang, {
          fr: `${d.customer.name} vous doit maintenant **${money(d.customer.balanceAfter, lang, d.currency)}**.`,
          ar: `${d.customer.name} مدين لك الآن بـ **${money(d.customer.balanceAfter, lang, d.currency)}**.`,
          en: `${d.customer.name} now owes you **${money(d.customer.balanceAfter, lang, d.currency)}**.`,
        })
      : '';
  return [head, stockPart, credit, ...d.warnings.map((w) => `⚠️ ${w}`)].filter(Boolean).join('\n');
}
