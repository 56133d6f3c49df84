import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DecidePayload } from '@tajer/contract';
import { setLanguage } from '../../../i18n';
import { MessageActionsContext } from '../components/MessageActions';
import type { ToolPart } from '../store/types';
import { ToolPartView } from './ToolPartView';
import { RESULTS } from './result-fixtures';

beforeAll(() => setLanguage('en', false));
afterEach(cleanup);

const part = (over: Partial<ToolPart>): ToolPart => ({
  type: 'tool',
  toolCallId: 't1',
  name: 'inventory_search',
  kind: 'read',
  args: {},
  state: 'succeeded',
  ...over,
});

function renderPart(
  p: ToolPart,
  decide?: (payload: DecidePayload) => Promise<{ ok: true; status: 'applied' }>,
  readOnly = false,
  ask?: (text: string) => void,
) {
  return render(
    <MessageActionsContext.Provider value={{ readOnly, decide, ask }}>
      <ToolPartView part={p} messageId="m1" />
    </MessageActionsContext.Provider>,
  );
}

describe('ToolPartView', () => {
  it('renders the custom stock table, low rows highlighted', () => {
    const { container } = renderPart(part({ result: RESULTS.inventory_search }));
    expect(screen.getByTestId('stock-table')).toBeTruthy();
    expect(container.querySelector('tr.row--low')?.textContent).toContain('Semolina 10kg');
  });

  it("shows a receipt draft's date like every other date of the app, not as an ISO day", () => {
    const { container } = renderPart(part({ name: 'expenses_scan_receipt', result: RESULTS.expenses_scan_receipt }));
    const fields = container.querySelector('dl')?.textContent ?? '';
    expect(fields).toContain('18 November 2026');
    expect(fields).not.toContain('2026-11-18');
  });

  it('renders every card from its tool’s result, in French, Arabic and English', () => {
    const CARD_IDS: Record<string, string> = {
      inventory_search: 'stock-table',
      dashboard_stats: 'kpi-tiles',
      market_competitors: 'competitors-card',
      expenses_scan_receipt: 'receipt-draft',
      marketing_generate_content: 'marketing-card',
      market_report: 'report-card',
      dashboard_insights: 'best-sellers-card',
      sales_record: 'sale-card',
      sales_list: 'sales-list-card',
      customers_credit: 'credit-card',
    };
    for (const lang of ['fr', 'ar', 'en'] as const) {
      setLanguage(lang, false);
      for (const [name, result] of Object.entries(RESULTS)) {
        renderPart(part({ name, result }));
        expect(screen.getByTestId(CARD_IDS[name]), `${name} in ${lang}`).toBeTruthy();
        cleanup();
      }
    }
    setLanguage('en', false);
    renderPart(part({ name: 'dashboard_stats', result: RESULTS.dashboard_stats }));
    const revenue = document.querySelector('[data-kpi="revenue"]')?.textContent ?? '';
    expect(revenue.replace(/[\u00a0\u202f\u2066-\u2069]/g, ' ')).toContain('DZD 120,000');
    expect(document.querySelector('[data-kpi="grossMarginRate"] .kpi__value')?.textContent).toBe('25%');
  });

  it('a debt run up today reads « today », never « 0 days », in each language', () => {
    const result = {
      ...RESULTS.customers_credit,
      customers: [{ id: 'c1', name: 'Karim', balance: 2700, daysOutstanding: 0, overLimit: false }],
      totalOwed: 2700,
      count: 1,
    };
    for (const [lang, today] of [
      ['fr', 'aujourd’hui'],
      ['ar', 'اليوم'],
      ['en', 'today'],
    ] as const) {
      setLanguage(lang, false);
      renderPart(part({ name: 'customers_credit', result }));
      const cells = [...screen.getByTestId('credit-card').querySelectorAll('td')].map((td) => td.textContent);
      expect(cells[1], lang).toBe(today);
      cleanup();
    }
    setLanguage('en', false);
  });

  it('never shows a figure from a result its schema refuses: the generic card, with the tool’s own summary', () => {
    const drifted = { ...RESULTS.dashboard_stats, revenue: undefined, totalRevenue: 999999 };
    renderPart(part({ name: 'dashboard_stats', result: drifted, summary: 'Revenue this month: DZD 120,000' }));
    expect(screen.queryByTestId('kpi-tiles')).toBeNull();
    expect(screen.getByTestId('tool-card').textContent).toContain('Revenue this month: DZD 120,000');
  });

  it('falls back to the generic card when the result shape is unknown', () => {
    const { container } = renderPart(part({ result: { unexpected: true } }));
    expect(screen.queryByTestId('stock-table')).toBeNull();
    const raw = [...container.querySelectorAll('pre')].map((p) => p.textContent).join('\n');
    expect(raw).toContain('"unexpected": true');
  });

  it('shows a failed tool with its error', () => {
    renderPart(part({ name: 'some_plugin_tool', state: 'failed', error: 'boom' }));
    expect(screen.getByRole('alert').textContent).toBe('boom');
    expect(screen.getByTestId('tool-card').dataset.state).toBe('failed');
  });

  const proposal = part({
    name: 'inventory_adjust',
    kind: 'write',
    state: 'awaiting-approval',
    args: { product: 'Semoule 10kg', quantity: 10 },
    proposal: {
      summary: 'Semoule 10kg : 42 → 52',
      changes: [{ field: 'stock', label: 'Stock', before: 42, after: 52 }],
      editable: ['quantity'],
    },
  });

  it('approves as proposed', async () => {
    const decide = vi.fn(async () => ({ ok: true as const, status: 'applied' as const }));
    renderPart(proposal, decide);
    expect(screen.getByTestId('approval-summary').textContent).toBe('Semoule 10kg : 42 → 52');
    fireEvent.click(screen.getByTestId('approve-button'));
    expect(decide).toHaveBeenCalledWith({ toolCallId: 't1', decision: 'approve' });
  });

  it('sends edited arguments with their original types', () => {
    const decide = vi.fn(async () => ({ ok: true as const, status: 'applied' as const }));
    renderPart(proposal, decide);
    fireEvent.click(screen.getByTestId('edit-button'));
    fireEvent.change(screen.getByTestId('field-quantity'), { target: { value: '12' } });
    fireEvent.click(screen.getByTestId('approve-button'));
    expect(decide).toHaveBeenCalledWith({ toolCallId: 't1', decision: 'edit', args: { product: 'Semoule 10kg', quantity: 12 } });
  });

  it('rejects', () => {
    const decide = vi.fn(async () => ({ ok: true as const, status: 'applied' as const }));
    renderPart(proposal, decide);
    fireEvent.click(screen.getByTestId('reject-button'));
    expect(decide).toHaveBeenCalledWith({ toolCallId: 't1', decision: 'reject' });
  });

  it('has no decision buttons read-only (support console) and shows the outcome once decided', () => {
    renderPart(proposal, undefined, true);
    expect(screen.queryByTestId('approve-button')).toBeNull();
    cleanup();
    renderPart({ ...proposal, state: 'rejected' });
    expect(screen.getByTestId('approval-outcome').textContent).toMatch(/nothing was changed/);
  });

  it('says a card a correction replaced was replaced, with no decision buttons', () => {
    renderPart({ ...proposal, state: 'rejected', result: { replacedBy: 't2' } });
    expect(screen.getByTestId('approval-outcome').textContent).toMatch(/Replaced by your correction/);
    expect(screen.queryByTestId('approve-button')).toBeNull();
  });

  it('shows a tool that stopped to ask as a question with buttons, never as a failure with raw data', () => {
    const ask = vi.fn();
    const asking = part({
      name: 'inventory_adjust',
      kind: 'write',
      state: 'failed',
      args: { product: 'huile', quantity: 6 },
      error: 'Several products match “huile”. Which one do you mean?',
      clarification: {
        question: 'Several products match “huile”. Which one do you mean?',
        choices: [
          { label: 'Elio cooking oil 5L', text: 'Elio cooking oil 5L' },
          { label: 'Elio cooking oil 2L', text: 'Elio cooking oil 2L' },
        ],
      },
    });
    const { container } = renderPart(asking, undefined, false, ask);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.querySelector('pre')).toBeNull();
    expect(screen.getByTestId('tool-card').dataset.state).toBe('asking');
    const buttons = screen.getAllByTestId('choice');
    expect(buttons.map((b) => b.textContent)).toEqual(['Elio cooking oil 5L', 'Elio cooking oil 2L']);
    fireEvent.click(buttons[0]);
    expect(ask).toHaveBeenCalledWith('Elio cooking oil 5L');
    // One answer per question: the buttons are done once one was tapped.
    expect((buttons[1] as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    // The support console shows the question and its choices, without sending anything.
    renderPart(asking, undefined, true, ask);
    expect((screen.getAllByTestId('choice')[0] as HTMLButtonElement).disabled).toBe(true);
  });
});
