import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { OcrPool, warmUpPage } from '../../src/ocr/ocr-pool';
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

  it('warms each started worker up with a real page of receipt rows', async () => {
    // The rendered page is text tesseract reads (a blank one would leave the wasm core cold).
    const page = await warmUpPage();
    expect(page).not.toBeNull();
    // Every worker the pool starts: its pages are counted through tesseract.js's own createWorker (the module object
    // the pool calls it on, not an import copy).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tesseract = require('tesseract.js') as typeof import('tesseract.js');
    const original = tesseract.createWorker;
    const pages: number[] = [];
    const create = jest.spyOn(tesseract, 'createWorker').mockImplementation(async (...args) => {
      const worker = await original(...args);
      const k = pages.push(0) - 1;
      const recognize = worker.recognize.bind(worker);
      worker.recognize = ((...a: Parameters<typeof worker.recognize>) => {
        pages[k] += 1;
        return recognize(...a);
      }) as typeof worker.recognize;
      return worker;
    });
    const pool = new OcrPool({ size: 2, cacheDir, engine: 'wasm' });
    try {
      await pool.warmUp(2);
      expect(pages).toEqual([1, 1]);
      const read = await pool.recognize(page!, { psm: 6 });
      expect(read.lines.length).toBe(12);
      expect(read.text).toContain('TOTAL 12 Montant TTC');
    } finally {
      create.mockRestore();
      await pool.terminate();
    }
  });

  (behindFlag ? it : it.skip)('a fresh process: off before the first worker, on after it; left off with relaxedSimd: false', () => {
    expect(freshProcess(true)).toEqual({ before: false, after: true });
    expect(freshProcess(false)).toEqual({ before: false, after: false });
  });
});
