import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { EXPENSE_TOTALS, formatMoney, formatNumber, formatPercent, say, toNumber } from '@tajer/contract';
import { Chart } from '../../charts/Chart';
import { isObj, num, pick, rows, str, text, unwrap, type Obj } from './shape';
import type { Lang } from '@protocol/chat-events';

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

const KPIS: [key: string, kind: Kpi['kind'], aliases: string[]][] = [
  ['revenue', 'money', ['revenue', 'totalRevenue', 'turnover', 'salesAmount']],
  ['salesCount', 'count', ['salesCount', 'sales_count', 'orders', 'transactions', 'saleCount']],
  ['averageBasket', 'money', ['averageBasket', 'avgBasket', 'averageTicket', 'average_basket']],
  ['grossMargin', 'money', ['grossMargin', 'margin', 'gross_margin']],
  ['grossMarginRate', 'percent', ['grossMarginRate', 'marginRate', 'grossMarginPct']],
  ['expenses', 'money', ['expenses', 'totalExpenses']],
  ['stockPurchases', 'money', ['stockPurchases']],
  ['netResult', 'money', ['netResult', 'net', 'netIncome', 'profit', 'net_result']],
  ['stockValue', 'money', ['stockValue', 'inventoryValue', 'stock_value']],
  ['lowStockCount', 'count', ['lowStockCount', 'lowStock', 'low_stock_count']],
];

/** `change` may be a ratio (0.12) or a percentage (12); names ending in Pct/Percent are percentages. */
function asRatio(value: unknown, name: string): number | undefined {
  const n = toNumber(value);
  if (n === null) return undefined;
  return /pct|percent/i.test(name) || Math.abs(n) > 1 ? n / 100 : n;
}

export function parseDashboardStats(result: unknown, lang: Lang): DashboardStats | null {
  const root = unwrap(result);
  if (!isObj(root)) return null;
  const src = [pick(root, 'kpis', 'stats', 'current', 'totals')].find(isObj) ?? root;
  const previous = [pick(root, 'previous', 'previousPeriod', 'comparison')].find(isObj) as Obj | undefined;
  const changes = [pick(root, 'change', 'changes', 'vsPrevious', 'deltas')].find(isObj) as Obj | undefined;
  const kpis: Kpi[] = [];
  for (const [key, kind, aliases] of KPIS) {
    const alias = aliases.find((a) => src[a] !== undefined && src[a] !== null);
    if (!alias) continue;
    const raw = src[alias];
    const value = isObj(raw) ? num(raw, 'value', 'current', 'amount', 'total') : (toNumber(raw) ?? undefined);
    if (value === undefined) continue;
    const prev = isObj(raw) ? num(raw, 'previous', 'prev') : previous ? num(previous, alias, key) : undefined;
    let change: number | undefined;
    if (isObj(raw)) {
      const name = ['change', 'changePct', 'changePercent', 'delta'].find((k) => raw[k] !== undefined);
      if (name) change = asRatio(raw[name], name);
    } else if (changes && (changes[alias] ?? changes[key]) !== undefined) {
      change = asRatio(changes[alias] ?? changes[key], 'change');
    }
    // Rates change in points, not percent of themselves: don't derive a relative change for them.
    if (change === undefined && kind !== 'percent' && prev !== undefined && prev !== 0) change = (value - prev) / Math.abs(prev);
    // Without a comparable previous period (history too short) a change would be noise.
    if (root.comparable === false) change = undefined;
    // Rates may come as 0.32 or 32; tiles always get the ratio.
    kpis.push({ key, kind, value: kind === 'percent' && value > 1 ? value / 100 : value, previous: prev, change });
  }
  if (!kpis.length) return null;
  const seriesRows = rows(pick(root, 'series', 'daily', 'timeline', 'trend') ?? null) ?? [];
  const series = seriesRows
    .map((r) => ({ label: str(r, 'label', 'date', 'day', 'period') ?? '', value: num(r, 'revenue', 'value', 'amount', 'total') }))
    .filter((p): p is { label: string; value: number } => p.value !== undefined && p.label !== '');
  return { period: str(root, 'period'), kpis, series: series.length > 1 ? series : undefined, summary: text(root, lang, 'summary') };
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
