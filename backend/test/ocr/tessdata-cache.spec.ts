import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arabicModelLangs } from '../../src/ocr/receipt-ocr';
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
});
