import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatMoney, formatNumber, productName, type Lang, type MarketCompetitorsResult } from '@tajer/contract';
import { Chart } from '../../charts/Chart';

export interface PriceComparison {
  product: string;
  ours?: number;
  competitors: { name: string; price: number }[];
  index?: number;
}

/** One comparison per product of a `market_competitors` result (parsed with the contract's schema). */
export function priceComparisons(products: MarketCompetitorsResult['products'], lang: Lang): PriceComparison[] {
  return products.map((p) => ({
    product: productName(p.product, lang),
    ours: p.ourPrice,
    competitors: p.competitors.map((c) => ({ name: c.name, price: c.price })),
    index: p.priceIndex,
  }));
}

/** Our price against each competitor's, as a chart and as a table (the table is what screen readers get). */
export function CompetitorsCard({ data }: { data: PriceComparison[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const money = (n: number) => formatMoney(n, lang);
  const single = data.length === 1 ? data[0] : null;
  const avg = (p: PriceComparison) => (p.competitors.length ? p.competitors.reduce((s, c) => s + c.price, 0) / p.competitors.length : null);
  const indexOf = (p: PriceComparison) => p.index ?? (p.ours !== undefined && avg(p) ? Math.round((p.ours / avg(p)!) * 1000) / 10 : null);
  return (
    <div className="competitors" data-testid="competitors-card">
      {single ? (
        <Chart
          type="bar"
          horizontal
          labels={[t('market.us'), ...single.competitors.map((c) => c.name)]}
          datasets={[{ label: single.product, data: [single.ours ?? null, ...single.competitors.map((c) => c.price)] }]}
          highlight={0}
          ariaLabel={t('market.chart', { product: single.product })}
          format={money}
        />
      ) : (
        // Prices of different products don't share a scale; their index (100 = competitors' average) does.
        <Chart
          type="bar"
          horizontal
          labels={data.slice(0, 10).map((p) => p.product)}
          datasets={[{ label: t('market.indexChart'), data: data.slice(0, 10).map(indexOf) }]}
          ariaLabel={t('market.chartMany')}
          format={(n) => formatNumber(n, lang)}
        />
      )}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('inventory.product')}</th>
              <th scope="col" className="num">
                {t('market.us')}
              </th>
              <th scope="col">{t('market.competitors')}</th>
              <th scope="col" className="num competitors__index">
                {t('market.index')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((p) => (
              <tr key={p.product}>
                <th scope="row" dir="auto">
                  {p.product}
                </th>
                <td className="num">{p.ours !== undefined ? money(p.ours) : '—'}</td>
                <td>
                  {p.competitors.map((c) => (
                    <span key={c.name} className="competitor">
                      <bdi>{c.name}</bdi> <bdi>{money(c.price)}</bdi>
                    </span>
                  ))}
                </td>
                <td className="num competitors__index">{p.index !== undefined ? formatNumber(p.index, lang) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
