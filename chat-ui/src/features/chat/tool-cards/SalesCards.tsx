import { useTranslation } from 'react-i18next';
import {
  paymentMethodLabel,
  formatMoney,
  formatNumber,
  formatQuantity,
  productName,
  type CustomersCreditResult,
  type Lang,
  type SalesListResult,
  type SalesRecordResult,
} from '@tajer/contract';
import { useLang } from '../../../i18n';

/**
 * Cards for the sales and credit tools: a recorded sale (lines, stock after, what the customer owes now), the list of
 * sales with its total, and who owes what. Each is built from the tool's result once the contract's schema parsed it;
 * anything else gets the generic card.
 */

export interface SaleLineRow {
  name: string;
  quantity: number;
  unit: string;
  unitPrice?: number;
  total?: number;
  stockAfter?: number;
}

export interface RecordedSale {
  lines: SaleLineRow[];
  total: number;
  payment: string;
  customer?: { name: string; balanceAfter?: number };
}

/** A `sales_record` result (parsed with the contract's schema). */
export function recordedSale(r: SalesRecordResult, lang: Lang): RecordedSale {
  return {
    lines: r.lines.map((l) => ({
      name: productName(l.product, lang),
      quantity: l.quantity,
      unit: l.product.unit,
      unitPrice: l.unitPrice,
      total: l.total,
      ...(l.stockAfter !== null ? { stockAfter: l.stockAfter } : {}),
    })),
    total: r.total,
    payment: r.paymentMethod,
    ...(r.customer
      ? { customer: { name: r.customer.name, ...(r.customer.balanceAfter !== null ? { balanceAfter: r.customer.balanceAfter } : {}) } }
      : {}),
  };
}

export function RecordedSaleCard({ data }: { data: RecordedSale }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="table-wrap" data-testid="sale-card">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('inventory.product')}</th>
            <th scope="col" className="num">
              {t('saleCard.sold')}
            </th>
            <th scope="col" className="num">
              {t('saleCard.amount')}
            </th>
            <th scope="col" className="num">
              {t('saleCard.stockAfter')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.lines.map((l, i) => (
            <tr key={`${l.name}-${i}`}>
              <th scope="row" dir="auto">
                {l.name}
              </th>
              <td className="num">{`\u2212${formatNumber(l.quantity, lang)}`}</td>
              <td className="num">{l.total !== undefined ? formatMoney(l.total, lang) : '—'}</td>
              <td className="num">{l.stockAfter !== undefined ? formatQuantity(l.stockAfter, l.unit, lang) : '—'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('saleCard.total')}</th>
            <td />
            <td className="num">
              <strong>{formatMoney(data.total, lang)}</strong>
            </td>
            <td className="muted">{paymentMethodLabel(data.payment, lang)}</td>
          </tr>
        </tfoot>
      </table>
      {data.customer?.balanceAfter !== undefined && (
        <p className="muted" dir="auto">
          {t('saleCard.owesNow', { name: data.customer.name, amount: formatMoney(data.customer.balanceAfter, lang) })}
        </p>
      )}
    </div>
  );
}

export interface SalesListView {
  revenue: number;
  count: number;
  items: { when: string; what: string; total: number; payment: string; customer?: string }[];
}

/** Algeria's clock (UTC+1, no daylight saving): when a sale was rung up, as the shop saw it. */
const ALGIERS_OFFSET_MS = 3_600_000;

/** A `sales_list` result (parsed with the contract's schema). */
export function salesList(r: SalesListResult, lang: Lang): SalesListView {
  const items = r.items.map((s) => ({
    when: `${s.day} ${new Date(Date.parse(s.soldAt) + ALGIERS_OFFSET_MS).toISOString().slice(11, 16)}`,
    what:
      s.kind === 'daily_total'
        ? '—'
        : s.lines.map((l) => `${formatNumber(Math.abs(l.quantity), lang)} × ${productName(l.product, lang)}`).join(', '),
    total: s.total,
    payment: s.paymentMethod,
    ...(s.customer ? { customer: s.customer } : {}),
  }));
  return { revenue: r.totals.revenue, count: r.count, items };
}

export function SalesListCard({ data }: { data: SalesListView }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!data.count) return <p className="muted">{t('saleCard.none')}</p>;
  return (
    <div className="table-wrap" data-testid="sales-list-card">
      <p>
        <strong>{formatMoney(data.revenue, lang)}</strong> · {t('saleCard.count', { count: data.count })}
      </p>
      <table className="data-table">
        <tbody>
          {data.items.map((s, i) => (
            <tr key={i}>
              <td className="muted" dir="ltr">
                {s.when}
              </td>
              <td dir="auto">
                {s.what}
                {s.customer ? ` — ${s.customer}` : ''}
              </td>
              <td className="num">{formatMoney(s.total, lang)}</td>
              <td className="muted">{paymentMethodLabel(s.payment, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface CreditView {
  total: number;
  rows: { name: string; balance: number; days?: number; overLimit: boolean }[];
}

/** A `customers_credit` result (parsed with the contract's schema). */
export function credit(r: CustomersCreditResult): CreditView {
  return {
    total: r.totalOwed,
    rows: r.customers.map((c) => ({
      name: c.name,
      balance: c.balance,
      ...(c.daysOutstanding !== null ? { days: c.daysOutstanding } : {}),
      overLimit: c.overLimit,
    })),
  };
}

export function CreditCard({ data }: { data: CreditView }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!data.rows.length) return <p className="muted">{t('creditCard.none')}</p>;
  return (
    <div className="table-wrap" data-testid="credit-card">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('creditCard.customer')}</th>
            <th scope="col" className="num">
              {t('creditCard.owes')}
            </th>
            <th scope="col" className="num">
              {t('creditCard.since')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((c) => (
            <tr key={c.name} className={c.overLimit ? 'row--low' : undefined}>
              <th scope="row" dir="auto">
                {c.name}
              </th>
              <td className="num">{formatMoney(c.balance, lang)}</td>
              <td className="num">
                {c.days === undefined ? '—' : c.days === 0 ? t('creditCard.today') : t('creditCard.days', { count: c.days })}
              </td>
            </tr>
          ))}
        </tbody>
        {data.rows.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('saleCard.total')}</th>
              <td className="num">
                <strong>{formatMoney(data.total, lang)}</strong>
              </td>
              <td />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
