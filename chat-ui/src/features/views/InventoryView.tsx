import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { Link } from '../../lib/router';
import { z } from 'zod';
import { can, StockViewSchema } from '@tajer/contract';
import { useSession } from '../auth/session-store';
import { PriceButton, PriceEditor, type PricedRow } from './PriceCell';
import { stockRows, StockTable } from '../chat/tool-cards/InventoryCard';
import { useApi } from './useApi';
import { askInChat, ViewFrame } from './ViewFrame';

/**
 * GET /api/inventory: products with their stock and shelf price (the product view of the tools' results), and a
 * relevance score that is null when nothing was searched.
 */
const InventoryList = z.object({
  items: z.array(StockViewSchema.extend({ price: z.number(), cost: z.number().nullish(), score: z.number().nullish() })),
});

export default function InventoryView() {
  const { t } = useTranslation();
  const lang = useLang();
  const [q, setQ] = useState('');
  const [lowOnly, setLowOnly] = useState(false);
  // The owner changes a shelf price here (staff see it); the chat sends « le prix du sucre passe à 150 DA » here.
  const mayEdit = can(useSession()?.user.role, 'catalogue.edit');
  const [editing, setEditing] = useState<PricedRow | null>(null);
  const query = useDeferredValue(q);
  const inventory = useApi<unknown>('/api/inventory', { q: query || undefined, lowStockOnly: lowOnly || undefined });
  const list = inventory.data ? InventoryList.safeParse(inventory.data) : null;
  const parsed = list?.success ? stockRows(list.data.items, lang) : null;
  return (
    <ViewFrame
      title={t('nav.inventory')}
      testId="inventory-view"
      loading={inventory.loading}
      error={inventory.error}
      onRetry={inventory.reload}
      actions={
        <>
          <Link to="/inventory/import" className="btn" data-testid="open-import">
            {t('import.open')}
          </Link>
          <button type="button" className="btn" onClick={() => askInChat(t('views.askRestock'))}>
            {t('views.askInChat')}
          </button>
        </>
      }
    >
      <div className="filters">
        <label className="inline-field">
          <span className="sr-only">{t('inventory.search')}</span>
          <input
            type="search"
            value={q}
            placeholder={t('inventory.search')}
            onChange={(e) => setQ(e.target.value)}
            dir="auto"
            data-testid="inventory-search"
          />
        </label>
        <label className="inline-field">
          <input type="checkbox" checked={lowOnly} onChange={(e) => setLowOnly(e.target.checked)} data-testid="low-stock-only" />
          <span>{t('inventory.lowOnly')}</span>
        </label>
      </div>
      {editing && (
        <PriceEditor
          key={editing.id}
          row={editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) inventory.reload();
          }}
        />
      )}
      {parsed && (
        <StockTable
          rows={parsed}
          priceCell={
            mayEdit
              ? (row) =>
                  row.id && row.price !== undefined && <PriceButton row={{ ...row, id: row.id, price: row.price }} onEdit={setEditing} />
              : undefined
          }
        />
      )}
    </ViewFrame>
  );
}
