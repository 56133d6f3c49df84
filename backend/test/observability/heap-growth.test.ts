import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/app-config';

const BACKEND_DIR = join(__dirname, '..', '..');

/** The probe in a process of its own (a V8 flag is per process), with the given environment. */
function probe(env: Record<string, string>): { liveBytes: number; peakBytes: number } {
  const { HEAP_GROWING_PERCENT: _unset, ...inherited } = process.env;
  const out = execFileSync(process.execPath, ['--expose-gc', '-r', '@swc-node/register', 'test/fixtures/runtime/heap-growth-probe.ts'], {
    cwd: BACKEND_DIR,
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return JSON.parse(out) as { liveBytes: number; peakBytes: number };
}

describe('heap growth between full collections (HEAP_GROWING_PERCENT)', () => {
  // V8 alone let the heap reach ~5× the live data in this probe (4× its live heap on a machine with a lot of memory):
  // the old space filled with promoted garbage long before the next full collection.
  it('bounds the heap near the live data by default (50 %): full collections come before garbage piles up', () => {
    const { liveBytes, peakBytes } = probe({});
    expect(peakBytes / liveBytes).toBeLessThan(3);
  });

  it("takes the bound from the configuration; 0 leaves V8's own choice, which lets the heap grow further", () => {
    const bounded = probe({ HEAP_GROWING_PERCENT: '20' });
    const v8Alone = probe({ HEAP_GROWING_PERCENT: '0' });
    expect(bounded.peakBytes / bounded.liveBytes).toBeLessThan(2.5);
    expect(v8Alone.peakBytes / v8Alone.liveBytes).toBeGreaterThan(bounded.peakBytes / bounded.liveBytes);
  });

  it.each(['-1', '301', 'half'])('refuses HEAP_GROWING_PERCENT=%s with a message naming it', (value) => {
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: value })).toThrow(ConfigError);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: value })).toThrow(/HEAP_GROWING_PERCENT/);
  });

  it('accepts 0 and defaults to 50', () => {
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).HEAP_GROWING_PERCENT).toBe(0);
    expect(loadConfig({}).HEAP_GROWING_PERCENT).toBe(50);
  });
});
