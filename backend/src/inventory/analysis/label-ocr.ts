import { decodeOptions } from '../../attachments/image-limits';
import sharp from 'sharp';
import type { OcrPageResult, OcrPool } from '../../expenses/ocr/ocr-pool';
import type { OcrService } from '../../expenses/ocr/ocr.service';

/**
 * Reads the printed text of a product label with the shared tesseract pool (fra+eng). Labels are not receipts: a few
 * large words scattered over a busy package, so the page is read as sparse text (PSM 11) rather than as a block, after
 * a grey, contrast-stretched, reasonably sized copy is made (tesseract does best with ~30 px capitals).
 */

export interface LabelText {
  text: string;
  /** Mean word confidence, 0..1. */
  confidence: number;
}

const MIN_WIDTH = 1000;
const MAX_WIDTH = 2000;
/** Words tesseract is less sure of than this are mostly texture read as letters. */
const MIN_WORD_CONFIDENCE = 0.3;

export async function prepareLabelImage(input: Buffer): Promise<Buffer> {
  const meta = await sharp(input, decodeOptions()).metadata();
  const width = meta.autoOrient?.width ?? meta.width ?? MIN_WIDTH;
  const target = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
  return sharp(input, decodeOptions())
    .rotate()
    .flatten({ background: '#ffffff' })
    .resize({ width: target, withoutEnlargement: false, kernel: 'lanczos3' })
    .greyscale()
    .normalise()
    .png()
    .toBuffer();
}

export async function recognizeLabelText(pool: OcrPool, image: Buffer): Promise<LabelText> {
  const prepared = await prepareLabelImage(image);
  const page: OcrPageResult = await pool.recognize(prepared, { psm: 11 });
  const lines = page.lines
    .map((l) => l.words.filter((w) => w.confidence >= MIN_WORD_CONFIDENCE).map((w) => w.text).join(' '))
    .filter(Boolean);
  return { text: lines.join('\n'), confidence: Math.round(page.confidence * 100) / 100 };
}

/**
 * The app's one tesseract pool lives in OcrService, which only exposes receipt parsing. Labels need the raw text, so
 * they borrow that same pool rather than starting a second one (each worker holds ~100 MB).
 */
export function sharedOcrPool(ocr: OcrService): OcrPool {
  return ocr['pool'];
}
