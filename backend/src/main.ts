import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { createApp } from './app.factory';
import { limitHeapGrowth } from './common/runtime/heap-growth';
import { clockFor } from './common/time/clock';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { applyMigrations } from './database/migrator';
import { PrismaClient } from './generated/prisma/client';
import { initSentry } from './observability/sentry';
import { seedDemo } from './seed/seed';

const say = (msg: string) => process.stdout.write(`[tajer] ${msg}\n`);

/** Without SECRET_KEY (development), keep one generated key in the data dir so restarts don't sign everyone out. */
function ensureSecret(config: AppConfig): void {
  if (process.env.SECRET_KEY) return;
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'secret.key');
  if (!existsSync(file)) writeFileSync(file, config.secretKey, { mode: 0o600 });
  config.secretKey = readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  // At once, before the database and the app start: the heap grows within this bound from its first full collection.
  limitHeapGrowth(config);
  ensureSecret(config);
  // The uploads folder (not with S3 storage, whose bucket holds them).
  if (!config.S3_BUCKET) mkdirSync(config.uploadsDir, { recursive: true });

  let stopDatabase = async () => {};
  if (config.embeddedDatabase) {
    say(`starting the embedded PostgreSQL in ${join(config.dataDir, 'postgres')} …`);
    const pg = await startEmbeddedPostgres({ dataDir: config.dataDir });
    config.DATABASE_URL = pg.url;
    stopDatabase = pg.stop;
  }
  const migrations = await applyMigrations(config.DATABASE_URL!, { log: say });
  if (migrations.applied.length) say(`applied migrations: ${migrations.applied.join(', ')}`);

  if (config.seedDemo) {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL! }) });
    try {
      const { created } = await seedDemo(prisma, { password: config.DEMO_PASSWORD, now: clockFor(config).now(), log: say });
      if (created) say('seeded the demo business');
    } finally {
      await prisma.$disconnect();
    }
  }

  await initSentry(config);
  const app = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  const url = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  say(`Tajer is running at ${url}  (API docs: ${url}/api/docs)`);
  say(`model: ${config.LLM_PROVIDER === 'openai' ? `openai (${config.OPENAI_MODEL})` : 'offline (local)'}`);
  if (config.seedDemo) {
    say(`demo logins (password: ${config.DEMO_PASSWORD === 'demo' ? 'demo' : 'from DEMO_PASSWORD'}):`);
    say('  owner@demo.dz (OWNER)   staff@demo.dz (STAFF)   support@demo.dz (SUPPORT)');
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: draining requests and stopping …`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    try {
      await app.close();
    } finally {
      await stopDatabase();
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`[tajer] failed to start: ${err?.stack ?? err}\n`);
  process.exit(1);
});
