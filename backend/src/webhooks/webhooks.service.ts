import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Principal } from '../auth/principal';
import { notFound, validationFailed } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RETRY_WINDOW_MS, WebhookDispatcher } from './webhook-dispatcher';
import { checkUrlShape, resolveTarget, TargetRefused } from './webhook-target';
import type { CreateWebhookDto, ListDeliveriesDto, UpdateWebhookDto } from './webhooks.schemas';
import { WebhooksRepository } from './webhooks.repository';
import { WebhookSubscribers } from './webhook-subscribers';

/** whsec_ + base64 of 32 random bytes: the Standard Webhooks secret format. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** The owner's webhook endpoints: registration (HTTPS, public addresses only), the delivery log, redelivery. */
@Injectable()
export class WebhooksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: WebhooksRepository,
    private readonly dispatcher: WebhookDispatcher,
    private readonly subscribers: WebhookSubscribers,
  ) {}

  /** The signing secret is returned here and by rotate-secret only. */
  async create(principal: Principal & { tenantId: string }, dto: CreateWebhookDto) {
    await this.checkUrl(dto.url);
    const secret = newSecret();
    const endpoint = await this.repo.createEndpoint({
      tenantId: principal.tenantId,
      url: dto.url,
      description: dto.description ?? null,
      events: dto.events,
      secret,
      createdById: principal.userId,
    });
    await this.subscribers.changed(principal.tenantId);
    return { ...endpoint, secret };
  }

  list(tenantId: string) {
    return this.repo.listEndpoints(tenantId);
  }

  async get(tenantId: string, id: string) {
    const endpoint = await this.repo.findEndpoint(tenantId, id);
    if (!endpoint) throw notFound('Webhook');
    return endpoint;
  }

  async update(tenantId: string, id: string, dto: UpdateWebhookDto) {
    if (dto.url) await this.checkUrl(dto.url);
    const enabling = dto.enabled === true ? { disabledAt: null, disabledReason: null } : {};
    const pausing = dto.enabled === false ? { disabledReason: 'paused by the owner' } : {};
    if (!(await this.repo.updateEndpoint(tenantId, id, { ...dto, ...enabling, ...pausing }))) throw notFound('Webhook');
    await this.subscribers.changed(tenantId);
    return this.get(tenantId, id);
  }

  async rotateSecret(tenantId: string, id: string) {
    const secret = newSecret();
    if (!(await this.repo.updateEndpoint(tenantId, id, { secret }))) throw notFound('Webhook');
    return { id, secret };
  }

  async remove(tenantId: string, id: string) {
    if (!(await this.repo.deleteEndpoint(tenantId, id))) throw notFound('Webhook');
    await this.subscribers.changed(tenantId);
    return { id, deleted: true };
  }

  async deliveries(tenantId: string, endpointId: string, q: ListDeliveriesDto) {
    await this.get(tenantId, endpointId);
    const status = q.status ? (q.status.toUpperCase() as 'PENDING' | 'SUCCEEDED' | 'FAILED') : undefined;
    const { items, total } = await this.repo.listDeliveries(tenantId, endpointId, {
      status,
      eventType: q.event,
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    return {
      items: items.map((d) => ({
        id: d.id,
        event: d.event,
        status: d.status.toLowerCase(),
        attempts: d.attempts,
        nextAttemptAt: d.nextAttemptAt,
        retryUntil: d.retryUntil,
        deliveredAt: d.deliveredAt,
        lastStatusCode: d.lastStatusCode,
        lastError: d.lastError,
        createdAt: d.createdAt,
        log: d.log.map((a) => ({
          attempt: a.attempt,
          at: a.at,
          statusCode: a.statusCode,
          durationMs: a.durationMs,
          error: a.error,
          response: a.response,
        })),
      })),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }

  /** Sends one delivery again now (same event id, so a receiver that already has it can ignore it). */
  async redeliver(tenantId: string, endpointId: string, deliveryId: string) {
    const now = new Date();
    if (!(await this.repo.redeliver(tenantId, endpointId, deliveryId, now, new Date(now.getTime() + RETRY_WINDOW_MS))))
      throw notFound('Delivery');
    await this.dispatcher.schedule(deliveryId, now);
    return { id: deliveryId, status: 'pending' };
  }

  /**
   * HTTPS and not a private address; a host that already resolves is checked address by address (the check is
   * repeated at every delivery, since DNS can change).
   */
  private async checkUrl(url: string): Promise<void> {
    const allow = this.config.WEBHOOK_ALLOW_PRIVATE;
    try {
      checkUrlShape(url, allow);
      await resolveTarget(url, allow).catch((err) => {
        if (err instanceof TargetRefused && /private|reserved/.test(err.message)) throw err;
      });
    } catch (err) {
      if (err instanceof TargetRefused) throw validationFailed([{ field: 'url', message: err.message }]);
      throw err;
    }
  }
}
