import { loadSharp } from '../attachments/sharp-loader';
import { greyPixels, toPgm, type PreparedImage } from './image-prep';
import type { OcrLine, OcrPageResult, OcrPool } from './ocr-pool';
import type { ParseReceiptOptions, ReceiptDraft } from './receipt-draft.types';
import { identifiesNoShop } from './receipt-merchant';
import { parseReceipt } from './receipt-parser';

/**
 * The shop's name read again from the header band, on receipts whose page reading left the name missing or unsure.
 * On the SROIE dev sets most lost names were the reader's: a large or bold first line, dot-matrix or faint print, read
 * as specks or not at all (« ATK Hua » for « AIK HUAT HARDWARE », « TIMES BOCEST OR ES », a name line missing from the
 * page). The band above the first address, registration or contact line is cut out of the prepared page and read
 * alone in two other views — enlarged ×2 with its contrast stretched (faint and dot-matrix print), and shrunk to half
 * (large and bold print, whose strokes tesseract's page layout breaks up) — and a view is kept only when the parser
 * finds a surer name in it. Only the name is taken: the date and the total stay as the page read them.
 */

export interface HeaderRereadOptions {
  parse?: Omit<ParseReceiptOptions, 'lineConfidences'>;
}

export interface HeaderRereadResult {
  page: OcrPageResult;
  draft: ReceiptDraft;
  /** Views of the band read (0 when the receipt did not need it), and whether one was kept. */
  reread: number;
  changed: boolean;
}

/**
 * Below this merchant confidence (the parser's evidence × the line's OCR confidence) the name is worth a second look.
 * On SROIE dev the names the page reader mangled came with 0–0.62 (« (SETIA ALAM) UN EHD » 0.60, an address line
 * taken for the lost name 0.62, none 0) while most names read right have 0.8 or more; 0.65 sends 13 of 110 receipts
 * (two small recognitions each). 0.5 missed two of the three names mended.
 */
export const DOUBTFUL_MERCHANT_CONFIDENCE = 0.65;

/** A kept view must be this much surer than the page's name: a second reading as unsure as the first is no better. */
const MARGIN = 0.05;

/** The header is the first lines of a receipt; an anchor further down is no header's. */
const HEADER_LINES = 12;

export interface HeaderView {
  /** Enlargement of the band. */
  scale: number;
  /** Stretch the band's contrast (faint print). */
  normalize: boolean;
}

/** Measured on SROIE dev: each view mended names the other did not (bench/README.md, twenty-fifth round). */
export const HEADER_VIEWS: readonly HeaderView[] = [
  { scale: 2, normalize: true },
  { scale: 0.5, normalize: false },
];

export function merchantNeedsReread(d: ReceiptDraft): boolean {
  return d.merchant === null || d.confidence.merchant < DOUBTFUL_MERCHANT_CONFIDENCE;
}

/**
 * The header band: from the top of the page to the first line that is an address, a registration number, a contact
 * or a title (`identifiesNoShop`) among the first lines. Null when there is none (the header cannot be told from the
 * rest), when the band is too thin to hold a line, or when it holds a line of the Arabic reader (its own re-reads).
 */
export function headerBand(page: OcrPageResult): { bottom: number; lines: number[] } | null {
  const lines = page.lines;
  const anchor = lines.slice(0, HEADER_LINES).findIndex((l) => identifiesNoShop(l.text));
  if (anchor < 0) return null;
  const a = lines[anchor];
  const height = a.bbox.y1 - a.bbox.y0;
  if (a.bbox.y0 < height) return null; // nothing above the anchor
  // The anchor line goes in whole, with a margin under it: cut at the name's last row of pixels, tesseract read the
  // name worse (« TIMES Bes TOMES » for « TIMES BOOKSTORES »). The parser skips the anchor again.
  const bottom = a.bbox.y1 + Math.round(height / 2);
  const inBand = lines.map((l, i) => ({ l, i })).filter(({ l }) => (l.bbox.y0 + l.bbox.y1) / 2 < a.bbox.y1);
  if (inBand.some(({ l }) => /\p{Script=Arabic}/u.test(l.text))) return null;
  return { bottom, lines: inBand.map(({ i }) => i) };
}

/** The page with the band's lines replaced by `band` (lines in page coordinates). */
export function withHeader(page: OcrPageResult, bandLines: readonly number[], band: readonly OcrLine[]): OcrPageResult {
  const drop = new Set(bandLines);
  const lines = [...band, ...page.lines.filter((_, i) => !drop.has(i))];
  return { text: lines.map((l) => l.text).join('\n'), lines, confidence: page.confidence };
}

/** A view's name is kept when it is surer than the page's by `MARGIN`, or when the page had none. */
export function betterMerchant(candidate: ReceiptDraft, current: ReceiptDraft): boolean {
  if (candidate.merchant === null) return false;
  return current.merchant === null || candidate.confidence.merchant > current.confidence.merchant + MARGIN;
}

/** Reads the header band again when the name is missing or unsure, and keeps the surest name the parser finds in it. */
export async function rereadHeader(
  reader: Pick<OcrPool, 'recognize'>,
  image: PreparedImage,
  page: OcrPageResult,
  draft: ReceiptDraft,
  options: HeaderRereadOptions = {},
): Promise<HeaderRereadResult> {
  const none = { page, draft, reread: 0, changed: false };
  if (!merchantNeedsReread(draft)) return none;
  const band = headerBand(page);
  if (!band) return none;
  const views = await Promise.all(HEADER_VIEWS.map((v) => readBand(reader, image, band.bottom, v)));
  let best = { ...none, reread: views.length };
  let surest: ReceiptDraft | null = null;
  for (const lines of views) {
    const candidate = withHeader(page, band.lines, lines);
    const parsed = parseReceipt(candidate.text, { ...options.parse, lineConfidences: candidate.lines.map((l) => l.confidence) });
    // The page's name must be beaten by the margin; between views, the surer one wins.
    if (!betterMerchant(parsed, draft) || (surest && parsed.confidence.merchant <= surest.confidence.merchant)) continue;
    surest = parsed;
    best = {
      page: candidate,
      draft: { ...draft, merchant: parsed.merchant, confidence: { ...draft.confidence, merchant: parsed.confidence.merchant } },
      reread: views.length,
      changed: true,
    };
  }
  return best;
}

async function readBand(reader: Pick<OcrPool, 'recognize'>, image: PreparedImage, bottom: number, view: HeaderView): Promise<OcrLine[]> {
  const sharp = await loadSharp();
  let pipeline = sharp(greyPixels(image), { raw: { width: image.width, height: image.height, channels: 1 } })
    .extract({ left: 0, top: 0, width: image.width, height: Math.min(bottom, image.height) })
    .resize({ width: Math.max(1, Math.round(image.width * view.scale)), kernel: view.scale > 1 ? 'cubic' : 'lanczos3' });
  if (view.normalize) pipeline = pipeline.normalise({ lower: 1, upper: 99 });
  const { data, info } = await pipeline.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const result = await reader.recognize(toPgm(data, info.width, info.height), { psm: 6 });
  const k = 1 / view.scale;
  const box = (b: OcrLine['bbox']) => ({
    x0: Math.round(b.x0 * k),
    y0: Math.round(b.y0 * k),
    x1: Math.round(b.x1 * k),
    y1: Math.round(b.y1 * k),
  });
  return result.lines.map((l) => ({ ...l, bbox: box(l.bbox), words: l.words.map((w) => ({ ...w, bbox: box(w.bbox) })) }));
}
