import { Clock } from '../time/clock';
import type { TenantDataVersionRepository } from './tenant-data-version.repository';
import { TenantReads } from './tenant-reads';
import type { AppConfig } from '../../config/app-config';

/** The read cache's rules without a database: the version in the key, the validity window, the bound. */
describe('TenantReads', () => {
  let version: string | null;
  let now: Date;
  let versionReads = 0;
  const versions = {
    version: async () => {
      versionReads++;
      return version;
    },
    observed: (_tenantId: string, seen: { version: string }) => seen.version,
  } as unknown as TenantDataVersionRepository;
  const clock: Clock = { now: () => now };
  const setup = (maxEntries = 3, readCache = true) =>
    new TenantReads(versions, clock, { READ_CACHE: readCache } as AppConfig).cache<string>('test', maxEntries);
  let loads: number;
  const load = (value: string, validUntil?: number) => async () => {
    loads++;
    return { value, validUntil };
  };

  beforeEach(() => {
    version = '1';
    now = new Date('2026-11-18T10:00:00Z');
    loads = 0;
    versionReads = 0;
  });

  it('reuses an answer while the version is the same, and loads again once it moved', async () => {
    const cache = setup();
    expect(await cache.get('t1', 'k', load('a'))).toBe('a');
    expect(await cache.get('t1', 'k', load('b'))).toBe('a');
    version = '2';
    expect(await cache.get('t1', 'k', load('c'))).toBe('c');
    expect([loads, cache.hits, cache.misses]).toEqual([2, 1, 2]);
  });

  it('keeps businesses apart', async () => {
    const cache = setup();
    await cache.get('t1', 'k', load('one'));
    expect(await cache.get('t2', 'k', load('two'))).toBe('two');
    expect(await cache.get('t1', 'k', load('x'))).toBe('one');
  });

  it('serves an answer only inside its validity window, and never for an earlier instant', async () => {
    const cache = setup();
    const until = new Date('2026-11-18T23:00:00Z').getTime();
    await cache.get('t1', 'k', load('day 18', until));
    now = new Date('2026-11-18T22:59:59Z');
    expect(await cache.get('t1', 'k', load('x'))).toBe('day 18');
    now = new Date('2026-11-18T23:00:00Z');
    expect(await cache.get('t1', 'k', load('day 19', Infinity))).toBe('day 19');
    now = new Date('2026-11-18T09:00:00Z');
    expect(await cache.get('t1', 'k', load('earlier'))).toBe('earlier');
  });

  it('does not cache inside a transaction (no version)', async () => {
    const cache = setup();
    version = null;
    await cache.get('t1', 'k', load('a'));
    expect(await cache.get('t1', 'k', load('b'))).toBe('b');
    expect([cache.hits, cache.misses, cache.size]).toEqual([0, 0, 0]);
  });

  it('with READ_CACHE=false loads every answer and never reads the version', async () => {
    const cache = setup(3, false);
    expect(await cache.get('t1', 'k', load('a'))).toBe('a');
    expect(await cache.get('t1', 'k', load('b'))).toBe('b');
    expect([loads, versionReads, cache.hits, cache.misses, cache.size]).toEqual([2, 0, 0, 2, 0]);
  });

  it('stays bounded whatever the keys, versions and businesses', async () => {
    const cache = setup(3);
    for (let i = 0; i < 50; i++) {
      version = String(i % 7);
      await cache.get(`t${i % 5}`, `k${i}`, load(String(i)));
      expect(cache.size).toBeLessThanOrEqual(3);
    }
  });

  it('keys an answer by a version another statement read, without reading one', async () => {
    const cache = setup();
    version = '2';
    expect(await cache.get('t1', 'k', load('a'), undefined, { version: '1', rows: 1 })).toBe('a');
    expect(versionReads).toBe(0);
    // Kept under the version seen: a read of the newer version misses, a later turn that saw the same one hits.
    expect(await cache.get('t1', 'k', load('b'))).toBe('b');
    expect(await cache.get('t1', 'k', load('c'), undefined, { version: '1', rows: 1 })).toBe('a');
    expect([loads, versionReads]).toEqual([2, 1]);
  });

  it("asOf: the reads of that business inside use the version seen, another business's read its own", async () => {
    const cache = setup();
    version = '5';
    await TenantReads.asOf('t1', { version: '4', rows: 1 }, async () => {
      expect(await cache.get('t1', 'k', load('t1 at 4'))).toBe('t1 at 4');
      expect(versionReads).toBe(0);
      expect(await cache.get('t2', 'k', load('t2 at 5'))).toBe('t2 at 5');
      expect(versionReads).toBe(1);
    });
    // Outside, the version is read again: 5, under which t1's answer was never computed.
    expect(await cache.get('t1', 'k', load('t1 at 5'))).toBe('t1 at 5');
    expect(versionReads).toBe(2);
  });
});
