import { Logger } from '@nestjs/common';

/** What watchRedis needs of a client: ioredis' connection events and status. */
interface RedisLike {
  status: string;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
}

const logger = new Logger('Redis');

/**
 * One warning when a Redis connection goes away and one when it is back, instead of one per reconnection attempt
 * (ioredis retries every few hundred milliseconds, each attempt an 'error'). Meanwhile the callers degrade to this
 * instance alone: the chat's own event buffer, per-instance rate limits, jobs run here (docs/security.md, "Faults").
 * Also the 'error' listener an EventEmitter needs so a lost connection never throws (an unhandled 'error' would).
 */
export function watchRedis<T extends RedisLike>(client: T, name: string): T {
  let down = false;
  client.on('error', (err) => {
    if (down) return;
    down = true;
    logger.warn(`Redis unavailable for ${name} (${err.message}): this instance carries on alone until it returns`);
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.warn(`Redis is back for ${name}`);
  });
  return client;
}

/** True when commands can go to Redis now (not connecting, not reconnecting). */
export const redisReady = (client: { status: string }): boolean => client.status === 'ready';

let bullmqWarnedAt = 0;

/**
 * BullMQ's queues, workers and queue events each emit 'error' on every reconnection attempt of their own
 * connections: listened to (an unhandled 'error' throws) and warned about once a minute for all of them together.
 */
export function warnBullmqErrors(emitter: { on(event: 'error', listener: (err: Error) => void): unknown }): void {
  emitter.on('error', (err) => {
    if (Date.now() - bullmqWarnedAt < 60_000) return;
    bullmqWarnedAt = Date.now();
    logger.warn(`Redis unavailable for the job queues (${err.message}): jobs run in this instance until it returns`);
  });
}
