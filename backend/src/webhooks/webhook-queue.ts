import { Logger } from '@nestjs/common';
import { warnBullmqErrors } from '../common/redis/redis-outage';
import type { Queue, Worker } from 'bullmq';
import { bullmq } from '../common/redis/redis-libraries';

/** Where a delivery waits for its next attempt: BullMQ's delayed jobs with Redis, the poller's table scan without. */
export interface DeliveryQueue {
  schedule(deliveryId: string, at: Date): Promise<void>;
  close(): Promise<void>;
}

/** Without Redis the deliveries table is the queue: the poller finds due rows; a delivery due now wakes it up. */
export class TableQueue implements DeliveryQueue {
  constructor(private readonly wake: () => void) {}

  async schedule(_deliveryId: string, at: Date): Promise<void> {
    if (at.getTime() <= Date.now()) this.wake();
  }

  async close(): Promise<void> {}
}

/**
 * With Redis, each attempt is a delayed BullMQ job carrying the delivery id; a worker on any instance runs it. The
 * row in PostgreSQL stays the truth (the job only says "try now"), so a lost job is picked up by the slow sweep.
 */
export class BullQueue implements DeliveryQueue {
  private readonly logger = new Logger('WebhookQueue');
  private readonly queue: Queue;
  private readonly worker?: Worker;

  constructor(redisUrl: string, run: ((deliveryId: string) => Promise<unknown>) | null) {
    const { Queue, Worker } = bullmq();
    const connection = { url: redisUrl, maxRetriesPerRequest: null };
    this.queue = new Queue('tajer-webhooks', {
      connection,
      defaultJobOptions: { removeOnComplete: true, removeOnFail: 1000, attempts: 1 },
    });
    if (run) {
      this.worker = new Worker('tajer-webhooks', (job) => run(job.data.deliveryId), { connection, concurrency: 8 });
      this.worker.on('failed', (job, err) => this.logger.warn({ job: job?.id, err: err.message }, 'webhook job failed'));
      warnBullmqErrors(this.worker);
    }
    warnBullmqErrors(this.queue);
  }

  async schedule(deliveryId: string, at: Date): Promise<void> {
    // One job per (delivery, attempt time): scheduling the same attempt twice adds nothing.
    await this.queue.add(
      'deliver',
      { deliveryId },
      { delay: Math.max(0, at.getTime() - Date.now()), jobId: `${deliveryId}-${at.getTime()}` },
    );
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }
}
