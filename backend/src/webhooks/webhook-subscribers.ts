import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AUTH_REDIS, type AuthRedis } from '../auth/auth-redis';
import { InvalidatedCache } from '../common/cache/invalidated-cache';
import { InvalidationChannels } from '../common/redis/invalidation-channels';
import { WebhooksRepository } from './webhooks.repository';

const CHANNEL = 'tajer:webhooks:endpoints-changed';

interface Endpoint {
  id: string;
  events: string[];
}

/**
 * The enabled endpoints of each business, for the fan-out of business events: a chat turn (conversation.completed),
 * a sale or an expense no longer costs a query when no endpoint listens, which is most businesses. Every change made
 * through this app (create, update, pause, delete, the worker's disabling) drops the entry at once, in this process
 * and in the others through Redis; the 30 s TTL only bounds staleness when an invalidation is lost (Redis away) or a
 * row was edited by hand.
 */
@Injectable()
export class WebhookSubscribers implements OnModuleInit, OnModuleDestroy {
  private readonly cache = new InvalidatedCache<string, Endpoint[]>({ ttlMs: 30_000, maxEntries: 10_000 });
  private readonly channels: InvalidationChannels;

  constructor(
    private readonly repo: WebhooksRepository,
    @Inject(AUTH_REDIS) redis: AuthRedis | null,
  ) {
    this.channels = new InvalidationChannels(redis, new Logger(WebhookSubscribers.name), {
      [CHANNEL]: (tenantId) => this.cache.drop(tenantId),
    });
  }

  onModuleInit(): Promise<void> {
    return this.channels.listen();
  }

  onModuleDestroy(): void {
    this.channels.stop();
  }

  /** The ids of the business's enabled endpoints subscribed to `type`. */
  async of(tenantId: string, type: string): Promise<{ id: string }[]> {
    const endpoints = await this.cache.get(tenantId, () => this.repo.enabledEndpoints(tenantId));
    return endpoints.filter((e) => e.events.includes(type)).map((e) => ({ id: e.id }));
  }

  /** Call after a business's endpoints changed (after the write committed). */
  async changed(tenantId: string): Promise<void> {
    this.cache.drop(tenantId);
    await this.channels.publish(CHANNEL, tenantId);
  }
}
