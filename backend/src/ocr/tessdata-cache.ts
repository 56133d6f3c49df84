import { createReadStream, createWriteStream, existsSync, promises as fs, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

/**
 * Which traineddata flavour of the @tesseract.js-data packages to use.
 * - `best_int`: LSTM-only, integer-quantised "best" models (eng 5 MB, fra 1.2 MB unpacked): what tesseract.js itself
 *   would download for the LSTM engine, and as accurate as `standard` on our receipts.
 * - `standard`: the tessdata 4.0.0 files that also carry the legacy engine (eng 23 MB, fra 14 MB); slower to load.
 * - `system`: the machine's own tesseract models (`systemTessdataDirs`; Debian's `tesseract-ocr-eng` and `-fra` are
 *   tessdata_fast: smaller networks, the ones Debian's `tesseract` CLI reads), never an npm package.
 */
export type TessdataModel = 'best_int' | 'standard' | 'system';

const MODEL_FOLDER: Record<TessdataModel, string> = { best_int: '4.0.0_best_int', standard: '4.0.0', system: 'system' };

/** Path of the gzipped traineddata shipped inside `@tesseract.js-data/<lang>` (no network involved). */
export function packagedTraineddataPath(lang: string, model: TessdataModel): string {
  const pkgDir = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  return join(pkgDir, MODEL_FOLDER[model], `${lang}.traineddata.gz`);
}

/**
 * Where tesseract's own language data may be installed: `OCR_TESSDATA_DIRS` (a path list), `TESSDATA_PREFIX` (the
 * tessdata folder or its parent, as tesseract itself reads it), then Debian's `tesseract-ocr-*` packages
 * (`/usr/share/tesseract-ocr/<version>/tessdata`, newest first). Models that no npm package carries (the `Arabic`
 * script model, which reads Eastern Arabic digits) come from there.
 */
export function systemTessdataDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs: string[] = [];
  for (const d of (env.OCR_TESSDATA_DIRS ?? '').split(delimiter)) if (d.trim()) dirs.push(d.trim());
  const prefix = env.TESSDATA_PREFIX?.trim();
  if (prefix) dirs.push(prefix, join(prefix, 'tessdata'));
  const debian = '/usr/share/tesseract-ocr';
  try {
    const versions = readdirSync(debian).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    for (const v of versions) dirs.push(join(debian, v, 'tessdata'));
  } catch {
    // no Debian tesseract data on this machine
  }
  dirs.push('/usr/share/tessdata');
  return dirs;
}

/** The uncompressed `<lang>.traineddata` installed on the system, if any (first of `dirs` that has it). */
export function findSystemTraineddata(lang: string, dirs: readonly string[] = systemTessdataDirs()): string | null {
  for (const dir of dirs) {
    const path = join(dir, `${lang}.traineddata`);
    if (existsSync(path)) return path;
  }
  return null;
}

/** Where a language's data comes from: an @tesseract.js-data package (gzipped) or a system file (plain). */
function traineddataSource(lang: string, model: TessdataModel, dirs: readonly string[]): { path: string; gzip: boolean } {
  if (model === 'system') {
    const path = findSystemTraineddata(lang, dirs);
    if (path) return { path, gzip: false };
    throw new Error(`No system ${lang}.traineddata in ${dirs.join(', ')}`);
  }
  try {
    return { path: packagedTraineddataPath(lang, model), gzip: true };
  } catch {
    const path = findSystemTraineddata(lang, dirs);
    if (path) return { path, gzip: false };
    throw new Error(`No traineddata for "${lang}": neither @tesseract.js-data/${lang} nor ${lang}.traineddata in ${dirs.join(', ')}`);
  }
}

/**
 * tesseract.js takes a single `langPath` for all languages, but each @tesseract.js-data package keeps its file in its
 * own folder. So the files are unpacked once into one local folder and workers read them from there with
 * `gzip: false`: a local path is never fetched, and unpacking once spares every worker a gunzip at start-up. A
 * language with no npm package (`Arabic`) is copied there from the system's tessdata (`systemDirs`).
 * Returns the folder to use as `langPath`.
 */
export async function ensureTessdataDir(
  cacheDir: string,
  langs: readonly string[],
  model: TessdataModel,
  systemDirs: readonly string[] = systemTessdataDirs(),
): Promise<string> {
  const dir = join(cacheDir, MODEL_FOLDER[model]);
  await fs.mkdir(dir, { recursive: true });
  await Promise.all(
    langs.map(async (lang) => {
      const target = join(dir, `${lang}.traineddata`);
      const source = traineddataSource(lang, model, systemDirs);
      if (await isUpToDate(target, source.path)) return;
      // Unpack to a unique temp name then rename: concurrent processes (jest workers, replicas) never see a half file.
      const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
      try {
        if (source.gzip) await pipeline(createReadStream(source.path), createGunzip(), createWriteStream(tmp));
        else await fs.copyFile(source.path, tmp);
        await fs.rename(tmp, target);
      } finally {
        await fs.rm(tmp, { force: true });
      }
    }),
  );
  return dir;
}

/** A cached file is reused only if it is newer than its source (an upgraded package re-unpacks). */
async function isUpToDate(target: string, source: string): Promise<boolean> {
  try {
    const [t, s] = await Promise.all([fs.stat(target), fs.stat(source)]);
    return t.size > 0 && t.mtimeMs >= s.mtimeMs;
  } catch {
    return false;
  }
}
