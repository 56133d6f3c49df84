import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

/**
 * Which traineddata flavour of the @tesseract.js-data packages to use.
 * - `best_int`: LSTM-only, integer-quantised "best" models (eng 5 MB, fra 1.2 MB unpacked): what tesseract.js itself
 *   would download for the LSTM engine, and as accurate as `standard` on our receipts.
 * - `standard`: the tessdata 4.0.0 files that also carry the legacy engine (eng 23 MB, fra 14 MB); slower to load.
 */
export type TessdataModel = 'best_int' | 'standard';

const MODEL_FOLDER: Record<TessdataModel, string> = { best_int: '4.0.0_best_int', standard: '4.0.0' };

/** Path of the gzipped traineddata shipped inside `@tesseract.js-data/<lang>` (no network involved). */
export function packagedTraineddataPath(lang: string, model: TessdataModel): string {
  const pkgDir = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  return join(pkgDir, MODEL_FOLDER[model], `${lang}.traineddata.gz`);
}

/**
 * tesseract.js takes a single `langPath` for all languages, but each @tesseract.js-data package keeps its file in its
 * own folder. So the files are unpacked once into one local folder and workers read them from there with
 * `gzip: false`: a local path is never fetched, and unpacking once spares every worker a gunzip at start-up.
 * Returns the folder to use as `langPath`.
 */
export async function ensureTessdataDir(cacheDir: string, langs: readonly string[], model: TessdataModel): Promise<string> {
  const dir = join(cacheDir, MODEL_FOLDER[model]);
  await fs.mkdir(dir, { recursive: true });
  await Promise.all(
    langs.map(async (lang) => {
      const target = join(dir, `${lang}.traineddata`);
      const source = packagedTraineddataPath(lang, model);
      if (await isUpToDate(target, source)) return;
      // Unpack to a unique temp name then rename: concurrent processes (jest workers, replicas) never see a half file.
      const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
      try {
        await pipeline(createReadStream(source), createGunzip(), createWriteStream(tmp));
        await fs.rename(tmp, target);
      } finally {
        await fs.rm(tmp, { force: true });
      }
    }),
  );
  return dir;
}

/** A cached file is reused only if it is newer than the packaged archive (an upgraded package re-unpacks). */
async function isUpToDate(target: string, source: string): Promise<boolean> {
  try {
    const [t, s] = await Promise.all([fs.stat(target), fs.stat(source)]);
    return t.size > 0 && t.mtimeMs >= s.mtimeMs;
  } catch {
    return false;
  }
}
