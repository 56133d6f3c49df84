import { COLUMN_GAP, type OcrLine, type OcrPageResult, type OcrWord } from './ocr-pool';

/**
 * Arabic on a receipt read by the Latin model comes out as low-confidence letter salad ("poil Clyazgu", "dauell"),
 * while French words and numbers come out at 85–97 %. That is a cheap script detector: no extra pass for a
 * French-only receipt, and only the Arabic lines are read again with the Arabic model.
 */

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/gu;

/** A word the Latin model did not really read: mostly letters, low confidence. */
function suspect(word: OcrWord, below = 0.4): boolean {
  const letters = (word.text.match(LETTER) ?? []).length;
  if (word.confidence < below && letters >= 2) return true;
  return word.confidence < 0.25 && word.text.replace(/[^\p{L}\p{N}]/gu, '').length >= 2;
}

/** An Arabic word the Arabic model is sure of: on a blurred Latin scan it also "reads" Arabic, but unsurely. */
const ARABIC_SURE = 0.6;

/**
 * Indices of the lines that look like Arabic script read by a Latin model. `below`: the word confidence under which a
 * word is doubtful (a product label's few big words are worth a looser test than a receipt's many small ones).
 */
export function arabicLineCandidates(page: OcrPageResult, below = 0.4): number[] {
  const out: number[] = [];
  page.lines.forEach((line, i) => {
    const alnum = line.words.reduce((s, w) => s + w.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
    const bad = line.words.filter((w) => suspect(w, below)).reduce((s, w) => s + w.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
    if (bad >= (below > 0.5 ? 2 : 3) && bad >= alnum * 0.25) out.push(i);
  });
  return out;
}

export function isArabicWord(w: OcrWord): boolean {
  return ARABIC_LETTER.test(w.text);
}

/** Arabic letters proper (not Arabic-Indic digits, marks or direction marks). */
const ARABIC_LETTERS = /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]/gu;

/**
 * A word runs right to left when it has Arabic letters: Eastern Arabic digits and separators are of the Arabic script
 * too, but a number printed in them reads left to right like any other (« ٣ ٧٦٠٫٠٠ », not « ٧٦٠٫٠٠ ٣ »).
 */
function hasArabicLetters(w: OcrWord): boolean {
  return /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]/u.test(w.text);
}

/**
 * Whether an Arabic re-read of a line found Arabic worth keeping: a few sure letters, not a speck or a fold read as
 * « وزو ». Otherwise the Latin reading stays as it was, doubtful words included (a faded shop name on a Latin
 * receipt is still the shop name).
 */
export function foundArabic(words: readonly OcrWord[]): boolean {
  const letters = words.filter(isArabicWord).reduce((n, w) => n + (w.text.match(ARABIC_LETTERS) ?? []).length, 0);
  return letters >= 4;
}

const overlap = (a: OcrWord, b: OcrWord) => Math.max(0, Math.min(a.bbox.x1, b.bbox.x1) - Math.max(a.bbox.x0, b.bbox.x0));
const width = (w: OcrWord) => Math.max(1, w.bbox.x1 - w.bbox.x0);
const digitShare = (w: OcrWord) => (w.text.match(/\d/g) ?? []).length / Math.max(1, w.text.replace(/\s/g, '').length);

/**
 * One line from two readings: the Arabic words of the Arabic model, and the Latin model's words that it read well
 * (numbers above all: the Arabic model drops their spaces and separators) where the Arabic model found no word.
 */
export function mergeArabicLine(latin: OcrLine, arabic: OcrWord[]): OcrWord[] {
  const latinNumbers = latin.words.filter((w) => !suspect(w) && digitShare(w) >= 0.5 && w.confidence >= 0.6);
  const arabicWords = arabic.filter(
    (w) => isArabicWord(w) && w.confidence >= ARABIC_SURE && !latinNumbers.some((n) => overlap(n, w) > 0.5 * Math.min(width(n), width(w))),
  );
  const kept = latin.words.filter((w) => !suspect(w) && !arabicWords.some((a) => overlap(a, w) > 0.5 * Math.min(width(a), width(w))));
  return [...arabicWords, ...kept];
}

/**
 * Reading order: an Arabic line runs right to left, but a number inside it ("1 520,00") stays left to right, so
 * consecutive non-Arabic words are kept in their own order, unless a column gap separates them: in « التاريخ: 24 جوان
 * 2024 » with the time « 18:51 » in the left column, the year and the time are two columns, and gluing them made
 * « 24 جوان 18:51 2024 », whose « 18 » was read as the year.
 */
export function orderWords(words: OcrWord[]): OcrWord[] {
  const ltr = [...words].sort((a, b) => a.bbox.x0 - b.bbox.x0);
  const arabicChars = words.filter(hasArabicLetters).reduce((s, w) => s + w.text.length, 0);
  const latinChars = words.filter((w) => !hasArabicLetters(w) && /\p{L}/u.test(w.text)).reduce((s, w) => s + w.text.length, 0);
  if (arabicChars <= latinChars) return ltr;
  const heights = words.map((w) => w.bbox.y1 - w.bbox.y0).sort((a, b) => a - b);
  const h = heights[Math.floor(heights.length / 2)] ?? 0;
  const runs: OcrWord[][] = [];
  for (const w of ltr) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    // The same column gap as `joinWords` writes as three spaces.
    const sameColumn = prev !== undefined && (h <= 0 || w.bbox.x0 - prev.bbox.x1 <= COLUMN_GAP * h);
    if (last && prev && sameColumn && !hasArabicLetters(w) && !hasArabicLetters(prev)) last.push(w);
    else runs.push([w]);
  }
  return runs.reverse().flatMap(thousandsFirst);
}

const EASTERN_NUMBER = /^[\u0660-\u0669\u06f0-\u06f9][\u0660-\u0669\u06f0-\u06f9\u066b\u066c.,]*$/u;
const GROUP_FIRST = /^[\u0660-\u0669\u06f0-\u06f9]{1,3}$/u;
const GROUP_NEXT = /^[\u0660-\u0669\u06f0-\u06f9]{3}(?:[\u066b.,][\u0660-\u0669\u06f0-\u06f9]{1,2})?$/u;

/**
 * An Eastern-digit number whose thousands are set apart by a space (« ٨ ٢٦٠٫٠٠ دج ») may be drawn with its groups
 * right to left: to the bidirectional algorithm a plain space between two Arabic numbers is right-to-left, so the
 * « ٨ » lands right of « ٢٦٠٫٠٠ » (a no-break space keeps them in order). Which group comes first is told by the
 * groups themselves: only the first may have fewer than three digits, only the last decimals.
 */
function thousandsFirst(run: OcrWord[]): OcrWord[] {
  if (run.length < 2 || !run.every((w) => EASTERN_NUMBER.test(w.text))) return run;
  const grouped = (ws: OcrWord[]) =>
    GROUP_FIRST.test(ws[0].text) &&
    ws.slice(1).every((w, i) => GROUP_NEXT.test(w.text) && (i === ws.length - 2 || !/[\u066b.,]/u.test(w.text)));
  if (grouped(run)) return run;
  const reversed = [...run].reverse();
  return grouped(reversed) ? reversed : run;
}
