import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AUTH_REDIS, type AuthRedis } from '../auth/auth-redis';
import { WebhooksRepository } from './webhooks.repository';

const CHANNEL = 'tajer:webhooks:endpoints-changed';
/**
 * How long a business's endpoints may be reused without asking the database. Every change made through this app
 * (create, update, pause, delete, the worker's disabling) drops the entry at once, in this process and in the others
 * through Redis; the TTL only bounds staleness when an invalidation is lost (Redis away) or a row was edited by hand.
 */
const TTL_MS = 30_000;
const MAX_TENANTS = 10_000;

interface Endpoint {
  id: string;
  events: string[];
}

/**
 * The enabled endpoints of each business, for the fan-out of business events: a chat turn (conversation.completed),
 * a sale or an expense no longer costs a query when no endpoint listens, which is most businesses.
 */
@Injectable()
export class WebhookSubscribers implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(WebhookSubscribers.name);
  private readonly entries = new Map<string, { endpoints: Endpoint[]; expires: number }>();
  // Bumped by every invalidation: a read that started before it must not store its (stale) answer.
  private readonly generations = new Map<string, number>();
  private epoch = 0;
  private readonly onMessage = (channel: string, tenantId: string) => channel === CHANNEL && this.drop(tenantId);

  constructor(
    private readonly repo: WebhooksRepository,
    @Inject(AUTH_REDIS) private readonly redis: AuthRedis | null,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.redis) return;
    this.redis.subscriber.on('message', this.onMessage);
    await this.redis.subscriber.subscribe(CHANNEL).catch((err) => this.log.warn(`cannot subscribe to ${CHANNEL}: ${err.message}`));
  }

  onModuleDestroy(): void {
    this.redis?.subscriber.off('message', this.onMessage);
  }

  /** The ids of the business's enabled endpoints subscribed to `type`. */
  async of(tenantId: string, type: string): Promise<{ id: string }[]> {
    return (await this.endpoints(tenantId)).filter((e) => e.events.includes(type)).map((e) => ({ id: e.id }));
  }

  /** Call after a business's endpoints changed (after the write committed). */
  async changed(tenantId: string): Promise<void> {
    this.drop(tenantId);
    await this.redis?.client.publish(CHANNEL, tenantId).catch((err) => this.log.warn(`cannot publish an invalidation: ${err.message}`));
  }

  private async endpoints(tenantId: string): Promise<Endpoint[]> {
    const hit = this.entries.get(tenantId);
    if (hit && hit.expires > Date.now()) return hit.endpoints;
    const [generation, epoch] = [this.generations.get(tenantId) ?? 0, this.epoch];
    const endpoints = await this.repo.enabledEndpoints(tenantId);
    if ((this.generations.get(tenantId) ?? 0) === generation && this.epoch === epoch) {
      if (this.entries.size >= MAX_TENANTS) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(tenantId, { endpoints, expires: Date.now() + TTL_MS });
    }
    return endpoints;
  }

  private drop(tenantId: string): void {
    this.entries.delete(tenantId);
    this.generations.set(tenantId, (this.generations.get(tenantId) ?? 0) + 1);
    // Keep the generations map bounded; a new epoch voids every read still in flight.
    if (this.generations.size > MAX_TENANTS * 2) {
      this.generations.clear();
      this.epoch++;
    }
  }
}
