import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, parseTypedAmount } from '@tajer/contract';
import { useLang } from '../../i18n';
import { api, ApiError } from '../../lib/http';
import type { StockRow } from '../chat/tool-cards/InventoryCard';

export type PricedRow = StockRow & { id: string; price: number };

/** The shelf price in the stock table, as a button that opens the price editor above the table. */
export function PriceButton({ row, onEdit }: { row: PricedRow; onEdit: (row: PricedRow) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => onEdit(row)}
      aria-label={t('inventory.editPrice', { product: row.name })}
      data-testid="price-edit"
    >
      {formatMoney(row.price, lang, { exact: true })} ✎
    </button>
  );
}

/**
 * A shelf price the owner changes where he sees it (PATCH /api/inventory/products/:id): « le prix du sucre passe à
 * 150 DA » is daily life, and the chat sends him here for it. Shown above the table, the product named, so a phone
 * keeps the name, the field and the buttons in view. The amount is read like every amount typed in the app (« 1.200 »
 * is twelve hundred); no price, or 0, is refused before anything is sent.
 */
export function PriceEditor({ row, onDone }: { row: PricedRow; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [value, setValue] = useState(String(row.price));
  // The purchase cost beside it: without it the product's sales have no margin, and the assistant sends the owner here.
  const [cost, setCost] = useState(row.cost === null || row.cost === undefined ? '' : String(row.cost));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ key: string; amount?: string } | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const price = parseTypedAmount(value);
    if (price === null || price <= 0) {
      setError({ key: 'inventory.invalidPrice', amount: value.trim() });
      return;
    }
    // Left empty, the cost is not sent (unknown stays unknown); typed, it must be an amount.
    const typedCost = cost.trim() ? parseTypedAmount(cost) : undefined;
    if (typedCost === null || (typedCost !== undefined && typedCost < 0)) {
      setError({ key: 'inventory.invalidCost', amount: cost.trim() });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const round = (n: number) => Math.round(n * 100) / 100;
      await api(`/api/inventory/products/${row.id}`, {
        method: 'PATCH',
        body: { price: round(price), ...(typedCost !== undefined ? { cost: round(typedCost) } : {}) },
      });
      onDone(true);
    } catch (err) {
      setError({ key: err instanceof ApiError && err.status === 403 ? 'inventory.priceForbidden' : 'inventory.priceFailed' });
      setBusy(false);
    }
  };
  return (
    <form className="price-edit" onSubmit={save} data-testid="price-editor">
      <AmountField
        label={t('inventory.newPrice', { product: row.name })}
        hint={t('inventory.currentPrice', { amount: formatMoney(row.price, lang, { exact: true }) })}
        value={value}
        onChange={(v) => {
          setValue(v);
          setError(null);
        }}
        testId="price-input"
        autoFocus
      />
      <AmountField
        label={t('inventory.cost')}
        hint={row.cost === null || row.cost === undefined ? t('inventory.costUnknown') : undefined}
        value={cost}
        onChange={(v) => {
          setCost(v);
          setError(null);
        }}
        testId="cost-input"
      />
      <div className="price-edit__actions">
        <button type="submit" className="btn btn--primary" disabled={busy || !value.trim()} data-testid="price-save">
          {t('inventory.savePrice')}
        </button>
        <button type="button" className="btn btn--ghost" disabled={busy} onClick={() => onDone(false)}>
          {t('inventory.cancelPrice')}
        </button>
      </div>
      {error && (
        <p className="alert alert--error" role="alert" data-testid="price-error">
          {t(error.key, { amount: error.amount })}
        </p>
      )}
    </form>
  );
}

/** One amount typed in the editor: its label, a muted hint beside it, a decimal keyboard on phones. */
function AmountField(props: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  autoFocus?: boolean;
}) {
  return (
    <label>
      <span>{props.label}</span>
      {props.hint && <span className="muted"> {props.hint}</span>}
      <input
        inputMode="decimal"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
        autoFocus={props.autoFocus}
      />
    </label>
  );
}
