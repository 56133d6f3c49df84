/**
 * `npm run db:restore -- <backup folder | latest> [--clean]`: restores a backup made by `npm run db:backup` into the
 * database (DATABASE_URL, or the embedded PostgreSQL in DATA_DIR) and DATA_DIR/uploads. Stop the app first.
 *
 * Without --clean a non-empty database or uploads folder is refused; with it the database's public schema is dropped
 * and the current uploads are moved aside (DATA_DIR/uploads.before-restore-<time>), never deleted.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config';
import { listBackups, restoreBackup } from './backup-archive';
import { openBackupDatabase } from './backup-database';

const say = (msg: string) => process.stdout.write(`[restore] ${msg}\n`);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { clean: { type: 'boolean', default: false }, from: { type: 'string' } },
  });
  // BACKUP_DIR belongs to the backup commands only, not to the server's configuration.
  const backupDir = values.from ?? process.env.BACKUP_DIR ?? './backups';
  const which = positionals[0];
  if (!which) {
    const available = listBackups(backupDir).map((b) => `  ${b.path}  (${b.manifest.createdAt})`);
    throw new Error(`name the backup to restore, or "latest". In ${backupDir}:\n${available.join('\n') || '  (none)'}`);
  }
  const backupPath = which === 'latest' ? listBackups(backupDir).at(-1)?.path : path.resolve(which);
  if (!backupPath) throw new Error(`no backup in ${backupDir}`);

  const config = loadConfig();
  const db = await openBackupDatabase(config, say);
  try {
    say(`restoring ${backupPath} into ${db.source} and ${config.uploadsDir}`);
    const result = await restoreBackup({ backupPath, databaseUrl: db.url, uploadsDir: config.uploadsDir, clean: values.clean, log: say });
    const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
    say(`done: ${Object.keys(result.tables).length} tables, ${rows} rows, ${result.uploads.files} files — all match the backup's manifest`);
  } finally {
    await db.release();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`[restore] failed: ${err.message}\n`);
  process.exitCode = 1;
});
