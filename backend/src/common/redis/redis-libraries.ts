import type * as BullMQ from 'bullmq';
import type IORedis from 'ioredis';
import type { RedisOptions } from 'ioredis';

/*
 * ioredis and BullMQ (with msgpackr, cron-parser and luxon) are loaded only when REDIS_URL makes the app use them:
 * without Redis they would be about 180 modules of source text held in memory for nothing. The callers build their
 * clients, queues and workers synchronously (in providers' factories and constructors), hence `require` rather than
 * `import()`; the types still come from the packages.
 */

/* eslint-disable @typescript-eslint/no-require-imports */

/** BullMQ's exports (Queue, Worker, QueueEvents…), loaded on first use. */
export function bullmq(): typeof BullMQ {
  return require('bullmq') as typeof BullMQ;
}

/** A new ioredis client; the library is loaded on the first call. */
export function newRedis(url: string, options: RedisOptions): IORedis {
  const Redis = (require('ioredis') as { default: typeof IORedis }).default;
  return new Redis(url, options);
}
