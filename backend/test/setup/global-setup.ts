/**
 * Jest global setup: one PostgreSQL for the whole run and two template databases that every test database is cloned
 * from (test-database.ts). Uses TEST_DATABASE_URL when set (any database on a server where that role may create
 * databases); otherwise starts an embedded PostgreSQL in a fresh temp dir.
 *
 * Runs in Jest's parent process: environment variables set here are inherited by the test workers, and globalThis is
 * shared with global-teardown.
 */
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { applyMigrations } from '../../src/database/migrator';
import {
  cloneDatabase,
  databaseUrl,
  dropDatabase,
  ENV_ADMIN_URL,
  ENV_RUN_ID,
  ENV_SEED_ERROR,
  quoteIdent,
  TEMPLATE_EMPTY,
  TEMPLATE_SEEDED,
  withAdmin,
} from './pg-admin';
import { TEST_NOW } from './test-clock';

export interface TestPostgresState {
  server?: EmbeddedPostgres;
  dir?: string;
  adminUrl: string;
  runId: string;
}

declare global {
  // eslint-disable-next-line no-var
  var __TAJER_TEST_PG__: TestPostgresState | undefined;
}

const SEED_MODULE = path.resolve(__dirname, '../../src/seed/seed.ts');

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function startServer(recentLogs: string[]): Promise<Pick<TestPostgresState, 'server' | 'dir' | 'adminUrl'>> {
  if (process.env.TEST_DATABASE_URL) return { adminUrl: process.env.TEST_DATABASE_URL };
  const dir = path.join(os.tmpdir(), `tajer-test-pg-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({
    dataDir: dir,
    // Throwaway cluster: no fsync, and room for several workers' connection pools.
    ephemeral: true,
    settings: { max_connections: '200' },
    log: (line) => {
      recentLogs.push(line);
      if (recentLogs.length > 40) recentLogs.shift();
    },
  });
  return { server, dir, adminUrl: server.adminUrl };
}

/** Seeds the demo businesses when the seed module exists; returns why seeding failed, if it did. */
async function seedTemplate(url: string): Promise<{ seeded: boolean; error?: string }> {
  if (!existsSync(SEED_MODULE)) return { seeded: false };
  const [{ PrismaClient }, { PrismaPg }, seedModule] = await Promise.all([
    import('../../src/generated/prisma/client'),
    import('@prisma/adapter-pg'),
    import(SEED_MODULE) as Promise<{ seedDemo?: (prisma: unknown, opts?: object) => Promise<unknown> }>,
  ]);
  if (typeof seedModule.seedDemo !== 'function') return { seeded: false, error: `${SEED_MODULE} does not export seedDemo()` };
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedModule.seedDemo(prisma, { now: TEST_NOW });
    return { seeded: true };
  } catch (err) {
    return { seeded: false, error: (err as Error).stack ?? String(err) };
  } finally {
    await prisma.$disconnect();
  }
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const recentLogs: string[] = [];
  let state: TestPostgresState | undefined;
  try {
    const { server, dir, adminUrl } = await startServer(recentLogs);
    state = { server, dir, adminUrl, runId: String(process.pid) };
    globalThis.__TAJER_TEST_PG__ = state;
    const serverReady = Date.now();

    await withAdmin(adminUrl, async (admin) => {
      await dropDatabase(admin, TEMPLATE_SEEDED);
      await dropDatabase(admin, TEMPLATE_EMPTY);
      await admin.query(`CREATE DATABASE ${quoteIdent(TEMPLATE_EMPTY)}`);
    });
    await applyMigrations(databaseUrl(adminUrl, TEMPLATE_EMPTY));
    const migrated = Date.now();

    await withAdmin(adminUrl, (admin) => cloneDatabase(admin, TEMPLATE_SEEDED, TEMPLATE_EMPTY));
    const seed = await seedTemplate(databaseUrl(adminUrl, TEMPLATE_SEEDED));
    const seeded = Date.now();

    await withAdmin(adminUrl, async (admin) => {
      // Templates must stay pristine: nobody may connect to them, so nothing can change them by accident.
      for (const name of [TEMPLATE_EMPTY, TEMPLATE_SEEDED]) {
        await admin.query(`ALTER DATABASE ${quoteIdent(name)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
      }
    });

    process.env[ENV_ADMIN_URL] = adminUrl;
    process.env[ENV_RUN_ID] = state.runId;
    if (seed.error) process.env[ENV_SEED_ERROR] = seed.error;
    else delete process.env[ENV_SEED_ERROR];

    const where = server ? `embedded PostgreSQL on port ${server.port}` : 'TEST_DATABASE_URL';
    const seedNote = seed.seeded
      ? `seed ${seconds(seeded - migrated)}`
      : seed.error
        ? 'SEED FAILED (seeded databases will throw)'
        : 'no seed module';
    process.stdout.write(
      `\n[test-db] ${where} ready in ${seconds(Date.now() - started)} ` +
        `(server ${seconds(serverReady - started)}, migrations ${seconds(migrated - serverReady)}, ${seedNote})\n`,
    );
  } catch (err) {
    await state?.server?.stop().catch(() => undefined);
    if (state?.dir) rmSync(state.dir, { recursive: true, force: true });
    const logs = recentLogs.length ? `\nPostgreSQL said:\n${recentLogs.join('\n')}` : '';
    throw new Error(`Test database setup failed: ${(err as Error).message}${logs}`);
  }
}
