import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, TenantId } from '../../auth/auth.decorators';
import type { Principal } from '../../auth/principal';
import { openApi, openApiResponse } from '../../common/validation/openapi';
import { CAMPAIGN_EXAMPLE, CAMPAIGNS_EXAMPLE } from './campaigns.examples';
import { CampaignListResponse, CampaignResponse } from '@tajer/contract';
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
  @ApiOkResponse({ schema: openApiResponse(CampaignListResponse, CAMPAIGNS_EXAMPLE) })
  list(@TenantId() tenantId: string, @Query(zod(ListCampaignsSchema)) query: ListCampaignsDto) {
    return this.service.list(tenantId, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One campaign with its performance figures' })
  @ApiOkResponse({ schema: openApiResponse(CampaignResponse, CAMPAIGN_EXAMPLE) })
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
  @ApiOkResponse({ schema: openApiResponse(CampaignResponse, CAMPAIGN_EXAMPLE) })
  create(@TenantId() tenantId: string, @CurrentPrincipal() principal: Principal, @Body(zod(CreateCampaignSchema)) dto: CreateCampaignDto) {
    return this.service.create(tenantId, principal, dto);
  }

  @Patch(':id')
  @Access('campaigns.edit')
  @ApiOperation({ summary: "Update a campaign's status, schedule, budget or results (owner only)" })
  @ApiBody({ schema: openApi(UpdateCampaignSchema, { impressions: 52000, clicks: 1420, conversions: 155, cost: 20100, revenue: 104300 }) })
  @ApiOkResponse({ schema: openApiResponse(CampaignResponse, CAMPAIGN_EXAMPLE) })
  update(
    @TenantId() tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(zod(UpdateCampaignSchema)) dto: UpdateCampaignDto,
  ) {
    return this.service.update(tenantId, principal, id, dto);
  }
}
