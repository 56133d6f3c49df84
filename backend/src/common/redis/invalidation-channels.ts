import type { Logger } from '@nestjs/common';
import type Redis from 'ioredis';

/** The two connections the channels need: publishing is a command, listening needs a connection in subscriber mode. */
export interface PubSubRedis {
  client: Redis;
  subscriber: Redis;
}

/**
 * Invalidations shared between instances: each instance drops its own cache entry and publishes the key; the others
 * drop theirs when the message arrives. Without Redis (one instance) it does nothing. Several caches share one
 * subscriber connection, so each removes only its own listener on shutdown.
 */
export class InvalidationChannels {
  private readonly onMessage = (channel: string, payload: string) => {
    if (Object.hasOwn(this.handlers, channel)) this.handlers[channel](payload);
  };

  constructor(
    private readonly redis: PubSubRedis | null,
    private readonly log: Logger,
    private readonly handlers: Record<string, (payload: string) => void>,
  ) {}

  async listen(): Promise<void> {
    if (!this.redis) return;
    const channels = Object.keys(this.handlers);
    this.redis.subscriber.on('message', this.onMessage);
    await this.redis.subscriber
      .subscribe(...channels)
      .catch((err) => this.log.warn(`cannot subscribe to ${channels.join(', ')}: ${err.message}`));
  }

  stop(): void {
    this.redis?.subscriber.off('message', this.onMessage);
  }

  /** A failed publish is logged, not thrown: the change itself is committed, and the TTL bounds the others' staleness. */
  async publish(channel: string, payload: string): Promise<void> {
    await this.redis?.client.publish(channel, payload).catch((err) => this.log.warn(`cannot publish on ${channel}: ${err.message}`));
  }
}
