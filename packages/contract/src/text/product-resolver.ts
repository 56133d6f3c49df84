/**
 * The one product resolver: which products a name typed in any language ("huile", "الزيت", "Sugar", "semoul") means,
 * whatever feature asks (market prices and reports, the inventory tools' choice between candidates, the catalogue
 * matchers). Matching is on folded, stemmed words (normalize.ts), so the same query finds the same products everywhere.
 */
import type { ProductNames } from '../results/common';
import { normalizeText, STOP_WORDS } from './normalize';

/** A product's names as stored (the one shape of @tajer/contract's results), with its code when it has one. */
export type SearchableNames = ProductNames & { sku?: string | null };

const ARABIC = /^[\u0600-\u06ff]+$/;

/** A crude stem so that singular/plural and the Arabic article don't block a match. */
export function stem(token: string): string {
  if (ARABIC.test(token)) {
    const bare = token.startsWith('ال') && token.length > 4 ? token.slice(2) : token;
    return bare.startsWith('وال') && bare.length > 5 ? bare.slice(3) : bare;
  }
  return token.length > 3 && /[sx]$/.test(token) ? token.slice(0, -1) : token;
}

/** Meaningful, stemmed words of a phrase. */
export function tokens(input: string): string[] {
  return normalizeText(input)
    .split(' ')
    .filter((t) => t && !STOP_WORDS.has(t))
    .map(stem);
}

/** A searchable form of several names (fr, ar, en…) at once. */
export function searchable(...names: (string | null | undefined)[]): string {
  return ` ${names
    .filter(Boolean)
    .flatMap((n) => tokens(n as string))
    .join(' ')} `;
}

/**
 * Does a stemmed query word match a stemmed word? Latin words match by prefix ("choco" finds "chocolat"); Arabic
 * words must match whole, since a prefix is often another word (زيت oil, زيتون olives). No typo tolerance here: one
 * letter apart is often another product ("boisson"/"poisson"); the NLU's typo-tolerant matching (withinEdits) only
 * proposes, and every write is confirmed.
 */
export function tokenMatches(token: string, word: string): boolean {
  return ARABIC.test(token) ? word === token : word.startsWith(token);
}

/** How well a query matches a searchable string: the share of the query's words found (1: all, 0: none). */
export function matchScore(query: string, haystack: string): number {
  const wanted = tokens(query);
  if (!wanted.length) return 0;
  const words = haystack.trim().split(' ');
  const found = wanted.filter((t) => words.some((w) => tokenMatches(t, w))).length;
  return found / wanted.length;
}

/**
 * Whether the query's first word is the word that names one of the product's names: the first in French and Arabic
 * ("huile" names "Huile de table"), the last in English, sizes and brackets aside ("milk" names "Bagged milk 1L",
 * not "Milk chocolate bar 100g": « sold 2 milk » offered only the chocolate).
 */
export function namedBy(query: string, names: SearchableNames): boolean {
  const head = tokens(query)[0];
  return (!!head && [names.fr, names.ar].some((n) => !!n && tokenMatches(head, tokens(n)[0] ?? ''))) || englishLastWord(query, names);
}

/** The English name's last word, sizes and brackets aside, is the query's first (« milk » → « Bagged milk 1L »). */
function englishLastWord(query: string, names: SearchableNames): boolean {
  const head = tokens(query)[0];
  const english = names.en ? tokens(names.en.replace(/\([^)]*\)/g, ' ')).filter((w) => !/^\d/.test(w)) : [];
  return !!head && tokenMatches(head, english.at(-1) ?? '');
}

/** The English name's first word (« Coca-Cola 1L »): named by it only when no product is named as `namedBy` says. */
const firstEnglishWord = (query: string, names: SearchableNames): boolean => {
  const head = tokens(query)[0];
  return !!head && !!names.en && tokenMatches(head, tokens(names.en)[0] ?? '');
};

/**
 * Of a search's candidates, those the query means: the best-scored ones, narrowed to the products *named* by the
 * query's first word when some are ("huile" → "Huile de table…", not "Sardines à l'huile"). The market's search and
 * the inventory's resolution (whose scores come from PostgreSQL's trigram search) both decide with it, so a name
 * means the same products in every feature.
 */
export function meantProducts<T>(
  query: string,
  candidates: readonly T[],
  scoreOf: (candidate: T) => number,
  namesOf: (candidate: T) => SearchableNames,
): T[] {
  const best = Math.max(0, ...candidates.map(scoreOf));
  const top = candidates.filter((c) => scoreOf(c) === best);
  // An English name's first word names it too (« hamoud » → « Hamoud Boualem lemonade »), unless another product is
  // named by its last word (« milk »: the milks, not « Milk chocolate bar »).
  const byHead = top.filter((c) => namedBy(query, namesOf(c)));
  const lastWordNames = top.some((c) => englishLastWord(query, namesOf(c)));
  const named = lastWordNames ? byHead : top.filter((c) => byHead.includes(c) || firstEnglishWord(query, namesOf(c)));
  return named.length ? named : top;
}

/** The products a query means among a catalogue: matched on their words (at least half the query's), then meantProducts. */
export function findProducts<T>(query: string, products: readonly T[], namesOf: (product: T) => SearchableNames): T[] {
  const scored = products.map((p) => {
    const names = namesOf(p);
    return { p, names, score: matchScore(query, searchable(names.fr, names.ar, names.en, names.sku)) };
  });
  const matching = scored.filter((s) => s.score >= 0.5);
  return meantProducts(
    query,
    matching,
    (s) => s.score,
    (s) => s.names,
  ).map((s) => s.p);
}
