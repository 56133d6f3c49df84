/**
 * From the rows of an uploaded catalogue to what will be written: each row parsed (per-cell errors), matched to an
 * existing product (by SKU, then barcode, then — only for rows with neither — by exact name) and turned into a
 * create, an update of the fields it gives, or nothing. Pure: the repository loads the catalogue and writes the plan.
 *
 * Decided where the issue is silent:
 * - an empty cell keeps the product's current value (an import never wipes a field by omission);
 * - the stock column is a count: for an existing product the difference is recorded as an "inventaire (import)"
 *   movement, for a new one as its initial stock;
 * - a new product needs a name and a price; its cost may be left empty (unknown: its sales are left out of margins,
 *   never counted as free); without a category it goes to "divers", without a unit to "unité";
 * - a deleted (inactive) product found by SKU or barcode comes back to the catalogue.
 */
import { DEFAULT_PRODUCT_CATEGORY, DEFAULT_UNIT, normalizeText } from '@tajer/contract';
import type { MappedColumn } from '../../imports/columns';
import type { RowError } from '../../imports/import-report';
import { cellText, isBlank, parseInteger, parseMoney, type Cell, type Parsed } from '../../imports/values';
import type { ProductField } from './product-import.fields';

export interface CatalogueProduct {
  id: string;
  sku: string;
  barcode: string | null;
  nameFr: string;
  nameAr: string | null;
  nameEn: string | null;
  category: string;
  unit: string;
  /** In centimes. */
  priceCents: number;
  costCents: number | null;
  stock: number;
  reorderThreshold: number;
  active: boolean;
}

/** What a row gives; undefined = not given (no column, or an empty cell). */
export interface ProductRowValues {
  sku?: string;
  barcode?: string;
  nameFr?: string;
  nameAr?: string;
  nameEn?: string;
  category?: string;
  unit?: string;
  priceCents?: number;
  costCents?: number;
  stock?: number;
  reorderThreshold?: number;
}

export type NewProduct = Omit<CatalogueProduct, 'id' | 'active' | 'sku'> & { sku: string | null };
export interface CreateRow {
  row: number;
  action: 'create';
  product: NewProduct;
}
export interface UpdateRow {
  row: number;
  action: 'update' | 'unchanged';
  before: CatalogueProduct;
  product: CatalogueProduct;
  changed: string[];
}
export interface InvalidRow {
  row: number;
  action: 'invalid';
  values: ProductRowValues;
}
export type PlannedRow = CreateRow | UpdateRow | InvalidRow;

export interface ProductPlan {
  rows: PlannedRow[];
  errors: RowError[];
}

const SKU = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,39}$/;
const ARABIC = /[\u0600-\u06ff]/;
const cents = (n: number) => Math.round(n * 100);

/** Reads one row's cells into values, collecting an error per bad cell. */
export function parseProductRow(row: number, cells: Cell[], columns: MappedColumn<ProductField>[], errors: RowError[]): ProductRowValues {
  const v: ProductRowValues = {};
  const at = (field: ProductField) => columns.find((c) => c.field === field);
  const cell = (field: ProductField): Cell | undefined => {
    const c = at(field);
    if (!c) return undefined;
    const value = cells[c.index] ?? null;
    return isBlank(value) ? undefined : value;
  };
  const bad = (field: ProductField, message: string, code: string, params?: Record<string, string | number>) =>
    errors.push({ row, column: at(field)!.header, message, code, ...(params ? { params } : {}) });
  const text = (field: ProductField, max: number): string | undefined => {
    const value = cell(field);
    if (value === undefined) return undefined;
    const t = cellText(value).replace(/\s+/g, ' ');
    if (t.length > max) {
      bad(field, `at most ${max} characters`, 'too_long', { max });
      return undefined;
    }
    return t;
  };
  const number = (field: ProductField, parse: (c: Cell) => Parsed<number>): number | undefined => {
    const value = cell(field);
    if (value === undefined) return undefined;
    const parsed = parse(value);
    if (!parsed.ok) {
      bad(field, parsed.message, parsed.code, parsed.params);
      return undefined;
    }
    return parsed.value;
  };

  const sku = text('sku', 40);
  if (sku !== undefined) {
    if (SKU.test(sku)) v.sku = sku;
    else bad('sku', `"${sku}": letters, digits and . _ - / only (max 40)`, 'invalid_sku', { value: sku });
  }
  const barcode = text('barcode', 40)?.replace(/[\s-]/g, '');
  if (barcode !== undefined) {
    if (/^\d{8,14}$/.test(barcode)) v.barcode = barcode;
    else
      bad('barcode', `"${barcode}" is not a barcode (8 to 14 digits: EAN-8, UPC, EAN-13, GTIN-14)`, 'invalid_barcode', { value: barcode });
  }
  const name = text('name', 200);
  v.nameFr = text('nameFr', 200) ?? (name !== undefined && !ARABIC.test(name) ? name : undefined);
  v.nameAr = text('nameAr', 200) ?? (name !== undefined && ARABIC.test(name) ? name : undefined);
  v.nameEn = text('nameEn', 200);
  // A shop that names its products only in Arabic still needs the display name the rest of the app uses.
  if (v.nameFr === undefined && name !== undefined) v.nameFr = name;
  v.category = text('category', 80);
  v.unit = text('unit', 30);
  const price = number('price', (c) => parseMoney(c));
  if (price !== undefined) v.priceCents = cents(price);
  const cost = number('cost', (c) => parseMoney(c));
  if (cost !== undefined) v.costCents = cents(cost);
  v.stock = number('stock', (c) => parseInteger(c, { min: 0, max: 1_000_000 }));
  v.reorderThreshold = number('reorderThreshold', (c) => parseInteger(c, { min: 0, max: 1_000_000 }));
  return v;
}

const nameKey = (name: string) => normalizeText(name);

/** Fields an update may change, as the API names them. */
const COMPARED: [string, keyof CatalogueProduct][] = [
  ['sku', 'sku'],
  ['barcode', 'barcode'],
  ['nameFr', 'nameFr'],
  ['nameAr', 'nameAr'],
  ['nameEn', 'nameEn'],
  ['category', 'category'],
  ['unit', 'unit'],
  ['price', 'priceCents'],
  ['cost', 'costCents'],
  ['stock', 'stock'],
  ['reorderThreshold', 'reorderThreshold'],
  ['active', 'active'],
];

/**
 * Matches every parsed row against the catalogue and against the rows before it. `parsed` rows with cell errors are
 * planned as invalid; matching problems (a barcode owned by another product, the same product twice) add errors.
 */
export function planProducts(
  parsed: { row: number; values: ProductRowValues; valid: boolean }[],
  catalogue: CatalogueProduct[],
  errors: RowError[],
  headerOf: (f: ProductField) => string | null,
): PlannedRow[] {
  const bySku = new Map(catalogue.map((p) => [p.sku.toUpperCase(), p]));
  const byBarcode = new Map(catalogue.filter((p) => p.barcode).map((p) => [p.barcode!, p]));
  const byName = new Map<string, CatalogueProduct>();
  for (const p of catalogue) if (p.active && !byName.has(nameKey(p.nameFr))) byName.set(nameKey(p.nameFr), p);
  // What earlier rows of the file already claimed: key → row number.
  const claimed = new Map<string, number>();
  const out: PlannedRow[] = [];

  for (const { row, values: v, valid } of parsed) {
    const fail = (field: ProductField | null, message: string, code: string, params?: Record<string, string | number>) =>
      errors.push({ row, column: field ? (headerOf(field) ?? field) : null, message, code, ...(params ? { params } : {}) });
    if (!valid) {
      out.push({ row, action: 'invalid', values: v });
      continue;
    }
    if (!v.sku && !v.barcode && !v.nameFr) {
      fail('name', 'a product needs a name, a SKU or a barcode', 'no_identity');
      out.push({ row, action: 'invalid', values: v });
      continue;
    }
    const existing =
      (v.sku ? bySku.get(v.sku.toUpperCase()) : undefined) ??
      (v.barcode ? byBarcode.get(v.barcode) : undefined) ??
      (!v.sku && !v.barcode && v.nameFr ? byName.get(nameKey(v.nameFr)) : undefined);

    let problem = false;
    if (existing && v.barcode) {
      const owner = byBarcode.get(v.barcode);
      if (owner && owner.id !== existing.id) {
        fail('barcode', `barcode ${v.barcode} already belongs to ${owner.nameFr} (${owner.sku})`, 'barcode_taken', {
          barcode: v.barcode,
          product: owner.nameFr,
        });
        problem = true;
      }
    }
    if (!existing) {
      if (v.barcode && byBarcode.has(v.barcode)) {
        const owner = byBarcode.get(v.barcode)!;
        fail('barcode', `barcode ${v.barcode} already belongs to ${owner.nameFr} (${owner.sku})`, 'barcode_taken', {
          barcode: v.barcode,
          product: owner.nameFr,
        });
        problem = true;
      }
      if (!v.nameFr) {
        fail('name', 'required for a new product', 'required_new');
        problem = true;
      }
      if (v.priceCents === undefined) {
        fail('price', 'required for a new product', 'required_new');
        problem = true;
      }
    }
    const keys = [
      existing ? `id:${existing.id}` : null,
      v.sku ? `sku:${v.sku.toUpperCase()}` : null,
      v.barcode ? `barcode:${v.barcode}` : null,
      !existing && !v.sku && !v.barcode && v.nameFr ? `name:${nameKey(v.nameFr)}` : null,
    ].filter((k): k is string => k !== null);
    const earlier = keys.map((k) => claimed.get(k)).find((r) => r !== undefined);
    if (earlier !== undefined) {
      fail(null, `same product as row ${earlier}`, 'same_product', { row: earlier });
      problem = true;
    }
    if (problem) {
      out.push({ row, action: 'invalid', values: v });
      continue;
    }
    for (const k of keys) claimed.set(k, row);

    if (!existing) {
      out.push({
        row,
        action: 'create',
        product: {
          sku: v.sku ?? null,
          barcode: v.barcode ?? null,
          nameFr: v.nameFr!,
          nameAr: v.nameAr ?? null,
          nameEn: v.nameEn ?? null,
          category: v.category ?? DEFAULT_PRODUCT_CATEGORY,
          unit: v.unit ?? DEFAULT_UNIT,
          priceCents: v.priceCents!,
          costCents: v.costCents ?? null,
          stock: v.stock ?? 0,
          reorderThreshold: v.reorderThreshold ?? 0,
        },
      });
      continue;
    }
    const product: CatalogueProduct = {
      ...existing,
      sku: v.sku && v.sku.toUpperCase() !== existing.sku.toUpperCase() ? v.sku : existing.sku,
      barcode: v.barcode ?? existing.barcode,
      nameFr: v.nameFr ?? existing.nameFr,
      nameAr: v.nameAr ?? existing.nameAr,
      nameEn: v.nameEn ?? existing.nameEn,
      category: v.category ?? existing.category,
      unit: v.unit ?? existing.unit,
      priceCents: v.priceCents ?? existing.priceCents,
      costCents: v.costCents ?? existing.costCents,
      stock: v.stock ?? existing.stock,
      reorderThreshold: v.reorderThreshold ?? existing.reorderThreshold,
      active: true,
    };
    const changed = COMPARED.filter(([, k]) => product[k] !== existing[k]).map(([name]) => name);
    out.push({ row, action: changed.length ? 'update' : 'unchanged', before: existing, product, changed });
  }
  return out;
}
