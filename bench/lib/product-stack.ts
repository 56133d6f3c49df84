/**
 * The real product for the benchmarks: an embedded PostgreSQL (ephemeral, in a temp dir) migrated and seeded with the
 * demo businesses, and backend processes started exactly as the integration tests start them (src/main.ts via swc).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PrismaPg } from '@prisma/adapter-pg';
import { BACKEND_DIR, type Managed, startBackend } from '../../backend/test/helpers/processes';
import { startEmbeddedPostgres } from '../../backend/src/database/embedded-postgres';
import { applyMigrations } from '../../backend/src/database/migrator';

export interface BenchDatabase {
  url: string;
  adminUrl: string;
  pgdata: string;
  /** How long start + migrate + seed took. */
  setupMs: number;
  stop(): Promise<void>;
}

/** The generated Prisma client is gitignored: a fresh clone has it only after a build, so generate it if missing. */
function ensurePrismaClient(): void {
  if (existsSync(join(BACKEND_DIR, 'src/generated/prisma/client.ts'))) return;
  const res = spawnSync(process.execPath, ['scripts/prisma-generate.mjs'], { cwd: BACKEND_DIR, stdio: 'inherit' });
  if (res.status !== 0) throw new Error('prisma-generate failed');
}

/** Likewise the backend loads @tajer/tools from its build output (tools/dist), which a fresh clone does not have. */
function ensureToolsBuilt(): void {
  const toolsDir = join(BACKEND_DIR, '..', 'tools');
  if (existsSync(join(toolsDir, 'dist/index.js'))) return;
  const res = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: toolsDir,
    stdio: 'inherit',
  });
  if (res.status !== 0) throw new Error('building tools/ (tsc) failed');
}

/** The backend compiled as `npm start` and the Docker image run it (dist/main.js), from the current sources. */
let backendBuilt = false;
/** Once per bench process: a scenario starting a second backend (growth, READ_CACHE=false) reuses the build. */
function buildBackend(): void {
  if (backendBuilt) return;
  backendBuilt = true;
  const res = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: BACKEND_DIR, stdio: 'inherit' });
  if (res.status !== 0) throw new Error('building the backend (scripts/build.mjs) failed');
}

export async function startSeededDatabase(log: (msg: string) => void, settings: Record<string, string> = {}): Promise<BenchDatabase> {
  const started = Date.now();
  ensurePrismaClient();
  ensureToolsBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'tajer-bench-pg-'));
  // Throwaway data: no fsync (as in the test suite), and room for two backends' pools plus the bench's own clients.
  const pg = await startEmbeddedPostgres({ dataDir: dir, ephemeral: true, settings: { max_connections: '100', ...settings } });
  try {
    await applyMigrations(pg.url);
    // Loaded here, not at the top: the generated client may only have been created just above.
    const { PrismaClient } = await import('../../backend/src/generated/prisma/client');
    const { seedDemo } = await import('../../backend/src/seed/seed');
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url }) });
    try {
      await seedDemo(prisma, {});
    } finally {
      await prisma.$disconnect();
    }
  } catch (err) {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const setupMs = Date.now() - started;
  log(`database ready (embedded PostgreSQL, migrated, demo seeded) in ${(setupMs / 1000).toFixed(1)} s`);
  return {
    url: pg.url,
    adminUrl: pg.adminUrl,
    pgdata: pg.pgdata,
    setupMs,
    stop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface BenchBackend extends Managed {
  pid: number;
  startMs: number;
}

/**
 * A real backend process on the bench database, built and run as in production (dist/main.js): offline model, no
 * stream delay, no login throttling, long tokens. With `entry` (relative to backend/), that build's entry instead,
 * not rebuilt: how a benchmark runs two builds (e.g. main's and a branch's) in turn. `BENCH_BACKEND_ENTRY` does the
 * same for a whole run (`BENCH_BACKEND_ENTRY=dist-main/main.js npm run bench -- --quick --only rest`); an entry's
 * `?NAME=value&…` adds environment variables to that backend's.
 */
export async function startProductBackend(
  db: BenchDatabase,
  extraEnv: Record<string, string> = {},
  entry = process.env.BENCH_BACKEND_ENTRY || undefined,
): Promise<BenchBackend> {
  if (!entry) buildBackend();
  // An entry may carry environment variables of its own, `dist-main/main.js?NAME=value&…`: two builds or two settings
  // alternated by one script.
  const [file, query] = entry?.split('?') ?? [];
  const entryEnv = Object.fromEntries(new URLSearchParams(query ?? ''));
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'tajer-bench-data-'));
  const backend = await startBackend(
    {
      DATABASE_URL: db.url,
      SEED_DEMO: 'false',
      SECRET_KEY: 'bench-secret-key-0123456789abcdef',
      JWT_ACCESS_TTL: '6h',
      LOGIN_RATE_LIMIT: '100000',
      LLM_PROVIDER: 'local',
      LOCAL_STREAM_DELAY_MS: '0',
      LOG_LEVEL: 'error',
      DATA_DIR: dataDir,
      // As the Docker image sets it: glibc's per-thread malloc arenas otherwise hold tens of MB the process never uses.
      MALLOC_ARENA_MAX: '2',
      // And, as there, glibc's mmap and trim thresholds fixed (not raised by the start's big transient buffers).
      MALLOC_MMAP_THRESHOLD_: '131072',
      MALLOC_TRIM_THRESHOLD_: '131072',
      ...extraEnv,
      ...entryEnv,
    },
    { built: file ?? true },
  );
  const stop = backend.stop;
  return {
    ...backend,
    pid: backend.proc.pid!,
    startMs: Date.now() - started,
    stop: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function login(baseUrl: string, email = 'owner@demo.dz', password = 'demo'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login as ${email} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Resident set size of a process in MB (VmRSS from /proc), NaN once it has exited. */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** nodejs_heap_size_used_bytes from the product's /metrics (prom-client default metrics), in MB; undefined elsewhere. */
export async function heapUsedMb(url: string): Promise<number | undefined> {
  try {
    const res = await fetch(`${url}/metrics`);
    if (!res.ok) return undefined;
    const m = /^nodejs_heap_size_used_bytes(?:\{[^}]*\})? ([\d.e+]+)/m.exec(await res.text());
    return m ? Math.round((Number(m[1]) / 2 ** 20) * 10) / 10 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) a process has used so far, in ms (from /proc/<pid>/stat, clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** The postmaster of a cluster and its children (one process per connection, plus background workers). */
export function postgresPids(pgdata: string): number[] {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return [];
  }
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

/** CPU time used so far by the cluster's current processes (connections that closed meanwhile are not counted). */
export function postgresCpuMs(pgdata: string): number {
  return postgresPids(pgdata).reduce((sum, pid) => sum + (cpuMs(pid) || 0), 0);
}
