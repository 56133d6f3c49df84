import { Inject, Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../time/clock';
import { InvalidatedCache } from './invalidated-cache';
import { TenantDataVersionRepository, type ObservedDataVersion } from './tenant-data-version.repository';

/** What a cached read computed, and from when to when (business time, ms) it stays true without any write. */
export interface TenantRead<V> {
  value: V;
  /** The first instant at which the same data may give another answer (the next local midnight…); omitted: never. */
  validUntil?: number;
}

/** A version another statement read, for the reads of one business made inside `asOf` (see TenantReads.asOf). */
const seenVersion = new AsyncLocalStorage<{ tenantId: string; seen: ObservedDataVersion }>();

interface Entry {
  value: unknown;
  validFrom: number;
  validUntil: number;
}

/**
 * One named read cache (see TenantReads.cache). Bounded by entry count; an entry is keyed by the business's data
 * version, so a write anywhere makes the next read miss and the old entries are never hit again (they age out).
 */
export class TenantReadCache<V> {
  hits = 0;
  misses = 0;
  private readonly entries: InvalidatedCache<string, Entry>;

  constructor(
    private readonly versions: TenantDataVersionRepository,
    private readonly clock: Clock,
    maxEntries: number,
    /** False (READ_CACHE=false): every read loads, without reading the version either. */
    private readonly enabled = true,
  ) {
    // The TTL only frees memory sooner: correctness comes from the version in the key and the validity window.
    this.entries = new InvalidatedCache<string, Entry>({ ttlMs: 10 * 60_000, maxEntries });
  }

  /** Entries held now (the bound's test). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * The answer for `key` of this business: reused while its data version is the one read before the answer was
   * computed and `now` is inside the answer's validity window, else `load()`'s. The version is read first: a write
   * that commits during the load makes the next read miss (it moves the version past the one this entry is kept
   * under), so nothing older than a committed write is ever served.
   *
   * `seen`: the version as another statement read it a moment ago, instead of reading it here (a chat turn's, read by
   * the statement that stored its answer's row). The same rule holds from that moment: the answer then reflects every
   * write committed before it, which is what a caller that passes it asks for.
   */
  async get(
    tenantId: string,
    key: string,
    load: () => Promise<TenantRead<V>>,
    now: Date = this.clock.now(),
    seen?: ObservedDataVersion,
  ): Promise<V> {
    if (!this.enabled) {
      this.misses++;
      return (await load()).value;
    }
    const scoped = seen ?? (seenVersion.getStore()?.tenantId === tenantId ? seenVersion.getStore()?.seen : undefined);
    const version = scoped ? this.versions.observed(tenantId, scoped) : await this.versions.version(tenantId);
    if (version === null) return (await load()).value;
    const cacheKey = `${tenantId}\u0000${version}\u0000${key}`;
    const at = now.getTime();
    let loaded = false;
    const fill = async (): Promise<Entry> => {
      loaded = true;
      const read = await load();
      return { value: read.value, validFrom: at, validUntil: read.validUntil ?? Infinity };
    };
    let entry = await this.entries.get(cacheKey, fill);
    if (!loaded && !(entry.validFrom <= at && at < entry.validUntil)) {
      // Computed for another moment (the clock moved past midnight, a sale dated later came into the period…).
      this.entries.drop(cacheKey);
      entry = await this.entries.get(cacheKey, fill);
    }
    if (loaded) this.misses++;
    else this.hits++;
    return entry.value as V;
  }
}

/**
 * The read caches of answers computed from a business's data (the dashboard's key figures, the inventory listing),
 * invalidated by its data version rather than by the code paths that write: every writer and every instance is
 * covered, a rolled-back write invalidates nothing, and a read after one's own write always sees it.
 */
@Injectable()
export class TenantReads {
  private readonly caches = new Map<string, TenantReadCache<unknown>>();

  private readonly enabled: boolean;

  constructor(
    private readonly versions: TenantDataVersionRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.enabled = config.READ_CACHE;
  }

  /**
   * Runs `run` with `seen` as the business's version for every cached read of it inside (as `get`'s `seen`): the
   * reads of a chat turn's first tool, under the version its answer row was stored with. Only for code that writes
   * nothing of that business before its reads, or they would not see its own write.
   */
  static asOf<T>(tenantId: string, seen: ObservedDataVersion, run: () => Promise<T>): Promise<T> {
    return seenVersion.run({ tenantId, seen }, run);
  }

  /** The cache called `name` (created on first use with at most `maxEntries` entries). */
  cache<V>(name: string, maxEntries: number): TenantReadCache<V> {
    let cache = this.caches.get(name);
    if (!cache) this.caches.set(name, (cache = new TenantReadCache<unknown>(this.versions, this.clock, maxEntries, this.enabled)));
    return cache as TenantReadCache<V>;
  }
}
