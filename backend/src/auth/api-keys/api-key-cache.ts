import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AccountEvents } from '../account-events';
import { AUTH_REDIS, type AuthRedis } from '../auth-redis';
import type { ApiKeyRecord } from './api-keys.service';

const KEY_CHANNEL = 'tajer:auth:api-key-revoked';
/** UserStatusCache's channel: a creator disabled on another instance ends their keys here too. */
const USER_CHANNEL = 'tajer:auth:user-changed';
/**
 * How long a key's record may be reused without asking the database. A revocation or a creator's loss of access made
 * through this app drops it at once (in this process, and in the others through Redis); the TTL only bounds staleness
 * when an invalidation is lost (Redis away) or a row was edited by hand — the same bound as UserStatusCache's.
 */
const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

/**
 * API keys by prefix, so an integrator's requests do not each cost a key lookup. The secret is still checked against
 * the stored hash on every request (ApiKeysService.authenticate); only the row is reused.
 */
@Injectable()
export class ApiKeyCache implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(ApiKeyCache.name);
  private readonly entries = new Map<string, { record: ApiKeyRecord; expires: number }>();
  // Bumped by every invalidation: a read that started before it must not store its (stale) answer.
  private generation = 0;
  private readonly onMessage = (channel: string, id: string) => {
    if (channel === KEY_CHANNEL) this.drop((r) => r.id === id);
    else if (channel === USER_CHANNEL) this.drop((r) => r.createdById === id);
  };

  constructor(
    events: AccountEvents,
    @Inject(AUTH_REDIS) private readonly redis: AuthRedis | null,
  ) {
    events.onApiKeyRevoked((id) => {
      this.drop((r) => r.id === id);
      void this.redis?.client.publish(KEY_CHANNEL, id).catch((err) => this.log.warn(`cannot publish a revocation: ${err.message}`));
    });
    events.onUserAccessChanged((userId) => this.drop((r) => r.createdById === userId));
  }

  async onModuleInit(): Promise<void> {
    if (!this.redis) return;
    this.redis.subscriber.on('message', this.onMessage);
    await this.redis.subscriber
      .subscribe(KEY_CHANNEL, USER_CHANNEL)
      .catch((err) => this.log.warn(`cannot subscribe to API key invalidations: ${err.message}`));
  }

  onModuleDestroy(): void {
    this.redis?.subscriber.off('message', this.onMessage);
  }

  async get(prefix: string, load: (prefix: string) => Promise<ApiKeyRecord | null>): Promise<ApiKeyRecord | null> {
    const hit = this.entries.get(prefix);
    if (hit && hit.expires > Date.now()) return hit.record;
    const generation = this.generation;
    const record = await load(prefix);
    // An unknown prefix is not remembered: a key created a moment later works at once.
    if (record && this.generation === generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(prefix, { record, expires: Date.now() + TTL_MS });
    }
    return record;
  }

  /** Revocations are rare: dropping by scanning (at most MAX_ENTRIES) beats keeping indexes by id and by creator. */
  private drop(match: (record: ApiKeyRecord) => boolean): void {
    this.generation++;
    for (const [prefix, e] of this.entries) if (match(e.record)) this.entries.delete(prefix);
  }
}
