import { Clock } from '../time/clock';
import type { TenantDataVersionRepository } from './tenant-data-version.repository';
import { TenantReads } from './tenant-reads';
import type { AppConfig } from '../../config/app-config';

/** The read cache's rules without a database: the version in the key, the validity window, the bound. */
describe('TenantReads', () => {
  let version: string | null;
  let now: Date;
  const versions = { version: async () => version } as unknown as TenantDataVersionRepository;
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
    let versionReads = 0;
    versions.version = async () => {
      versionReads++;
      return version;
    };
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
});
