import { PRODUCT_CONCEPTS } from '@tajer/contract';
import { buildCatalog } from '../../../../seed/catalog';
import { editDistance, typoBudget } from '../normalize';
import type { CatalogEntry } from '../types';
import { ProductMatcher, type ProductCandidate } from './product';

type Tokens = { key: string; raw: string; weight: number }[];
interface Internals {
  entries: { entry: CatalogEntry; names: { tokens: { token: string; head: boolean }[] }[] }[];
  idf: Map<string, number>;
  commonWords: ReadonlySet<string>;
  score(tokens: Tokens): ProductCandidate[];
}

/** The scores as the matcher computed them before its index: every entry's every name token against every text word. */
function visitEveryEntry(m: Internals, textTokens: Tokens): ProductCandidate[] {
  const scored: ProductCandidate[] = [];
  for (const e of m.entries) {
    let best = 0;
    for (const name of e.names) {
      let s = 0;
      for (const nt of name.tokens) {
        let w = 0;
        for (const tt of textTokens) {
          if (tt.key === nt.token) w = Math.max(w, tt.weight);
          else if (
            tt.weight >= 1 &&
            nt.token.length >= 5 &&
            tt.key.length >= 5 &&
            !m.commonWords.has(tt.key) &&
            !m.commonWords.has(tt.raw) &&
            editDistance(tt.key, nt.token) <= typoBudget(Math.min(tt.key.length, nt.token.length))
          )
            w = Math.max(w, 0.8);
        }
        if (w) s += w * (m.idf.get(nt.token) ?? 1) * (nt.head ? 2 : 1);
      }
      best = Math.max(best, s);
    }
    if (best > 0) scored.push({ entry: e.entry, score: best });
  }
  return scored.sort((a, b) => b.score - a.score);
}

describe('ProductMatcher scoring', () => {
  // The demo shop's catalogue as the model factory hands it to the NLU (the SKU as an alias).
  const catalog: CatalogEntry[] = buildCatalog().map((p) => ({
    id: p.sku,
    names: { fr: p.nameFr, ar: p.nameAr, en: p.nameEn },
    category: p.category,
    aliases: [p.sku],
  }));
  const commonWords = new Set(['combien', 'stock', 'ajoute', 'vendu', 'semaine', 'quantite']);
  // Messages made from the catalogue's own words: exact, one letter dropped or doubled (typos), with a size, a
  // concept word, an ordinary word of the domain, or nothing a product has.
  let state = 11;
  const next = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
  const words = [
    ...new Set(catalog.flatMap((e) => [e.names.fr, e.names.en ?? '', e.names.ar ?? ''].join(' ').toLowerCase().split(/\s+/))),
  ].filter((w) => w.length > 1);
  // One letter dropped or doubled, or two dropped from a long word (a budget of 2 reaches two letters shorter).
  const typo = (w: string) => {
    const i = 1 + next(Math.max(1, w.length - 2));
    const kind = next(3);
    if (kind === 2 && w.length >= 9) return w.slice(0, i) + w.slice(i + 2);
    return kind ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i - 1] + w.slice(i);
  };
  const messages = [
    'Combien de semoule en stock ?',
    'Bonjour',
    'combien de semoulle',
    'huile 5L',
    'stock du lait',
    'quantite de sucree',
    // Every long word two letters short: the farthest a typo budget of 2 reaches.
    ...words.filter((w) => w.length >= 10).map((w) => w.slice(0, 3) + w.slice(5)),
    ...Array.from({ length: 300 }, () => {
      const picked = Array.from({ length: 1 + next(3) }, () => words[next(words.length)]);
      return picked.map((w) => (next(3) === 0 ? typo(w) : w)).join(' ') + (next(4) === 0 ? ' 1kg' : '') + (next(5) === 0 ? ' combien' : '');
    }),
  ];

  it('gives every entry the score a visit of every entry gives, in the same order', () => {
    const matcher = new ProductMatcher(catalog, commonWords);
    const internals = matcher as unknown as Internals;
    const score = internals.score.bind(matcher);
    let compared = 0;
    let nonEmpty = 0;
    internals.score = (tokens) => {
      const got = score(tokens);
      const want = visitEveryEntry(internals, tokens);
      expect(got.map((c) => [c.entry.id, c.score])).toEqual(want.map((c) => [c.entry.id, c.score]));
      compared += 1;
      if (want.length) nonEmpty += 1;
      return got;
    };
    // Each text once: one read again would be remembered, not scored again.
    const distinct = [...new Set(messages)];
    for (const text of distinct) for (const lang of ['fr', 'en', 'ar'] as const) matcher.find(text, lang);
    expect(compared).toBe(distinct.length * 3);
    expect(nonEmpty).toBeGreaterThan(distinct.length);
  });

  it("finds the concepts every concept's own regex finds, with or without the one regex of all their words", () => {
    const matcher = new ProductMatcher(catalog, commonWords);
    const unfiltered = new ProductMatcher(catalog, commonWords);
    (unfiltered as unknown as { anyConcept: RegExp }).anyConcept = /(?:)/;
    const texts = [...messages, ...PRODUCT_CONCEPTS.flatMap((c) => [...c.fr, ...c.ar, ...c.darija].map((w) => `2 ${w} w 3 zit`))];
    let found = 0;
    for (const text of texts) {
      expect(matcher.findConcepts(text, 'fr')).toEqual(unfiltered.findConcepts(text, 'fr'));
      if (matcher.findConcepts(text, 'fr').length) found += 1;
    }
    expect(found).toBeGreaterThan(texts.length / 2);
  });

  it('reads a text again as a matcher that never saw it reads it, and keeps at most 256 of them', () => {
    const matcher = new ProductMatcher(catalog, commonWords);
    for (const text of messages) for (const lang of ['fr', 'ar'] as const) matcher.find(text, lang);
    const fresh = new ProductMatcher(catalog, commonWords);
    for (const text of messages.slice(0, 60)) {
      expect(matcher.find(text, 'fr')).toEqual(fresh.find(text, 'fr'));
      expect(matcher.findConcepts(text, 'fr')).toEqual(fresh.findConcepts(text, 'fr'));
    }
    const kept = matcher as unknown as { matches: Map<string, unknown>; concepts: Map<string, unknown> };
    expect(kept.matches.size).toBeLessThanOrEqual(256);
    expect(kept.concepts.size).toBeLessThanOrEqual(256);
  });

  it('still reads a misspelt product (a typo within its budget) and not an ordinary word of the domain', () => {
    const matcher = new ProductMatcher(catalog, commonWords);
    expect(matcher.find('combien de semoulle', 'fr')?.entry?.names.fr).toMatch(/^Semoule/);
    expect(matcher.find('stocks', 'fr')).toBeUndefined();
  });
});
