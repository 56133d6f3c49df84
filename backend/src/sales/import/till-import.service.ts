/**
 * `POST /api/sales/import`: a till's export (one row per ticket line) into the sales ledger, with the catalogue
 * import's conventions (dry run, per-row errors, nothing written when a row is invalid unless skipInvalid, one
 * transaction).
 *
 * Decided: the receipt is the unit of idempotency. Its rows become one sale keyed "receipt:<number>" whose request
 * hash covers its lines (line number, product, quantity, price), its date and payment method. Importing the same
 * export again (or an overlapping one) skips the receipts already imported; a receipt number that comes back with
 * other lines is reported as an error on its rows, never silently changed. A date without a time is taken at noon,
 * shop time (or now, for today before noon). A line without a price takes the catalogue's current price.
 */
import { normalizeText, productRefOf, type ProductRef } from '@tajer/contract';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/time/clock';
import { SaleEvents } from '../../events/sale-events';
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
import { cellText, isBlank, parseDateTime, parseInteger, parseMoney, type Cell } from '../../imports/values';
import { SalesLedgerRepository, totals, type LedgerSale, type WrittenSale } from '../sales-ledger.repository';
import { SalesRepository } from '../sales.repository';
import { requestHash } from '../sales.service';
import { PAYMENT_WORDS, TILL_FIELDS, type TillField } from './till-import.fields';

type Product = Awaited<ReturnType<SalesRepository['catalogueForMatching']>>[number];

export interface TillPreviewRow {
  row: number;
  receipt: string | null;
  soldAt: string | null;
  /** The catalogue product the line was matched to, named by the contract's ref like every result. */
  product: ProductRef | null;
  quantity: number | null;
  unitPrice: number | null;
  total: number | null;
  paymentMethod: string | null;
  /** create: a new receipt; unchanged: the receipt was already imported with these lines; invalid: see errors. */
  action: 'create' | 'unchanged' | 'invalid';
}

export type TillImportReport = ImportReport<TillPreviewRow> & { receipts: { new: number; alreadyImported: number; revenue: number } };

interface ParsedLine {
  row: number;
  receipt: string;
  /** The date and time as written: what the receipt's hash covers (a date-only "today" resolves to a moving now). */
  written: string;
  line: number;
  soldAt: Date;
  product: Product;
  quantity: number;
  unitPriceCents: number;
  paymentMethod: LedgerSale['paymentMethod'];
}

/** Noon, counted from the local midnight a date-only cell gives. */
const NOON_MS = 12 * 3_600_000;

@Injectable()
export class TillImportService {
  constructor(
    private readonly sales: SalesRepository,
    private readonly ledger: SalesLedgerRepository,
    private readonly clock: Clock,
    private readonly saleEvents: SaleEvents,
  ) {}

  async importFile(
    tenantId: string,
    file: UploadedTableFile,
    query: ImportQuery,
    actor: { userId: string | null },
  ): Promise<TillImportReport> {
    const table = await readTable(file.buffer, { scoreHeader: (h) => mappedCount(h, TILL_FIELDS) });
    const mapping = mapColumns(table.header, TILL_FIELDS);
    const has = (f: TillField) => mapping.indexOf[f] !== undefined;
    const missing = (['date', 'receipt', 'quantity'] as TillField[]).filter((f) => !has(f));
    if (!has('sku') && !has('barcode') && !has('name')) missing.push('name');
    if (missing.length) throw missingColumns(TILL_FIELDS, missing);
    const header = (f: TillField) => (has(f) ? table.header[mapping.indexOf[f]!] : f);
    const cell = (cells: Cell[], f: TillField): Cell | undefined => {
      if (!has(f)) return undefined;
      const v = cells[mapping.indexOf[f]!] ?? null;
      return isBlank(v) ? undefined : v;
    };

    const catalogue = await this.sales.catalogueForMatching(tenantId);
    const bySku = new Map(catalogue.map((p) => [p.sku.toUpperCase(), p]));
    const byBarcode = new Map<string, Product>();
    for (const p of catalogue) if (p.barcode && (!byBarcode.has(p.barcode) || p.active)) byBarcode.set(p.barcode, p);
    const byName = new Map<string, Product[]>();
    for (const p of catalogue.filter((x) => x.active)) {
      for (const n of [p.nameFr, p.nameAr, p.nameEn]) if (n) byName.set(normalizeText(n), [...(byName.get(normalizeText(n)) ?? []), p]);
    }

    const now = this.clock.now();
    const errors: RowError[] = [];
    const lines: ParsedLine[] = [];
    const preview: TillPreviewRow[] = [];
    const perReceipt = new Map<string, number>();
    for (const { row, cells } of table.rows) {
      const before = errors.length;
      const fail = (f: TillField, message: string) => errors.push({ row, column: header(f), message });
      const receipt = cell(cells, 'receipt') === undefined ? null : cellText(cell(cells, 'receipt')!).slice(0, 60);
      if (!receipt) fail('receipt', 'required');

      let soldAt: Date | null = null;
      const dateCell = cell(cells, 'date');
      if (dateCell === undefined) fail('date', 'required');
      else {
        const d = parseDateTime(dateCell);
        if (!d.ok) fail('date', d.message);
        else {
          soldAt = d.value.at;
          const timeCell = cell(cells, 'time');
          const t = timeCell === undefined ? null : /^(\d{1,2})[:h](\d{2})(?::(\d{2}))?$/.exec(cellText(timeCell));
          if (!d.value.hasTime && t)
            soldAt = new Date(soldAt.getTime() + (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) * 1000);
          else if (!d.value.hasTime && timeCell instanceof Date) soldAt = new Date(soldAt.getTime() + (timeCell.getTime() % 86_400_000));
          // Today's date without a time, imported in the morning, is "now" rather than a noon still to come.
          else if (!d.value.hasTime && soldAt.getTime() <= now.getTime())
            soldAt = new Date(Math.min(soldAt.getTime() + NOON_MS, now.getTime()));
          if (soldAt.getTime() > now.getTime() + 5 * 60_000) {
            fail('date', 'in the future');
            soldAt = null;
          }
        }
      }

      let product: Product | undefined;
      const sku = cell(cells, 'sku');
      const barcode = cell(cells, 'barcode');
      const name = cell(cells, 'name');
      if (sku !== undefined) {
        product = bySku.get(cellText(sku).toUpperCase());
        if (!product) fail('sku', `no product with SKU "${cellText(sku)}"`);
      } else if (barcode !== undefined) {
        product = byBarcode.get(cellText(barcode).replace(/\s/g, ''));
        if (!product) fail('barcode', `no product with barcode ${cellText(barcode)}`);
      } else if (name !== undefined) {
        const found = byName.get(normalizeText(cellText(name))) ?? [];
        if (found.length === 1) product = found[0];
        else
          fail(
            'name',
            found.length
              ? `"${cellText(name)}" names ${found.length} products: give the SKU or barcode`
              : `no product named "${cellText(name)}"`,
          );
      } else fail(has('sku') ? 'sku' : has('barcode') ? 'barcode' : 'name', 'which product? give the SKU, barcode or name');

      let quantity: number | null = null;
      const q = cell(cells, 'quantity');
      if (q === undefined) fail('quantity', 'required');
      else {
        const parsed = parseInteger(q, { min: 1, max: 100_000 });
        if (parsed.ok) quantity = parsed.value;
        else fail('quantity', parsed.message);
      }
      let unitPriceCents: number | null = product ? Math.round(Number(product.price) * 100) : null;
      const price = cell(cells, 'unitPrice');
      if (price !== undefined) {
        const parsed = parseMoney(price);
        if (parsed.ok) unitPriceCents = Math.round(parsed.value * 100);
        else fail('unitPrice', parsed.message);
      }
      let method: LedgerSale['paymentMethod'] = 'cash';
      const pm = cell(cells, 'paymentMethod');
      if (pm !== undefined) {
        const known = PAYMENT_WORDS[normalizeText(cellText(pm))];
        if (!known) fail('paymentMethod', `"${cellText(pm)}": cash, card, cib, edahabia, baridimob`);
        else if (known === 'credit') fail('paymentMethod', 'a credit sale needs its customer: record it with POST /api/sales');
        else method = known;
      }
      let line = (perReceipt.get(receipt ?? '') ?? 0) + 1;
      const lineCell = cell(cells, 'line');
      if (lineCell !== undefined) {
        const parsed = parseInteger(lineCell, { min: 1, max: 10_000 });
        if (parsed.ok) line = parsed.value;
        else fail('line', parsed.message);
      }
      perReceipt.set(receipt ?? '', line);

      const valid = errors.length === before;
      if (valid)
        lines.push({
          row,
          receipt: receipt!,
          written: `${cellText(dateCell ?? null)} ${cellText(cell(cells, 'time') ?? null)}`.trim(),
          line,
          soldAt: soldAt!,
          product: product!,
          quantity: quantity!,
          unitPriceCents: unitPriceCents!,
          paymentMethod: method,
        });
      preview.push({
        row,
        receipt,
        soldAt: soldAt?.toISOString() ?? null,
        product: product ? productRefOf(product) : null,
        quantity,
        unitPrice: unitPriceCents === null ? null : unitPriceCents / 100,
        total: quantity !== null && unitPriceCents !== null ? (quantity * unitPriceCents) / 100 : null,
        paymentMethod: pm === undefined ? 'cash' : method,
        action: valid ? 'create' : 'invalid',
      });
    }

    // One sale per receipt; a receipt is only as good as its worst row.
    const receipts = new Map<string, ParsedLine[]>();
    for (const l of lines) receipts.set(l.receipt, [...(receipts.get(l.receipt) ?? []), l]);
    const invalidReceipts = new Set(preview.filter((p) => p.action === 'invalid' && p.receipt).map((p) => p.receipt!));
    const sales: LedgerSale[] = [];
    for (const [receipt, rows] of receipts) {
      const first = rows[0];
      for (const r of rows.slice(1)) {
        if (r.soldAt.getTime() !== first.soldAt.getTime())
          errors.push({ row: r.row, column: header('date'), message: `receipt ${receipt} starts on row ${first.row} with another date` });
        if (r.paymentMethod !== first.paymentMethod)
          errors.push({
            row: r.row,
            column: header('paymentMethod'),
            message: `receipt ${receipt} starts on row ${first.row} with another payment method`,
          });
      }
      const dup = rows.find((r, i) => rows.findIndex((x) => x.line === r.line) !== i);
      if (dup) errors.push({ row: dup.row, column: header('line'), message: `line ${dup.line} of receipt ${receipt} appears twice` });
      if (invalidReceipts.has(receipt) || errors.some((e) => rows.some((r) => r.row === e.row))) {
        invalidReceipts.add(receipt);
        continue;
      }
      const ordered = [...rows].sort((a, b) => a.line - b.line);
      sales.push({
        kind: 'SALE',
        soldAt: first.soldAt,
        paymentMethod: first.paymentMethod,
        customerId: null,
        idempotencyKey: `receipt:${receipt}`,
        requestHash: requestHash({
          soldAt: first.written,
          paymentMethod: first.paymentMethod,
          lines: ordered.map((l) => [l.line, l.product.id, l.quantity, l.unitPriceCents]),
        }),
        receiptNumber: receipt,
        source: 'till_import',
        createdById: actor.userId,
        lines: ordered.map((l) => ({
          productId: l.product.id,
          quantity: l.quantity,
          unitPriceCents: l.unitPriceCents,
          unitCostCents: l.product.cost === null ? null : Math.round(Number(l.product.cost) * 100),
        })),
      });
    }

    // Receipts imported before: the same lines are skipped, other lines are an error.
    const existing = new Map(
      (
        await this.sales.byKeys(
          tenantId,
          sales.map((s) => s.idempotencyKey),
        )
      ).map((e) => [e.idempotencyKey!, e]),
    );
    const fresh: LedgerSale[] = [];
    const done = new Set<string>();
    for (const s of sales) {
      const e = existing.get(s.idempotencyKey);
      if (!e) fresh.push(s);
      else if (e.requestHash === s.requestHash) done.add(s.receiptNumber!);
      else {
        for (const r of receipts.get(s.receiptNumber!)!)
          errors.push({
            row: r.row,
            column: header('receipt'),
            message: `receipt ${s.receiptNumber} was already imported with other lines`,
          });
        invalidReceipts.add(s.receiptNumber!);
      }
    }
    for (const p of preview) {
      if (p.receipt && invalidReceipts.has(p.receipt)) p.action = 'invalid';
      else if (p.receipt && done.has(p.receipt) && p.action !== 'invalid') p.action = 'unchanged';
    }

    const invalidRows = new Set(errors.map((e) => e.row)).size;
    const report = (committed: boolean, created: number): TillImportReport => ({
      dryRun: query.dryRun,
      committed,
      file: { format: table.format, encoding: table.encoding, sheet: table.sheet, rows: table.rows.length },
      columns: describeColumns(mapping, TILL_FIELDS),
      preview: preview.slice(0, PREVIEW_ROWS),
      counts: {
        rows: table.rows.length,
        valid: table.rows.length - invalidRows,
        invalid: invalidRows,
        created: committed ? created : fresh.length,
        updated: 0,
        unchanged: done.size,
        skipped: committed ? invalidRows : 0,
      },
      receipts: {
        new: committed ? created : fresh.length,
        alreadyImported: done.size,
        revenue: fresh.reduce((t, s) => t + totals(s.lines).total, 0) / 100,
      },
      ...errorList(errors),
    });
    if (query.dryRun) return report(false, 0);
    if (errors.length && !query.skipInvalid) throw rejected(report(false, 0));
    const written = await this.ledger.transaction((tx) => this.ledger.writeSales(tx, tenantId, fresh), { timeout: 120_000 });
    await this.announce(tenantId, fresh, written);
    return report(true, written.filter((w) => w.created).length);
  }

  /** One sale.created per receipt written now (with the stock events it caused), for the business's webhooks. */
  private async announce(tenantId: string, fresh: LedgerSale[], written: WrittenSale[]): Promise<void> {
    const currency = await this.sales.currency(tenantId);
    written.forEach((w, i) => {
      if (!w.created) return;
      const s = fresh[i];
      const lines = s.lines.map((l) => ({ product: { id: l.productId }, quantity: l.quantity, unitPrice: l.unitPriceCents / 100 }));
      void this.saleEvents.saleRecorded(
        tenantId,
        {
          id: w.id,
          total: totals(s.lines).total / 100,
          currency,
          soldAt: s.soldAt.toISOString(),
          paymentMethod: s.paymentMethod.toLowerCase(),
          lines,
        },
        'till_import',
        w.stock,
      );
    });
  }
}
