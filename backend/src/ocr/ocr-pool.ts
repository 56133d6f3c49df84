import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorker, OEM } from 'tesseract.js';
import { loadSharp } from '../attachments/sharp-loader';
import { toPgm } from './image-prep';
import { loadNativeTesseract, resolveOcrEngine, type OcrEngineChoice, type OcrEngineKind } from './native-engine';
import { ensureTessdataDir, type TessdataModel } from './tessdata-cache';
import { ensureWasmRelaxedSimd } from './wasm-simd';

/** More workers than this rarely pays off: each holds its own wasm heap (~100 MB) and receipts arrive one by one. */
const MAX_DEFAULT_WORKERS = 4;

export interface OcrPoolOptions {
  /** Number of tesseract workers (threads). Default: the machine's parallelism, capped at 4. */
  size?: number;
  /**
   * Tesseract language codes; each needs an installed `@tesseract.js-data/<code>` package or a `<code>.traineddata`
   * in one of `tessdataDirs` (the `Arabic` script model).
   */
  langs?: readonly string[];
  /** System folders searched for a language no npm package carries. Default: see `systemTessdataDirs`. */
  tessdataDirs?: readonly string[];
  model?: TessdataModel;
  /** Where the traineddata files are unpacked (e.g. `<DATA_DIR>/cache/tessdata`). Default: the OS temp dir. */
  cacheDir?: string;
  /** A worker that has not started after this long is given up (bad traineddata would otherwise hang forever). */
  startTimeoutMs?: number;
  /** Init-only tesseract parameters (e.g. dictionaries), applied when a worker starts. */
  initConfig?: Record<string, string>;
  /**
   * Let tesseract.js load its relaxed-SIMD core on a runtime that has it behind a flag (Node 20): see `wasm-simd.ts`.
   * Default true; the flag is process-wide, so `false` only means this pool does not turn it on.
   */
  relaxedSimd?: boolean;
  /** Which tesseract reads (see `native-engine.ts`). Default: `OCR_ENGINE`, else `wasm`. */
  engine?: OcrEngineChoice;
}

/** One resident reader: a tesseract.js worker or a native TessBaseAPI; one page at a time. */
interface Worker {
  /** One page → tesseract's TSV, with `params` set for this page only. */
  recognize(image: Buffer, params: Record<string, string>): Promise<string>;
  terminate(): Promise<void>;
}

/** Set on every reader when it starts (both engines). */
const WORKER_PARAMS: Record<string, string> = {
  // Uploaded images rarely carry a DPI; without a hint tesseract guesses (and warns) on every page.
  user_defined_dpi: '300',
  // Receipts are dark text on light paper: skip the retry of every low-confidence line as inverted text.
  tessedit_do_invert: '0',
  // Tesseract's diagnostics ("Image too small to scale!!" for specks) would flood the server's stderr.
  debug_file: '/dev/null',
};

export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  /** 0..1 */
  confidence: number;
  bbox: OcrBox;
}

export interface OcrLine {
  text: string;
  /** Mean word confidence, 0..1. */
  confidence: number;
  bbox: OcrBox;
  words: OcrWord[];
}

export interface OcrPageResult {
  /** The lines' text joined with `\n`, so line i of `text` is `lines[i]`. */
  text: string;
  lines: OcrLine[];
  /** Mean word confidence over the page, 0..1. */
  confidence: number;
}

export interface OcrRecognizeOptions {
  /** Tesseract page segmentation mode (3 = auto, 4 = single column, 6 = single block, 11 = sparse). */
  psm?: number;
  /** Only these characters may be read (tesseract's `tessedit_char_whitelist`, honoured by the LSTM): a digit re-read. */
  whitelist?: string;
}

export function defaultOcrPoolSize(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_WORKERS));
}

/**
 * A fixed-size pool of tesseract workers that is started lazily (the first job pays for one worker only; more are
 * spawned as concurrent jobs queue up), reuses workers across jobs and terminates them cleanly.
 * A worker is either a tesseract.js worker (wasm, in its own thread) or a resident native TessBaseAPI (the addon in
 * `backend/native/tesseract`, pages read on libuv's pool): `native-engine.ts` picks one per pool, at its first start.
 * Both read the same files: the traineddata from @tesseract.js-data unpacked into a local folder, nothing fetched.
 */
export class OcrPool {
  readonly size: number;
  private readonly langs: readonly string[];
  private readonly model: TessdataModel;
  private readonly cacheDir: string;
  private readonly startTimeoutMs: number;
  private readonly initConfig: Record<string, string>;
  private readonly tessdataDirs: readonly string[] | undefined;
  private readonly relaxedSimd: boolean;
  private readonly engineChoice: OcrEngineChoice | undefined;
  private engineKind: OcrEngineKind | null = null;
  private langPath: Promise<string> | null = null;
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private starting = 0;
  private readonly waiters: { resolve: (w: Worker) => void; reject: (e: Error) => void }[] = [];
  private terminated = false;
  /** Rejects on terminate(): jobs running on a killed worker would otherwise never settle. */
  private readonly closed: Promise<never>;
  private rejectClosed!: (e: Error) => void;

  constructor(options: OcrPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? defaultOcrPoolSize()));
    this.langs = options.langs ?? ['fra', 'eng'];
    this.model = options.model ?? 'best_int';
    this.cacheDir = options.cacheDir ?? join(tmpdir(), 'tajer-tessdata');
    this.startTimeoutMs = options.startTimeoutMs ?? 60_000;
    this.initConfig = options.initConfig ?? {};
    this.tessdataDirs = options.tessdataDirs;
    this.relaxedSimd = options.relaxedSimd ?? true;
    this.engineChoice = options.engine;
    this.closed = new Promise<never>((_, reject) => {
      this.rejectClosed = reject;
    });
    this.closed.catch(() => undefined); // nobody may be waiting when the pool closes
  }

  /** Workers currently alive (started or starting). */
  get workerCount(): number {
    return this.all.size + this.starting;
  }

  /** The engine this pool's workers run (decided at the first worker's start: null before). */
  get engine(): OcrEngineKind | null {
    return this.engineKind;
  }

  /**
   * Starts `count` workers ahead of the first job (e.g. at boot), so the first receipt does not pay for start-up, and
   * has each read a few rendered lines: a tesseract.js worker's first page cost about 0.8 s more CPU than the same page
   * read again (sroie_001: 1,878 → 1,021 ms; V8 compiles the wasm core's hot functions with its optimising tier only
   * once they have run), a one-time cost of each worker that the first receipt would otherwise carry.
   */
  async warmUp(count = 1): Promise<void> {
    const workers = await Promise.all(Array.from({ length: Math.min(count, this.size) }, () => this.acquire()));
    try {
      const page = await warmUpPage();
      if (page) await Promise.all(workers.map((w) => w.recognize(page, { tessedit_pageseg_mode: '6' })));
    } finally {
      workers.forEach((w) => this.release(w));
    }
  }

  async recognize(image: Buffer, options: OcrRecognizeOptions = {}): Promise<OcrPageResult> {
    const worker = await this.acquire();
    let healthy = true;
    try {
      if (this.terminated) throw new Error('OCR pool terminated');
      // Set for this recognition only; each engine restores the worker's own values afterwards.
      const params: Record<string, string> = {
        ...(options.psm === undefined ? {} : { tessedit_pageseg_mode: String(options.psm) }),
        ...(options.whitelist === undefined ? {} : { tessedit_char_whitelist: options.whitelist }),
      };
      // TSV rather than `blocks`: it carries the word boxes and confidences we need without the per-symbol JSON tree.
      return parseTsv(await Promise.race([worker.recognize(image, params), this.closed]));
    } catch (err) {
      // A failed job may leave the wasm instance in a bad state; a fresh worker is cheap compared to wrong results.
      healthy = false;
      throw err instanceof Error ? err : new Error(`OCR failed: ${String(err)}`);
    } finally {
      if (healthy) this.release(worker);
      else this.discard(worker);
    }
  }

  async terminate(): Promise<void> {
    this.terminated = true;
    this.rejectClosed(new Error('OCR pool terminated'));
    const pending = this.waiters.splice(0);
    pending.forEach((w) => w.reject(new Error('OCR pool terminated')));
    const workers = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
  }

  private acquire(): Promise<Worker> {
    if (this.terminated) return Promise.reject(new Error('OCR pool terminated'));
    const ready = this.idle.pop();
    if (ready) return Promise.resolve(ready);
    const promise = new Promise<Worker>((resolve, reject) => this.waiters.push({ resolve, reject }));
    if (this.workerCount < this.size) this.spawn();
    return promise;
  }

  private release(worker: Worker): void {
    if (this.terminated || !this.all.has(worker)) return;
    const next = this.waiters.shift();
    if (next) next.resolve(worker);
    else this.idle.push(worker);
  }

  private discard(worker: Worker): void {
    this.all.delete(worker);
    void worker.terminate().catch(() => undefined);
    // Someone may be waiting for the slot this worker held.
    if (this.waiters.length > 0 && this.workerCount < this.size && !this.terminated) this.spawn();
  }

  private spawn(): void {
    this.starting += 1;
    this.startWorker().then(
      (worker) => {
        this.starting -= 1;
        if (this.terminated) {
          void worker.terminate();
          return;
        }
        this.all.add(worker);
        this.release(worker);
      },
      (err: unknown) => {
        this.starting -= 1;
        // Fail the oldest waiter so a broken setup surfaces as an error instead of a hang.
        this.waiters.shift()?.reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  }

  private async startWorker(): Promise<Worker> {
    // Decided once per pool, at its first worker: a server that never scans never loads either engine.
    this.engineKind ??= resolveOcrEngine(this.engineChoice);
    this.langPath ??= ensureTessdataDir(this.cacheDir, this.langs, this.model, this.tessdataDirs);
    const langPath = await this.langPath.catch((err: unknown) => {
      this.langPath = null; // let a later job retry (e.g. a transient disk error)
      throw err;
    });
    return this.engineKind === 'native' ? this.startNativeWorker(langPath) : this.startWasmWorker(langPath);
  }

  /** A resident libtesseract (models loaded once, off the event loop), reading the same unpacked models. */
  private async startNativeWorker(langPath: string): Promise<Worker> {
    const { addon } = loadNativeTesseract();
    if (!addon) throw new Error('native tesseract addon not loaded');
    const engine = await addon.createEngine(langPath, this.langs.join('+'), this.initConfig, WORKER_PARAMS);
    return {
      recognize: (image, params) => engine.recognize(image, params),
      terminate: () => {
        engine.end();
        return Promise.resolve();
      },
    };
  }

  private async startWasmWorker(langPath: string): Promise<Worker> {
    if (this.relaxedSimd) await ensureWasmRelaxedSimd();
    return new Promise<Worker>((resolve, reject) => {
      let started = false;
      const timer = setTimeout(() => reject(new Error(`OCR worker did not start within ${this.startTimeoutMs} ms`)), this.startTimeoutMs);
      createWorker(
        [...this.langs],
        OEM.LSTM_ONLY,
        {
          langPath,
          gzip: false,
          cacheMethod: 'none',
          // Without an error handler tesseract.js rethrows worker errors as uncaught exceptions; job promises reject anyway.
          errorHandler: (e: unknown) => {
            if (!started) reject(new Error(`OCR worker failed to start: ${String(e)}`));
          },
        },
        this.initConfig as never,
      )
        .then(async (worker) => {
          await worker.setParameters(WORKER_PARAMS);
          started = true;
          clearTimeout(timer);
          resolve({
            // Passed per job: tesseract.js sets them for this recognition only and restores the worker's own afterwards.
            recognize: async (image, params) => (await worker.recognize(image, params as never, { text: false, tsv: true })).data.tsv ?? '',
            terminate: async () => {
              await worker.terminate();
            },
          });
        })
        .catch((e: unknown) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(String(e)));
        });
    });
  }
}

let warmUpImage: Promise<Buffer | null> | undefined;

/**
 * A dozen receipt-like rows rendered by sharp (librsvg, the system's fonts; nothing read from disk or the network) as
 * the binary PGM the pools read; null where sharp cannot render text (the workers then start cold, as before).
 */
export function warmUpPage(): Promise<Buffer | null> {
  warmUpImage ??= (async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `TOTAL ${i + 1} Montant TTC 1${i} 250,00 DA  Cash 45.90`);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${rows.length * 36 + 24}">` +
      `<rect width="100%" height="100%" fill="white"/>` +
      rows.map((r, i) => `<text x="12" y="${i * 36 + 40}" font-family="DejaVu Sans Mono" font-size="22">${r}</text>`).join('') +
      `</svg>`;
    const sharp = await loadSharp();
    const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
    return toPgm(data, info.width, info.height);
  })().catch(() => null);
  return warmUpImage;
}

/** Groups TSV word rows (level 5) into lines, in tesseract's reading order. */
export function parseTsv(tsv: string): OcrPageResult {
  const lines: OcrLine[] = [];
  const byKey = new Map<string, OcrLine>();
  let confSum = 0;
  let confCount = 0;
  for (const row of tsv.split('\n')) {
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const text = cols.slice(11).join('\t').trim();
    if (!text) continue;
    const [left, top, width, height, conf] = cols.slice(6, 11).map(Number);
    const confidence = Math.max(0, Math.min(1, conf / 100));
    const bbox = { x0: left, y0: top, x1: left + width, y1: top + height };
    const key = `${cols[1]}.${cols[2]}.${cols[3]}.${cols[4]}`;
    let line = byKey.get(key);
    if (!line) {
      line = { text: '', confidence: 0, bbox: { ...bbox }, words: [] };
      byKey.set(key, line);
      lines.push(line);
    }
    line.words.push({ text, confidence, bbox });
    line.bbox = {
      x0: Math.min(line.bbox.x0, bbox.x0),
      y0: Math.min(line.bbox.y0, bbox.y0),
      x1: Math.max(line.bbox.x1, bbox.x1),
      y1: Math.max(line.bbox.y1, bbox.y1),
    };
    confSum += confidence;
    confCount += 1;
  }
  for (const line of lines) {
    line.text = joinWords(line.words);
    line.confidence = line.words.reduce((s, w) => s + w.confidence, 0) / line.words.length;
  }
  return { text: lines.map((l) => l.text).join('\n'), lines, confidence: confCount ? confSum / confCount : 0 };
}

/** A gap between two words wider than this many times the line's height is a column gap. */
export const COLUMN_GAP = 1.3;

/**
 * Words of a line as text. A gap wider than a space or two is a column gap and is written as three spaces: the
 * parser then never joins "2   1 010   2 020" into one number, while "1 010" (a thousands space) stays one.
 */
export function joinWords(words: readonly OcrWord[]): string {
  const heights = words.map((w) => w.bbox.y1 - w.bbox.y0).sort((a, b) => a - b);
  const h = heights[Math.floor(heights.length / 2)] ?? 0;
  let out = '';
  words.forEach((w, i) => {
    if (i > 0) {
      const prev = words[i - 1];
      // Right-to-left lines list words from right to left: the gap is measured between the two boxes either way.
      const gap = Math.max(w.bbox.x0 - prev.bbox.x1, prev.bbox.x0 - w.bbox.x1);
      out += h > 0 && gap > COLUMN_GAP * h ? '   ' : ' ';
    }
    out += w.text;
  });
  return out;
}
