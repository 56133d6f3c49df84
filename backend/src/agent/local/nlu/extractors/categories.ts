import type { ExpenseCategory, ProductCategory } from '@tajer/contract';
import { EXPENSE_CATEGORY_CUES, type CategoryCue } from '../lexicon/expense-categories';
import { MARKET_CATEGORY_CUES } from '../lexicon/market-categories';
import { cueRegex, foldForCues } from './cue-regex';

function compile<K extends string>(cues: CategoryCue<K>[]): { key: K; re: RegExp }[] {
  return cues.map((c) => ({ key: c.key, re: cueRegex([c.key, ...c.cues]) }));
}

const EXPENSE = compile(EXPENSE_CATEGORY_CUES);
/**
 * Every expense category's cues in one regex: a text it does not match holds none of them (an alternation matches where
 * any of its parts does), and most texts asked about — clauses, parts — hold none: their 17 regexes are then not run.
 */
const ANY_EXPENSE = cueRegex(EXPENSE_CATEGORY_CUES.flatMap((c) => [c.key, ...c.cues]));
const MARKET = compile(MARKET_CATEGORY_CUES);

export const CATEGORY_VALUE_REGEXES: readonly RegExp[] = [...EXPENSE, ...MARKET].map((c) => c.re);

function firstMatch<K extends string>(list: { key: K; re: RegExp }[], text: string): { key: K; raw: string; index: number } | undefined {
  const folded = foldForCues(text);
  let best: { key: K; raw: string; index: number } | undefined;
  for (const { key, re } of list) {
    const m = re.exec(folded);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.raw.length))) {
      best = { key, raw: m[0], index: m.index };
    }
  }
  return best;
}

/**
 * The last texts' expense categories: a message's is asked for several times a turn (the act's rules, the bill's
 * clauses, the slots, the notice), 17 regexes each time — 6 % of `understand`'s CPU. Bounded: 256 texts, emptied when
 * full.
 */
const EXPENSE_OF = new Map<string, ExpenseCategory | undefined>();

/** Expense category as its canonical French key ("sonelgaz", "الضو", "dho" → "électricité"). */
export function extractExpenseCategory(text: string): ExpenseCategory | undefined {
  if (EXPENSE_OF.has(text)) return EXPENSE_OF.get(text);
  const key = ANY_EXPENSE.test(foldForCues(text)) ? firstMatch(EXPENSE, text)?.key : undefined;
  if (EXPENSE_OF.size >= 256) EXPENSE_OF.clear();
  EXPENSE_OF.set(text, key);
  return key;
}

/** The shop's bills: a message naming one is about no product, and its « pas payé » is the bill's. */
const BILLS: ReadonlySet<string> = new Set(['loyer', 'électricité', 'gaz', 'internet', 'téléphone', 'taxes', 'assurance', 'banque']);
export const namesBill = (text: string): boolean => BILLS.has(extractExpenseCategory(text) ?? '');

/** Product category for market questions ("dairy", "الألبان" → "produits laitiers"). */
export function extractMarketCategory(text: string): ProductCategory | undefined {
  return firstMatch(MARKET, text)?.key;
}
