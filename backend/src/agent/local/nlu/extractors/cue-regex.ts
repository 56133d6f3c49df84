import { fold } from '../normalize';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A whole-word matcher over folded text for a list of cues in any script. Arabic cues may carry a
 * glued conjunction or preposition (و, ف, ب, ل, ك), which `\b` cannot see.
 */
export function cueRegex(cues: readonly string[], flags = 'u'): RegExp {
  const folded = [...new Set(cues.map((c) => fold(c).replace(/'/g, ' ')))].sort((a, b) => b.length - a.length);
  const latin = folded.filter((c) => !/[\u0600-\u06FF]/.test(c)).map(escape);
  const arabic = folded
    .filter((c) => /[\u0600-\u06FF]/.test(c))
    // "ل" + "ال" is written "لل": "للشهر", "للكهرباء".
    .flatMap((c) => (c.startsWith('ال') ? [c, `لل${c.slice(2)}`] : [c]))
    .map(escape);
  const parts: string[] = [];
  if (latin.length) parts.push(`(?:${latin.join('|')})`);
  if (arabic.length) parts.push(`(?:[وفبلك]{0,2}(?:ال)?(?:${arabic.join('|')}))`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** Folded text with apostrophes as spaces, so "l'huile" reads "l huile". */
export function foldForCues(text: string): string {
  return fold(text).replace(/'/g, ' ');
}
