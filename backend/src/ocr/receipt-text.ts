/**
 * Text helpers shared by the receipt parser: line normalisation and OCR-tolerant keyword patterns.
 */

/**
 * The Persian code points an Arabic OCR model writes for letters an Algerian print draws the same way: « ی » (farsi
 * yeh) for « ي », « ک » (keheh) for « ك ». Tesseract's `Arabic` script model, trained on Persian and Urdu as well,
 * writes « سوبیرات », « الباقی ».
 */
export function arabicLetterForms(text: string): string {
  return text.replace(/\u06cc/g, '\u064a').replace(/\u06a9/g, '\u0643');
}

/**
 * Upper-case, accents and Arabic diacritics removed (NFD splits "É" and "أ" into base + mark), spaces collapsed; the
 * Persian forms of yeh and kaf, and the alef maksura that OCR writes for a final yeh (« الإجمالى »), as « ي » « ك ».
 */
export function normalizeLine(line: string): string {
  return arabicLetterForms(line)
    .replace(/\u0649/g, '\u064a')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/\u0640/g, '') // Arabic tatweel (letter stretching)
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Characters tesseract commonly swaps inside words printed in receipt fonts. */
const CONFUSABLE: Record<string, string> = {
  O: '[O0Q]',
  I: '[I1L|!]',
  L: '[L1I|]',
  S: '[S5$]',
  B: '[B8]',
  A: '[A4]',
  E: '[E3]',
  G: '[G6]',
  T: '[T7]',
  Z: '[Z2]',
};

/**
 * Regex source for a keyword that tolerates the usual OCR confusions and any spacing/punctuation between its words
 * ("SOUS-TOTAL", "SOUS TOTAL", "SOUSTOTAL"). Words of 3 letters or less are matched exactly: fuzzy "SST" would match
 * "557". Arabic keywords are matched literally.
 */
export function fuzzyKeyword(keyword: string): string {
  return normalizeLine(keyword)
    .split(' ')
    .map((word) => [...word].map((ch) => (word.length > 3 && CONFUSABLE[ch]) || ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(''))
    .join('[\\s.:_/-]*');
}

export interface KeywordMatcher {
  test(upper: string): boolean;
}

/**
 * Matches any of the keywords in a normalised line. A letter may not touch either end (so "TOTAL" does not match inside
 * "SUBTOTALS") nor a digit precede it; a digit may follow, as OCR often glues "TOTAL60.00". A fuzzy match must be
 * mostly letters, so that "70741" is not read as "TOTAL".
 */
export function keywordRegex(keywords: readonly string[]): KeywordMatcher {
  const alternatives = keywords.map(fuzzyKeyword).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![A-Z0-9\\p{Script=Arabic}])(?:${alternatives.join('|')})(?![A-Z\\p{Script=Arabic}])`, 'gu');
  return {
    test(upper: string): boolean {
      for (const m of upper.matchAll(re)) {
        const alnum = m[0].replace(/[^\p{L}\p{N}]/gu, '');
        if (letterCount(alnum) >= alnum.length * 0.6) return true;
      }
      return false;
    },
  };
}

export function letterCount(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
}

export function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function nearlyEqual(a: number, b: number, tolerance = 0.005): boolean {
  return Math.abs(a - b) <= tolerance;
}
