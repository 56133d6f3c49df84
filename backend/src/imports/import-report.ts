/**
 * The shape every import answers with (catalogue, till sales, customers), so the UI shows any of them the same way:
 * how columns were understood, the first rows as they will be written, counts, and every bad cell.
 */
import { z } from 'zod';
import { AppError, ErrorCode } from '../common/errors/app-error';
import type { ColumnMapping, FieldSpec } from './columns';
import type { RawTable } from './read-table';

export interface RowError {
  /** Row number in the file as a spreadsheet shows it (the header is row 1). */
  row: number;
  /** The column's header in the file, or the field name when the column is missing. */
  column: string | null;
  /** In English, for integrators and logs. */
  message: string;
  /** What went wrong, for the UI to say it in the user's language (e.g. "negative", "not_a_number"). */
  code?: string;
  params?: Record<string, string | number>;
}

export interface ImportColumn {
  index: number;
  header: string;
  field: string | null;
  label: { fr: string; ar: string; en: string } | null;
  note?: string;
}

export interface ImportReport<P> {
  dryRun: boolean;
  /** True when the rows were written (never on a dry run; never when a row is invalid unless skipInvalid). */
  committed: boolean;
  file: { format: RawTable['format']; encoding?: string; sheet?: string; rows: number };
  columns: ImportColumn[];
  /** The first rows as they will be written (or why not). */
  preview: P[];
  counts: { rows: number; valid: number; invalid: number; created: number; updated: number; unchanged: number; skipped: number };
  /** At most MAX_REPORTED_ERRORS; `errorCount` has them all. */
  errors: RowError[];
  errorCount: number;
}

export const PREVIEW_ROWS = 20;
export const MAX_REPORTED_ERRORS = 500;

export const ImportQuerySchema = z
  .object({
    dryRun: z
      .enum(['true', 'false', '1', '0'])
      .optional()
      .transform((v) => v === 'true' || v === '1')
      .describe('Check and preview only; nothing is written'),
    skipInvalid: z
      .enum(['true', 'false', '1', '0'])
      .optional()
      .transform((v) => v === 'true' || v === '1')
      .describe('Import the valid rows even when some are invalid (by default nothing is written if any row is invalid)'),
  })
  .strict();
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

export function describeColumns<F extends string>(mapping: ColumnMapping<F>, specs: FieldSpec<F>[]): ImportColumn[] {
  return mapping.columns.map((c) => ({
    index: c.index,
    header: c.header,
    field: c.field,
    label: c.field ? specs.find((s) => s.field === c.field)!.label : null,
    ...(c.note ? { note: c.note } : {}),
  }));
}

/** A file none of whose columns could be understood: 400 listing the headers expected. */
export function missingColumns<F extends string>(specs: FieldSpec<F>[], missing: F[]): AppError {
  const names = missing.map((f) => {
    const spec = specs.find((s) => s.field === f)!;
    return `${spec.label.fr} / ${spec.label.ar} / ${spec.label.en}`;
  });
  return new AppError(
    ErrorCode.VALIDATION_FAILED,
    `Missing column(s): ${names.join('; ')}`,
    missing.map((f) => ({ field: f, message: 'no column with this header' })),
  );
}

/** The import was refused because rows are invalid: 422 with the whole report, nothing written. */
export function rejected<P>(report: ImportReport<P>): AppError {
  return new AppError(
    ErrorCode.UNPROCESSABLE,
    `${report.counts.invalid} row(s) are invalid: nothing was imported. Fix them, or send skipInvalid=true to import the ${report.counts.valid} valid row(s).`,
    report as unknown as Record<string, unknown>,
  );
}

export function errorList(errors: RowError[]): { errors: RowError[]; errorCount: number } {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return { errors: sorted.slice(0, MAX_REPORTED_ERRORS), errorCount: errors.length };
}
