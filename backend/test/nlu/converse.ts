import type { HistoryTurn, UnderstandResult } from '../../src/agent/local/nlu';

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
