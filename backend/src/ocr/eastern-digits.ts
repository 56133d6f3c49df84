import { greyPixels, type PreparedImage } from './image-prep';
import { orderWords } from './arabic-lines';
import { OTHER, labelValue, type DigitClassifier } from './digit-classifier';
import { binarise, connectedComponents, glyphFeatures, mergeColumns, splitWords, wordBand, type Glyph } from './digit-glyphs';
import { joinWords, type OcrLine, type OcrPageResult, type OcrWord } from './ocr-pool';

/**
 * Numbers printed in Eastern Arabic digits (« ٦٤٨٠٫٠٠ », « ١٤/٠٦/٢٠٢٦ ») on the lines the Arabic pass read: neither
 * tesseract model reads them (`ara` knows only ٠ and ١, the Latin one writes letter salad), so the part of each line
 * that no model read with confidence is cut into glyphs and read by the digit classifier. What it reads with
 * confidence replaces the junk there; what it is unsure of is still written, at a low confidence, so that the parser
 * marks the total or date it makes as one to check.
 */

/** Arabic letters proper (not digits or marks). */
const ARABIC_LETTERS = /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]/gu;
const EASTERN_LETTER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/u;

/** Confidence given to a number read surely (every glyph near its class and far from any other value). */
export const SURE_NUMBER = 0.9;
/** Confidence given to a number with a doubtful glyph: low enough for the draft to flag the field it makes. */
export const UNSURE_NUMBER = 0.3;
/** A glyph is read surely when its nearest sample of another value is clearly farther. */
const MAX_AMBIGUITY = 0.8;
/** A letter whose nearest digit sample is almost as near: read as that digit (unsurely) among other digits. */
const NEAR_TIE = 0.9;
/** ...and when it is near a sample at all (a speck or a fold is far from every rendered glyph). */
const MAX_DISTANCE = 2.5;

export interface EasternReading {
  page: OcrPageResult;
  /** Numbers written into the page. */
  numbers: number;
  /** Of which read surely. */
  sure: number;
}

/** A word some model read with confidence: its pixels are not looked at again. */
function readWell(w: OcrWord): boolean {
  if (EASTERN_LETTER_DIGITS.test(w.text)) return false;
  const letters = (w.text.match(ARABIC_LETTERS) ?? []).length;
  if (letters >= 2) return w.confidence >= 0.6;
  // Up to three Latin letters at a high confidence are often digits of Eastern numbers (« A » for ٨, « Vor, » for
  // « ٧٥٠٫ »): only a longer Latin word is taken as read.
  return w.confidence >= 0.8 && ((w.text.match(/[0-9]/g) ?? []).length >= 2 || (w.text.match(/[A-Za-z]/g) ?? []).length >= 4);
}

/**
 * Reads the Eastern-digit numbers of the page and writes those on `lines` (indices into `page.lines`) into them.
 * The page is cut into glyphs once and the glyphs chained into rows by their own heights, not cut along tesseract's
 * line boxes: a number at the far end of a slightly skewed row sits higher or lower than its Arabic label.
 */
export function readEasternNumbers(
  image: PreparedImage,
  page: OcrPageResult,
  lines: readonly number[],
  classifier: DigitClassifier,
): EasternReading {
  const { width, height } = image;
  if (!lines.length) return { page, numbers: 0, sure: 0 };
  const grey = { pixels: greyPixels(image), width, height };
  const bin = binarise(grey);
  const known = page.lines.flatMap((l) => l.words).filter(readWell);
  const isKnown = (g: Glyph) => {
    const cx = (g.x0 + g.x1) / 2;
    const cy = (g.y0 + g.y1) / 2;
    return known.some((w) => cx >= w.bbox.x0 - 1 && cx <= w.bbox.x1 + 1 && cy >= w.bbox.y0 - 2 && cy <= w.bbox.y1 + 2);
  };
  const lineHeights = lines.map((i) => page.lines[i].bbox.y1 - page.lines[i].bbox.y0).sort((a, b) => a - b);
  const maxHeight = 2.5 * (lineHeights[Math.floor(lineHeights.length / 2)] ?? height);
  const components = connectedComponents(bin, width, height).filter(
    (g) => g.x0 > 0 && g.y0 > 0 && g.x1 < width && g.y1 < height && g.y1 - g.y0 <= maxHeight && g.x1 - g.x0 <= maxHeight * 3,
  );
  const found = new Map<number, OcrWord[]>();
  let numbers = 0;
  let sure = 0;
  for (const row of attachMarks(chainRows(components))) {
    const glyphs = mergeColumns(row);
    const lineHeight = typicalHeight(glyphs);
    if (!lineHeight) continue;
    const reads = splitWords(glyphs, lineHeight)
      .map(unknownPart(isKnown))
      .filter((word) => word.length > 0)
      .map((word) => ({ word, read: readNumber(bin, width, word, lineHeight, classifier), box: boxOf(word) }));
    // A lone glyph is a digit only beside a number the classifier read in its row: the thousands of « ٨ ٢٦٠٫٠٠ », the
    // count of « ٢ × ٧٦٠٫٠٠ ». Alone among words it was a letter's loop or a speck (« مواد ٥ ٥ 1000 الإخلاص », a shop's
    // name given two false « ٥ »).
    const rowNumbers = reads.filter((r) => r.read && r.word.length > 1);
    for (const { word, read, box: bbox } of reads) {
      if (!read) continue;
      if (word.length === 1) {
        const beside = rowNumbers.filter((n) => Math.max(n.box.x0 - bbox.x1, bbox.x0 - n.box.x1) <= LONE_DIGIT_REACH * lineHeight);
        const thousands = beside.some(
          (n) => THOUSANDS_GROUP.test(n.read?.text ?? '') && Math.max(n.box.x0 - bbox.x1, bbox.x0 - n.box.x1) <= lineHeight,
        );
        if (!thousands && !(read.sure && beside.length)) continue;
      }
      const line = lineOf(page, lines, bbox);
      if (line === null) continue;
      const list = found.get(line) ?? [];
      list.push({ text: read.text, confidence: read.sure ? SURE_NUMBER : UNSURE_NUMBER, bbox });
      found.set(line, list);
      numbers += 1;
      if (read.sure) sure += 1;
    }
  }
  if (!numbers) return { page, numbers, sure };
  const out: OcrLine[] = page.lines.map((line, i) => {
    const added = found.get(i);
    if (!added) return line;
    const kept = line.words.filter((w) => known.includes(w) || !added.some((f) => overlaps(f, w)));
    const words = orderWords([...kept, ...added]);
    // A line is no surer than the number written into it: its label read well does not vouch for its amount.
    const mean = words.reduce((s, w) => s + w.confidence, 0) / words.length;
    const confidence = Math.min(mean, ...added.map((w) => w.confidence));
    return { text: joinWords(words), confidence, bbox: line.bbox, words };
  });
  const all = out.flatMap((l) => l.words);
  return {
    page: {
      text: out.map((l) => l.text).join('\n'),
      lines: out,
      confidence: all.length ? all.reduce((s, w) => s + w.confidence, 0) / all.length : 0,
    },
    numbers,
    sure,
  };
}

/** How far (in line heights) a lone digit may stand from the number it belongs to (« ٢ × ٧٦٠٫٠٠ »: the sign between). */
const LONE_DIGIT_REACH = 2;

/**
 * The glyphs of a word no model read well. A number printed close to its currency (« ٧٥٠٫٠٠ دج ») makes one glyph word
 * with it: the read word at its end is cut off and the rest is looked at; a read word inside it keeps the whole.
 */
export const unknownPart =
  (isKnown: (g: Glyph) => boolean) =>
  (word: Glyph[]): Glyph[] => {
    const known = word.map(isKnown);
    const first = known.indexOf(false);
    const last = known.lastIndexOf(false);
    if (first < 0) return [];
    return known.slice(first, last + 1).some(Boolean) ? [] : word.slice(first, last + 1);
  };

/** A group of three digits, with or without decimals: a lone digit right beside it is its thousands. */
const THOUSANDS_GROUP = /^[٠-٩]{3}(?:[٫.,][٠-٩]{1,2})?$/u;

const boxOf = (word: readonly Glyph[]): OcrWord['bbox'] => ({
  x0: Math.min(...word.map((g) => g.x0)),
  y0: Math.min(...word.map((g) => g.y0)),
  x1: Math.max(...word.map((g) => g.x1)),
  y1: Math.max(...word.map((g) => g.y1)),
});

/**
 * Components chained left to right into text rows: a component joins the row whose band (its last full-height
 * glyph) holds its centre, or whose band centre it spans; the band follows the row, so a slight skew is tracked.
 */
function chainRows(components: readonly Glyph[]): Glyph[][] {
  const rows: { glyphs: Glyph[]; y0: number; y1: number; right: number; tall: number }[] = [];
  for (const c of [...components].sort((a, b) => a.x0 - b.x0)) {
    const cy = (c.y0 + c.y1) / 2;
    const h = c.y1 - c.y0;
    let best: (typeof rows)[number] | undefined;
    let bestDistance = Infinity;
    for (const r of rows) {
      const bandHeight = r.y1 - r.y0;
      const centre = (r.y0 + r.y1) / 2;
      const inside = (cy >= r.y0 && cy <= r.y1) || (centre >= c.y0 && centre <= c.y1);
      if (!inside || c.x0 - r.right > 4 * Math.max(bandHeight, h)) continue;
      const d = Math.abs(cy - centre);
      if (d < bestDistance) {
        bestDistance = d;
        best = r;
      }
    }
    if (!best) {
      rows.push({ glyphs: [c], y0: c.y0, y1: c.y1, right: c.x1, tall: h });
      continue;
    }
    best.glyphs.push(c);
    best.right = Math.max(best.right, c.x1);
    if (h >= 0.6 * best.tall) {
      best.y0 = c.y0;
      best.y1 = c.y1;
      best.tall = Math.max(h, 0.8 * best.tall);
    }
  }
  return rows.map((r) => r.glyphs);
}

/**
 * Small glyphs chained into rows of their own put back into the row of full-size glyphs they sit against: a decimal
 * comma « ٫ » hangs below the digits' band and the small « ٠٠ » after it sit half-way up, so the chain, which follows
 * the last full-height glyph, may start a row for them; their number then lost its decimals (« ١٣٣٥٫ » for
 * « ١٣٣٥٫٠٠ »). A glyph moves when it is beside a glyph of the larger row (a gap under half that row's height) and its
 * centre lies within that glyph's height or just below it.
 */
function attachMarks(rows: Glyph[][]): Glyph[][] {
  const heights = rows.map(typicalHeight);
  const tallest = rows.map((r) => Math.max(...r.map((g) => g.y1 - g.y0)));
  const out = rows.map((r) => [...r]);
  const small = rows.map((_, i) => i).filter((i) => !heights[i] || tallest[i] < 0.6 * Math.max(...heights));
  const big = rows.map((_, j) => j).filter((j) => heights[j] > 0);
  // A few rounds: the second « ٠ » of « ٫٠٠ » is beside the first one, not beside a digit.
  for (let round = 0, moved = true; round < 3 && moved; round += 1) {
    moved = false;
    for (const i of small) {
      for (const g of [...out[i]]) {
        const cy = (g.y0 + g.y1) / 2;
        let target = -1;
        let nearest = Infinity;
        for (const j of big) {
          const h = heights[j];
          if (j === i || tallest[i] >= 0.6 * h) continue;
          const near = out[j].filter((b) => Math.max(0, g.x0 - b.x1, b.x0 - g.x1) <= 2 * h);
          if (!near.length) continue;
          const gap = Math.min(...near.map((b) => Math.max(0, g.x0 - b.x1, b.x0 - g.x1)));
          const top = Math.min(...near.map((b) => b.y0));
          const bottom = Math.max(...near.map((b) => b.y1));
          if (gap > 0.5 * h || cy < top || cy > bottom + 0.3 * h || bottom - top > 1.6 * h) continue;
          if (gap < nearest) {
            nearest = gap;
            target = j;
          }
        }
        if (target < 0) continue;
        out[target].push(g);
        out[i] = out[i].filter((x) => x !== g);
        moved = true;
      }
    }
  }
  return out.filter((r) => r.length);
}

/**
 * The line a number found at `box` belongs to, if Arabic-read: the one with a word (often the junk a model wrote for
 * the number) overlapping it most, else the one whose rows hold its centre. On a skewed row the number at the far end
 * lies within the box of the row above or below: the words tell more than the line boxes.
 */
function lineOf(page: OcrPageResult, lines: readonly number[], box: OcrWord['bbox']): number | null {
  const area = (a: OcrWord['bbox']) =>
    Math.max(0, Math.min(a.x1, box.x1) - Math.max(a.x0, box.x0)) * Math.max(0, Math.min(a.y1, box.y1) - Math.max(a.y0, box.y0));
  let best: number | null = null;
  let bestOverlap = 0;
  page.lines.forEach((line, i) => {
    const o = Math.max(0, ...line.words.map((w) => area(w.bbox)));
    if (o > bestOverlap) {
      bestOverlap = o;
      best = i;
    }
  });
  if (best === null) {
    const cy = (box.y0 + box.y1) / 2;
    let bestDistance = Infinity;
    page.lines.forEach((line, i) => {
      const b = line.bbox;
      const d = cy < b.y0 ? b.y0 - cy : cy > b.y1 ? cy - b.y1 : 0;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    });
    if (bestDistance > 0.5 * (box.y1 - box.y0)) return null;
  }
  // A number on a line the Latin model read well is that line's business.
  return best !== null && lines.includes(best) ? best : null;
}

const overlaps = (a: OcrWord, b: OcrWord) =>
  Math.min(a.bbox.x1, b.bbox.x1) - Math.max(a.bbox.x0, b.bbox.x0) > 0.3 * Math.min(a.bbox.x1 - a.bbox.x0, b.bbox.x1 - b.bbox.x0);

/** Height of the line's full-size glyphs (its upper quartile), or 0 for a line of specks. */
function typicalHeight(glyphs: readonly Glyph[]): number {
  const heights = glyphs.map((g) => g.y1 - g.y0).sort((a, b) => a - b);
  const h = heights[Math.floor(heights.length * 0.75)] ?? 0;
  return h >= 6 ? h : 0;
}

/** A word of glyphs as a number in Eastern digits, or null when it is not one (a letter, Latin digits, specks). */
function readNumber(
  bin: Uint8Array,
  width: number,
  word: readonly Glyph[],
  lineHeight: number,
  classifier: DigitClassifier,
): { text: string; sure: boolean } | null {
  if (word.length > 16) return null;
  const band = wordBand(word);
  if (band.bottom - band.top < 0.5 * lineHeight || band.bottom - band.top > 1.6 * lineHeight) return null;
  const bandHeight = band.bottom - band.top;
  // Two digits printed touching (« ٢٦ », « ٣٨ » in a bold or blurred print) make one component, read as a letter:
  // cut at the faintest column of its middle, it is two digits when the classifier reads both halves as such.
  const glyphs = word.flatMap((g) => {
    if (g.x1 - g.x0 < 0.9 * bandHeight || classifier.classify(glyphFeatures(bin, width, g, band)).label !== OTHER) return [g];
    const halves = splitTouching(bin, width, g);
    // Only two sure digits, beside another digit: Arabic letters joined in a word cut into digit-like halves too.
    const digit = (x: Glyph) => {
      const guess = classifier.classify(glyphFeatures(bin, width, x, band));
      return /\d/.test(labelValue(guess.label)) && guess.ambiguity <= MAX_AMBIGUITY && guess.distance <= MAX_DISTANCE;
    };
    return halves &&
      halves.every(digit) &&
      word.some((x) => x !== g && /\d/.test(labelValue(classifier.classify(glyphFeatures(bin, width, x, band)).label)))
      ? halves
      : [g];
  });
  const split = glyphs.length > word.length;
  const easternContext = glyphs.some((g) =>
    /[\u0662-\u0669\u06f4-\u06f6]/u.test(classifier.classify(glyphFeatures(bin, width, g, band)).label),
  );
  const guesses = glyphs.map((g) => {
    const guess = classifier.classify(glyphFeatures(bin, width, g, band));
    if (split && glyphs.indexOf(g) >= 0 && !word.includes(g)) return { ...guess, ambiguity: 1 };
    // ٠ is a small blob half-way up the digits (« . » sits on the baseline, « ٫ » hangs below it): in a small print
    // the classifier, which has it from clean renders only, took it for « . », « ٥ » or a letter's dot.
    const centre = ((g.y0 + g.y1) / 2 - band.top) / Math.max(1, bandHeight);
    const [w, h] = [g.x1 - g.x0, g.y1 - g.y0];
    // A flat stroke half-way up is a dash, not ٠: « ١٩-٠٧-٢٠٢٥ » was written « ٢٠٢٥٠٠٧٠١٩ » (drawn right to left, its
    // dashes read ٠), a date no reader found. ٠ is a dot or a lozenge, about as tall as wide.
    if (w >= 2.2 * h && h <= 0.25 * bandHeight && centre >= 0.3 && centre <= 0.75 && glyphs.length > 1)
      return { ...guess, label: '-', ambiguity: 1 };
    const blob = h <= 0.4 * bandHeight && w <= 0.5 * bandHeight && centre >= 0.3 && centre <= 0.75;
    if (blob && glyphs.length > 1 && labelValue(guess.label) !== '0') return { ...guess, label: '٠', ambiguity: 1 };
    // A full-height ring is ٥ among Eastern digits (the Eastern zero is a small blob), not a Latin 0.
    if (guess.label === '0' && g.y1 - g.y0 >= 0.6 * bandHeight && easternContext) return { ...guess, label: '٥', ambiguity: 1 };
    // A digit taken for a letter by a hair (Latin « V » is drawn like ٧) is that digit, unsurely.
    if (guess.label === OTHER && guess.nearestDigit && guess.ambiguity >= NEAR_TIE)
      return { ...guess, label: guess.nearestDigit.label, ambiguity: 1 };
    return guess;
  });
  if (guesses.some((g) => g.label === OTHER)) return null;
  const sure = guesses.every((g) => g.ambiguity <= MAX_AMBIGUITY && g.distance <= MAX_DISTANCE);
  // A lone glyph is a number only when a digit other than ٠/١ (a stroke or a dot), and then only beside a number (the
  // caller's test): surely one, or the thousands before a group of three digits.
  if (glyphs.length === 1 && !/[\u0662-\u0669\u06f4-\u06f6]/u.test(guesses[0].label)) return null;
  const values = guesses.map((g) => labelValue(g.label));
  const digits = values.filter((v) => /\d/.test(v)).length;
  // An Eastern number has Eastern digits other than ٠ and ١ (which a stroke or a dot also looks like), and more
  // digits than separators...
  const text = values.map((v) => (/\d/.test(v) ? String.fromCharCode(0x0660 + Number(v)) : v === ',' ? '٫' : v)).join('');
  // ...or is an amount with a decimal comma (« ١١٠٫٠٠ »).
  // (The amount form counts only when a glyph was read as an Eastern ٠ or ١: « 370,00 » in Latin digits is not one.)
  const eastern =
    guesses.some((g) => /[\u0662-\u0669\u06f4-\u06f6]/u.test(g.label)) ||
    (guesses.some((g) => /[\u0660\u0661]/u.test(g.label)) && /^[٠-٩]+٫[٠-٩]{2}$/u.test(text));
  if (!eastern || digits < glyphs.length / 2) return null;
  // ٫ and ٬ differ by a few pixels: a decimal comma followed by three digits and another separator is the thousands one.
  // And a ٬ before the last two digits is the decimal one.
  return { text: text.replace(/[٫٬](?=[٠-٩]{3}[٫٬.,])/gu, '٬').replace(/٬(?=[٠-٩]{2}$)/u, '٫'), sure };
}

/** A wide glyph cut in two at the column with the least ink in its middle 30–70 %, each half trimmed to its ink. */
function splitTouching(bin: Uint8Array, width: number, g: Glyph): [Glyph, Glyph] | null {
  const w = g.x1 - g.x0;
  let cut = -1;
  let least = Infinity;
  for (let x = g.x0 + Math.ceil(0.3 * w); x <= g.x0 + Math.floor(0.7 * w); x += 1) {
    let ink = 0;
    for (let y = g.y0; y < g.y1; y += 1) ink += bin[y * width + x];
    if (ink < least) {
      least = ink;
      cut = x;
    }
  }
  if (cut < 0) return null;
  const part = (x0: number, x1: number): Glyph | null => {
    let y0 = Infinity;
    let y1 = -Infinity;
    let ink = 0;
    for (let y = g.y0; y < g.y1; y += 1) {
      for (let x = x0; x < x1; x += 1) {
        if (!bin[y * width + x]) continue;
        ink += 1;
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y + 1);
      }
    }
    return ink > 2 ? { x0, x1, y0, y1, ink } : null;
  };
  const left = part(g.x0, cut);
  const right = part(cut + 1, g.x1);
  return left && right ? [left, right] : null;
}
