import { bullets, changeNote, colon, comma, formatMoney, formatNumber, formatPercent, periodLabel, say, vsPrevious } from '../format';
import { EXPENSE_TOTALS } from '@tajer/contract';
import { NO_SALES_YET } from '../first-run';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { DashboardStatsResult } from '@tajer/contract';

interface Metric {
  value: number;
  changePct: number | null;
}

/** The tool's `data`: its schema is the contract's `DashboardStatsResult`. */
export type DashboardStatsData = DashboardStatsResult;

export function summarizeDashboardStats(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const s = result.data as DashboardStatsData;
  if (s.hasSales === false) return firstRunStats(s, lang);
  const money = (n: number) => formatMoney(n, lang, { currency: s.currency });
  const change = (m: Metric) => (s.comparable ? changeNote(m.changePct, lang) : '');
  const c = colon(lang);
  const sep = comma(lang);
  const title = `**${periodLabel(s.period, lang)}**`;
  const head = s.comparable
    ? `${title} (${say(lang, { fr: 'variations', ar: 'التغيرات', en: 'changes' })} ${vsPrevious(s.period, lang)})${c.trimEnd()}`
    : `${title} (${say(lang, { fr: 'pas de ventes sur la période précédente pour comparer', ar: 'لا توجد مبيعات في الفترة السابقة للمقارنة', en: 'no sales in the previous period to compare with' })})${c.trimEnd()}`;
  const low = s.lowStockCount.value;
  const lines = [
    s.salesCount.value
      ? `${say(lang, { fr: "Chiffre d'affaires", ar: 'رقم الأعمال', en: 'Revenue' })}${c}**${money(s.revenue.value)}**${change(s.revenue)}`
      : say(lang, { fr: 'Aucune vente enregistrée pour le moment', ar: 'لا توجد مبيعات مسجلة حتى الآن', en: 'No sales recorded yet' }),
    ...(s.salesCount.value
      ? [
          `${say(lang, { fr: 'Ventes', ar: 'عدد المبيعات', en: 'Sales' })}${c}${formatNumber(s.salesCount.value, lang)}${change(s.salesCount)}${sep}${say(lang, { fr: 'panier moyen', ar: 'متوسط السلة', en: 'average basket' })} ${money(s.averageBasket.value)}${change(s.averageBasket)}`,
          `${say(lang, { fr: 'Marge brute', ar: 'الهامش الإجمالي', en: 'Gross margin' })}${c}${money(s.grossMargin.value)}${change(s.grossMargin)}${sep}${say(
            lang,
            {
              fr: `soit ${formatPercent(s.grossMarginRate.value, lang)} du chiffre d'affaires`,
              ar: `أي ${formatPercent(s.grossMarginRate.value, lang)} من رقم الأعمال`,
              en: `${formatPercent(s.grossMarginRate.value, lang)} of revenue`,
            },
          )}`,
        ]
      : []),
    `${say(lang, EXPENSE_TOTALS.operating.label)}${c}${money(s.expenses.value)}${change(s.expenses)}${
      s.stockPurchases
        ? say(lang, {
            fr: `, hors achats de marchandises (${money(s.stockPurchases.value)})`,
            ar: `، دون شراء السلع (${money(s.stockPurchases.value)})`,
            en: `, excluding goods purchases (${money(s.stockPurchases.value)})`,
          })
        : ''
    }`,
    `${say(lang, { fr: 'Résultat net', ar: 'النتيجة الصافية', en: 'Net result' })}${c}**${money(s.netResult.value)}**${change(s.netResult)}`,
    `${say(lang, { fr: 'Stock', ar: 'المخزون', en: 'Stock' })}${c}${money(s.stockValue.value)} ${say(lang, {
      fr: `au prix d'achat, ${formatNumber(low, lang)} produit${low > 1 ? 's' : ''} à réapprovisionner`,
      ar: `بسعر الشراء، وعدد المنتجات التي يجب إعادة طلبها: ${formatNumber(low, lang)}`,
      en: `at cost, ${formatNumber(low, lang)} product${low === 1 ? '' : 's'} to reorder`,
    })}`,
  ];
  return `${head}\n${bullets(lines)}`;
}

/** A new business: say so and what to do, rather than list zeros. Expenses or stock already recorded still show. */
function firstRunStats(s: DashboardStatsData, lang: Lang): string {
  const c = colon(lang);
  const money = (n: number) => formatMoney(n, lang, { currency: s.currency });
  const extra = [
    s.expenses.value
      ? `${say(lang, { fr: 'Dépenses de fonctionnement', ar: 'مصاريف التشغيل', en: 'Operating expenses' })}${c}${money(s.expenses.value)}`
      : null,
    s.stockValue.value
      ? `${say(lang, { fr: 'Stock', ar: 'المخزون', en: 'Stock' })}${c}${money(s.stockValue.value)} ${say(lang, { fr: "au prix d'achat", ar: 'بسعر الشراء', en: 'at cost' })}`
      : null,
  ].filter((l): l is string => !!l);
  return [say(lang, NO_SALES_YET), extra.length ? bullets(extra) : ''].filter(Boolean).join('\n');
}
