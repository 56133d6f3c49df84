import { PRODUCT_CONCEPTS } from '@tajer/contract';
import { keywords, nameWords, wordsMatch } from './topic-words';
import { occasionGroups, type Occasion } from './topic-lexicon';

export interface CandidateProduct {
  id: string;
  nameFr: string;
  nameAr: string | null;
  nameEn: string | null;
  category: string;
  stock: number;
  /** Units sold recently: among equally relevant products, the shop's best sellers are put forward. */
  unitsSold: number;
}

export type SelectionReason = 'named' | 'category' | 'occasion' | 'best_sellers' | 'requested';

export interface ProductSelection<P extends CandidateProduct> {
  products: P[];
  reason: SelectionReason;
  /** Topic words that matched product names or categories, for the explanation shown to the owner. */
  matchedTerms: string[];
}

interface Indexed<P> {
  product: P;
  name: string[];
  /** First word of the French and Arabic names: the noun that says what the product is ("Huile…", "زيت…"). */
  heads: string[];
  category: string[];
}

/** A product word and, when it is one of the shop's generic products (in any language or Darija spelling), its names. */
const CONCEPT_FORMS = new Map<string, string[]>();
for (const c of PRODUCT_CONCEPTS) {
  const names = [...c.fr, ...c.ar, ...c.en].flatMap((n) => nameWords(n));
  for (const form of [...c.fr, ...c.ar, ...c.en, ...c.darija].flatMap((n) => nameWords(n))) CONCEPT_FORMS.set(form, names);
}
const productWordForms = (word: string) => [word, ...(CONCEPT_FORMS.get(word) ?? [])];

const coversAll = (termWords: string[], productWords: string[]) => termWords.every((t) => productWords.some((w) => wordsMatch(t, w)));

const bySales = <P extends CandidateProduct>(a: Indexed<P>, b: Indexed<P>) =>
  b.product.unitsSold - a.product.unitsSold || a.product.nameFr.localeCompare(b.product.nameFr);

/**
 * Chooses which real products a post should feature: products the topic names ("promo huile et sucre"), then
 * products of a category it names ("boissons"), then the occasion's shopping list ("ramadan" → dates, semolina,
 * milk…), else the best sellers. Out-of-stock products are never advertised.
 */
export function selectProducts<P extends CandidateProduct>(
  topic: string,
  occasion: Occasion | null,
  catalog: P[],
  limit: number,
): ProductSelection<P> {
  const indexed: Indexed<P>[] = catalog
    .filter((p) => p.stock > 0)
    .map((product) => ({
      product,
      name: nameWords([product.nameFr, product.nameAr ?? '', product.nameEn ?? ''].join(' ')),
      heads: [product.nameFr, product.nameAr ?? ''].map((n) => nameWords(n)[0]).filter(Boolean),
      category: nameWords(product.category),
    }));
  const picked: P[] = [];
  const take = (p: P) => picked.length < limit && !picked.includes(p) && picked.push(p);
  const topicWords = keywords(topic);
  const matchedTerms: string[] = [];
  let reason: SelectionReason | null = null;

  // 1. Named products: round-robin over the topic's words so "huile et sucre" shows both, best sellers first.
  // "huile" means oil, not "Thon à l'huile": when some products are named after the word, only those count.
  const perWord = topicWords
    .map((word) => {
      // « smid », « zit », « 7lib »: the Darija word stands for the catalogue's semolina, oil, milk.
      const forms = productWordForms(word);
      const hits = indexed.filter((i) => forms.some((f) => coversAll([f], i.name))).sort(bySales);
      const headed = hits.filter((i) => i.heads.some((h) => forms.some((f) => wordsMatch(f, h))));
      return { word, hits: headed.length ? headed : hits };
    })
    .filter((w) => w.hits.length > 0);
  for (const w of perWord) matchedTerms.push(w.word);
  // With an occasion too ("lait ramadan"), one product per named word leaves room for the occasion's list.
  const rounds = occasion ? 1 : limit;
  for (let round = 0; round < rounds && picked.length < limit && perWord.some((w) => w.hits.length > round); round++) {
    for (const w of perWord) if (w.hits[round]) take(w.hits[round].product);
  }
  if (picked.length) reason = 'named';

  // 2. A category named in the topic ("boissons", "produits laitiers").
  const inCategory = indexed.filter((i) => topicWords.some((w) => coversAll([w], i.category))).sort(bySales);
  if (inCategory.length && !reason) reason = 'category';
  for (const i of inCategory) take(i.product);

  // 3. The occasion's shopping list: the best seller of each group, in the list's order.
  if (occasion && picked.length < limit) {
    let any = false;
    for (const group of occasionGroups(occasion)) {
      const hit = indexed
        // Names only: a category like "Boissons chaudes" must not bring hot tea into a summer post.
        .filter((i) => !picked.includes(i.product) && group.some((term) => coversAll(term, i.name)))
        .sort(bySales)[0];
      if (hit && take(hit.product)) any = true;
    }
    if (any && !reason) reason = 'occasion';
  }

  if (!picked.length) {
    [...indexed].sort(bySales).forEach((i) => take(i.product));
    reason = 'best_sellers';
  }
  return { products: picked, reason: reason ?? 'best_sellers', matchedTerms };
}
