/**
 * Text folding shared by the classifier and the extractors. Users type the same word many ways
 * (accents or not, hamza or not, Eastern or Western digits), so everything is compared folded.
 */

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const ARABIC_LETTERS_G = /[\u0621-\u064A\u0671-\u06D3]/g;

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII; Arabic decimal/thousands marks to '.'/','. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, ',')
    .replace(/\u066C/g, ' ');
}

/** Arabic folding: no diacritics or tatweel, one alef, ة→ه, ى→ي, hamza carriers to their letter. */
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

/** Full folding for comparisons: both scripts, ASCII digits, single spaces. */
export function fold(text: string): string {
  return foldArabic(foldLatin(toAsciiDigits(text))).replace(/\s+/g, ' ').trim();
}

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

/** Levenshtein distance with an early exit once `max` is exceeded. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
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
