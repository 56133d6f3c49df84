import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_NOW } from './clock.mjs';

const GENEROUS_LIMITS = JSON.parse(readFileSync(new URL('../../../backend/test/helpers/generous-limits.json', import.meta.url), 'utf8'));

/** A free TCP port: the backend gets a fixed one so the URL is known before it prints it. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the backend exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the backend wasn't ready after ${timeoutMs / 1000} s`);
}

/**
 * Starts the real backend (embedded Postgres, offline model, seeded demo) in a fresh data directory, serving the
 * built chat UI on the same origin.
 */
export async function startBackend({ root, log }) {
  const main = join(root, 'backend/dist/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build the backend first`);
  const dataDir = mkdtempSync(join(tmpdir(), 'tajer-e2e-'));
  const port = await freePort();
  const output = [];
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      ENVIRONMENT: 'test',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      LOCAL_STREAM_DELAY_MS: process.env.LOCAL_STREAM_DELAY_MS ?? '20',
      DATABASE_URL: '',
      // Every scenario signs in and chats from the same address as the same few users: the product's limits would trip
      // (they have their own tests). The same generous limits as every other harness.
      ...GENEROUS_LIMITS,
      // The business clock: the demo's history and « aujourd'hui » do not depend on the day the suite runs.
      CLOCK_NOW: E2E_NOW.toISOString(),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 400) output.splice(0, output.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, child, 240_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${err.message}\n--- backend output ---\n${output.join('').slice(-4000)}`);
  }
  log(`backend ready at ${url} (data in ${dataDir})`);
  return {
    url,
    output: () => output.join(''),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => {
          const force = setTimeout(() => child.kill('SIGKILL'), 25_000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
        });
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
