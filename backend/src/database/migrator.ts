import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/** Resolves to backend/prisma/migrations both from src/database (ts-node, Jest) and dist/database (compiled). */
export const DEFAULT_MIGRATIONS_DIR = path.resolve(__dirname, '../../prisma/migrations');

// Prisma Migrate's own lock key: this runner and `prisma migrate deploy` exclude each other, not just our instances.
const PRISMA_MIGRATE_LOCK_ID = 72707369;
const DEFAULT_LOCK_TIMEOUT_MS = 10 * 60_000;

// Byte for byte the table `prisma migrate deploy` creates, so either tool can take over from the other.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
`;

export type MigrationErrorReason = 'checksum-mismatch' | 'failed' | 'unfinished' | 'lock-timeout' | 'invalid-directory';

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly reason: MigrationErrorReason,
    readonly migration?: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface MigrationFile {
  name: string;
  script: string;
  checksum: string;
}

export interface ApplyMigrationsOptions {
  migrationsDir?: string;
  log?: (msg: string) => void;
  /** How long to wait for another instance that is migrating the same database (default 10 min). */
  lockTimeoutMs?: number;
}

export interface ApplyMigrationsResult {
  /** Newly applied, in order. */
  applied: string[];
  /** Already applied before this call. */
  skipped: string[];
}

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Prisma's checksum: SHA-256 of the script, lowercase hex. */
export function migrationChecksum(script: string): string {
  return sha256(script).toString('hex');
}

/**
 * Same tolerance as Prisma: a checkout that rewrote line endings (git on Windows) is not an edit, and very old Prisma
 * versions stored the hex without zero padding.
 */
function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replace(/\r\n/g, '\n'), script.replace(/\n/g, '\r\n')];
  return variants.some((variant) => {
    const digest = sha256(variant);
    const rendered = checksum.length !== 64 ? [...digest].map((b) => b.toString(16)).join('') : digest.toString('hex');
    return rendered === checksum;
  });
}

/** Reads `<dir>/<name>/migration.sql` for every sub-directory, in name order (Prisma's order). */
export function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) throw new MigrationError(`Migrations directory ${dir} does not exist`, 'invalid-directory');
  const lockFile = path.join(dir, 'migration_lock.toml');
  if (existsSync(lockFile)) {
    const provider = /provider\s*=\s*"([^"]+)"/.exec(readFileSync(lockFile, 'utf8'))?.[1];
    if (provider && provider !== 'postgresql') {
      throw new MigrationError(`${lockFile} says these migrations are for "${provider}", not postgresql`, 'invalid-directory');
    }
  }
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      if (!existsSync(file)) throw new MigrationError(`Migration "${name}" has no migration.sql (${file})`, 'invalid-directory', name);
      const script = readFileSync(file, 'utf8');
      return { name, script, checksum: migrationChecksum(script) };
    });
}

/** "at line 12" from the character offset postgres reports, so a failing statement is easy to find. */
function describeFailure(err: unknown, script: string): string {
  const e = err as { message?: string; position?: string; detail?: string; hint?: string };
  let text = e.message ?? String(err);
  const position = Number(e.position);
  if (position > 0) text += ` (at line ${script.slice(0, position - 1).split('\n').length})`;
  if (e.detail) text += `\nDETAIL: ${e.detail}`;
  if (e.hint) text += `\nHINT: ${e.hint}`;
  return text;
}

async function acquireLock(client: Client, timeoutMs: number): Promise<void> {
  await client.query(`SET lock_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK_ID]);
  } catch (err) {
    if ((err as { code?: string }).code === '55P03') {
      throw new MigrationError(
        `Timed out after ${timeoutMs} ms waiting for another process to finish migrating this database`,
        'lock-timeout',
      );
    }
    throw err;
  } finally {
    await client.query('RESET lock_timeout');
  }
}

async function readAppliedRows(client: Client): Promise<MigrationRow[]> {
  const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists");
  if (!rows[0].exists) {
    await client.query(CREATE_MIGRATIONS_TABLE);
    return [];
  }
  const result = await client.query<MigrationRow>(
    'SELECT id, checksum, migration_name, finished_at, rolled_back_at, started_at FROM _prisma_migrations ORDER BY started_at',
  );
  return result.rows;
}

async function applyOne(client: Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query('BEGIN');
  try {
    await client.query('INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())', [
      id,
      migration.checksum,
      migration.name,
    ]);
    // No parameters: the simple query protocol runs the whole multi-statement script, as Prisma does.
    await client.query(migration.script);
    await client.query(
      'UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1 WHERE id = $1',
      [id],
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    const reason = describeFailure(err, migration.script);
    // Leave the same trace `prisma migrate resolve --rolled-back` would: visible in history, ignored by every deploy.
    await client
      .query(
        'INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, rolled_back_at, started_at) VALUES ($1, $2, $3, $4, now(), now())',
        [randomUUID(), migration.checksum, migration.name, reason],
      )
      .catch(() => undefined);
    throw new MigrationError(`Migration "${migration.name}" failed and was rolled back: ${reason}`, 'failed', migration.name);
  }
}

/**
 * Brings the database up to date with the migrations directory, like `prisma migrate deploy`, without the Prisma CLI's
 * native engine. Each migration runs in its own transaction and is recorded in `_prisma_migrations`; a Postgres
 * advisory lock serialises instances that start together. Throws a MigrationError naming the migration when an
 * applied migration was edited or a new one fails.
 */
export async function applyMigrations(databaseUrl: string, opts: ApplyMigrationsOptions = {}): Promise<ApplyMigrationsResult> {
  const log = opts.log ?? (() => undefined);
  const migrations = readMigrations(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const client = new Client({ connectionString: databaseUrl });
  // A dropped connection surfaces as a failed query; without a listener it would crash the process instead.
  client.on('error', (err) => log(`migration connection error: ${err.message}`));
  await client.connect();
  try {
    // Notices such as "extension already exists, skipping" are expected on re-runs; keep them out of the logs.
    await client.query("SET client_min_messages = 'warning'");
    await acquireLock(client, opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
    // Everything below runs under the lock, so a second instance sees the first one's finished work.
    const rows = (await readAppliedRows(client)).filter((row) => !row.rolled_back_at);
    const known = new Set(migrations.map((m) => m.name));
    for (const row of rows) {
      if (!known.has(row.migration_name))
        log(
          `migration "${row.migration_name}" is recorded in the database but missing from ${opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR}`,
        );
    }

    const applied: string[] = [];
    const skipped: string[] = [];
    for (const migration of migrations) {
      const row = rows.find((r) => r.migration_name === migration.name);
      if (row && !row.finished_at) {
        throw new MigrationError(
          `Migration "${migration.name}" started at ${row.started_at.toISOString()} but never finished (a failed \`prisma migrate deploy\`?). ` +
            'Check the database by hand, then mark it rolled back (`prisma migrate resolve --rolled-back`) or applied.',
          'unfinished',
          migration.name,
        );
      }
      if (row) {
        if (!scriptMatchesChecksum(migration.script, row.checksum)) {
          throw new MigrationError(
            `Migration "${migration.name}" was modified after it was applied: its checksum changed ` +
              `(database ${row.checksum}, file ${migration.checksum}). Restore the original file and put the change in a new migration.`,
            'checksum-mismatch',
            migration.name,
          );
        }
        skipped.push(migration.name);
        continue;
      }
      const started = Date.now();
      log(`applying migration ${migration.name}`);
      await applyOne(client, migration);
      log(`applied migration ${migration.name} in ${Date.now() - started} ms`);
      applied.push(migration.name);
    }
    return { applied, skipped };
  } finally {
    // Closing the session releases the advisory lock too; unlock explicitly anyway for poolers that keep sessions.
    await client.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
