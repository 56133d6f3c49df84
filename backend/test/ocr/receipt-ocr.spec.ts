import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareReceiptImage } from '../../src/ocr/image-prep';
import { OcrPool } from '../../src/ocr/ocr-pool';
import { LOW_CONFIDENCE } from '../../src/expenses/receipt-scan.service';
import {
  createReceiptOcrPools,
  recognizeReceipt,
  terminateReceiptOcrPools,
  type ArabicModelChoice,
  type ReceiptOcrPools,
} from '../../src/ocr/receipt-ocr';
import { ensureTessdataDir, findSystemTraineddata, systemTessdataDirs } from '../../src/ocr/tessdata-cache';
import { nameSimilarity } from '../../scripts/eval-ocr';
import { generateReceipt } from '../fixtures/receipts/algerian/generate';
import { algerianSuperetteRows, renderReceiptImage } from '../fixtures/receipts/receipt-image.factory';

/** Real tesseract on generated receipt images: each recognition costs about a second, so the cases are few. */
describe('receipt OCR pipeline', () => {
  let cacheDir: string;
  let pools: ReceiptOcrPools;

  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'tajer-ocr-test-'));
    pools = createReceiptOcrPools({ size: 1, cacheDir });
  });

  afterAll(async () => {
    await terminateReceiptOcrPools(pools);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('reads merchant, date, total and TVA from an Algerian superette ticket', async () => {
    const image = await renderReceiptImage({ rows: algerianSuperetteRows() });
    const { draft, text, ms } = await recognizeReceipt(image, { pools });
    expect(text).toMatch(/TOTAL TTC/);
    expect(draft.merchant).toBe('SUPERETTE EL BARAKA');
    expect(draft.date).toBe('2026-03-14');
    expect(draft.total).toBe(2420);
    expect(draft.currency).toBe('DZD');
    expect(draft.vat).toContainEqual({ rate: 19, amount: 386.39 });
    expect(draft.lines.map((l) => l.amount)).toEqual([150, 1520, 330, 420]);
    expect(draft.confidence.total).toBeGreaterThan(0.8);
    expect(ms).toBeGreaterThan(0);
    // A French-only ticket never starts the Arabic model.
    expect(pools.arabic.workerCount).toBe(0);
  });

  it('crops, levels and reads the same ticket photographed crooked on a dark table (JPEG)', async () => {
    const image = await renderReceiptImage({
      rows: algerianSuperetteRows(),
      table: { color: '#3b3129', margin: 90 },
      rotateDegrees: 4,
      blur: 0.6,
      jpegQuality: 80,
    });
    const prepared = await prepareReceiptImage(image);
    expect(prepared.skewDegrees).toBeGreaterThan(3);
    expect(prepared.skewDegrees).toBeLessThan(5);
    // The table is cut away: what is left is about the size of the rotated paper (560 px wide + rotation).
    expect(prepared.width).toBeLessThan(700);

    const { draft } = await recognizeReceipt(image, { pools });
    expect(draft.date).toBe('2026-03-14');
    expect(draft.total).toBe(2420);
    expect(draft.merchant).toBe('SUPERETTE EL BARAKA');
  });

  it('reads a photographed bilingual stationer invoice: shadow, stamp duty, net to pay (generated, dev split)', async () => {
    const receipt = await generateReceipt('dev', 9);
    expect(receipt.spec.meta.features).toEqual(expect.arrayContaining(['stamp', 'vat-breakdown']));
    const { draft } = await recognizeReceipt(receipt.image, { pools, parse: { referenceDate: new Date('2026-11-18') } });
    expect(draft.total).toBe(Number(receipt.label.total));
    expect(draft.date).toBe(receipt.label.date);
    expect(draft.merchant).toBe(receipt.label.company);
  }, 120_000);

  it('reads an Arabic-only grocery ticket with the Arabic model, which starts only then (generated, dev split)', async () => {
    const receipt = await generateReceipt('dev', 69);
    expect(receipt.spec.meta.lang).toBe('ar');
    const { draft, reread } = await recognizeReceipt(receipt.image, { pools, parse: { referenceDate: new Date('2026-11-18') } });
    expect(reread.arabic).toBeGreaterThan(0);
    expect(pools.arabic.workerCount).toBe(1);
    expect(draft.merchant).toBe(receipt.label.company);
    expect(draft.total).toBe(Number(receipt.label.total));
  }, 120_000);

  // Both Arabic readers were measured on the dev split: npm's `ara` has only ٠ and ١; tesseract's `Arabic` script model
  // (CI installs Debian's tesseract-ocr-script-arab) has ٠–٩ but reads this print of them as Latin letters. Whichever
  // runs, a total read from them must never look sure: either it is the printed total, or the owner is asked to check.
  const arabicModels: ArabicModelChoice[] = findSystemTraineddata('Arabic', systemTessdataDirs()) ? ['ara', 'Arabic'] : ['ara'];
  it.each(arabicModels)(
    'never gives a sure wrong total on a ticket whose total is printed in Eastern Arabic digits (reader: %s; generated, dev split)',
    async (model) => {
      const receipt = await generateReceipt('dev', 34);
      expect(receipt.spec.meta.features).toContain('eastern-digits');
      const printed = receipt.spec.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join('\n');
      expect(printed).toContain('٦٤٨٠٫٠٠'); // 6480.00, the total
      const own = createReceiptOcrPools({ size: 1, cacheDir, arabicModel: model });
      try {
        expect(own.arabicLangs).toEqual([model]);
        const { draft, reread } = await recognizeReceipt(receipt.image, { pools: own, parse: { referenceDate: new Date('2026-11-18') } });
        expect(reread.arabic).toBeGreaterThan(0);
        // Since the flattening leaves the painted background out (branch ocr18u), « ara » reads the name's last word
        // « الغذائرة » for « الغذائية »: right by what eval:ocr counts (name similarity ≥ 0.8).
        expect(nameSimilarity(draft.merchant ?? '', receipt.label.company)).toBeGreaterThanOrEqual(0.8);
        const expected = Number(receipt.label.total);
        if (draft.total === expected) {
          console.info(`Eastern-digit total read by "${model}"`);
          expect(draft.confidence.total).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
        } else {
          // What both readers do today (measured): the scan then warns total_not_found or low_confidence.
          console.info(`Eastern-digit total not read by "${model}" (${draft.total}, confidence ${draft.confidence.total}): left to check`);
          expect(draft.total === null || draft.confidence.total < LOW_CONFIDENCE).toBe(true);
        }
      } finally {
        await terminateReceiptOcrPools(own);
      }
    },
    120_000,
  );

  it('leaves a bilingual ticket’s few unreadable lines alone when the Latin reading is sure of every field (generated, dev split)', async () => {
    const receipt = await generateReceipt('dev', 6);
    expect(receipt.spec.meta.lang).toBe('bi');
    const parse = { referenceDate: new Date('2026-11-18') };
    const lean = await recognizeReceipt(receipt.image, { pools, parse });
    const always = await recognizeReceipt(receipt.image, { pools, parse, lineRereads: 'always' });
    // The Arabic lines are there (the always-mode re-reads them), but they change nothing the draft needs.
    expect(always.reread.arabic).toBeGreaterThan(0);
    expect(lean.reread.arabic).toBe(0);
    for (const { draft } of [lean, always]) {
      expect(draft.total).toBe(Number(receipt.label.total));
      expect(draft.date).toBe(receipt.label.date);
      expect(draft.merchant).toBe(receipt.label.company);
    }
  }, 120_000);

  it('reads no page in Arabic when the Latin reading of a page with many unreadable lines is sure of every field (generated, dev split)', async () => {
    // dz_dev_023: a fuel station ticket with Arabic header and footer lines; main read the whole page again in Arabic
    // (as long as the Latin page read) and threw that reading away.
    // Read by tesseract.js, as when the case was written: the native engine (tesseract 5.3.0, not tesseract.js's
    // 5.1.0) reads the same fields but the total at confidence 0.48 (0.68 here), which is doubtful, so it rightly
    // pays the Arabic strips (5 lines) — the policy under test is the same, the reading it gets is not.
    const receipt = await generateReceipt('dev', 22);
    const parse = { referenceDate: new Date('2026-11-18') };
    const pools = createReceiptOcrPools({ size: 1, cacheDir, engine: 'wasm' });
    const arabicReads = jest.spyOn(pools.arabic, 'recognize');
    try {
      const lean = await recognizeReceipt(receipt.image, { pools, parse });
      expect(arabicReads).not.toHaveBeenCalled();
      expect(lean.draft.total).toBe(Number(receipt.label.total));
      expect(lean.draft.date).toBe(receipt.label.date);
      // « STATION SERVICE BOUDIA »: what eval:ocr counts as right (name similarity ≥ 0.8), as main reads it.
      expect(nameSimilarity(lean.draft.merchant ?? '', receipt.label.company)).toBeGreaterThanOrEqual(0.8);
      // Its doubtful lines are many enough for a whole-page Arabic read, which 'always' still does.
      await recognizeReceipt(receipt.image, { pools, parse, lineRereads: 'always' });
      expect(arabicReads).toHaveBeenCalled();
    } finally {
      arabicReads.mockRestore();
      await terminateReceiptOcrPools(pools);
    }
  }, 120_000);

  it('reads no line in Arabic on a receipt surely printed in ringgit, and still does on the same receipt in dinars', async () => {
    // A Malaysian till slip (SROIE) with a field missing had its doubtful lines (a logo, a stamp, a faded line) read
    // as an Arabic page or strips, which never found Arabic there. Here the doubtful lines are real Arabic, so the
    // only thing that differs between the two receipts is the printed currency.
    const rows = (currency: string) => [
      { center: 'GREENLEAF MINI MARKET SDN BHD', bold: true, size: 24 },
      { center: 'مرحبا بكم في متجرنا' },
      { center: 'شكرا لزيارتكم الكريمة' },
      { center: 'نتمنى لكم يوما سعيدا' },
      { left: 'MINERAL WATER 1.5L', right: `${currency} 2.50` },
      { left: 'BREAD WHITE', right: `${currency} 3.20` },
      { left: 'EGGS 10PCS', right: `${currency} 5.35` },
      { left: 'TOTAL', right: `${currency} 11.05` },
      { left: 'CASH', right: `${currency} 20.00` },
      { left: 'CHANGE', right: `${currency} 8.95` },
    ];
    const arabicReads = jest.spyOn(pools.arabic, 'recognize');
    try {
      // No date is printed, so the Latin reading lacks a field, which is what sends doubtful lines to the Arabic model.
      const ringgit = await recognizeReceipt(await renderReceiptImage({ rows: rows('RM') }), { pools });
      expect(ringgit.draft.currency).toBe('MYR');
      expect(ringgit.draft.date).toBeNull();
      expect(ringgit.draft.total).toBe(11.05);
      expect(arabicReads).not.toHaveBeenCalled();
      expect(ringgit.reread.arabic).toBe(0);

      const dinars = await recognizeReceipt(await renderReceiptImage({ rows: rows('DA') }), { pools });
      expect(dinars.draft.currency).toBe('DZD');
      expect(arabicReads).toHaveBeenCalled();
      expect(dinars.reread.arabic).toBeGreaterThan(0);
    } finally {
      arabicReads.mockRestore();
    }
  }, 120_000);

  it('rejects a job that is still running when its pool is terminated', async () => {
    const own = new OcrPool({ size: 1, cacheDir });
    await own.warmUp();
    const prepared = await prepareReceiptImage(await renderReceiptImage({ rows: algerianSuperetteRows() }));
    const job = own.recognize(prepared.data);
    await own.terminate();
    await expect(job).rejects.toThrow('OCR pool terminated');
  });

  it('unpacked the language data from node_modules into its own cache, once', async () => {
    const dir = join(cacheDir, '4.0.0_best_int');
    // French for the page, English for the money lines, Arabic once an Arabic line showed up.
    // The system's Arabic script model, when the Eastern-digit test above used it, is copied beside them.
    const system = arabicModels.includes('Arabic') ? ['Arabic.traineddata'] : [];
    expect(readdirSync(dir).sort()).toEqual([...system, 'ara.traineddata', 'eng.traineddata', 'fra.traineddata']);
    const before = statSync(join(dir, 'fra.traineddata')).mtimeMs;
    await ensureTessdataDir(cacheDir, ['fra', 'eng'], 'best_int');
    expect(statSync(join(dir, 'fra.traineddata')).mtimeMs).toBe(before);
  });
});
