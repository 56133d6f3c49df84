import { loadSharp } from '../attachments/sharp-loader';
import { greyPixels, toPgm, type PreparedImage } from './image-prep';
import { COLUMN_GAP, type OcrPageResult, type OcrPool, type OcrWord } from './ocr-pool';
import { analyzeLines } from './receipt-analysis';
import type { ParseReceiptOptions, ReceiptDraft } from './receipt-draft.types';
import { cleanNumericOcr } from './receipt-amounts';
import { findDates } from './receipt-dates';
import { DATE_LABEL } from './receipt-keywords';
import type { LineKind } from './receipt-keywords';
import { parseReceipt } from './receipt-parser';
import { withLines } from './line-strips';
import { normalizeLine } from './receipt-text';

/**
 * A targeted second reading of the few words that carry a receipt's date or total, only on the receipts whose first
 * reading left that field missing or doubtful: the words are cut out of the prepared page, enlarged, stacked into one
 * small image and read again with only digits and separators allowed. The new reading of a word is kept only when the
 * parser, given it, does better by its own checks (a date where there was none or an impossible one, a total whose
 * sums hold where they failed); otherwise the page stays as read.
 */

export interface RereadTarget {
  /** Index in `page.lines`. */
  line: number;
  /** First and last word (inclusive). */
  from: number;
  to: number;
  kind: 'date' | 'money';
  /**
   * A date word read, but unsurely: its confidence. Its new reading replaces a date the parser already has, so it must
   * be sure where the first was not (`surerReading`).
   */
  doubtful?: number;
}

export interface FieldRereadOptions {
  /** Enlargements of the crops: each target is read once at each, all in the same image. */
  scales?: readonly number[];
  whitelist?: string;
  psm?: number;
  parse?: Omit<ParseReceiptOptions, 'lineConfidences'>;
}

export interface FieldRereadResult {
  page: OcrPageResult;
  draft: ReceiptDraft;
  /** Words re-read, and words whose new reading was kept. */
  reread: number;
  changed: number;
}

/** Digits and the separators of dates and amounts. */
export const NUMBER_WHITELIST = '0123456789.,/-:';
/**
 * Each crop is read twice, enlarged ×2 and ×3 (one image, one call): on the SROIE dev set each scale mended dates and
 * totals the other misread (« 15/11/2817 » at ×2, « 2304/3007 » and « 35.60 » at ×3).
 */
const DEFAULT_SCALES = [2, 3] as const;
/** White margin around and between the stacked crops. */
const GAP = 20;

/** Rows whose amount column takes part in choosing the total (directly or through a cross-check). */
const MONEY_KINDS: ReadonlySet<LineKind> = new Set<LineKind>([
  'total-strong',
  'total',
  'subtotal',
  'tax',
  'tendered',
  'change',
  'rounding',
]);

/** A word shaped like a numeric date, even misread (« 92/02/2018 », « 2304/3007 », « 02-03-13 »). */
const DATE_SHAPED = /\d{1,4} ?[/.-] ?\d{1,4} ?[/.-] ?\d{1,4}|\d{1,4} ?[/-] ?\d{3,6}/;

/**
 * The total is missing, or a sum printed to check it fails: cash − change, or the tax at its printed rate. Lines that
 * do not add up are not enough: on the SROIE dev set they were item rows misparsed more often than a misread total
 * (4 receipts re-read, no total mended), and on the generated Algerian receipts they sent a third of them here.
 */
export function totalNeedsReread(d: ReceiptDraft): boolean {
  return d.total === null || d.checks.cash === 'mismatch' || d.checks.vat === 'mismatch';
}

export function dateNeedsReread(d: ReceiptDraft): boolean {
  return d.date === null;
}

/**
 * Below this word confidence a date that was read is re-read too: tesseract's misread digits (« 18/02 » for 16/02,
 * 2016 for 2018, « 14/03 » for 13/03) came with 0.56–0.74 on the SROIE dev set, most right dates with more.
 */
export const DOUBTFUL_DATE_CONFIDENCE = 0.75;

/** The word(s) the draft's date was read from, when tesseract was unsure of them. */
function doubtfulDateWords(page: OcrPageResult, d: ReceiptDraft): RereadTarget[] {
  if (d.date === null) return [];
  const out: RereadTarget[] = [];
  page.lines.forEach((line, i) => {
    line.words.forEach((w, k) => {
      if (w.confidence >= DOUBTFUL_DATE_CONFIDENCE || !DATE_SHAPED.test(w.text)) return;
      if (findDates(normalizeLine(cleanNumericOcr(w.text)), 9999).some((c) => c.iso === d.date))
        out.push({ line: i, from: k, to: k, kind: 'date', doubtful: w.confidence });
    });
  });
  return out;
}

/**
 * The words worth a second look for the fields `d` is missing or doubts: the date-shaped words (on a date's line, or
 * any not on a phone line) when there is no date; the amount column of the money rows when the total is doubtful.
 */
export function rereadTargets(page: OcrPageResult, d: ReceiptDraft): RereadTarget[] {
  const wantDate = dateNeedsReread(d);
  const wantMoney = totalNeedsReread(d);
  const doubtful = doubtfulDateWords(page, d);
  if (!wantDate && !wantMoney) return doubtful;
  const analyzed = analyzeLines(page.text);
  const kinds = new Map(analyzed.map((l) => [l.index, l.kind]));
  const out: RereadTarget[] = [];
  page.lines.forEach((line, i) => {
    if (/\p{Script=Arabic}/u.test(line.text)) return; // the Arabic reader's lines
    const ws = line.words;
    if (wantDate && !/\b(TEL|FAX|H\/?P|PHONE)\b/i.test(line.text)) {
      const labelled = DATE_LABEL.test(line.text.toUpperCase());
      ws.forEach((w, k) => {
        const digits = (w.text.match(/\d/g) ?? []).length;
        if (DATE_SHAPED.test(w.text) && digits >= 4 && digits <= 8 && (labelled || !/:/.test(w.text)))
          out.push({ line: i, from: k, to: k, kind: 'date' });
      });
    }
    if (!wantMoney || !MONEY_KINDS.has(kinds.get(i) ?? 'other')) return;
    let start = ws.length - 1;
    while (start > 0 && !columnGap(ws[start - 1], ws[start])) start -= 1;
    if (start === 0) return; // no column: the label and the amount could not be told apart
    const digits = ws.map((w, k) => (k >= start && /\d/.test(w.text) ? k : -1)).filter((k) => k >= 0);
    if (!digits.length) return;
    const from = digits[0];
    const to = digits[digits.length - 1];
    if (!out.some((t) => t.line === i && t.to >= from && t.from <= to)) out.push({ line: i, from, to, kind: 'money' });
  });
  return [...doubtful, ...out];
}

/**
 * The rows a total is chosen and checked from (total, subtotal, tax, cash, change, rounding: `MONEY_KINDS`) and any row
 * printing `total` itself, whatever its label was read as; the Arabic reader's lines are left as they are.
 */
export function moneyRows(page: OcrPageResult, total: number | null): number[] {
  const rows = new Set<number>();
  for (const line of analyzeLines(page.text)) {
    if (/\p{Script=Arabic}/u.test(line.text)) continue;
    const printsTotal = total !== null && line.amounts.some((a) => Math.abs(a.value - total) < 0.005);
    if (MONEY_KINDS.has(line.kind) || printsTotal) rows.add(line.index);
  }
  return [...rows].sort((a, b) => a - b);
}

function columnGap(a: OcrWord, b: OcrWord): boolean {
  const h = Math.max(1, b.bbox.y1 - b.bbox.y0);
  return b.bbox.x0 - a.bbox.x1 > COLUMN_GAP * h;
}

/** What a reading says, for comparing readings: digits and separators, a decimal comma as a point. */
export function numberKey(text: string): string {
  return text.replace(/[^0-9/.,:-]/g, '').replace(/,/g, '.');
}

export interface CropReading {
  text: string;
  confidence: number;
}

/**
 * Re-reads the targets of a receipt whose date or total is missing or doubtful, and keeps a new reading only where the
 * parser does better with it (`chooseReadings`).
 */
export async function rereadFields(
  reader: Pick<OcrPool, 'recognize'>,
  image: PreparedImage,
  page: OcrPageResult,
  draft: ReceiptDraft,
  options: FieldRereadOptions = {},
): Promise<FieldRereadResult> {
  const targets = rereadTargets(page, draft);
  if (!targets.length) return { page, draft, reread: 0, changed: 0 };
  const readings = await readCrops(reader, image, page, targets, options);
  return { ...chooseReadings(page, draft, targets, readings, options.parse), reread: targets.length };
}

/**
 * The parser decides, field by field: each differing reading of a date word, then of an amount, is tried alone, and
 * then all of that field's together; a trial is kept when the parser does better on its field (`betterDate`,
 * `betterTotal`) and leaves the other field as it was.
 */
export function chooseReadings(
  page: OcrPageResult,
  draft: ReceiptDraft,
  targets: readonly RereadTarget[],
  readings: readonly (readonly CropReading[])[],
  parse?: FieldRereadOptions['parse'],
): { page: OcrPageResult; draft: ReceiptDraft; changed: number } {
  let best = { page, draft, changed: 0 };
  for (const kind of ['date', 'money'] as const) {
    const options = targets.map((t, k) =>
      t.kind !== kind
        ? []
        : t.doubtful !== undefined
          ? surerReading(t.doubtful, readings[k], wordsText(page, t)).map((r) => ({ t, r }))
          : readings[k].filter((r) => plausible(t, r.text) && numberKey(r.text) !== numberKey(wordsText(page, t))).map((r) => ({ t, r })),
    );
    const trials = options.flatMap((o) => o.map((d) => [d]));
    // All of the field's words at once, each at its first differing reading: a total and the cash it is checked with.
    const together = options.filter((o) => o.length).map((o) => o[0]);
    if (together.length > 1) trials.push(together);
    const base = best;
    for (const trial of trials) {
      const candidate = splice(
        base.page,
        trial.map((d) => d.t),
        trial.map((d) => d.r),
      );
      const parsed = parseReceipt(candidate.text, { ...parse, lineConfidences: candidate.lines.map((l) => l.confidence) });
      const keeps = kind === 'date' ? parsed.total === base.draft.total : parsed.date === base.draft.date;
      const redated = trial.every((d) => d.t.doubtful !== undefined) && parsed.date !== null && parsed.date !== best.draft.date;
      const gains = kind === 'date' ? betterDate(parsed, best.draft) || redated : betterTotal(parsed, best.draft);
      if (keeps && gains) best = { page: candidate, draft: parsed, changed: base.changed + trial.length };
    }
  }
  return best;
}

/**
 * A date that was read unsurely is read otherwise only when every enlargement reads the same other date, each more
 * surely than the page did: one crop's reading alone is a second guess, not a better one.
 */
function surerReading(original: number, readings: readonly CropReading[], text: string): CropReading[] {
  const key = numberKey(readings[0]?.text ?? '');
  const agree = readings.length > 1 && readings.every((r) => numberKey(r.text) === key && r.confidence > original);
  return agree && /\d/.test(key) && key !== numberKey(text) ? [readings[0]] : [];
}

/**
 * A reading worth trying: a date word with digits, an amount written as one (« 17.90 »): a crop that lost the
 * thousands or read a speck (« 67.85 » → « 21.8 ») is not one.
 */
function plausible(t: RereadTarget, text: string): boolean {
  const key = numberKey(text);
  return t.kind === 'date' ? /\d/.test(key) : /^-?\d{1,6}\.\d{2}$/.test(key);
}

/** A date where there was none (the parser's own validity checks: a real day, not in the future). */
export function betterDate(a: ReceiptDraft, b: ReceiptDraft): boolean {
  return b.date === null && a.date !== null;
}

/** A total where there was none, or one whose sums (lines, tax, cash − change) fail less or hold more. */
export function betterTotal(a: ReceiptDraft, b: ReceiptDraft): boolean {
  if (a.total === null) return false;
  if (b.total === null) return true;
  const failed = (d: ReceiptDraft) => Object.values(d.checks).filter((c) => c === 'mismatch').length;
  const held = (d: ReceiptDraft) => Object.values(d.checks).filter((c) => c === 'ok').length;
  return failed(a) < failed(b) && held(a) >= held(b);
}

function wordsText(page: OcrPageResult, t: RereadTarget): string {
  return page.lines[t.line].words
    .slice(t.from, t.to + 1)
    .map((w) => w.text)
    .join(' ');
}

/** The page with each target's words replaced by one word: its new reading. */
function splice(page: OcrPageResult, targets: readonly RereadTarget[], readings: readonly CropReading[]): OcrPageResult {
  const replaced = new Map<number, OcrWord[]>();
  targets.forEach((t, k) => {
    const words = replaced.get(t.line) ?? page.lines[t.line].words.slice();
    const old = page.lines[t.line].words.slice(t.from, t.to + 1);
    const start = words.indexOf(old[0]);
    const bbox = { ...old[0].bbox, x1: old[old.length - 1].bbox.x1 };
    words.splice(start, old.length, { text: readings[k].text.replace(/\s+/g, ''), confidence: readings[k].confidence, bbox });
    replaced.set(t.line, words);
  });
  return withLines(page, replaced);
}

/** The targets' boxes cut out of the page, enlarged at each scale, stacked into one image and read in one call. */
export async function readCrops(
  reader: Pick<OcrPool, 'recognize'>,
  image: PreparedImage,
  page: OcrPageResult,
  targets: readonly RereadTarget[],
  options: FieldRereadOptions = {},
): Promise<CropReading[][]> {
  const scales = options.scales ?? DEFAULT_SCALES;
  // One image per scale: crops of two sizes in one block were read worse than either alone (« 35.60 » → « . 1 »).
  const read = await Promise.all(scales.map((scale) => readStack(reader, image, page, targets, scale, options)));
  return targets.map((_, k) => read.map((r) => r[k]));
}

async function readStack(
  reader: Pick<OcrPool, 'recognize'>,
  image: PreparedImage,
  page: OcrPageResult,
  targets: readonly RereadTarget[],
  scale: number,
  options: FieldRereadOptions,
): Promise<CropReading[]> {
  const crops = await Promise.all(targets.map((t) => enlargedCrop(image, page, t, scale)));
  const width = Math.max(...crops.map((c) => c.width)) + 2 * GAP;
  const height = crops.reduce((s, c) => s + c.height + GAP, GAP);
  const out = Buffer.alloc(width * height, 255);
  const tops: number[] = [];
  let y = GAP;
  for (const c of crops) {
    for (let r = 0; r < c.height; r += 1) c.data.copy(out, (y + r) * width + GAP, r * c.width, (r + 1) * c.width);
    tops.push(y);
    y += c.height + GAP;
  }
  const result = await reader.recognize(toPgm(out, width, height), {
    psm: options.psm ?? 6,
    whitelist: options.whitelist === '' ? undefined : (options.whitelist ?? NUMBER_WHITELIST),
  });
  const words: OcrWord[][] = crops.map(() => []);
  for (const line of result.lines) {
    for (const w of line.words) {
      const cy = (w.bbox.y0 + w.bbox.y1) / 2;
      const k = tops.findIndex((top, q) => cy >= top - GAP / 2 && cy <= top + crops[q].height + GAP / 2);
      if (k >= 0) words[k].push(w);
    }
  }
  return words.map((ws) => ({
    text: ws.map((w) => w.text).join(' '),
    confidence: ws.length ? ws.reduce((s, w) => s + w.confidence, 0) / ws.length : 0,
  }));
}

async function enlargedCrop(
  image: PreparedImage,
  page: OcrPageResult,
  t: RereadTarget,
  scale: number,
): Promise<{ data: Buffer; width: number; height: number }> {
  const sharp = await loadSharp();
  const ws = page.lines[t.line].words.slice(t.from, t.to + 1);
  const x0 = Math.min(...ws.map((w) => w.bbox.x0));
  const y0 = Math.min(...ws.map((w) => w.bbox.y0));
  const x1 = Math.max(...ws.map((w) => w.bbox.x1));
  const y1 = Math.max(...ws.map((w) => w.bbox.y1));
  const pad = Math.max(3, Math.round((y1 - y0) * 0.3));
  const left = Math.max(0, x0 - pad);
  const top = Math.max(0, y0 - pad);
  const right = Math.min(image.width, x1 + pad);
  const bottom = Math.min(image.height, y1 + pad);
  const { data, info } = await sharp(greyPixels(image), { raw: { width: image.width, height: image.height, channels: 1 } })
    .extract({ left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) })
    .resize({ width: Math.max(1, Math.round((right - left) * scale)), kernel: 'cubic' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
