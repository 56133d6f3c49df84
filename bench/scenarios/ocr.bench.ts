/**
 * Scenario 4 — receipt OCR: ms per receipt and accuracy of the product's pipeline (`recognizeReceipt`: image prep →
 * tesseract.js → parser) with one worker and with the worker pool, against Debian's `tesseract` command-line tool on
 * the same images (one process per receipt; accuracy by running the same parser on its text). Scored with the
 * functions of scripts/eval-ocr.ts. Quick: the first 10 receipts.
 *
 * The images are read from /work/shared/data/receipts-sroie (BENCH_RECEIPTS_DIR overrides), never copied; without
 * them, or without the `tesseract` binary, the scenario is skipped.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { labelDates, nameSimilarity } from '../../backend/scripts/eval-ocr';
import { defaultOcrPoolSize } from '../../backend/src/ocr/ocr-pool';
import { createReceiptOcrPools, recognizeReceipt, terminateReceiptOcrPools } from '../../backend/src/ocr/receipt-ocr';
import { parseReceipt } from '../../backend/src/ocr/receipt-parser';
import type { ReceiptDraft } from '../../backend/src/ocr/receipt-draft.types';
import type { Row, ScenarioResult } from '../lib/report';
import { round, summarize } from '../lib/stats';

const DEFAULT_DIR = '/work/shared/data/receipts-sroie';
/**
 * The baseline reads French and English, as the product does (the product re-reads only Arabic lines in Arabic),
 * with the product's first-pass segmentation.
 */
const LANGS = 'fra+eng';
const PSM = '6';

interface Label {
  company?: string;
  date?: string;
  total?: string | number;
}

interface Receipt {
  id: string;
  path: string;
  label: Label;
}

interface Score {
  total: number;
  date: number;
  company: number;
}

interface RunResult {
  /** Wall time / receipts: with one worker (or one process at a time) this is the latency. */
  msPerReceipt: number;
  latency: ReturnType<typeof summarize>;
  accuracy: Score;
  startupMs?: number;
  /** Receipts the native engine's doubtful total sent to tesseract.js too (OCR_ENGINE=auto). */
  wasmRechecks?: number;
}

/** The eval-ocr rules: total within ±0.05, same calendar day (either dd/mm reading), company similarity ≥ 0.8. */
function score(drafts: Pick<ReceiptDraft, 'total' | 'date' | 'merchant'>[], labels: Label[]): Score {
  let total = 0;
  let date = 0;
  let company = 0;
  drafts.forEach((d, i) => {
    const l = labels[i];
    total += Number(d.total !== null && l.total !== undefined && Math.abs(d.total - Number(l.total)) <= 0.05 + 1e-9);
    date += Number(d.date !== null && l.date !== undefined && labelDates(l.date).has(d.date));
    company += Number(d.merchant !== null && l.company !== undefined && nameSimilarity(d.merchant, l.company) >= 0.8);
  });
  const n = Math.max(1, drafts.length);
  return { total: round((total / n) * 100, 1), date: round((date / n) * 100, 1), company: round((company / n) * 100, 1) };
}

async function mapConcurrent<T, R>(items: T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]);
      }
    }),
  );
  return results;
}

async function runProduct(receipts: Receipt[], workers: number): Promise<RunResult> {
  const pools = createReceiptOcrPools({ size: workers });
  const t0 = performance.now();
  await pools.latin.warmUp(workers);
  // OCR_ENGINE=auto: tesseract.js's page reader too (one worker), so that the first recheck does not put a worker's
  // start into the per-receipt time (the server starts it once, at its first doubtful receipt); counted in the start.
  await pools.wasmRecheck?.latin.warmUp(1);
  const startupMs = Math.round(performance.now() - t0);
  try {
    const started = performance.now();
    const results = await mapConcurrent(receipts, workers, (r) => recognizeReceipt(readFileSync(r.path), { pools }));
    const wall = performance.now() - started;
    return {
      msPerReceipt: Math.round(wall / receipts.length),
      latency: summarize(results.map((r) => r.ms)),
      accuracy: score(
        results.map((r) => r.draft),
        receipts.map((r) => r.label),
      ),
      startupMs,
      wasmRechecks: results.filter((r) => r.engine.wasmRecheck).length,
    };
  } finally {
    await terminateReceiptOcrPools(pools);
  }
}

function tesseractCli(path: string): Promise<{ text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // One thread per process, like one tesseract.js worker: OpenMP would otherwise take every core for one receipt.
    const proc = spawn('tesseract', [path, 'stdout', '-l', LANGS, '--psm', PSM], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    let err = '';
    proc.stdout.on('data', (d) => (text += d));
    proc.stderr.on('data', (d) => (err += d));
    proc.once('error', reject);
    proc.once('exit', (code) =>
      code === 0 ? resolve({ text, ms: performance.now() - t0 }) : reject(new Error(`tesseract exited ${code}: ${err.slice(-500)}`)),
    );
  });
}

async function runCli(receipts: Receipt[], concurrency: number): Promise<RunResult> {
  const started = performance.now();
  const results = await mapConcurrent(receipts, concurrency, (r) => tesseractCli(r.path));
  const wall = performance.now() - started;
  return {
    msPerReceipt: Math.round(wall / receipts.length),
    latency: summarize(results.map((r) => r.ms)),
    // The same parser on the CLI's text (without per-line confidences, which the CLI's plain text does not carry).
    accuracy: score(
      results.map((r) =>
        parseReceipt(
          r.text
            .split('\n')
            .filter((l) => l.trim())
            .join('\n'),
        ),
      ),
      receipts.map((r) => r.label),
    ),
  };
}

function missingCli(): string | null {
  if (spawnSync('sh', ['-c', 'command -v tesseract']).status !== 0)
    return 'tesseract CLI not installed (apt-get install tesseract-ocr tesseract-ocr-fra)';
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  const have = `${langs.stdout}${langs.stderr}`.split('\n').map((l) => l.trim());
  const missing = LANGS.split('+').filter((l) => !have.includes(l));
  return missing.length ? `tesseract language data missing: ${missing.join(', ')}` : null;
}

export async function runOcrBench(opts: { quick: boolean; log(msg: string): void }): Promise<ScenarioResult> {
  const dir = process.env.BENCH_RECEIPTS_DIR ?? DEFAULT_DIR;
  const skipped = (reason: string): ScenarioResult => ({ name: 'ocr', rows: [], details: { dir, skipped: reason }, skipped: reason });
  if (!existsSync(join(dir, 'labels.json'))) return skipped(`no receipts in ${dir}`);
  const cli = missingCli();
  if (cli) return skipped(cli);

  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  let receipts = Object.keys(labels)
    .sort()
    .map((id) => ({
      id,
      label: labels[id],
      path: ['jpg', 'jpeg', 'png'].map((ext) => join(dir, 'images', `${id}.${ext}`)).find((p) => existsSync(p)),
    }))
    .filter((r): r is Receipt => Boolean(r.path));
  if (opts.quick) receipts = receipts.slice(0, 10);
  const workers = defaultOcrPoolSize();

  const single = await runProduct(receipts, 1);
  opts.log(
    `ocr product, 1 worker: ${single.msPerReceipt} ms/receipt, total ${single.accuracy.total} % (worker start ${single.startupMs} ms, tesseract.js rechecks ${single.wasmRechecks})`,
  );
  const cliSingle = await runCli(receipts, 1);
  opts.log(`ocr tesseract CLI, 1 process: ${cliSingle.msPerReceipt} ms/receipt, total ${cliSingle.accuracy.total} %`);
  const pooled = await runProduct(receipts, workers);
  opts.log(`ocr product, pool of ${workers}: ${pooled.msPerReceipt} ms/receipt (tesseract.js rechecks ${pooled.wasmRechecks})`);
  const cliParallel = await runCli(receipts, workers);
  opts.log(`ocr tesseract CLI, ${workers} processes: ${cliParallel.msPerReceipt} ms/receipt`);

  const n = receipts.length;
  const rows: Row[] = [
    {
      scenario: 'ocr 1 worker',
      metric: 'ms per receipt',
      unit: 'ms',
      product: single.msPerReceipt,
      baseline: cliSingle.msPerReceipt,
      note: `${n} receipts; CLI 1 process at a time`,
    },
    { scenario: 'ocr 1 worker', metric: 'latency p95', unit: 'ms', product: single.latency.p95, baseline: cliSingle.latency.p95 },
    {
      scenario: `ocr pool (${workers} workers)`,
      metric: 'ms per receipt (wall / receipts)',
      unit: 'ms',
      product: pooled.msPerReceipt,
      baseline: cliParallel.msPerReceipt,
      note: `CLI ${workers} processes at a time`,
    },
    ...(['total', 'date', 'company'] as const).map((field) => ({
      scenario: 'ocr accuracy',
      metric: `${field} correct`,
      unit: '%',
      product: single.accuracy[field],
      baseline: cliSingle.accuracy[field],
      note: field === 'total' ? 'same parser on the CLI text' : undefined,
    })),
  ];
  return {
    name: 'ocr',
    rows,
    details: {
      dir,
      receipts: n,
      langs: LANGS,
      psm: PSM,
      workers,
      product: { single, pooled },
      cli: { single: cliSingle, parallel: cliParallel },
    },
  };
}
