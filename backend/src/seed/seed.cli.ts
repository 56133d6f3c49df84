/**
 * `npm run db:seed`: brings DATABASE_URL's schema up to date, then seeds the demo businesses (a no-op when the demo
 * tenant already exists). The accounts' password is DEMO_PASSWORD (default "demo"). Exits non-zero on failure.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { clockFor } from '../common/time/clock';
import { loadConfig } from '../config/app-config';
import { applyMigrations } from '../database/migrator';
import { PrismaClient } from '../generated/prisma/client';
import { DEMO_USERS } from './demo-dataset';
import { ORAN_OWNER } from './oran';
import { seedDemo } from './seed';

const say = (msg: string) => process.stdout.write(`[seed] ${msg}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.ENVIRONMENT === 'production')
    throw new Error('the demo is never seeded with ENVIRONMENT=production (its accounts have well-known passwords)');
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required (postgresql://…)');
  const { applied } = await applyMigrations(config.DATABASE_URL, { log: say });
  say(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'schema already up to date');

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL }) });
  try {
    const result = await seedDemo(prisma, { password: config.DEMO_PASSWORD, now: clockFor(config).now(), log: say });
    if (!result.created) return;
    const accounts = [...DEMO_USERS.map((u) => `${u.email} (${u.role})`), `${ORAN_OWNER.email} (${ORAN_OWNER.role})`];
    say(`demo tenant ${result.tenantId}; accounts: ${accounts.join(', ')}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`[seed] failed: ${err.message}\n`);
  process.exitCode = 1;
});
