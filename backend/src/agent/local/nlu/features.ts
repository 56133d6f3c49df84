import { StemmerEn } from '@nlpjs/lang-en';
import { StemmerFr } from '@nlpjs/lang-fr';
import { extractNumbers } from './extractors/numbers';
import { foldForCues } from './extractors/cue-regex';
import { arabicLightStem, fold, isArabicWord, stripArabicPrefix, tokenize } from './normalize';
import type { NluLang } from './types';

const stemFr = new StemmerFr();
const stemEn = new StemmerEn();

/** Function words that carry no intent in any of the languages; kept out of the feature space. */
const STOPWORDS = new Set(
  (
    'le la les l un une des de du d et a au aux en ce cet cette ces se s y me m te t moi toi ' +
    'the a an of to in on at for is are be it this that and or ' +
    'و في من على علي الى إلى ان أن هذا هذه هاد هادي ذلك ما هي هو التي الذي الذين هل لي عن'
  ).split(' '),
);

const PREFIX = 4;

export interface FeatureContext {
  lang: NluLang;
  /** Folded product words (concepts, catalogue head words): replaced by one `#product` feature. */
  productWords: ReadonlySet<string>;
}

/**
 * The words stemmed so far, by language: a message's words are stemmed again for each part and each classification
 * (the stemmers and the fold were 4 % of `understand`'s CPU). Bounded: 4,096 words, emptied when full (≈ 0.5 MB).
 */
const STEMS = new Map<string, string>();

function stemLatin(word: string, lang: NluLang): string {
  const key = `${lang} ${word}`;
  let stem = STEMS.get(key);
  if (stem === undefined) {
    stem = fold(lang === 'en' ? stemEn.stemWord(word) : stemFr.stemWord(word));
    if (STEMS.size >= 4096) STEMS.clear();
    STEMS.set(key, stem);
  }
  return stem;
}

/**
 * Bag of features for the intent network: light stems in every script, plus placeholders for the
 * slots (numbers, money, products) so that "ajoute 30 sucre" and "ajoute 12 farine" look alike.
 */
export function featuresOf(text: string, ctx: FeatureContext): Record<string, number> {
  const features: Record<string, number> = {};
  const numbers = extractNumbers(text);
  let folded = foldForCues(text);
  for (const n of numbers) {
    if (n.weak) continue;
    features['#num'] = 1;
    if (n.currency) features['#money'] = 1;
  }
  // Blank the numbers out (same length, so offsets stay valid) before reading the words.
  for (const n of numbers.filter((x) => !x.weak)) folded = folded.slice(0, n.start) + ' '.repeat(n.end - n.start) + folded.slice(n.end);
  const tokens = tokenize(folded).map((t) => t.text);
  for (const raw of tokens) {
    if (STOPWORDS.has(raw)) continue;
    const arabic = isArabicWord(raw);
    const bare = arabic ? stripArabicPrefix(raw, 2) : raw;
    if (ctx.productWords.has(raw) || ctx.productWords.has(bare)) {
      features['#product'] = 1;
      continue;
    }
    let stem: string;
    if (arabic) {
      stem = arabicLightStem(raw);
      features[bare] = 1;
    } else if (/\d/.test(raw)) {
      stem = raw; // Arabizi: "3andi", "9ahwa" are not French words
    } else {
      stem = stemLatin(raw, ctx.lang);
    }
    features[stem] = 1;
    // A four-letter prefix ties together forms the stemmers miss ("dépensé"/"dépenses", Darija spellings).
    // Bigrams were tried and dropped: they lowered 5-fold cross-validated accuracy on the examples.
    if (stem.length > PREFIX) features[`~${stem.slice(0, PREFIX)}`] = 1;
  }
  return features;
}
