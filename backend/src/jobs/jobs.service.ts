import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Job, Queue, QueueEvents, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { MetricsService } from '../observability/metrics.service';
import type Redis from 'ioredis';
import { redisReady, warnBullmqErrors, watchRedis } from '../common/redis/redis-outage';
import { bullmq, newRedis } from '../common/redis/redis-libraries';

type Handler = (data: any) => Promise<unknown>;

interface LocalQueue {
  handler: Handler;
  concurrency: number;
  running: number;
  waiting: (() => void)[];
}

/**
 * Long jobs (receipt OCR, report PDFs). Without REDIS_URL they run in this process, at most `concurrency` at a time
 * per kind; with it they go through a BullMQ queue and any instance's workers pick them up, so a burst of receipts
 * spreads over the cluster instead of piling onto the instance that received the uploads. Job data carries ids, not
 * files: workers read what they need from the database and the uploads volume.
 */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly local = new Map<string, LocalQueue>();
  private probe?: Redis;
  private readonly remote = new Map<string, { queue: Queue; events: QueueEvents; worker: Worker; handler: Handler }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  get distributed(): boolean {
    return Boolean(this.config.REDIS_URL);
  }

  register(name: string, handler: Handler, concurrency: number): void {
    if (this.local.has(name) || this.remote.has(name)) throw new Error(`job ${name} registered twice`);
    if (!this.config.REDIS_URL) {
      this.local.set(name, { handler, concurrency, running: 0, waiting: [] });
      return;
    }
    const connection = { url: this.config.REDIS_URL, maxRetriesPerRequest: null };
    // Tells whether Redis is reachable right now (BullMQ's own connections would just wait for it).
    this.probe ??= watchRedis(newRedis(this.config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false }), 'job queues');
    const { Queue, QueueEvents, Worker } = bullmq();
    const queueName = `tajer-${name.replace(/[^a-z0-9-]/gi, '-')}`;
    const queue = new Queue(queueName, { connection, defaultJobOptions: { removeOnComplete: 1000, removeOnFail: 1000, attempts: 1 } });
    const events = new QueueEvents(queueName, { connection });
    const worker = new Worker(queueName, (job: Job) => handler(job.data), { connection, concurrency });
    worker.on('failed', (job, err) => this.logger.warn({ job: job?.id, err: err.message }, `job ${name} failed`));
    // A lost Redis is an 'error' on each of them: listened to (an unhandled 'error' throws), warned about once.
    for (const emitter of [queue, events, worker]) warnBullmqErrors(emitter);
    this.remote.set(name, { queue, events, worker, handler });
  }

  /** Runs a job and resolves with its result (wherever it ran). */
  async run<T>(name: string, data: Record<string, unknown>, timeoutMs = 120_000): Promise<T> {
    const remote = this.remote.get(name);
    // While Redis is away the job runs here, in this process (BullMQ would wait for Redis to come back).
    if (remote && this.probe && !redisReady(this.probe)) return (await remote.handler(data)) as T;
    if (remote) {
      const job = await remote.queue.add(name, data);
      await this.reportDepth(name, remote.queue);
      try {
        return (await job.waitUntilFinished(remote.events, timeoutMs)) as T;
      } catch (err) {
        throw this.asAppError(err);
      }
    }
    const q = this.local.get(name);
    if (!q) throw new Error(`no job named ${name}`);
    if (q.running >= q.concurrency) {
      await new Promise<void>((resolve) => q.waiting.push(resolve));
    }
    q.running++;
    this.metrics.queueDepth.set({ queue: name }, q.waiting.length);
    try {
      return (await q.handler(data)) as T;
    } finally {
      q.running--;
      q.waiting.shift()?.();
      this.metrics.queueDepth.set({ queue: name }, q.waiting.length);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.probe?.disconnect();
    for (const { queue, events, worker } of this.remote.values()) {
      await worker.close();
      await events.close();
      await queue.close();
    }
  }

  private async reportDepth(name: string, queue: Queue) {
    const waiting = await queue.getWaitingCount().catch(() => 0);
    this.metrics.queueDepth.set({ queue: name }, waiting);
  }

  /** A job failed on a worker: surface known errors as they were (a 4xx stays a 4xx). */
  private asAppError(err: unknown): Error {
    const message = (err as Error)?.message ?? String(err);
    const known = /^\[(\w+)\] (.*)$/s.exec(message);
    if (known && known[1] in ErrorCode) return new AppError(known[1] as ErrorCode, known[2]);
    return err as Error;
  }
}

/** Job handlers throw AppErrors as "[CODE] message" so the code survives the trip through Redis. */
export function encodeJobError(err: unknown): never {
  if (err instanceof AppError) throw new Error(`[${err.code}] ${err.message}`);
  throw err;
}
