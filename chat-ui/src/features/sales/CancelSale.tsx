import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, productName } from '@tajer/contract';
import { useLang } from '../../i18n';
import { api, ApiError } from '../../lib/http';
import { uuid } from '../../lib/ids';
import type { SaleDetail, SaleView } from './sales-types';

/** What may still come back of each line: its units not yet refunded. */
const returnable = (detail: SaleDetail) =>
  detail.lines.map((l) => ({ ...l, left: l.quantity - l.refundedQuantity })).filter((l) => l.left > 0);

/**
 * Undo a sale typed by mistake, or take back what a customer returns: the whole of what is not yet given back by
 * default, or fewer units of each line (« il m'a rendu 2 des 5 cafés ») — a refund row of its own, the goods back on
 * the shelf, a credit sale's debt lowered; the sale itself is never deleted, so the day's history stays true. Two
 * steps, because it moves money and stock; the Idempotency-Key is drawn when the owner opens the confirmation, so a
 * retry after a lost answer refunds once.
 */
export function CancelSale({ sale, onCancelled }: { sale: SaleView; onCancelled: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [key, setKey] = useState<string | null>(null);
  const [detail, setDetail] = useState<SaleDetail | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const left = sale.total + (sale.refunds ?? []).reduce((sum, r) => sum + r.total, 0);

  // The lines are read when the confirmation opens (today's list comes without them) — not again when a new key is
  // drawn for another selection.
  const isOpen = key !== null;
  useEffect(() => {
    if (!isOpen) return;
    let live = true;
    api<SaleDetail>(`/api/sales/${sale.id}`)
      .then((read) => {
        if (!live) return;
        setDetail(read);
        setCounts(Object.fromEntries(returnable(read).map((l) => [l.id, l.left])));
      })
      .catch(() => live && setUnreadable(true));
    return () => {
      live = false;
    };
  }, [isOpen, sale.id]);

  if (left <= 0) return <span className="badge badge--refund">{t('sales.cancelled')}</span>;
  // Opening starts afresh: the lines are read again (a partial return may have changed them).
  const open = () => {
    setDetail(null);
    setCounts({});
    setUnreadable(false);
    setError(null);
    setKey(uuid());
  };
  if (!key)
    return (
      <button type="button" className="btn btn--ghost btn--small" onClick={open} data-testid="sale-cancel">
        {t('sales.cancel')}
      </button>
    );

  const lines = detail ? returnable(detail) : [];
  const everything = lines.every((l) => counts[l.id] === l.left);
  const amount = everything ? left : lines.reduce((sum, l) => sum + (counts[l.id] ?? 0) * l.unitPrice, 0);
  // Nothing to confirm until the lines are read (an empty selection would have meant « everything »).
  const nothing = !detail || (lines.length > 0 && lines.every((l) => !counts[l.id]));

  const confirm = async () => {
    setBusy(true);
    setError(null);
    // Everything left is the sale's refund as before; fewer units name each line.
    const body = everything ? {} : { lines: lines.filter((l) => counts[l.id] > 0).map((l) => ({ lineId: l.id, quantity: counts[l.id] })) };
    try {
      await api(`/api/sales/${sale.id}/refund`, { method: 'POST', body, headers: { 'Idempotency-Key': key } });
      setKey(null);
      onCancelled();
    } catch (err) {
      setError(err instanceof ApiError && err.status === 403 ? 'sales.cancelForbidden' : 'sales.cancelFailed');
    } finally {
      setBusy(false);
    }
  };
  const close = () => setKey(null);
  return (
    <span className="sale-cancel" role="group" aria-label={t('sales.cancel')}>
      {/* A sale of more than one unit: how many of each come back (all by default). */}
      {lines.length > 0 && (lines.length > 1 || lines[0].left > 1) && (
        <span className="sale-return-lines" data-testid="sale-return-lines">
          {lines.map((l) => (
            <label key={l.id}>
              <bdi dir="auto">{productName(l.product, lang)}</bdi>
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={l.left}
                value={counts[l.id] ?? 0}
                aria-label={t('sales.returnQuantity', { product: productName(l.product, lang) })}
                onChange={(e) => {
                  const n = Math.trunc(Number(e.target.value));
                  setCounts((c) => ({ ...c, [l.id]: Number.isFinite(n) ? Math.min(Math.max(n, 0), l.left) : 0 }));
                  // Another selection is another request: a new Idempotency-Key (the old one answered « key reused »).
                  setKey(uuid());
                }}
              />
              <span className="muted">/ {l.left}</span>
            </label>
          ))}
        </span>
      )}
      <span>
        {everything
          ? t('sales.cancelConfirm', { amount: formatMoney(left, lang) })
          : t('sales.returnConfirm', { amount: formatMoney(amount, lang) })}
      </span>
      <button
        type="button"
        className="btn btn--danger btn--small"
        disabled={busy || nothing}
        onClick={confirm}
        data-testid="sale-cancel-confirm"
      >
        {everything ? t('sales.cancelYes') : t('sales.returnYes')}
      </button>
      <button type="button" className="btn btn--ghost btn--small" disabled={busy} onClick={close}>
        {t('sales.cancelNo')}
      </button>
      {unreadable && (
        <span className="alert alert--error" role="alert">
          {t('sales.linesUnreadable')}
        </span>
      )}
      {error && (
        <span className="alert alert--error" role="alert">
          {t(error)}
        </span>
      )}
    </span>
  );
}
