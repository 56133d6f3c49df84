import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arabicModelLangs, latinModelFor } from '../../src/ocr/receipt-ocr';
import { ensureTessdataDir, findSystemTraineddata, systemTessdataDirs } from '../../src/ocr/tessdata-cache';

/** Where language data with no npm package (tesseract's `Arabic` script model) is found, and how it is cached. */
describe('system traineddata', () => {
  let root: string;
  let system: string;
  let empty: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'tajer-tessdata-test-'));
    system = join(root, 'system');
    empty = join(root, 'empty');
    mkdirSync(system);
    mkdirSync(empty);
    // Stands in for Debian's 9 MB Arabic.traineddata: only the copy is under test here.
    writeFileSync(join(system, 'Arabic.traineddata'), 'not a real model');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('searches OCR_TESSDATA_DIRS, then TESSDATA_PREFIX (or its tessdata folder), then the Debian folders', () => {
    const dirs = systemTessdataDirs({ OCR_TESSDATA_DIRS: `${system}:${empty}`, TESSDATA_PREFIX: '/opt/tess' });
    expect(dirs.slice(0, 4)).toEqual([system, empty, '/opt/tess', '/opt/tess/tessdata']);
    expect(dirs[dirs.length - 1]).toBe('/usr/share/tessdata');
    expect(findSystemTraineddata('Arabic', [empty, system])).toBe(join(system, 'Arabic.traineddata'));
    expect(findSystemTraineddata('Arabic', [empty])).toBeNull();
  });

  it('copies a system model into the cache beside the unpacked npm ones, once', async () => {
    const cache = join(root, 'cache');
    const dir = await ensureTessdataDir(cache, ['ara', 'Arabic'], 'best_int', [system]);
    expect(readFileSync(join(dir, 'Arabic.traineddata'), 'utf8')).toBe('not a real model');
    expect(readFileSync(join(dir, 'ara.traineddata')).length).toBeGreaterThan(100_000);
    // A newer copy in the cache is not copied again: a changed source would be (its mtime would be newer).
    writeFileSync(join(dir, 'Arabic.traineddata'), 'cached');
    await ensureTessdataDir(cache, ['Arabic'], 'best_int', [system]);
    expect(readFileSync(join(dir, 'Arabic.traineddata'), 'utf8')).toBe('cached');
  });

  it('names the missing language and where it looked when neither npm nor the system has it', async () => {
    await expect(ensureTessdataDir(join(root, 'cache'), ['Arabic'], 'best_int', [empty])).rejects.toThrow(
      `No traineddata for "Arabic": neither @tesseract.js-data/Arabic nor Arabic.traineddata in ${empty}`,
    );
  });

  it('reads Arabic with npm’s ara unless the script model is asked for and installed', () => {
    expect(arabicModelLangs('ara', [system])).toEqual(['ara']);
    expect(arabicModelLangs('auto', [system])).toEqual(['Arabic']);
    expect(arabicModelLangs('Arabic', [system])).toEqual(['Arabic']);
    expect(arabicModelLangs('Arabic+ara', [system])).toEqual(['Arabic', 'ara']);
    // Not installed: a bare `npm install` still reads Arabic (and logs once what it misses).
    expect(arabicModelLangs('Arabic', [empty])).toEqual(['ara']);
    expect(arabicModelLangs('auto', [empty])).toEqual(['ara']);
  });

  it('reads the page with the system’s fra and eng models when both are installed, else with npm’s', () => {
    expect(latinModelFor('auto', [system])).toBe('best_int');
    writeFileSync(join(system, 'fra.traineddata'), 'fast fra');
    expect(latinModelFor('auto', [system])).toBe('best_int'); // eng missing
    writeFileSync(join(system, 'eng.traineddata'), 'fast eng');
    expect(latinModelFor('auto', [empty, system])).toBe('system');
    expect(latinModelFor('system', [system])).toBe('system');
    expect(latinModelFor('best_int', [system])).toBe('best_int');
    expect(latinModelFor('system', [empty])).toBe('best_int');
  });

  it('caches the system models in their own folder and never takes an npm package for them', async () => {
    writeFileSync(join(system, 'fra.traineddata'), 'fast fra');
    const cache = join(root, 'cache');
    const dir = await ensureTessdataDir(cache, ['fra'], 'system', [system]);
    expect(readFileSync(join(dir, 'fra.traineddata'), 'utf8')).toBe('fast fra');
    // The npm best_int fra unpacked beside it is another file in another folder.
    const npm = await ensureTessdataDir(cache, ['fra'], 'best_int', [system]);
    expect(npm).not.toBe(dir);
    expect(readFileSync(join(npm, 'fra.traineddata')).length).toBeGreaterThan(100_000);
    // eng has an npm package, but not on this system: `system` does not fall back to it.
    await expect(ensureTessdataDir(cache, ['eng'], 'system', [system])).rejects.toThrow(`No system eng.traineddata in ${system}`);
  });
});
