import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareReceiptImage, type PreparedImage } from '../../src/ocr/image-prep';
import { withLines } from '../../src/ocr/line-strips';
import { chooseByArithmetic, numberKey, voteNumbers, voteTargets } from '../../src/ocr/number-votes';
import { parseTsv, type OcrPageResult } from '../../src/ocr/ocr-pool';
import { parseReceipt } from '../../src/ocr/receipt-parser';
import { createReceiptOcrPools, terminateReceiptOcrPools, type ReceiptOcrPools } from '../../src/ocr/receipt-ocr';
import { englishReceiptRows, renderReceiptImage } from '../fixtures/receipts/receipt-image.factory';

/** The page as the Latin reader wrote it, with one word's text replaced (a misread digit), boxes unchanged. */
function misread(page: OcrPageResult, from: string, to: string): OcrPageResult {
  const i = page.lines.findIndex((l) => l.words.some((w) => w.text === from));
  expect(i).toBeGreaterThanOrEqual(0);
  const words = page.lines[i].words.map((w) => (w.text === from ? { ...w, text: to } : w));
  return withLines(page, new Map([[i, words]]));
}

/** A page as tesseract's TSV would give it: one row per line, words 20 px high, columns « | »-separated. */
function pageOf(rows: string[]): OcrPageResult {
  const tsv: string[] = [];
  rows.forEach((row, line) => {
    let x = 10;
    row.split('|').forEach((column, c) => {
      if (c > 0) x += 200;
      for (const word of column.trim().split(/\s+/)) {
        tsv.push(['5', '1', '1', '1', String(line + 1), '1', x, 30 * line, word.length * 10, 20, 90, word].join('\t'));
        x += word.length * 10 + 8;
      }
    });
  });
  return parseTsv(tsv.join('\n'));
}

describe('choosing between readings by the arithmetic', () => {
  const parse = (page: OcrPageResult) =>
    parseReceipt(page.text, { lineConfidences: page.lines.map((l) => l.confidence), referenceDate: new Date('2026-06-01') });
  // SROIE-like: the page read the subtotal « &.96 » and the total « 8.50 »; cash − change says 9.50.
  const page = pageOf([
    'CITY MILK SDN BHD',
    'Total (Excluding GST): | &.96',
    'GST payable (6%): | 0.54',
    'Total (Inclusive of GST): | 8.50',
    'CASH : | 10.50',
    'CHANGE : | 1.00',
  ]);

  it('takes the crop reading of an amount that makes subtotal + tax and cash − change hold', () => {
    expect(parse(page).total).toBe(8.5);
    const chosen = chooseByArithmetic(page, [{ line: 1, from: 3, to: 3, texts: ['.96', '8.96'] }], parse);
    expect(chosen.changed).toBe(1);
    expect(chosen.draft.total).toBe(9.5);
    expect(chosen.draft.checks.cash).toBe('ok');
    expect(chosen.page.lines[1].text).toMatch(/8\.96$/);
  });

  it('keeps the page when no reading makes more sums hold', () => {
    const chosen = chooseByArithmetic(page, [{ line: 4, from: 2, to: 2, texts: ['16.50'] }], parse);
    expect(chosen.changed).toBe(0);
    expect(chosen.page).toBe(page);
    expect(chosen.draft.total).toBe(8.5);
  });
});

describe('number votes (real tesseract on a rendered receipt)', () => {
  let cacheDir: string;
  let pools: ReceiptOcrPools;
  let image: PreparedImage;
  let page: OcrPageResult;

  beforeAll(async () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'tajer-votes-test-'));
    pools = createReceiptOcrPools({ size: 1, cacheDir });
    const rows = [...englishReceiptRows().slice(0, 3), { center: 'Tel: 07-5208680' }, ...englishReceiptRows().slice(3)];
    image = await prepareReceiptImage(await renderReceiptImage({ rows }));
    page = await pools.latin.recognize(image.data, { psm: 6 });
  });

  afterAll(async () => {
    await terminateReceiptOcrPools(pools);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('re-reads the date and the money column of the total, rounding, cash and change rows only', () => {
    const targets = voteTargets(page).map((t) =>
      page.lines[t.line].words
        .slice(t.from, t.to + 1)
        .map((w) => w.text)
        .join(' '),
    );
    expect(targets).toContain('28/03/2018');
    expect(targets).toEqual(expect.arrayContaining(['11.05', '0.00', '20.00', '8.95']));
    // Item prices, the phone number and the currency word beside an amount are not re-read.
    expect(targets.some((t) => /2\.50|3\.20|5\.35|5208680|RM/.test(t))).toBe(false);
  });

  it('keeps a page whose dates and amounts the enlarged crops read the same, without asking the tie-break', async () => {
    const r = await voteNumbers(image, page, pools);
    expect(r.changed).toBe(0);
    expect(r.tieBreaks).toBe(0);
    expect(r.page).toBe(page);
    expect(pools.legacy.workerCount).toBe(0);
  });

  it('puts back a misread date digit and a misread total when both crop readers agree against the page', async () => {
    const wrong = misread(misread(page, '28/03/2018', '26/03/2018'), '11.05', '11.65');
    const r = await voteNumbers(image, wrong, pools);
    expect(r.changed).toBe(2);
    expect(r.page.text).toMatch(/28\/03\/2018/);
    expect(r.page.text).toMatch(/11\.05/);
    expect(r.page.text).not.toMatch(/26\/03\/2018|11\.65/);
  });

  it('compares readings by their digits and separators only', () => {
    expect(numberKey('RM 11,05')).toBe('11.05');
    expect(numberKey('15/03/2018 ')).toBe('15/03/2018');
    expect(numberKey('12. 37')).toBe('12.37');
  });
});
