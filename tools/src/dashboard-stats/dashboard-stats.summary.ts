import { bullets, changeNote, colon, comma, formatMoney, formatNumber, formatPercent, periodLabel, say, vsPrevious } from '../format';
import { EXPENSE_TOTALS, marginKnown } from '@tajer/contract';
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
  // A shop that only declares its day's takings (« la recette du jour ») has revenue and no tickets: it read « Aucune
  // vente enregistrée » and a net result of minus its expenses.
  const sold = s.salesCount.value > 0 || s.revenue.value !== 0;
  const lines = [
    sold
      ? `${say(lang, { fr: "Chiffre d'affaires", ar: 'رقم الأعمال', en: 'Revenue' })}${c}**${money(s.revenue.value)}**${change(s.revenue)}`
      : say(lang, { fr: 'Aucune vente enregistrée pour le moment', ar: 'لا توجد مبيعات مسجلة حتى الآن', en: 'No sales recorded yet' }),
    ...(s.salesCount.value
      ? [
          `${say(lang, { fr: 'Ventes', ar: 'عدد المبيعات', en: 'Sales' })}${c}${formatNumber(s.salesCount.value, lang)}${change(s.salesCount)}${sep}${say(lang, { fr: 'panier moyen', ar: 'متوسط السلة', en: 'average basket' })} ${money(s.averageBasket.value)}${change(s.averageBasket)}`,
        ]
      : []),
    ...(sold ? [marginLine(s, lang, money, change)] : []),
    `${say(lang, EXPENSE_TOTALS.operating.label)}${c}${money(s.expenses.value)}${change(s.expenses)}${
      s.stockPurchases
        ? say(lang, {
            fr: `, hors achats de marchandises (${money(s.stockPurchases.value)})`,
            ar: `، دون شراء السلع (${money(s.stockPurchases.value)})`,
            en: `, excluding goods purchases (${money(s.stockPurchases.value)})`,
          })
        : ''
    }`,
    netLine(s, lang, money, change),
    `${say(lang, { fr: 'Stock', ar: 'المخزون', en: 'Stock' })}${c}${stockWorth(s, lang, money)}${say(lang, {
      fr: `, ${formatNumber(low, lang)} produit${low > 1 ? 's' : ''} à réapprovisionner`,
      ar: `، وعدد المنتجات التي يجب إعادة طلبها: ${formatNumber(low, lang)}`,
      en: `, ${formatNumber(low, lang)} product${low === 1 ? '' : 's'} to reorder`,
    })}`,
  ];
  return `${head}\n${bullets(lines)}`;
}

type Money = (n: number) => string;
type Change = (m: Metric) => string;

/**
 * The margin on the sales whose purchase cost is known. A new shop that typed no cost read « Marge brute : 0 DA, soit
 * 0 % du chiffre d'affaires »: with no cost known the margin is unknown, and with part of the sales unknown the rate is
 * of the rest, said so.
 */
function marginLine(s: DashboardStatsData, lang: Lang, money: Money, change: Change): string {
  const label = `${say(lang, { fr: 'Marge brute', ar: 'الهامش الإجمالي', en: 'Gross margin' })}${colon(lang)}`;
  if (!marginKnown(s))
    return `${label}${say(lang, {
      fr: "inconnue — aucun coût d'achat n'est connu pour ces ventes (ajoutez-le sur la page Stock : touchez le prix du produit)",
      ar: 'غير معروف — لا يوجد سعر شراء مسجل لهذه المبيعات (أضفه في صفحة المخزون: اضغط على سعر المنتج)',
      en: "unknown — no purchase cost is on file for these sales (add it on the Stock page: tap the product's price)",
    })}`;
  const rate = formatPercent(s.grossMarginRate.value, lang);
  const without = s.revenueWithoutMargin?.value ?? 0;
  const share = without
    ? say(lang, {
        fr: `soit ${rate} des ventes au coût connu (${money(without)} de ventes sans coût connu n'y comptent pas)`,
        ar: `أي ${rate} من المبيعات معروفة التكلفة (${money(without)} من المبيعات دون تكلفة معروفة غير محسوبة)`,
        en: `${rate} of the sales with a known cost (${money(without)} of sales without a known cost not counted)`,
      })
    : say(lang, { fr: `soit ${rate} du chiffre d'affaires`, ar: `أي ${rate} من رقم الأعمال`, en: `${rate} of revenue` });
  return `${label}${money(s.grossMargin.value)}${change(s.grossMargin)}${comma(lang)}${share}`;
}

/**
 * The stock at purchase cost. Products in stock without a cost are not in it: « 0 DA au prix d'achat » for a shop whose
 * 47 bags of sugar have no cost was a wrong figure — unknown when none has a cost, said to be partial otherwise.
 */
function stockWorth(s: DashboardStatsData, lang: Lang, money: Money): string {
  const n = s.stockValue.uncostedProducts ?? 0;
  const count = formatNumber(n, lang);
  if (n && !s.stockValue.value)
    return say(lang, {
      fr: `valeur inconnue (${count} produit${n > 1 ? 's' : ''} en stock sans coût d'achat)`,
      ar: `قيمة غير معروفة (عدد المنتجات في المخزون دون سعر شراء: ${count})`,
      en: `value unknown (${count} product${n === 1 ? '' : 's'} in stock without a purchase cost)`,
    });
  const worth = money(s.stockValue.value);
  if (n)
    return say(lang, {
      fr: `${worth} au prix d'achat (sans ${count} produit${n > 1 ? 's' : ''} au coût inconnu)`,
      ar: `${worth} بسعر الشراء (دون المنتجات غير معروفة التكلفة: ${count})`,
      en: `${worth} at cost (not counting ${count} product${n === 1 ? '' : 's'} of unknown cost)`,
    });
  return say(lang, { fr: `${worth} au prix d'achat`, ar: `${worth} بسعر الشراء`, en: `${worth} at cost` });
}

/** The margin less the operating expenses: unknown while the margin is (minus the expenses would read as a loss). */
function netLine(s: DashboardStatsData, lang: Lang, money: Money, change: Change): string {
  const label = `${say(lang, { fr: 'Résultat net', ar: 'النتيجة الصافية', en: 'Net result' })}${colon(lang)}`;
  if (!marginKnown(s))
    return `${label}${say(lang, {
      fr: 'inconnu tant que la marge l’est',
      ar: 'غير معروفة ما دام الهامش غير معروف',
      en: 'unknown while the margin is',
    })}`;
  const partial = s.revenueWithoutMargin?.value
    ? ` ${say(lang, {
        fr: '(sans la marge des ventes au coût inconnu)',
        ar: '(دون هامش المبيعات غير معروفة التكلفة)',
        en: '(without the margin of the sales of unknown cost)',
      })}`
    : '';
  return `${label}**${money(s.netResult.value)}**${change(s.netResult)}${partial}`;
}

/** A new business: say so and what to do, rather than list zeros. Expenses or stock already recorded still show. */
function firstRunStats(s: DashboardStatsData, lang: Lang): string {
  const c = colon(lang);
  const money = (n: number) => formatMoney(n, lang, { currency: s.currency });
  const extra = [
    s.expenses.value
      ? `${say(lang, { fr: 'Dépenses de fonctionnement', ar: 'مصاريف التشغيل', en: 'Operating expenses' })}${c}${money(s.expenses.value)}`
      : null,
    s.stockValue.value || s.stockValue.uncostedProducts
      ? `${say(lang, { fr: 'Stock', ar: 'المخزون', en: 'Stock' })}${c}${stockWorth(s, lang, money)}`
      : null,
  ].filter((l): l is string => !!l);
  return [say(lang, NO_SALES_YET), extra.length ? bullets(extra) : ''].filter(Boolean).join('\n');
}
