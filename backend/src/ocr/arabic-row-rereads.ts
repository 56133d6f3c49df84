import { loadSharp } from '../attachments/sharp-loader';
import { orderWords } from './arabic-lines';
import { toPgm, type PreparedImage } from './image-prep';
import { stackLineStrips, withLines } from './line-strips';
import type { OcrPageResult, OcrPool, OcrWord } from './ocr-pool';
import { analyzeLines } from './receipt-analysis';
import type { ParseReceiptOptions, ReceiptDraft } from './receipt-draft.types';
import { monthNamed } from './receipt-dates';
import { DATE_LABEL, LAST_DAY_TO_PAY } from './receipt-keywords';
import { identifiesNoShop } from './receipt-merchant';
import { WEEKDAYS } from './receipt-weekday';
import { parseReceipt } from './receipt-parser';
import { keywordRegex, letterCount, nearlyEqual, normalizeLine } from './receipt-text';

/**
 * A row of an Arabic page read again, alone (twenty-fourth round, issue 14). On unseen Arabic prints the fields lost
 * were OCR's reading of one right-to-left row — the date's (« ٢٠٢٥ glo 0 » for « ٥ مايو ٢٠٢٥ », « تاريخ الفاتورة €
 * ٢٠٢٤ ») or the large bold amount due's (« المبلغ المستحق us ») — read as one line of a page read at PSM 6. Such a
 * row is cut out of the prepared page, enlarged, and read by the Arabic model as a single line (PSM 7); its Eastern
 * digits are read by the digit classifier, and the new reading is kept only when the parser does better with it (a
 * date where there was none; a total printed on the re-read row where the total was missing or taken from another
 * row). Only the rows that need it: the date's row when there is no date, the total's label row when the total is
 * missing, unsure or not printed on it — at most `MAX_ROWS` a receipt.
 */

export interface ArabicRowTarget {
  /** Index in `page.lines`. */
  line: number;
  field: 'date' | 'total' | 'merchant';
  /** A total's row read as specks, its label lost (`speckTotalRow`): kept on its currency sign, not on its label. */
  lostLabel?: boolean;
}

/** Rows read again at most, a receipt: the date's and the total's, with one more for a second date label. */
const MAX_ROWS = 3;
/**
 * Enlargement of the row: tesseract's LSTM reads a line at 36 px, bold large rows lose their joins below it. The
 * total's row ×3 since the twenty-fifth round: on unseen group H's pizzerias the bold total « ٣٥٠٫٠٠دج » read « لاوج »
 * at ×2 and « ٣٥٠٫٠٠ دج » at ×3 (dz_uh_039); thinning the strokes (a dilation of the paper, a harder threshold), PSM 13
 * and ×1 read worse or made wrong totals. The date's row, printed in the body's size, stays ×2: at ×3 G's dz_ug_007
 * lost the « ٥ مايو » that ×2 reads.
 */
const ROW_SCALE: Record<ArabicRowTarget['field'], number> = { date: 2, total: 3, merchant: 3 };
/** The second size a row is read at when its first reading was not kept. */
const OTHER_SCALE: Partial<Record<ArabicRowTarget['field'], number>> = { date: 3, merchant: 2 };
/**
 * The field the row was read for is still missing (a date) or doubtful (a name) after the first readings. The total's
 * row is not read a second time: at ×2 it mended nothing on unseen groups K and L (twenty-ninth round).
 */
function stillWanted(t: ArabicRowTarget, draft: ReceiptDraft): boolean {
  if (t.field === 'date') return draft.date === null;
  if (t.field === 'merchant') return doubtfulName(draft);
  return false;
}
/** Below this total confidence the total's row is read again even when a total was found (0.3: derived or unchecked). */
const UNSURE_TOTAL = 0.5;
/** A row read as Latin specks where the month's name was (« glo » for « ماي »): the date's row, worth a second look. */
const LOST_MONTH = /\bGLO\b/;
const ARABIC = /\p{Script=Arabic}/u;

/** « 18:47 - 2026 », « ٢٠:٤٩ = ٢٠٢٤ »: a time then a year, a date row read right to left whose day or month was lost. */
const TIME_THEN_YEAR = /(?<!\d)(?:[01]?\d|2[0-3]) ?: ?[0-5]\d *[-=–]? *(?:19|20)\d{2}(?!\d)/u;

/**
 * A date row with no label (twenty-fifth round, unseen group H's bookshops and pizzerias print « ٢٣ ماي ٢٠٢٦ - ١٨:٤٧ »
 * alone on its row): a time then a year, or a month's name beside a number, on a row with no amount's label.
 */
function bareDateRow(upper: string): boolean {
  if (TIME_THEN_YEAR.test(upper)) return true;
  const words = upper.split(/\s+/);
  if (words.some((w) => monthNamed(w) !== undefined) && WEEKDAY.test(upper)) return true;
  return words.some((w, k) => monthNamed(w) !== undefined && /\d/.test(`${words[k - 1] ?? ''}${words[k + 1] ?? ''}`));
}

/**
 * A weekday's name beside a month's (thirtieth round, unseen group M's household-goods shops: « الإثنين سبتمبر » for
 * « الإثنين ٧ سبتمبر ٢٠٢٦ »): the date's row with its day and year lost to specks, whatever the language — no other
 * row of a receipt names both.
 */
// The weekday names receipt-weekday.ts reads, in Arabic and French (the pages' two languages; no English here).
const WEEKDAY = keywordRegex(WEEKDAYS.flatMap(([arabic, french]) => [arabic, french]));

/** A four-digit year (« ٢٠٢٥ », « 152025 » with its day glued on) or two numbers about a slash (« ١/6 », « ٢٢/٠٥/٢٠٣ »). */
const DATE_PIECE = /(?:20|٢٠)[\d٠-٩]{2}(?![\d٠-٩])|[\d٠-٩] ?\/ ?[\d٠-٩]/u;

/**
 * What is left of a date row read as pieces on an Arabic page (twenty-eighth round, unseen group K's clothes shops and
 * roasteries, whose date row stands alone with no label: « ١/6 » for « ١٢/٠٥/٢٠٢٤ », « ٢٠٢٥ € » for « الجمعة ٤ جويلية
 * ٢٠٢٥ », « ١٢:٣٤ ١٠٠٠٧٠٢٠٢٦ » for « ٢٠٢٦-٠٧-١٠ ١٢:٣٤ »): a year or a slash between numbers, on a row with no
 * amount with cents, no amount's label and at most two words of letters — any paper prints its date so.
 */
function datePieceRow(l: ReturnType<typeof analyzeLines>[number]): boolean {
  if (l.kind !== 'other' || l.amounts.some((a) => a.decimals === 2) || !DATE_PIECE.test(l.upper)) return false;
  return l.upper.split(/\s+/).filter((w) => letterCount(w) >= 2).length <= 2;
}

/** Eastern digits (or any digits) on a row, and the Latin letters the Latin model made of its Arabic words. */
const digitCount = (s: string) => (s.match(/[\d٠-٩]/gu) ?? []).length;
const latinCount = (s: string) => (s.match(/[A-Za-z]/g) ?? []).length;

/**
 * The total's row read as specks with its label (twenty-eighth round, unseen group K: « دل ٨٠٠ ٦ Ug yi Ll Lo aall
 * glial » for « المبلغ للدفع ٦ ٨٠٠ دج »): when no row of the page reads as a total's label, the row of the page's lower
 * half with the most digits (three or more) among the rows of Latin specks (more Latin letters than Arabic ones) — the
 * bold row the Latin model could not read — is the one to read again for the total.
 */
function speckTotalRow(lines: ReturnType<typeof analyzeLines>): number | null {
  const lower = lines.slice(Math.floor(lines.length / 2));
  let best: { index: number; digits: number } | null = null;
  for (const l of lower) {
    const latin = latinCount(l.text);
    if (l.kind !== 'other' || latin < 3 || latin <= letterCount(l.text) - latin) continue;
    const digits = digitCount(l.text);
    if (digits >= 3 && (!best || digits > best.digits)) best = { index: l.index, digits };
  }
  return best?.index ?? null;
}

/** The Arabic rows worth reading again for the fields `draft` lacks or doubts (pure: the tests check it alone). */
export function arabicRowTargets(page: OcrPageResult, draft: ReceiptDraft): ArabicRowTarget[] {
  const lines = analyzeLines(page.text);
  const out: ArabicRowTarget[] = [];
  if (draft.date === null) {
    for (const l of lines) {
      if (!ARABIC.test(l.upper) && !LOST_MONTH.test(l.upper) && !TIME_THEN_YEAR.test(l.upper)) continue;
      // A date label before any « آخر أجل » on the row: the last day to pay's own row is never the bill's date.
      const due = l.upper.search(LAST_DAY_TO_PAY);
      if (LOST_MONTH.test(l.upper) || DATE_LABEL.test(due >= 0 ? l.upper.slice(0, due) : l.upper) || bareDateRow(l.upper))
        out.push({ line: l.index, field: 'date' });
    }
    // No labelled or bare date row: the first row left with a date's pieces.
    const piece = out.length ? undefined : lines.find(datePieceRow);
    if (piece) out.push({ line: piece.index, field: 'date' });
  }
  const total = draft.total;
  const doubtful =
    total === null || draft.confidence.total < UNSURE_TOTAL || draft.checks.cash === 'mismatch' || draft.checks.vat === 'mismatch';
  // The last total label on an Arabic row: read again when it does not print the total the parser chose (none, or
  // another row's) and either that total is doubtful or the row holds no amount at all (« المبلغ المستحق us »).
  const row = [...lines].reverse().find((l) => (l.kind === 'total-strong' || l.kind === 'total') && ARABIC.test(l.upper));
  const printsTotal = row !== undefined && total !== null && row.amounts.some((a) => nearlyEqual(a.value, total));
  if (row && !printsTotal && (doubtful || !row.amounts.length) && !out.some((t) => t.line === row.index))
    out.push({ line: row.index, field: 'total' });
  const specks = row === undefined && doubtful ? speckTotalRow(lines) : null;
  if (specks !== null && !out.some((t) => t.line === specks)) out.push({ line: specks, field: 'total', lostLabel: true });
  const dates = out.filter((t) => t.field === 'date').slice(0, MAX_ROWS - 1);
  const totals = out.filter((t) => t.field === 'total');
  const rows = [...dates, ...totals].slice(0, MAX_ROWS);
  const name = doubtfulName(draft) ? nameRow(lines) : null;
  return name === null || rows.some((t) => t.line === name) ? rows : [...rows, { line: name, field: 'merchant' }];
}

/**
 * The shop's name is worth reading again (twenty-sixth round, unseen group I's car washes and herbalists, whose bold
 * name row came out cut, « محظة », or with Latin specks, « عطارة glail - عمر »): none, unsure (below the header band's
 * 0.65, header-rereads.ts), or an Arabic name with a Latin word inside.
 */
function doubtfulName(draft: ReceiptDraft): boolean {
  const m = draft.merchant;
  return m === null || draft.confidence.merchant < 0.65 || (ARABIC.test(m) && /[A-Za-z]{3}/.test(m));
}

/**
 * The name's row: the first of the page's first three with letters that is no address, contact or number row — when
 * it holds Arabic letters (a Latin name is the Latin reader's: the header band's re-read, header-rereads.ts).
 */
function nameRow(lines: ReturnType<typeof analyzeLines>): number | null {
  const row = lines
    .slice(0, 3)
    .find((l) => letterCount(l.text) >= 2 && !identifiesNoShop(l.text) && !l.amounts.some((a) => a.decimals === 2));
  return row && ARABIC.test(row.text) ? row.index : null;
}

export interface ArabicRowRereadResult {
  page: OcrPageResult;
  draft: ReceiptDraft;
  /** Rows read again, and rows whose new reading was kept. */
  reread: number;
  changed: number;
}

/**
 * Reads `targets` again (one recognition each, PSM 7) and keeps, row by row, a reading with which the parser does
 * better (`betterWithRow`). `eastern` writes the classifier's Eastern digits into the given lines.
 */
export async function rereadArabicRows(
  pool: Pick<OcrPool, 'recognize'>,
  image: PreparedImage,
  page: OcrPageResult,
  draft: ReceiptDraft,
  eastern: (page: OcrPageResult, lines: number[]) => Promise<OcrPageResult>,
  parse?: Omit<ParseReceiptOptions, 'lineConfidences'>,
): Promise<ArabicRowRereadResult> {
  const targets = arabicRowTargets(page, draft);
  if (!targets.length) return { page, draft, reread: 0, changed: 0 };
  const readings = await Promise.all(targets.map((t) => readRow(pool, image, page, t.line, ROW_SCALE[t.field])));
  let best = { page, draft, changed: 0 };
  // One row's reading put in the page: kept when the draft is better with it.
  const tryRow = async (t: (typeof targets)[number], words: OcrWord[]): Promise<void> => {
    if (!words.some((w) => /[\p{L}\p{N}]/u.test(w.text))) return;
    const ordered = t.field === 'date' ? tidyDateRow(orderWords(words)) : orderWords(words);
    const candidate = await eastern(withLines(best.page, new Map([[t.line, ordered]])), [t.line]);
    const parsed = parseReceipt(candidate.text, { ...parse, lineConfidences: candidate.lines.map((l) => l.confidence) });
    if (betterWithRow(t, best.draft, parsed, candidate.lines[t.line].text))
      best = { page: candidate, draft: parsed, changed: best.changed + 1 };
  };
  for (const [k, t] of targets.entries()) await tryRow(t, readings[k]);
  let reread = targets.length;
  // A date or name row whose reading was not kept is read once more at the other size (twenty-ninth round): the Arabic
  // model reads a row of the body's size best at ×2 and a bold one at ×3, but a weekday row or one in pieces
  // (« الثلاثاء ١٧ ٢٠٢٤ », « 2025 slo 4 2531 ») may come whole at ×3, and a bold name lost to specks at ×2 (« 500 >
  // الريف jUaJl 512 » for « ملبنة الريف الطازج »). Only rows still wanted: one recognition each.
  for (const t of targets) {
    if (!stillWanted(t, best.draft)) continue;
    reread += 1;
    await tryRow(t, await readRow(pool, image, page, t.line, OTHER_SCALE[t.field] ?? ROW_SCALE[t.field]));
  }
  return { ...best, reread };
}

/**
 * The parser does better with the row read again: a date where there was none, the total unchanged; or, for the total's
 * row, still read as a total's label, a total printed on it where there was none or one from another row, with no more
 * failed sums and the date unchanged.
 */
export function betterWithRow(t: ArabicRowTarget, before: ReceiptDraft, after: ReceiptDraft, rowText: string): boolean {
  const failed = (d: ReceiptDraft) => Object.values(d.checks).filter((c) => c === 'mismatch').length;
  if (t.field === 'merchant') return betterName(before, after, rowText);
  if (t.field === 'date') return before.date === null && after.date !== null && after.total === before.total;
  if (after.total === null || after.date !== before.date || failed(after) > failed(before)) return false;
  if (before.total !== null && nearlyEqual(after.total, before.total)) return false;
  // The row must still read as the total's label row, its amount the total: a re-read that lost the label
  // (« | المجمى لاقع | ٥٥٤ ») or read the row below (« شكرا على ٥٥ ٩٧٣ ع 3 ») loses a total that other rules had mended.
  // A row of specks whose label is lost for good (« المبلة لدف … دج15030,00 ») is read for a missing total only, and
  // kept when the amount taken carries the dinar's sign on the row.
  const [row] = analyzeLines(rowText);
  if (!row) return false;
  if (t.lostLabel) return before.total === null && dinarsBeside(row.clean, after.total);
  if (row.kind !== 'total-strong' && row.kind !== 'total') return false;
  return row.amounts.some((a) => nearlyEqual(a.value, after.total!));
}

/** The amount `value` printed on `text` with the dinar's sign glued or next to it (« دج15030,00 », « ٦ ٨٠٠ دج »). */
function dinarsBeside(text: string, value: number): boolean {
  const sign = /(?:دج|د\.ج|DA|DZD)/u.source;
  const num = /[\d٠-٩][\d٠-٩ .,٫٬]*[\d٠-٩]|[\d٠-٩]/u.source;
  const near = new RegExp(`${sign} ?(${num})|(${num}) ?${sign}`, 'gu');
  for (const m of text.matchAll(near)) {
    const [first] = analyzeLines(m[1] ?? m[2]);
    if (first?.amounts.some((a) => nearlyEqual(a.value, value))) return true;
  }
  return false;
}

/**
 * The name read again is kept when the parser takes it from the row read again, with no Latin word inside an Arabic
 * name, and it is surer than the page's or holds more letters (« محطة غسيل السيارات النجمة » for « محظة »); the date
 * and the total stay as they were.
 */
function betterName(before: ReceiptDraft, after: ReceiptDraft, rowText: string): boolean {
  const m = after.merchant;
  if (m === null || after.date !== before.date || after.total !== before.total) return false;
  if (!normalizeLine(rowText).includes(normalizeLine(m)) || (ARABIC.test(m) && /[A-Za-z]{2}/.test(m))) return false;
  if (before.merchant === null) return true;
  return after.confidence.merchant > before.confidence.merchant + 0.05 || letterCount(m) > letterCount(before.merchant);
}

/** The row cut out as a full-width strip (as `stackLineStrips` cuts it), enlarged, read as one line, back in page coordinates. */
async function readRow(
  pool: Pick<OcrPool, 'recognize'>,
  image: PreparedImage,
  page: OcrPageResult,
  line: number,
  scale: number,
): Promise<OcrWord[]> {
  const stack = stackLineStrips(image, page, [line]);
  const [strip] = stack.strips;
  const width = image.width;
  const pixels = stack.data.subarray(stack.data.length - width * stack.height);
  const sharp = await loadSharp();
  const { data, info } = await sharp(pixels, { raw: { width, height: stack.height, channels: 1 } })
    .resize({ width: width * scale, kernel: 'cubic' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const result = await pool.recognize(toPgm(data, info.width, info.height), { psm: 7 });
  const dy = strip.pageTop - strip.stackTop;
  return result.lines.flatMap((l) =>
    l.words.map((w) => ({
      ...w,
      bbox: {
        x0: Math.round(w.bbox.x0 / scale),
        x1: Math.round(w.bbox.x1 / scale),
        y0: Math.round(w.bbox.y0 / scale) + dy,
        y1: Math.round(w.bbox.y1 / scale) + dy,
      },
    })),
  );
}

/**
 * A date row read alone: the Arabic model writes the Eastern « ٥ » as the letter « ه » (the same ring) — beside a
 * month's name it is the day (« التاريخ ه مايو ] ٢٠٢٥ », unseen group G's dz_ug_007) —, and reads a speck as a lone
 * bracket or dot between the month and the year, which ends the date's pattern. Only on the re-read date row.
 */
export function tidyDateRow(words: readonly OcrWord[]): OcrWord[] {
  const kept = words.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
  const isMonth = (w: OcrWord | undefined) => w !== undefined && monthNamed(normalizeLine(w.text)) !== undefined;
  return kept.map((w, k) => (w.text === 'ه' && (isMonth(kept[k - 1]) || isMonth(kept[k + 1])) ? { ...w, text: '٥' } : w));
}
