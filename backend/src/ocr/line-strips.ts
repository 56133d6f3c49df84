import { greyPixels, toPgm, type PreparedImage } from './image-prep';
import { mergeArabicLine, orderWords } from './arabic-lines';
import { joinWords, type OcrBox, type OcrLine, type OcrPageResult, type OcrWord } from './ocr-pool';

/**
 * Re-reading a few lines of a receipt with another model (English digits for the money lines, Arabic for the Arabic
 * ones) costs in proportion to what is re-read: the lines are cut out of the prepared page as full-width strips and
 * stacked into one small image, recognised in one call, and the result is mapped back to page coordinates.
 */

export interface StackedStrips {
  /** Binary PGM, as tesseract reads it. */
  data: Buffer;
  /** Rows of the stacked image (its width is the page's). */
  height: number;
  /** For each strip: its rows in the stacked image and where they come from in the page. */
  strips: { stackTop: number; stackBottom: number; pageTop: number; line: number }[];
}

const GAP = 14;

/** `lines` are indices into `page.lines`; each strip is the line's box, padded, across the whole page width. */
export function stackLineStrips(image: PreparedImage, page: OcrPageResult, lines: number[]): StackedStrips {
  const { width, height } = image;
  const pixels = greyPixels(image);
  const parts: { top: number; bottom: number; line: number }[] = [];
  for (const i of lines) {
    const box = page.lines[i].bbox;
    const pad = Math.max(3, Math.round((box.y1 - box.y0) * 0.25));
    // Never past half-way to the neighbouring rows: their ascenders and descenders would be read as a line of junk.
    const above = Math.max(0, ...page.lines.filter((l) => l.bbox.y1 <= box.y0 + 2 && l !== page.lines[i]).map((l) => l.bbox.y1));
    const below = Math.min(height, ...page.lines.filter((l) => l.bbox.y0 >= box.y1 - 2 && l !== page.lines[i]).map((l) => l.bbox.y0));
    const top = Math.max(0, box.y0 - pad, Math.ceil((above + box.y0) / 2));
    const bottom = Math.min(height, box.y1 + pad, Math.floor((box.y1 + below) / 2));
    parts.push({ top, bottom: Math.max(bottom, top + 1), line: i });
  }
  const total = parts.reduce((s, p) => s + (p.bottom - p.top) + GAP, GAP);
  const out = Buffer.alloc(width * total, 255);
  const strips: StackedStrips['strips'] = [];
  let y = GAP;
  for (const p of parts) {
    const rows = p.bottom - p.top;
    pixels.copy(out, y * width, p.top * width, p.bottom * width);
    strips.push({ stackTop: y, stackBottom: y + rows, pageTop: p.top, line: p.line });
    y += rows + GAP;
  }
  return { data: toPgm(out, width, total), height: total, strips };
}

/** The words recognised in each strip, moved back to page coordinates (key: the page line index). */
export function wordsByStrip(stack: StackedStrips, result: OcrPageResult): Map<number, OcrWord[]> {
  const out = new Map<number, OcrWord[]>();
  for (const line of result.lines) {
    for (const word of line.words) {
      const cy = (word.bbox.y0 + word.bbox.y1) / 2;
      const strip = stack.strips.find((s) => cy >= s.stackTop - GAP / 2 && cy <= s.stackBottom + GAP / 2);
      if (!strip) continue;
      const dy = strip.pageTop - strip.stackTop;
      const moved: OcrWord = { ...word, bbox: shift(word.bbox, dy) };
      const list = out.get(strip.line) ?? [];
      list.push(moved);
      out.set(strip.line, list);
    }
  }
  return out;
}

function shift(b: OcrBox, dy: number): OcrBox {
  return { x0: b.x0, x1: b.x1, y0: b.y0 + dy, y1: b.y1 + dy };
}

/** A page with some lines replaced by words in reading order; text and confidence are recomputed from the words. */
export function withLines(page: OcrPageResult, replaced: Map<number, OcrWord[]>): OcrPageResult {
  const lines: OcrLine[] = page.lines.map((line, i) => {
    const ordered = replaced.get(i);
    if (!ordered || !ordered.length) return line;
    return {
      text: joinWords(ordered),
      confidence: ordered.reduce((s, w) => s + w.confidence, 0) / ordered.length,
      bbox: line.bbox,
      words: ordered,
    };
  });
  const all = lines.flatMap((l) => l.words);
  return {
    text: lines.map((l) => l.text).join('\n'),
    lines,
    confidence: all.length ? all.reduce((s, w) => s + w.confidence, 0) / all.length : 0,
  };
}

/**
 * An Arabic page read by the Arabic model, each of its lines given the numbers the Latin reading found on the same row
 * (the Arabic model drops thousands spaces and separators). Latin lines with no Arabic line on their row are kept.
 */
export function mergeArabicPage(latin: OcrPageResult, arabic: OcrPageResult): OcrPageResult {
  const rowOf = (b: OcrBox) => (b.y0 + b.y1) / 2;
  const used = new Set<OcrLine>();
  const merged: { y: number; line: OcrLine }[] = arabic.lines.map((line) => {
    const sameRow = latin.lines.filter((l) => rowOf(l.bbox) >= line.bbox.y0 && rowOf(l.bbox) <= line.bbox.y1);
    sameRow.forEach((l) => used.add(l));
    const latinWords = sameRow.flatMap((l) => l.words);
    const words = orderWords(mergeArabicLine({ ...line, words: latinWords }, line.words));
    return {
      y: rowOf(line.bbox),
      line: words.length
        ? { ...line, words, text: joinWords(words), confidence: words.reduce((s, w) => s + w.confidence, 0) / words.length }
        : line,
    };
  });
  for (const l of latin.lines) if (!used.has(l)) merged.push({ y: rowOf(l.bbox), line: l });
  const lines = merged.sort((a, b) => a.y - b.y).map((m) => m.line);
  const all = lines.flatMap((l) => l.words);
  return {
    text: lines.map((l) => l.text).join('\n'),
    lines,
    confidence: all.length ? all.reduce((s, w) => s + w.confidence, 0) / all.length : 0,
  };
}
