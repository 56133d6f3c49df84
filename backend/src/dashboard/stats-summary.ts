import { NO_SALES_YET } from '@tajer/tools';
import type { DashboardStats, Metric } from './dashboard.service';
import { formatMoney, formatNumber, formatPercent } from '@tajer/contract';
import { localize, type Language, type Localized } from '../common/localisation/localized';
import { PERIOD_LABEL, VS_PREVIOUS_LABEL } from '../common/time/period-labels';

/** One paragraph per language with the headline figures, so even an offline assistant can answer from the result. */
export function statsSummary(s: Omit<DashboardStats, 'summary'>): Localized {
  if (!s.hasSales) return firstRunSummary(s);
  // Without sales in the previous period (a history shorter than the comparison), percentages would be noise.
  const change = (m: Metric, l: Language) =>
    !s.comparable || m.changePct === null ? '' : ` (${formatPercent(m.changePct, l, { signed: true })})`;
  return localize((l) => {
    const p = PERIOD_LABEL[s.period][l];
    const vs = VS_PREVIOUS_LABEL[s.period][l];
    const money = (n: number) => formatMoney(n, l);
    const rate = formatPercent(s.grossMarginRate.value, l);
    const sales = formatNumber(s.salesCount.value, l);
    const low = s.lowStockCount.value;
    const unmargined = s.revenueWithoutMargin.value;
    // Declared takings and products without a cost are in revenue but not in the margin: say so, or the rate misleads.
    const without = !unmargined
      ? ''
      : l === 'fr'
        ? ` (dont ${money(unmargined)} sans détail ni coût connu, hors marge)`
        : l === 'ar'
          ? ` (منها ${money(unmargined)} بدون تفاصيل أو تكلفة معروفة، خارج الهامش)`
          : ` (${money(unmargined)} of it without detail or known cost, not in the margin)`;
    if (l === 'fr')
      return (
        `${p} : chiffre d'affaires ${money(s.revenue.value)}${change(s.revenue, l)} sur ${sales} ventes${without}, ` +
        `panier moyen ${money(s.averageBasket.value)}, marge brute ${money(s.grossMargin.value)} (${rate}), ` +
        `dépenses de fonctionnement ${money(s.expenses.value)} (hors achats de marchandises : ${money(s.stockPurchases.value)}), résultat net ${money(s.netResult.value)}${change(s.netResult, l)}. ` +
        (s.comparable ? `Variations ${vs}. ` : `Pas de ventes sur la période précédente pour comparer. `) +
        `Stock : ${money(s.stockValue.value)} au prix d'achat, ${low} produit${low > 1 ? 's' : ''} au seuil de réapprovisionnement ou en dessous.`
      );
    if (l === 'ar')
      return (
        `${p}: رقم الأعمال ${money(s.revenue.value)}${change(s.revenue, l)} من ${sales} عملية بيع${without}، ` +
        `متوسط السلة ${money(s.averageBasket.value)}، الهامش الإجمالي ${money(s.grossMargin.value)} (${rate})، ` +
        `مصاريف التشغيل ${money(s.expenses.value)} (دون شراء السلع: ${money(s.stockPurchases.value)})، النتيجة الصافية ${money(s.netResult.value)}${change(s.netResult, l)}. ` +
        (s.comparable ? `التغيرات ${vs}. ` : 'لا توجد مبيعات في الفترة السابقة للمقارنة. ') +
        `المخزون: ${money(s.stockValue.value)} بسعر الشراء، وعدد المنتجات عند حد إعادة الطلب أو تحته: ${low}.`
      );
    return (
      `${p}: revenue ${money(s.revenue.value)}${change(s.revenue, l)} from ${sales} sales${without}, ` +
      `average basket ${money(s.averageBasket.value)}, gross margin ${money(s.grossMargin.value)} (${rate}), ` +
      `operating expenses ${money(s.expenses.value)} (excluding goods purchases: ${money(s.stockPurchases.value)}), net result ${money(s.netResult.value)}${change(s.netResult, l)}. ` +
      (s.comparable ? `Changes ${vs}. ` : 'No sales in the previous period to compare with. ') +
      `Stock: ${money(s.stockValue.value)} at cost, ${low} product${low === 1 ? '' : 's'} at or below the reorder threshold.`
    );
  });
}

/** A business that never sold anything: what to do first, then only the figures that already exist (no zeros). */
function firstRunSummary(s: Omit<DashboardStats, 'summary'>): Localized {
  return localize((l) => {
    const money = (n: number) => formatMoney(n, l);
    const extra: string[] = [];
    if (s.expenses.value) {
      extra.push(
        {
          fr: `Dépenses de fonctionnement : ${money(s.expenses.value)}.`,
          ar: `مصاريف التشغيل: ${money(s.expenses.value)}.`,
          en: `Operating expenses: ${money(s.expenses.value)}.`,
        }[l],
      );
    }
    if (s.stockValue.value) {
      extra.push(
        {
          fr: `Stock : ${money(s.stockValue.value)} au prix d'achat.`,
          ar: `المخزون: ${money(s.stockValue.value)} بسعر الشراء.`,
          en: `Stock: ${money(s.stockValue.value)} at cost.`,
        }[l],
      );
    }
    return [NO_SALES_YET[l], ...extra].join(' ');
  });
}
