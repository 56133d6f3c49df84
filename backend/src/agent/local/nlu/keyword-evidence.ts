import { cueRegex, foldForCues } from './extractors/cue-regex';
import { RUNNING_OUT } from './extractors/cues';
import { extractNumbers } from './extractors/numbers';
import type { ToolSlots } from '@tajer/tools';

/** A tool and the words that name it almost on their own (its slots hook's `keywords`). */
export type KeywordCues = readonly (readonly [string, RegExp])[];

/** The keyword cues of the tools that declare some, compiled once (when the classifier is trained). */
export function keywordCuesOf(tools: readonly { name: string; slots?: ToolSlots }[]): KeywordCues {
  return tools.filter((t) => t.slots?.keywords?.length).map((t) => [t.name, cueRegex(t.slots!.keywords!)] as const);
}

/** Stock running out: an inventory question unless alerts are named. */
const LOW_STOCK = cueRegex([...RUNNING_OUT, 'low on stock', 'قربت تكمل']);
/** Words of spending (« dépenses », « spent », « مصاريف », « masrouf »): an expense question or a compare of expenses. */
export const EXPENSE_WORDS = cueRegex([
  'dépense',
  'dépenses',
  'dépensé',
  'frais',
  'charges',
  'expense',
  'expenses',
  'spent',
  'spend',
  'مصروف',
  'مصاريف',
  'المصاريف',
  'أنفقت',
  'انفقت',
  'صرفت',
  'نفقات',
  'masrouf',
  'masarif',
  'sraft',
]);

export const KEYWORD_WEIGHT = 0.25;

/**
 * Light keyword evidence added to the classifier's scores: a few words decide an intent almost on their own in this
 * domain ("concurrents", "rupture", "تنبيه"), whatever the rest of the sentence. It only breaks ties the statistical
 * models leave open. The tools' own words come from their folders; the two below weigh between two tools.
 */
export function keywordEvidence(text: string, cues: KeywordCues): Map<string, number> {
  const folded = foldForCues(text);
  const out = new Map<string, number>();
  for (const [intent, re] of cues) if (re.test(folded)) out.set(intent, KEYWORD_WEIGHT);
  if (LOW_STOCK.test(folded) && !out.has('dashboard_alerts')) out.set('inventory_search', KEYWORD_WEIGHT);
  if (EXPENSE_WORDS.test(folded)) {
    const amount = extractNumbers(text).some((n) => !n.weak && (n.currency || n.value >= 50));
    out.set(amount ? 'expenses_add' : 'expenses_list', KEYWORD_WEIGHT);
  }
  return out;
}
