import { editDistance, SIZE_UNIT_WORDS, sizeUnit, STOP_WORDS } from '@tajer/contract';
import { searchTokens } from '../../common/text/search-text';

/**
 * Matches the text read on a product label (OCR) against the catalogue. A label carries the product's words among many
 * others (brand slogans, ingredients, addresses) and the catalogue name carries words the label may not print (a
 * grade, a brand abbreviation), so neither side can be required to contain the other. Each product name is scored on
 * both coverages, with words weighted by how rare they are in the catalogue (IDF: "semoule" or "10kg" identify a
 * product, "de" or "1kg" hardly do):
 * - nameCoverage: the share of the name's weight found on the label;
 * - labelCoverage: the share of the label's *catalogue* words (label words that occur in some product name) that
 *   belong to this name — words found in no product ("extra", "qualité") are ignored rather than counted against.
 * The score is their mean. OCR misreads are tolerated: words of 4+ letters match with one edit per 4 letters;
 * words with digits (sizes, weights) must match exactly, since "1kg" and "10kg" are different products.
 */

export interface LabelCandidate {
  id: string;
  names: (string | null)[];
}

export interface LabelMatch {
  id: string;
  /** 0..1 */
  score: number;
  /** The catalogue words found on the label, as normalised text. */
  matchedWords: string[];
}

/** Words a label prints around the name that name nothing, besides the function words: "sans" (sucre), "x" (6). */
const LABEL_FILLERS = new Set(['sans', 'x']);

const informative = (w: string) => w.length > 1 && !STOP_WORDS.has(w) && !LABEL_FILLERS.has(w);

/**
 * The contract's size units (`SIZE_UNIT_WORDS`) as they come out of search normalisation (Arabic كغ → "kgh", غ → "gh",
 * لتر → "ltr"), by canonical spelling. Not `sizeTokens` itself: a label is matched on its normalised words, where a
 * size printed apart (« 5 L ») is two words to join.
 */
const UNITS: ReadonlyMap<string, string> = new Map(
  SIZE_UNIT_WORDS.flatMap((word) => {
    const [normalised, ...more] = searchTokens(word);
    return normalised && !more.length ? [[normalised, sizeUnit(word)!] as const] : [];
  }),
);

/** Words of a text, with a size printed apart ("5 L", "250 g", "10 كغ") joined into one word ("5l", "250g", "10kg"). */
export function labelWords(text: string): string[] {
  const words = searchTokens(text);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const unit = UNITS.get(words[i + 1]);
    if (/^\d+$/.test(words[i]) && unit) {
      out.push(words[i] + unit);
      i++;
    } else {
      out.push(words[i]);
    }
  }
  return out;
}

/** Similarity of two normalised words, 0..1: 1 when equal, OCR-tolerant for long words, 0 otherwise. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  const longest = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < 4) return 0;
  const allowed = Math.floor(longest / 4);
  const distance = editDistance(a, b);
  return distance <= allowed ? 1 - distance / longest : 0;
}

const labelWordsOf = (text: string) => labelWords(text).filter(informative);

export function matchLabelText(
  text: string,
  candidates: LabelCandidate[],
  options: { minScore?: number; limit?: number } = {},
): LabelMatch[] {
  const minScore = options.minScore ?? 0.4;
  const labelWords = [...new Set(labelWordsOf(text))];
  if (!labelWords.length || !candidates.length) return [];

  const names = candidates.map((c) => ({
    id: c.id,
    names: c.names.filter((n): n is string => !!n).map((n) => [...new Set(labelWordsOf(n))]),
  }));

  // IDF over products (a word counts once per product, whatever the language it appears in).
  const df = new Map<string, number>();
  for (const c of names) for (const w of new Set(c.names.flat())) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + candidates.length / (df.get(w) ?? 1));

  // Label words that are catalogue words (up to OCR errors), with the catalogue word they stand for.
  // Also, for each catalogue word, how well the label shows it (one pass over vocabulary × label words).
  const vocabulary = [...df.keys()];
  const labelVocab = new Map<string, { word: string; sim: number }>();
  const onLabel = new Map<string, number>();
  for (const lw of labelWords) {
    let best: { word: string; sim: number } | null = null;
    for (const v of vocabulary) {
      const sim = wordSimilarity(lw, v);
      if (sim === 0) continue;
      if (!best || sim > best.sim) best = { word: v, sim };
      if (sim > (onLabel.get(v) ?? 0)) onLabel.set(v, sim);
    }
    if (best) labelVocab.set(lw, best);
  }
  const labelWeight = [...labelVocab.values()].reduce((s, m) => s + idf(m.word) * m.sim, 0);
  if (labelWeight === 0) return [];

  const results: LabelMatch[] = [];
  for (const c of names) {
    let best: LabelMatch | null = null;
    for (const words of c.names) {
      if (!words.length) continue;
      const set = new Set(words);
      let nameWeight = 0;
      let nameFound = 0;
      const matched: string[] = [];
      for (const w of words) {
        const weight = idf(w);
        nameWeight += weight;
        const found = onLabel.get(w) ?? 0;
        if (found > 0) {
          nameFound += weight * found;
          matched.push(w);
        }
      }
      let labelFound = 0;
      for (const m of labelVocab.values()) if (set.has(m.word)) labelFound += idf(m.word) * m.sim;
      const score = (nameFound / nameWeight + labelFound / labelWeight) / 2;
      if (!best || score > best.score) best = { id: c.id, score: Math.round(score * 100) / 100, matchedWords: matched };
    }
    if (best && best.score >= minScore) results.push(best);
  }
  return results.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 5);
}
