import { formatMoney, formatNumber, formatPercent } from '@tajer/contract';
import { localize, type Language, type Localized } from '../common/localisation/localized';
import { PERIOD_LABEL, VS_PREVIOUS_LABEL } from '../common/time/period-labels';
import { NO_SALES_YET } from '@tajer/tools';
import type { MarketTrends } from './market-trends.service';

/** The trends in one paragraph per language. */
export function trendsSummary(t: Omit<MarketTrends, 'summary'>): Localized {
  if (!t.hasSales) return { ...NO_SALES_YET };
  const withChange = t.categories.filter((c) => c.changePct !== null);
  const up = [...withChange].sort((a, b) => (b.changePct as number) - (a.changePct as number))[0];
  const down = [...withChange].sort((a, b) => (a.changePct as number) - (b.changePct as number))[0];
  const { peak, trough } = t.seasonality;
  const grower = t.topMovers.growing[0];
  const decliner = t.topMovers.declining[0];
  const pct = (n: number | null, l: Language) => (n === null ? '' : ` (${formatPercent(n, l, { signed: true })})`);

  return localize((l) => {
    const parts: string[] = [];
    const scope = t.category ? t.category.label[l] : null;
    const period = PERIOD_LABEL[t.period][l];
    const vs = VS_PREVIOUS_LABEL[t.period][l];
    if (l === 'fr') {
      parts.push(
        `${period}${scope ? `, ${scope}` : ''} : chiffre d'affaires ${formatMoney(t.totals.revenue, l)}${pct(t.totals.changePct, l)} ${vs}.`,
      );
      if (!t.category && up && down && up !== down)
        parts.push(
          `Plus forte hausse : ${up.label.fr}${pct(up.changePct, l)} ; plus forte baisse : ${down.label.fr}${pct(down.changePct, l)}.`,
        );
      if (peak && trough)
        parts.push(
          `Sur 12 mois, le mois le plus fort est ${peak.label.fr} (indice ${formatNumber(peak.index ?? 0, l, 0)}), le plus faible ${trough.label.fr} (indice ${formatNumber(trough.index ?? 0, l, 0)}).`,
        );
      if (grower) parts.push(`En progression : ${grower.product.name.fr} (+${formatMoney(grower.change, l)}).`);
      if (decliner) parts.push(`En recul : ${decliner.product.name.fr} (${formatMoney(decliner.change, l)}).`);
    } else if (l === 'ar') {
      parts.push(
        `${period}${scope ? ` (${scope})` : ''}: رقم الأعمال ${formatMoney(t.totals.revenue, l)}${pct(t.totals.changePct, l)} ${vs}.`,
      );
      if (!t.category && up && down && up !== down)
        parts.push(`أكبر ارتفاع: ${up.label.ar}${pct(up.changePct, l)}؛ أكبر انخفاض: ${down.label.ar}${pct(down.changePct, l)}.`);
      if (peak && trough)
        parts.push(
          `خلال 12 شهرا، أقوى شهر هو ${peak.label.ar} (مؤشر ${formatNumber(peak.index ?? 0, l, 0)}) وأضعفها ${trough.label.ar} (مؤشر ${formatNumber(trough.index ?? 0, l, 0)}).`,
        );
      if (grower) parts.push(`في تقدم: ${grower.product.name.ar} (+${formatMoney(grower.change, l)}).`);
      if (decliner) parts.push(`في تراجع: ${decliner.product.name.ar} (${formatMoney(decliner.change, l)}).`);
    } else {
      parts.push(`${period}${scope ? `, ${scope}` : ''}: revenue ${formatMoney(t.totals.revenue, l)}${pct(t.totals.changePct, l)} ${vs}.`);
      if (!t.category && up && down && up !== down)
        parts.push(`Strongest rise: ${up.label.en}${pct(up.changePct, l)}; steepest fall: ${down.label.en}${pct(down.changePct, l)}.`);
      if (peak && trough)
        parts.push(
          `Over 12 months the strongest month is ${peak.label.en} (index ${formatNumber(peak.index ?? 0, l, 0)}), the weakest ${trough.label.en} (index ${formatNumber(trough.index ?? 0, l, 0)}).`,
        );
      if (grower) parts.push(`Growing: ${grower.product.name.en} (+${formatMoney(grower.change, l)}).`);
      if (decliner) parts.push(`Declining: ${decliner.product.name.en} (${formatMoney(decliner.change, l)}).`);
    }
    return parts.join(' ');
  });
}
