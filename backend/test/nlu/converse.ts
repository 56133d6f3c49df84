import type { HistoryTurn, Nlu, UnderstandResult } from '../../src/agent/local/nlu';
import { TEST_CATALOG } from './fixtures/catalog';

/**
 * The clock every reading in these tests is made at (Wednesday 18 November 2026, 10:00 UTC): weekdays, « hier » and « depuis
 * lundi » are read against it, never against today (« depuis lundi » passed on Mondays only).
 */
export const NLU_NOW = new Date('2026-11-18T10:00:00Z');

/**
 * A conversation read turn by turn, each turn's reading in the history of the next (as the offline model keeps it):
 * `status` is the card each reading left (« awaiting_approval » for the write suites' proposals).
 */
export function conversation(
  ask: (text: string, history: HistoryTurn[]) => UnderstandResult,
  status?: HistoryTurn['status'],
): (...turns: string[]) => UnderstandResult {
  return (...turns) => {
    const history: HistoryTurn[] = [];
    let last!: UnderstandResult;
    for (const text of turns) {
      last = ask(text, history);
      history.push({ role: 'user', text, intent: last.intent, args: last.args, ...(status ? { status } : {}) });
    }
    return last;
  };
}

/** One message read alone, on the test catalogue. */
export const readAlone = (nlu: Nlu, text: string): UnderstandResult => nlu.understand({ now: NLU_NOW, text, catalog: TEST_CATALOG });

/** The message read after a card (or a read) of `intent` with `args`, proposed for `first`. */
export const readAfter = (nlu: Nlu, first: string, intent: string, args: Record<string, unknown>, text: string): UnderstandResult =>
  nlu.understand({
    now: NLU_NOW,
    text,
    catalog: TEST_CATALOG,
    history: [
      { role: 'user', text: first },
      { role: 'assistant', text: '…', intent, args },
    ],
  });

/** The tools that write what a message tells (a card the owner approves). */
export const WRITE_TOOLS = [
  'expenses_add',
  'sales_daily_total',
  'customers_payment',
  'customers_credit_add',
  'sales_record',
  'inventory_adjust',
];

/** Nothing is proposed: no write tool, or one whose figure is asked. */
export const writesNothing = (r: UnderstandResult): boolean => !WRITE_TOOLS.includes(r.intent ?? '') || r.missing.length > 0;
