/**
 * An uploaded CSV or XLSX file as a header row and data rows, within fixed limits so that no upload can exhaust the
 * server: bytes are capped before parsing (upload interceptor), an XLSX's inflated content and number of parts are
 * capped while inflating (zip-guard.ts), and rows and columns are capped before any row is interpreted.
 *
 * CSV: UTF-8 (with or without BOM) or, for files saved by Excel on Windows, windows-1252 / windows-1256 (Arabic);
 * the separator (`;` as French Excel writes it, `,`, tab, `|`) is detected by papaparse.
 */
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError, ErrorCode } from '../common/errors/app-error';
import type { Cell } from './values';
import { extractZip, rebuildZip, unreadable, type ZipLimits } from './zip-guard';

export const TABLE_LIMITS = {
  /** Upload size (413 beyond, checked by the upload interceptor before parsing). */
  maxBytes: 10 * 1024 * 1024,
  /** Data rows (the header row aside). */
  maxRows: 20_000,
  maxColumns: 60,
  zip: { maxTotalBytes: 40 * 1024 * 1024, maxEntries: 500 } satisfies ZipLimits,
} as const;

export type TableFormat = 'csv' | 'xlsx';

export interface RawTable {
  format: TableFormat;
  /** CSV only: how the bytes were decoded. */
  encoding?: string;
  /** XLSX only: the worksheet read (the first one). */
  sheet?: string;
  header: string[];
  /** Data rows with the file's row number (the header is row 1 of the sheet or file). */
  rows: { row: number; cells: Cell[] }[];
}

export interface ReadOptions {
  /** Scores a candidate header row (e.g. how many columns it maps): picks the CSV encoding. */
  scoreHeader?: (header: string[]) => number;
  limits?: Partial<Pick<typeof TABLE_LIMITS, 'maxRows' | 'maxColumns'>>;
}

const tooManyRows = (max: number) =>
  new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The file has more than ${max} rows; split it into several files`, { maxRows: max });
const tooManyColumns = (max: number) =>
  new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The file has more than ${max} columns`, { maxColumns: max });

export async function readTable(buffer: Buffer, options: ReadOptions = {}): Promise<RawTable> {
  if (!buffer?.length) throw unreadable('empty file');
  const maxRows = options.limits?.maxRows ?? TABLE_LIMITS.maxRows;
  const maxColumns = options.limits?.maxColumns ?? TABLE_LIMITS.maxColumns;
  const table = isZip(buffer) ? await readXlsx(buffer, maxRows, maxColumns) : readCsv(buffer, maxRows, maxColumns, options.scoreHeader);
  if (!table.header.some((h) => h.trim())) throw unreadable('no header row: the first row must name the columns');
  return table;
}

const isZip = (b: Buffer) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06);
const isOle2 = (b: Buffer) => b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));

function readCsv(buffer: Buffer, maxRows: number, maxColumns: number, scoreHeader?: (h: string[]) => number): RawTable {
  if (isOle2(buffer)) {
    throw new AppError(
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      'Old Excel files (.xls) are not supported: save the sheet as .xlsx or CSV and send it again',
      {
        accepted: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    );
  }
  if (buffer.subarray(0, 4096).includes(0))
    throw new AppError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'The file is neither a CSV text nor an .xlsx spreadsheet');
  const candidates = decodings(buffer);
  let best: { encoding: string; text: string; score: number } | null = null;
  for (const c of candidates) {
    const header = parseCsv(c.text, 1)[0] ?? [];
    const score = scoreHeader ? scoreHeader(header) : 0;
    if (!best || score > best.score) best = { ...c, score };
  }
  const [header = [], ...data] = parseCsv(best!.text, maxRows + 2);
  if (data.length > maxRows) throw tooManyRows(maxRows);
  const width = Math.max(header.length, ...data.slice(0, 100).map((r) => r.length));
  if (width > maxColumns || data.some((r) => r.length > maxColumns)) throw tooManyColumns(maxColumns);
  // Row numbers count records (header = 1), as a spreadsheet opening the file shows them; blank lines are skipped.
  return {
    format: 'csv',
    encoding: best!.encoding,
    header: header.map((h) => h.trim()),
    rows: data.map((cells, i) => ({ row: i + 2, cells })),
  };
}

function parseCsv(text: string, preview: number): string[][] {
  return Papa.parse<string[]>(text, { preview, skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t', '|'] }).data;
}

function decodings(buffer: Buffer): { encoding: string; text: string }[] {
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  try {
    return [{ encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bom ? buffer.subarray(3) : buffer) }];
  } catch {
    // Not UTF-8: Excel on Windows writes CSV in the system's code page (Arabic or Western European).
    return ['windows-1256', 'windows-1252'].map((encoding) => ({ encoding, text: new TextDecoder(encoding).decode(buffer) }));
  }
}

async function readXlsx(buffer: Buffer, maxRows: number, maxColumns: number): Promise<RawTable> {
  const files = extractZip(buffer, TABLE_LIMITS.zip);
  if (!files['xl/workbook.xml']) throw unreadable('a ZIP archive that is not an .xlsx workbook');
  // Loaded at the first workbook, not at start: ExcelJS and its zip and XML libraries are ~8 MB of heap.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(rebuildZip(files) as any);
  } catch (err) {
    throw unreadable(`damaged workbook: ${(err as Error).message}`);
  }
  const sheet = workbook.worksheets.find((w) => w.state !== 'hidden' && w.state !== 'veryHidden') ?? workbook.worksheets[0];
  if (!sheet) throw unreadable('the workbook has no sheet');
  if (sheet.actualColumnCount > maxColumns) throw tooManyColumns(maxColumns);
  const all: { row: number; cells: Cell[] }[] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (all.length > maxRows) {
      tooMany = true;
      return;
    }
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col <= maxColumns) cells[col - 1] = cellValue(cell.value);
    });
    if (cells.some((c) => c !== null && c !== undefined && String(c).trim() !== ''))
      all.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
  });
  if (tooMany || all.length > maxRows + 1) throw tooManyRows(maxRows);
  const [head, ...rows] = all;
  return { format: 'xlsx', sheet: sheet.name, header: (head?.cells ?? []).map((c) => (c === null ? '' : String(c).trim())), rows };
}

/** ExcelJS's cell value reduced to text, number, boolean or date (formulas give their computed result). */
function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    return result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date)) ? null : (result as Cell);
  }
  if ('hyperlink' in v) return String((v as ExcelJS.CellHyperlinkValue).text ?? '');
  if ('error' in v) return null;
  return null;
}
