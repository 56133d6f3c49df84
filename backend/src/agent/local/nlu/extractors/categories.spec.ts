import { EXPENSE_CATEGORY_CUES } from '../lexicon/expense-categories';
import { CATEGORY_VALUE_REGEXES, extractExpenseCategory } from './categories';
import { foldForCues } from './cue-regex';

/** The category as every category's own regex reads it: the earliest mention, the longest where two start together. */
function byEachRegex(text: string): string | undefined {
  const folded = foldForCues(text);
  let best: { key: string; raw: string; index: number } | undefined;
  EXPENSE_CATEGORY_CUES.forEach(({ key }, i) => {
    const m = CATEGORY_VALUE_REGEXES[i].exec(folded);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.raw.length)))
      best = { key, raw: m[0], index: m.index };
  });
  return best?.key;
}

describe('extractExpenseCategory', () => {
  const texts = [
    ...EXPENSE_CATEGORY_CUES.flatMap((c) => c.cues.flatMap((cue) => [`j'ai payé ${cue} 4500`, `w${cue}`, `${cue}s et le loyer`])),
    'la recette 20000',
    'combien de semoule en stock ?',
    'Bonjour',
    '',
  ];

  it("reads every text as the categories' own regexes read it, the one regex of all their cues tried first", () => {
    let found = 0;
    for (const text of texts) {
      expect(extractExpenseCategory(text)).toBe(byEachRegex(text));
      if (byEachRegex(text)) found += 1;
    }
    expect(found).toBeGreaterThan(texts.length / 2);
  });
});
