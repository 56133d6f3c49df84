import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const BACKEND_DIR = join(__dirname, '..', '..');

describe('the in-memory resume buffer, in memory', () => {
  // A process of its own: forced full collections (--expose-gc) before each reading, so what is read is what the
  // buffer keeps, not garbage awaiting a collection.
  it('holds about the bytes its bounds count: no Buffer (~240 bytes of objects, and a malloc) beside each event', () => {
    const out = execFileSync(process.execPath, ['--expose-gc', '-r', '@swc-node/register', 'test/fixtures/runtime/event-buffer-probe.ts'], {
      cwd: BACKEND_DIR,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const { heldBytes, countedBytes, conversations, replay } = JSON.parse(out) as {
      heldBytes: number;
      countedBytes: number;
      conversations: number;
      replay: { seq: number; delta: string }[];
    };
    expect(conversations).toBe(1000);
    expect(replay.map((e) => [e.seq, e.delta.length])).toEqual([[60, 175]]);
    // 1.3 measured with each event held as a one-byte string; 2.0 with a Buffer each (its objects in the heap, its
    // bytes outside it): the 64 MB bound then held ~128 MB.
    expect(heldBytes / countedBytes).toBeLessThan(1.6);
  });
});
