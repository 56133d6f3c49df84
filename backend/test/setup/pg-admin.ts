/** What global setup, teardown and test-database.ts share: the template names and small admin helpers. */
import { Client } from 'pg';

/** Migrated and seeded with the demo businesses (when the seed module is present). */
export const TEMPLATE_SEEDED = 'tajer_template';
/** Migrated, no rows. */
export const TEMPLATE_EMPTY = 'tajer_template_empty';
/** Every database a test creates starts with this, followed by the run id, so leftovers can be swept. */
export const TEST_DB_PREFIX = 'tajer_t_';

/** Environment variables global setup publishes to the test workers. */
export const ENV_ADMIN_URL = 'TAJER_TEST_ADMIN_URL';
export const ENV_RUN_ID = 'TAJER_TEST_RUN_ID';
/** Set when the seed module exists but failed: 'seeded' databases then fail with this reason. */
export const ENV_SEED_ERROR = 'TAJER_TEST_SEED_ERROR';

/** The same server and credentials, another database. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function withAdmin<T>(adminUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Drops a database even if it is a template or still has sessions (a crashed test's pool). */
export async function dropDatabase(client: Client, name: string): Promise<void> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) return;
  await client.query(`ALTER DATABASE ${quoteIdent(name)} WITH IS_TEMPLATE false ALLOW_CONNECTIONS true`);
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}

/**
 * CREATE DATABASE … TEMPLATE copies the template's files, far faster than migrating and seeding again. It refuses
 * while anyone is connected to the template; a session that just closed can linger a moment, so retry briefly.
 */
export async function cloneDatabase(client: Client, name: string, template: string): Promise<void> {
  // PostgreSQL 15+ WAL-logs the copy block by block by default; copying the files is twice as fast for the ~80 MB seeded
  // template (older servers only know the file copy).
  const { rows } = await client.query<{ v: string }>('SHOW server_version_num');
  const strategy = Number(rows[0].v) >= 150000 ? ' STRATEGY FILE_COPY' : '';
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}${strategy}`);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '55006' || attempt >= 50) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
