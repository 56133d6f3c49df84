import {
  bullets,
  changeNote,
  colon,
  formatMoney,
  formatNumber,
  formatSignedMoney,
  joinList,
  periodLabel,
  say,
  vsPrevious,
} from '../format';
import { NO_SALES_YET } from '../first-run';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import { productName, type MarketTrendsResult } from '@tajer/contract';

type Mover = MarketTrendsResult['topMovers']['growing'][number];

/** The tool's `data`: its schema is the contract's `MarketTrendsResult`. */
export type MarketTrendsData = MarketTrendsResult;

const TOP = 3;

export function summarizeMarketTrends(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const t = result.data as MarketTrendsData;
  const c = colon(lang);
  const scope = t.category ? `, ${t.category.label[lang]}` : '';
  const period = periodLabel(t.period, lang);
  if (t.hasSales === false) return say(lang, NO_SALES_YET);
  if (!t.totals.revenue && !t.totals.previousRevenue) {
    return say(lang, {
      fr: `**${period}${scope}** : aucune vente sur la période, pas de tendance à dégager.`,
      ar: `**${period}${scope}**: لا توجد مبيعات في هذه الفترة، لا يمكن استخلاص أي اتجاه.`,
      en: `**${period}${scope}**: no sales over the period, so no trend to show.`,
    });
  }
  const head = `**${period}${scope}**${c}${say(lang, { fr: "chiffre d'affaires", ar: 'رقم الأعمال', en: 'revenue' })} **${formatMoney(t.totals.revenue, lang, { currency: t.currency })}**${changeNote(t.totals.changePct, lang)} ${vsPrevious(t.period, lang)}.`;
  const lines: string[] = [];
  if (!t.category) {
    const withChange = t.categories.filter((x) => x.changePct !== null);
    const up = withChange
      .filter((x) => (x.changePct as number) > 0)
      .sort((a, b) => (b.changePct as number) - (a.changePct as number))
      .slice(0, TOP);
    const down = withChange
      .filter((x) => (x.changePct as number) < 0)
      .sort((a, b) => (a.changePct as number) - (b.changePct as number))
      .slice(0, TOP);
    const cat = (x: (typeof up)[number]) => `${x.label[lang]}${changeNote(x.changePct, lang)}`;
    if (up.length)
      lines.push(
        `${say(lang, { fr: 'Catégories en hausse', ar: 'فئات في ارتفاع', en: 'Categories rising' })}${c}${joinList(up.map(cat), lang)}`,
      );
    if (down.length)
      lines.push(
        `${say(lang, { fr: 'Catégories en baisse', ar: 'فئات في انخفاض', en: 'Categories falling' })}${c}${joinList(down.map(cat), lang)}`,
      );
  }
  const mover = (m: Mover) => `${productName(m.product, lang)} (${formatSignedMoney(m.change, lang, { currency: t.currency })})`;
  if (t.topMovers.growing.length)
    lines.push(
      `${say(lang, { fr: 'Produits en progression', ar: 'منتجات في تقدم', en: 'Products growing' })}${c}${joinList(t.topMovers.growing.slice(0, TOP).map(mover), lang)}`,
    );
  if (t.topMovers.declining.length)
    lines.push(
      `${say(lang, { fr: 'Produits en recul', ar: 'منتجات في تراجع', en: 'Products declining' })}${c}${joinList(t.topMovers.declining.slice(0, TOP).map(mover), lang)}`,
    );
  const { peak, trough } = t.seasonality;
  if (peak && trough) {
    const idx = (i: number | null) => formatNumber(i ?? 0, lang, 0);
    lines.push(
      say(lang, {
        fr: `Saisonnalité sur 12 mois : le mois le plus fort est ${peak.label.fr} (indice ${idx(peak.index)}), le plus faible ${trough.label.fr} (indice ${idx(trough.index)}) — 100 = un mois moyen`,
        ar: `الموسمية خلال 12 شهرا: أقوى شهر ${peak.label.ar} (مؤشر ${idx(peak.index)})، وأضعفها ${trough.label.ar} (مؤشر ${idx(trough.index)}) — 100 = شهر متوسط`,
        en: `Seasonality over 12 months: strongest month ${peak.label.en} (index ${idx(peak.index)}), weakest ${trough.label.en} (index ${idx(trough.index)}) — 100 = an average month`,
      }),
    );
  }
  return lines.length ? `${head}\n${bullets(lines)}` : head;
}
