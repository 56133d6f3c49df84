import sharp from 'sharp';
import { digitClassifier, type DigitClassifier } from '../../src/ocr/digit-classifier';
import { readEasternNumbers, unknownPart } from '../../src/ocr/eastern-digits';
import type { PreparedImage } from '../../src/ocr/image-prep';
import type { OcrPageResult } from '../../src/ocr/ocr-pool';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * One receipt row « label …… amount » rendered as a prepared page (grey PGM), read by the real digit classifier (trained
 * on rendered fonts at first use) with no tesseract: the line is given as the Arabic pass leaves it, the label read
 * well and the amount as junk, so what is written for the amount is the classifier's reading alone.
 */
async function row(
  label: string,
  amount: string,
  font: string,
  size: number,
  blur = 0,
  junk = { text: '###', confidence: 0.2 },
): Promise<{ image: PreparedImage; page: OcrPageResult }> {
  const width = 640;
  const height = Math.round(size * 2.4);
  const y = Math.round(size * 1.55);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f4f1ea"/>` +
    `<text x="${width - 20}" y="${y}" font-family="${font}" font-size="${size}" text-anchor="end" direction="rtl" fill="#333">${escapeXml(label)}</text>` +
    `<text x="20" y="${y}" font-family="${font}" font-size="${size}" fill="#333">${escapeXml(amount)}</text></svg>`;
  let pipeline = sharp(Buffer.from(svg)).greyscale();
  if (blur) pipeline = pipeline.blur(blur);
  const grey = await pipeline.raw().toBuffer();
  const data = Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`), grey]);
  const top = Math.round(size * 0.4);
  const bottom = Math.round(size * 1.9);
  const page: OcrPageResult = {
    text: `${label}   ${junk.text}`,
    confidence: 0.6,
    lines: [
      {
        text: `${label}   ${junk.text}`,
        confidence: 0.6,
        bbox: { x0: 10, y0: top, x1: width - 10, y1: bottom },
        words: [
          { text: label, confidence: 0.92, bbox: { x0: width - 20 - size * label.length * 0.5, y0: top, x1: width - 20, y1: bottom } },
          { ...junk, bbox: { x0: 20, y0: top, x1: 20 + size * amount.length * 0.6, y1: bottom } },
        ],
      },
    ],
  };
  return { image: { data, width, height, skewDegrees: 0, scale: 1 }, page };
}

describe('readEasternNumbers on rendered rows (real classifier, no tesseract)', () => {
  let classifier: DigitClassifier;
  beforeAll(async () => {
    classifier = await digitClassifier();
  }, 60_000);

  const read = async (amount: string, font: string, size: number, blur = 0, junk?: { text: string; confidence: number }) => {
    const { image, page } = await row('المجموع', amount, font, size, blur, junk);
    return readEasternNumbers(image, page, [0], classifier).page.lines[0].text;
  };

  it('leaves an amount printed in Latin digits to the Latin reading (« 3370,00 » is not an Eastern number)', async () => {
    expect(await read('3370,00', 'DejaVu Sans', 26)).not.toMatch(/[٠-٩]/u);
  });

  it.each([
    ['Noto Naskh Arabic', 24, 0.6],
    ['Noto Sans Arabic', 22, 0.6],
  ])('keeps the decimals of « ١٣٣٥٫٠٠ » in %s %d px: the small ٠ after the decimal comma', async (font, size, blur) => {
    expect(await read('١٣٣٥٫٠٠', font, size, blur)).toContain('١٣٣٥٫٠٠');
  });

  it.each([
    ['٢٩٧٠٫٠٠', 'Noto Sans Arabic', 22, 0.8],
    ['٧٥٠٫٠٠', 'Noto Sans Arabic', 20, 0.8],
  ])('reads « %s » whole, its small ٠ not taken for « . » nor its ٧ for a Latin « V » (%s %d px)', async (amount, font, size, blur) => {
    expect(await read(amount, font, size, blur)).toContain(amount);
  });

  it.each([
    ['٨ ٢٦٠', 'Noto Sans Arabic', 22],
    ['٨ ٢٦٠', 'Noto Naskh Arabic', 24],
    ['٨ ٢٦٠', 'Noto Kufi Arabic', 20],
    ['٣ ٧٦٠٫٠٠', 'Noto Naskh Arabic', 24],
  ])('reads « %s » in %s %d px: touching digits cut apart, a decimal « ٬ » before two digits read « ٫ »', async (amount, font, size) => {
    expect(await read(amount, font, size, 0.8)).toContain(amount);
  });

  it('writes no lone digit among words: beside no number it is a letter or a speck (a shop line got two false « ٥ »)', async () => {
    expect(await read('مواد\u2003\u2003٨\u2003\u2003الإخلاص', 'Noto Sans Arabic', 22, 0.8)).not.toMatch(/[٠-٩]/u);
  });

  it.each([
    ['Noto Sans Arabic', 0],
    ['Noto Naskh Arabic', 0.8],
    ['Noto Kufi Arabic', 0.8],
  ])('reads the dashes of a date « ١٩-٠٧-٢٠٢٥ » as dashes, not as ٠ (%s, blur %s)', async (font, blur) => {
    // Drawn right to left (the dash between two Arabic numbers is right-to-left to the bidirectional algorithm), the
    // date reads « year-month-day » from the left; its dashes were written ٠: « ٢٠٢٥٠٠٧٠١٩ », no date (dz_ub_016, _028).
    const { image, page } = await row('فاتورة رقم ٣٩٤١', '١٩-٠٧-٢٠٢٥', font, 22, blur);
    expect(readEasternNumbers(image, page, [0], classifier).page.lines[0].text).toContain('٢٠٢٥-٠٧-١٩');
  });

  it('looks again at a short Latin word read with confidence: « Vor, » was the Latin model reading « ٧٥٠٫٠٠ » (dz_dev_178)', async () => {
    expect(await read('٧٥٠٫٠٠', 'Noto Sans Arabic', 22, 0.8, { text: 'Vor,', confidence: 0.9 })).toContain('٧٥٠٫٠٠');
  });
});

describe('unknownPart: the glyphs of a word no model read', () => {
  const g = (x0: number) => ({ x0, x1: x0 + 8, y0: 0, y1: 20, ink: 40 });
  const word = [g(0), g(10), g(20), g(30), g(40)];

  it('cuts off a read word at either end (« ٧٥٠٫٠٠ دج » printed close: the currency was read)', () => {
    expect(unknownPart((x) => x.x0 >= 30)(word)).toEqual(word.slice(0, 3));
    expect(unknownPart((x) => x.x0 === 0)(word)).toEqual(word.slice(1));
  });

  it('leaves a word alone when a read word lies inside it, or it was read whole', () => {
    expect(unknownPart((x) => x.x0 === 20)(word)).toEqual([]);
    expect(unknownPart(() => true)(word)).toEqual([]);
  });
});
