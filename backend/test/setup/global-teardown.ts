/** Jest global teardown: stops the embedded PostgreSQL and deletes its temp dir, or sweeps this run's leftovers. */
import { rmSync } from 'node:fs';
import type { TestPostgresState } from './global-setup';
import { dropDatabase, TEST_DB_PREFIX, withAdmin } from './pg-admin';

export default async function globalTeardown(): Promise<void> {
  const state: TestPostgresState | undefined = globalThis.__TAJER_TEST_PG__;
  if (!state) return;
  globalThis.__TAJER_TEST_PG__ = undefined;
  if (state.server) {
    // The whole cluster goes away, with any database a crashed test left behind.
    await state.server.stop();
    if (state.dir) rmSync(state.dir, { recursive: true, force: true });
    return;
  }
  // A shared server (TEST_DATABASE_URL): drop only what this run created and failed to drop.
  await withAdmin(state.adminUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [
      `${TEST_DB_PREFIX}${state.runId}_`,
    ]);
    for (const { datname } of rows) await dropDatabase(admin, datname);
  });
}
