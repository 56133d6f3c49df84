/**
 * Backups of a Tajer installation: the database and the uploaded files (DATA_DIR/uploads), together, in one
 * timestamped folder under the backup directory:
 *
 *   tajer-backup-2026-11-22T03-00-00Z/
 *     manifest.json      what is inside, row counts per table, file count of the uploads
 *     database.dump      pg_dump custom format            (format "pg_dump", when a recent enough pg_dump exists)
 *     database/          migrations + COPY data, gzipped  (format "copy", built in, works without any client tools)
 *     uploads.tar.gz     the uploads folder
 *
 * The folder is written as `<name>.partial` and renamed once complete, so a folder without that suffix is whole.
 * A restore checks the row counts and the file count against the manifest before it reports success.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { findPgTool, libpqConnection, listPgTools, runPgTool } from './backup-pg-tools';
import { listTables, quoteIdent, restoreCopyDump, writeCopyDump, type CopyDumpManifest } from './backup-copy-dump';

const execFileAsync = promisify(execFile);

export type BackupFormat = 'pg_dump' | 'copy';

export interface BackupManifest {
  app: 'tajer';
  version: 1;
  createdAt: string;
  database: {
    format: BackupFormat;
    /** e.g. "18.1" */
    serverVersion: string;
    serverMajor: number;
    /** Rows per table at the moment of the snapshot. */
    tables: Record<string, number>;
    /** pg_dump format: the archive file and the pg_dump that wrote it (pg_restore must be at least that version). */
    file?: string;
    toolVersion?: string;
    toolMajor?: number;
    /** copy format: the dump folder and its contents. */
    dir?: string;
    copy?: CopyDumpManifest;
  };
  uploads: { file: string | null; files: number; bytes: number };
}

export interface CreateBackupOptions {
  databaseUrl: string;
  /** DATA_DIR/uploads; a missing folder is backed up as "no uploads". */
  uploadsDir: string;
  /** Parent folder of the timestamped backup folders (BACKUP_DIR, default ./backups). */
  backupDir: string;
  /** `auto` (default): pg_dump when one of at least the server's major version is installed, else `copy`. */
  format?: BackupFormat | 'auto';
  log?: (msg: string) => void;
  now?: Date;
}

export interface RestoreBackupOptions {
  /** One backup folder (…/tajer-backup-<timestamp>). */
  backupPath: string;
  databaseUrl: string;
  uploadsDir: string;
  /**
   * Allow a non-empty target: the database's `public` schema is dropped first, and existing uploads are moved aside
   * to `<uploadsDir>.before-restore-<timestamp>` (never deleted). Without it a non-empty target is refused.
   */
  clean?: boolean;
  log?: (msg: string) => void;
}

export interface RestoreBackupResult {
  manifest: BackupManifest;
  /** Rows per table in the restored database (equal to the manifest's, or the restore throws). */
  tables: Record<string, number>;
  uploads: { files: number; bytes: number; movedAsideTo?: string };
}

const MANIFEST = 'manifest.json';
const PREFIX = 'tajer-backup-';

function stamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

/** Regular files and their total size under `dir` (0/0 when it does not exist). */
export function countFiles(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = countFiles(full);
      files += sub.files;
      bytes += sub.bytes;
    } else if (entry.isFile()) {
      files++;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

async function tar(args: string[]): Promise<void> {
  try {
    await execFileAsync('tar', args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new Error('tar is not installed (Debian: apt-get install tar)');
    throw new Error(`tar ${args[0]} failed: ${e.stderr?.trim() || e.message}`);
  }
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

async function serverVersion(client: Client): Promise<{ version: string; major: number }> {
  const { rows } = await client.query<{ v: string; n: string }>(
    "SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n",
  );
  return { version: rows[0].v.split(' ')[0], major: Math.floor(Number(rows[0].n) / 10000) };
}

async function countRows(client: Client, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent('public')}.${quoteIdent(table)}`);
    counts[table] = Number(rows[0].n);
  }
  return counts;
}

function chooseDumpTool(format: BackupFormat | 'auto', serverMajor: number, log: (msg: string) => void) {
  if (format === 'copy') return undefined;
  const tool = findPgTool('pg_dump', serverMajor);
  if (tool) return tool;
  const found = listPgTools('pg_dump').map((t) => `${t.path} (${t.major})`);
  const why = `no pg_dump of version ${serverMajor} or newer (found: ${found.join(', ') || 'none'})`;
  if (format === 'pg_dump') throw new Error(`Cannot back up with pg_dump: ${why}`);
  log(`${why}: using the built-in dump`);
  return undefined;
}

/** Backs up the database and the uploads into a new timestamped folder; returns its path and manifest. */
export async function createBackup(opts: CreateBackupOptions): Promise<{ path: string; manifest: BackupManifest }> {
  const log = opts.log ?? (() => undefined);
  mkdirSync(opts.backupDir, { recursive: true });
  let name = `${PREFIX}${stamp(opts.now ?? new Date())}`;
  for (let n = 2; existsSync(path.join(opts.backupDir, name)) || existsSync(path.join(opts.backupDir, `${name}.partial`)); n++) {
    name = `${PREFIX}${stamp(opts.now ?? new Date())}-${n}`;
  }
  const finalPath = path.join(opts.backupDir, name);
  const work = `${finalPath}.partial`;
  mkdirSync(work);

  const client = await connect(opts.databaseUrl);
  try {
    // One snapshot for the row counts and the dump, whichever writes it: pg_dump joins it through --snapshot.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const server = await serverVersion(client);
    const tool = chooseDumpTool(opts.format ?? 'auto', server.major, log);
    const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
    const tables = await countRows(client, await listTables(client));

    const database: BackupManifest['database'] = {
      format: tool ? 'pg_dump' : 'copy',
      serverVersion: server.version,
      serverMajor: server.major,
      tables,
    };
    if (tool) {
      log(`dumping the database with ${tool.path} (${tool.version})`);
      const { dbname, env } = libpqConnection(opts.databaseUrl);
      const file = 'database.dump';
      await runPgTool(
        tool,
        ['--format=custom', `--file=${path.join(work, file)}`, `--snapshot=${rows[0].id}`, `--dbname=${dbname}`],
        env,
        log,
      );
      Object.assign(database, { file, toolVersion: tool.version, toolMajor: tool.major });
    } else {
      const dir = 'database';
      database.dir = dir;
      database.copy = await writeCopyDump(client, path.join(work, dir), { log });
    }
    await client.query('COMMIT');

    const uploads = countFiles(opts.uploadsDir);
    let uploadsFile: string | null = null;
    if (existsSync(opts.uploadsDir)) {
      uploadsFile = 'uploads.tar.gz';
      await tar(['-czf', path.join(work, uploadsFile), '-C', opts.uploadsDir, '.']);
    }
    const manifest: BackupManifest = {
      app: 'tajer',
      version: 1,
      createdAt: (opts.now ?? new Date()).toISOString(),
      database,
      uploads: { file: uploadsFile, ...uploads },
    };
    writeFileSync(path.join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(work, finalPath);
    const rowsTotal = Object.values(tables).reduce((a, b) => a + b, 0);
    log(
      `backup written to ${finalPath} (${database.format}: ${Object.keys(tables).length} tables, ${rowsTotal} rows; ${uploads.files} uploaded files)`,
    );
    return { path: finalPath, manifest };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function readManifest(backupPath: string): BackupManifest {
  const file = path.join(backupPath, MANIFEST);
  if (!existsSync(file)) throw new Error(`${backupPath} is not a complete Tajer backup (no ${MANIFEST})`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.app !== 'tajer' || manifest.version !== 1) throw new Error(`${file} is not a Tajer backup manifest (version 1)`);
  return manifest;
}

/** Complete backups under `backupDir`, oldest first. */
export function listBackups(backupDir: string): { path: string; manifest: BackupManifest }[] {
  if (!existsSync(backupDir)) return [];
  return readdirSync(backupDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.startsWith(PREFIX) && !e.name.endsWith('.partial'))
    .flatMap((e) => {
      try {
        return [{ path: path.join(backupDir, e.name), manifest: readManifest(path.join(backupDir, e.name)) }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.manifest.createdAt.localeCompare(b.manifest.createdAt));
}

/** Deletes complete backups older than `keepDays`, always keeping the newest one; returns the deleted paths. */
export function pruneBackups(backupDir: string, keepDays: number, now = new Date()): string[] {
  const backups = listBackups(backupDir);
  const cutoff = now.getTime() - keepDays * 24 * 3600 * 1000;
  const removed: string[] = [];
  for (const backup of backups.slice(0, -1)) {
    if (new Date(backup.manifest.createdAt).getTime() < cutoff) {
      rmSync(backup.path, { recursive: true, force: true });
      removed.push(backup.path);
    }
  }
  return removed;
}

/** Restores a backup folder into a database and an uploads folder, then checks both against the manifest. */
export async function restoreBackup(opts: RestoreBackupOptions): Promise<RestoreBackupResult> {
  const log = opts.log ?? (() => undefined);
  const manifest = readManifest(opts.backupPath);
  const db = manifest.database;

  // Refuse a non-empty target before anything is changed.
  const existingUploads = countFiles(opts.uploadsDir);
  if (manifest.uploads.file && existingUploads.files > 0 && !opts.clean) {
    throw new Error(`${opts.uploadsDir} already holds ${existingUploads.files} files: restore into an empty folder or use clean (--clean)`);
  }
  const restoreTool = db.format === 'pg_dump' ? findPgTool('pg_restore', db.toolMajor ?? 0) : undefined;
  if (db.format === 'pg_dump' && !restoreTool) {
    throw new Error(
      `This backup needs pg_restore ${db.toolMajor} or newer (found: ${
        listPgTools('pg_restore')
          .map((t) => t.major)
          .join(', ') || 'none'
      })`,
    );
  }

  const client = await connect(opts.databaseUrl);
  try {
    const present = await listTables(client);
    if (present.length) {
      if (!opts.clean)
        throw new Error(`The target database already has ${present.length} tables: restore into an empty database or use clean (--clean)`);
      // Owning the schema is enough (the database owner does since PostgreSQL 15); no superuser needed.
      log(`dropping the ${present.length} tables of the target's public schema`);
      await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    }

    if (db.format === 'pg_dump') {
      log(`restoring ${db.file} with ${restoreTool!.path} (${restoreTool!.version})`);
      const { dbname, env } = libpqConnection(opts.databaseUrl);
      await runPgTool(
        restoreTool!,
        [
          '--clean',
          '--if-exists',
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          '--single-transaction',
          `--dbname=${dbname}`,
          path.join(opts.backupPath, db.file!),
        ],
        env,
        log,
      );
    } else {
      await restoreCopyDump(client, opts.databaseUrl, path.join(opts.backupPath, db.dir!), db.copy!, log);
    }
    await client.query('ANALYZE');

    const tables = await countRows(client, await listTables(client));
    const wrong = Object.entries(db.tables).filter(([table, rows]) => tables[table] !== rows);
    if (wrong.length) {
      throw new Error(
        `Restored row counts differ from the backup: ${wrong.map(([t, n]) => `${t} ${tables[t] ?? 'missing'} ≠ ${n}`).join(', ')}`,
      );
    }

    const uploads: RestoreBackupResult['uploads'] = { files: 0, bytes: 0 };
    if (manifest.uploads.file) {
      if (existingUploads.files > 0) {
        uploads.movedAsideTo = `${opts.uploadsDir}.before-restore-${stamp(new Date())}`;
        renameSync(opts.uploadsDir, uploads.movedAsideTo);
        log(`moved the existing uploads aside to ${uploads.movedAsideTo}`);
      }
      mkdirSync(opts.uploadsDir, { recursive: true });
      await tar(['-xzf', path.join(opts.backupPath, manifest.uploads.file), '-C', opts.uploadsDir, '--no-same-owner']);
      Object.assign(uploads, countFiles(opts.uploadsDir));
      if (uploads.files !== manifest.uploads.files || uploads.bytes !== manifest.uploads.bytes) {
        throw new Error(
          `Restored uploads differ from the backup: ${uploads.files} files/${uploads.bytes} bytes ≠ ${manifest.uploads.files}/${manifest.uploads.bytes}`,
        );
      }
    }
    log(`restored ${Object.keys(tables).length} tables and ${uploads.files} uploaded files from ${opts.backupPath}`);
    return { manifest, tables, uploads };
  } finally {
    await client.end().catch(() => undefined);
  }
}
