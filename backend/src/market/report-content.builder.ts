import type { Period } from '../common/time/period';
import type { DashboardStats } from '../dashboard/dashboard.service';
import { localMonthKey, localMonthStart } from '../common/time/local-time';
import { formatMoney, formatNumber, formatPercent, productName } from '@tajer/contract';
import { type Language } from '../common/localisation/localized';
import { message, type MessageKey, type MessageValues } from '../common/localisation/messages';
import { PERIOD_LABEL } from '../common/time/period-labels';
import type { CompetitorComparison } from './market-competitors.service';
import type { MarketTrends } from './market-trends.service';
import { REPORT_WORDS } from './report-text';
import { monthLabel } from './seasonality';
import { NO_SALES_YET } from '@tajer/tools';

/**
 * A market report is data first: sections with text in the requested language, figures, and charts as data series.
 * The JSON is what the API returns and what is stored; the PDF is drawn from it, so both always agree.
 */
export interface ReportFigure {
  key: string;
  label: string;
  value: number | null;
  unit: string;
  /** The value as written in the report's language. */
  display: string;
}

export interface ReportChart {
  kind: 'bar' | 'line' | 'index-bars';
  title: string;
  unit: string;
  /** Reference line (100 for price indexes). */
  baseline?: number;
  series: { name: string; points: { label: string; value: number }[] }[];
}

export interface ReportSection {
  key: 'overview' | 'categories' | 'seasonality' | 'movers' | 'competition' | 'recommendations';
  title: string;
  paragraphs: string[];
  bullets: string[];
  figures: ReportFigure[];
  charts: ReportChart[];
}

export interface MarketReportContent {
  title: string;
  language: Language;
  topic: string | null;
  focus: { kind: 'category' | 'product' | 'shop'; value: string | null };
  business: string;
  period: Period;
  periodLabel: string;
  range: { start: string; end: string };
  currency: string;
  generatedAt: string;
  sections: ReportSection[];
  source: string;
}

export interface ReportInput {
  language: Language;
  topic: string | null;
  focus: MarketReportContent['focus'];
  business: string;
  period: Period;
  stats: DashboardStats;
  /** Trends of the whole shop (category chart), and of the focus when there is one. */
  shopTrends: MarketTrends;
  scopeTrends: MarketTrends;
  competitors: CompetitorComparison;
  now: Date;
}

/** Price gaps worth a recommendation. */
const DEAR_INDEX = 110;
const CHEAP_INDEX = 90;
const DECLINE_PCT = -10;
const PEAK_INDEX = 115;
const INDEX_CHART_PRODUCTS = 12;

export function buildReportContent(input: ReportInput): MarketReportContent {
  const l = input.language;
  const w = REPORT_WORDS[l];
  const money = (n: number) => formatMoney(n, l);
  const pct = (n: number | null, signed = true) => (n === null ? '-' : formatPercent(n, l, { signed }));
  const fig = (key: string, label: string, value: number | null, unit: string, display: string): ReportFigure => ({
    key,
    label,
    value,
    unit,
    display,
  });
  const { stats, shopTrends, scopeTrends, competitors } = input;
  const scopeLabel = scopeTrends.category ? scopeTrends.category.label[l] : null;
  const labelled = (label: string, value: string) => message(l, 'report.labelled', { label, value });

  const overview: ReportSection = {
    key: 'overview',
    title: w.sections.overview,
    paragraphs: [stats.summary[l], ...(scopeTrends.category ? [scopeTrends.summary[l]] : [])],
    bullets: [],
    figures: [
      fig('revenue', w.figures.revenue, stats.revenue.value, stats.currency, money(stats.revenue.value)),
      fig('revenueChangePct', w.figures.revenueChange, stats.revenue.changePct, '%', pct(stats.revenue.changePct)),
      fig('salesCount', w.figures.sales, stats.salesCount.value, 'sales', formatNumber(stats.salesCount.value, l)),
      fig('averageBasket', w.figures.basket, stats.averageBasket.value, stats.currency, money(stats.averageBasket.value)),
      fig('grossMargin', w.figures.grossMargin, stats.grossMargin.value, stats.currency, money(stats.grossMargin.value)),
      fig('grossMarginRate', w.figures.marginRate, stats.grossMarginRate.value, '%', pct(stats.grossMarginRate.value, false)),
      fig('expenses', w.figures.expenses, stats.expenses.value, stats.currency, money(stats.expenses.value)),
      fig('netResult', w.figures.netResult, stats.netResult.value, stats.currency, money(stats.netResult.value)),
      ...(scopeTrends.category
        ? [
            fig(
              'scopeRevenue',
              `${w.figures.revenue} · ${scopeLabel}`,
              scopeTrends.totals.revenue,
              stats.currency,
              money(scopeTrends.totals.revenue),
            ),
            fig(
              'scopeShare',
              `${w.figures.share} · ${scopeLabel}`,
              scopeTrends.categories[0]?.sharePct ?? 0,
              '%',
              pct(scopeTrends.categories[0]?.sharePct ?? 0, false),
            ),
          ]
        : []),
    ],
    charts: [],
  };

  const categories: ReportSection = {
    key: 'categories',
    title: w.sections.categories,
    paragraphs: [shopTrends.summary[l]],
    bullets: shopTrends.categories.map((c) => labelled(c.label[l], `${money(c.revenue)} (${pct(c.changePct)}, ${pct(c.sharePct, false)})`)),
    figures: [],
    charts: [
      {
        kind: 'bar',
        title: `${w.charts.categoryRevenue} · ${PERIOD_LABEL[input.period][l]}`,
        unit: stats.currency,
        series: [{ name: w.charts.revenue, points: shopTrends.categories.map((c) => ({ label: c.label[l], value: c.revenue })) }],
      },
    ],
  };

  const { peak, trough } = scopeTrends.seasonality;
  const seasonality: ReportSection = {
    key: 'seasonality',
    title: w.sections.seasonality,
    paragraphs: [seasonText(scopeTrends, l)],
    bullets: [],
    figures: [
      fig(
        'averageMonth',
        w.figures.averageMonth,
        scopeTrends.seasonality.averageMonthRevenue,
        stats.currency,
        money(scopeTrends.seasonality.averageMonthRevenue),
      ),
      ...(peak ? [fig('peakMonth', `${w.figures.peak} · ${peak.label[l]}`, peak.index, 'index', formatNumber(peak.index ?? 0, l, 1))] : []),
      ...(trough
        ? [fig('troughMonth', `${w.figures.trough} · ${trough.label[l]}`, trough.index, 'index', formatNumber(trough.index ?? 0, l, 1))]
        : []),
    ],
    charts: [
      {
        kind: 'line',
        title: `${w.charts.monthlyRevenue}${scopeLabel ? ` · ${scopeLabel}` : ''}`,
        unit: stats.currency,
        series: [
          {
            name: w.charts.revenue,
            // A month the history only partly covers would draw as a slump: it is left out of the curve.
            points: scopeTrends.seasonality.months
              .filter((m) => !m.partial)
              .map((m) => ({ label: monthLabel(m.month, 'short')[l], value: m.revenue })),
          },
        ],
      },
    ],
  };

  const moverLine = (m: MarketTrends['topMovers']['growing'][number]) =>
    labelled(productName(m.product, l), `${m.change > 0 ? '+' : ''}${money(m.change)} (${pct(m.changePct)})`);
  const names = (list: MarketTrends['topMovers']['growing']) =>
    list.length ? list.map((m) => productName(m.product, l)).join(', ') : w.none;
  const movers: ReportSection = {
    key: 'movers',
    title: w.sections.movers,
    paragraphs: [
      `${labelled(w.growing, names(scopeTrends.topMovers.growing))}.`,
      `${labelled(w.declining, names(scopeTrends.topMovers.declining))}.`,
    ],
    bullets: [...scopeTrends.topMovers.growing, ...scopeTrends.topMovers.declining].map(moverLine),
    figures: [],
    charts: [],
  };

  const indexProducts = [...competitors.products]
    .sort((a, b) => Math.abs(b.priceIndex - 100) - Math.abs(a.priceIndex - 100))
    .slice(0, INDEX_CHART_PRODUCTS)
    .sort((a, b) => b.priceIndex - a.priceIndex);
  const s = competitors.summary;
  const competition: ReportSection = {
    key: 'competition',
    title: w.sections.competition,
    paragraphs: [s.productsCompared ? competitors.summary.text[l] : w.noCompetitorPrices],
    bullets: competitors.byCompetitor.map((c) => competitorLine(c, l)),
    figures: s.productsCompared
      ? [
          fig('averagePriceIndex', w.figures.priceIndex, s.averagePriceIndex, 'index', formatNumber(s.averagePriceIndex ?? 100, l, 1)),
          fig('cheaperCount', w.figures.cheaper, s.cheaperCount, 'products', String(s.cheaperCount)),
          fig('dearerCount', w.figures.dearer, s.dearerCount, 'products', String(s.dearerCount)),
          fig('alignedCount', w.figures.aligned, s.alignedCount, 'products', String(s.alignedCount)),
        ]
      : [],
    charts: indexProducts.length
      ? [
          {
            kind: 'index-bars',
            title: w.charts.priceIndex,
            unit: 'index',
            baseline: 100,
            series: [
              { name: w.charts.index, points: indexProducts.map((p) => ({ label: productName(p.product, l), value: p.priceIndex })) },
            ],
          },
        ]
      : [],
  };

  const recommendations: ReportSection = {
    key: 'recommendations',
    title: w.sections.recommendations,
    paragraphs: [],
    bullets: recommend(input),
    figures: [],
    charts: [],
  };

  return {
    title: input.topic ? w.titleOn(scopeLabel ?? input.topic) : w.title,
    language: l,
    topic: input.topic,
    focus: input.focus,
    business: input.business,
    period: input.period,
    periodLabel: PERIOD_LABEL[input.period][l],
    range: { start: stats.range.start, end: stats.range.end },
    currency: stats.currency,
    generatedAt: input.now.toISOString(),
    // A business with no sale yet gets one sentence saying what to do instead of sections of zeros.
    sections:
      stats.hasSales === false
        ? [
            { ...overview, paragraphs: [NO_SALES_YET[l]], figures: [], charts: [] },
            ...[competition, recommendations].filter((s) => s.bullets.length || s.charts.length),
          ]
        : [overview, categories, seasonality, movers, competition, recommendations],
    source: w.source,
  };
}

function competitorLine(c: CompetitorComparison['byCompetitor'][number], l: Language): string {
  const who = `${c.name}${c.location ? ` (${c.location})` : ''}`;
  return message(l, 'report.competitorLine', {
    who,
    index: formatNumber(c.averagePriceIndex, l, 1),
    count: c.productsCompared,
    countText: String(c.productsCompared),
    cheaper: String(c.weAreCheaperOn),
    dearer: String(c.weAreDearerOn),
  });
}

function seasonText(t: MarketTrends, l: Language): string {
  const { peak, trough, averageMonthRevenue } = t.seasonality;
  if (!peak || !trough) return '';
  const n = (v: number | null) => formatNumber(v ?? 0, l, 0);
  return message(l, 'report.seasonality', {
    average: formatMoney(averageMonthRevenue, l),
    peak: peak.label[l],
    peakIndex: n(peak.index),
    peakVsAverage: formatPercent((peak.index ?? 100) - 100, l, { signed: true }),
    trough: trough.label[l],
    troughIndex: n(trough.index),
  });
}

/** Rules of thumb a shop adviser would apply to these figures; each names the figure it rests on. */
function recommend(input: ReportInput): string[] {
  const l = input.language;
  const money = (n: number) => formatMoney(n, l);
  const out: string[] = [];
  const say = (key: MessageKey, values: MessageValues) => out.push(message(l, key, values));

  for (const d of input.competitors.dearer.filter((p) => p.priceIndex >= DEAR_INDEX).slice(0, 3))
    say('report.recommend.reviewPrice', {
      product: productName(d.product, l),
      ourPrice: money(d.ourPrice),
      average: money(d.competitorAverage),
      index: formatNumber(d.priceIndex, l, 1),
    });
  for (const c of input.competitors.cheaper.filter((p) => p.priceIndex <= CHEAP_INDEX).slice(0, 2))
    say('report.recommend.marginRoom', { product: productName(c.product, l), below: formatPercent(100 - c.priceIndex, l) });
  for (const c of input.shopTrends.categories.filter((c) => c.changePct !== null && c.changePct <= DECLINE_PCT).slice(0, 2))
    say('report.recommend.reviveCategory', { category: c.label[l], change: formatPercent(c.changePct as number, l, { signed: true }) });
  // Last year's same months tell what is coming: the next two months, a year earlier, are in the 12-month window.
  const upcoming = [-11, -10].map((k) => localMonthKey(localMonthStart(input.now, k)));
  for (const m of input.scopeTrends.seasonality.months.filter((m) => upcoming.includes(m.month) && (m.index ?? 0) >= PEAK_INDEX))
    say('report.recommend.prepareMonth', {
      month: monthLabel(m.month)[l].replace(/ \d{4}$/, ''),
      above: formatPercent((m.index as number) - 100, l),
    });
  const grower = input.scopeTrends.topMovers.growing[0];
  if (grower) say('report.recommend.secureSupply', { product: productName(grower.product, l), change: money(grower.change) });
  if (input.stats.netResult.value < 0) say('report.recommend.negativeResult', { result: money(input.stats.netResult.value) });
  if (!out.length) out.push(REPORT_WORDS[l].noAction);
  return out;
}
