import { fold } from '../normalize';

/** A literal made safe inside a RegExp's source. */
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A whole-word matcher over folded text for a list of cues in any script. Arabic cues may carry a
 * glued conjunction or preposition (و, ف, ب, ل, ك), which `\b` cannot see.
 */
export function cueRegex(cues: readonly string[], flags = 'u'): RegExp {
  const folded = [...new Set(cues.map((c) => fold(c).replace(/'/g, ' ')))].sort((a, b) => b.length - a.length);
  const latin = folded.filter((c) => !/[\u0600-\u06FF]/.test(c)).map(escapeRegex);
  const arabic = folded
    .filter((c) => /[\u0600-\u06FF]/.test(c))
    // "ل" + "ال" is written "لل": "للشهر", "للكهرباء".
    .flatMap((c) => (c.startsWith('ال') ? [c, `لل${c.slice(2)}`] : [c]))
    .map(escapeRegex);
  const parts: string[] = [];
  if (latin.length) parts.push(`(?:${latin.join('|')})`);
  if (arabic.length) parts.push(`(?:[وفبلك]{0,2}(?:ال)?(?:${arabic.join('|')}))`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * The last texts folded: one message is folded again by nearly every extractor and rule of a turn (3 % of an offline
 * turn's profile). Bounded; cleared when full.
 */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 256;

/** Folded text with apostrophes as spaces, so "l'huile" reads "l huile". */
export function foldForCues(text: string): string {
  let out = FOLDED.get(text);
  if (out === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(text, (out = fold(text).replace(/'/g, ' ')));
  }
  return out;
}

/** A test over folded text by one matcher: `has(SALE)(text)` is whether a message holds a sale's cue. */
export const has = (re: RegExp) => (text: string) => re.test(foldForCues(text));
