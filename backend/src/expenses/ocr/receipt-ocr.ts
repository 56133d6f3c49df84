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
  /** Re-read (contrast-normalised) when the first pass finds no total or date, or a doubtful total. Default true. */
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
 * Re-read with contrast stretched: faded or grey-on-grey prints where tesseract's own binarisation finds no text
 * (on the dev set some scans came back empty) read well once normalised. Measured to help as a fallback only.
 */
const SECOND_PASS_PREP: ImagePrepOptions = { normalize: true };
/** A total found with less confidence than this is re-read too (dev set: 30 % of those were wrong). */
const LOW_TOTAL_CONFIDENCE = 0.3;

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

function needsSecondPass(d: ReceiptDraft): boolean {
  return d.total === null || d.date === null || d.confidence.total < LOW_TOTAL_CONFIDENCE;
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
