import { bullets, colon, formatMoney, formatNumber, formatPercent, joinList, say, type Localized } from '../format';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { MarketingAudienceInsightsResult } from '@tajer/contract';

interface Group {
  key: string;
  label: Localized;
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
}

/** The tool's `data`: its schema is the contract's `MarketingAudienceInsightsResult`. */
export type AudienceData = MarketingAudienceInsightsResult;

const TOP = 3;

export function summarizeAudience(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as AudienceData;
  const n = (x: number) => formatNumber(x, lang);
  const pct = (x: number) => formatPercent(x, lang);
  const c = colon(lang);
  const t = d.totals;
  if (!t.customers) {
    return say(lang, {
      fr: "Aucun client n'est encore enregistré : ajoutez vos clients (carte de fidélité, commandes) pour voir qui ils sont.",
      ar: 'لا يوجد أي زبون مسجل بعد: أضف زبائنك (بطاقة الوفاء، الطلبات) لترى من هم.',
      en: 'No customers are recorded yet: add your customers (loyalty card, orders) to see who they are.',
    });
  }
  const head = say(lang, {
    fr: `Vous avez **${n(t.customers)} clients** enregistrés ; ${n(t.buyers)} ont acheté sur les ${n(d.windowDays)} derniers jours (${n(t.orders)} achats, panier moyen ${formatMoney(t.averageBasket, lang, { currency: d.currency })}), soit ${pct(t.identifiedRevenueShare)} de votre chiffre d'affaires.`,
    ar: `عدد زبائنك المسجلين: **${n(t.customers)}**؛ اشترى منهم ${n(t.buyers)} خلال آخر ${n(d.windowDays)} يوما (عدد المشتريات: ${n(t.orders)}، متوسط السلة ${formatMoney(t.averageBasket, lang, { currency: d.currency })})، أي ${pct(t.identifiedRevenueShare)} من رقم أعمالك.`,
    en: `You have **${n(t.customers)} customers** on record; ${n(t.buyers)} bought in the last ${n(d.windowDays)} days (${n(t.orders)} purchases, average basket ${formatMoney(t.averageBasket, lang, { currency: d.currency })}), ${pct(t.identifiedRevenueShare)} of your revenue.`,
  });
  const label = (g: Group) => g.label[lang] || g.label.fr;
  const byRevenue = (g: Group) => `${label(g)} (${pct(g.revenueShare)})`;
  const byCustomers = (g: Group) => `${label(g)} (${pct(g.customerShare)})`;
  const largestAge = [...d.byAgeBand].sort((a, b) => b.customers - a.customers).slice(0, 2);
  const best = (d.topCustomers ?? []).slice(0, TOP);
  const lines = [
    // First: « qui est mon meilleur client ? » is asked by name.
    best.length &&
      `${say(lang, { fr: 'Meilleurs clients', ar: 'أفضل الزبائن', en: 'Best customers' })}${c}${joinList(
        best.map((b) =>
          say(lang, {
            fr: `**${b.name}** (${formatMoney(b.revenue, lang, { currency: d.currency })}, ${n(b.orders)} achats)`,
            ar: `**${b.name}** (${formatMoney(b.revenue, lang, { currency: d.currency })}، ${n(b.orders)} مشتريات)`,
            en: `**${b.name}** (${formatMoney(b.revenue, lang, { currency: d.currency })}, ${n(b.orders)} purchases)`,
          }),
        ),
        lang,
      )}`,
    d.byWilaya.length &&
      `${say(lang, { fr: "Wilayas (part du chiffre d'affaires)", ar: 'الولايات (حصة رقم الأعمال)', en: 'Wilayas (share of revenue)' })}${c}${joinList(d.byWilaya.slice(0, TOP).map(byRevenue), lang)}`,
    largestAge.length &&
      `${say(lang, { fr: 'Âges les plus représentés', ar: 'الفئات العمرية الأكثر تمثيلا', en: 'Largest age bands' })}${c}${joinList(largestAge.map(byCustomers), lang)}`,
    d.byChannel.length &&
      `${say(lang, { fr: "Canaux d'acquisition (part du chiffre d'affaires)", ar: 'قنوات الاستقطاب (حصة رقم الأعمال)', en: 'Acquisition channels (share of revenue)' })}${c}${joinList(d.byChannel.slice(0, TOP).map(byRevenue), lang)}`,
    d.segments.length &&
      `${say(lang, { fr: 'Segments', ar: 'الشرائح', en: 'Segments' })}${c}${joinList(
        d.segments.filter((s) => s.customers > 0).map((s) => `${label(s)} ${n(s.customers)}`),
        lang,
      )}`,
  ].filter((l): l is string => typeof l === 'string' && l.length > 0);
  return `${head}\n${bullets(lines)}`;
}
