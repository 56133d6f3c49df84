import { arabicCount, bullets, formatDate, formatNumber, moreLine, nameIn, periodLabel, say } from '../format';
import { paymentMethodLabel } from '@tajer/contract';
import { money } from '../sales-lines';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { SaleRow, SalesListResult } from '@tajer/contract';

/** « عملية بيع واحدة », « 3 عمليات بيع », « 11 عملية بيع »: the count's noun takes its number's form. */
const AR_SALES = { one: 'عملية بيع واحدة', two: 'عمليتا بيع', few: 'عمليات بيع', many: 'عملية بيع', other: 'عملية بيع' };

export type { SaleRow } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `SalesListResult`. */
export type SalesListData = SalesListResult;

/** "Aujourd'hui", "le 17 novembre 2026", "ce mois-ci, Ahmed", "à crédit". */
function scope(d: SalesListData, lang: Lang): string {
  const when = d.date
    ? say(lang, { fr: `Le ${formatDate(d.date, lang)}`, ar: `يوم ${formatDate(d.date, lang)}`, en: `On ${formatDate(d.date, lang)}` })
    : periodLabel(d.period ?? 'today', lang);
  const who = d.customer ? say(lang, { fr: `, ${d.customer.name}`, ar: `، ${d.customer.name}`, en: `, ${d.customer.name}` }) : '';
  const how = d.paymentMethod ? ` (${paymentMethodLabel(d.paymentMethod, lang)})` : '';
  return `${when}${who}${how}`;
}

function saleLine(s: SaleRow, lang: Lang, currency: string): string {
  // The shop's clock (Algiers, UTC+1), as the owner remembers the sale.
  const time = new Date(Date.parse(s.soldAt) + 3_600_000).toISOString().slice(11, 16);
  const what =
    s.kind === 'daily_total'
      ? say(lang, { fr: 'recette du jour sans détail', ar: 'مداخيل اليوم بدون تفصيل', en: "day's takings, no detail" })
      : s.lines
          .map((l) => `${formatNumber(Math.abs(l.quantity), lang)} × ${nameIn(l.product.names, lang)}`)
          .join(lang === 'ar' ? '، ' : ', ');
  const refund = s.kind === 'refund' ? say(lang, { fr: 'remboursement : ', ar: 'استرجاع: ', en: 'refund: ' }) : '';
  return `${s.day} ${time} — ${refund}${what} — **${money(s.total, lang, currency)}** (${paymentMethodLabel(s.paymentMethod, lang)})${s.customer ? ` — ${s.customer}` : ''}`;
}

export function summarizeSalesList(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as SalesListData;
  const where = scope(d, lang);
  if (!d.count) {
    return say(lang, {
      fr: `${where} : pas encore de vente enregistrée. Dites-moi ce que vous avez vendu (« j'ai vendu 3 sucre ») ou la recette du jour.`,
      ar: `${where}: لا توجد مبيعات مسجلة بعد. قل لي ماذا بعت («بعت 3 سكر») أو مداخيل اليوم.`,
      en: `${where}: no sales recorded yet. Tell me what you sold ("I sold 3 sugar") or the day's takings.`,
    });
  }
  const t = d.totals;
  const revenue = money(t.revenue, lang, d.currency);
  const head = say(lang, {
    fr: `${where} : **${revenue}** de ventes (${formatNumber(t.salesCount, lang)} vente${t.salesCount > 1 ? 's' : ''}).`,
    ar: `${where}: مبيعات بقيمة **${revenue}** (${arabicCount(t.salesCount, AR_SALES)}).`,
    en: `${where}: **${revenue}** in sales (${formatNumber(t.salesCount, lang)} sale${t.salesCount === 1 ? '' : 's'}).`,
  });
  const parts: string[] = [];
  if (t.dailyTotals)
    parts.push(
      say(lang, {
        fr: `dont ${money(t.dailyTotals, lang, d.currency)} de recettes sans détail`,
        ar: `منها ${money(t.dailyTotals, lang, d.currency)} مداخيل بدون تفصيل`,
        en: `${money(t.dailyTotals, lang, d.currency)} of it day totals without detail`,
      }),
    );
  if (t.refunds)
    parts.push(
      say(lang, {
        fr: `${money(t.refunds, lang, d.currency)} remboursés`,
        ar: `${money(t.refunds, lang, d.currency)} مسترجعة`,
        en: `${money(t.refunds, lang, d.currency)} refunded`,
      }),
    );
  const extra = parts.length ? ` ${parts.join(lang === 'ar' ? '، ' : ', ')}.` : '';
  const recent = say(lang, { fr: 'Les plus récentes :', ar: 'الأحدث:', en: 'Most recent:' });
  return [`${head}${extra}`, recent, bullets(d.items.map((s) => saleLine(s, lang, d.currency))), moreLine(d.count, d.items.length, lang)]
    .filter(Boolean)
    .join('\n');
}
