import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, TenantId } from '../../auth/auth.decorators';
import { openApi, openApiResponse } from '../../common/validation/openapi';
import { CONTENT_PAGE_EXAMPLE, GENERATED_EXAMPLE } from './content.examples';
import { ContentPageResponse } from './content.responses';
import { zod } from '../../common/validation/zod-validation.pipe';
import { ContentService } from './content.service';
import { GenerateContentDto, GenerateContentSchema, ListContentDto, ListContentSchema } from './content.schemas';
import { CONTENT_CHANNELS } from './content.types';

@ApiTags('marketing')
@ApiBearerAuth()
@Access('marketing')
@Controller('content')
export class ContentController {
  constructor(private readonly service: ContentService) {}

  @Post('generate')
  @HttpCode(201)
  @ApiOperation({
    summary: "Write a ready-to-post text (Facebook, Instagram, SMS, email, WhatsApp) from the shop's real products and prices",
  })
  @ApiBody({ schema: openApi(GenerateContentSchema, { channel: 'sms', topic: 'promo ramadan', language: 'ar' }) })
  @ApiOkResponse({ schema: { example: GENERATED_EXAMPLE } })
  generate(@TenantId() tenantId: string, @Body(zod(GenerateContentSchema)) dto: GenerateContentDto) {
    return this.service.generate(tenantId, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Texts generated so far, newest first' })
  @ApiQuery({ name: 'channel', required: false, enum: CONTENT_CHANNELS })
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number })
  @ApiOkResponse({ schema: openApiResponse(ContentPageResponse, CONTENT_PAGE_EXAMPLE) })
  list(@TenantId() tenantId: string, @Query(zod(ListContentSchema)) query: ListContentDto) {
    return this.service.list(tenantId, query);
  }
}
