import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, MigrationError } from '../../src/database/migrator';
import { databaseUrl, dropDatabase, quoteIdent, TEST_DB_PREFIX, withAdmin } from '../setup/pg-admin';
import { testAdminUrl } from '../setup/test-database';

/** A database created from template1, i.e. with no migrations at all. */
async function blankDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = testAdminUrl();
  const name = `${TEST_DB_PREFIX}${process.env.TAJER_TEST_RUN_ID}_mig_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${quoteIdent(name)}`));
  return { url: databaseUrl(adminUrl, name), drop: () => withAdmin(adminUrl, (admin) => dropDatabase(admin, name)) };
}

async function query<T extends Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const [row] = await query<{ exists: boolean }>(url, 'SELECT to_regclass($1) IS NOT NULL AS exists', [`"${table}"`]);
  return row.exists;
}

function migrationDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** A scratch migrations directory with the given scripts. */
function scratchMigrations(scripts: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tajer-migrations-'));
  for (const [name, sql] of Object.entries(scripts)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

describe('applyMigrations (real PostgreSQL)', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  async function freshDb(): Promise<string> {
    const db = await blankDatabase();
    cleanups.push(db.drop);
    return db.url;
  }
  function tempDir(dir: string): string {
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  const repoMigrations = migrationDirs(DEFAULT_MIGRATIONS_DIR);

  it('finds the project migrations from src/ by default, the init migration first', () => {
    expect(repoMigrations[0]).toBe('20261122000000_init');
    expect(repoMigrations).toContain('20261122000100_search');
  });

  it('applies every migration to an empty database, then does nothing on a second run', async () => {
    const url = await freshDb();
    const logs: string[] = [];
    const first = await applyMigrations(url, { log: (m) => logs.push(m) });
    expect(first).toEqual({ applied: repoMigrations, skipped: [] });
    expect(logs).toContain('applying migration 20261122000000_init');
    expect(await tableExists(url, 'Tenant')).toBe(true);
    expect(await tableExists(url, 'ToolCall')).toBe(true);

    const second = await applyMigrations(url);
    expect(second).toEqual({ applied: [], skipped: repoMigrations });
    const [{ count }] = await query<{ count: string }>(url, 'SELECT count(*) FROM _prisma_migrations');
    expect(Number(count)).toBe(repoMigrations.length);
  });

  it('records migrations exactly like `prisma migrate deploy`: same table, same row contents', async () => {
    const url = await freshDb();
    await applyMigrations(url);
    // The DDL of prisma-engines' postgres flavour (create_migrations_table).
    const columns = await query(
      url,
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: 'id', data_type: 'character varying', character_maximum_length: 36, is_nullable: 'NO', column_default: null },
      { column_name: 'checksum', data_type: 'character varying', character_maximum_length: 64, is_nullable: 'NO', column_default: null },
      {
        column_name: 'finished_at',
        data_type: 'timestamp with time zone',
        character_maximum_length: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'migration_name',
        data_type: 'character varying',
        character_maximum_length: 255,
        is_nullable: 'NO',
        column_default: null,
      },
      { column_name: 'logs', data_type: 'text', character_maximum_length: null, is_nullable: 'YES', column_default: null },
      {
        column_name: 'rolled_back_at',
        data_type: 'timestamp with time zone',
        character_maximum_length: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'started_at',
        data_type: 'timestamp with time zone',
        character_maximum_length: null,
        is_nullable: 'NO',
        column_default: 'now()',
      },
      { column_name: 'applied_steps_count', data_type: 'integer', character_maximum_length: null, is_nullable: 'NO', column_default: '0' },
    ]);
    const [pk] = await query<{ conname: string; def: string }>(
      url,
      "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = '_prisma_migrations'::regclass AND contype = 'p'",
    );
    expect(pk).toEqual({ conname: '_prisma_migrations_pkey', def: 'PRIMARY KEY (id)' });

    const rows = await query<Record<string, unknown>>(url, 'SELECT * FROM _prisma_migrations ORDER BY migration_name');
    expect(rows.map((r) => r.migration_name)).toEqual(repoMigrations);
    for (const row of rows) {
      const file = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, String(row.migration_name), 'migration.sql'));
      expect(row).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        checksum: createHash('sha256').update(file).digest('hex'),
        migration_name: row.migration_name,
        started_at: expect.any(Date),
        finished_at: expect.any(Date),
        logs: null,
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect((row.finished_at as Date).getTime()).toBeGreaterThanOrEqual((row.started_at as Date).getTime());
    }
  });

  it('refuses a migration that was edited after being applied, naming it', async () => {
    const url = await freshDb();
    const dir = tempDir(mkdtempSync(path.join(os.tmpdir(), 'tajer-migrations-')));
    cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    await applyMigrations(url, { migrationsDir: dir });

    const file = path.join(dir, '20261122000000_init', 'migration.sql');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nALTER TABLE "Tenant" ADD COLUMN "sneaky" TEXT;\n`);
    const error = await applyMigrations(url, { migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect(error).toMatchObject({ reason: 'checksum-mismatch', migration: '20261122000000_init' });
    expect((error as Error).message).toMatch(/Migration "20261122000000_init" was modified after it was applied: its checksum changed/);
    // Nothing of the edit reached the database.
    const sneaky = await query(url, "SELECT 1 FROM information_schema.columns WHERE table_name = 'Tenant' AND column_name = 'sneaky'");
    expect(sneaky).toHaveLength(0);
  });

  it('does not mistake a checkout with Windows line endings for an edit (as Prisma)', async () => {
    const url = await freshDb();
    const dir = tempDir(scratchMigrations({ '001_a': 'CREATE TABLE "A" (id INT);\nINSERT INTO "A" VALUES (1);\n' }));
    await applyMigrations(url, { migrationsDir: dir });
    writeFileSync(path.join(dir, '001_a', 'migration.sql'), 'CREATE TABLE "A" (id INT);\r\nINSERT INTO "A" VALUES (1);\r\n');
    await expect(applyMigrations(url, { migrationsDir: dir })).resolves.toEqual({ applied: [], skipped: ['001_a'] });
  });

  it('rolls a failing migration back entirely, names it, and applies it once fixed', async () => {
    const url = await freshDb();
    const dir = tempDir(
      scratchMigrations({
        '001_ok': 'CREATE TABLE "Good" (id INT PRIMARY KEY);\n',
        '002_broken': 'CREATE TABLE "Half" (id INT);\nINSERT INTO "Half" VALUES (1);\nINSERT INTO "Missing" VALUES (1);\n',
        '003_later': 'CREATE TABLE "Later" (id INT);\n',
      }),
    );
    const error = await applyMigrations(url, { migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect(error).toMatchObject({ reason: 'failed', migration: '002_broken' });
    expect((error as Error).message).toMatch(
      /Migration "002_broken" failed and was rolled back: relation "Missing" does not exist \(at line 3\)/,
    );

    // 001 stays, nothing of 002 survives, 003 was never attempted.
    expect(await tableExists(url, 'Good')).toBe(true);
    expect(await tableExists(url, 'Half')).toBe(false);
    expect(await tableExists(url, 'Later')).toBe(false);
    const history = await query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null; logs: string | null }>(
      url,
      'SELECT migration_name, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY started_at, migration_name',
    );
    expect(history).toEqual([
      { migration_name: '001_ok', finished_at: expect.any(Date), rolled_back_at: null, logs: null },
      // The attempt stays visible, marked rolled back: Prisma's deploy ignores such rows too.
      {
        migration_name: '002_broken',
        finished_at: null,
        rolled_back_at: expect.any(Date),
        logs: expect.stringContaining('"Missing" does not exist'),
      },
    ]);

    writeFileSync(path.join(dir, '002_broken', 'migration.sql'), 'CREATE TABLE "Half" (id INT);\nINSERT INTO "Half" VALUES (1);\n');
    await expect(applyMigrations(url, { migrationsDir: dir })).resolves.toEqual({
      applied: ['002_broken', '003_later'],
      skipped: ['001_ok'],
    });
    expect(await query(url, 'SELECT id FROM "Half"')).toEqual([{ id: 1 }]);
  });

  it('lets two instances starting together apply each migration exactly once', async () => {
    const url = await freshDb();
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    // One did all the work while the other waited on the lock, then found nothing left to do.
    expect([a.applied, b.applied]).toContainEqual(repoMigrations);
    expect([a.applied, b.applied]).toContainEqual([]);
    const rows = await query<{ migration_name: string }>(url, 'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name');
    expect(rows.map((r) => r.migration_name)).toEqual(repoMigrations);
  });

  it('gives up with a clear error when another process holds the migration lock too long', async () => {
    const url = await freshDb();
    const holder = new Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock(72707369)');
      const error = await applyMigrations(url, { lockTimeoutMs: 200 }).catch((e: unknown) => e);
      expect(error).toMatchObject({ reason: 'lock-timeout' });
      expect((error as Error).message).toMatch(/waiting for another process to finish migrating/);
    } finally {
      await holder.end();
    }
    expect(await tableExists(url, 'Tenant')).toBe(false);
  });

  it('stops at a migration a failed `prisma migrate deploy` left unfinished', async () => {
    const url = await freshDb();
    const dir = tempDir(scratchMigrations({ '001_a': 'CREATE TABLE "A" (id INT);\n' }));
    await applyMigrations(url, { migrationsDir: dir, log: () => undefined });
    await query(url, "UPDATE _prisma_migrations SET finished_at = NULL, logs = 'boom' WHERE migration_name = '001_a'");
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toMatchObject({ reason: 'unfinished', migration: '001_a' });
  });

  it('refuses a migrations directory locked to another provider', async () => {
    // Checked before connecting: the URL is never used.
    const url = 'postgresql://nobody@127.0.0.1:1/none';
    const dir = tempDir(scratchMigrations({ '001_a': 'SELECT 1;\n' }));
    writeFileSync(path.join(dir, 'migration_lock.toml'), 'provider = "mysql"\n');
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toMatchObject({ reason: 'invalid-directory' });
  });
});
