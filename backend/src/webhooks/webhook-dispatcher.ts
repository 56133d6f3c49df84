import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { Counter } from 'prom-client';
import { rootCertificates } from 'node:tls';
import { Webhook } from 'standardwebhooks';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { BusinessEvents, type BusinessEvent } from '../events/business-events';
import { MetricsService } from '../observability/metrics.service';
import { BullQueue, DeliveryQueue, TableQueue } from './webhook-queue';
import { postJson, type SendResult } from './webhook-sender';
import { resolveTarget, TargetRefused } from './webhook-target';
import { WebhooksRepository } from './webhooks.repository';
import { WebhookSubscribers } from './webhook-subscribers';

/** Retries stop a day after the first attempt (or after a manual redelivery). */
export const RETRY_WINDOW_MS = 24 * 3600_000;
const MAX_DELAY_MS = 6 * 3600_000;
const BATCH = 20;
/** With Redis the jobs carry the timing; the table sweep only catches what a lost job left behind. */
const SWEEP_WITH_REDIS_MS = 30_000;

/** Delay before the next attempt after `failures` failed ones: base × 2^(n−1), at most 6 h, ±20 % jitter. */
export function retryDelay(failures: number, baseMs: number, random: () => number = Math.random): number {
  const raw = Math.min(baseMs * 2 ** Math.max(0, failures - 1), MAX_DELAY_MS);
  return Math.round(raw * (0.8 + 0.4 * random()));
}

type Claimed = Awaited<ReturnType<WebhooksRepository['claimDue']>>[number];

/**
 * Turns business events into signed deliveries (Standard Webhooks) and delivers them: a delivery per subscribed
 * endpoint, idempotent by event id, retried with exponential backoff for a day, logged attempt by attempt; an
 * endpoint that failed for a whole day with no success is disabled. `processDue(now)` takes the time it is given,
 * so tests can replay a day of retries without waiting for it.
 */
@Injectable()
export class WebhookDispatcher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private readonly queue: DeliveryQueue;
  private readonly ca?: string[];
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private unsubscribe?: () => void;
  private readonly attempts: Counter<'outcome'>;
  /** Kept-alive TLS connections per receiver origin (a burst of events costs one handshake, not one each). */
  private readonly agents = new Map<string, Agent>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: WebhooksRepository,
    private readonly subscribers: WebhookSubscribers,
    private readonly events: BusinessEvents,
    metrics: MetricsService,
  ) {
    this.attempts = new Counter({
      name: 'webhook_attempts_total',
      help: 'Webhook delivery attempts by outcome (delivered, retry, failed: retries exhausted)',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
    const delivers = config.WEBHOOK_POLL_MS > 0;
    this.queue = config.REDIS_URL
      ? new BullQueue(config.REDIS_URL, delivers ? (id) => this.processDue(new Date(), id) : null)
      : new TableQueue(() => this.wake());
    if (config.WEBHOOK_CA_FILE) this.ca = [...rootCertificates, readFileSync(config.WEBHOOK_CA_FILE, 'utf8')];
  }

  onModuleInit(): void {
    this.unsubscribe = this.events.subscribe((event) => this.fanOut(event));
    if (this.config.WEBHOOK_POLL_MS > 0) this.schedulePoll();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    await this.events.settled();
    await this.running?.catch(() => undefined);
    await this.queue.close();
    for (const agent of this.agents.values()) agent.destroy();
  }

  /** Stores the event and a delivery for each endpoint subscribed to its type, then queues them. */
  async fanOut(event: BusinessEvent): Promise<void> {
    const at = new Date(event.timestamp);
    const enqueue = async () => {
      const endpoints = await this.subscribers.of(event.tenantId, event.type);
      if (!endpoints.length) return [];
      return this.repo.enqueue(
        { id: event.id, tenantId: event.tenantId, type: event.type, data: event.data, at },
        endpoints.map((e) => e.id),
        new Date(at.getTime() + RETRY_WINDOW_MS),
      );
    };
    // The cached endpoints may name one deleted on another instance whose invalidation was lost (Redis away): the
    // deliveries' foreign key refuses it, and the event goes to the endpoints read afresh (enqueue is idempotent).
    const due = await enqueue().catch(async (err) => {
      this.logger.warn({ err: (err as Error).message, tenantId: event.tenantId }, 'webhook fan-out retried with fresh endpoints');
      await this.subscribers.changed(event.tenantId);
      return enqueue();
    });
    for (const d of due) await this.queue.schedule(d.id, d.nextAttemptAt ?? at);
  }

  /** Queues a delivery the owner asked to send again. */
  schedule(deliveryId: string, at: Date): Promise<void> {
    return this.queue.schedule(deliveryId, at);
  }

  /**
   * Attempts every delivery due at `now` (one of them only, when given), batch after batch. Safe on several
   * instances at once: each row is claimed by exactly one of them.
   */
  async processDue(now: Date = new Date(), deliveryId?: string): Promise<number> {
    let sent = 0;
    for (;;) {
      const lease = new Date(now.getTime() + this.config.WEBHOOK_TIMEOUT_MS + 30_000);
      const batch = await this.repo.claimDue(now, lease, BATCH, deliveryId);
      await Promise.all(batch.map((row) => this.attempt(row, now)));
      sent += batch.length;
      if (batch.length < BATCH || deliveryId) return sent;
    }
  }

  private async attempt(row: Claimed, now: Date): Promise<void> {
    const body = JSON.stringify({ type: row.event.type, timestamp: row.event.createdAt.toISOString(), data: row.event.data });
    let result: SendResult;
    try {
      const target = await resolveTarget(row.endpoint.url, this.config.WEBHOOK_ALLOW_PRIVATE);
      // The signature's timestamp is the real time of sending: receivers check it against their own clock.
      const signedAt = new Date();
      const signature = new Webhook(row.endpoint.secret).sign(row.event.id, signedAt, body);
      result = await postJson(
        target,
        body,
        { 'webhook-id': row.event.id, 'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)), 'webhook-signature': signature },
        { timeoutMs: this.config.WEBHOOK_TIMEOUT_MS, ca: this.ca, agent: this.agentFor(target.url) },
      );
    } catch (err) {
      const refused = err instanceof TargetRefused;
      if (!refused) this.logger.error({ err, deliveryId: row.id }, 'webhook attempt crashed');
      result = {
        ok: false,
        statusCode: null,
        error: refused ? `refused: ${(err as Error).message}` : 'internal error',
        response: null,
        durationMs: 0,
      };
    }
    const log = {
      attempt: row.attempts,
      at: now,
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      error: result.error,
      response: result.response,
    };
    if (result.ok) {
      await this.repo.recordAttempt(
        row.id,
        log,
        { status: 'SUCCEEDED', nextAttemptAt: null, deliveredAt: now },
        { endpointId: row.endpointId, at: now },
      );
      this.attempts.inc({ outcome: 'delivered' });
      return;
    }
    const next = new Date(now.getTime() + retryDelay(row.attempts, this.config.WEBHOOK_RETRY_BASE_MS));
    if (next.getTime() <= row.retryUntil.getTime()) {
      await this.repo.recordAttempt(row.id, log, { status: 'PENDING', nextAttemptAt: next });
      this.attempts.inc({ outcome: 'retry' });
      await this.queue
        .schedule(row.id, next)
        .catch((err) => this.logger.warn({ err: err.message }, 'could not queue a retry (the sweep will)'));
      return;
    }
    await this.repo.recordAttempt(row.id, log, { status: 'FAILED', nextAttemptAt: null });
    this.attempts.inc({ outcome: 'failed' });
    // A whole day of failures with no success at all for this endpoint: stop sending to it until the owner fixes it.
    const endpoint = await this.repo.lastSuccess(row.endpointId);
    const windowStart = row.retryUntil.getTime() - RETRY_WINDOW_MS;
    if (endpoint?.enabled && (!endpoint.lastSuccessAt || endpoint.lastSuccessAt.getTime() < windowStart)) {
      await this.repo.disableEndpoint(row.endpointId, `no successful delivery for a day (last error: ${result.error})`, now);
      await this.subscribers.changed(row.tenantId);
      this.logger.warn({ endpointId: row.endpointId }, 'webhook endpoint disabled after a day of failures');
    }
  }

  private agentFor(url: URL): Agent {
    let agent = this.agents.get(url.origin);
    if (!agent) {
      if (this.agents.size >= 100) {
        const [oldest, old] = this.agents.entries().next().value as [string, Agent];
        old.destroy();
        this.agents.delete(oldest);
      }
      agent = new Agent({ keepAlive: true, maxSockets: 4, timeout: this.config.WEBHOOK_TIMEOUT_MS });
      this.agents.set(url.origin, agent);
    }
    return agent;
  }

  private wake(): void {
    if (this.config.WEBHOOK_POLL_MS <= 0 || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.poll();
  }

  private schedulePoll(): void {
    if (this.stopped) return;
    const every = this.config.REDIS_URL ? Math.max(this.config.WEBHOOK_POLL_MS, SWEEP_WITH_REDIS_MS) : this.config.WEBHOOK_POLL_MS;
    this.timer = setTimeout(() => this.poll(), every);
    this.timer.unref();
  }

  private poll(): void {
    this.running = this.processDue(new Date())
      .then(() => undefined)
      .catch((err) => this.logger.error({ err }, 'webhook poll failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.poll();
        } else this.schedulePoll();
      });
  }
}
