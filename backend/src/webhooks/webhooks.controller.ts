import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, TenantId, UserSessionOnly } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { BUSINESS_EVENT_TYPES } from '../events/business-events.types';
import {
  CreateWebhookDto,
  CreateWebhookSchema,
  ListDeliveriesDto,
  ListDeliveriesSchema,
  UpdateWebhookDto,
  UpdateWebhookSchema,
} from './webhooks.schemas';
import { WebhooksService } from './webhooks.service';

const uuid = () => new ParseUUIDPipe();

/**
 * Webhooks: the owner's HTTPS endpoints receive the business events they chose, signed per Standard Webhooks
 * (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`). Managing
 * them takes the signed-in owner, like API keys: an endpoint outlives any key, so a leaked key must not be able to
 * open a channel that keeps receiving the business's events after it is revoked (and URLs may carry tokens).
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('OWNER')
@UserSessionOnly()
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    summary: 'Register an endpoint (the signing secret whsec_… is shown only in this response)',
    description: `Events: ${BUSINESS_EVENT_TYPES.join(', ')}. Body of each delivery: {"type", "timestamp", "data"}. Retried with exponential backoff for a day; an endpoint that fails for a whole day is disabled.`,
  })
  @ApiBody({
    schema: openApi(CreateWebhookSchema, {
      url: 'https://hooks.example.com/tajer',
      events: ['sale.created', 'stock.low'],
      description: 'ERP',
    }),
  })
  create(@CurrentPrincipal() p: Principal, @TenantId() tenantId: string, @Body(zod(CreateWebhookSchema)) dto: CreateWebhookDto) {
    return this.webhooks.create({ ...p, tenantId }, dto);
  }

  @Get()
  @ApiOperation({ summary: "The business's endpoints (without their secrets)" })
  list(@TenantId() tenantId: string) {
    return this.webhooks.list(tenantId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One endpoint' })
  get(@TenantId() tenantId: string, @Param('id', uuid()) id: string) {
    return this.webhooks.get(tenantId, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the URL, the events or the description; pause (enabled: false) or re-enable' })
  @ApiBody({ schema: openApi(UpdateWebhookSchema, { events: ['sale.created'], enabled: true }) })
  update(@TenantId() tenantId: string, @Param('id', uuid()) id: string, @Body(zod(UpdateWebhookSchema)) dto: UpdateWebhookDto) {
    return this.webhooks.update(tenantId, id, dto);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the signing secret (the new one is shown only in this response)' })
  rotate(@TenantId() tenantId: string, @Param('id', uuid()) id: string) {
    return this.webhooks.rotateSecret(tenantId, id);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete an endpoint and its delivery log' })
  remove(@TenantId() tenantId: string, @Param('id', uuid()) id: string) {
    return this.webhooks.remove(tenantId, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'Delivery log: each event sent to this endpoint with every attempt (status, HTTP code, error, duration)' })
  @ApiQuery({ name: 'status', required: false, enum: ['pending', 'succeeded', 'failed'] })
  @ApiQuery({ name: 'event', required: false, enum: BUSINESS_EVENT_TYPES })
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number })
  deliveries(@TenantId() tenantId: string, @Param('id', uuid()) id: string, @Query(zod(ListDeliveriesSchema)) q: ListDeliveriesDto) {
    return this.webhooks.deliveries(tenantId, id, q);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivery again now (same event id), with a new day of retries' })
  redeliver(@TenantId() tenantId: string, @Param('id', uuid()) id: string, @Param('deliveryId', uuid()) deliveryId: string) {
    return this.webhooks.redeliver(tenantId, id, deliveryId);
  }
}
