/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded PostgreSQL in DATA_DIR when
 * DATABASE_URL is unset (the same choice the app makes at start). Exits non-zero with the reason on failure.
 */
import { loadConfig } from '../config/app-config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { applyMigrations } from './migrator';

const say = (msg: string) => process.stdout.write(`[migrate] ${msg}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  let server: EmbeddedPostgres | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    say(`DATABASE_URL is not set: using the embedded PostgreSQL in ${config.dataDir}`);
    server = await startEmbeddedPostgres({ dataDir: config.dataDir });
    url = server.url;
  }
  try {
    const { applied, skipped } = await applyMigrations(url, { log: say });
    say(applied.length ? `applied ${applied.length}: ${applied.join(', ')}` : 'database already up to date');
    if (skipped.length) say(`${skipped.length} already applied`);
  } finally {
    await server?.stop();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`[migrate] failed: ${err.message}\n`);
  process.exitCode = 1;
});
