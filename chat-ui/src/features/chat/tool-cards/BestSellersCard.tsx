import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import {
  formatMoney,
  formatPercent,
  formatQuantity,
  isPeriod,
  PERIOD_LABEL,
  productName,
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
}

/**
 * The best-sellers ranking of a `dashboard_insights` result (`focus: best_sellers`, parsed with the contract's
 * schema); the general insights keep the generic card.
 */
export function bestSellers(r: DashboardInsightsResult, lang: Lang): BestSellers | null {
  if (!('focus' in r)) return null;
  return {
    period: r.period,
    ...(r.product ? { product: productName(r.product, lang) } : {}),
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

/** "What sold most this month": rank, product, units and revenue. */
export function BestSellersCard({ data }: { data: BestSellers }) {
  const { t } = useTranslation();
  const lang = useLang();
  const period = isPeriod(data.period) ? PERIOD_LABEL[data.period][lang] : data.period;
  if (!data.byRevenue.length)
    return (
      <p className="muted" data-testid="best-sellers-card">
        {data.product ? t('bestSellers.productNone', { product: data.product }) : t('bestSellers.none')}
      </p>
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
    </div>
  );
}
