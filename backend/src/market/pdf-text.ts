import { dirname, join } from 'node:path';

/**
 * Text for PDFs in French, English and Arabic. pdfkit's standard fonts have no Arabic glyphs, and pdfkit does no
 * bidirectional layout: fontkit shapes an Arabic run and lays it out right to left, but it would also reverse any
 * digits inside it. So text is cut into directional runs (a reduced Unicode bidi algorithm: strong Arabic vs strong
 * Latin/digits, neutrals resolved from their neighbours), each run gets a font that has its glyphs (Noto Naskh
 * Arabic, shipped by an npm package, or Helvetica), and runs are placed in visual order.
 */
export const FONTS = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  arabic: 'NotoNaskhArabic',
  arabicBold: 'NotoNaskhArabic-Bold',
} as const;

/** The TTFs of @embedpdf/fonts-arabic (OFL). Resolved from its entry point: the package exports no other path. */
export function arabicFontFiles(): { regular: string; bold: string } {
  const root = join(dirname(require.resolve('@embedpdf/fonts-arabic')), '..', 'fonts');
  return { regular: join(root, 'NotoNaskhArabic-Regular.ttf'), bold: join(root, 'NotoNaskhArabic-Bold.ttf') };
}

type Dir = 'L' | 'R';
export interface Run {
  text: string;
  dir: Dir;
  arabicFont: boolean;
}

const STRONG_R = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const STRONG_L = /[A-Za-z0-9\u00c0-\u024f\u0152\u0153]/;
const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '«': '»', '»': '«', '<': '>', '>': '<' };
/** Characters the Arabic font draws; other neutrals inside Arabic text fall back to Helvetica. */
const ARABIC_FONT_NEUTRALS = /[\s.،؛؟:!]/;
/** WinAnsi (the standard fonts' encoding) lacks these; write what it has instead. */
const LATIN_FALLBACK: Record<string, string> = { '→': '->', '−': '-', '\u202f': ' ', '\u2009': ' ', '≥': '>=', '≤': '<=' };

const classify = (ch: string): Dir | null => (STRONG_R.test(ch) ? 'R' : STRONG_L.test(ch) ? 'L' : null);

const OPENING: Record<string, string> = { '(': ')', '[': ']', '«': '»' };

/**
 * Unicode's bracket-pair rule (N0), reduced: a pair takes the paragraph's direction when it encloses text of that
 * direction; it takes the other direction when it encloses only that and follows it ("Said (Bab Ezzouar)" inside
 * Arabic stays Latin); left alone, two brackets could each fall to a different side.
 */
function resolveBrackets(chars: string[], strong: (Dir | null)[], base: Dir): void {
  const stack: { index: number; close: string }[] = [];
  chars.forEach((ch, i) => {
    if (OPENING[ch]) stack.push({ index: i, close: OPENING[ch] });
    else if (stack.length && stack[stack.length - 1].close === ch) {
      const open = stack.pop()!.index;
      const inside = strong.slice(open + 1, i);
      const other: Dir = base === 'R' ? 'L' : 'R';
      let dir: Dir | null = null;
      if (inside.includes(base)) dir = base;
      else if (inside.includes(other)) {
        let before: Dir | null = null;
        for (let j = open - 1; j >= 0 && !before; j--) before = strong[j];
        dir = (before ?? base) === other ? other : base;
      }
      if (dir) strong[open] = strong[i] = dir;
    }
  });
}

/** Directional runs of a line in logical order. `base` is the paragraph direction. */
export function bidiRuns(text: string, base: Dir): Run[] {
  const chars = [...text];
  const strong = chars.map(classify);
  // Signs stuck to a digit belong to the number ("+13%", "-2"), as Unicode's number rules (ES/ET) would have it.
  chars.forEach((ch, i) => {
    if (/[+\-%]/.test(ch) && (/\d/.test(chars[i - 1] ?? '') || /\d/.test(chars[i + 1] ?? ''))) strong[i] = 'L';
  });
  resolveBrackets(chars, strong, base);
  const resolved: Dir[] = chars.map((_, i) => {
    if (strong[i]) return strong[i] as Dir;
    let before: Dir | null = null;
    let after: Dir | null = null;
    for (let j = i - 1; j >= 0 && !before; j--) before = strong[j];
    for (let j = i + 1; j < chars.length && !after; j++) after = strong[j];
    // A neutral between two runs of the same direction takes it; otherwise the paragraph's.
    return before && before === after ? before : base;
  });
  const runs: Run[] = [];
  chars.forEach((ch, i) => {
    const dir = resolved[i];
    const arabicFont = dir === 'R' && (STRONG_R.test(ch) || ARABIC_FONT_NEUTRALS.test(ch));
    const out = dir === 'R' && !arabicFont ? (MIRROR[ch] ?? ch) : (LATIN_FALLBACK[ch] ?? ch);
    const last = runs[runs.length - 1];
    if (last && last.dir === dir && last.arabicFont === arabicFont) last.text += out;
    else runs.push({ text: out, dir, arabicFont });
  });
  return runs;
}

/**
 * Visual order, left to right. Within a right-to-left stretch the pieces are reversed; fontkit reverses the glyphs
 * of an Arabic word itself, but a Helvetica piece inside Arabic text (a colon, a percent sign) is reversed here.
 */
export function visualRuns(text: string, base: Dir): Run[] {
  const runs = bidiRuns(text, base);
  // Group consecutive runs of direction R (whatever their font) into stretches.
  const groups: Run[][] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    if (last && last[0].dir === run.dir) last.push(run);
    else groups.push([run]);
  }
  const ordered = base === 'R' ? groups.reverse() : groups;
  return ordered.flatMap((g) =>
    g[0].dir === 'R'
      ? [...g].reverse().flatMap((r) =>
          r.arabicFont
            ? // pdfkit lays text out word by word, left to right: an Arabic run must be handed over one word at a time,
              // last word first (fontkit then shapes and mirrors each word correctly).
              r.text
                .split(/(\s+)/)
                .filter(Boolean)
                .reverse()
                .map((word) => ({ ...r, text: word }))
            : [{ ...r, text: [...r.text].reverse().join('') }],
        )
      : g,
  );
}
