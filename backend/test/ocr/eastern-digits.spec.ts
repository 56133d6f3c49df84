import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createReceiptOcrPools, recognizeReceipt, terminateReceiptOcrPools, type ReceiptOcrPools } from '../../src/ocr/receipt-ocr';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An Arabic till receipt whose amounts and date are printed in Eastern Arabic digits, as a PNG. */
async function easternReceipt(font: string): Promise<Buffer> {
  const rows: [string, string][] = [
    ['محل البركة للمواد الغذائية', ''],
    ['حي النصر البليدة', ''],
    ['التاريخ ١٤/٠٦/٢٠٢٦', ''],
    ['خبز', '٣٥٠٫٠٠'],
    ['حليب', '٨٠٠٫٠٠'],
    ['قهوة', '١٣٠٠٫٠٠'],
    ['المجموع', '٢٤٥٠٫٠٠'],
    ['شكرا لزيارتكم', ''],
  ];
  const width = 620;
  const size = 32;
  const text = rows
    .map(([label, amount], i) => {
      const y = 60 + i * size * 1.7;
      const right = `<text x="${width - 30}" y="${y}" font-family="${font}" font-size="${size}" text-anchor="start" direction="rtl" fill="#222">${escapeXml(label)}</text>`;
      const left = amount ? `<text x="30" y="${y}" font-family="${font}" font-size="${size}" fill="#222">${escapeXml(amount)}</text>` : '';
      return right + left;
    })
    .join('');
  const height = 60 + rows.length * size * 1.7 + 40;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f7f5f0"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Real tesseract and the real digit classifier (trained on rendered fonts at first use) on a rendered receipt. */
describe('Eastern Arabic digits on a receipt', () => {
  let cacheDir: string;
  let pools: ReceiptOcrPools;

  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'tajer-ocr-eastern-'));
    pools = createReceiptOcrPools({ size: 1, cacheDir });
  });

  afterAll(async () => {
    await terminateReceiptOcrPools(pools);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('reads a total printed in Eastern Arabic digits, which neither tesseract model reads', async () => {
    const image = await easternReceipt('Noto Sans Arabic');
    const { draft, text } = await recognizeReceipt(image, { pools });
    expect(text).toMatch(/المجموع\s+٢٤٥٠/);
    expect(draft.total).toBe(2450);
    // The date too (« ١٤/٠٦/٢٠٢٦ »), which the parser reads once it is written in Eastern digits.
    expect(draft.date).toBe('2026-06-14');

    // Without the digit classifier the same picture gives no such total: tesseract alone does not read them.
    const without = await recognizeReceipt(image, { pools, easternDigits: false });
    expect(without.text).not.toMatch(/٢٤٥٠/);
    expect(without.draft.total).not.toBe(2450);
  }, 120_000);
});
