/**
 * RSS at start, as the memory scenario reads it (the backend's `dist/main.js` with `MALLOC_ARENA_MAX=2`, a sign-in and
 * the two recorded chat turns, 1 s, VmRSS before any other socket), for two builds started in turn on one database.
 *
 *   npm run bench:start -- --alternate dist-main/main.js,dist/main.js [--pairs 4] [--modules]
 *                            entries relative to backend/, not rebuilt (`dist/main.js?NAME=value&…` adds environment
 *                            variables to that build's starts); with --modules, each start also lists the
 *                            modules it loaded by package (bytes of source) and process.memoryUsage() after a GC;
 *                            with --snapshot, a heap snapshot as well (its path is logged); with --smaps, the RSS
 *                            by mapping (the node binary, shared libraries, anonymous memory)
 *
 * One start on a machine shared with other work spreads over ±15 MB: the alternation lets both builds meet the same
 * neighbours, and the mean of several pairs is the figure to read. A diagnostic, like bench:cpu and bench:memory.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectClients, recordTurnScript } from './lib/chat-load';
import { login, rssMb, startProductBackend, startSeededDatabase } from './lib/product-stack';
import { CHAT_MESSAGES } from './scenarios/chat.bench';

const log = (msg: string) => process.stdout.write(`[start] ${msg}\n`);

/** Loaded with -r in the backend: on SIGUSR2, a forced GC, then the module list by package and memoryUsage(). */
const PRELOAD = `
const fs = require('fs');
process.on('SIGUSR2', () => {
  global.gc();
  const byPackage = {};
  for (const file of Object.keys(require.cache)) {
    const tail = file.split('node_modules/').slice(1).pop();
    const key = tail ? tail.split('/').slice(0, tail.startsWith('@') ? 2 : 1).join('/') : '(app) ' + file.split('/').slice(-3, -1).join('/');
    let bytes = 0;
    try { bytes = fs.statSync(file).size; } catch {}
    const entry = (byPackage[key] ??= { modules: 0, bytes: 0 });
    entry.modules++;
    entry.bytes += bytes;
  }
  fs.writeFileSync(process.env.START_PROBE_OUT, JSON.stringify({ modules: Object.keys(require.cache).length, memory: process.memoryUsage(), byPackage }));
  if (process.env.START_PROBE_SNAPSHOT) require('v8').writeHeapSnapshot(process.env.START_PROBE_SNAPSHOT);
});
`;

interface Probe {
  modules: number;
  memory: NodeJS.MemoryUsage;
  byPackage: Record<string, { modules: number; bytes: number }>;
}

/** VmRSS split by what is mapped (the binary, a shared library, anonymous memory…): where the resident pages are. */
function rssByMapping(pid: number): string[] {
  const byPath = new Map<string, number>();
  let path = '';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) path = head[1] || '(anonymous)';
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) byPath.set(path, (byPath.get(path) ?? 0) + Number(rss[1]));
  }
  return [...byPath.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([p, kb]) => `${(kb / 1024).toFixed(1)} MB ${p}`);
}

async function startOnce(db: Awaited<ReturnType<typeof startSeededDatabase>>, entry: string, modules: boolean, n: number) {
  const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  const preload = join(tmpdir(), `tajer-start-probe-${process.pid}.js`);
  const out = join(tmpdir(), `tajer-start-probe-${process.pid}-${n}.json`);
  writeFileSync(preload, PRELOAD);
  const env: Record<string, string> = modules ? { NODE_OPTIONS: `--expose-gc -r ${preload}`, START_PROBE_OUT: out } : {};
  // --snapshot: a heap snapshot of each start too, after the forced GC (for Chrome's DevTools or a script).
  if (process.argv.includes('--snapshot')) env.START_PROBE_SNAPSHOT = join(tmpdir(), `tajer-start-${process.pid}-${n}.heapsnapshot`);
  const backend = await startProductBackend(db, env, entry);
  try {
    const token = await login(backend.url);
    const {
      clients: [recorder],
    } = await connectClients({ url: backend.url, token, count: 1 });
    await recordTurnScript(recorder, CHAT_MESSAGES, `start-${Date.now().toString(36)}`);
    recorder.close();
    await sleep(1000);
    const rss = Math.round(rssMb(backend.pid) * 10) / 10;
    if (process.argv.includes('--smaps')) log(`${entry}: RSS by mapping\n  ${rssByMapping(backend.pid).join('\n  ')}`);
    let probe: Probe | undefined;
    if (modules) {
      process.kill(backend.pid, 'SIGUSR2');
      await sleep(process.env.START_PROBE_SNAPSHOT || env.START_PROBE_SNAPSHOT ? 15_000 : 1500);
      probe = JSON.parse(readFileSync(out, 'utf8')) as Probe;
      rmSync(out, { force: true });
    }
    if (env.START_PROBE_SNAPSHOT) log(`heap snapshot: ${env.START_PROBE_SNAPSHOT}`);
    return { entry, load, rss, probe };
  } finally {
    await backend.stop();
    rmSync(preload, { force: true });
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--alternate');
  const entries = at > 0 ? process.argv[at + 1].split(',') : ['dist/main.js'];
  const pairs = process.argv.includes('--pairs') ? Number(process.argv[process.argv.indexOf('--pairs') + 1]) : 4;
  const modules = process.argv.includes('--modules') || process.argv.includes('--snapshot');
  const db = await startSeededDatabase(log);
  const runs: Awaited<ReturnType<typeof startOnce>>[] = [];
  try {
    for (let i = 0; i < pairs; i++) {
      for (const entry of entries) {
        const run = await startOnce(db, entry, modules, runs.length);
        runs.push(run);
        const m = run.probe;
        const heap = m ? `, ${m.modules} modules, heap used after GC ${(m.memory.heapUsed / 2 ** 20).toFixed(1)} MB` : '';
        log(`${entry} (load ${run.load}): RSS ${run.rss} MB${heap}`);
      }
    }
  } finally {
    await db.stop();
  }
  const mean = (entry: string) => {
    const rss = runs.filter((r) => r.entry === entry).map((r) => r.rss);
    return Math.round((rss.reduce((a, b) => a + b, 0) / rss.length) * 10) / 10;
  };
  const summary = { meanRss: Object.fromEntries(entries.map((e) => [e, mean(e)])), runs: runs.map(({ probe, ...r }) => r) };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  // The largest packages of the last start of each build: what is loaded that a first turn may not need.
  for (const entry of entries) {
    const probe = runs.filter((r) => r.entry === entry).at(-1)?.probe;
    if (!probe) continue;
    const top = Object.entries(probe.byPackage)
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .slice(0, 40)
      .map(([name, p]) => `${name} ${p.modules} ${(p.bytes / 1024).toFixed(0)} KB`);
    log(`${entry}: ${probe.modules} modules; ${JSON.stringify(probe.memory)}\n  ${top.join('\n  ')}`);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
