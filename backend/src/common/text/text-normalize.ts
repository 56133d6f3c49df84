/**
 * Language-agnostic matching of what people type ("huile", "الزيت", "Sugar", "produits laitiers") against names
 * stored in French, Arabic and English. Done in JS rather than with SQL `unaccent` because Arabic needs more than
 * accent stripping (hamza forms, ta marbuta, the article), and a shop's catalogue is small.
 */
const STOPWORDS = new Set([
  'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'un', 'une', 'en', 'au', 'aux', 'et', 'pour',
  'the', 'of', 'and', 'a', 'an', 'for', 'my', 'mes', 'ma', 'mon',
]);

/** Lower case, no accents or Arabic diacritics, one Arabic letter per sound family, punctuation as spaces. */
export function normalizeText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '') // French accents, Arabic harakat and hamza/madda marks (NFD splits أ into ا + hamza)
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/ـ/g, '') // tatweel
    .replace(/[ٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/['’`]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A crude stem so that singular/plural and the Arabic article don't block a match. */
function stem(token: string): string {
  if (/^[\u0600-\u06ff]+$/.test(token)) {
    const bare = token.startsWith('ال') && token.length > 4 ? token.slice(2) : token;
    return bare.startsWith('وال') && bare.length > 5 ? bare.slice(3) : bare;
  }
  return token.length > 3 && /[sx]$/.test(token) ? token.slice(0, -1) : token;
}

/** Meaningful, stemmed tokens of a phrase. */
export function tokens(input: string): string[] {
  return normalizeText(input)
    .split(' ')
    .filter((t) => t && !STOPWORDS.has(t))
    .map(stem);
}

/** A searchable form of several names (fr, ar, en…) at once. */
export function searchable(...names: (string | null | undefined)[]): string {
  return ` ${names.filter(Boolean).flatMap((n) => tokens(n as string)).join(' ')} `;
}

const ARABIC = /^[\u0600-\u06ff]+$/;

/**
 * Does a stemmed query token match a stemmed word? Latin words match by prefix ("choco" finds "chocolat"); Arabic
 * words must match whole, since a prefix is often another word (زيت oil, زيتون olives).
 */
export const tokenMatches = (token: string, word: string) => (ARABIC.test(token) ? word === token : word.startsWith(token));

/**
 * How well a query matches a searchable string: 1 when every query token is found, otherwise the share of tokens
 * found; 0 for nothing.
 */
export function matchScore(query: string, haystack: string): number {
  const wanted = tokens(query);
  if (!wanted.length) return 0;
  const words = haystack.trim().split(' ');
  const found = wanted.filter((t) => words.some((w) => tokenMatches(t, w))).length;
  return found / wanted.length;
}
