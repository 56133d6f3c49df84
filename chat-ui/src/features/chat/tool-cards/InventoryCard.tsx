import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatMoney, formatNumber, formatQuantity } from '@tajer/contract';
import type { Lang } from '@protocol/chat-events';
import { num, pick, rows, str, text, unwrap, type Obj } from './shape';

export interface StockRow {
  id?: string;
  name: string;
  sku?: string;
  stock?: number;
  unit?: string;
  threshold?: number;
  price?: number;
  low: boolean;
}

export function toStockRow(o: Obj, lang: Lang): StockRow | null {
  const name = text(o, lang, 'names', 'name', 'productName', 'label', 'product');
  if (!name) return null;
  const stock = num(o, 'stock', 'quantity', 'qty', 'onHand', 'stockQuantity');
  const threshold = num(o, 'threshold', 'reorderThreshold', 'lowStockThreshold', 'minStock', 'reorderLevel', 'alertThreshold');
  const flagged = pick(o, 'lowStock', 'isLowStock', 'low');
  const low = typeof flagged === 'boolean' ? flagged : stock !== undefined && threshold !== undefined && stock <= threshold;
  return { id: str(o, 'id', 'productId'), name, sku: str(o, 'sku', 'barcode'), stock, unit: str(o, 'unit'), threshold, price: num(o, 'price', 'salePrice', 'unitPrice'), low };
}

export function parseInventory(result: unknown, lang: Lang): StockRow[] | null {
  const list = rows(unwrap(result), 'items', 'products', 'results', 'matches');
  if (!list) return null;
  const parsed = list.map((o) => toStockRow(o, lang)).filter((r): r is StockRow => r !== null);
  return parsed.length || list.length === 0 ? parsed : null;
}

/** Matching products and their stock, low-stock rows highlighted. Shared by the chat card and the inventory view. */
export function StockTable({ rows: items }: { rows: StockRow[] }) {
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
            <th scope="col" className="num">{t('inventory.stock')}</th>
            <th scope="col" className="num">{t('inventory.threshold')}</th>
            {hasPrice && <th scope="col" className="num">{t('inventory.price')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((r, i) => (
            <tr key={r.id ?? `${r.name}-${i}`} className={r.low ? 'row--low' : undefined} data-low={r.low || undefined}>
              <th scope="row" dir="auto">
                {r.name}
                {r.low && <span className="badge badge--warn">{t('inventory.low')}</span>}
              </th>
              <td className="num">
                {r.stock !== undefined ? formatQuantity(r.stock, r.unit ?? '', lang) : '—'}
              </td>
              <td className="num">{r.threshold !== undefined ? formatNumber(r.threshold, lang) : '—'}</td>
              {hasPrice && <td className="num">{r.price !== undefined ? formatMoney(r.price, lang, { exact: true }) : '—'}</td>}
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
