import { InvalidatedCache } from './invalidated-cache';

/** A load whose answer the test releases, to interleave it with invalidations. */
function deferred<V>() {
  let resolve!: (value: V) => void;
  const promise = new Promise<V>((r) => (resolve = r));
  return { promise, resolve };
}

describe('InvalidatedCache', () => {
  let now = 1_000;
  const cache = () => new InvalidatedCache<string, string | null>({ ttlMs: 100, maxEntries: 3, now: () => now });
  beforeEach(() => (now = 1_000));

  it('reuses a value until its TTL, then loads again', async () => {
    const c = cache();
    const load = jest.fn().mockResolvedValueOnce('a').mockResolvedValueOnce('b');
    expect(await c.get('k', load)).toBe('a');
    now += 99;
    expect(await c.get('k', load)).toBe('a');
    now += 1;
    expect(await c.get('k', load)).toBe('b');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads again at once after drop', async () => {
    const c = cache();
    await c.get('k', async () => 'old');
    c.drop('k');
    expect(await c.get('k', async () => 'new')).toBe('new');
  });

  it('never stores what a load read before an invalidation of its key', async () => {
    const c = cache();
    const slow = deferred<string>();
    const inFlight = c.get('k', () => slow.promise);
    c.drop('k'); // the row changed while the load was reading it
    slow.resolve('stale');
    expect(await inFlight).toBe('stale'); // the caller that asked first gets what it read…
    expect(await c.get('k', async () => 'fresh')).toBe('fresh'); // …but nobody after it
  });

  it('an invalidation of another key does not void a load', async () => {
    const c = cache();
    const slow = deferred<string>();
    const inFlight = c.get('k', () => slow.promise);
    c.drop('other');
    slow.resolve('v');
    await inFlight;
    expect(await c.get('k', async () => 'not asked')).toBe('v');
  });

  it('dropWhere drops the matching values and voids every load in flight', async () => {
    const c = cache();
    await c.get('a', async () => 'keep');
    await c.get('b', async () => 'revoked');
    const slow = deferred<string>();
    const inFlight = c.get('c', () => slow.promise);
    c.dropWhere((value) => value === 'revoked');
    slow.resolve('read before');
    await inFlight;
    expect(await c.get('a', async () => 'not asked')).toBe('keep');
    expect(await c.get('b', async () => 'reloaded')).toBe('reloaded');
    expect(await c.get('c', async () => 'reloaded')).toBe('reloaded');
  });

  it('does not remember what `remember` refuses', async () => {
    const c = cache();
    expect(
      await c.get(
        'unknown',
        async () => null,
        (v) => v !== null,
      ),
    ).toBeNull();
    expect(
      await c.get(
        'unknown',
        async () => 'created since',
        (v) => v !== null,
      ),
    ).toBe('created since');
  });

  it('holds at most maxEntries, dropping the oldest', async () => {
    const c = cache();
    for (const k of ['a', 'b', 'c', 'd']) await c.get(k, async () => k);
    expect(await c.get('a', async () => 'reloaded')).toBe('reloaded');
    expect(await c.get('d', async () => 'not asked')).toBe('d');
  });
});
