/**
 * `POST /api/customers/import`: the customer list (and « le carnet »'s balances) from a CSV or XLSX file, with the
 * catalogue import's conventions (dry run, per-row errors, all-or-nothing unless skipInvalid, one transaction).
 *
 * Decided: a row matches an existing customer by phone (digits only), else by exact name (when only one customer
 * has it). Filled cells update, empty cells keep. The "owed" column is what the customer owed before Tajer (their
 * opening balance): re-importing a different figure moves the balance by the difference, so credit sales and
 * payments recorded since are kept.
 */
import { normalizeText } from '@tajer/contract';
import { Injectable } from '@nestjs/common';
import type { FieldSpec } from '../imports/columns';
import { mapColumns, mappedCount } from '../imports/columns';
import {
  describeColumns,
  errorList,
  missingColumns,
  PREVIEW_ROWS,
  rejected,
  type ImportQuery,
  type ImportReport,
  type RowError,
} from '../imports/import-report';
import { readTable } from '../imports/read-table';
import type { UploadedTableFile } from '../imports/table-upload';
import { cellText, isBlank, parseMoney, type Cell } from '../imports/values';
import { messages } from '../common/localisation/messages';
import { CustomersRepository, type Actor, type ImportedCustomer } from './customers.repository';
import { phoneDigits } from './customers.schemas';

type Field = 'name' | 'phone' | 'email' | 'wilaya' | 'ageBand' | 'channel' | 'openingBalance' | 'creditLimit' | 'note';

export const CUSTOMER_FIELDS: FieldSpec<Field>[] = [
  {
    field: 'name',
    label: messages('customers.import.field.name'),
    aliases: [
      'nom',
      'nom complet',
      'nom et prénom',
      'client',
      'name',
      'full name',
      'customer',
      'الاسم',
      'اسم الزبون',
      'الزبون',
      'الاسم واللقب',
    ],
  },
  {
    field: 'phone',
    label: messages('customers.import.field.phone'),
    aliases: [
      'téléphone',
      'telephone',
      'tél',
      'tel',
      'mobile',
      'portable',
      'numéro',
      'phone',
      'phone number',
      'الهاتف',
      'رقم الهاتف',
      'الجوال',
    ],
  },
  {
    field: 'email',
    label: messages('customers.import.field.email'),
    aliases: ['email', 'e-mail', 'mail', 'courriel', 'البريد الإلكتروني', 'الايميل'],
  },
  {
    field: 'wilaya',
    label: messages('customers.import.field.wilaya'),
    aliases: ['wilaya', 'ville', 'région', 'region', 'city', 'province', 'الولاية', 'المدينة'],
  },
  {
    field: 'ageBand',
    label: messages('customers.import.field.ageBand'),
    aliases: ["tranche d'âge", 'tranche age', 'âge', 'age', 'age band', 'age group', 'الفئة العمرية', 'العمر'],
  },
  {
    field: 'channel',
    label: messages('customers.import.field.channel'),
    aliases: ['canal', 'source', 'provenance', 'channel', 'acquisition', 'القناة', 'المصدر'],
  },
  {
    field: 'openingBalance',
    label: messages('customers.import.field.openingBalance'),
    aliases: [
      'reste dû',
      'reste du',
      'reste à payer',
      'dette',
      'crédit',
      'credit',
      'solde',
      'doit',
      'carnet',
      'montant dû',
      'owed',
      'owes',
      'balance',
      'debt',
      'opening balance',
      'الدين',
      'الكريدي',
      'الباقي',
      'المبلغ المستحق',
    ],
  },
  {
    field: 'creditLimit',
    label: messages('customers.import.field.creditLimit'),
    aliases: ['plafond', 'plafond crédit', 'limite', 'limite de crédit', 'credit limit', 'limit', 'سقف الكريدي', 'الحد الأقصى'],
  },
  {
    field: 'note',
    label: messages('customers.import.field.note'),
    aliases: ['note', 'notes', 'remarque', 'commentaire', 'comment', 'ملاحظة', 'ملاحظات'],
  },
];

const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55+'];

export interface CustomerPreviewRow {
  row: number;
  action: 'create' | 'update' | 'unchanged' | 'invalid';
  name: string | null;
  phone: string | null;
  openingBalance: number | null;
  /** The balance after the import (what they owe). */
  balance: number | null;
}

@Injectable()
export class CustomerImportService {
  constructor(private readonly repo: CustomersRepository) {}

  async importFile(tenantId: string, file: UploadedTableFile, query: ImportQuery, actor: Actor): Promise<ImportReport<CustomerPreviewRow>> {
    const table = await readTable(file.buffer, { scoreHeader: (h) => mappedCount(h, CUSTOMER_FIELDS) });
    const mapping = mapColumns(table.header, CUSTOMER_FIELDS);
    if (mapping.indexOf.name === undefined) throw missingColumns(CUSTOMER_FIELDS, ['name']);
    const header = (f: Field) => (mapping.indexOf[f] !== undefined ? table.header[mapping.indexOf[f]!] : f);
    const existing = await this.repo.listForImport(tenantId);
    const byPhone = new Map(existing.filter((c) => c.phone).map((c) => [phoneDigits(c.phone!), c]));
    const byName = new Map<string, typeof existing>();
    for (const c of existing) byName.set(normalizeText(c.name), [...(byName.get(normalizeText(c.name)) ?? []), c]);

    const errors: RowError[] = [];
    const planned: ImportedCustomer[] = [];
    const preview: CustomerPreviewRow[] = [];
    const seen = new Map<string, number>();
    for (const { row, cells } of table.rows) {
      const before = errors.length;
      const get = (f: Field): Cell | undefined => {
        const i = mapping.indexOf[f];
        const v = i === undefined ? null : (cells[i] ?? null);
        return isBlank(v) ? undefined : v;
      };
      const text = (f: Field, max: number) => {
        const v = get(f);
        if (v === undefined) return undefined;
        const t = cellText(v).replace(/\s+/g, ' ');
        if (t.length > max) errors.push({ row, column: header(f), message: `at most ${max} characters` });
        return t.slice(0, max);
      };
      const money = (f: Field) => {
        const v = get(f);
        if (v === undefined) return undefined;
        const p = parseMoney(v);
        if (!p.ok) errors.push({ row, column: header(f), message: p.message });
        return p.ok ? Math.round(p.value * 100) : undefined;
      };
      const name = text('name', 120);
      if (!name) errors.push({ row, column: header('name'), message: 'required' });
      const phone = text('phone', 30);
      if (phone !== undefined && !/^\d{6,15}$/.test(phoneDigits(phone)))
        errors.push({ row, column: header('phone'), message: `"${phone}" is not a phone number` });
      const email = text('email', 200);
      if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
        errors.push({ row, column: header('email'), message: `"${email}" is not an email address` });
      const ageBand = text('ageBand', 10);
      if (ageBand !== undefined && !AGE_BANDS.includes(ageBand.replace(/\s/g, '')))
        errors.push({ row, column: header('ageBand'), message: `one of ${AGE_BANDS.join(', ')}` });
      const values = {
        name,
        phone,
        email,
        wilaya: text('wilaya', 60),
        ageBand: ageBand?.replace(/\s/g, ''),
        channel: text('channel', 40),
        note: text('note', 500),
        openingBalanceCents: money('openingBalance'),
        creditLimitCents: money('creditLimit'),
      };
      const match =
        phone && byPhone.get(phoneDigits(phone))
          ? byPhone.get(phoneDigits(phone))
          : name && byName.get(normalizeText(name))?.length === 1
            ? byName.get(normalizeText(name))![0]
            : undefined;
      const key = match ? `id:${match.id}` : phone ? `phone:${phoneDigits(phone)}` : `name:${normalizeText(name ?? '')}`;
      if (name && seen.has(key)) errors.push({ row, column: null, message: `same customer as row ${seen.get(key)}` });
      seen.set(key, row);

      if (errors.length > before) {
        preview.push({
          row,
          action: 'invalid',
          name: name ?? null,
          phone: phone ?? null,
          openingBalance: values.openingBalanceCents === undefined ? null : values.openingBalanceCents / 100,
          balance: null,
        });
        continue;
      }
      const item: ImportedCustomer = { row, existingId: match?.id ?? null, ...values, name: name! };
      const openingCents = values.openingBalanceCents ?? (match ? Math.round(Number(match.openingBalance) * 100) : 0);
      const balanceCents = match
        ? Math.round(Number(match.balance) * 100) + openingCents - Math.round(Number(match.openingBalance) * 100)
        : openingCents;
      const changed =
        !match ||
        ['name', 'phone', 'email', 'wilaya', 'ageBand', 'channel', 'note'].some(
          (f) => (values as any)[f] !== undefined && (values as any)[f] !== (match as any)[f],
        ) ||
        openingCents !== Math.round(Number(match.openingBalance) * 100) ||
        (values.creditLimitCents !== undefined &&
          values.creditLimitCents !== (match.creditLimit === null ? null : Math.round(Number(match.creditLimit) * 100)));
      item.changed = changed;
      planned.push(item);
      preview.push({
        row,
        action: !match ? 'create' : changed ? 'update' : 'unchanged',
        name: name!,
        phone: phone ?? null,
        openingBalance: openingCents / 100,
        balance: balanceCents / 100,
      });
    }
    const invalid = new Set(errors.map((e) => e.row)).size;
    const count = (a: CustomerPreviewRow['action']) => preview.filter((p) => p.action === a).length;
    const report = (committed: boolean): ImportReport<CustomerPreviewRow> => ({
      dryRun: query.dryRun,
      committed,
      file: { format: table.format, encoding: table.encoding, sheet: table.sheet, rows: table.rows.length },
      columns: describeColumns(mapping, CUSTOMER_FIELDS),
      preview: preview.slice(0, PREVIEW_ROWS),
      counts: {
        rows: table.rows.length,
        valid: table.rows.length - invalid,
        invalid,
        created: count('create'),
        updated: count('update'),
        unchanged: count('unchanged'),
        skipped: committed ? invalid : 0,
      },
      ...errorList(errors),
    });
    if (query.dryRun) return report(false);
    if (errors.length && !query.skipInvalid) throw rejected(report(false));
    await this.repo.importCustomers(
      tenantId,
      planned.filter((p) => p.changed),
      actor,
    );
    return report(true);
  }
}
