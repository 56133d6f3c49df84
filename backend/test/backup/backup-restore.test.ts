/**
 * Backups end to end: a seeded database with a file uploaded through the API is backed up, restored into a brand-new
 * empty database and another uploads folder, and everything is found again — row counts, a known product and expense,
 * the migration history, the file byte for byte — and the app runs on the restored copy.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { Client } from 'pg';
import sharp from 'sharp';
import { createBackup, listBackups, pruneBackups, restoreBackup, type BackupManifest } from '../../src/database/backup-archive';
import { openBackupDatabase, runningEmbeddedUrl } from '../../src/database/backup-database';
import { findPgTool } from '../../src/database/backup-pg-tools';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { PrismaClient } from '../../src/generated/prisma/client';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { BACKEND_DIR } from '../helpers/processes';
import { databaseUrl, dropDatabase, ENV_RUN_ID, quoteIdent, TEST_DB_PREFIX, withAdmin } from '../setup/pg-admin';
import { createTestDatabase, testAdminUrl, type TestDatabase } from '../setup/test-database';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A new, truly empty database (not even migrated) on the test server; dropped with the returned function. */
async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = testAdminUrl();
  const name = `${TEST_DB_PREFIX}${process.env[ENV_RUN_ID] ?? 'x'}_bk_${process.pid}_${randomBytes(3).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${quoteIdent(name)}`));
  return { url: databaseUrl(adminUrl, name), drop: () => withAdmin(adminUrl, (admin) => dropDatabase(admin, name)) };
}

async function tableCounts(url: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'",
    );
    const counts: Record<string, number> = {};
    for (const { name } of rows) {
      counts[name] = Number((await client.query(`SELECT count(*) AS n FROM public.${quoteIdent(name)}`)).rows[0].n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function runCli(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', script, ...args], {
      cwd: BACKEND_DIR,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('database + uploads backup and restore (real PostgreSQL, real files)', () => {
  let source: TestDatabase;
  let work: string;
  let uploadsA: string;
  let backupDir: string;
  let png: Buffer;
  let attachment: { id: string; storageKey: string };
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'tajer-backup-test-'));
    uploadsA = path.join(work, 'data-a', 'uploads');
    backupDir = path.join(work, 'backups');
    source = await createTestDatabase();
    // A real upload through the API: the file lands in DATA_DIR/uploads and its row in the database.
    const app = await createTestApp(source.url, { DATA_DIR: path.join(work, 'data-a') });
    try {
      const staff = await app.login('staff@demo.dz');
      png = await sharp(randomBytes(40 * 30 * 3), { raw: { width: 40, height: 30, channels: 3 } })
        .png()
        .toBuffer();
      const res = await app.http().post('/api/attachments').set(bearer(staff)).attach('file', png, 'ticket.png').expect(201);
      attachment = await source.prisma.attachment.findUniqueOrThrow({ where: { id: res.body.id } });
    } finally {
      await app.close();
    }
    expect(existsSync(path.join(uploadsA, attachment.storageKey))).toBe(true);
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    await source?.drop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  describe('built-in format (migrations + COPY data)', () => {
    let backup: { path: string; manifest: BackupManifest };
    let target: { url: string; drop: () => Promise<void> };
    const uploadsB = () => path.join(work, 'data-b', 'uploads');

    beforeAll(async () => {
      backup = await createBackup({ databaseUrl: source.url, uploadsDir: uploadsA, backupDir, format: 'copy' });
      target = await emptyDatabase();
      cleanups.push(target.drop);
    });

    it('writes a complete, timestamped folder with a manifest, the dump and the uploads archive', async () => {
      expect(path.basename(backup.path)).toMatch(/^tajer-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/);
      expect(readdirSync(backupDir).filter((n) => n.endsWith('.partial'))).toEqual([]);
      expect(backup.manifest.database.format).toBe('copy');
      expect(backup.manifest.database.tables).toEqual(await tableCounts(source.url));
      expect(backup.manifest.database.copy!.migrations).toEqual(
        (await query<{ migration_name: string }>(source.url, 'SELECT migration_name FROM _prisma_migrations ORDER BY started_at')).map(
          (r) => r.migration_name,
        ),
      );
      expect(backup.manifest.uploads).toMatchObject({ file: 'uploads.tar.gz', files: 1, bytes: png.length });
      expect(listBackups(backupDir).map((b) => b.path)).toContain(backup.path);
    });

    it('restores into a fresh empty database and another uploads folder: same rows, same records, same file', async () => {
      const result = await restoreBackup({ backupPath: backup.path, databaseUrl: target.url, uploadsDir: uploadsB() });
      const sourceCounts = await tableCounts(source.url);
      expect(await tableCounts(target.url)).toEqual(sourceCounts);
      expect(result.tables).toEqual(sourceCounts);
      expect(sourceCounts.Product).toBeGreaterThan(0);
      expect(sourceCounts.Expense).toBeGreaterThan(0);

      const restored = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
      try {
        const semolina = await source.prisma.product.findFirstOrThrow({
          where: { nameFr: 'Semoule 10kg (SIM, moyenne)' },
          orderBy: { id: 'asc' },
        });
        expect(await restored.product.findUnique({ where: { id: semolina.id } })).toEqual(semolina);
        const expense = await source.prisma.expense.findFirstOrThrow({ orderBy: [{ amount: 'desc' }, { id: 'asc' }] });
        expect(await restored.expense.findUnique({ where: { id: expense.id } })).toEqual(expense);
        expect(await restored.attachment.findUnique({ where: { id: attachment.id } })).toEqual(attachment);
      } finally {
        await restored.$disconnect();
      }
      // Migration history kept as it was (ids, checksums, times), so the app sees an up-to-date database.
      const history = 'SELECT id, checksum, migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name';
      expect(await query(target.url, history)).toEqual(await query(source.url, history));

      const file = readFileSync(path.join(uploadsB(), attachment.storageKey));
      expect(sha256(file)).toBe(sha256(png));
      expect(result.uploads).toMatchObject({ files: 1, bytes: png.length });
    });

    it('leaves a database the app runs on: logins, search functions and the restored file all work', async () => {
      const app: TestApp = await createTestApp(target.url, { DATA_DIR: path.join(work, 'data-b') });
      try {
        const owner = await app.login('owner@demo.dz');
        const file = await app
          .http()
          .get(`/api/attachments/${attachment.id}`)
          .set(bearer(owner))
          .buffer(true)
          .parse((r, cb) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => cb(null, Buffer.concat(chunks)));
          })
          .expect(200);
        expect(Buffer.compare(file.body as Buffer, png)).toBe(0);
      } finally {
        await app.close();
      }
      // The search migration's functions and trigram index came back with the schema.
      const [hit] = await query<{ n: string }>(
        target.url,
        `SELECT count(*) AS n FROM "Product" WHERE tajer_product_search_text("nameFr", "nameAr", "nameEn", "sku", "barcode") LIKE '%semoule%'`,
      );
      expect(Number(hit.n)).toBeGreaterThan(0);
    });

    it('refuses a non-empty target unless clean, and with clean moves the current uploads aside', async () => {
      await expect(restoreBackup({ backupPath: backup.path, databaseUrl: target.url, uploadsDir: uploadsB() })).rejects.toThrow(
        /already holds 1 files|already has \d+ tables/,
      );
      // A change made after the backup, which the clean restore must undo.
      await query(target.url, `DELETE FROM "Expense" WHERE id IN (SELECT id FROM "Expense" ORDER BY id LIMIT 3)`);
      writeFileSync(path.join(uploadsB(), 'added-later.txt'), 'not in the backup');

      const result = await restoreBackup({ backupPath: backup.path, databaseUrl: target.url, uploadsDir: uploadsB(), clean: true });
      expect(await tableCounts(target.url)).toEqual(await tableCounts(source.url));
      expect(result.uploads.movedAsideTo).toBeDefined();
      expect(existsSync(path.join(result.uploads.movedAsideTo!, 'added-later.txt'))).toBe(true);
      expect(existsSync(path.join(uploadsB(), 'added-later.txt'))).toBe(false);
      expect(sha256(readFileSync(path.join(uploadsB(), attachment.storageKey)))).toBe(sha256(png));
    });
  });

  it('pg_dump custom format: restored with pg_restore when a pg_dump as new as the server exists, refused otherwise', async () => {
    const [{ v }] = await query<{ v: string }>(source.url, "SELECT current_setting('server_version_num') AS v");
    const serverMajor = Math.floor(Number(v) / 10000);
    const tool = findPgTool('pg_dump', serverMajor);
    if (!tool) {
      // e.g. Debian 12's client 15 against the embedded PostgreSQL 18: pg_dump would refuse the server anyway.
      await expect(createBackup({ databaseUrl: source.url, uploadsDir: uploadsA, backupDir, format: 'pg_dump' })).rejects.toThrow(
        new RegExp(`no pg_dump of version ${serverMajor} or newer`),
      );
      return;
    }
    const backup = await createBackup({ databaseUrl: source.url, uploadsDir: uploadsA, backupDir, format: 'pg_dump' });
    expect(backup.manifest.database).toMatchObject({ format: 'pg_dump', file: 'database.dump', toolMajor: tool.major });
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const uploadsC = path.join(work, 'data-c', 'uploads');
    await restoreBackup({ backupPath: backup.path, databaseUrl: target.url, uploadsDir: uploadsC });
    expect(await tableCounts(target.url)).toEqual(await tableCounts(source.url));
    expect(sha256(readFileSync(path.join(uploadsC, attachment.storageKey)))).toBe(sha256(png));
  });

  it('npm run db:backup / db:restore: the CLIs round-trip BACKUP_DIR "latest" into another database', async () => {
    const cliBackups = path.join(work, 'cli-backups');
    const backup = await runCli('src/database/backup.cli.ts', ['--format', 'copy'], {
      DATABASE_URL: source.url,
      DATA_DIR: path.join(work, 'data-a'),
      BACKUP_DIR: cliBackups,
    });
    expect(backup).toMatchObject({ code: 0 });
    expect(backup.output).toMatch(/backup written to .*tajer-backup-/);

    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const restore = await runCli('src/database/backup-restore.cli.ts', ['latest'], {
      DATABASE_URL: target.url,
      DATA_DIR: path.join(work, 'data-cli'),
      BACKUP_DIR: cliBackups,
    });
    expect(restore.output).toMatch(/all match the backup's manifest/);
    expect(restore.code).toBe(0);
    expect(await tableCounts(target.url)).toEqual(await tableCounts(source.url));
    expect(sha256(readFileSync(path.join(work, 'data-cli', 'uploads', attachment.storageKey)))).toBe(sha256(png));

    // Restoring again over the now non-empty database is refused without --clean, and nothing is touched.
    const again = await runCli('src/database/backup-restore.cli.ts', ['latest'], {
      DATABASE_URL: target.url,
      DATA_DIR: path.join(work, 'data-cli'),
      BACKUP_DIR: cliBackups,
    });
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/\[restore\] failed: .*(already holds|already has)/);
  });

  it('finds the embedded server of a DATA_DIR while it runs (the app holds it), and starts it otherwise', async () => {
    const dataDir = path.join(work, 'embedded');
    mkdirSync(dataDir, { recursive: true });
    const server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    try {
      const db = await openBackupDatabase({ dataDir }, () => undefined);
      expect(db.source).toBe('running embedded server');
      expect(db.url).toBe(runningEmbeddedUrl(dataDir));
      const [{ ok }] = await query<{ ok: number }>(db.url, 'SELECT 1 AS ok');
      expect(ok).toBe(1);
      await db.release();
    } finally {
      await server.stop();
    }
    expect(runningEmbeddedUrl(dataDir)).toBeUndefined();
    const started = await openBackupDatabase({ dataDir }, () => undefined);
    try {
      expect(started.source).toBe('embedded server started for this command');
      const [{ ok }] = await query<{ ok: number }>(started.url, 'SELECT 1 AS ok');
      expect(ok).toBe(1);
    } finally {
      await started.release();
    }
  });

  it('pruneBackups deletes complete backups older than the retention, never the newest one nor unfinished folders', () => {
    const dir = path.join(work, 'retention');
    const make = (name: string, createdAt: string) => {
      mkdirSync(path.join(dir, name), { recursive: true });
      const manifest = {
        app: 'tajer',
        version: 1,
        createdAt,
        database: { format: 'copy', tables: {} },
        uploads: { file: null, files: 0, bytes: 0 },
      };
      writeFileSync(path.join(dir, name, 'manifest.json'), JSON.stringify(manifest));
    };
    make('tajer-backup-2026-09-01T02-00-00Z', '2026-09-01T02:00:00.000Z');
    make('tajer-backup-2026-10-30T02-00-00Z', '2026-10-30T02:00:00.000Z');
    make('tajer-backup-2026-11-20T02-00-00Z', '2026-11-20T02:00:00.000Z');
    mkdirSync(path.join(dir, 'tajer-backup-2026-08-01T02-00-00Z.partial'));
    const removed = pruneBackups(dir, 30, new Date('2026-11-22T03:00:00Z'));
    expect(removed.map((p) => path.basename(p))).toEqual(['tajer-backup-2026-09-01T02-00-00Z']);
    expect(readdirSync(dir).sort()).toEqual([
      'tajer-backup-2026-08-01T02-00-00Z.partial',
      'tajer-backup-2026-10-30T02-00-00Z',
      'tajer-backup-2026-11-20T02-00-00Z',
    ]);
    // Everything is old: the newest one stays anyway.
    expect(pruneBackups(dir, 1, new Date('2027-06-01T00:00:00Z')).map((p) => path.basename(p))).toEqual([
      'tajer-backup-2026-10-30T02-00-00Z',
    ]);
    expect(listBackups(dir).map((b) => path.basename(b.path))).toEqual(['tajer-backup-2026-11-20T02-00-00Z']);
  });
});
