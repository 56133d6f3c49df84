import { decodeOptions } from '../../attachments/image-limits';
import { loadSharp } from '../../attachments/sharp-loader';
import { toPgm, type PreparedImage } from '../../ocr/image-prep';
import type { OcrPageResult } from '../../ocr/ocr-pool';

/**
 * Reads the printed text of a product label with the app's OCR pools (French, and Arabic for the words the French
 * model cannot read: « حليب », « سميد »). Labels are not receipts: a few large words scattered over a busy package, so
 * the page is read as sparse text (PSM 11) rather than as a block, after a grey, contrast-stretched, reasonably sized
 * copy is made (tesseract does best with ~30 px capitals).
 */

/** What label OCR needs from the OCR feature (OcrService.readText). */
export interface TextReader {
  readText(image: PreparedImage, psm: number): Promise<OcrPageResult>;
}

export interface LabelText {
  text: string;
  /** Mean word confidence, 0..1. */
  confidence: number;
}

const MIN_WIDTH = 1000;
const MAX_WIDTH = 2000;
/** Words tesseract is less sure of than this are mostly texture read as letters. */
const MIN_WORD_CONFIDENCE = 0.3;

/** Grey PGM (what tesseract reads without a PNG round trip) with its size, as the line re-reads need. */
export async function prepareLabelImage(input: Buffer): Promise<PreparedImage> {
  const sharp = await loadSharp();
  const meta = await sharp(input, decodeOptions()).metadata();
  const width = meta.autoOrient?.width ?? meta.width ?? MIN_WIDTH;
  const target = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
  const out = await sharp(input, decodeOptions())
    .rotate()
    .flatten({ background: '#ffffff' })
    .resize({ width: target, withoutEnlargement: false, kernel: 'lanczos3' })
    .greyscale()
    .normalise()
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pgm = toPgm(out.data, out.info.width, out.info.height);
  return { data: pgm, width: out.info.width, height: out.info.height, skewDegrees: 0, scale: target / width };
}

export async function recognizeLabelText(reader: TextReader, image: Buffer): Promise<LabelText> {
  const prepared = await prepareLabelImage(image);
  const page: OcrPageResult = await reader.readText(prepared, 11);
  const lines = page.lines
    .map((l) =>
      l.words
        .filter((w) => w.confidence >= MIN_WORD_CONFIDENCE)
        .map((w) => w.text)
        .join(' '),
    )
    .filter(Boolean);
  return { text: lines.join('\n'), confidence: Math.round(page.confidence * 100) / 100 };
}
