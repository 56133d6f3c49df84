import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import {
  formatMoney,
  formatPercent,
  formatQuantity,
  isPeriod,
  PERIOD_LABEL,
  productName,
  unitName,
  type DashboardInsightsResult,
  type Lang,
} from '@tajer/contract';

export interface BestSeller {
  rank: number;
  name: string;
  quantity: number;
  unit?: string;
  revenue: number;
  share?: number;
}

export interface BestSellers {
  period: string;
  byRevenue: BestSeller[];
  /** The one product asked about (« combien j'ai vendu de semoule ? »): its line only, with its rank among all. */
  product?: string;
  /** That product's margin: on the period's lines whose cost is known, and per unit at today's price and cost. */
  margin?: { amount: number | null; rate: number | null; perUnit: number | null; unitRate: number | null; unit?: string };
}

const rateOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

/** The product's margin as the card shows it; nothing when no cost is known at all (the answer says so). */
function marginOf(r: Extract<DashboardInsightsResult, { focus: 'best_sellers' }>): BestSellers['margin'] {
  const m = r.productMargin;
  if (!m) return undefined;
  const sold = m.costedRevenue > 0;
  const perUnit = m.cost !== null && m.price > 0 ? m.price - m.cost : null;
  if (!sold && perUnit === null) return undefined;
  return {
    amount: sold ? m.margin : null,
    rate: sold ? rateOf(m.margin, m.costedRevenue) : null,
    perUnit,
    unitRate: perUnit === null ? null : rateOf(perUnit, m.price),
    ...(r.product?.unit ? { unit: r.product.unit } : {}),
  };
}

/**
 * The best-sellers ranking of a `dashboard_insights` result (`focus: best_sellers`, parsed with the contract's
 * schema); the general insights keep the generic card.
 */
export function bestSellers(r: DashboardInsightsResult, lang: Lang): BestSellers | null {
  if (r.focus !== 'best_sellers') return null;
  const margin = marginOf(r);
  return {
    period: r.period,
    ...(r.product ? { product: productName(r.product, lang) } : {}),
    ...(margin ? { margin } : {}),
    byRevenue: r.byRevenue.map((b) => ({
      rank: b.rank,
      name: productName(b.product, lang),
      quantity: b.quantity,
      ...(b.product.unit ? { unit: b.product.unit } : {}),
      revenue: b.revenue,
      share: b.revenueShare,
    })),
  };
}

/** One product's margin under its line: over the period's sales, and per unit at today's price. */
function MarginNote({ margin }: { margin: NonNullable<BestSellers['margin']> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const pct = (rate: number | null) => (rate === null ? '' : ` (${formatPercent(rate, lang)})`);
  return (
    <p className="best-sellers__margin" data-testid="best-sellers-margin">
      {margin.amount !== null && (
        <span className="best-sellers__margin-part">
          {t('bestSellers.margin', { amount: formatMoney(margin.amount, lang), rate: pct(margin.rate) })}
        </span>
      )}
      {margin.amount !== null && margin.perUnit !== null && <span className="best-sellers__margin-sep"> · </span>}
      {margin.perUnit !== null && (
        <span className="best-sellers__margin-part">
          {t('bestSellers.unitMargin', {
            amount: formatMoney(margin.perUnit, lang, { exact: true }),
            unit: unitName(margin.unit ?? '', 1, lang),
            rate: pct(margin.unitRate),
          })}
        </span>
      )}
    </p>
  );
}

/** "What sold most this month": rank, product, units and revenue (and the product's margin when one was asked). */
export function BestSellersCard({ data }: { data: BestSellers }) {
  const { t } = useTranslation();
  const lang = useLang();
  const period = isPeriod(data.period) ? PERIOD_LABEL[data.period][lang] : data.period;
  if (!data.byRevenue.length)
    return (
      <div data-testid="best-sellers-card">
        <p className="muted">{data.product ? t('bestSellers.productNone', { product: data.product }) : t('bestSellers.none')}</p>
        {data.margin && <MarginNote margin={data.margin} />}
      </div>
    );
  return (
    <div className="table-wrap best-sellers" data-testid="best-sellers-card">
      <table className="data-table">
        <caption>
          {data.product ? t('bestSellers.productCaption', { product: data.product, period }) : t('bestSellers.caption', { period })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">{t('inventory.product')}</th>
            <th scope="col" className="num">
              {t('bestSellers.units')}
            </th>
            <th scope="col" className="num">
              {t('bestSellers.revenue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.byRevenue.map((r) => (
            <tr key={`${r.rank}-${r.name}`}>
              <td className="num">{r.rank}</td>
              <th scope="row" dir="auto">
                {r.name}
              </th>
              <td className="num">{formatQuantity(r.quantity, r.unit ?? '', lang)}</td>
              <td className="num">
                {formatMoney(r.revenue, lang)}
                {r.share !== undefined && (
                  <span className="muted best-sellers__share">
                    <span className="best-sellers__sep"> · </span>
                    {formatPercent(r.share, lang)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.margin && <MarginNote margin={data.margin} />}
    </div>
  );
}
