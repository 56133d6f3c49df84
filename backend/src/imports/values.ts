/**
 * Cell values as Algerian shops type them in a spreadsheet: "1 250,50", "1.250,50", "1250.5", "1 250 DA", "١٢٥٠ دج",
 * dates as "18/11/2026 14:35". Every parser returns a value or a message saying what is wrong with the cell, never
 * throws: the import reports each bad cell with its row and column.
 */
import { SHOP_UTC_OFFSET_MINUTES } from '../common/time/period';

/** What a reader gives for a cell: CSV gives text; XLSX may give numbers and dates. */
export type Cell = string | number | boolean | Date | null;

/** A failure has a message (English, for logs and integrators) and a code with its values, which the UI translates. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; code: string; params?: Record<string, string | number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string, code: string, params?: Record<string, string | number>): Parsed<T> => ({
  ok: false,
  message,
  code,
  ...(params ? { params } : {}),
});

/** The cell as trimmed text ('' when empty). */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  if (typeof cell === 'number') return Number.isFinite(cell) ? numberText(cell) : '';
  return String(cell)
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .trim();
}

/** Integers without exponent notation (a barcode read as 6.13e12 by a spreadsheet must stay 6130000000000). */
function numberText(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

export const isBlank = (cell: Cell) => cellText(cell) === '';

const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Arabic-Indic digits (٠-٩ and the Persian forms) to ASCII, and the Arabic decimal/thousands signs. */
export function asciiDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/\u066b/g, ',') // ٫ Arabic decimal separator
    .replace(/\u066c/g, ' '); // ٬ Arabic thousands separator
}

// Currency words around an amount: "1 250 DA", "DZD 300", "300 دج", "300 د.ج", "300 دينار".
const CURRENCY = /(?:\bdzd\b|\bda\b|\bdinars?\b|د\.?\s?ج\.?|دج|دينار)/giu;

/**
 * A decimal number. Separators are read the way they are used here:
 * - both "." and "," present: the last one is the decimal mark ("1.250,50", "1,250.50");
 * - spaces or apostrophes group thousands ("1 250,50", "1'250.50");
 * - a single "." or "," followed by exactly three digits groups thousands ("1.250" = 1250, "12,500" = 12500): amounts
 *   in dinars never have three decimals; otherwise it is the decimal mark ("12,5", "0,750", "1250.5").
 */
export function parseDecimal(cell: Cell): Parsed<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('not a number', 'not_a_number', { value: String(cell) });
  if (typeof cell === 'boolean' || cell instanceof Date) return fail('not a number', 'not_a_number', { value: String(cell) });
  let text = asciiDigits(cellText(cell)).replace(CURRENCY, '').trim();
  if (!text) return fail('empty', 'required');
  let sign = 1;
  if (/^-|^\(.*\)$|-$/.test(text)) {
    sign = -1;
    text = text
      .replace(/^\(|\)$/g, '')
      .replace(/^-|-$/g, '')
      .trim();
  }
  text = text.replace(/^\+/, '');
  if (!/^[\d\s'.,]+$/.test(text) || !/\d/.test(text))
    return fail(`"${cellText(cell)}" is not a number`, 'not_a_number', { value: cellText(cell) });
  const grouped = /[\s']/.test(text.trim());
  text = text.replace(/[\s']/g, '');
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let intPart = text;
  let fracPart = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const thousands = decimalAt === lastDot ? ',' : '.';
    intPart = text.slice(0, decimalAt);
    fracPart = text.slice(decimalAt + 1);
    if (intPart.includes(decimalAt === lastDot ? '.' : ','))
      return fail(`"${cellText(cell)}" has two decimal marks`, 'not_a_number', { value: cellText(cell) });
    if (!validGroups(intPart.split(thousands)))
      return fail(`"${cellText(cell)}": thousands are grouped by three digits`, 'thousands', { value: cellText(cell) });
    intPart = intPart.split(thousands).join('');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const parts = text.split(mark);
    if (parts.length > 2) {
      if (!validGroups(parts))
        return fail(`"${cellText(cell)}": thousands are grouped by three digits`, 'thousands', { value: cellText(cell) });
      intPart = parts.join('');
    } else if (parts[1].length === 3 && parts[0].length > 0 && !/^0+$/.test(parts[0]) && !grouped) {
      intPart = parts.join('');
    } else {
      [intPart, fracPart] = parts;
    }
  }
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fracPart) || (!intPart && !fracPart))
    return fail(`"${cellText(cell)}" is not a number`, 'not_a_number', { value: cellText(cell) });
  return ok(sign * Number(`${intPart || '0'}.${fracPart || '0'}`));
}

function validGroups(groups: string[]): boolean {
  return groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** An amount of money: at most two decimals, within `max`. */
export function parseMoney(cell: Cell, { min = 0, max = 9_999_999_999.99 } = {}): Parsed<number> {
  const n = parseDecimal(cell);
  if (!n.ok) return n;
  if (n.value < min) return fail(min === 0 ? 'must not be negative' : `must be at least ${min}`, min === 0 ? 'negative' : 'min', { min });
  if (n.value > max) return fail(`must be at most ${max}`, 'max', { max });
  const cents = Math.round(n.value * 100);
  if (Math.abs(cents - n.value * 100) > 1e-6) return fail('at most 2 decimals', 'decimals');
  return ok(cents / 100);
}

/** A whole number ("12", "12,0", "1 200"). */
export function parseInteger(cell: Cell, { min = 0, max = 1_000_000 } = {}): Parsed<number> {
  const n = parseDecimal(cell);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value)) return fail(`"${cellText(cell)}" is not a whole number`, 'not_whole', { value: cellText(cell) });
  if (n.value < min) return fail(min === 0 ? 'must not be negative' : `must be at least ${min}`, min === 0 ? 'negative' : 'min', { min });
  if (n.value > max) return fail(`must be at most ${max}`, 'max', { max });
  return ok(n.value);
}

const OFFSET_MS = SHOP_UTC_OFFSET_MINUTES * 60_000;
/** Excel's day 0 is 1899-12-30 (serial numbers count days from there, fractions are the time of day). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An instant from a wall-clock time in the shop (Algeria, UTC+1). */
function shopTime(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | null {
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    return null;
  return new Date(utc - OFFSET_MS);
}

/**
 * A date with an optional time, in the shop's time: "18/11/2026", "18-11-2026 14:35", "18.11.26", "2026-11-18",
 * "2026-11-18T14:35:00", an ISO instant with a zone, or a spreadsheet date. Day first, as in Algeria (never US order).
 * `hasTime` tells whether the cell gave a time of day.
 */
export function parseDateTime(cell: Cell): Parsed<{ at: Date; hasTime: boolean }> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('not a date', 'not_a_date', { value: '' });
    // Spreadsheets have no time zone: the reader gives the wall-clock time as if it were UTC.
    const wall = cell.getTime();
    const hasTime = wall % 86_400_000 !== 0;
    return ok({ at: new Date(wall - OFFSET_MS), hasTime });
  }
  if (typeof cell === 'number') {
    if (!(cell > 20_000 && cell < 80_000)) return fail(`${cell} is not a date`, 'not_a_date', { value: cell });
    const wall = Math.round(EXCEL_EPOCH_MS + cell * 86_400_000);
    return ok({ at: new Date(wall - OFFSET_MS), hasTime: !Number.isInteger(cell) });
  }
  const text = asciiDigits(cellText(cell));
  if (!text) return fail('empty', 'required');
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const at = new Date(text);
    return Number.isNaN(at.getTime()) ? fail(`"${text}" is not a date`, 'not_a_date', { value: text }) : ok({ at, hasTime: true });
  }
  const time = /(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;
  const iso = new RegExp(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.source + time.source).exec(text);
  const dmy = new RegExp(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})/.source + time.source).exec(text);
  let parts: number[] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3]), ...[iso[4], iso[5], iso[6]].map((v) => Number(v ?? 0))];
  else if (dmy) {
    const year = dmy[3].length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
    parts = [year, Number(dmy[2]), Number(dmy[1]), ...[dmy[4], dmy[5], dmy[6]].map((v) => Number(v ?? 0))];
  }
  if (!parts) return fail(`"${text}" is not a date (use day/month/year, e.g. 18/11/2026 14:35)`, 'not_a_date', { value: text });
  const at = shopTime(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
  if (!at) return fail(`"${text}" is not a valid date`, 'invalid_date', { value: text });
  return ok({ at, hasTime: Boolean((iso ?? dmy)![4]) });
}
