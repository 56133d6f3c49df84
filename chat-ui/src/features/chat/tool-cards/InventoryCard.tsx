import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatMoney, formatNumber, formatQuantity, productName, type Lang, type StockView } from '@tajer/contract';

export interface StockRow {
  id?: string;
  name: string;
  sku?: string;
  stock?: number;
  unit?: string;
  threshold?: number;
  price?: number;
  /** Purchase cost (the stock page's editor shows it); null when the shop never gave it. */
  cost?: number | null;
  low: boolean;
}

/** Table rows from products parsed with the contract's `StockViewSchema` (a tool's result, or the inventory API's items). */
export function stockRows(items: (Omit<StockView, 'score'> & { price?: number; cost?: number | null })[], lang: Lang): StockRow[] {
  return items.map((p) => ({
    id: p.id,
    name: productName(p, lang),
    ...(p.sku ? { sku: p.sku } : {}),
    stock: p.stock,
    unit: p.unit,
    threshold: p.reorderThreshold,
    low: p.lowStock,
    ...(p.price !== undefined ? { price: p.price } : {}),
    ...(p.cost !== undefined ? { cost: p.cost } : {}),
  }));
}

/** Matching products and their stock, low-stock rows highlighted. Shared by the chat card and the inventory view. */
export function StockTable({ rows: items, priceCell }: { rows: StockRow[]; priceCell?: (row: StockRow) => ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!items.length) return <p className="muted">{t('inventory.none')}</p>;
  const hasPrice = items.some((r) => r.price !== undefined);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="stock-table">
        <thead>
          <tr>
            <th scope="col">{t('inventory.product')}</th>
            <th scope="col" className="num">
              {t('inventory.stock')}
            </th>
            <th scope="col" className="num">
              {t('inventory.threshold')}
            </th>
            {hasPrice && (
              <th scope="col" className="num">
                {t('inventory.price')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((r, i) => (
            <tr key={r.id ?? `${r.name}-${i}`} className={r.low ? 'row--low' : undefined} data-low={r.low || undefined}>
              <th scope="row" dir="auto">
                {r.name}
                {r.low && <span className="badge badge--warn">{t('inventory.low')}</span>}
              </th>
              <td className="num">{r.stock !== undefined ? formatQuantity(r.stock, r.unit ?? '', lang) : '—'}</td>
              <td className="num">{r.threshold !== undefined ? formatNumber(r.threshold, lang) : '—'}</td>
              {hasPrice && (
                <td className="num">
                  {priceCell && r.price !== undefined
                    ? priceCell(r)
                    : r.price !== undefined
                      ? formatMoney(r.price, lang, { exact: true })
                      : '—'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function InventoryCard({ data }: { data: StockRow[] }) {
  return <StockTable rows={data} />;
}
