import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalUrl = z.string().url().optional();

/**
 * Every environment variable the app reads, in one place. `.env.example` documents each of them and a test checks the
 * two stay in sync. Nothing outside src/config reads process.env.
 */
export const configSchema = z.object({
  ENVIRONMENT: z.enum(['development', 'test', 'staging', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: optionalUrl,
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  // The read caches of the dashboard's answers and the inventory listing (keyed by each business's data version):
  // false recomputes every answer from the rows (the benchmark's growth scenario measures the statements that way).
  READ_CACHE: bool.default(true),
  SEED_DEMO: bool.optional(),
  DEMO_PASSWORD: z.string().min(1).default('demo'),
  SECRET_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  JWT_ACCESS_TTL: z.string().default('15m'),
  JWT_REFRESH_TTL: z.string().default('30d'),
  CORS_ORIGINS: z.string().default(''),
  // How far the JavaScript heap may grow past what V8's last full collection kept before the next one, in percent
  // (0: V8's own choice, up to 300 % on a large machine, which let RSS climb for thousands of chat turns).
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(300).default(50),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_DIR: z.string().optional(),
  SENTRY_DSN: optionalUrl,
  SENTRY_TRACES_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(0),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  LLM_PROVIDER: z.enum(['local', 'openai']).default('local'),
  LLM_FALLBACK_LOCAL: bool.default(true),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_API_BASE: optionalUrl,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  // Pause between streamed tokens of the offline model (ms): 0 streams as fast as possible; a few ms reads like typing.
  // Assistant turns run at once per process; more wait their turn (the offline model is CPU-bound).
  MAX_CONCURRENT_TURNS: z.coerce.number().int().min(1).max(1000).default(16),
  LOCAL_STREAM_DELAY_MS: z.coerce.number().int().min(0).max(1000).default(0),
  PLUGINS_DIR: z.string().optional(),
  MCP_SERVERS: z.string().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// URL')
    .optional(),
  ALERT_EMAIL_TO: z.string().email().optional(),
  ALERT_EMAIL_FROM: z.string().default('Tajer <no-reply@tajer.local>'),
  OCR_WORKERS: z.coerce.number().int().min(1).max(16).optional(),
  // The Arabic receipt reader (see backend/src/ocr/README.md): npm's `ara` (default, measured best), tesseract's
  // `Arabic` script model when installed (Debian: tesseract-ocr-script-arab), both, or `auto`.
  OCR_ARABIC_MODEL: z.enum(['ara', 'Arabic', 'Arabic+ara', 'auto']).default('ara'),
  // The French+English page reader's models: npm's `best_int` (default), or the system's (Debian's tesseract-ocr-eng/-fra,
  // tessdata_fast: about 12 % less CPU a receipt, but fewer totals, dates and shops read right) with `system`, or
  // `auto` (the system's when installed). See backend/src/ocr/README.md.
  OCR_LATIN_MODEL: z.enum(['auto', 'system', 'best_int']).default('best_int'),
  // Let tesseract.js use its relaxed-SIMD wasm core on Node 20, where V8 has it behind a flag (turned on at the first
  // OCR worker's start; a page read about a fifth faster). `false` keeps Node's default (the plain SIMD core).
  OCR_RELAXED_SIMD: bool.default(true),
  // Which tesseract reads receipts: `native` (libtesseract in the process, the addon `npm run build:native -w backend`
  // builds where libtesseract-dev is installed: the same models, about half the CPU a page), `wasm` (tesseract.js), or
  // `auto` (native when built, else wasm). The default stays `wasm`: Debian's libtesseract (5.3) misread a few totals
  // tesseract.js (5.1) read right on the dev sets, and a wrong total is this feature's worst failure (bench/README,
  // fourteenth round). See backend/src/ocr/README.md.
  OCR_ENGINE: z.enum(['auto', 'native', 'wasm']).default('wasm'),
  // Extra folders (path list) searched for `<lang>.traineddata` before Debian's /usr/share/tesseract-ocr/*/tessdata.
  OCR_TESSDATA_DIRS: z.string().optional(),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  // Where uploaded files live; DATA_DIR/uploads when unset (beside DATA_DIR/postgres, never inside it). Put it on its
  // own volume in production so uploads can't fill the database's disk.
  UPLOADS_DIR: z.string().optional(),
  // Bytes of uploads one business may keep (507 INSUFFICIENT_STORAGE beyond; orphans swept free room).
  UPLOAD_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024 * 1024),
  // Uploads are refused (507) when the uploads disk would keep less free space than this: the database keeps room.
  UPLOAD_MIN_FREE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(512 * 1024 * 1024),
  // An upload that nothing uses (no expense, logo, chat message or proposal) is deleted after this many days.
  UPLOAD_ORPHAN_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  // How often each instance sweeps orphaned uploads, in minutes; 0: never (tests drive it).
  UPLOAD_SWEEP_MINUTES: z.coerce.number().int().min(0).max(10080).default(60),
  // S3-compatible object storage for uploads (DigitalOcean Spaces in production): set S3_BUCKET to use it instead of
  // UPLOADS_DIR, so every replica reads what any other received. Downloads then redirect (302) to a presigned URL.
  S3_BUCKET: z.string().min(3).max(63).optional(),
  // The service's URL (https://fra1.digitaloceanspaces.com); unset: AWS's own endpoint for S3_REGION.
  S3_ENDPOINT: optionalUrl,
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  // Bucket in the path (endpoint/bucket/key) rather than the host name: needed by most self-hosted servers.
  S3_FORCE_PATH_STYLE: bool.default(false),
  // Seconds a presigned download URL stays valid: long enough to load a picture, short enough not to be shared.
  S3_PRESIGN_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
  // Pixels a picture may have (width × height × frames), read from its header before decoding: a decompression bomb
  // (a small file of huge dimensions) is refused with 413. Phone photos are 12–50 MP.
  IMAGE_MAX_PIXELS: z.coerce.number().int().min(1_000_000).max(268_000_000).default(40_000_000),
  // Image analyses (decoding, barcodes, label OCR) run at once per process; more wait, and past 8× this get 429.
  IMAGE_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  // Requests per minute per client IP, per user, per API key and per business (429 with Retry-After beyond); shared
  // by the instances through Redis when REDIS_URL is set.
  RATE_LIMIT_IP: z.coerce.number().int().positive().default(600),
  RATE_LIMIT_USER: z.coerce.number().int().positive().default(300),
  RATE_LIMIT_API_KEY: z.coerce.number().int().positive().default(600),
  RATE_LIMIT_TENANT: z.coerce.number().int().positive().default(1200),
  // Chat turns (messages to the assistant, any channel) per minute per user, per API key and per business.
  TURN_RATE_USER: z.coerce.number().int().positive().default(20),
  TURN_RATE_API_KEY: z.coerce.number().int().positive().default(60),
  TURN_RATE_TENANT: z.coerce.number().int().positive().default(120),
  // Turns of one business waiting for a slot (MAX_CONCURRENT_TURNS) in this process; past that a message is refused.
  TURN_QUEUE_PER_TENANT: z.coerce.number().int().min(1).max(1000).default(10),
  // Events (messages, decisions, resumes…) one chat socket may send per 10 seconds.
  SOCKET_EVENTS_PER_10S: z.coerce.number().int().positive().default(50),
  // Webhooks: deliveries to private/loopback addresses are refused unless this is set (tests, local development).
  WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  // PEM file of extra CA certificates trusted for webhook receivers (a private CA; the public roots stay trusted).
  WEBHOOK_CA_FILE: z.string().optional(),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  // First retry delay; it doubles at each failure (at most 6 h apart) and retries stop a day after the first attempt.
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(30_000),
  // How often each instance looks for due deliveries; 0: this instance delivers nothing (tests drive it).
  WEBHOOK_POLL_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
  // New businesses per client IP per hour (POST /api/auth/signup).
  SIGNUP_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  // Sender of account emails (password reset, invitations); ALERT_EMAIL_FROM when unset.
  MAIL_FROM: z.string().optional(),
  // Tests and demos only: the business clock starts at this instant (ISO 8601) and then runs on. Refused in production.
  CLOCK_NOW: z.coerce.date().optional(),
});

export type RawConfig = z.infer<typeof configSchema>;
