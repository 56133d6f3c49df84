import { useTranslation } from 'react-i18next';
import type { Lang } from '@protocol/chat-events';
import { formatMoney, formatNumber, formatQuantity } from '@tajer/contract';
import { useLang } from '../../../i18n';
import { isObj, num, rows, str, text, unwrap } from './shape';

/**
 * Cards for the sales and credit tools: a recorded sale (lines, stock after, what the customer owes now), the list of
 * sales with its total, and who owes what. Each reads the tool's result forgivingly and falls back to the generic
 * card when the shape is not recognised.
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

export function parseRecordedSale(result: unknown, lang: Lang): RecordedSale | null {
  const r = unwrap(result);
  if (!isObj(r) || typeof r.saleId !== 'string') return null;
  const lines = (rows(r, 'lines') ?? []).flatMap((l): SaleLineRow[] => {
    const product = isObj(l.product) ? l.product : {};
    const name = text(product, lang, 'names', 'name');
    const quantity = num(l, 'quantity');
    return name && quantity !== undefined
      ? [{ name, quantity, unit: str(product, 'unit') ?? '', unitPrice: num(l, 'unitPrice'), total: num(l, 'total'), stockAfter: num(l, 'stockAfter') }]
      : [];
  });
  const customer = isObj(r.customer) ? { name: str(r.customer, 'name') ?? '', balanceAfter: num(r.customer, 'balanceAfter') } : undefined;
  return { lines, total: num(r, 'total') ?? 0, payment: str(r, 'paymentMethod') ?? 'cash', ...(customer ? { customer } : {}) };
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
            <th scope="col" className="num">{t('saleCard.sold')}</th>
            <th scope="col" className="num">{t('saleCard.amount')}</th>
            <th scope="col" className="num">{t('saleCard.stockAfter')}</th>
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
            <td className="muted">{t(`saleCard.payment.${data.payment}`, { defaultValue: data.payment })}</td>
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

export function parseSalesList(result: unknown, lang: Lang): SalesListView | null {
  const r = unwrap(result);
  if (!isObj(r) || !isObj(r.totals) || !Array.isArray(r.items)) return null;
  const items = (rows(r, 'items') ?? []).map((s) => ({
    when: `${str(s, 'day') ?? ''} ${new Date(Date.parse(str(s, 'soldAt') ?? '') + 3_600_000).toISOString().slice(11, 16)}`,
    what:
      str(s, 'kind') === 'daily_total'
        ? '—'
        : (rows(s, 'lines') ?? []).map((l) => `${formatNumber(Math.abs(num(l, 'quantity') ?? 0), lang)} × ${text(l, lang, 'names', 'name') ?? '?'}`).join(', '),
    total: num(s, 'total') ?? 0,
    payment: str(s, 'paymentMethod') ?? 'cash',
    customer: str(s, 'customer'),
  }));
  return { revenue: num(r.totals, 'revenue') ?? 0, count: num(r, 'count') ?? items.length, items };
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
              <td className="muted">{t(`saleCard.payment.${s.payment}`, { defaultValue: s.payment })}</td>
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

export function parseCredit(result: unknown): CreditView | null {
  const r = unwrap(result);
  if (!isObj(r) || typeof r.totalOwed !== 'number' || !Array.isArray(r.customers)) return null;
  return {
    total: r.totalOwed,
    rows: (rows(r, 'customers') ?? []).map((c) => ({ name: str(c, 'name') ?? '?', balance: num(c, 'balance') ?? 0, days: num(c, 'daysOutstanding'), overLimit: c.overLimit === true })),
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
            <th scope="col" className="num">{t('creditCard.owes')}</th>
            <th scope="col" className="num">{t('creditCard.since')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((c) => (
            <tr key={c.name} className={c.overLimit ? 'row--low' : undefined}>
              <th scope="row" dir="auto">
                {c.name}
              </th>
              <td className="num">{formatMoney(c.balance, lang)}</td>
              <td className="num">{c.days !== undefined ? t('creditCard.days', { count: c.days }) : '—'}</td>
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
