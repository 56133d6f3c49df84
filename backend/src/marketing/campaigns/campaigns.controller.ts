import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, TenantId } from '../../auth/auth.decorators';
import type { Principal } from '../../auth/principal';
import { openApi } from '../../common/validation/openapi';
import { zod } from '../../common/validation/zod-validation.pipe';
import { CampaignsService } from './campaigns.service';
import {
  CAMPAIGN_CHANNELS,
  CAMPAIGN_STATUSES,
  CreateCampaignDto,
  CreateCampaignSchema,
  ListCampaignsDto,
  ListCampaignsSchema,
  UpdateCampaignDto,
  UpdateCampaignSchema,
} from './campaigns.schemas';

const EXAMPLE = {
  id: '7f1d2f0e-3a5b-4c8e-9d1a-2b3c4d5e6f70',
  name: 'Ramadan -10 %',
  channel: 'facebook',
  status: 'active',
  startsAt: '2026-02-18T23:00:00.000Z',
  endsAt: '2026-03-19T23:00:00.000Z',
  currency: 'DZD',
  budget: 30000,
  cost: 18500,
  revenue: 96400,
  impressions: 48200,
  clicks: 1310,
  conversions: 142,
  ctr: 2.7,
  conversionRate: 10.8,
  costPerClick: 14.12,
  costPerConversion: 130.28,
  profit: 77900,
  roi: 4.211,
  roiPercent: 421.1,
  budgetUsed: 61.7,
  budgetRemaining: 11500,
  scheduleElapsed: 80.4,
  pace: { status: 'behind', targetConversions: 200, expectedConversions: 160.8, targetProgress: 71 },
  spendPace: { status: 'underspending', expectedSpend: 24120 },
};

@ApiTags('marketing')
@ApiBearerAuth()
@Access('marketing')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly service: CampaignsService) {}

  @Get()
  @ApiOperation({ summary: 'Campaigns with impressions, clicks, CTR, conversions, cost, revenue, ROI, budget used and pace vs target' })
  @ApiQuery({ name: 'status', required: false, enum: CAMPAIGN_STATUSES })
  @ApiQuery({ name: 'channel', required: false, enum: CAMPAIGN_CHANNELS })
  @ApiOkResponse({
    schema: {
      example: {
        currency: 'DZD',
        filter: { status: 'active', channel: null },
        campaigns: [EXAMPLE],
        totals: {
          campaigns: 1,
          active: 1,
          budget: 30000,
          cost: 18500,
          revenue: 96400,
          impressions: 48200,
          clicks: 1310,
          conversions: 142,
          ctr: 2.7,
          conversionRate: 10.8,
          roi: 4.211,
          behindTarget: ['Ramadan -10 %'],
        },
      },
    },
  })
  list(@TenantId() tenantId: string, @Query(zod(ListCampaignsSchema)) query: ListCampaignsDto) {
    return this.service.list(tenantId, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One campaign with its performance figures' })
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  get(@TenantId() tenantId: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.service.get(tenantId, id);
  }

  @Post()
  @Access('campaigns.edit')
  @ApiOperation({ summary: 'Create a campaign (owner only)' })
  @ApiBody({
    schema: openApi(CreateCampaignSchema, {
      name: 'Ramadan -10 %',
      channel: 'facebook',
      status: 'active',
      startsAt: '2026-02-19',
      endsAt: '2026-03-20',
      budget: 30000,
      targetConversions: 200,
    }),
  })
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  create(@TenantId() tenantId: string, @CurrentPrincipal() principal: Principal, @Body(zod(CreateCampaignSchema)) dto: CreateCampaignDto) {
    return this.service.create(tenantId, principal, dto);
  }

  @Patch(':id')
  @Access('campaigns.edit')
  @ApiOperation({ summary: "Update a campaign's status, schedule, budget or results (owner only)" })
  @ApiBody({ schema: openApi(UpdateCampaignSchema, { impressions: 52000, clicks: 1420, conversions: 155, cost: 20100, revenue: 104300 }) })
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  update(
    @TenantId() tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(zod(UpdateCampaignSchema)) dto: UpdateCampaignDto,
  ) {
    return this.service.update(tenantId, principal, id, dto);
  }
}
