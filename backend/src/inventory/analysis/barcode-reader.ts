import { decodeOptions } from '../../attachments/image-limits';
import { Worker } from 'node:worker_threads';
import { loadSharp } from '../../attachments/sharp-loader';
import type { ReaderOptions } from 'zxing-wasm/reader';

/**
 * Barcode and QR-code decoding with zxing-cpp (WebAssembly, reader-only build). By default the library would fetch its
 * .wasm from a CDN at first use; we hand it the binary shipped in node_modules instead, so nothing is ever downloaded
 * (and it works offline). Pictures are decoded by sharp (any upload format, EXIF orientation applied) into RGBA.
 */

export interface DecodedCode {
  text: string;
  /** zxing's format name: EAN13, EAN8, UPCA, QRCode, Code128, DataMatrix… */
  format: string;
}

/**
 * zxing runs in a worker thread: decoding a large, busy picture with tryHarder/tryRotate is seconds of synchronous
 * WebAssembly, which on the main thread would stall every other request of every business. The worker gets the
 * already-decoded, size-bounded RGBA pixels; a job that runs past JOB_TIMEOUT_MS is abandoned (the worker is replaced)
 * and answers "no code found".
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const zx = require(workerData.readerPath);
const wasm = readFileSync(workerData.wasmPath);
zx.prepareZXingModule({
  overrides: {
    wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
    locateFile: (file, prefix) => (file.endsWith('.wasm') ? workerData.wasmPath : prefix + file),
  },
});
parentPort.on('message', async ({ id, data, width, height, options }) => {
  try {
    const results = await zx.readBarcodes({ data: new Uint8ClampedArray(data), width, height, colorSpace: 'srgb' }, options);
    parentPort.postMessage({ id, codes: results.filter((r) => r.isValid && r.text).map((r) => ({ text: r.text, format: r.format })) });
  } catch (err) {
    parentPort.postMessage({ id, error: String((err && err.message) || err) });
  }
});
`;

const JOB_TIMEOUT_MS = 8000;

class BarcodeWorker {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly jobs = new Map<
    number,
    { resolve: (codes: DecodedCode[]) => void; reject: (err: Error) => void; timer: NodeJS.Timeout }
  >();
  private chain: Promise<unknown> = Promise.resolve();

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { readerPath: require.resolve('zxing-wasm/reader'), wasmPath: require.resolve('zxing-wasm/reader/zxing_reader.wasm') },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    worker.unref();
    worker.on('message', (m: { id: number; codes?: DecodedCode[]; error?: string }) => {
      const job = this.jobs.get(m.id);
      if (!job) return;
      this.jobs.delete(m.id);
      clearTimeout(job.timer);
      if (m.error) job.reject(new Error(m.error));
      else job.resolve(m.codes ?? []);
    });
    worker.on('error', (err) => this.reset(err));
    worker.on('exit', () => this.reset(new Error('barcode worker exited')));
    this.worker = worker;
    return worker;
  }

  private reset(err: Error): void {
    const worker = this.worker;
    this.worker = null;
    for (const [id, job] of this.jobs) {
      clearTimeout(job.timer);
      job.reject(err);
      this.jobs.delete(id);
    }
    void worker?.terminate().catch(() => undefined);
  }

  /** One job at a time per worker (it is single-threaded anyway); callers queue. */
  read(data: Buffer, width: number, height: number): Promise<DecodedCode[]> {
    const run = () =>
      new Promise<DecodedCode[]>((resolve, reject) => {
        const worker = this.spawn();
        const id = ++this.nextId;
        const timer = setTimeout(() => this.reset(new Error('barcode reading took too long')), JOB_TIMEOUT_MS);
        this.jobs.set(id, { resolve, reject, timer });
        const copy = new Uint8Array(data.byteLength);
        copy.set(data);
        worker.postMessage({ id, data: copy.buffer, width, height, options: OPTIONS }, [copy.buffer]);
      });
    const result = this.chain.then(run, run);
    this.chain = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    this.reset(new Error('closed'));
  }
}

const reader = new BarcodeWorker();

/** Phone photos are far larger than a barcode needs; past this the decoder only gets slower. */
const MAX_SIDE = 1600;

const OPTIONS: ReaderOptions = {
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  tryDownscale: true,
  formats: [],
  maxNumberOfSymbols: 8,
};

/** Every barcode / QR code zxing finds in the picture (deduplicated), in reading order. */
export async function readCodes(image: Buffer): Promise<DecodedCode[]> {
  const sharp = await loadSharp();
  const { data, info } = await sharp(image, decodeOptions())
    .rotate()
    .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const results = await reader.read(data, info.width, info.height).catch(() => [] as DecodedCode[]);
  const seen = new Set<string>();
  const codes: DecodedCode[] = [];
  for (const r of results) {
    const key = `${r.format}:${r.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    codes.push({ text: r.text, format: r.format });
  }
  return codes;
}

/** Warms the decoder (starts the worker and instantiates the wasm there) so the first scan does not pay for it. */
export async function warmUpBarcodeReader(): Promise<void> {
  const blank = Buffer.alloc(4 * 4 * 4, 255);
  await reader.read(blank, 4, 4).catch(() => undefined);
}

/** Stops the worker (tests, shutdown). */
export function closeBarcodeReader(): Promise<void> {
  return reader.close();
}
