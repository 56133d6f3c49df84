import { formatMoney, formatNumber, formatPercent, productName } from '@tajer/contract';
import { localize, type Language, type Localized } from '../common/localisation/localized';
import { message } from '../common/localisation/messages';
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
  const pct = (n: number | null, l: Language) => (n === null ? '' : formatPercent(n, l, { signed: true }));

  return localize((l) => {
    const parts = [
      message(l, 'market.trends.headline', {
        period: PERIOD_LABEL[t.period][l],
        hasScope: t.category ? 'yes' : 'no',
        scope: t.category ? t.category.label[l] : '',
        revenue: formatMoney(t.totals.revenue, l),
        hasChange: t.totals.changePct === null ? 'no' : 'yes',
        change: pct(t.totals.changePct, l),
        vs: VS_PREVIOUS_LABEL[t.period][l],
      }),
    ];
    if (!t.category && up && down && up !== down)
      parts.push(
        message(l, 'market.trends.extremes', {
          up: up.label[l],
          upChange: pct(up.changePct, l),
          down: down.label[l],
          downChange: pct(down.changePct, l),
        }),
      );
    if (peak && trough)
      parts.push(
        message(l, 'market.trends.seasonality', {
          peak: peak.label[l],
          peakIndex: formatNumber(peak.index ?? 0, l, 0),
          trough: trough.label[l],
          troughIndex: formatNumber(trough.index ?? 0, l, 0),
        }),
      );
    if (grower)
      parts.push(message(l, 'market.trends.growing', { product: productName(grower.product, l), change: formatMoney(grower.change, l) }));
    if (decliner)
      parts.push(
        message(l, 'market.trends.declining', { product: productName(decliner.product, l), change: formatMoney(decliner.change, l) }),
      );
    return parts.join(' ');
  });
}
