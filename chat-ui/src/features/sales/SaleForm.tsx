import { useDeferredValue, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@tajer/contract';
import { useLang } from '../../i18n';
import { formatMoney, PAYMENT_METHOD_TITLE } from '@tajer/contract';
import { api, ApiError } from '../../lib/http';
import { uuid } from '../../lib/ids';
import { useApi } from '../views/useApi';
import { PAYMENT_METHODS, type CustomerHit, type PaymentMethod, type ProductHit, type SaleView } from './sales-types';

const nameIn = (p: ProductHit, lang: Lang) =>
  lang === 'ar' ? (p.names.ar ?? p.names.fr) : lang === 'en' ? (p.names.en ?? p.names.fr) : p.names.fr;

interface Line {
  product: ProductHit;
  quantity: number;
}

/**
 * Record a sale at the counter. The Idempotency-Key is drawn once per sale and kept until the server answers, so a
 * double tap or a retry after a network error never records the sale twice.
 */
export function SaleForm({ onRecorded }: { onRecorded: (sale: SaleView) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q);
  const hits = useApi<{ items: ProductHit[] }>(query.trim() ? '/api/inventory/products' : null, { q: query, pageSize: 5 });
  const [lines, setLines] = useState<Line[]>([]);
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [who, setWho] = useState('');
  const customers = useApi<{ items: CustomerHit[] }>(method === 'credit' && who.trim() ? '/api/customers' : null, { q: who, pageSize: 5 });
  const [customer, setCustomer] = useState<CustomerHit | null>(null);
  const [key, setKey] = useState(uuid);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = (p: ProductHit) => {
    setLines((ls) =>
      ls.some((l) => l.product.id === p.id)
        ? ls.map((l) => (l.product.id === p.id ? { ...l, quantity: l.quantity + 1 } : l))
        : [...ls, { product: p, quantity: 1 }],
    );
    setQ('');
  };
  const total = lines.reduce((s, l) => s + l.quantity * l.product.price, 0);
  const ready =
    lines.length > 0 && lines.every((l) => Number.isInteger(l.quantity) && l.quantity > 0) && (method !== 'credit' || !!customer);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    try {
      const body = {
        lines: lines.map((l) => ({ productId: l.product.id, quantity: l.quantity })),
        paymentMethod: method,
        ...(method === 'credit' && customer ? { customerId: customer.id } : {}),
      };
      const res = await api<{ sale: SaleView }>('/api/sales', { method: 'POST', body, headers: { 'Idempotency-Key': key } });
      onRecorded(res.sale);
      setLines([]);
      setCustomer(null);
      setWho('');
      setKey(uuid());
    } catch (err) {
      setError(err instanceof ApiError && err.status === 0 ? 'errors.network' : 'sales.failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sale-form" onSubmit={submit} data-testid="sale-form">
      <label className="field">
        <span>{t('sales.addProduct')}</span>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('inventory.search')}
          dir="auto"
          data-testid="sale-product-search"
        />
      </label>
      {q.trim() && hits.data && !hits.loading && (
        <ul className="pick-list" data-testid="sale-product-hits">
          {hits.data.items.map((p) => (
            <li key={p.id}>
              <button type="button" className="chip" onClick={() => add(p)}>
                <bdi dir="auto">{nameIn(p, lang)}</bdi> · {formatMoney(p.price, lang)}
              </button>
            </li>
          ))}
          {!hits.data.items.length && <li className="muted">{t('inventory.none')}</li>}
        </ul>
      )}

      {lines.length > 0 && (
        <ul className="sale-lines" data-testid="sale-lines">
          {lines.map((l, i) => (
            <li key={l.product.id}>
              <bdi dir="auto">{nameIn(l.product, lang)}</bdi>
              <input
                type="number"
                min={1}
                step={1}
                inputMode="numeric"
                value={l.quantity}
                aria-label={t('sales.quantity')}
                onChange={(e) => setLines((ls) => ls.map((x, j) => (j === i ? { ...x, quantity: Number(e.target.value) } : x)))}
              />
              <span className="num">{formatMoney(l.quantity * l.product.price, lang)}</span>
              <button
                type="button"
                className="btn btn--small"
                onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                aria-label={t('sales.remove')}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}

      <label className="field">
        <span>{t('sales.payment')}</span>
        <select value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)} data-testid="sale-payment">
          {PAYMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {PAYMENT_METHOD_TITLE[m][lang]}
            </option>
          ))}
        </select>
      </label>
      {method === 'credit' && (
        <div className="field">
          <label htmlFor="sale-customer">{t('sales.customer')}</label>
          {customer ? (
            <p>
              <strong dir="auto">{customer.name}</strong> · {t('sales.owes', { amount: formatMoney(customer.balance, lang) })}{' '}
              <button type="button" className="btn btn--small" onClick={() => setCustomer(null)}>
                {t('sales.change')}
              </button>
            </p>
          ) : (
            <>
              <input
                id="sale-customer"
                type="search"
                value={who}
                onChange={(e) => setWho(e.target.value)}
                dir="auto"
                data-testid="sale-customer-search"
              />
              <ul className="pick-list">
                {(who.trim() && !customers.loading ? (customers.data?.items ?? []) : []).map((c) => (
                  <li key={c.id}>
                    <button type="button" className="chip" onClick={() => setCustomer(c)}>
                      <bdi dir="auto">{c.name}</bdi>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      {error && (
        <p className="alert alert--error" role="alert">
          {t(error)}
        </p>
      )}
      <button type="submit" className="btn btn--primary" disabled={!ready || busy} data-testid="sale-submit">
        {t('sales.record', { amount: formatMoney(total, lang) })}
      </button>
    </form>
  );
}
