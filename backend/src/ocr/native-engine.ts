import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Which tesseract reads the pages (`OCR_ENGINE`):
 * - `native`: Debian's libtesseract in the process, through the addon in `backend/native/tesseract` (built by
 *   `npm run build:native -w backend` where `libtesseract-dev` and a C++ compiler are installed);
 * - `wasm`: tesseract.js (always installed);
 * - `auto`: `native` when the addon is built and loads, else `wasm`; with `native`, a receipt whose total the native
 *   reading left doubtful is read again by tesseract.js (`totalDoubt` in `total-doubt.ts`): an unsure total's money rows
 *   first (`recheckMoneyRows` in `receipt-ocr.ts`), the whole receipt when they do not settle it, when the page
 *   contradicts the total or has no Latin money row.
 * The default is `wasm`: on the dev sets the native reading (Debian's tesseract 5.3, not tesseract.js's 5.1) lost a few
 * totals at low confidence, and a wrong total is the receipt feature's worst failure.
 * Both read the same models (npm's traineddata unpacked by `tessdata-cache.ts`) with the same parameters.
 */
export type OcrEngineChoice = 'auto' | 'native' | 'wasm';
export type OcrEngineKind = 'native' | 'wasm';

/** The addon's face (src: `backend/native/tesseract/src/engine.cc`). */
export interface NativeTesseractEngine {
  /** One page (an encoded image leptonica decodes: PNG, JPEG…) → tesseract's TSV; one page at a time per engine. */
  recognize(image: Buffer, vars?: Record<string, string>): Promise<string>;
  /** Frees the models (after the running page, if any). */
  end(): void;
}

export interface NativeTesseractAddon {
  createEngine(
    datapath: string,
    langs: string,
    initVars?: Record<string, string>,
    vars?: Record<string, string>,
  ): Promise<NativeTesseractEngine>;
  /** libtesseract's version, e.g. "5.3.0". */
  version: string;
}

/** Where `node-gyp` writes the addon (`scripts/build-native.mjs`); `OCR_NATIVE_ADDON` points at another build. */
export function nativeAddonPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.OCR_NATIVE_ADDON) return resolve(env.OCR_NATIVE_ADDON);
  // src/ocr (ts-node, jest) and dist/ocr (the built server) are both two levels under backend/.
  return join(__dirname, '..', '..', 'native', 'tesseract', 'build', 'Release', 'tajer_tesseract.node');
}

let loaded: { addon: NativeTesseractAddon | null; error: string | null } | null = null;

/** The addon, or why it is not there (not built, or libtesseract missing at run time). Loaded once. */
export function loadNativeTesseract(): { addon: NativeTesseractAddon | null; error: string | null } {
  if (loaded) return loaded;
  const path = nativeAddonPath();
  if (!existsSync(path)) {
    loaded = { addon: null, error: `not built (${path} missing: npm run build:native -w backend, needs libtesseract-dev and g++)` };
    return loaded;
  }
  // libtesseract parallelises parts of a line's LSTM with OpenMP; the pool already runs one page per worker and the
  // machine's cores are the pool's to share, so each engine reads on its own thread (as the bench's CLI baseline,
  // OMP_THREAD_LIMIT=1). libgomp reads this when it is loaded, i.e. with the addon, just below.
  process.env.OMP_THREAD_LIMIT ??= '1';
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = { addon: require(path) as NativeTesseractAddon, error: null };
  } catch (err) {
    loaded = { addon: null, error: `${path} does not load: ${err instanceof Error ? err.message : String(err)}` };
  }
  return loaded;
}

const logged = new Set<string>();

/** The engine a pool will run for a choice; says once per process which one runs and why. Throws if `native` cannot. */
export function resolveOcrEngine(choice: OcrEngineChoice = ocrEngineFromEnv()): OcrEngineKind {
  if (choice === 'wasm') {
    // OCR_ENGINE=auto's re-read pool asks for wasm too: say which (it said « as OCR_ENGINE=wasm asks »).
    const configured = process.env.OCR_ENGINE?.trim();
    const why =
      configured === 'auto'
        ? 're-reading the doubtful totals for OCR_ENGINE=auto'
        : configured === 'wasm'
          ? 'as OCR_ENGINE=wasm asks'
          : 'the default (OCR_ENGINE=wasm)';
    logOnce('wasm', `OCR engine: tesseract.js (wasm), ${why}`);
    return 'wasm';
  }
  const { addon, error } = loadNativeTesseract();
  if (addon) {
    logOnce('native', `OCR engine: native libtesseract ${addon.version} (resident, one engine per worker)`);
    return 'native';
  }
  if (choice === 'native') throw new Error(`OCR_ENGINE=native but the native tesseract addon is ${error}`);
  logOnce('fallback', `OCR engine: tesseract.js (wasm); the native addon is ${error}`);
  return 'wasm';
}

export function ocrEngineFromEnv(env: NodeJS.ProcessEnv = process.env): OcrEngineChoice {
  const value = env.OCR_ENGINE?.trim();
  if (!value) return 'wasm';
  if (value === 'auto' || value === 'native' || value === 'wasm') return value;
  throw new Error(`OCR_ENGINE must be auto, native or wasm (got "${value}")`);
}

function logOnce(key: string, message: string): void {
  if (logged.has(key)) return;
  logged.add(key);
  new Logger('OCR').log(message);
}
