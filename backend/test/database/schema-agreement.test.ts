/**
 * The migrations and schema.prisma describe the same database. Everything is driven by the generated client's own
 * model list, so a model or field added to the schema without a migration makes these tests fail.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { Prisma } from '../../src/generated/prisma/client';
import { createTestDatabase, TestDatabase } from '../setup/test-database';

interface RuntimeField {
  name: string;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
}
interface RuntimeModel {
  fields: RuntimeField[];
  dbName: string | null;
}
interface Column {
  table_name: string;
  column_name: string;
  udt_name: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
}

// Which PostgreSQL types may store each Prisma scalar type (the `_` prefix is PostgreSQL's array type).
const COLUMN_TYPES: Record<string, string[]> = {
  String: ['text', '_text', 'varchar', 'bpchar', 'uuid'],
  Int: ['int4', '_int4', 'int2'],
  BigInt: ['int8', '_int8'],
  Float: ['float8', '_float8', 'float4'],
  Decimal: ['numeric', '_numeric'],
  Boolean: ['bool', '_bool'],
  DateTime: ['timestamp', 'timestamptz', 'date', 'time', 'timetz'],
  Json: ['jsonb', 'json'],
  Bytes: ['bytea'],
};

describe('schema.prisma and the migrations agree (real PostgreSQL)', () => {
  let db: TestDatabase;
  let pg: Client;
  let models: Record<string, RuntimeModel>;
  let columns: Column[];
  let foreignKeys: Array<{ table: string; column: string; refTable: string }>;
  let enumLabels: Map<string, string[]>;

  const tableOf = (model: string) => models[model].dbName ?? model;
  const modelOfTable = (table: string) => Object.keys(models).find((m) => tableOf(m) === table)!;
  const scalarFields = (model: string) => models[model].fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
  const delegate = (model: string) => (db.prisma as unknown as Record<string, any>)[model[0].toLowerCase() + model.slice(1)];

  beforeAll(async () => {
    db = await createTestDatabase({ template: 'empty' });
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    // The generated client's runtime description of the schema: every model, every field with its Prisma type.
    models = (db.prisma as unknown as { _runtimeDataModel: { models: Record<string, RuntimeModel> } })._runtimeDataModel.models;
    columns = (
      await pg.query<Column>(
        `SELECT table_name, column_name, udt_name, is_nullable, column_default
           FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
      )
    ).rows;
    foreignKeys = (
      await pg.query<{ table: string; column: string; refTable: string }>(
        `SELECT cl.relname AS "table", att.attname AS "column", ref.relname AS "refTable"
           FROM pg_constraint c
           JOIN pg_class cl ON cl.oid = c.conrelid
           JOIN pg_class ref ON ref.oid = c.confrelid
           JOIN pg_attribute att ON att.attrelid = c.conrelid AND att.attnum = ANY (c.conkey)
          WHERE c.contype = 'f' AND cl.relnamespace = current_schema()::regnamespace`,
      )
    ).rows;
    const labels = await pg.query<{ typname: string; enumlabel: string }>(
      'SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY t.typname, e.enumsortorder',
    );
    enumLabels = new Map();
    for (const { typname, enumlabel } of labels.rows) enumLabels.set(typname, [...(enumLabels.get(typname) ?? []), enumlabel]);
  });

  afterAll(async () => {
    await pg?.end();
    await db?.drop();
  });

  it('reads the model list of the generated client', () => {
    expect(Object.keys(models).sort()).toEqual(Object.values(Prisma.ModelName).sort());
    expect(Object.keys(models).length).toBeGreaterThan(10);
  });

  it('has a table for every model and nothing else but the migrations history', () => {
    const tables = [...new Set(columns.map((c) => c.table_name))].sort();
    expect(tables).toEqual([...Object.keys(models).map(tableOf), '_prisma_migrations'].sort());
  });

  it('has a column of a fitting type for every scalar field, and no column the schema does not know', () => {
    for (const model of Object.keys(models)) {
      const table = tableOf(model);
      const tableColumns = columns.filter((c) => c.table_name === table);
      const fields = scalarFields(model);
      expect({ model, columns: tableColumns.map((c) => c.column_name).sort() }).toEqual({
        model,
        columns: fields.map((f) => f.name).sort(),
      });
      for (const field of fields) {
        const column = tableColumns.find((c) => c.column_name === field.name)!;
        const allowed = field.kind === 'enum' ? [field.type, `_${field.type}`] : COLUMN_TYPES[field.type];
        expect({ field: `${model}.${field.name}`, udt: allowed?.includes(column.udt_name) ? 'fits' : column.udt_name }).toEqual({
          field: `${model}.${field.name}`,
          udt: 'fits',
        });
      }
    }
  });

  describe('every model can be created, read, updated and deleted through the generated client', () => {
    let counter = 0;

    /** A value PostgreSQL and Prisma accept for this column, different on every call. */
    function sample(column: Column): unknown {
      const n = ++counter;
      switch (column.udt_name) {
        case 'text':
        case 'varchar':
          return `${column.table_name}.${column.column_name} #${n} — é ع`;
        case '_text':
          return [`tag-${n}`, 'وسم'];
        case 'int4':
        case 'int2':
          return n;
        case 'int8':
          return BigInt(n);
        case '_int4':
          return [n, 19, 9];
        case 'numeric':
          return new Prisma.Decimal(`${n}.25`);
        case 'bool':
          return n % 2 === 0;
        case 'timestamp':
        case 'timestamptz':
          return new Date(Date.UTC(2026, 0, 1, 8, 30, 0, n % 1000));
        case 'date':
          return new Date(Date.UTC(2026, 0, 1 + (n % 28)));
        case 'jsonb':
        case 'json':
          return { sample: n, nested: ['a', { b: 'ب' }] };
        default: {
          const labels = enumLabels.get(column.udt_name);
          if (labels) return labels[n % labels.length];
          throw new Error(`No sample value for ${column.table_name}.${column.column_name} (${column.udt_name})`);
        }
      }
    }

    const refOf = (table: string, column: string) => foreignKeys.find((fk) => fk.table === table && fk.column === column)?.refTable;

    /** Creates a row with every required column filled, creating the parent rows its foreign keys need. */
    async function createRow(model: string, depth = 0): Promise<{ id: string; data: Record<string, unknown> }> {
      if (depth > 10) throw new Error(`Required foreign keys loop through ${model}`);
      const table = tableOf(model);
      const data: Record<string, unknown> = {};
      for (const column of columns.filter((c) => c.table_name === table)) {
        if (column.is_nullable === 'YES' || column.column_default !== null) continue;
        const ref = refOf(table, column.column_name);
        data[column.column_name] = ref ? (await createRow(modelOfTable(ref), depth + 1)).id : sample(column);
      }
      const row = await delegate(model).create({ data });
      return { id: row.id, data };
    }

    function expectStored(model: string, row: Record<string, unknown>, data: Record<string, unknown>): void {
      for (const [key, value] of Object.entries(data)) {
        const stored = row[key];
        const normalise = (v: unknown) => (v instanceof Date ? v.toISOString() : Prisma.Decimal.isDecimal(v) ? String(v) : v);
        expect({ field: `${model}.${key}`, value: normalise(stored) }).toEqual({ field: `${model}.${key}`, value: normalise(value) });
      }
    }

    it.each(Object.values(Prisma.ModelName))('%s', async (model) => {
      const table = tableOf(model);
      const { id, data } = await createRow(model);

      const created = await delegate(model).findUniqueOrThrow({ where: { id } });
      expectStored(model, created, data);

      // Rewrite every column (keys aside), optional ones included, so each is exercised in both directions.
      const changes: Record<string, unknown> = {};
      for (const column of columns.filter((c) => c.table_name === table)) {
        if (column.column_name !== 'id' && !refOf(table, column.column_name)) changes[column.column_name] = sample(column);
      }
      await delegate(model).update({ where: { id }, data: changes });
      expectStored(model, await delegate(model).findUniqueOrThrow({ where: { id } }), changes);

      await delegate(model).delete({ where: { id } });
      expect(await delegate(model).count({ where: { id } })).toBe(0);
    });
  });

  it("matches what Prisma's own migration engine derives from schema.prisma (no drift)", async () => {
    // The WebAssembly build of Prisma's schema engine compares this migrated database with schema.prisma.
    const script = path.join(__dirname, 'prisma-schema-engine.mjs');
    const result = await promisify(execFile)(process.execPath, [script, '--url', db.url, '--from-database', '--exit-code'], {
      timeout: 60_000,
    }).catch((err: { code?: number; stdout?: string; stderr?: string }) => err);
    expect({ exitCode: (result as { code?: number }).code ?? 0, diff: (result.stdout ?? '').trim(), stderr: result.stderr }).toEqual({
      exitCode: 0,
      diff: '-- This is an empty migration.',
      stderr: '',
    });
  });
});
