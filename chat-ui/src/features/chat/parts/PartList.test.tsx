import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MessagePart } from '@tajer/contract';
import { setLanguage } from '../../../i18n';
import { MessageActionsContext } from '../components/MessageActions';
import { PartList } from './PartList';

beforeAll(() => setLanguage('ar', false));
afterEach(cleanup);

const renderParts = (parts: MessagePart[], lang?: 'fr' | 'ar' | 'en') =>
  render(
    <MessageActionsContext.Provider value={{ readOnly: true }}>
      <PartList parts={parts} messageId="m1" lang={lang} />
    </MessageActionsContext.Provider>,
  );

const stock: MessagePart = {
  type: 'tool',
  toolCallId: 't1',
  name: 'inventory_search',
  kind: 'read',
  args: { query: 'sucre' },
  state: 'succeeded',
  summary: 'Il vous reste **90 paquets** de Sucre blanc 1kg.',
  result: {
    query: 'sucre',
    lowStockOnly: false,
    total: 1,
    lowStockCount: 0,
    items: [
      {
        id: 'p1',
        names: { fr: 'Sucre blanc 1kg', ar: 'سكر أبيض 1 كغ', en: 'White sugar 1kg' },
        stock: 90,
        unit: 'paquet',
        reorderThreshold: 40,
        lowStock: false,
      },
    ],
  },
};

describe('PartList', () => {
  it('shows a card in the language of its answer, not the page’s (Darija in Latin letters is answered in French)', () => {
    const { container } = renderParts([stock, { type: 'text', text: 'Il vous reste **90 paquets** de Sucre blanc 1kg.' }], 'fr');
    const card = screen.getByTestId('tool-card');
    expect(card.closest('[lang]')?.getAttribute('lang')).toBe('fr');
    expect(card.closest('[dir]')?.getAttribute('dir')).toBe('ltr');
    // What the card says (its header and table; the raw JSON under « Détails » holds every language).
    const said = `${card.querySelector('.tool__header')?.textContent} ${screen.getByTestId('stock-table').textContent}`;
    expect(said).toContain('Sucre blanc 1kg');
    expect(said).toContain('90 paquets');
    expect(said).toContain('Recherche de stock');
    expect(said).not.toMatch(/[\u0600-\u06FF]/);
    // The page itself stays Arabic.
    expect(container.ownerDocument.documentElement.dir).toBe('rtl');
  });

  it('shows an Arabic answer’s card in Arabic, units included', () => {
    renderParts([stock, { type: 'text', text: 'بقي لديك 90 عبوة من سكر أبيض 1 كغ' }], 'ar');
    const table = screen.getByTestId('stock-table').textContent;
    expect(table).toContain('سكر أبيض 1 كغ');
    expect(table).toContain('90 عبوة');
    expect(table).not.toMatch(/paquet/);
  });

  it('says a summary once: not in the card when the answer below repeats it word for word', () => {
    const generic: MessagePart = {
      type: 'tool',
      toolCallId: 't2',
      name: 'expenses_list',
      kind: 'read',
      args: {},
      state: 'succeeded',
      summary: 'Ce mois-ci, vous avez dépensé **992 839 DA**.',
    };
    const { container } = renderParts([generic, { type: 'text', text: 'Ce mois-ci, vous avez dépensé **992 839 DA**.' }], 'fr');
    expect(container.querySelectorAll('.tool__summary')).toHaveLength(0);
    expect(container.textContent?.match(/992 839 DA/g)).toHaveLength(1);
    cleanup();
    // An answer that says something else keeps the card's summary.
    const other = renderParts([generic, { type: 'text', text: 'Voici vos dépenses.' }], 'fr');
    expect(other.container.querySelectorAll('.tool__summary')).toHaveLength(1);
  });
});
