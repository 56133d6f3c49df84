import { normalizeSearchText } from '../common/text/search-text';

/**
 * Turns the support console's free-text `q` into the two arguments of the message search (see
 * SupportRepository / support-filters.sql.ts):
 *
 * - `tsquery`: every word as a prefix (`semoul:* & creme:*`) for the full-text index `Message_text_fts_idx`
 *   (`to_tsvector('simple', immutable_unaccent(text))`). Prefixes make partial words typed from the start work, the
 *   database unaccents the query like the index, and 'simple' does no stemming, so French, Arabic and Darija all work.
 *   Words are reduced to letters and digits here, so nothing the user types can be tsquery syntax.
 * - `likePattern`: `%…%` over `tajer_search_norm(text)` (accents removed, Arabic letters unified and transliterated),
 *   served by the trigram index `Message_text_trgm_idx`. It catches what the full-text arm cannot: a fragment inside a
 *   word ("moule" in "semoule"), Arabic written with or without the article or hamza variants. Only for fragments of
 *   3+ characters: shorter ones have no trigram to look up, and the prefix arm already covers them.
 */
export interface TextQuery {
  tsquery: string | null;
  likePattern: string | null;
}

const MAX_WORDS = 8;

export function buildTextQuery(q: string): TextQuery {
  const words = q
    .normalize('NFKC')
    // Arabic tashkeel and other combining marks: the full-text parser would split a word on them.
    .replace(/\p{Mn}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  const tsquery = words.length ? words.map((w) => `${w.toLowerCase()}:*`).join(' & ') : null;
  // normalizeSearchText mirrors the SQL function and only ever returns [a-z0-9 ]: no LIKE wildcard can get through.
  const normalized = normalizeSearchText(q);
  const likePattern = normalized.length >= 3 ? `%${normalized}%` : null;
  return { tsquery, likePattern };
}

/**
 * A short excerpt of a message around the first place the query matches (accent- and case-insensitively), for the
 * list's `snippet`. Falls back to the message's start when the match came from a transliterated or prefix form.
 */
export function excerpt(text: string, q: string, width = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const folded = fold(flat);
  // NFKD + mark removal can change lengths; search per word on a same-length fold when possible.
  const sameLength = folded.length === flat.length;
  const words = fold(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let at = -1;
  if (sameLength) for (const w of words) if ((at = folded.indexOf(w)) >= 0) break;
  if (at < 0) return `${flat.slice(0, width - 1)}…`;
  const start = Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(flat.length, start + width);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
