/**
 * Which database the backup CLIs work on: DATABASE_URL, or — when it is unset, as for `npm start` — the embedded
 * PostgreSQL in DATA_DIR. A running app keeps its embedded server busy (a second postmaster cannot open the same
 * directory), so that server is reached where it listens; otherwise it is started for the duration of the command.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { isAlive } from './postmaster-recovery';

export interface BackupDatabase {
  url: string;
  /** How it was reached, for the log. */
  source: 'DATABASE_URL' | 'running embedded server' | 'embedded server started for this command';
  release(): Promise<void>;
}

/** The URL of the embedded server of `dataDir` if it is running now, from its postmaster.pid and password file. */
export function runningEmbeddedUrl(dataDir: string, database = 'tajer'): string | undefined {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  const secretFile = path.join(dataDir, 'postgres.secret');
  if (!existsSync(pidFile) || !existsSync(secretFile)) return undefined;
  // postmaster.pid: pid, data directory, start time, port, socket directory, listen address, …
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Math.abs(Number.parseInt(lines[0] ?? '', 10));
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!pid || !port || !isAlive(pid)) return undefined;
  const password = readFileSync(secretFile, 'utf8').trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

export async function openBackupDatabase(
  config: { DATABASE_URL?: string; dataDir: string },
  log: (msg: string) => void,
): Promise<BackupDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, source: 'DATABASE_URL', release: async () => undefined };
  const running = runningEmbeddedUrl(config.dataDir);
  if (running) return { url: running, source: 'running embedded server', release: async () => undefined };
  log(`starting the embedded PostgreSQL in ${path.join(config.dataDir, 'postgres')}`);
  // Its own output stays out of the command's (as for the app); a failed start still throws with the server's last lines.
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir });
  return { url: server.url, source: 'embedded server started for this command', release: () => server.stop() };
}
