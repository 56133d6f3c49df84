/**
 * `npm run db:backup`: backs up the database (DATABASE_URL, or the embedded PostgreSQL in DATA_DIR) and the uploads
 * (DATA_DIR/uploads) into a timestamped folder under BACKUP_DIR (default ./backups).
 *
 *   npm run db:backup                                   # pg_dump when a recent enough one is installed, else built-in
 *   npm run db:backup -- --format copy --keep-days 30   # built-in dump; delete backups older than 30 days
 *   npm run db:backup -- --out /mnt/backups
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config';
import { createBackup, pruneBackups, type BackupFormat } from './backup-archive';
import { openBackupDatabase } from './backup-database';

const say = (msg: string) => process.stdout.write(`[backup] ${msg}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      format: { type: 'string', default: 'auto' },
      'keep-days': { type: 'string' },
    },
  });
  const format = values.format as BackupFormat | 'auto';
  if (!['auto', 'pg_dump', 'copy'].includes(format)) throw new Error(`--format must be auto, pg_dump or copy (got ${format})`);
  const keepDays = values['keep-days'] === undefined ? undefined : Number(values['keep-days']);
  if (keepDays !== undefined && !(keepDays > 0)) throw new Error('--keep-days must be a positive number of days');

  const config = loadConfig();
  // BACKUP_DIR belongs to these two commands only, not to the server's configuration.
  const backupDir = values.out ?? process.env.BACKUP_DIR ?? './backups';
  const db = await openBackupDatabase(config, say);
  try {
    say(`database: ${db.source}; uploads: ${config.uploadsDir}`);
    // The archive holds the local uploads folder only: a bucket is kept by its own service (versioning, replication).
    if (config.S3_BUCKET)
      say(`uploads are in the S3 bucket ${config.S3_BUCKET}: not in this archive (back the bucket up with the provider's tools)`);
    const { path } = await createBackup({ databaseUrl: db.url, uploadsDir: config.uploadsDir, backupDir, format, log: say });
    process.stdout.write(`${path}\n`);
  } finally {
    await db.release();
  }
  if (keepDays !== undefined) {
    for (const removed of pruneBackups(backupDir, keepDays)) say(`deleted old backup ${removed}`);
  }
}

main().catch((err: Error) => {
  process.stderr.write(`[backup] failed: ${err.message}\n`);
  process.exitCode = 1;
});
