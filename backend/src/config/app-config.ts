import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { configSchema, RawConfig } from './config.schema';

export type AppConfig = RawConfig & {
  dataDir: string;
  uploadsDir: string;
  /** True when DATABASE_URL is unset and the embedded PostgreSQL is used. */
  embeddedDatabase: boolean;
  secretKey: string;
  corsOrigins: string[];
  seedDemo: boolean;
};

export class ConfigError extends Error {}

/** Parses the environment once. A bad value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings in .env files mean "unset".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.ENVIRONMENT === 'production' && !c.SECRET_KEY) {
    throw new ConfigError('Invalid configuration:\n  SECRET_KEY: required in production');
  }
  if (c.ENVIRONMENT === 'production' && c.SEED_DEMO) {
    throw new ConfigError('Invalid configuration:\n  SEED_DEMO: not allowed in production (the demo accounts have well-known passwords)');
  }
  if (c.ENVIRONMENT === 'production' && c.CLOCK_NOW) {
    throw new ConfigError('Invalid configuration:\n  CLOCK_NOW: not allowed in production');
  }
  if (c.ENVIRONMENT === 'production' && c.WEBHOOK_ALLOW_PRIVATE) {
    throw new ConfigError(
      'Invalid configuration:\n  WEBHOOK_ALLOW_PRIVATE: not allowed in production (webhooks would reach internal addresses)',
    );
  }
  if (c.LLM_PROVIDER === 'openai' && !c.OPENAI_API_KEY && !c.OPENAI_API_BASE) {
    throw new ConfigError('Invalid configuration:\n  OPENAI_API_KEY: required when LLM_PROVIDER=openai (or set OPENAI_API_BASE)');
  }
  if (c.S3_BUCKET && !c.S3_ACCESS_KEY_ID !== !c.S3_SECRET_ACCESS_KEY) {
    throw new ConfigError(
      'Invalid configuration:\n  S3_ACCESS_KEY_ID: set with S3_SECRET_ACCESS_KEY, or neither (the SDK then finds credentials itself)',
    );
  }
  const dataDir = resolve(c.DATA_DIR);
  const embeddedDatabase = !c.DATABASE_URL;
  return {
    ...c,
    dataDir,
    uploadsDir: c.UPLOADS_DIR ? resolve(c.UPLOADS_DIR) : resolve(dataDir, 'uploads'),
    embeddedDatabase,
    // Without SECRET_KEY (development only) tokens are signed with a per-process key: restarts log everyone out.
    secretKey: c.SECRET_KEY ?? randomBytes(32).toString('hex'),
    corsOrigins: c.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    // Never in production, whatever the database: the demo's accounts (support@demo.dz…) would be a way in.
    seedDemo: c.ENVIRONMENT !== 'production' && (c.SEED_DEMO ?? embeddedDatabase),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
