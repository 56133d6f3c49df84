/**
 * Text folding shared by the classifier and the extractors. Users type the same word many ways
 * (accents or not, hamza or not, Eastern or Western digits), so everything is compared folded.
 */

import { editDistance as distance, fold, foldArabic, foldLatin, toAsciiDigits } from '@tajer/contract';

// The folding itself is @tajer/contract's one normaliser (the searches, imports and market fold the same way).
export { fold, foldArabic, foldLatin, toAsciiDigits } from '@tajer/contract';

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const ARABIC_LETTERS_G = /[\u0621-\u064A\u0671-\u06D3]/g;

export function hasArabic(text: string): boolean {
  return ARABIC_SCRIPT.test(text);
}

export function arabicRatio(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return 0;
  return (text.match(ARABIC_LETTERS_G)?.length ?? 0) / letters;
}

export function isArabicWord(word: string): boolean {
  return ARABIC_SCRIPT.test(word);
}

export interface Token {
  /** Folded form. */
  text: string;
  /** Offsets in the folded string the token came from. */
  start: number;
  end: number;
}

/**
 * Splits folded text into word tokens. Digits inside a word are kept (Arabizi "3andi", "7lib"),
 * apostrophes split French elisions ("l'huile" → "l", "huile").
 */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

export function words(text: string): string[] {
  return tokenize(fold(text)).map((t) => t.text);
}

/** Arabic proclitics, longest first: conjunction, preposition and article combinations. */
const AR_PREFIXES = ['وبال', 'وال', 'بال', 'كال', 'فال', 'ولل', 'لل', 'ال', 'و', 'ب', 'ل', 'ف', 'ك'];
const AR_SUFFIXES = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ني', 'ات', 'ين', 'ون', 'ان', 'لي', 'ه', 'ك', 'ي'];

/** Removes Arabic clitics the way a light stemmer does, never leaving fewer than `min` letters. */
export function stripArabicPrefix(word: string, min = 3): string {
  for (const p of AR_PREFIXES) {
    if (word.startsWith(p) && word.length - p.length >= min) return word.slice(p.length);
  }
  return word;
}

export function arabicLightStem(word: string): string {
  let w = stripArabicPrefix(word);
  for (const s of AR_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

/** Levenshtein distance (fastest-levenshtein, through @tajer/contract); callers compare it with their typo budget. */
export function editDistance(a: string, b: string): number {
  return distance(a, b);
}

/** Typo tolerance grows with word length: none under 4 letters, 1 up to 7, 2 beyond. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

/**
 * Where each offset of `fold(text)` comes from in `text`, so a span found on folded text can be cut from what the
 * user typed (accents, case and "thé" kept). Undefined when the text folds in a way the per-character walk cannot
 * follow (it then falls back to the folded span).
 */
export function foldOffsets(text: string): ((foldedOffset: number) => number) | undefined {
  const starts: number[] = [];
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      pendingSpace = out.length > 0;
      continue;
    }
    const f = foldArabic(foldLatin(toAsciiDigits(ch)));
    if (!f) continue;
    if (pendingSpace) {
      starts.push(i);
      out += ' ';
      pendingSpace = false;
    }
    for (let k = 0; k < f.length; k += 1) starts.push(i);
    out += f;
  }
  if (out !== fold(text)) return undefined;
  starts.push(text.length);
  return (offset) => starts[Math.max(0, Math.min(offset, starts.length - 1))];
}
