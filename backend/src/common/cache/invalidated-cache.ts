export interface InvalidatedCacheOptions {
  /** How long an entry may be reused without asking its source: only bounds staleness when an invalidation is lost. */
  ttlMs: number;
  /** Beyond this many entries the oldest is dropped, so a flood of keys cannot grow the process. */
  maxEntries: number;
  /** Wall time in ms (tests pass their own). */
  now?: () => number;
}

/**
 * A small TTL cache whose entries are dropped when their source changes. What makes it more than a Map with expiry:
 * a load that started before an invalidation never stores its (stale) answer — every drop bumps the key's generation
 * (or, for a drop by predicate, the whole cache's epoch), and a load stores its result only if neither moved while it
 * was in flight. The auth guard's user statuses, API keys and webhook subscribers use it; each says what invalidates it.
 */
export class InvalidatedCache<K, V> {
  private readonly entries = new Map<K, { value: V; expires: number }>();
  private readonly generations = new Map<K, number>();
  private epoch = 0;
  private readonly now: () => number;

  constructor(private readonly options: InvalidatedCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The cached value of `key`, or `load()`'s, remembered unless an invalidation happened meanwhile or `remember`
   * refuses it (e.g. an unknown API key prefix, so a key created a moment later works at once).
   */
  async get(key: K, load: () => Promise<V>, remember: (value: V) => boolean = () => true): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    const [generation, epoch] = [this.generations.get(key) ?? 0, this.epoch];
    const value = await load();
    if ((this.generations.get(key) ?? 0) === generation && this.epoch === epoch && remember(value)) {
      this.entries.delete(key);
      if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { value, expires: this.now() + this.options.ttlMs });
    }
    return value;
  }

  /** Entries held (expired ones included until they are asked for or pushed out). */
  get size(): number {
    return this.entries.size;
  }

  drop(key: K): void {
    this.entries.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    // Keep the generations map bounded; a new epoch voids every load still in flight.
    if (this.generations.size > this.options.maxEntries * 2) this.newEpoch();
  }

  /** Drops every entry whose value matches (rare events: a scan of at most maxEntries beats keeping extra indexes). */
  dropWhere(match: (value: V, key: K) => boolean): void {
    this.newEpoch();
    for (const [key, e] of this.entries) if (match(e.value, key)) this.entries.delete(key);
  }

  private newEpoch(): void {
    this.generations.clear();
    this.epoch++;
  }
}
