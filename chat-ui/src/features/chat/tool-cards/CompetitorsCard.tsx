import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatMoney, formatNumber } from '@tajer/contract';
import { Chart } from '../../charts/Chart';
import type { Lang } from '@protocol/chat-events';
import { isObj, num, rows, str, text, unwrap, type Obj } from './shape';

export interface PriceComparison {
  product: string;
  ours?: number;
  competitors: { name: string; price: number }[];
  index?: number;
}

function fromRow(r: Obj, lang: Lang): PriceComparison | null {
  const product = text(r, lang, 'product', 'productName', 'names', 'name', 'label');
  if (!product) return null;
  const comps = (rows(r.competitors ?? r.prices ?? r.offers ?? []) ?? [])
    .map((c) => ({ name: str(c, 'name', 'competitor', 'store', 'shop') ?? '?', price: num(c, 'price', 'amount', 'value') }))
    .filter((c): c is { name: string; price: number } => c.price !== undefined);
  return { product, ours: num(r, 'ourPrice', 'our_price', 'myPrice', 'price', 'salePrice'), competitors: comps, index: num(r, 'priceIndex', 'index', 'price_index') };
}

export function parseCompetitors(result: unknown, lang: Lang): PriceComparison[] | null {
  const root = unwrap(result);
  const list = isObj(root) && (root.competitors || root.ourPrice !== undefined) && !Array.isArray(root.items) ? [root] : rows(root, 'products', 'items', 'comparisons', 'results');
  if (!list) return null;
  // Flat rows (one per competitor price) are grouped by product.
  if (list.length && list.every((r) => str(r, 'competitor') && !Array.isArray(r.competitors))) {
    const byProduct = new Map<string, PriceComparison>();
    for (const r of list) {
      const product = text(r, lang, 'product', 'productName', 'name') ?? '?';
      const entry = byProduct.get(product) ?? { product, ours: num(r, 'ourPrice', 'our_price'), competitors: [] };
      const price = num(r, 'price', 'competitorPrice');
      if (price !== undefined) entry.competitors.push({ name: str(r, 'competitor')!, price });
      byProduct.set(product, entry);
    }
    return [...byProduct.values()];
  }
  const parsed = list.map((r) => fromRow(r, lang)).filter((r): r is PriceComparison => r !== null && (r.competitors.length > 0 || r.ours !== undefined));
  return parsed.length ? parsed : null;
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
              <th scope="col" className="num">{t('market.us')}</th>
              <th scope="col">{t('market.competitors')}</th>
              <th scope="col" className="num">{t('market.index')}</th>
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
                <td className="num">{p.index !== undefined ? formatNumber(p.index, lang) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
