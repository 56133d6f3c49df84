import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import type { WebhookDeliveryStatus } from '../generated/prisma/enums';
import { PrismaService } from '../database/prisma.service';

const sqlTime = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export const endpointView = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  disabledAt: true,
  disabledReason: true,
  lastSuccessAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export interface AttemptRecord {
  attempt: number;
  at: Date;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  response: string | null;
}

/** Webhook endpoints, events and deliveries. Every business query is scoped by tenantId; the worker's are global. */
@Injectable()
export class WebhooksRepository {
  constructor(private readonly prisma: PrismaService) {}

  // --- endpoints (the owner's) ---

  createEndpoint(data: {
    tenantId: string;
    url: string;
    description: string | null;
    events: string[];
    secret: string;
    createdById: string | null;
  }) {
    return this.prisma.webhookEndpoint.create({ data, select: endpointView });
  }

  listEndpoints(tenantId: string) {
    return this.prisma.webhookEndpoint.findMany({ where: { tenantId }, select: endpointView, orderBy: { createdAt: 'asc' } });
  }

  findEndpoint(tenantId: string, id: string) {
    return this.prisma.webhookEndpoint.findFirst({ where: { id, tenantId }, select: endpointView });
  }

  async updateEndpoint(tenantId: string, id: string, data: Prisma.WebhookEndpointUpdateManyMutationInput) {
    const { count } = await this.prisma.webhookEndpoint.updateMany({ where: { id, tenantId }, data });
    return count > 0;
  }

  async deleteEndpoint(tenantId: string, id: string) {
    const { count } = await this.prisma.webhookEndpoint.deleteMany({ where: { id, tenantId } });
    return count > 0;
  }

  // --- fan-out ---

  /** A business's enabled endpoints and the event types each listens to (cached by WebhookSubscribers). */
  enabledEndpoints(tenantId: string) {
    return this.prisma.webhookEndpoint.findMany({ where: { tenantId, enabled: true }, select: { id: true, events: true } });
  }

  /**
   * Stores the event once (its id is the idempotency key) and one delivery per endpoint; emitting the same event
   * again adds nothing. Returns the deliveries that are due now.
   */
  async enqueue(event: { id: string; tenantId: string; type: string; data: unknown; at: Date }, endpointIds: string[], retryUntil: Date) {
    await this.prisma.$transaction([
      this.prisma.webhookEvent.createMany({
        data: [
          { id: event.id, tenantId: event.tenantId, type: event.type, data: event.data as Prisma.InputJsonValue, createdAt: event.at },
        ],
        skipDuplicates: true,
      }),
      this.prisma.webhookDelivery.createMany({
        data: endpointIds.map((endpointId) => ({
          tenantId: event.tenantId,
          endpointId,
          eventId: event.id,
          nextAttemptAt: event.at,
          retryUntil,
        })),
        skipDuplicates: true,
      }),
    ]);
    return this.prisma.webhookDelivery.findMany({
      where: { eventId: event.id, endpointId: { in: endpointIds }, status: 'PENDING', attempts: 0 },
      select: { id: true, nextAttemptAt: true },
    });
  }

  // --- the worker ---

  /**
   * Claims due deliveries of enabled endpoints: FOR UPDATE SKIP LOCKED, so instances polling together never take
   * the same row, and the row is leased (nextAttemptAt pushed to `leaseUntil`) so a crash mid-send is retried after
   * the lease instead of being lost. The claim commits at once; no transaction stays open during the HTTP call.
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number, deliveryId?: string) {
    const only = deliveryId ? Prisma.sql`AND d."id" = ${deliveryId}` : Prisma.empty;
    const claimed = await this.prisma.$queryRaw<{ id: string }[]>`
      WITH due AS (
        SELECT d."id" FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e."id" = d."endpointId"
        WHERE d."status" = 'PENDING' AND d."nextAttemptAt" <= ${sqlTime(now)} AND e."enabled" ${only}
        ORDER BY d."nextAttemptAt" LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED
      )
      UPDATE "WebhookDelivery" d SET "nextAttemptAt" = ${sqlTime(leaseUntil)}, "attempts" = d."attempts" + 1,
        "lastAttemptAt" = ${sqlTime(now)}, "updatedAt" = now()
      FROM due WHERE d."id" = due."id"
      RETURNING d."id"`;
    if (!claimed.length) return [];
    return this.prisma.webhookDelivery.findMany({
      where: { id: { in: claimed.map((c) => c.id) } },
      include: { endpoint: { select: { id: true, url: true, secret: true, lastSuccessAt: true } }, event: true },
    });
  }

  /** The outcome of one attempt, in the log and on the delivery, together. */
  async recordAttempt(
    deliveryId: string,
    attempt: AttemptRecord,
    next: { status: WebhookDeliveryStatus; nextAttemptAt: Date | null; deliveredAt?: Date },
    endpointSucceeded?: { endpointId: string; at: Date },
  ) {
    await this.prisma.$transaction([
      this.prisma.webhookAttempt.create({ data: { deliveryId, ...attempt } }),
      this.prisma.webhookDelivery.update({
        where: { id: deliveryId },
        data: {
          status: next.status,
          nextAttemptAt: next.nextAttemptAt,
          deliveredAt: next.deliveredAt,
          lastStatusCode: attempt.statusCode,
          lastError: attempt.error,
        },
      }),
      ...(endpointSucceeded
        ? [
            this.prisma.webhookEndpoint.update({
              where: { id: endpointSucceeded.endpointId },
              data: { lastSuccessAt: endpointSucceeded.at },
            }),
          ]
        : []),
    ]);
  }

  /** Turns an endpoint off; what was still waiting for it is marked failed (the owner can redeliver it later). */
  async disableEndpoint(endpointId: string, reason: string, at: Date) {
    await this.prisma.$transaction([
      this.prisma.webhookEndpoint.update({ where: { id: endpointId }, data: { enabled: false, disabledAt: at, disabledReason: reason } }),
      this.prisma.webhookDelivery.updateMany({
        where: { endpointId, status: 'PENDING' },
        data: { status: 'FAILED', nextAttemptAt: null, lastError: `endpoint disabled: ${reason}` },
      }),
    ]);
  }

  lastSuccess(endpointId: string) {
    return this.prisma.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { lastSuccessAt: true, enabled: true } });
  }

  /** Overdue deliveries (a lost queue job, a restart): the sweep hands them to the queue again. */
  overdue(now: Date, limit: number) {
    return this.prisma.webhookDelivery.findMany({
      where: { status: 'PENDING', nextAttemptAt: { lte: now }, endpoint: { enabled: true } },
      select: { id: true, nextAttemptAt: true },
      orderBy: { nextAttemptAt: 'asc' },
      take: limit,
    });
  }

  // --- the delivery log ---

  async listDeliveries(
    tenantId: string,
    endpointId: string,
    opts: { status?: WebhookDeliveryStatus; eventType?: string; skip: number; take: number },
  ) {
    const where: Prisma.WebhookDeliveryWhereInput = {
      tenantId,
      endpointId,
      ...(opts.status ? { status: opts.status } : {}),
      ...(opts.eventType ? { event: { type: opts.eventType } } : {}),
    };
    const [items, total] = await Promise.all([
      this.prisma.webhookDelivery.findMany({
        where,
        orderBy: { createdAt: 'desc' },
        skip: opts.skip,
        take: opts.take,
        include: { event: { select: { id: true, type: true, createdAt: true } }, log: { orderBy: { attempt: 'asc' } } },
      }),
      this.prisma.webhookDelivery.count({ where }),
    ]);
    return { items, total };
  }

  /** Sends a delivery again from now, whatever its state (a new day of retries). */
  async redeliver(tenantId: string, endpointId: string, deliveryId: string, now: Date, retryUntil: Date) {
    const { count } = await this.prisma.webhookDelivery.updateMany({
      where: { id: deliveryId, tenantId, endpointId },
      data: { status: 'PENDING', nextAttemptAt: now, retryUntil, deliveredAt: null },
    });
    return count > 0;
  }
}
