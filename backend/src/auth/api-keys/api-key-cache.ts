import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InvalidatedCache } from '../../common/cache/invalidated-cache';
import { InvalidationChannels } from '../../common/redis/invalidation-channels';
import { AccountEvents } from '../account-events';
import { AUTH_REDIS, type AuthRedis } from '../auth-redis';
import { USER_CHANGED_CHANNEL } from '../user-status.cache';
import type { ApiKeyRecord } from './api-keys.service';

const KEY_REVOKED_CHANNEL = 'tajer:auth:api-key-revoked';

/**
 * API keys by prefix, so an integrator's requests do not each cost a key lookup. The secret is still checked against
 * the stored hash on every request (ApiKeysService.authenticate); only the row is reused. A revocation or a creator's
 * loss of access made through this app drops it at once (in this process, and in the others through Redis); the 10 s
 * TTL only bounds staleness when an invalidation is lost or a row was edited by hand — the same bound as
 * UserStatusCache's.
 */
@Injectable()
export class ApiKeyCache implements OnModuleInit, OnModuleDestroy {
  private readonly cache = new InvalidatedCache<string, ApiKeyRecord | null>({ ttlMs: 10_000, maxEntries: 10_000 });
  private readonly channels: InvalidationChannels;

  constructor(events: AccountEvents, @Inject(AUTH_REDIS) redis: AuthRedis | null) {
    const revoked = (id: string) => this.cache.dropWhere((r) => r?.id === id);
    const creatorChanged = (userId: string) => this.cache.dropWhere((r) => r?.createdById === userId);
    this.channels = new InvalidationChannels(redis, new Logger(ApiKeyCache.name), {
      [KEY_REVOKED_CHANNEL]: revoked,
      [USER_CHANGED_CHANNEL]: creatorChanged,
    });
    events.onApiKeyRevoked((id) => {
      revoked(id);
      void this.channels.publish(KEY_REVOKED_CHANNEL, id);
    });
    // UserStatusCache publishes the user's change to the other instances.
    events.onUserAccessChanged(creatorChanged);
  }

  onModuleInit(): Promise<void> {
    return this.channels.listen();
  }

  onModuleDestroy(): void {
    this.channels.stop();
  }

  /** An unknown prefix is not remembered: a key created a moment later works at once. */
  get(prefix: string, load: (prefix: string) => Promise<ApiKeyRecord | null>): Promise<ApiKeyRecord | null> {
    return this.cache.get(
      prefix,
      () => load(prefix),
      (record) => record !== null,
    );
  }
}
