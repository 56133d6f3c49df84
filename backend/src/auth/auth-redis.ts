import type Redis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { watchRedis } from '../common/redis/redis-outage';
import { newRedis } from '../common/redis/redis-libraries';

/**
 * Redis for the accounts layer when REDIS_URL is set: one connection for commands (rate-limit counters, publishing
 * invalidations) and one in subscriber mode (a Redis connection that subscribes can do nothing else).
 * null without REDIS_URL: everything stays in this process.
 */
export interface AuthRedis {
  client: Redis;
  subscriber: Redis;
  close(): void;
}

export const AUTH_REDIS = Symbol('AUTH_REDIS');

export function createAuthRedis(config: AppConfig): AuthRedis | null {
  if (!config.REDIS_URL) return null;
  // Commands fail fast while Redis is away (the rate limiter then falls back to its in-memory insurance).
  const client = newRedis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  const subscriber = newRedis(config.REDIS_URL, { maxRetriesPerRequest: null });
  watchRedis(client, 'rate limits');
  watchRedis(subscriber, 'account events');
  return {
    client,
    subscriber,
    close() {
      client.disconnect();
      subscriber.disconnect();
    },
  };
}
