import { useTranslation } from 'react-i18next';
import type { Lang } from '@protocol/chat-events';
import { useLang } from '../../../i18n';
import { formatMoney, formatPercent, formatQuantity } from '@tajer/contract';
import { isObj, num, rows, str, text, unwrap } from './shape';

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
}

/** The best-sellers ranking of dashboard_insights (`focus: best_sellers`); other insights keep the generic card. */
export function parseBestSellers(result: unknown, lang: Lang): BestSellers | null {
  const root = unwrap(result);
  if (!isObj(root) || root.focus !== 'best_sellers') return null;
  const list = rows(root, 'byRevenue') ?? [];
  const byRevenue = list
    .map((r, i): BestSeller | null => {
      const product = isObj(r.product) ? r.product : r;
      const name = text(product, lang, 'name', 'names');
      const revenue = num(r, 'revenue');
      if (!name || revenue === undefined) return null;
      return { rank: num(r, 'rank') ?? i + 1, name, quantity: num(r, 'quantity') ?? 0, unit: str(product, 'unit'), revenue, share: num(r, 'revenueShare') };
    })
    .filter((r): r is BestSeller => r !== null);
  return { period: str(root, 'period') ?? 'month', byRevenue };
}

/** "What sold most this month": rank, product, units and revenue. */
export function BestSellersCard({ data }: { data: BestSellers }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!data.byRevenue.length) return <p className="muted">{t('bestSellers.none')}</p>;
  return (
    <div className="table-wrap" data-testid="best-sellers-card">
      <table className="data-table">
        <caption>{t('bestSellers.caption', { period: t(`periods.${data.period}`, { defaultValue: data.period }) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">#</th>
            <th scope="col">{t('inventory.product')}</th>
            <th scope="col" className="num">{t('bestSellers.units')}</th>
            <th scope="col" className="num">{t('bestSellers.revenue')}</th>
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
                {r.share !== undefined && <span className="muted"> · {formatPercent(r.share, lang)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
