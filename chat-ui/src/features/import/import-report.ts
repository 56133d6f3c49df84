/** The answer of POST /api/inventory/products/import (backend/src/imports/import-report.ts), as the page reads it. */
export interface ImportColumn {
  index: number;
  header: string;
  field: string | null;
  note?: string;
}

export interface ImportPreviewRow {
  row: number;
  action: 'create' | 'update' | 'unchanged' | 'invalid';
  sku: string | null;
  names: { fr: string | null; ar: string | null; en: string | null };
  price: number | null;
  cost: number | null;
  stock: number | null;
  stockBefore?: number;
  changed?: string[];
}

export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  file: { format: 'csv' | 'xlsx'; rows: number; sheet?: string; encoding?: string };
  columns: ImportColumn[];
  preview: ImportPreviewRow[];
  counts: { rows: number; valid: number; invalid: number; created: number; updated: number; unchanged: number; skipped: number };
  errors: ImportRowError[];
  errorCount: number;
}

export const isImportReport = (v: unknown): v is ImportReport =>
  !!v && typeof v === 'object' && Array.isArray((v as ImportReport).columns) && !!(v as ImportReport).counts;

export const IMPORT_URL = '/api/inventory/products/import';
export const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
