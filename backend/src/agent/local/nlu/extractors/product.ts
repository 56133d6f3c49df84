import { PRODUCT_CONCEPTS, sizesContradict, sizeTokens, varietyAfter, varietyBefore, type ProductConcept } from '@tajer/contract';
import { editDistance, fold, isArabicWord, stripArabicPrefix, tokenize, typoBudget } from '../normalize';
import type { CatalogEntry, NluLang } from '../types';
import { cueRegex, foldForCues } from './cue-regex';

/** Words inside product names that never identify a product on their own. */
const NAME_STOPWORDS = new Set(
  (
    'de du des d la le les l en au aux a et the of in with and x pour sans avec ' +
    'kg g gr l ml cl litre litres kilo pcs pieces piece unite unites pack ' +
    'كغ غ لتر مل قطعه قطع من مع في'
  ).split(' '),
);

/** A word of the text as the matcher compares it: singular key, folded form, and whether it is a size ("5l"). */
interface TextToken {
  key: string;
  raw: string;
  weight: number;
  start: number;
  end: number;
  size?: boolean;
}

export interface ProductCandidate {
  entry: CatalogEntry;
  score: number;
}

export interface ProductMatch {
  /** The words as the user typed them (folded). */
  mention: string;
  /** The concept word in the answer language ("huile" for "zit"), or the mention when no concept is known. */
  canonical: string;
  concept?: ProductConcept;
  /** Best catalogue entries, best first; several when the mention is ambiguous ("huile": 5L or 2L). */
  candidates: ProductCandidate[];
  /** The one catalogue entry meant, when it stands out. */
  entry?: CatalogEntry;
  /** Offsets of the mention in the folded text. */
  start: number;
  end: number;
  /** Offsets of every word of the text that belongs to the product's name (brand, size…), the mention included. */
  extent: { start: number; end: number };
}

interface IndexedToken {
  token: string;
  head: boolean;
}

interface IndexedName {
  tokens: IndexedToken[];
}

interface IndexedEntry {
  entry: CatalogEntry;
  names: IndexedName[];
  /** Its names and aliases as a text spells them (folded), to know one written out in full. */
  spelt: string[];
  /** The sizes its names hold (« 10kg »): a size typed that none of them equals rules it out. */
  sizes: string[];
  /** Every token of its names. */
  keys: ReadonlySet<string>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Where `text` holds `word` as whole words (not inside a longer word), first first. */
function* wordsAt(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + word.length] ?? '')) yield at;
  }
}

/** A catalogue entry's names in every language, and its aliases. */
const namesOf = (e: CatalogEntry): string[] => [e.names.fr, e.names.ar, e.names.en, ...(e.aliases ?? [])].filter((n): n is string => !!n);

/** Plurals of the Latin-script words ("huiles", "cafés") that the lexicon lists in the singular. */
function latinPlurals(words: readonly string[]): string[] {
  return words.filter((w) => /^[a-zà-ÿœ' -]+$/i.test(w) && !/[sx]$/i.test(w)).map((w) => `${w}s`);
}

/** Arabizi glues the article to the noun: "l3dess", "lzit", "el7lib". */
function arabiziArticles(words: readonly string[]): string[] {
  return words.filter((w) => /^[a-z0-9]+$/i.test(w) && !w.startsWith('l')).flatMap((w) => [`l${w}`, `el${w}`]);
}

/** The words a concept is named by in a text: its words in every language, Arabizi's glued articles, Latin plurals. */
const conceptWords = (concept: ProductConcept): string[] => [
  ...concept.fr,
  ...concept.ar,
  ...concept.en,
  ...concept.darija,
  ...arabiziArticles(concept.darija),
  ...latinPlurals([...concept.fr, ...concept.en]),
];

type Word = { text: string; start: number; end: number };
/**
 * The varieties typed right after a product's word, or right before it in English's order (varieties.ts; no other word
 * between, articles and « de » aside).
 */
function varietiesAfterProduct(tokens: readonly Word[], isProductWord: (t: Word) => boolean): (TextToken & { group: readonly string[] })[] {
  return tokens.flatMap((t, i) => {
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    const group =
      (before && isProductWord(before) ? varietyAfter(before.text, t.text) : undefined) ??
      (after && isProductWord(after) ? varietyBefore(t.text, after.text) : undefined);
    return group ? [{ key: productKey(t.text), raw: t.text, weight: 1, start: t.start, end: t.end, group: group.map(productKey) }] : [];
  });
}

/** Singular, article-free comparison key: "biscuits" → "biscuit", "السكر" → "سكر". */
export function productKey(word: string): string {
  if (isArabicWord(word)) return stripArabicPrefix(word, 2);
  if (word.length > 4 && word.endsWith('oes')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && /[sx]$/.test(word) && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function contentTokens(name: string): string[] {
  return tokenize(foldForCues(name))
    .map((t) => t.text)
    .filter((t) => !NAME_STOPWORDS.has(t) && !/^\d/.test(t) && t.length > 1);
}

/**
 * Finds the product a message talks about, from the tenant's catalogue and the Darija/multilingual
 * concept lexicon. Head words weigh more ("Lait en sachet" is milk, "Chocolat au lait" is chocolate):
 * the head is the first word of a French or Arabic name and the last of an English one.
 */
export class ProductMatcher {
  private readonly entries: IndexedEntry[];
  private readonly idf = new Map<string, number>();
  private readonly conceptRegexes: { concept: ProductConcept; re: RegExp }[];
  /**
   * Every concept's words in one regex: a text it does not match holds none of them, and most texts (a message's words
   * one by one, its parts) hold none — their 54 regexes are then not run.
   */
  private readonly anyConcept: RegExp;
  /**
   * Every name token of the catalogue → the entries (indexes, ascending) whose names hold it: a message meets only the
   * entries that share a token with it, or a token its typo budget reaches, instead of every entry's every token.
   */
  private readonly postings = new Map<string, number[]>();
  /** The name tokens long enough for a typo (≥ 5 letters), by length: a typo budget of 2 reaches ±2 letters only. */
  private readonly typoCandidates = new Map<number, string[]>();
  /** A text word's misspelt name tokens, kept (bounded): the same message's words are matched several times a turn. */
  private readonly typoMatches = new Map<string, readonly string[]>();
  /**
   * The matches and the concepts of the texts last read, by language and text (bounded: emptied at 256 of each, a few
   * KB). A message is matched 3.7 times a turn on average, its concepts looked for 4.4 times, for 1.5 distinct texts
   * (the whole message, its parts): a fifth of `understand`'s CPU. Both depend on nothing but the text, the
   * language and this matcher's catalogue; no caller changes what they return.
   */
  private readonly matches = new Map<string, ProductMatch | undefined>();
  private readonly concepts = new Map<string, ReturnType<ProductMatcher['findConcepts']>>();
  /** Per concept and per entry, the keys `entryHasConcept` compares (they depend on nothing but the two). */
  private readonly conceptKeys = new Map<ProductConcept, ReadonlySet<string>>();
  private readonly entryHeads = new Map<CatalogEntry, readonly string[]>();
  /** The concepts each entry's own names spell (the longest where two overlap). */
  private readonly entryConcepts = new Map<CatalogEntry, ReadonlySet<ProductConcept>>();
  private readonly entryIndex: Map<CatalogEntry, IndexedEntry>;
  /** The catalogue's names that hold a digit (« Lait en sachet 1L »), folded as `isSizeInName` folds a text. */
  private readonly sizedNames: string[];

  constructor(
    catalog: readonly CatalogEntry[],
    /** Ordinary words of the domain ("stock", "ajoute"…), never taken for a misspelt product. */
    private readonly commonWords: ReadonlySet<string> = new Set(),
  ) {
    this.entries = catalog.map((entry) => {
      const names = [
        ...(['fr', 'ar'] as const)
          .map((l) => entry.names[l])
          .filter((n): n is string => !!n)
          .map((n) => this.indexName(n, 'first')),
        ...(entry.names.en ? [this.indexName(entry.names.en, 'last')] : []),
        ...(entry.aliases ?? []).map((a) => this.indexName(a, 'all')),
      ];
      const spelt = namesOf(entry)
        .map((n) => foldForCues(n).trim())
        .filter((n) => n.length >= 3)
        // « baguettes » spells « Baguette »: a one-word Latin name in the plural too.
        .flatMap((n) => (/^[a-z]+$/.test(n) && !n.endsWith('s') ? [n, `${n}s`] : [n]));
      const sizes = [...new Set(namesOf(entry).flatMap((n) => sizeTokens(foldForCues(n)).map((s) => s.token)))];
      return { entry, names, spelt: [...new Set(spelt)], sizes, keys: new Set(names.flatMap((n) => n.tokens.map((t) => t.token))) };
    });
    this.entryIndex = new Map(this.entries.map((e) => [e.entry, e]));
    const df = new Map<string, number>();
    for (const e of this.entries) {
      for (const t of e.keys) df.set(t, (df.get(t) ?? 0) + 1);
    }
    for (const [t, n] of df) this.idf.set(t, Math.log(1 + this.entries.length / n));
    this.entries.forEach((e, i) => {
      for (const t of e.keys) {
        const list = this.postings.get(t);
        if (list) list.push(i);
        else this.postings.set(t, [i]);
      }
    });
    for (const t of this.postings.keys()) {
      if (t.length < 5) continue;
      const list = this.typoCandidates.get(t.length);
      if (list) list.push(t);
      else this.typoCandidates.set(t.length, [t]);
    }
    this.sizedNames = [
      ...new Set(
        catalog.flatMap((e) =>
          namesOf(e)
            .filter((n) => /\d/.test(n))
            .map((n) => fold(n)),
        ),
      ),
    ];
    this.conceptRegexes = PRODUCT_CONCEPTS.map((concept) => ({ concept, re: cueRegex(conceptWords(concept), 'gu') }));
    this.anyConcept = cueRegex(PRODUCT_CONCEPTS.flatMap(conceptWords));
  }

  private indexName(name: string, head: 'first' | 'last' | 'all'): IndexedName {
    const tokens = contentTokens(name).map((t) => productKey(t));
    return {
      tokens: [
        ...tokens.map((token, i) => ({
          token,
          head: head === 'all' || (head === 'first' ? i === 0 : i === tokens.length - 1),
        })),
        ...sizeTokens(foldForCues(name)).map((s) => ({ token: s.token, head: false })),
      ],
    };
  }

  /**
   * Where the text spells a catalogue name that holds a number, in full (« 2 Lait en sachet 1L », the text a choice
   * sends): offsets in `fold(text)`. A number inside is the name's, whatever word comes before it (« sachet 1L » read
   * as a second line of 1 made the choice's sale unreadable).
   */
  sizedNameSpans(text: string): { start: number; end: number }[] {
    if (!this.sizedNames.length || !/\d/.test(text)) return [];
    const folded = fold(text);
    const spans: { start: number; end: number }[] = [];
    for (const name of this.sizedNames) for (const at of wordsAt(folded, name)) spans.push({ start: at, end: at + name.length });
    return spans;
  }

  /** Concepts named in the text, first mention first. */
  findConcepts(text: string, lang: NluLang): readonly { concept: ProductConcept; start: number; end: number; raw: string }[] {
    return remembered(this.concepts, `${lang} ${text}`, () => this.conceptsIn(text, lang));
  }

  private conceptsIn(text: string, lang: NluLang): { concept: ProductConcept; start: number; end: number; raw: string }[] {
    const folded = foldForCues(text);
    if (!this.anyConcept.test(folded)) return [];
    const found: { concept: ProductConcept; start: number; end: number; raw: string }[] = [];
    for (const { concept, re } of this.conceptRegexes) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(folded))) {
        // "the" is English's article before it is "thé" without its accent.
        if (concept.key === 'thé' && m[0] === 'the' && (lang === 'en' || !/thé/i.test(text))) continue;
        found.push({ concept, start: m.index, end: m.index + m[0].length, raw: m[0] });
      }
    }
    // Longest mention wins where two concepts overlap ("concentré de tomate" over "tomate", "eau de javel" over "eau").
    found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const kept: typeof found = [];
    for (const f of found) {
      const overlap = kept.find((k) => f.start < k.end && f.end > k.start);
      if (!overlap) kept.push(f);
      else if (f.end - f.start > overlap.end - overlap.start) kept.splice(kept.indexOf(overlap), 1, f);
    }
    return kept.sort((a, b) => a.start - b.start);
  }

  /**
   * Scores the catalogue entries against the words of the text (plus the words of the concepts it names). Each name
   * token's weight is worked out once (the best of the text words equal to it, or 0.8 when a full-weight word is within
   * its typo budget), then only the entries holding a weighted token are summed, token by token in their names' order
   * as a visit of every entry does: the same numbers, in the same order (catalogue order, then by score).
   */
  private score(textTokens: TextToken[]): ProductCandidate[] {
    const weights = new Map<string, number>();
    for (const tt of textTokens) {
      if (this.postings.has(tt.key)) weights.set(tt.key, Math.max(weights.get(tt.key) ?? 0, tt.weight));
    }
    for (const tt of textTokens) {
      if (tt.weight < 1 || tt.key.length < 5 || this.commonWords.has(tt.key) || this.commonWords.has(tt.raw)) continue;
      for (const token of this.typoMatchesOf(tt.key)) weights.set(token, Math.max(weights.get(token) ?? 0, 0.8));
    }
    const hit = new Set<number>();
    for (const token of weights.keys()) for (const i of this.postings.get(token)!) hit.add(i);
    const scored: ProductCandidate[] = [];
    for (const i of [...hit].sort((a, b) => a - b)) {
      const e = this.entries[i];
      let best = 0;
      for (const name of e.names) {
        let s = 0;
        for (const nt of name.tokens) {
          const w = weights.get(nt.token);
          if (w) s += w * (this.idf.get(nt.token) ?? 1) * (nt.head ? 2 : 1);
        }
        best = Math.max(best, s);
      }
      if (best > 0) scored.push({ entry: e.entry, score: best });
    }
    return scored.sort((a, b) => b.score - a.score);
  }

  /** The catalogue's name tokens (≥ 5 letters, other than `key`) within the typo budget of the text word `key`. */
  private typoMatchesOf(key: string): readonly string[] {
    let found = this.typoMatches.get(key);
    if (found) return found;
    const out: string[] = [];
    for (let len = key.length - 2; len <= key.length + 2; len++) {
      for (const token of this.typoCandidates.get(len) ?? []) {
        if (token !== key && editDistance(key, token) <= typoBudget(Math.min(key.length, token.length))) out.push(token);
      }
    }
    found = out;
    if (this.typoMatches.size >= 2000) this.typoMatches.clear();
    this.typoMatches.set(key, found);
    return found;
  }

  /**
   * The product named in `text`, if any. `exclude` lists folded words that belong to other slots
   * (units, verbs, periods) so they never count as product words.
   */
  find(text: string, lang: NluLang, exclude?: ReadonlySet<string>): ProductMatch | undefined {
    if (exclude?.size) return this.match(text, lang, exclude);
    return remembered(this.matches, `${lang} ${text}`, () => this.match(text, lang, new Set()));
  }

  private match(text: string, lang: NluLang, exclude: ReadonlySet<string>): ProductMatch | undefined {
    const folded = foldForCues(text);
    const tokens = tokenize(folded).filter((t) => !exclude.has(t.text) && !NAME_STOPWORDS.has(t.text) && !/^\d/.test(t.text));
    const concepts = this.findConcepts(text, lang);
    const concept = concepts[0];

    const textTokens: TextToken[] = [
      ...tokens.map((t) => ({ key: productKey(t.text), raw: t.text, weight: 1, start: t.start, end: t.end })),
      ...sizeTokens(folded).map((s) => ({ key: s.token, raw: s.token, weight: 1, start: s.start, end: s.end, size: true })),
    ];
    if (concept) {
      const c = concept.concept;
      for (const w of [...c.fr, ...c.ar, ...c.en]) {
        for (const t of contentTokens(w))
          textTokens.push({ key: productKey(t), raw: t, weight: 0.5, start: concept.start, end: concept.end });
      }
    }
    // Only words near the concept count when there is one: "huile" in "promo huile 5L" keeps "5L", not the rest.
    const scored = this.score(textTokens);
    // « semoule 25kg » is not « Semoule 10kg » (a sale of the 10 kg sack was proposed): a size typed rules out a product
    // whose own sizes differ, and the name passed on keeps the size, so the tools find no such product either.
    // Only a size after the product's word names it: « 20 kilo smid », « 30 kg de riz » are quantities in a unit.
    const named = concept?.start ?? Math.min(...textTokens.filter((t) => !t.size && this.postings.has(t.key)).map((t) => t.start));
    // « sucre roux », « lait en poudre », « pain complet » are not « Sucre blanc », « Lait en sachet », « Baguette » (a sale
    // of the white sugar was proposed): a variety typed right after the product's word rules out a product whose names do
    // not hold it, as a size does, and the name passed on keeps it (the twenty-seventh session's note, at both bases).
    const typedVarieties = varietiesAfterProduct(
      tokens,
      (t) => this.postings.has(productKey(t.text)) || (!!concept && t.start >= concept.start && t.end <= concept.end),
    );
    const typedSizesAndVarieties = [...textTokens.filter((t) => t.size && t.start > named), ...typedVarieties];
    const ruledOut = (c: ProductCandidate) =>
      sizesContradict(
        typedSizesAndVarieties.filter((t) => t.size).map((t) => t.key),
        this.entryIndex.get(c.entry)!.sizes,
      );
    const hasVarieties = (c: ProductCandidate) =>
      typedVarieties.every((t) => t.group.some((w) => this.entryIndex.get(c.entry)!.keys.has(w)));
    // When the size rules out the product the words name best, no other is promoted in its place: « concentré de tomate
    // 800g » became the fresh tomatoes, « thé vert 500g » the frik, « limonade 1L » another drink of that size. A variety
    // keeps the products that have it (« حليب غبرة »: the powdered milk among the milks).
    const candidates = (
      !typedSizesAndVarieties.length ? scored : scored[0] && ruledOut(scored[0]) ? [] : scored.filter((c) => !ruledOut(c))
    ).filter(hasVarieties);
    const sizedOut = candidates.length < scored.length;
    // A name written out in full is that product, whatever concept its words also name (« Bimo milk biscuits 200g »
    // sold milk, « Tomates » tomato paste): the text a choice sends always spells the catalogue's name.
    const spelt = this.speltOut(folded, candidates);
    if (spelt) {
      const mention = folded.slice(spelt.start, spelt.end);
      const span = { start: spelt.start, end: spelt.end };
      return {
        mention,
        canonical: entryName(spelt.entry, lang),
        candidates: [{ entry: spelt.entry, score: Infinity }],
        entry: spelt.entry,
        ...span,
        extent: span,
      };
    }
    const top = candidates[0];
    const ties = top ? candidates.filter((c) => c.score >= top.score / 1.05) : [];
    const entry = top && ties.length === 1 && (!concept || this.entryHasConcept(top.entry, concept.concept)) ? top.entry : undefined;

    if (concept) {
      const conceptCandidates = candidates.filter((c) => this.entryHasConcept(c.entry, concept.concept));
      const chosen = entry ?? (conceptCandidates.length === 1 ? conceptCandidates[0].entry : undefined);
      // Ruled out by its size or its variety: the words as typed, size and variety included (« selecto 2l »; the concept's
      // word with the size, « limonade 2l », was another brand's product of that size to the tools), and they are all the
      // product's (« زيت الزيتون 1 لتر »: the « 1 » is no count).
      const typed =
        sizedOut && !chosen
          ? {
              start: Math.min(concept.start, ...typedSizesAndVarieties.map((t) => t.start)),
              end: Math.max(concept.end, ...typedSizesAndVarieties.map((t) => t.end)),
            }
          : undefined;
      return {
        mention: concept.raw,
        canonical: typed ? folded.slice(typed.start, typed.end) : this.conceptWordAmong(concept.concept, lang, conceptCandidates),
        concept: concept.concept,
        candidates: conceptCandidates.length ? conceptCandidates.filter((c) => c.score >= conceptCandidates[0].score / 1.05) : [],
        entry: chosen,
        start: concept.start,
        end: concept.end,
        extent: this.extent(
          textTokens,
          chosen ?? conceptCandidates[0]?.entry ?? scored[0]?.entry,
          typed ?? { start: concept.start, end: concept.end },
        ),
      };
    }
    // The best entry ruled out by the size typed (« ifri 1L », Ifri 1.5L on file): the words it matched, with the size, name
    // a product the catalogue does not have — the tools must not find the other size under the bare name.
    const best = top ?? (sizedOut ? scored[0] : undefined);
    if (!best || best.score < 1) return undefined;
    // Without a known concept, the mention is the text words that matched the best entry.
    const entryTokens = this.entryIndex.get(best.entry)!.keys;
    const matched = textTokens.filter(
      (t) =>
        t.weight >= 1 &&
        !t.size &&
        [...entryTokens].some(
          (nt) =>
            nt === t.key ||
            (t.key.length >= 5 &&
              !this.commonWords.has(t.key) &&
              !this.commonWords.has(t.raw) &&
              editDistance(nt, t.key) <= typoBudget(Math.min(nt.length, t.key.length))),
        ),
    );
    if (!matched.length) return undefined;
    const start = Math.min(...matched.map((m) => m.start));
    const end = Math.max(...matched.map((m) => m.end));
    const mention = folded.slice(start, end);
    return {
      mention,
      canonical: entry ? entryName(entry, lang) : top ? mention : `${mention} ${typedSizesAndVarieties.map((t) => t.key).join(' ')}`,
      candidates: ties,
      entry,
      start,
      end,
      extent: this.extent(textTokens, best.entry, { start, end }),
    };
  }

  /**
   * The longest catalogue name the text spells in full, among the entries its words met — unless the word before or
   * after it belongs with it to another product's name (« lait en poudre » when « Lait » is a product too).
   */
  private speltOut(folded: string, candidates: ProductCandidate[]): { entry: CatalogEntry; start: number; end: number } | undefined {
    let best: { indexed: IndexedEntry; start: number; end: number } | undefined;
    for (const c of candidates) {
      const indexed = this.entryIndex.get(c.entry)!;
      for (const name of indexed.spelt) {
        if (best && name.length <= best.end - best.start) continue;
        const at = wordsAt(folded, name).next();
        if (!at.done) best = { indexed, start: at.value, end: at.value + name.length };
      }
    }
    if (!best) return undefined;
    const own = [...new Set(contentTokens(folded.slice(best.start, best.end)).map(productKey))];
    const words = tokenize(folded).filter((t) => !NAME_STOPWORDS.has(t.text) && !/^\d/.test(t.text));
    const neighbours = [words.filter((t) => t.end <= best.start).at(-1), words.find((t) => t.start >= best.end)];
    // The neighbour's key, or one it starts or ends (« concentrées » for « concentré »).
    const near = neighbours.filter((w) => !!w).map((w) => productKey(w!.text));
    const sameWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
    for (const c of candidates) {
      const other = this.entryIndex.get(c.entry)!;
      if (other === best.indexed || !own.every((k) => other.keys.has(k))) continue;
      if (near.some((n) => [...other.keys].some((k) => !own.includes(k) && sameWord(k, n)))) return undefined;
    }
    return { entry: best.indexed.entry, start: best.start, end: best.end };
  }

  /**
   * The concept's word the catalogue's own names use (« مياه » for the waters, named « مياه معدنية … »): the tool
   * searches the shop's products with it, and « ماء » found only « ماء جافيل » (bleach).
   */
  private conceptWordAmong(concept: ProductConcept, lang: NluLang, candidates: ProductCandidate[]): string {
    let best = conceptWordFor(concept, lang);
    let most = 0;
    for (const word of concept[lang]) {
      const key = foldForCues(word);
      const count = candidates.filter((c) => this.entryIndex.get(c.entry)!.spelt.some((n) => !wordsAt(n, key).next().done)).length;
      if (count > most) {
        most = count;
        best = word;
      }
    }
    return best;
  }

  /** The span of the text's words (sizes included) that belong to `entry`'s names, around the mention. */
  private extent(textTokens: TextToken[], entry: CatalogEntry | undefined, mention: { start: number; end: number }) {
    const indexed = entry && this.entryIndex.get(entry);
    if (!indexed) return mention;
    const own = new Set(indexed.names.flatMap((n) => n.tokens.map((t) => t.token)));
    let { start, end } = mention;
    for (const t of textTokens) {
      if (t.weight >= 1 && own.has(t.key)) {
        start = Math.min(start, t.start);
        end = Math.max(end, t.end);
      }
    }
    return { start, end };
  }

  private entryHasConcept(entry: CatalogEntry, concept: ProductConcept): boolean {
    // « ماء جافيل » (bleach) starts with « ماء » (water), but its name is the longer concept: water is not it.
    let own = this.entryConcepts.get(entry);
    if (!own) {
      own = new Set(namesOf(entry).flatMap((n) => this.findConcepts(n, 'fr').map((f) => f.concept)));
      this.entryConcepts.set(entry, own);
    }
    if (own.size && !own.has(concept)) return false;
    let keys = this.conceptKeys.get(concept);
    if (!keys) {
      keys = new Set([...concept.fr, ...concept.ar, ...concept.en, ...concept.darija].flatMap((w) => contentTokens(w)).map(productKey));
      this.conceptKeys.set(concept, keys);
    }
    let heads = this.entryHeads.get(entry);
    if (!heads) {
      // The concept must head a name (first word in French/Arabic, last in English), so "Chocolat au lait" is not milk.
      heads = [
        ...[entry.names.fr, entry.names.ar].filter((n): n is string => !!n).map((n) => contentTokens(n)[0]),
        ...(entry.names.en ? [contentTokens(entry.names.en).at(-1)] : []),
        ...(entry.aliases ?? []).flatMap((a) => contentTokens(a)),
      ]
        .filter((h): h is string => !!h)
        .map(productKey);
      this.entryHeads.set(entry, heads);
    }
    return heads.some((h) => keys.has(h));
  }
}

/** The value kept for `key`, or `read()`'s, kept: at most 256 values, all forgotten at once when full. */
function remembered<T>(kept: Map<string, T>, key: string, read: () => T): T {
  if (kept.has(key)) return kept.get(key) as T;
  const value = read();
  if (kept.size >= 256) kept.clear();
  kept.set(key, value);
  return value;
}

export function conceptWordFor(concept: ProductConcept, lang: NluLang): string {
  return concept[lang][0] ?? concept.fr[0];
}

export function entryName(entry: CatalogEntry, lang: NluLang): string {
  return entry.names[lang] ?? entry.names.fr;
}

export function entryNames(entry: CatalogEntry): string[] {
  return [entry.names.fr, entry.names.ar, entry.names.en].filter((n): n is string => !!n);
}

/** Folded words of every product name and concept, so other extractors can tell product words apart. */
export function productVocabulary(catalog: readonly CatalogEntry[]): Set<string> {
  const words = new Set<string>();
  for (const c of PRODUCT_CONCEPTS)
    for (const w of [...c.fr, ...c.ar, ...c.en, ...c.darija]) for (const t of contentTokens(w)) words.add(t);
  for (const e of catalog) for (const n of [...entryNames(e), ...(e.aliases ?? [])]) for (const t of contentTokens(n)) words.add(t);
  return words;
}

export { fold };
