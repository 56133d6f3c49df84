import {
  bullets,
  formatMoney,
  formatNumber,
  formatPercent,
  formatQuantity,
  moreLine,
  periodLabel,
  say,
  SEVERITY_MARK,
  unitName,
} from '../format';
import { NO_SALES_YET } from '../first-run';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import { productName, type BestSeller, type BestSellersResult, type DashboardFindingsResult, type Finding } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `Finding`. */
export type FindingView = Finding;

/** The tool's `data`: its schema is the contract's `DashboardFindingsResult`. */
export type DashboardInsightsData = DashboardFindingsResult;

/** The tool's `data`: its schema is the contract's `BestSeller`. */
export type BestSellerView = BestSeller;

/** The tool's `data`: its schema is the contract's `BestSellersResult`. */
export type BestSellersData = BestSellersResult;

const SHOWN = 6;

export const findingLine = (f: FindingView, lang: Lang) => `${SEVERITY_MARK[f.severity] ?? '•'} ${f.title[lang] || f.title.fr}`;

/**
 * One product's margin: on the period's lines whose purchase cost is known (a line sold before the cost was entered has
 * none, so the revenue it is measured on is said when it is not all of it), then per unit at today's price and cost —
 * or that the cost is missing. Never the shop's margin, which « ma marge sur l'huile » would read as the oil's.
 */
function productMarginLine(d: BestSellersData, revenue: number, unit: string, lang: Lang): string {
  const m = d.productMargin;
  if (!m) return '';
  const money = (n: number) => formatMoney(n, lang, { currency: d.currency });
  const rate = (part: number, whole: number) => formatPercent(Math.round((part / whole) * 1000) / 10, lang);
  const parts: string[] = [];
  if (m.costedRevenue > 0) {
    const margin = money(m.margin);
    const share = rate(m.margin, m.costedRevenue);
    parts.push(
      Math.abs(m.costedRevenue - revenue) < 0.01
        ? say(lang, {
            fr: `Marge brute : **${margin}** (${share} de ces ventes).`,
            ar: `الهامش الإجمالي: **${margin}** (${share} من هذه المبيعات).`,
            en: `Gross margin: **${margin}** (${share} of those sales).`,
          })
        : say(lang, {
            fr: `Marge brute : **${margin}** sur les ${money(m.costedRevenue)} de ventes dont le coût d'achat est connu (${share}).`,
            ar: `الهامش الإجمالي: **${margin}** على مبيعات بقيمة ${money(m.costedRevenue)} تكلفة شرائها معروفة (${share}).`,
            en: `Gross margin: **${margin}** on the ${money(m.costedRevenue)} of sales whose purchase cost is known (${share}).`,
          }),
    );
  }
  if (m.cost !== null && m.price > 0) {
    const per = unitName(unit, 1, lang);
    // Per-unit prices keep their centimes: a 15 DA baguette bought 12,50 DA is 2,50 DA a piece, not 15 − 13 = 3.
    const exact = (n: number) => formatMoney(n, lang, { currency: d.currency, exact: true });
    const values = { price: exact(m.price), cost: exact(m.cost), unit: exact(m.price - m.cost), rate: rate(m.price - m.cost, m.price) };
    parts.push(
      say(lang, {
        fr: `Au prix actuel (${values.price}, coût d'achat ${values.cost}), la marge est de **${values.unit}** par ${per} (${values.rate}).`,
        ar: `بالسعر الحالي (${values.price}، تكلفة الشراء ${values.cost}) الهامش **${values.unit}** لكل ${per} (${values.rate}).`,
        en: `At today's price (${values.price}, purchase cost ${values.cost}), the margin is **${values.unit}** per ${per} (${values.rate}).`,
      }),
    );
  } else if (m.costedRevenue === 0) {
    parts.push(
      say(lang, {
        fr: `Son coût d'achat n'est pas renseigné : je ne peux pas calculer sa marge. Ajoutez-le à sa fiche produit.`,
        ar: `تكلفة شرائه غير مسجلة: لا يمكنني حساب هامشه. أضفها في بطاقة المنتج.`,
        en: `Its purchase cost is not recorded, so I cannot work out its margin. Add it to the product's record.`,
      }),
    );
  }
  return parts.join(' ');
}

/** One product's sales over the period: never the shop's totals, which would be read as the product's. */
function summarizeProductSales(d: BestSellersData & { product: NonNullable<BestSellersData['product']> }, lang: Lang): string {
  const when = periodLabel(d.period, lang);
  const name = productName(d.product, lang);
  const row = d.byRevenue[0];
  if (!row) {
    const none = say(lang, {
      fr: `${when}, aucune vente de **${name}** n'est enregistrée.`,
      ar: `${when}، لا توجد أي مبيعات مسجلة لـ **${name}**.`,
      en: `${when}, no sale of **${name}** is recorded.`,
    });
    return [none, productMarginLine(d, 0, d.product.unit ?? '', lang)].filter(Boolean).join(' ');
  }
  const quantity = formatQuantity(row.quantity, row.product.unit ?? d.product.unit ?? '', lang);
  const money = formatMoney(row.revenue, lang, { currency: d.currency });
  const share = formatPercent(row.revenueShare, lang);
  const rank = formatNumber(row.rank, lang);
  const of = formatNumber(d.totals.products, lang);
  const sold = say(lang, {
    fr: `${when}, vous avez vendu **${quantity}** de **${name}** pour **${money}** (${share} du chiffre d'affaires des produits, ${row.rank === 1 ? '1er' : `${rank}e`} sur ${of}).`,
    ar: `${when}، بعت **${quantity}** من **${name}** بقيمة **${money}** (${share} من رقم أعمال المنتجات، المرتبة ${rank} من ${of}).`,
    en: `${when}, you sold **${quantity}** of **${name}** for **${money}** (${share} of product revenue, #${rank} of ${of}).`,
  });
  return [sold, productMarginLine(d, row.revenue, row.product.unit ?? d.product.unit ?? '', lang)].filter(Boolean).join(' ');
}

function summarizeBestSellers(d: BestSellersData, lang: Lang): string {
  if (d.product) return summarizeProductSales({ ...d, product: d.product }, lang);
  const when = periodLabel(d.period, lang);
  if (!d.byRevenue.length) {
    return say(lang, {
      fr: `${when} : pas encore de ventes détaillées par produit, donc pas de meilleure vente à montrer.`,
      ar: `${when}: لا توجد بعد مبيعات مفصلة حسب المنتج، لذا لا يوجد منتج أكثر مبيعا لعرضه.`,
      en: `${when}: no sales by product yet, so there is no best seller to show.`,
    });
  }
  const top = d.byRevenue[0];
  const units = d.byQuantity[0];
  const name = (r: BestSellerView) => productName(r.product, lang);
  const line = (r: BestSellerView) =>
    `${r.rank}. **${name(r)}** — ${formatMoney(r.revenue, lang, { currency: d.currency })} (${formatPercent(r.revenueShare, lang)}), ${formatQuantity(r.quantity, r.product.unit ?? '', lang)}`;
  const head = say(lang, {
    fr: `${when}, votre produit le plus vendu est **${name(top)}** : ${formatMoney(top.revenue, lang, { currency: d.currency })} de ventes.`,
    ar: `${when}، المنتج الأكثر مبيعا لديك هو **${name(top)}**: مبيعات بقيمة ${formatMoney(top.revenue, lang, { currency: d.currency })}.`,
    en: `${when}, your best seller is **${name(top)}**: ${formatMoney(top.revenue, lang, { currency: d.currency })} in sales.`,
  });
  const byUnits =
    units && units.product.id !== top.product.id
      ? say(lang, {
          fr: `En nombre d'unités, c'est **${name(units)}** (${formatQuantity(units.quantity, units.product.unit ?? '', lang)}).`,
          ar: `من حيث عدد الوحدات، هو **${name(units)}** (${formatQuantity(units.quantity, units.product.unit ?? '', lang)}).`,
          en: `By units, it is **${name(units)}** (${formatQuantity(units.quantity, units.product.unit ?? '', lang)}).`,
        })
      : '';
  const rankingHead = say(lang, { fr: 'Classement par chiffre d’affaires :', ar: 'الترتيب حسب رقم الأعمال:', en: 'Ranked by revenue:' });
  return [[head, byUnits].filter(Boolean).join(' '), rankingHead, d.byRevenue.map(line).join('\n')].join('\n');
}

/** « Quel produit se vend le moins ? »: one line per product in stock, fewest sold first. */
function summarizeSlowSellers(d: DashboardInsightsData, lang: Lang): string {
  const days = formatNumber(d.windowDays, lang);
  const n = d.recent ?? 0;
  const recent = n
    ? say(lang, {
        fr: `(${n > 1 ? `${formatNumber(n, lang)} produits ajoutés` : 'Un produit ajouté'} depuis moins de ${days} jours ${n > 1 ? 'ne sont pas classés' : "n'est pas classé"} : trop récent${n > 1 ? 's' : ''} pour juger.)`,
        ar: `(المنتجات المضافة منذ أقل من ${days} يوما غير مرتبة (${formatNumber(n, lang)}): حديثة جدا للحكم عليها.)`,
        en: `(${n > 1 ? `${formatNumber(n, lang)} products` : 'One product'} added less than ${days} days ago ${n > 1 ? 'are' : 'is'} not ranked: too new to judge.)`,
      })
    : '';
  if (!d.insights.length) {
    if (d.hasSales === false) return say(lang, NO_SALES_YET);
    const none = say(lang, {
      fr: `Aucun produit en stock à classer sur les ${days} derniers jours.`,
      ar: `لا توجد منتجات في المخزون لترتيبها خلال آخر ${days} يوما.`,
      en: `No product in stock to rank over the last ${days} days.`,
    });
    return [none, recent].filter(Boolean).join(' ');
  }
  const head = say(lang, {
    fr: `Vos produits en stock qui se vendent le moins sur les ${days} derniers jours :`,
    ar: `منتجاتك في المخزون الأقل مبيعا خلال آخر ${days} يوما:`,
    en: `Your products in stock that sold least over the last ${days} days:`,
  });
  return [head, bullets(d.insights.map((f) => findingLine(f, lang))), recent].filter(Boolean).join('\n');
}

/** « Quel jour je vends le plus ? »: the best and quietest days, the peak hours, each day's average. */
function summarizeBusyTimes(d: DashboardInsightsData, lang: Lang): string {
  const weeks = formatNumber(Math.round(d.windowDays / 7), lang);
  if (!d.insights.length)
    return say(lang, {
      fr: `Pas de ventes sur les ${weeks} dernières semaines : je ne peux pas encore dire quels jours et quelles heures vendent le plus.`,
      ar: `لا توجد مبيعات خلال آخر ${weeks} أسابيع: لا يمكنني بعد معرفة الأيام والساعات الأكثر بيعا.`,
      en: `No sales over the last ${weeks} weeks: I can't tell yet which days and hours sell most.`,
    });
  const head = say(lang, {
    fr: `Sur les ${weeks} dernières semaines complètes :`,
    ar: `خلال آخر ${weeks} أسابيع كاملة:`,
    en: `Over the last ${weeks} whole weeks:`,
  });
  return [head, bullets(d.insights.map((f) => findingLine(f, lang)))].join('\n');
}

export function summarizeDashboardInsights(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  if ((result.data as { focus?: string }).focus === 'best_sellers') return summarizeBestSellers(result.data as BestSellersData, lang);
  const d = result.data as DashboardInsightsData;
  if (d.focus === 'slow_sellers') return summarizeSlowSellers(d, lang);
  if (d.focus === 'busy_times') return summarizeBusyTimes(d, lang);
  const days = formatNumber(d.windowDays, lang);
  if (!d.insights.length && d.hasSales === false) return say(lang, NO_SALES_YET);
  if (!d.insights.length) {
    return say(lang, {
      fr: `Rien de particulier à signaler sur les ${days} derniers jours : pas de produit en forte baisse, de marge anormale ni de dépense inhabituelle.`,
      ar: `لا شيء يستحق الذكر خلال آخر ${days} يوما: لا تراجع كبير في المنتجات ولا هامش غير عادي ولا مصاريف غير معتادة.`,
      en: `Nothing notable over the last ${days} days: no product in sharp decline, no unusual margin or expense.`,
    });
  }
  const shown = d.insights.slice(0, SHOWN);
  const head = say(lang, {
    fr: `Voici ce que je remarque sur les ${days} derniers jours :`,
    ar: `هذا ما لاحظته خلال آخر ${days} يوما:`,
    en: `Here is what stands out over the last ${days} days:`,
  });
  return [head, bullets(shown.map((f) => findingLine(f, lang))), moreLine(d.insights.length, shown.length, lang)]
    .filter(Boolean)
    .join('\n');
}
