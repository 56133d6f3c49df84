import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareReceiptImage, type PreparedImage } from '../../src/ocr/image-prep';
import { withLines } from '../../src/ocr/line-strips';
import { numberKey, voteNumbers, voteTargets } from '../../src/ocr/number-votes';
import type { OcrPageResult } from '../../src/ocr/ocr-pool';
import { createReceiptOcrPools, terminateReceiptOcrPools, type ReceiptOcrPools } from '../../src/ocr/receipt-ocr';
import { englishReceiptRows, renderReceiptImage } from '../fixtures/receipts/receipt-image.factory';

/** The page as the Latin reader wrote it, with one word's text replaced (a misread digit), boxes unchanged. */
function misread(page: OcrPageResult, from: string, to: string): OcrPageResult {
  const i = page.lines.findIndex((l) => l.words.some((w) => w.text === from));
  expect(i).toBeGreaterThanOrEqual(0);
  const words = page.lines[i].words.map((w) => (w.text === from ? { ...w, text: to } : w));
  return withLines(page, new Map([[i, words]]));
}

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
