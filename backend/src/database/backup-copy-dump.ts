/**
 * The built-in database dump, used when no pg_dump of a recent enough version is at hand (the embedded PostgreSQL 18
 * next to Debian 12's client 15, or the slim Docker image that has no client at all).
 *
 * It relies on what Tajer guarantees about its own database: the schema is exactly the SQL migrations recorded in
 * `_prisma_migrations`. So the dump is those migration files (copied into the backup, checksums verified) plus the data
 * of every table as `COPY … TO STDOUT` text, gzipped, read in one REPEATABLE READ snapshot. Restoring applies the same
 * migrations to an empty database, then loads the rows parents-first in one transaction and resets the sequences.
 */
import { createReadStream, createWriteStream, mkdirSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, readMigrations } from './migrator';

/**
 * Tables the migrations' triggers maintain from other tables' rows ("SaleDay": the sales per day;
 * "TenantDataVersion": the businesses' data versions, which the restore's own loads move).
 */
const DERIVED_TABLES = new Set(['SaleDay', 'TenantDataVersion']);

export interface CopyDumpTable {
  name: string;
  /** Stored columns in table order (generated columns are recomputed on restore). */
  columns: string[];
  /** Path of the gzipped COPY text, relative to the dump folder. */
  file: string;
  rows: number;
}

export interface CopyDumpSequence {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface CopyDumpManifest {
  schema: 'public';
  /** Applied migrations, in order; their SQL is in `migrations/<name>/migration.sql`. */
  migrations: string[];
  tables: CopyDumpTable[];
  sequences: CopyDumpSequence[];
}

const SCHEMA = 'public';
const MIGRATIONS_TABLE = '_prisma_migrations';

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function qualified(table: string): string {
  return `${quoteIdent(SCHEMA)}.${quoteIdent(table)}`;
}

/** Counts rows of COPY text on the way through: one line per row, embedded newlines are escaped as \n. */
class LineCounter extends Transform {
  lines = 0;
  _transform(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null, data?: Buffer) => void): void {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.lines++;
    done(null, chunk);
  }
}

export async function listTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'r' ORDER BY c.relname`,
    [SCHEMA],
  );
  return rows.map((r) => r.name);
}

async function storedColumns(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [qualified(table)],
  );
  return rows.map((r) => r.name);
}

async function appliedMigrations(client: Client): Promise<{ name: string; checksum: string }[]> {
  const { rows: exists } = await client.query<{ ok: boolean }>('SELECT to_regclass($1) IS NOT NULL AS ok', [qualified(MIGRATIONS_TABLE)]);
  if (!exists[0].ok) throw new Error(`The database has no ${MIGRATIONS_TABLE} table: it was not created by Tajer's migrations`);
  const { rows } = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM ${qualified(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY started_at, migration_name`,
  );
  return rows;
}

/**
 * Copies the SQL of every applied migration from this build into `<outDir>/migrations`. A migration the database
 * has but this build lacks (or has with other content) makes the dump unrestorable, so it is refused here.
 */
function copyMigrations(applied: { name: string; checksum: string }[], outDir: string, migrationsDir: string): void {
  const files = new Map(readMigrations(migrationsDir).map((m) => [m.name, m]));
  const target = path.join(outDir, 'migrations');
  mkdirSync(target, { recursive: true });
  const lock = path.join(migrationsDir, 'migration_lock.toml');
  if (existsSync(lock)) copyFileSync(lock, path.join(target, 'migration_lock.toml'));
  for (const { name, checksum } of applied) {
    const file = files.get(name);
    if (!file)
      throw new Error(
        `Migration "${name}" is applied to the database but missing from ${migrationsDir}: back up with the build that applied it`,
      );
    if (file.checksum !== checksum.toLowerCase() && file.checksum !== checksum) {
      throw new Error(`Migration "${name}" in ${migrationsDir} differs from the one applied to the database (checksum ${checksum})`);
    }
    mkdirSync(path.join(target, name), { recursive: true });
    writeFileSync(path.join(target, name, 'migration.sql'), file.script);
  }
}

/**
 * Writes the dump into `outDir` from `client`, which must be inside a REPEATABLE READ transaction (one snapshot for
 * every table).
 */
export async function writeCopyDump(
  client: Client,
  outDir: string,
  opts: { migrationsDir?: string; log?: (msg: string) => void } = {},
): Promise<CopyDumpManifest> {
  const log = opts.log ?? (() => undefined);
  const applied = await appliedMigrations(client);
  copyMigrations(applied, outDir, opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);

  mkdirSync(path.join(outDir, 'data'), { recursive: true });
  const tables: CopyDumpTable[] = [];
  const names = await listTables(client);
  for (const [index, name] of names.entries()) {
    const columns = await storedColumns(client, name);
    // Numbered files: table names may hold characters a file system dislikes.
    const file = path.join('data', `${String(index + 1).padStart(4, '0')}.copy.gz`);
    const counter = new LineCounter();
    const sql = `COPY ${qualified(name)} (${columns.map(quoteIdent).join(', ')}) TO STDOUT`;
    await pipeline(client.query(copyTo(sql)), counter, createGzip({ level: 6 }), createWriteStream(path.join(outDir, file)));
    tables.push({ name, columns, file, rows: counter.lines });
    log(`dumped ${name}: ${counter.lines} rows`);
  }

  const { rows: seqs } = await client.query<{ name: string; last_value: string | null; start_value: string }>(
    `SELECT sequencename AS name, last_value::text, start_value::text FROM pg_sequences WHERE schemaname = $1 ORDER BY sequencename`,
    [SCHEMA],
  );
  const sequences = seqs.map((s) => ({ name: s.name, lastValue: s.last_value ?? s.start_value, isCalled: s.last_value !== null }));
  return { schema: SCHEMA, migrations: applied.map((m) => m.name), tables, sequences };
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function loadOrder(client: Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
       JOIN pg_class p ON p.oid = k.confrelid
      WHERE k.contype = 'f' AND cn.nspname = $1`,
    [SCHEMA],
  );
  const wanted = new Set(tables);
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of rows) {
    // A self-reference is checked at the end of the table's own COPY statement, so it imposes no order.
    if (child !== parent && wanted.has(child) && wanted.has(parent)) parents.get(child)!.add(parent);
  }
  const ordered: string[] = [];
  const done = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !done.has(t) && [...parents.get(t)!].every((p) => done.has(p)));
    if (!ready.length) {
      const stuck = tables.filter((t) => !done.has(t));
      throw new Error(`Foreign keys form a cycle between ${stuck.join(', ')}: the built-in restore cannot order them`);
    }
    for (const t of ready) {
      ordered.push(t);
      done.add(t);
    }
  }
  return ordered;
}

/**
 * Restores a dump written by writeCopyDump into `databaseUrl`, whose `public` schema must be empty: applies the
 * dump's own migrations, then loads every table and sets the sequences in a single transaction.
 */
export async function restoreCopyDump(
  client: Client,
  databaseUrl: string,
  dumpDir: string,
  manifest: CopyDumpManifest,
  log: (msg: string) => void,
): Promise<void> {
  const { applied } = await applyMigrations(databaseUrl, { migrationsDir: path.join(dumpDir, 'migrations'), log });
  const missing = manifest.migrations.filter((m) => !applied.includes(m));
  if (missing.length) throw new Error(`Migrations ${missing.join(', ')} were already applied to the target: it was not empty`);

  const present = new Set(await listTables(client));
  for (const table of manifest.tables) {
    if (!present.has(table.name)) throw new Error(`Table ${table.name} is in the backup but its migrations did not create it`);
    const columns = new Set(await storedColumns(client, table.name));
    const lacking = table.columns.filter((c) => !columns.has(c));
    if (lacking.length) throw new Error(`Table ${table.name} lacks columns ${lacking.join(', ')} after the backup's migrations`);
  }

  const byName = new Map(manifest.tables.map((t) => [t.name, t]));
  const order = await loadOrder(client, [...byName.keys()]);
  await client.query('BEGIN');
  try {
    // Empties what the migrations just wrote: their own history rows (the backup has the originals, with the original
    // ids and times) and any rows a data migration inserted (the backup has them as they were).
    await client.query(`TRUNCATE ${order.map(qualified).join(', ')}`);
    for (const name of order) {
      const table = byName.get(name)!;
      // Kept by triggers from the rows they sum: loading those rows rebuilds it (loading it too would count twice).
      if (DERIVED_TABLES.has(name)) {
        log(`rebuilt ${name} from the rows it sums`);
        continue;
      }
      const sql = `COPY ${qualified(name)} (${table.columns.map(quoteIdent).join(', ')}) FROM STDIN`;
      await pipeline(createReadStream(path.join(dumpDir, table.file)), createGunzip(), client.query(copyFrom(sql)));
      log(`restored ${name}: ${table.rows} rows`);
    }
    for (const seq of manifest.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [qualified(seq.name), seq.lastValue, seq.isCalled]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
