/**
 * The benchmark suite: every scenario runs the real product and a baseline on this machine in the same run and
 * reports product / baseline. Load goes to 127.0.0.1 only and is bounded in count and time.
 *
 *   npm run bench                      full suite
 *   npm run bench -- --quick           smaller sizes (< 3 min on 2 cores)
 *   npm run bench -- --only chat,rest  some scenarios (memory, chat, stream, rest, import, growth, bombs, ocr, soak)
 *   npm run bench -- --only soak       the 30-minute soak (quick: 75 s); only when named, never by default
 *
 * Prints a table (scenario, metric, unit, product, baseline, ratio) and writes bench/results/latest.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext } from './lib/context';
import { login, startProductBackend, startSeededDatabase, type BenchBackend, type BenchDatabase } from './lib/product-stack';
import { formatTable, machineInfo, withRatio, type ScenarioResult } from './lib/report';
import { runChatBench } from './scenarios/chat.bench';
import { runGrowthBench } from './scenarios/data-growth.bench';
import { runImportBench } from './scenarios/import.bench';
import { runMemoryBench } from './scenarios/memory.bench';
import { runImageBombsBench } from './scenarios/image-bombs.bench';
import { runOcrBench } from './scenarios/ocr.bench';
import { runRestBench } from './scenarios/rest.bench';
import { runSoakBench } from './scenarios/soak.bench';
import { runStreamBench } from './scenarios/stream.bench';

// Memory first, on the freshly started backend (nothing else in its heap); growth last of the backend ones (it adds
// a million rows); OCR after the product is stopped.
// The soak runs after the others (their load is then part of the heap it watches), and only when named: it lasts 30
// minutes in a full run.
const SCENARIOS = ['memory', 'chat', 'stream', 'rest', 'import', 'growth', 'bombs', 'soak', 'ocr'] as const;
type ScenarioName = (typeof SCENARIOS)[number];
const ONLY_WHEN_NAMED: readonly ScenarioName[] = ['soak'];

/** Scenarios that need the product running (the OCR one calls the OCR module directly). */
const NEEDS_BACKEND: readonly ScenarioName[] = ['memory', 'chat', 'stream', 'rest', 'import', 'growth', 'bombs', 'soak'];

function parseArgs(argv: string[]): { quick: boolean; only: ScenarioName[] } {
  let quick = false;
  let only: ScenarioName[] = SCENARIOS.filter((s) => !ONLY_WHEN_NAMED.includes(s));
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg.includes('=') ? arg.slice('--only='.length) : argv[++i];
      only = (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean) as ScenarioName[];
      const unknown = only.filter((s) => !SCENARIOS.includes(s));
      if (unknown.length) throw new Error(`unknown scenario(s) ${unknown.join(', ')}; choose from ${SCENARIOS.join(', ')}`);
    } else throw new Error(`unknown argument ${arg} (use --quick, --only ${SCENARIOS.join(',')})`);
  }
  return { quick, only };
}

const started = Date.now();
const log = (msg: string) => process.stdout.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}\n`);

async function main(): Promise<void> {
  const { quick, only } = parseArgs(process.argv.slice(2));
  const machine = machineInfo();
  log(
    `${quick ? 'quick' : 'full'} run: ${only.join(', ')} — ${machine.cpus} CPUs, load average ${machine.loadAverageAtStart.join(' ')}, node ${machine.node}`,
  );
  const runId = `bench-${Date.now().toString(36)}`;
  const tmpDir = mkdtempSync(join(tmpdir(), 'tajer-bench-'));
  const results: ScenarioResult[] = [];
  let db: BenchDatabase | undefined;
  let backend: BenchBackend | undefined;
  const cleanup = async () => {
    await backend?.stop().catch(() => undefined);
    await db?.stop().catch(() => undefined);
    rmSync(tmpDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

  let setup: Record<string, number> = {};
  try {
    if (only.some((s) => NEEDS_BACKEND.includes(s))) {
      db = await startSeededDatabase(log);
      backend = await startProductBackend(db);
      log(`backend ready in ${(backend.startMs / 1000).toFixed(1)} s (pid ${backend.pid})`);
      setup = { databaseSetupMs: db.setupMs, backendStartMs: backend.startMs };
    }
    const ctx: BenchContext | undefined =
      db && backend ? { quick, runId, tmpDir, db, backend, token: await login(backend.url), log } : undefined;
    const runners: Record<ScenarioName, () => Promise<ScenarioResult>> = {
      memory: () => runMemoryBench(ctx!),
      chat: () => runChatBench(ctx!),
      stream: () => runStreamBench(ctx!),
      rest: () => runRestBench(ctx!),
      import: () => runImportBench(ctx!),
      growth: () => runGrowthBench(ctx!),
      bombs: () => runImageBombsBench(ctx!),
      soak: () => runSoakBench(ctx!),
      ocr: async () => {
        // Give the OCR its two cores: the product's processes are idle, but stop them anyway.
        await backend?.stop();
        await db?.stop();
        backend = undefined;
        db = undefined;
        return runOcrBench({ quick, log });
      },
    };
    for (const name of SCENARIOS.filter((s) => only.includes(s))) {
      const t0 = Date.now();
      const loadAverage = Math.round(loadavg()[0] * 100) / 100;
      log(`— ${name} — (load average ${loadAverage})`);
      try {
        const result = await runners[name]();
        results.push({ ...result, durationMs: Date.now() - t0, loadAverage });
      } catch (err) {
        log(`${name} failed: ${(err as Error).stack ?? err}`);
        results.push({
          name,
          rows: [],
          details: { error: String((err as Error).message ?? err) },
          skipped: `failed: ${(err as Error).message}`,
          durationMs: Date.now() - t0,
          loadAverage,
        });
      }
      log(`${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await cleanup();
  }

  const totalMs = Date.now() - started;
  const table = formatTable(results);
  process.stdout.write(`\n${table}\n\n`);
  const resultsDir = join(__dirname, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, 'latest.json');
  const json = {
    mode: quick ? 'quick' : 'full',
    startedAt: new Date(started).toISOString(),
    totalMs,
    machine: { ...machine, loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) },
    setup,
    scenarios: results.map((r) => ({ ...r, rows: r.rows.map(withRatio) })),
  };
  writeFileSync(file, `${JSON.stringify(json, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`);
  log(`wrote ${file}; total ${(totalMs / 1000).toFixed(1)} s`);
  if (results.some((r) => r.skipped?.startsWith('failed'))) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
