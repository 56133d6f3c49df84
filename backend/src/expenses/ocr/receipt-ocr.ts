import { performance } from 'node:perf_hooks';
import { prepareReceiptImage, type ImagePrepOptions } from './image-prep';
import { OcrPool, type OcrPageResult } from './ocr-pool';
import type { ParseReceiptOptions, ReceiptDraft } from './receipt-draft.types';
import { parseReceipt } from './receipt-parser';

export interface RecognizeReceiptOptions {
  /** Pool to run on; default: a process-wide pool started on first use (see `getSharedOcrPool`). */
  pool?: OcrPool;
  prep?: ImagePrepOptions;
  /** Page segmentation mode of the first pass. 6 (one uniform block) keeps label and amount on one row. */
  psm?: number;
  /** Re-read (contrast-normalised, enlarged) when the first pass finds no total or no date. Default true. */
  secondPass?: boolean;
  parse?: Omit<ParseReceiptOptions, 'lineConfidences'>;
}

export interface ReceiptOcrResult {
  draft: ReceiptDraft;
  /** OCR text of the pass the draft came from (lines separated by `\n`). */
  text: string;
  /** Wall time: preparation + OCR (+ second pass) + parsing. */
  ms: number;
  /** Mean OCR word confidence, 0..1. */
  ocrConfidence: number;
  passes: number;
}

/** PSM 6 treats the page as one block, so "TOTAL ....... 60.30" stays one line even with wide gaps. */
const FIRST_PASS_PSM = 6;
/**
 * A different view of the same image: contrast stretched and enlarged. Faded or grey-on-grey prints where
 * tesseract's own binarisation finds nothing (one dev-set scan came back empty) read once normalised. As a first pass
 * this is worse and slower; as a fallback for the ~10 % of receipts missing a total or date it added +4 pts on
 * total and +1 on date on the dev set.
 */
const SECOND_PASS_PREP: ImagePrepOptions = { normalize: true, minWidth: 1000 };

/** Image (JPEG/PNG/WebP/HEIF… as uploaded) → draft expense. */
export async function recognizeReceipt(buffer: Buffer, options: RecognizeReceiptOptions = {}): Promise<ReceiptOcrResult> {
  const started = performance.now();
  const pool = options.pool ?? getSharedOcrPool();
  const psm = options.psm ?? FIRST_PASS_PSM;
  const first = await pool.recognize((await prepareReceiptImage(buffer, options.prep)).data, { psm });
  let draft = parseOcr(first, options.parse);
  let page = first;
  let passes = 1;
  if ((options.secondPass ?? true) && needsSecondPass(draft)) {
    const prepared = await prepareReceiptImage(buffer, { ...options.prep, ...SECOND_PASS_PREP });
    const second = await pool.recognize(prepared.data, { psm });
    passes = 2;
    const other = parseOcr(second, options.parse);
    const merged = mergeDrafts(draft, other);
    if (merged.total !== draft.total) page = second; // report the text the total was read from
    draft = merged;
  }
  return { draft, text: page.text, ms: Math.round(performance.now() - started), ocrConfidence: page.confidence, passes };
}

/** Re-reading doubtful (low-confidence) totals as well was measured: more passes, no gain. */
function needsSecondPass(d: ReceiptDraft): boolean {
  return d.total === null || d.date === null;
}

function parseOcr(page: OcrPageResult, parse?: RecognizeReceiptOptions['parse']): ReceiptDraft {
  return parseReceipt(page.text, { ...parse, lineConfidences: page.lines.map((l) => l.confidence) });
}

/** Per field, keeps the first reading unless it is missing (or, for the total, less confident than the second). */
function mergeDrafts(a: ReceiptDraft, b: ReceiptDraft): ReceiptDraft {
  const takeTotal = b.total !== null && (a.total === null || b.confidence.total > a.confidence.total);
  const takeDate = a.date === null && b.date !== null;
  const takeMerchant = a.merchant === null && b.merchant !== null;
  // Total, subtotal, VAT and lines come together from one reading so that they stay consistent.
  const money = takeTotal ? b : a;
  const { subtotal: _unused, ...rest } = a;
  return {
    ...rest,
    total: money.total,
    ...(money.subtotal !== undefined ? { subtotal: money.subtotal } : {}),
    vat: money.vat,
    lines: money.lines,
    date: takeDate ? b.date : a.date,
    merchant: takeMerchant ? b.merchant : a.merchant,
    confidence: {
      merchant: takeMerchant ? b.confidence.merchant : a.confidence.merchant,
      date: takeDate ? b.confidence.date : a.confidence.date,
      total: takeTotal ? b.confidence.total : a.confidence.total,
      vat: takeTotal ? b.confidence.vat : a.confidence.vat,
      currency: a.confidence.currency,
    },
  };
}

let shared: OcrPool | null = null;

/** Process-wide pool for callers without their own (scripts, tests). The Nest `OcrService` owns a separate one. */
export function getSharedOcrPool(): OcrPool {
  shared ??= new OcrPool();
  return shared;
}

export async function terminateSharedOcrPool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.terminate();
}
