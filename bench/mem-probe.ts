// Temporary: RSS at start of the backend under different launchers / allocator settings.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKEND_DIR, freePort } from '../backend/test/helpers/processes';
import { TEST_CLOCK_ENV } from '../backend/test/setup/test-clock';
import { rssMb, startSeededDatabase } from './lib/product-stack';

async function variant(dbUrl: string, name: string, args: string[], env: Record<string, string>) {
  const port = await freePort();
  const proc = spawn(process.execPath, args, {
    cwd: BACKEND_DIR,
    env: { ...process.env, LOG_LEVEL: 'error', ENVIRONMENT: 'test', PORT: String(port), HOST: '127.0.0.1', ...TEST_CLOCK_ENV, DATABASE_URL: dbUrl, SEED_DEMO: 'false', SECRET_KEY: 'bench-secret-key-0123456789abcdef', LLM_PROVIDER: 'local', DATA_DIR: mkdtempSync(join(tmpdir(), 'mp-')), ...env },
    stdio: 'ignore',
  });
  for (let i = 0; i < 180; i++) {
    await new Promise((r) => setTimeout(r, 500));
    try { if ((await fetch(`http://127.0.0.1:${port}/api/health/ready`)).ok) break; } catch {}
  }
  await new Promise((r) => setTimeout(r, 3000));
  const m = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text().catch(() => '');
  const heap = /nodejs_heap_size_used_bytes (\S+)/.exec(m)?.[1];
  const ext = /nodejs_external_memory_bytes (\S+)/.exec(m)?.[1];
  console.log(`${name}: RSS ${rssMb(proc.pid!).toFixed(0)} MB, heap used ${(Number(heap) / 1e6).toFixed(0)} MB, external ${(Number(ext) / 1e6).toFixed(0)} MB`);
  proc.kill('SIGTERM');
  await new Promise((r) => proc.once('exit', r));
}

async function main() {
  const db = await startSeededDatabase(() => undefined);
  try {
    const which = process.argv.slice(2);
    if (!which.length || which.includes('swc')) await variant(db.url, 'swc src', ['-r', '@swc-node/register', 'src/main.ts'], {});
    if (!which.length || which.includes('dist')) await variant(db.url, 'dist', ['dist/main.js'], {});
    if (!which.length || which.includes('arena')) await variant(db.url, 'dist MALLOC_ARENA_MAX=2', ['dist/main.js'], { MALLOC_ARENA_MAX: '2' });
  } finally {
    await db.stop();
  }
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
