import { Injectable } from '@nestjs/common';
import { mapColumns, mappedCount } from '../../imports/columns';
import {
  describeColumns,
  errorList,
  missingColumns,
  PREVIEW_ROWS,
  rejected,
  type ImportQuery,
  type ImportReport,
  type RowError,
} from '../../imports/import-report';
import { readTable } from '../../imports/read-table';
import type { UploadedTableFile } from '../../imports/table-upload';
import { PRODUCT_FIELDS, type ProductField } from './product-import.fields';
import { parseProductRow, planProducts, type CatalogueProduct, type PlannedRow } from './product-import.plan';
import { ProductImportRepository, type ImportActor } from './product-import.repository';

export interface ProductPreviewRow {
  row: number;
  action: 'create' | 'update' | 'unchanged' | 'invalid';
  /** Null for a new product without SKU until it is written (one is then generated, e.g. "P-00012"). */
  sku: string | null;
  barcode: string | null;
  names: { fr: string | null; ar: string | null; en: string | null };
  category: string | null;
  unit: string | null;
  price: number | null;
  cost: number | null;
  stock: number | null;
  /** The stock before the import, for an update that changes it. */
  stockBefore?: number;
  reorderThreshold: number | null;
  /** Fields an update changes. */
  changed?: string[];
}

export type ProductImportReport = ImportReport<ProductPreviewRow>;

const money = (c: number | null | undefined) => (c === null || c === undefined ? null : c / 100);

/** `POST /api/inventory/products/import`: parse, check, preview and (unless dry run) write a catalogue file. */
@Injectable()
export class ProductImportService {
  constructor(private readonly repo: ProductImportRepository) {}

  async importFile(tenantId: string, file: UploadedTableFile, query: ImportQuery, actor: ImportActor): Promise<ProductImportReport> {
    const table = await readTable(file.buffer, { scoreHeader: (h) => mappedCount(h, PRODUCT_FIELDS) });
    const mapping = mapColumns(table.header, PRODUCT_FIELDS);
    const has = (f: ProductField) => mapping.indexOf[f] !== undefined;
    if (!has('name') && !has('nameFr') && !has('nameAr') && !has('sku') && !has('barcode')) throw missingColumns(PRODUCT_FIELDS, ['name']);

    const cellErrors: RowError[] = [];
    const parsed = table.rows.map(({ row, cells }) => {
      const before = cellErrors.length;
      const values = parseProductRow(row, cells, mapping.columns, cellErrors);
      return { row, values, valid: cellErrors.length === before };
    });
    const headerOf = (f: ProductField) => (mapping.indexOf[f] !== undefined ? table.header[mapping.indexOf[f]!] : null);
    const planWith = (catalogue: CatalogueProduct[], errors: RowError[]) =>
      planProducts(parsed, catalogue, errors, (f) => headerOf(f) ?? headerOf('nameFr') ?? headerOf('nameAr'));

    const base = {
      file: { format: table.format, encoding: table.encoding, sheet: table.sheet, rows: table.rows.length },
      columns: describeColumns(mapping, PRODUCT_FIELDS),
    };
    const report = (
      rows: PlannedRow[],
      errors: RowError[],
      committed: boolean,
      written?: { created: number; updated: number; generatedSkus: Map<number, string> },
    ): ProductImportReport => {
      const invalid = new Set(errors.map((e) => e.row)).size;
      const count = (a: PlannedRow['action']) => rows.filter((r) => r.action === a).length;
      return {
        dryRun: query.dryRun,
        committed,
        ...base,
        preview: rows.slice(0, PREVIEW_ROWS).map((r) => previewRow(r, written?.generatedSkus.get(r.row))),
        counts: {
          rows: table.rows.length,
          valid: table.rows.length - invalid,
          invalid,
          created: committed ? written!.created : count('create'),
          updated: committed ? written!.updated : count('update'),
          unchanged: count('unchanged'),
          skipped: committed ? invalid : 0,
        },
        ...errorList(errors),
      };
    };

    if (query.dryRun) {
      const errors = [...cellErrors];
      const rows = planWith(await this.repo.catalogue(tenantId), errors);
      return report(rows, errors, false);
    }
    let errors: RowError[] = [];
    let refused: PlannedRow[] = [];
    const { rows, result } = await this.repo.importProducts(
      tenantId,
      (catalogue) => {
        errors = [...cellErrors];
        const planned = planWith(catalogue, errors);
        if (errors.length && !query.skipInvalid) {
          // Nothing is written; the report is built below from `planned`.
          refused = planned;
          return null;
        }
        return planned;
      },
      actor,
      { format: table.format, rows: table.rows.length, file: file.originalName ?? '' },
    );
    if (!result) throw rejected(report(refused, errors, false));
    return report(rows, errors, true, result);
  }
}

function previewRow(r: PlannedRow, generatedSku?: string): ProductPreviewRow {
  if (r.action === 'invalid') {
    const v = r.values;
    return {
      row: r.row,
      action: 'invalid',
      sku: v.sku ?? null,
      barcode: v.barcode ?? null,
      names: { fr: v.nameFr ?? null, ar: v.nameAr ?? null, en: v.nameEn ?? null },
      category: v.category ?? null,
      unit: v.unit ?? null,
      price: money(v.priceCents),
      cost: money(v.costCents),
      stock: v.stock ?? null,
      reorderThreshold: v.reorderThreshold ?? null,
    };
  }
  const p = r.product;
  return {
    row: r.row,
    action: r.action,
    sku: p.sku ?? generatedSku ?? null,
    barcode: p.barcode,
    names: { fr: p.nameFr, ar: p.nameAr, en: p.nameEn },
    category: p.category,
    unit: p.unit,
    price: money(p.priceCents),
    cost: money(p.costCents),
    stock: p.stock,
    reorderThreshold: p.reorderThreshold,
    ...(r.action !== 'create' && r.before.stock !== p.stock ? { stockBefore: r.before.stock } : {}),
    ...(r.action !== 'create' ? { changed: r.changed } : {}),
  };
}
