import { setFlagsFromString } from 'node:v8';
import { relaxedSimd } from 'wasm-feature-detect';

/**
 * tesseract.js chooses its wasm core with this same library's `relaxedSimd()`: the relaxed-SIMD build (the LSTM's
 * int8 dot products as one instruction) when the runtime validates it, else the plain SIMD build. V8 ships relaxed
 * SIMD on by default from 11.4 (Node 22); Node 20 (our Dockerfile's runtime, V8 11.3) has it only behind
 * `--experimental-wasm-relaxed-simd`, so every page there was read by the slower core: the French+English page took
 * about a quarter longer (2,183 against 1,778 ms; bench/README.md, twelfth round). V8 flags are process-wide and
 * each worker thread's isolate reads them when it compiles the core, so turning the flag on before the first worker
 * starts is enough.
 * Nothing is changed on a runtime that already validates relaxed SIMD (the flag may not even exist there).
 */
export async function enableWasmRelaxedSimd(): Promise<boolean> {
  if (await relaxedSimd()) return true;
  setFlagsFromString('--experimental-wasm-relaxed-simd');
  return relaxedSimd();
}

let enabling: Promise<boolean> | null = null;

/** Once per process, at the first OCR worker's start (workers stay lazy: a server that reads no receipt sets nothing). */
export function ensureWasmRelaxedSimd(): Promise<boolean> {
  enabling ??= enableWasmRelaxedSimd().catch(() => false);
  return enabling;
}
