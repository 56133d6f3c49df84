/**
 * The one text normaliser: what the owner typed and what is stored are compared folded, so accents, Arabic diacritics
 * and letter variants, Eastern digits and typographic quotes never decide whether "semoule" finds "Sémoule", "الزيت"
 * finds "زيت" or "٣" means 3. The NLU, the searches, the imports, the market and marketing features all fold with it.
 */
import { distance } from 'fastest-levenshtein';

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII; Arabic decimal/thousands marks to '.'/','. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, ',')
    .replace(/\u066C/g, ' ');
}

/** Arabic folding: no diacritics or tatweel, one alef, ة→ه, ى→ي, hamza carriers to their letter, Persian/Maghrebi letters to Arabic. */
export function foldArabic(text: string): string {
  return text
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ی/g, 'ي')
    .replace(/ڤ/g, 'ف')
    .replace(/[ڨ]/g, 'ق')
    .replace(/پ/g, 'ب')
    .replace(/چ/g, 'ج');
}

/** Latin folding: lower case, no accents, ligatures spelled out, typographic apostrophes made plain. */
export function foldLatin(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'");
}

/** Full folding for comparisons: both scripts, ASCII digits, single spaces; punctuation kept. */
export function fold(text: string): string {
  return foldArabic(foldLatin(toAsciiDigits(text)))
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

/**
 * Folded words separated by single spaces: everything but letters and digits becomes a space, except the characters
 * of `keep` (marketing topics keep "%", "'" and "-": "-20%" and "l'huile" are read as typed).
 */
export function normalizeText(input: string, options: { keep?: string } = {}): string {
  const other = new RegExp(`[^\\p{L}\\p{N}${escapeClass(options.keep ?? '')}]+`, 'gu');
  return fold(input).replace(other, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Function words that never name a thing (articles, prepositions, possessives) in French, English, Arabic (folded) and
 * Latin-script Darija. Feature-specific noise (a marketing topic's "promo", "offre") is added by the feature.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // fr
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'des',
  'de',
  'du',
  'd',
  'au',
  'aux',
  'et',
  'ou',
  'en',
  'pour',
  'avec',
  'sur',
  'a',
  'à',
  'mon',
  'ma',
  'mes',
  'nos',
  'notre',
  'vos',
  'votre',
  'ce',
  'cette',
  'ces',
  // en
  'the',
  'of',
  'and',
  'or',
  'an',
  'for',
  'with',
  'on',
  'in',
  'to',
  'my',
  'our',
  'your',
  // ar (folded: ى → ي)
  'في',
  'من',
  'علي',
  'الي',
  'مع',
  'عن',
  'و',
  // darija (latin)
  'f',
  'fi',
  'men',
  'mta3',
  'ta3',
  'dyal',
]);

/** Levenshtein distance (fastest-levenshtein). */
export function editDistance(a: string, b: string): number {
  return a === b ? 0 : distance(a, b);
}

/** Whether two words are at most `max` edits apart (lengths checked first: names are short, catalogues are not). */
export function withinEdits(a: string, b: string, max: number): boolean {
  return Math.abs(a.length - b.length) <= max && editDistance(a, b) <= max;
}
