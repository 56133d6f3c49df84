import { GENEROUS_LIMITS } from './harness-limits';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { TEST_CLOCK_ENV } from '../setup/test-clock';

export const BACKEND_DIR = resolve(__dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

export function hasBinary(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000, proc?: ChildProcess, output?: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.exitCode !== null) throw new Error(`${what} exited early (${proc.exitCode}):\n${output?.() ?? ''}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}:\n${output?.() ?? ''}`);
}

export interface Managed {
  port: number;
  url: string;
  proc: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

function manage(proc: ChildProcess, port: number, url: string): Managed {
  let out = '';
  proc.stdout?.on('data', (d) => (out = (out + d).slice(-20_000)));
  proc.stderr?.on('data', (d) => (out = (out + d).slice(-20_000)));
  return {
    port,
    url,
    proc,
    output: () => out,
    stop: () =>
      new Promise<void>((res) => {
        if (proc.exitCode !== null) return res();
        const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
        proc.once('exit', () => (clearTimeout(timer), res()));
        proc.kill('SIGTERM');
      }),
  };
}

/** A real redis-server (Debian package) on a free port (or the given one: a restart), without persistence. */
export async function startRedis(fixedPort?: number): Promise<Managed> {
  const port = fixedPort ?? (await freePort());
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'pipe',
  });
  const m = manage(proc, port, `redis://127.0.0.1:${port}`);
  await waitFor(async () => m.output().includes('Ready to accept connections'), 'redis-server', 20_000, proc, m.output);
  return m;
}

/** Suites and benchmarks send many requests from one address; the limits have their own tests. */
export { GENEROUS_LIMITS };

/**
 * A real backend process on a free port: src/main.ts through swc (tests), or with `built` the compiled dist/main.js
 * as production runs it (the benchmarks: swc's runtime compiler alone adds over 100 MB of RSS and start-up CPU), or
 * with `built` a path another build's entry (relative to backend/: a benchmark comparing two builds).
 */
export async function startBackend(env: Record<string, string>, options: { built?: boolean | string } = {}): Promise<Managed> {
  const port = await freePort();
  const entry = typeof options.built === 'string' ? options.built : 'dist/main.js';
  const args = options.built ? [entry] : ['-r', '@swc-node/register', 'src/main.ts'];
  const proc = spawn(process.execPath, args, {
    cwd: BACKEND_DIR,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      ENVIRONMENT: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...TEST_CLOCK_ENV,
      ...GENEROUS_LIMITS,
      ...env,
    },
    stdio: 'pipe',
  });
  const url = `http://127.0.0.1:${port}`;
  const m = manage(proc, port, url);
  await waitFor(async () => (await fetch(`${url}/api/health/ready`)).ok, `backend on ${port}`, 90_000, proc, m.output);
  return m;
}
