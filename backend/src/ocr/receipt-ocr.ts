import { Logger } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { digitClassifier, type DigitClassifier } from './digit-classifier';
import { rereadArabicRows } from './arabic-row-rereads';
import { moneyRows, rereadFields } from './field-rereads';
import { DOUBTFUL_MERCHANT_CONFIDENCE, rereadHeader } from './header-rereads';
import { readEasternNumbers } from './eastern-digits';
import { arabicLineCandidates, foundArabic, mergeArabicLine, orderWords } from './arabic-lines';
import { prepareReceiptImage, type ImagePrepOptions, type PreparedImage } from './image-prep';
import { mergeArabicPage, stackLineStrips, withLines, wordsByStrip } from './line-strips';
import { ocrEngineFromEnv, type OcrEngineKind } from './native-engine';
import { OcrPool, type OcrPageResult, type OcrWord, type OcrPoolOptions } from './ocr-pool';
import type { ParseReceiptOptions, ReceiptDraft } from './receipt-draft.types';
import { parseReceipt } from './receipt-parser';
import { totalDoubt } from './total-doubt';
import { findSystemTraineddata, systemTessdataDirs, type TessdataModel } from './tessdata-cache';

/**
 * The two readers a receipt may need, each in its own lazily started pool (a server that never scans a receipt
 * starts none; one that never sees Arabic never loads the Arabic model):
 * - `latin`: French+English, reads the whole page. French alone is about a third faster, but on the real (SROIE)
 *   receipts it lost shop names and decimal points that French+English reads (company 0.80 → 0.71, total 0.93 →
 *   0.88), and re-reading only the money lines (English+French) did not win them back; once the page is read in
 *   French+English, re-reading its money lines again made the Algerian dev set worse (total 0.88 → 0.84), so it is gone;
 * - `arabic`: Arabic, re-reads only the lines the Latin pass could not read, or reads a mostly Arabic page.
 */
export interface ReceiptOcrPools {
  latin: OcrPool;
  arabic: OcrPool;
  /** Models of the French+English pool. */
  latinModel: TessdataModel;
  /** Languages of the Arabic pool (`['ara']` by default). */
  arabicLangs: readonly string[];
  /**
   * `OCR_ENGINE=auto`: tesseract.js pools that read a receipt again when the native engine (Debian's tesseract 5.3,
   * not tesseract.js's 5.1) left its total doubtful (`needsWasmRecheck`). Started at the first such receipt only.
   */
  wasmRecheck?: ReceiptOcrPools;
}

/**
 * The Arabic reader: npm's `ara` (default), tesseract's `Arabic` script model (Debian's `tesseract-ocr-script-arab`,
 * found in `tessdataDirs`), both, or `auto` (`Arabic` when installed, else `ara`).
 * `ara` stays the default because it measured best on the Algerian dev split (backend/src/ocr/README.md): `Arabic`
 * has ٢–٩ in its character set but read none of the generated Eastern-digit totals either (it writes them as Latin
 * letters), lost three Arabic shop names out of twelve and is slower; `Arabic+ara` was 2.7× slower for nothing.
 */
export type ArabicModelChoice = 'auto' | 'Arabic' | 'ara' | 'Arabic+ara';

export const ARABIC_MODEL_CHOICES: readonly ArabicModelChoice[] = ['auto', 'Arabic', 'ara', 'Arabic+ara'];

/**
 * The French+English page reader's models: npm's `best_int` (@tesseract.js-data, the default), the system's
 * (`system`: Debian's `tesseract-ocr-eng`/`-fra`, tessdata_fast, the models Debian's `tesseract` CLI reads), or `auto`
 * (the system's when both are installed, else npm's). tessdata_fast cut the CPU per receipt by 11–12 % but read worse
 * (SROIE dev total / date / company 96 / 101 / 96 → 93 / 96 / 91 of 110, Algerian dev 77 / 79 / 77 → 76 / 78 / 77 of
 * 80: bench/README.md, ninth round), so it is opt-in, for a server that would rather be fast.
 */
export type LatinModelChoice = 'auto' | 'system' | 'best_int';

export const LATIN_MODEL_CHOICES: readonly LatinModelChoice[] = ['auto', 'system', 'best_int'];

export interface ReceiptOcrPoolsOptions extends Pick<OcrPoolOptions, 'size' | 'cacheDir' | 'tessdataDirs' | 'relaxedSimd' | 'engine'> {
  arabicModel?: ArabicModelChoice;
  latinModel?: LatinModelChoice;
}

export function createReceiptOcrPools(options: ReceiptOcrPoolsOptions = {}): ReceiptOcrPools {
  const { arabicModel = 'ara', latinModel = 'best_int', ...poolOptions } = options;
  const engine = poolOptions.engine ?? ocrEngineFromEnv();
  const dirs = poolOptions.tessdataDirs ?? systemTessdataDirs();
  const arabicLangs = arabicModelLangs(arabicModel, dirs);
  return {
    latin: new OcrPool({ ...poolOptions, engine, langs: ['fra', 'eng'], model: latinModelFor(latinModel, dirs) }),
    latinModel: latinModelFor(latinModel, dirs),
    arabic: new OcrPool({ ...poolOptions, engine, langs: arabicLangs }),
    arabicLangs,
    // Pools cost nothing until their first job: a server whose native readings are never doubtful starts no wasm worker.
    ...(engine === 'auto' ? { wasmRecheck: createReceiptOcrPools({ ...options, engine: 'wasm' }) } : {}),
  };
}

let fallbackLogged = false;
let latinFallbackLogged = false;

/** A choice of `system` where the machine has no `fra` and `eng` models falls back to npm's, and says so once. */
export function latinModelFor(choice: LatinModelChoice, dirs: readonly string[]): TessdataModel {
  if (choice === 'best_int') return 'best_int';
  if (findSystemTraineddata('fra', dirs) && findSystemTraineddata('eng', dirs)) return 'system';
  if (choice === 'system' && !latinFallbackLogged) {
    latinFallbackLogged = true;
    new Logger('OCR').warn(
      `OCR_LATIN_MODEL=system but no fra/eng.traineddata in ${dirs.join(', ')} (apt-get install tesseract-ocr-eng tesseract-ocr-fra): pages are read with npm's best_int models`,
    );
  }
  return 'best_int';
}

/**
 * Languages for a choice. A choice that needs `Arabic.traineddata` where none is installed falls back to `ara` (a
 * bare `npm install` still reads Arabic, only not its Eastern digits) and says so once.
 */
export function arabicModelLangs(choice: ArabicModelChoice, dirs: readonly string[]): string[] {
  if (choice === 'ara') return ['ara'];
  if (findSystemTraineddata('Arabic', dirs)) return choice === 'Arabic+ara' ? ['Arabic', 'ara'] : ['Arabic'];
  if (choice !== 'auto' && !fallbackLogged) {
    fallbackLogged = true;
    new Logger('OCR').warn(
      `OCR_ARABIC_MODEL=${choice} but no Arabic.traineddata in ${dirs.join(', ')} (apt-get install tesseract-ocr-script-arab, or set OCR_TESSDATA_DIRS): Arabic is read with npm's "ara" model`,
    );
  }
  return ['ara'];
}

export async function terminateReceiptOcrPools(pools: ReceiptOcrPools): Promise<void> {
  await Promise.all([
    pools.latin.terminate(),
    pools.arabic.terminate(),
    ...(pools.wasmRecheck ? [terminateReceiptOcrPools(pools.wasmRecheck)] : []),
  ]);
}

export interface RecognizeReceiptOptions {
  /** Pools to run on; default: process-wide pools started on first use (see `getSharedOcrPools`). */
  pools?: ReceiptOcrPools;
  prep?: ImagePrepOptions;
  /** Page segmentation mode of the first pass. 6 (one uniform block) keeps label and amount on one row. */
  psm?: number;
  /** Re-read (contrast-normalised, enlarged) when the first pass finds no total or no date. Default true. */
  secondPass?: boolean;
  /** Re-read the Arabic lines with the Arabic model. Default true. */
  rereads?: boolean;
  /**
   * Read the page's unreadable lines in Arabic (a few as strips, many as a whole Arabic page) always, or only when the
   * Latin reading left the total, date or merchant missing or doubtful (default).
   */
  lineRereads?: 'always' | 'when-needed';
  parse?: Omit<ParseReceiptOptions, 'lineConfidences'>;
  /**
   * Read the Eastern Arabic digits of Arabic-read lines with the digit classifier (`eastern-digits.ts`): neither
   * tesseract model reads them. Default true; only lines the Arabic model read pay for it.
   */
  easternDigits?: boolean;
  /**
   * When the date is missing or the total missing or doubtful (a sum that should hold fails), re-read only the words
   * that carry them, enlarged and digits-only, and keep a new reading where the parser does better with it
   * (`field-rereads.ts`). Default true.
   */
  fieldRereads?: boolean;
  /**
   * On a page with Arabic-read lines, read the date's row (no date) or the total's label row (total missing, unsure or
   * from another row) again alone, enlarged, as one line, and keep it where the parser does better
   * (`arabic-row-rereads.ts`). Default true.
   */
  rowRereads?: boolean;
  /**
   * When the shop's name is missing or unsure, read the header band (above the first address, registration or contact
   * line) again in two other views and keep a surer name the parser finds there (`header-rereads.ts`). Default true.
   */
  headerRereads?: boolean;
}

export interface ReceiptOcrResult {
  draft: ReceiptDraft;
  /** OCR text of the pass the draft came from (lines separated by `\n`). */
  text: string;
  /** OCR confidence of each line of `text`, 0..1. */
  lineConfidences: number[];
  /** Wall time: preparation + OCR (+ re-reads, second pass) + parsing. */
  ms: number;
  /** Mean OCR word confidence, 0..1. */
  ocrConfidence: number;
  /** Full-page recognitions (1, or 2 with the contrast pass). */
  passes: number;
  /**
   * Lines re-read by the Arabic model; words re-read by the targeted date/total pass (0 when the receipt did not need
   * it) and how many of those readings were kept; Arabic rows read again alone (`arabic-row-rereads.ts`) and kept.
   */
  reread: {
    arabic: number;
    fields: number;
    fieldsChanged: number;
    rows?: number;
    rowsChanged?: number;
    /** Views of the header band read for an unsure shop name (`header-rereads.ts`), and kept (0 or 1). */
    header?: number;
    headerChanged?: number;
  };
  /**
   * Which tesseract the draft comes from, and whether tesseract.js read the receipt again because the native reading's
   * total was doubtful (`OCR_ENGINE=auto`; `ms` then covers both readings).
   */
  engine: {
    used: OcrEngineKind | null;
    wasmRecheck: boolean;
    /** Rows tesseract.js read again when it re-read the money rows only, not the whole receipt (`recheckMoneyRows`). */
    rows?: number;
  };
}

/** A reading with what a recheck of its rows needs: the prepared page and the OCR page its draft was parsed from. */
type Reading = ReceiptOcrResult & { prepared: PreparedImage; page: OcrPageResult };

/** From this share of unreadable lines on, the receipt is read as an Arabic page rather than line by line. */
const ARABIC_PAGE_SHARE = 0.25;

/** PSM 6 treats the page as one block, so "TOTAL ....... 60.30" stays one line even with wide gaps. */
const FIRST_PASS_PSM = 6;
/**
 * A different view of the same image: contrast stretched and enlarged. Faded or grey-on-grey prints where
 * tesseract's own binarisation finds nothing read once normalised; used only when no total or no date was found.
 */
const SECOND_PASS_PREP: ImagePrepOptions = { normalize: true, minWidth: 1000 };

/** Image (JPEG/PNG/WebP/HEIF… as uploaded) → draft expense. */
export async function recognizeReceipt(buffer: Buffer, options: RecognizeReceiptOptions = {}): Promise<ReceiptOcrResult> {
  const started = performance.now();
  const pools = options.pools ?? getSharedOcrPools();
  const { prepared, page, ...first } = await readReceipt(buffer, pools, options, started);
  if (!pools.wasmRecheck || first.engine.used !== 'native') return first;
  const doubt = totalDoubt(first.draft, first.text, first.lineConfidences);
  if (!doubt) return first;
  if (doubt === 'unsure') {
    const rows = await recheckMoneyRows(pools.wasmRecheck.latin, prepared, page, first, options.parse, started);
    if (rows && confirmsTotal(first.draft, rows)) return rows;
  }
  // A contradicted total (another total row near it, a subtotal above it), or rows that did not confirm it: the whole
  // receipt read by tesseract.js, the reader the dev sets were tuned on.
  const { prepared: _prepared, page: _page, ...again } = await readReceipt(buffer, pools.wasmRecheck, options, started);
  const kept = preferWasmReading(first.draft, again.draft) ? again : first;
  return { ...kept, ms: again.ms, engine: { used: kept.engine.used, wasmRecheck: true } };
}

/**
 * A doubtful native total is read again by tesseract.js on its rows only — the total, subtotal, tax, cash, change and
 * rounding rows, and any row printing the total — cut out of the prepared page as strips (`stackLineStrips`) and read
 * in one call, instead of the whole receipt again: the two tesseracts differ on a few characters of a line, and the
 * total is the field the recheck is for. The rows' new reading replaces theirs in the native page; the money fields
 * (total, subtotal, VAT, lines, checks) of that reading are kept unless it lost the total (`preferWasmReading`), the
 * native date and merchant always. Null when the native page has no Latin money row to re-read — an Arabic page: the
 * whole receipt is then read again, as before (not rechecking those five on the Algerian dev split lost one shop name,
 * dz_dev_035's, that tesseract.js's Arabic page read whole).
 */
async function recheckMoneyRows(
  pool: OcrPool,
  prepared: PreparedImage,
  page: OcrPageResult,
  first: ReceiptOcrResult,
  parse: RecognizeReceiptOptions['parse'],
  started: number,
): Promise<ReceiptOcrResult | null> {
  const rows = moneyRows(page, first.draft.total);
  if (!rows.length) return null;
  const read = await readStrips(pool, prepared, page, rows);
  const replaced = new Map([...read].filter(([, words]) => words.some((w) => /\S/.test(w.text))));
  const again = withLines(page, replaced);
  const draft = parseOcr(again, parse);
  const kept = preferWasmReading(first.draft, draft);
  const engine = { used: (kept ? 'wasm' : 'native') as OcrEngineKind, wasmRecheck: true, rows: rows.length };
  const ms = Math.round(performance.now() - started);
  if (!kept) return { ...first, ms, engine };
  return {
    ...first,
    draft: withMoneyOf(first.draft, draft),
    text: again.text,
    lineConfidences: again.lines.map((l) => l.confidence),
    ms,
    engine,
  };
}

/** `a` with the money fields of `b` (total, subtotal, VAT, lines and their checks come together, as in `mergeDrafts`). */
function withMoneyOf(a: ReceiptDraft, b: ReceiptDraft): ReceiptDraft {
  const { subtotal: _unused, ...rest } = a;
  return {
    ...rest,
    total: b.total,
    ...(b.subtotal !== undefined ? { subtotal: b.subtotal } : {}),
    vat: b.vat,
    lines: b.lines,
    confidence: { ...a.confidence, total: b.confidence.total, vat: b.confidence.vat },
    checks: b.checks,
  };
}

/**
 * The native reading's total is doubtful (`totalDoubt` in `total-doubt.ts`): tesseract.js reads the receipt too
 * (bench/README.md, fifteenth and twenty-sixth rounds).
 */
export function needsWasmRecheck(draft: ReceiptDraft, text?: string, lineConfidences?: readonly number[]): boolean {
  return totalDoubt(draft, text, lineConfidences) !== null;
}

export { totalDoubt };

/**
 * The money rows read again by tesseract.js confirm the native total: the same total, and nothing left to doubt. Where
 * they read another one the whole page is read: on SROIE dev, forcing the rows recheck on every receipt, the rows
 * reading differed from the native total 15 times and was right 4 (the native one 11); dev_166's rows read 5.6 for
 * 35.80, still contradicted by cash − change, where tesseract.js's whole page reads 35.80.
 */
export function confirmsTotal(native: ReceiptDraft, rows: Pick<ReceiptOcrResult, 'draft' | 'text' | 'lineConfidences'>): boolean {
  return rows.draft.total !== null && rows.draft.total === native.total && !totalDoubt(rows.draft, rows.text, rows.lineConfidences);
}

/**
 * After a recheck, tesseract.js's draft is kept — the reader every field of the dev sets was tuned and measured on —
 * unless it found no total where the native reading found one. Not by confidence: on dz_dev_030 the native misread
 * (5777) had 0.29 and tesseract.js's right 965 had 0.
 */
export function preferWasmReading(native: ReceiptDraft, wasm: ReceiptDraft): boolean {
  return wasm.total !== null || native.total === null;
}

async function readReceipt(buffer: Buffer, pools: ReceiptOcrPools, options: RecognizeReceiptOptions, started: number): Promise<Reading> {
  const psm = options.psm ?? FIRST_PASS_PSM;
  const prepared = await prepareReceiptImage(buffer, options.prep);
  const first = await pools.latin.recognize(prepared.data, { psm });
  const rereads = options.rereads ?? true;
  const reading = rereads
    ? await rereadArabic(prepared, first, pools, options.lineRereads ?? 'when-needed', options.easternDigits ?? true, options.parse)
    : { page: first, reread: { arabic: 0 } };
  let page = reading.page;
  const reread: ReceiptOcrResult['reread'] = {
    ...reading.reread,
    fields: 0,
    fieldsChanged: 0,
    rows: 0,
    rowsChanged: 0,
    header: 0,
    headerChanged: 0,
  };
  let draft = parseOcr(page, options.parse);
  let passes = 1;
  if ((options.rowRereads ?? true) && reading.reread.arabic > 0) {
    // An Arabic row whose date or total was lost or misread, read again alone (arabic-row-rereads.ts).
    const easternDigits = options.easternDigits ?? true;
    const rows = await rereadArabicRows(
      pools.arabic,
      prepared,
      page,
      draft,
      (p, lines) => withEasternNumbers(prepared, p, lines, easternDigits),
      options.parse,
    );
    ({ page, draft } = rows);
    reread.rows = rows.reread;
    reread.rowsChanged = rows.changed;
    if (rows.reread) rowLogger.debug(`Arabic rows read again: ${rows.reread}, kept ${rows.changed}`);
  }
  // The contrast pass is a Latin reading: on an Arabic page it would only bring back letter salad.
  const arabicPage = reading.reread.arabic > 0 && reading.reread.arabic === page.lines.length;
  if ((options.fieldRereads ?? true) && !arabicPage) {
    // Before the contrast pass: where it mends the date or the total, the whole page is not read a second time.
    const fields = await rereadFields(pools.latin, prepared, page, draft, { parse: options.parse });
    ({ page, draft } = fields);
    reread.fields = fields.reread;
    reread.fieldsChanged = fields.changed;
  }
  /** The page is the contrast pass's: its boxes are not the prepared image's. */
  let secondPage = false;
  if ((options.secondPass ?? true) && !arabicPage && needsSecondPass(draft)) {
    const again = await prepareReceiptImage(buffer, { ...options.prep, ...SECOND_PASS_PREP });
    const second = await pools.latin.recognize(again.data, { psm });
    passes = 2;
    const other = parseOcr(second, options.parse);
    const merged = mergeDrafts(draft, other);
    if (merged.total !== draft.total) {
      page = second; // report the text the total was read from
      secondPage = true;
    }
    draft = merged;
  }
  if ((options.headerRereads ?? true) && !arabicPage && !secondPage) {
    // After the contrast pass, which may have found the name: the header band read again alone (header-rereads.ts).
    const header = await rereadHeader(pools.latin, prepared, page, draft, { parse: options.parse });
    ({ page, draft } = header);
    reread.header = header.reread;
    reread.headerChanged = header.changed ? 1 : 0;
  }
  return {
    draft,
    text: page.text,
    lineConfidences: page.lines.map((l) => l.confidence),
    ms: Math.round(performance.now() - started),
    ocrConfidence: page.confidence,
    passes,
    reread,
    engine: { used: pools.latin.engine, wasmRecheck: false },
    prepared,
    page,
  };
}

/** Arabic lines through the Arabic model (a mostly Arabic receipt as a whole page). */
async function rereadArabic(
  prepared: PreparedImage,
  first: OcrPageResult,
  pools: ReceiptOcrPools,
  lineRereads: 'always' | 'when-needed',
  easternDigits: boolean,
  parse?: RecognizeReceiptOptions['parse'],
): Promise<{ page: OcrPageResult; reread: { arabic: number } }> {
  const arabicLines = arabicLineCandidates(first);
  // Whole page or strips, only when the Latin reading lacks a field: an Arabic page's Latin reading has no sure
  // merchant (its name is letter salad), while a page whose Latin reading is sure of all three had its Arabic page
  // read thrown away (as long as the Latin page read: 3 of the Algerian dev split's 16, 2 of SROIE dev2's receipts;
  // no field changed on dev, dev2 or the Algerian dev split without it: bench/README.md, twelfth round).
  const latin = parseOcr(first, parse);
  const mostlyUnread = arabicLines.length >= Math.max(3, first.lines.length * ARABIC_PAGE_SHARE);
  // A name the Latin reading found unsure on a page it mostly could not read is letter salad, not a name (« dJLo3l eho »
  // for « مطعم الأصالة », 0.44; twenty-seventh round, unseen group J's tailors and restaurants, whole pages read by the
  // Latin model with all three fields « found »): the Arabic reads are needed as for a missing name. Not the page's
  // share of unread lines alone: a bilingual superette whose Latin name was read surely (0.88) lost its total to a
  // speck of the Arabic page (D's dz_ud_012, 625 → 1 625). Nor a name on a line with unread words: B's water bills
  // print « ALGERIENNE DES EAUX » and its Arabic on one line, whose Arabic read cut the name (« DES EAUX »).
  const saladName = mostlyUnread && latin.confidence.merchant < DOUBTFUL_MERCHANT_CONFIDENCE;
  const needed = lineRereads === 'always' || ((needsArabicLines(latin) || saladName) && !surelyMalaysian(latin));
  if (needed && mostlyUnread) {
    // Mostly Arabic: the Latin pass even loses lines, so the Arabic model reads the whole page and the Latin
    // reading only lends its numbers.
    const arabicPage = await pools.arabic.recognize(prepared.data, { psm: 6 });
    // A blurred Latin scan also reads as letter salad; the Arabic model then reads it unsurely: keep the Latin page.
    if (looksArabic(arabicPage)) {
      const merged = mergeArabicPage(first, arabicPage);
      const page = await withEasternNumbers(
        prepared,
        merged,
        merged.lines.map((_, i) => i),
        easternDigits,
      );
      return { page, reread: { arabic: page.lines.length } };
    }
  }
  // A few doubtful lines on a page whose Latin reading already gives a sure total, date and merchant are a logo or a
  // faded line more often than Arabic: re-reading them cost a fifth of a real (SROIE) receipt's time for nothing.
  if (!arabicLines.length || !needed) {
    return { page: first, reread: { arabic: 0 } };
  }
  const arabic = await readStrips(pools.arabic, prepared, first, arabicLines);
  const replaced = new Map<number, OcrWord[]>();
  for (const i of arabicLines) {
    const words = mergeArabicLine(first.lines[i], arabic.get(i) ?? []);
    if (foundArabic(words)) replaced.set(i, orderWords(words));
  }
  const page = await withEasternNumbers(prepared, withLines(first, replaced), [...replaced.keys()], easternDigits);
  return { page, reread: { arabic: arabicLines.length } };
}

/** The Eastern-digit numbers of the Arabic-read lines, read by the digit classifier (trained at the first one). */
async function withEasternNumbers(prepared: PreparedImage, page: OcrPageResult, lines: number[], enabled: boolean): Promise<OcrPageResult> {
  if (!enabled || !lines.length) return page;
  let classifier: DigitClassifier;
  try {
    classifier = await digitClassifier();
  } catch (err) {
    // No text rendering (a sharp built without pango): the receipt is still read, its Eastern digits as before.
    if (!classifierFailureLogged) {
      classifierFailureLogged = true;
      new Logger('OCR').warn(`Eastern Arabic digit classifier unavailable: ${err instanceof Error ? err.message : String(err)}`);
    }
    return page;
  }
  return readEasternNumbers(prepared, page, lines, classifier).page;
}

let classifierFailureLogged = false;
const rowLogger = new Logger('OCR');

/** `detectCurrency`'s confidence for a printed currency that no other challenges (0.85–0.95). */
const SURE_CURRENCY = 0.85;

/**
 * A receipt whose Latin reading is sure it is printed in ringgit (« RM », unchallenged by another currency) is a
 * Malaysian till slip: its doubtful lines are a logo, a stamp or a faded line, not Arabic. On SROIE dev2 the Arabic
 * page and strips ran on 16 of 50 receipts with a field missing (19 recognitions, each up to a page read's time) and
 * changed no field; this skips them on 8 (9 recognitions; SROIE dev 34 → 11), every field of dev, dev2 and the
 * Algerian dev split unchanged (bench/README.md, thirteenth round). Only ringgit: the Latin model reads Arabic
 * letters as « € » and « £ » (four Arabic pages of the Algerian dev split were « surely » in pounds or euros), so
 * those signs say nothing about the script; dinars, dirhams and a receipt with no sure currency keep the Arabic reads.
 */
function surelyMalaysian(d: ReceiptDraft): boolean {
  return d.currency === 'MYR' && d.confidence.currency >= SURE_CURRENCY;
}

/** The Latin reading left a field missing or doubtful: the unreadable lines may hold its Arabic label. */
function needsArabicLines(d: ReceiptDraft): boolean {
  return d.total === null || d.confidence.total < 0.5 || d.date === null || d.merchant === null || d.confidence.merchant < 0.4;
}

/**
 * Any picture's text (a product label, not a receipt): the French reading, with the lines it could not read re-read
 * by the Arabic model. `image` must be a binary PGM with its size (see `prepareReceiptImage`).
 */
export async function readTextWithArabic(
  pools: Pick<ReceiptOcrPools, 'latin' | 'arabic'>,
  image: PreparedImage,
  psm: number,
): Promise<OcrPageResult> {
  const first = await pools.latin.recognize(image.data, { psm });
  const arabicLines = arabicLineCandidates(first, 0.75);
  const arabic = await readStrips(pools.arabic, image, first, arabicLines);
  const replaced = new Map<number, OcrWord[]>();
  for (const i of arabicLines) {
    const words = mergeArabicLine(first.lines[i], arabic.get(i) ?? []);
    if (foundArabic(words)) replaced.set(i, orderWords(words));
  }
  return withLines(first, replaced);
}

/** Most of the words are Arabic words read with confidence. */
function looksArabic(page: OcrPageResult): boolean {
  const words = page.lines.flatMap((l) => l.words).filter((w) => /[\p{L}\p{N}]/u.test(w.text));
  const sure = words.filter((w) => /\p{Script=Arabic}/u.test(w.text) && w.confidence >= 0.6).length;
  return words.length > 0 && sure >= words.length * 0.4;
}

async function readStrips(pool: OcrPool, prepared: PreparedImage, page: OcrPageResult, lines: number[]): Promise<Map<number, OcrWord[]>> {
  if (!lines.length) return new Map();
  const stack = stackLineStrips(prepared, page, lines);
  return wordsByStrip(stack, await pool.recognize(stack.data, { psm: 6 }));
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
    checks: takeTotal ? b.checks : a.checks,
  };
}

let shared: ReceiptOcrPools | null = null;

/** Process-wide pools for callers without their own (scripts, tests). The Nest `OcrService` owns separate ones. */
export function getSharedOcrPools(): ReceiptOcrPools {
  shared ??= createReceiptOcrPools();
  return shared;
}

export async function terminateSharedOcrPools(): Promise<void> {
  const pools = shared;
  shared = null;
  if (pools) await terminateReceiptOcrPools(pools);
}
