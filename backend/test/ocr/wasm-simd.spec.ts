import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { OcrPool } from '../../src/ocr/ocr-pool';
import { prepareReceiptImage } from '../../src/ocr/image-prep';
import { englishReceiptRows, renderReceiptImage } from '../fixtures/receipts/receipt-image.factory';

const BACKEND = resolve(__dirname, '../..');

/** What tesseract.js's own worker thread sees when it chooses its core (`wasm-feature-detect`'s `relaxedSimd()`). */
function relaxedSimdInWorkerThread(): Promise<boolean> {
  return new Promise((done, fail) => {
    const worker = new Worker(
      `require(${JSON.stringify(require.resolve('wasm-feature-detect'))}).relaxedSimd().then((ok) => require('node:worker_threads').parentPort.postMessage(ok))`,
      { eval: true },
    );
    worker.once('message', (ok: boolean) => {
      void worker.terminate();
      done(ok);
    });
    worker.once('error', fail);
  });
}

/**
 * A fresh Node process (V8 flags are process-wide, so another spec may already have turned this one on here): what a
 * worker thread validates before and after an OCR pool with `relaxedSimd` set as given starts its first worker.
 */
function freshProcess(relaxedSimd: boolean): { before: boolean; after: boolean } {
  const script = `
    const { OcrPool } = require('./src/ocr/ocr-pool');
    const { relaxedSimd } = require('wasm-feature-detect');
    (async () => {
      const before = await relaxedSimd();
      const pool = new OcrPool({ size: 1, engine: 'wasm', relaxedSimd: ${relaxedSimd}, cacheDir: ${JSON.stringify(join(tmpdir(), 'tajer-tessdata'))} });
      await pool.warmUp(1);
      const after = await relaxedSimd();
      await pool.terminate();
      console.log(JSON.stringify({ before, after }));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], { cwd: BACKEND, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as { before: boolean; after: boolean };
}

/** Node 20's V8 (11.3) has relaxed SIMD behind a flag; from V8 11.4 (Node 22) it is on and there is nothing to turn on. */
const behindFlag = Number(process.versions.v8.split('.')[0]) * 100 + Number(process.versions.v8.split('.')[1]) < 1104;

describe('tesseract.js relaxed-SIMD core', () => {
  let cacheDir: string;
  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'tajer-ocr-simd-'));
  });
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('is made available to worker threads when a pool starts its first worker, and that worker reads a receipt', async () => {
    // tesseract.js's own core: forced, as the native engine (when built) would otherwise read and turn nothing on.
    const pool = new OcrPool({ size: 1, cacheDir, engine: 'wasm' });
    try {
      await pool.warmUp(1);
      expect(await relaxedSimdInWorkerThread()).toBe(true);
      const image = await prepareReceiptImage(await renderReceiptImage({ rows: englishReceiptRows() }));
      const page = await pool.recognize(image.data, { psm: 6 });
      expect(page.text).toContain('GREENLEAF MINI MARKET');
      expect(page.text).toMatch(/TOTAL/);
    } finally {
      await pool.terminate();
    }
  });

  (behindFlag ? it : it.skip)('a fresh process: off before the first worker, on after it; left off with relaxedSimd: false', () => {
    expect(freshProcess(true)).toEqual({ before: false, after: true });
    expect(freshProcess(false)).toEqual({ before: false, after: false });
  });
});
