import { rereadArabicRows } from '../../src/ocr/arabic-row-rereads';
import { toPgm, type PreparedImage } from '../../src/ocr/image-prep';
import type { OcrPageResult, OcrWord } from '../../src/ocr/ocr-pool';
import { parseReceipt } from '../../src/ocr/receipt-parser';

/**
 * A date or name row whose first reading was not kept is read once more at the other size (twenty-ninth round, issue
 * 14, after unseen group L's building yards: « الثلاثاء ١٧ ٢٠٢٤ » for « الثلاثاء ١٧ سبتمبر ٢٠٢٤ », whole at ×3 where ×2
 * lost the month). The reader is faked: it answers by the size of the strip it is given.
 */
const WIDTH = 300;
/** Words of a right-to-left row: the first word read is the rightmost. */
function words(text: string, y: number): OcrWord[] {
  const ws = text.split(/ +/);
  return ws.map((t, k) => ({
    text: t,
    confidence: 0.8,
    bbox: { x0: (ws.length - 1 - k) * 60, x1: (ws.length - 1 - k) * 60 + 50, y0: y, y1: y + 30 },
  }));
}
function page(rows: string[]): OcrPageResult {
  const lines = rows.map((text, i) => ({
    text,
    confidence: 0.8,
    bbox: { x0: 0, x1: WIDTH, y0: i * 40, y1: i * 40 + 30 },
    words: words(text, i * 40),
  }));
  return { text: rows.join('\n'), lines, confidence: 0.8 };
}
const image: PreparedImage = {
  data: toPgm(Buffer.alloc(WIDTH * 240, 255), WIDTH, 240),
  width: WIDTH,
  height: 240,
  skewDegrees: 0,
  scale: 1,
};
const options = { referenceDate: new Date('2026-12-07T10:00:00Z') };

/** A reader that gives `byScale[scale]` for a strip enlarged `scale` times, and records the sizes asked. */
function reader(byScale: Record<number, string>) {
  const asked: number[] = [];
  const pool = {
    recognize: async (pgm: Buffer) => {
      const [, w] = /^P5\s+(\d+)\s+(\d+)/.exec(pgm.subarray(0, 40).toString('latin1')) ?? [];
      const scale = Math.round(Number(w) / WIDTH);
      asked.push(scale);
      const text = byScale[scale] ?? '';
      const lines = text ? [{ text, confidence: 0.8, bbox: { x0: 0, x1: WIDTH * scale, y0: 0, y1: 30 }, words: words(text, 0) }] : [];
      const result: OcrPageResult = { text, confidence: 0.8, lines };
      return result;
    },
  };
  return { pool, asked };
}

describe('Arabic rows read a second time at the other size (arabic-row-rereads.ts, twenty-ninth round)', () => {
  const rows = ['مستودع مواد البناء النصر', 'الثلاثاء ١٧   ٢٠٢٤', 'حديد ١٢ ملم   ٢٦٤٠٠٫٠٠', 'الإجمالي   ٢٦٤٠٠٫٠٠'];
  it('reads the date row again at ×3 when ×2 gave no date, and keeps the date', async () => {
    const p = page(rows);
    const draft = parseReceipt(p.text, options);
    expect(draft.date).toBeNull();
    const { pool, asked } = reader({ 2: 'الثلاثاء ١٧ ٢٠٢٤', 3: 'الثلاثاء ١٧ سبتمبر ٢٠٢٤' });
    const out = await rereadArabicRows(pool, image, p, draft, async (q) => q, options);
    expect(asked).toEqual([2, 3]);
    expect(out.draft.date).toBe('2024-09-17');
    expect(out.draft.total).toBe(26400);
    expect(out.reread).toBe(2);
  });
  it('reads it once when the first reading gave the date', async () => {
    const p = page(rows);
    const { pool, asked } = reader({ 2: 'الثلاثاء ١٧ سبتمبر ٢٠٢٤' });
    const out = await rereadArabicRows(pool, image, p, parseReceipt(p.text, options), async (q) => q, options);
    expect(asked).toEqual([2]);
    expect(out.draft.date).toBe('2024-09-17');
  });
});
