import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { watchRedis } from '../common/redis/redis-outage';

/** Socket.IO across instances: rooms, broadcasts and server-side events go through Redis pub/sub. */
export class RedisIoAdapter extends IoAdapter {
  private readonly pub: Redis;
  private readonly sub: Redis;

  constructor(app: INestApplicationContext, redisUrl: string) {
    super(app);
    this.pub = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.sub = this.pub.duplicate();
    watchRedis(this.pub, 'Socket.IO (publish)');
    watchRedis(this.sub, 'Socket.IO (subscribe)');
    // The adapter publishes without waiting for the reply: while Redis is away each publish would reject with no one
    // to catch it, and an unhandled rejection ends the process. Marked handled here; the broadcast is simply not
    // carried to the other instances meanwhile (each serves its own clients).
    const publish = this.pub.publish.bind(this.pub) as (...args: unknown[]) => Promise<number>;
    (this.pub as unknown as { publish: typeof publish }).publish = (...args: unknown[]) => {
      const sent = publish(...args);
      sent.catch(() => undefined);
      return sent;
    };
  }

  createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, options);
    server.adapter(createAdapter(this.pub, this.sub));
    return server;
  }

  async dispose(): Promise<void> {
    await super.dispose();
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
