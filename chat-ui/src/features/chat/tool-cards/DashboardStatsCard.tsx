import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import {
  EXPENSE_TOTALS,
  formatMoney,
  formatNumber,
  formatPercent,
  marginKnown,
  say,
  type DashboardStatsResult,
  type Lang,
} from '@tajer/contract';
import { Chart } from '../../charts/Chart';

export interface Kpi {
  key: string;
  kind: 'money' | 'count' | 'percent';
  value: number;
  previous?: number;
  /** Ratio: 0.12 = +12 %. */
  change?: number;
}

export interface DashboardStats {
  period?: string;
  kpis: Kpi[];
  series?: { label: string; value: number }[];
  summary?: string;
}

/** The tiles, in order: the figure's key in the result and how it reads (an optional figure the result lacks is left out). */
const KPIS: [key: Exclude<keyof DashboardStatsResult, 'period' | 'currency' | 'comparable' | 'hasSales'>, kind: Kpi['kind']][] = [
  ['revenue', 'money'],
  ['salesCount', 'count'],
  ['averageBasket', 'money'],
  ['grossMargin', 'money'],
  ['grossMarginRate', 'percent'],
  ['expenses', 'money'],
  ['stockPurchases', 'money'],
  ['netResult', 'money'],
  ['stockValue', 'money'],
  ['lowStockCount', 'count'],
];

/** The figures that rest on the purchase cost of what was sold. */
const MARGIN_KPIS: ReadonlySet<string> = new Set(['grossMargin', 'grossMarginRate', 'netResult']);

/** What the REST dashboard adds to each figure: its value over the previous period (the bar chart compares them). */
export type PreviousValues = Partial<Record<(typeof KPIS)[number][0], number | null>>;

/**
 * The tiles of a `dashboard_stats` result, parsed with the contract's schema: changes are percentages (12 = +12 %)
 * turned into ratios, the margin rate is a percentage of revenue, and no change is shown without a comparable period.
 */
export function dashboardStats(r: DashboardStatsResult, previous: PreviousValues = {}): DashboardStats {
  const kpis: Kpi[] = [];
  // No sale of the period with a known cost: a margin tile of 0 and a net result of minus the expenses would be wrong
  // figures — they are left out, and the answer says why.
  const unknown = marginKnown(r) ? new Set<string>() : MARGIN_KPIS;
  for (const [key, kind] of KPIS) {
    const figure = r[key];
    if (!figure || unknown.has(key)) continue;
    // Every product in stock without a cost: its value is unknown, not 0 DA.
    if (key === 'stockValue' && !r.stockValue.value && r.stockValue.uncostedProducts) continue;
    const changePct = 'changePct' in figure ? figure.changePct : null;
    const prev = previous[key];
    kpis.push({
      key,
      kind,
      value: kind === 'percent' ? figure.value / 100 : figure.value,
      ...(prev !== undefined && prev !== null ? { previous: prev } : {}),
      // Rates change in points, not percent of themselves; without a comparable previous period a change is noise.
      ...(r.comparable && changePct !== null ? { change: changePct / 100 } : {}),
    });
  }
  return { period: r.period, kpis };
}

/** Figures where a rise is bad news (coloured red when they go up). */
const LOWER_IS_BETTER = new Set(['expenses', 'lowStockCount']);

/**
 * The dashboard's « dépenses » are the operating ones (goods bought for resale reach the result through the cost of
 * goods sold): named with the contract's words, as on the expenses page and in the assistant's answers.
 */
const EXPENSE_KPIS = { expenses: 'operating', stockPurchases: 'goods' } as const;

function kpiLabel(key: string, t: TFunction, lang: Lang): { label: string; hint?: string } {
  const kind = EXPENSE_KPIS[key as keyof typeof EXPENSE_KPIS];
  return kind ? { label: say(lang, EXPENSE_TOTALS[kind].label), hint: say(lang, EXPENSE_TOTALS[kind].hint) } : { label: t(`kpi.${key}`) };
}

export function KpiTiles({ kpis }: { kpis: Kpi[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const show = (k: Kpi, v: number) =>
    k.kind === 'money' ? formatMoney(v, lang) : k.kind === 'percent' ? formatPercent(v * 100, lang) : formatNumber(v, lang, 0);
  return (
    <ul className="kpis" data-testid="kpi-tiles">
      {kpis.map((k) => {
        const { label, hint } = kpiLabel(k.key, t, lang);
        return (
          <li key={k.key} className="kpi" data-kpi={k.key} title={hint}>
            <span className="kpi__label">{label}</span>
            <strong className="kpi__value">
              <bdi>{show(k, k.value)}</bdi>
            </strong>
            {hint && <span className="kpi__hint">{hint}</span>}
            {k.change !== undefined && Number.isFinite(k.change) && (
              <span className={`kpi__change ${k.change === 0 ? '' : k.change > 0 !== LOWER_IS_BETTER.has(k.key) ? 'good' : 'bad'}`}>
                <bdi>{formatPercent(k.change * 100, lang, { signed: true })}</bdi> <span className="sr-only">{t('kpi.vsPrevious')}</span>
                <span aria-hidden="true"> {t('kpi.vsPreviousShort')}</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Money KPIs as bars (this period vs the previous one when known), or the revenue trend when a series is given. */
export function StatsChart({ stats }: { stats: DashboardStats }) {
  const { t } = useTranslation();
  const lang = useLang();
  const money = (n: number) => formatMoney(n, lang);
  if (stats.series) {
    return (
      <Chart
        type="line"
        labels={stats.series.map((p) => p.label)}
        datasets={[{ label: t('kpi.revenue'), data: stats.series.map((p) => p.value) }]}
        ariaLabel={t('kpi.trendChart')}
        format={money}
      />
    );
  }
  const bars = stats.kpis.filter((k) => k.kind === 'money' && k.key !== 'stockValue' && k.key !== 'averageBasket');
  if (bars.length < 2) return null;
  const datasets = [{ label: t('kpi.thisPeriod'), data: bars.map((k) => k.value) }];
  if (bars.some((k) => k.previous !== undefined))
    datasets.push({ label: t('kpi.previousPeriod'), data: bars.map((k) => k.previous ?? null) as number[] });
  return (
    <Chart
      type="bar"
      labels={bars.map((k) => kpiLabel(k.key, t, lang).label)}
      datasets={datasets}
      ariaLabel={t('kpi.chart')}
      format={money}
    />
  );
}

export function DashboardStatsCard({ data }: { data: DashboardStats }) {
  return (
    <>
      <KpiTiles kpis={data.kpis} />
      <StatsChart stats={data} />
    </>
  );
}
