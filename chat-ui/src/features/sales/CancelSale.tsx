import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@tajer/contract';
import { useLang } from '../../i18n';
import { api, ApiError } from '../../lib/http';
import { uuid } from '../../lib/ids';
import type { SaleView } from './sales-types';

/**
 * Undo a sale typed by mistake: the whole of what is not yet given back is refunded (a refund row of its own, the goods
 * back on the shelf, a credit sale's debt lowered) — the sale itself is never deleted, so the day's history stays true.
 * Two steps, because it moves money and stock; the Idempotency-Key is drawn when the owner opens the confirmation, so
 * a retry after a lost answer refunds once.
 */
export function CancelSale({ sale, onCancelled }: { sale: SaleView; onCancelled: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [key, setKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const left = sale.total + (sale.refunds ?? []).reduce((sum, r) => sum + r.total, 0);

  if (left <= 0) return <span className="badge badge--refund">{t('sales.cancelled')}</span>;
  if (!key)
    return (
      <button type="button" className="btn btn--ghost btn--small" onClick={() => setKey(uuid())} data-testid="sale-cancel">
        {t('sales.cancel')}
      </button>
    );

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/sales/${sale.id}/refund`, { method: 'POST', body: {}, headers: { 'Idempotency-Key': key } });
      setKey(null);
      onCancelled();
    } catch (err) {
      setError(err instanceof ApiError && err.status === 403 ? 'sales.cancelForbidden' : 'sales.cancelFailed');
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="sale-cancel" role="group" aria-label={t('sales.cancel')}>
      <span>{t('sales.cancelConfirm', { amount: formatMoney(left, lang) })}</span>
      <button type="button" className="btn btn--danger btn--small" disabled={busy} onClick={confirm} data-testid="sale-cancel-confirm">
        {t('sales.cancelYes')}
      </button>
      <button type="button" className="btn btn--ghost btn--small" disabled={busy} onClick={() => setKey(null)}>
        {t('sales.cancelNo')}
      </button>
      {error && (
        <span className="alert alert--error" role="alert">
          {t(error)}
        </span>
      )}
    </span>
  );
}
