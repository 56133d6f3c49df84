import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  betterTotal,
  chooseReadings,
  readCrops,
  rereadFields,
  rereadTargets,
  type CropReading,
  type RereadTarget,
} from '../../src/ocr/field-rereads';
import { prepareReceiptImage, type PreparedImage } from '../../src/ocr/image-prep';
import { joinWords, type OcrLine, type OcrPageResult, type OcrWord } from '../../src/ocr/ocr-pool';
import { createReceiptOcrPools, recognizeReceipt, terminateReceiptOcrPools, type ReceiptOcrPools } from '../../src/ocr/receipt-ocr';
import { parseReceipt } from '../../src/ocr/receipt-parser';
import { algerianSuperetteRows, renderReceiptImage } from '../fixtures/receipts/receipt-image.factory';

const REFERENCE = new Date('2026-06-01T00:00:00Z');

/** A page as tesseract gives it: each line's words with boxes, 20 px high, a column gap before a right-hand amount. */
function page(rows: (string | [string, string])[]): OcrPageResult {
  const lines: OcrLine[] = rows.map((row, i) => {
    const y0 = i * 30;
    const words: OcrWord[] = [];
    let x = 10;
    const add = (text: string) => {
      const width = text.length * 10;
      words.push({ text, confidence: 0.9, bbox: { x0: x, y0, x1: x + width, y1: y0 + 20 } });
      x += width + 8;
    };
    const [left, right] = typeof row === 'string' ? [row, ''] : row;
    left.split(' ').forEach(add);
    if (right) {
      x += 200; // a column gap
      right.split(' ').forEach(add);
    }
    return {
      text: joinWords(words),
      confidence: 0.9,
      bbox: { x0: 10, y0, x1: x, y1: y0 + 20 },
      words,
    };
  });
  return { text: lines.map((l) => l.text).join('\n'), lines, confidence: 0.9 };
}

/** The page with the words matching `word` read at `confidence` (tesseract unsure of them). */
function unsure(p: OcrPageResult, word: RegExp, confidence: number): OcrPageResult {
  const lines = p.lines.map((l) => ({ ...l, words: l.words.map((w) => (word.test(w.text) ? { ...w, confidence } : w)) }));
  return { ...p, lines };
}

const draftOf = (p: OcrPageResult) => parseReceipt(p.text, { referenceDate: REFERENCE });
const read = (text: string): CropReading => ({ text, confidence: 0.9 });

describe('targeted re-read of the date and total words: which words', () => {
  it('re-reads nothing when the date was found and every sum holds (the receipts that do not need it pay nothing)', () => {
    const p = page(['SUPERETTE EL BARAKA', 'Le 14/03/2026 a 18:42', ['TOTAL', '2 420,00'], ['ESPECES', '3 000,00'], ['RENDU', '580,00']]);
    expect(draftOf(p).date).toBe('2026-03-14');
    expect(rereadTargets(p, draftOf(p))).toEqual([]);
  });

  it('with no date, re-reads the date-shaped words, but not a phone number', () => {
    const p = page(['SUPERETTE EL BARAKA', 'Tel 023-45-67 89', 'Doc No CS0018 Date: 92/02/2018', ['TOTAL', '2 420,00']]);
    expect(draftOf(p).date).toBeNull();
    const targets = rereadTargets(p, draftOf(p));
    expect(targets.map((t) => [t.kind, p.lines[t.line].words[t.from].text])).toEqual([['date', '92/02/2018']]);
  });

  it('when the tax at its printed rate does not fit the total, re-reads the amount column of the money rows only', () => {
    const p = page(['SHOP', 'Date: 14/03/2026', ['Lait', '150,00'], ['TVA 19 %', '190,00'], ['TOTAL TTC', '1 290,00']]);
    expect(draftOf(p).checks.vat).toBe('mismatch');
    const targets = rereadTargets(p, draftOf(p));
    const text = (t: RereadTarget) =>
      p.lines[t.line].words
        .slice(t.from, t.to + 1)
        .map((w) => w.text)
        .join(' ');
    expect(targets.map((t) => [t.kind, text(t)])).toEqual([
      ['money', '190,00'],
      ['money', '1 290,00'],
    ]);
  });

  it('re-reads a date that was read when tesseract was unsure of its word, and not when it was sure', () => {
    const sure = page(['SHOP', 'Date: 15/03/2026 10:02', ['TOTAL', '1 720,00']]);
    expect(rereadTargets(sure, draftOf(sure))).toEqual([]);
    const p = unsure(sure, /15\/03\/2026/, 0.6);
    expect(draftOf(p).date).toBe('2026-03-15');
    const targets = rereadTargets(p, draftOf(p));
    expect(targets.map((t) => [t.kind, p.lines[t.line].words[t.from].text, t.doubtful])).toEqual([['date', '15/03/2026', 0.6]]);
  });

  it('lines that do not add up to the total are not enough to re-read it (item rows are misparsed more often)', () => {
    const p = page(['SHOP', 'Date: 14/03/2026', ['Lait', '150,00'], ['Huile', '1 520,00'], ['TOTAL', '1 720,00']]);
    expect(draftOf(p).checks.lines).toBe('mismatch');
    expect(rereadTargets(p, draftOf(p))).toEqual([]);
  });
});

describe('targeted re-read of the date and total words: which readings the parser keeps', () => {
  it('keeps a date reading that makes an impossible date a real one', () => {
    const p = page(['SUPERETTE EL BARAKA', 'Date: 92/02/2018', ['TOTAL', '374,20']]);
    const d = draftOf(p);
    const targets = rereadTargets(p, d);
    const kept = chooseReadings(p, d, targets, [[read('02/02/2018'), read('32/02/2018')]], { referenceDate: REFERENCE });
    expect(kept.draft.date).toBe('2018-02-02');
    expect(kept.changed).toBe(1);
    expect(kept.page.lines[1].text).toBe('Date: 02/02/2018');
  });

  it('keeps no date reading that is still no date', () => {
    const p = page(['SUPERETTE EL BARAKA', 'Date: 92/02/2018', ['TOTAL', '374,20']]);
    const d = draftOf(p);
    const kept = chooseReadings(p, d, rereadTargets(p, d), [[read('32/02/2018'), read('9202/2018')]], { referenceDate: REFERENCE });
    expect(kept.draft.date).toBeNull();
    expect(kept.changed).toBe(0);
    expect(kept.page).toBe(p);
  });

  it('replaces a date read unsurely only when every enlargement reads the same other date, each more surely', () => {
    const p = unsure(page(['SHOP', 'Date: 15/03/2026 10:02', ['TOTAL', '1 720,00']]), /15\/03\/2026/, 0.6);
    const d = draftOf(p);
    const targets = rereadTargets(p, d);
    const agreeing = chooseReadings(p, d, targets, [[read('14/03/2026'), read('14/03/2026')]], { referenceDate: REFERENCE });
    expect(agreeing.draft.date).toBe('2026-03-14');
    expect(agreeing.changed).toBe(1);
    // One enlargement alone, two that disagree, or readings no surer than the page's are second guesses.
    const split = chooseReadings(p, d, targets, [[read('14/03/2026'), read('16/03/2026')]], { referenceDate: REFERENCE });
    expect(split.draft.date).toBe('2026-03-15');
    const unsureToo = [{ text: '14/03/2026', confidence: 0.5 }, read('14/03/2026')];
    expect(chooseReadings(p, d, targets, [unsureToo], { referenceDate: REFERENCE }).draft.date).toBe('2026-03-15');
    expect(chooseReadings(p, d, targets, [[read('14/03/2026')]], { referenceDate: REFERENCE }).draft.date).toBe('2026-03-15');
  });

  const misreadTotal = () => page(['SHOP', 'Date: 14/03/2026', ['TVA 19 %', '190,00'], ['TOTAL TTC', '1 290,00']]);

  it('keeps an amount reading that makes the tax fit the total, and leaves the date as it was', () => {
    const p = misreadTotal();
    const d = draftOf(p);
    const kept = chooseReadings(p, d, rereadTargets(p, d), [[read('190,00')], [read('1190,00'), read('1290,00')]], {
      referenceDate: REFERENCE,
    });
    expect(kept.draft.total).toBe(1190);
    expect(kept.draft.checks.vat).toBe('ok');
    expect(kept.draft.date).toBe('2026-03-14');
  });

  it('tries no crop reading that is not written as an amount (« 67.85 » read « 21.8 »: a lost digit, a speck)', () => {
    const p = misreadTotal();
    const d = draftOf(p);
    // « 1190 » would make the tax fit, but a crop that lost the decimals is not trusted with the total.
    const kept = chooseReadings(p, d, rereadTargets(p, d), [[read('190,00')], [read('1190'), read('1 1 90')]], {
      referenceDate: REFERENCE,
    });
    expect(kept.draft.total).toBe(1290);
    expect(kept.changed).toBe(0);
  });

  it('a total is better only when its sums fail less and hold no less', () => {
    const right = draftOf(page(['A', ['TVA 19 %', '190,00'], ['TOTAL TTC', '1 190,00']]));
    const wrong = draftOf(misreadTotal());
    expect(betterTotal(right, wrong)).toBe(true);
    expect(betterTotal(wrong, right)).toBe(false);
    expect(betterTotal(right, right)).toBe(false);
  });
});

/** Real tesseract on a generated ticket whose first reading is given a misread date and total. */
describe('targeted re-read of the date and total words: real crops', () => {
  let cacheDir: string;
  let pools: ReceiptOcrPools;
  let prepared: PreparedImage;
  let first: OcrPageResult;

  beforeAll(async () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'tajer-ocr-fields-'));
    pools = createReceiptOcrPools({ size: 1, cacheDir });
    prepared = await prepareReceiptImage(await renderReceiptImage({ rows: algerianSuperetteRows() }));
    first = await pools.latin.recognize(prepared.data, { psm: 6 });
  }, 120_000);

  afterAll(async () => {
    await terminateReceiptOcrPools(pools);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  /** The page with one word's text changed, as if tesseract had misread it. */
  function misread(p: OcrPageResult, line: RegExp, word: RegExp, text: string, confidence?: number): OcrPageResult {
    const lines = p.lines.map((l) =>
      line.test(l.text)
        ? { ...l, words: l.words.map((w) => (word.test(w.text) ? { ...w, text, confidence: confidence ?? w.confidence } : w)) }
        : l,
    );
    const out = lines.map((l) => ({ ...l, text: joinWords(l.words) }));
    return { ...p, lines: out, text: out.map((l) => l.text).join('\n') };
  }

  it('reads the cropped date word enlarged, digits only, at each scale', async () => {
    const line = first.lines.findIndex((l) => /14\/03\/2026/.test(l.text));
    const from = first.lines[line].words.findIndex((w) => /14\/03\/2026/.test(w.text));
    expect(from).toBeGreaterThanOrEqual(0);
    const readings = await readCrops(pools.latin, prepared, first, [{ line, from, to: from, kind: 'date' }]);
    expect(readings[0].map((r) => r.text)).toEqual(['14/03/2026', '14/03/2026']);
  }, 120_000);

  it('mends a date misread as an impossible one and a tax amount misread so that it no longer fits', async () => {
    let p = misread(first, /14\/03\/2026/, /14\/03\/2026/, '92/03/2026');
    p = misread(p, /TVA 19/, /^386,39$/, '336,39');
    const d = parseReceipt(p.text, { lineConfidences: p.lines.map((l) => l.confidence), referenceDate: REFERENCE });
    expect(d.date).toBeNull();
    expect(d.checks.vat).toBe('mismatch');
    const r = await rereadFields(pools.latin, prepared, p, d, { parse: { referenceDate: REFERENCE } });
    expect(r.draft.date).toBe('2026-03-14');
    expect(r.draft.total).toBe(2420);
    expect(r.draft.checks).toEqual({ lines: 'ok', vat: 'ok', cash: 'ok' });
    expect(r.page.text).toMatch(/TVA 19 %\s+386,39/);
    expect(r.changed).toBe(2);
  }, 120_000);

  it('mends a real day misread as another one when tesseract was unsure of the word (« 15/03 » for 14/03)', async () => {
    const p = misread(first, /14\/03\/2026/, /14\/03\/2026/, '15/03/2026', 0.6);
    const d = parseReceipt(p.text, { lineConfidences: p.lines.map((l) => l.confidence), referenceDate: REFERENCE });
    expect(d.date).toBe('2026-03-15');
    const r = await rereadFields(pools.latin, prepared, p, d, { parse: { referenceDate: REFERENCE } });
    expect(r.reread).toBe(1);
    expect(r.draft.date).toBe('2026-03-14');
    expect(r.draft.total).toBe(d.total);
    expect(r.changed).toBe(1);
  }, 120_000);

  it('a ticket read right the first time is not re-read', async () => {
    const { draft, reread } = await recognizeReceipt(await renderReceiptImage({ rows: algerianSuperetteRows() }), { pools });
    expect(draft.date).toBe('2026-03-14');
    expect(reread.fields).toBe(0);
  }, 120_000);
});
