/**
 * A private, real PostgreSQL database per test file, cloned from a template prepared by global setup:
 *
 *   let db: TestDatabase;
 *   beforeAll(async () => { db = await createTestDatabase(); });   // demo businesses seeded
 *   afterAll(async () => { await db?.drop(); });
 *
 * `template: 'empty'` gives the migrated schema with no rows.
 */
import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../src/generated/prisma/client';
import {
  cloneDatabase,
  databaseUrl,
  dropDatabase,
  ENV_ADMIN_URL,
  ENV_RUN_ID,
  ENV_SEED_ERROR,
  TEMPLATE_EMPTY,
  TEMPLATE_SEEDED,
  TEST_DB_PREFIX,
  withAdmin,
} from './pg-admin';

export interface TestDatabase {
  /** postgresql:// URL of this database (give it to the app under test). */
  url: string;
  name: string;
  /** Connected to this database; disconnected by drop(). */
  prisma: PrismaClient;
  /** Disconnects and drops the database. Safe to call twice. */
  drop(): Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** 'seeded' (default): migrated + demo businesses. 'empty': migrated, no rows. */
  template?: 'seeded' | 'empty';
}

let counter = 0;

export function testAdminUrl(): string {
  const adminUrl = process.env[ENV_ADMIN_URL];
  if (!adminUrl) throw new Error(`${ENV_ADMIN_URL} is not set: run the tests through Jest so test/setup/global-setup.ts runs first`);
  return adminUrl;
}

export async function createTestDatabase(opts: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = testAdminUrl();
  const template = opts.template === 'empty' ? TEMPLATE_EMPTY : TEMPLATE_SEEDED;
  if (template === TEMPLATE_SEEDED && process.env[ENV_SEED_ERROR]) {
    throw new Error(`The seeded test template is unavailable because seeding failed in global setup:\n${process.env[ENV_SEED_ERROR]}`);
  }
  // Unique across workers (pid) and runs sharing a server (run id); short enough for the 63-byte name limit.
  const name = `${TEST_DB_PREFIX}${process.env[ENV_RUN_ID] ?? 'x'}_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => cloneDatabase(admin, name, template));
  const url = databaseUrl(adminUrl, name);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 5 }) });
  let dropped: Promise<void> | undefined;
  return {
    url,
    name,
    prisma,
    drop() {
      dropped ??= (async () => {
        await prisma.$disconnect();
        // FORCE: an app under test may still hold pooled connections when afterAll runs.
        await withAdmin(adminUrl, (admin) => dropDatabase(admin, name));
      })();
      return dropped;
    },
  };
}
