import type { OcrPageResult, OcrWord } from '../../src/ocr/ocr-pool';

/** A page from text rows, one word per space-separated token, rows 40 px apart (the row targets only need the text). */
export function textPage(rows: string[]): OcrPageResult {
  const lines = rows.map((text, i) => {
    const words: OcrWord[] = text
      .split(/ +/)
      .map((t, k) => ({ text: t, confidence: 0.8, bbox: { x0: k * 60, x1: k * 60 + 50, y0: i * 40, y1: i * 40 + 30 } }));
    return { text, confidence: 0.8, bbox: { x0: 0, x1: 600, y0: i * 40, y1: i * 40 + 30 }, words };
  });
  return { text: rows.join('\n'), lines, confidence: 0.8 };
}
