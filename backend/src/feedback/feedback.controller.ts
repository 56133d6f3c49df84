import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { z } from 'zod';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, TenantId } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { openApi, openApiResponse } from '../common/validation/openapi';
import { FEEDBACK_PAGE_EXAMPLE, FEEDBACK_RATING_EXAMPLE, FEEDBACK_SUBMITTED_EXAMPLE } from './feedback.examples';
import { FeedbackPageResponse, FeedbackSubmittedResponse } from '@tajer/contract';
import { zod } from '../common/validation/zod-validation.pipe';
import { RequestId } from '../common/http/request-id.decorator';
import { FeedbackService } from './feedback.service';
import {
  ExportFeedbackDto,
  ExportFeedbackSchema,
  FEEDBACK_CATEGORIES,
  FEEDBACK_SEVERITIES,
  ListFeedbackDto,
  ListFeedbackSchema,
  RateMessageDto,
  RateMessageSchema,
  SubmitFeedbackDto,
  SubmitFeedbackSchema,
} from './feedback.schemas';

const RateByPathSchema = z
  .object({
    up: z.boolean().describe('true: thumbs up, false: thumbs down'),
    comment: z.string().trim().max(2000).optional().describe('Why'),
  })
  .strict();

const FILTER_QUERIES = [
  { name: 'category', required: false, enum: FEEDBACK_CATEGORIES },
  { name: 'severity', required: false, enum: FEEDBACK_SEVERITIES },
  { name: 'from', required: false, description: 'YYYY-MM-DD or ISO date-time', example: '2026-03-01' },
  { name: 'to', required: false, description: 'YYYY-MM-DD (inclusive) or ISO date-time', example: '2026-03-31' },
  { name: 'tenantId', required: false, description: 'Platform staff only: one business' },
  { name: 'unmask', required: false, enum: ['true', 'false'], description: 'ADMIN only: personal data unmasked (audited)' },
];
const ApiFilterQueries = () => (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
  for (const q of FILTER_QUERIES) ApiQuery(q)(target, key, descriptor);
};

@ApiTags('feedback')
@ApiBearerAuth()
@Controller('feedback')
export class FeedbackController {
  constructor(private readonly service: FeedbackService) {}

  @Post()
  @Access('feedback.send')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Send a bug report, suggestion or comment (the category is inferred when omitted); critical bugs alert the team by email',
  })
  @ApiBody({ schema: openApi(SubmitFeedbackSchema, { message: "Ça plante quand j'ajoute une dépense, j'ai perdu ma saisie", rating: 2 }) })
  @ApiOkResponse({ schema: openApiResponse(FeedbackSubmittedResponse, FEEDBACK_SUBMITTED_EXAMPLE) })
  submit(@TenantId() tenantId: string, @CurrentPrincipal() principal: Principal, @Body(zod(SubmitFeedbackSchema)) dto: SubmitFeedbackDto) {
    return this.service.submit({ tenantId, userId: principal.userId }, dto);
  }

  @Post('message-rating')
  @Access('feedback.send')
  @HttpCode(201)
  @ApiOperation({ summary: "Thumbs up/down on an assistant answer (replaces the caller's previous rating of it)" })
  @ApiBody({ schema: openApi(RateMessageSchema, { messageId: '5e2d…', up: false, comment: 'Le total affiché est faux' }) })
  @ApiOkResponse({ schema: openApiResponse(FeedbackSubmittedResponse, FEEDBACK_RATING_EXAMPLE) })
  rate(@TenantId() tenantId: string, @CurrentPrincipal() principal: Principal, @Body(zod(RateMessageSchema)) dto: RateMessageDto) {
    return this.service.rateMessage(tenantId, principal.userId, dto.messageId, dto.up, dto.comment);
  }

  /** The chat UI's thumbs: the message id in the path. Same behaviour as `POST /feedback/message-rating`. */
  @Post('messages/:messageId')
  @Access('feedback.send')
  @HttpCode(201)
  @ApiOperation({ summary: 'Thumbs up/down (with an optional comment) on the assistant answer in the path' })
  @ApiBody({ schema: openApi(RateByPathSchema, { up: true, comment: 'Parfait' }) })
  @ApiOkResponse({ schema: openApiResponse(FeedbackSubmittedResponse, FEEDBACK_RATING_EXAMPLE) })
  rateByPath(
    @TenantId() tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @Param('messageId', new ParseUUIDPipe()) messageId: string,
    @Body(zod(RateByPathSchema)) dto: z.infer<typeof RateByPathSchema>,
  ) {
    return this.service.rateMessage(tenantId, principal.userId, messageId, dto.up, dto.comment);
  }

  @Get()
  @Access('feedback.read')
  @ApiOperation({ summary: "Feedback received: the owner's business, or every business for support staff" })
  @ApiFilterQueries()
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number })
  @ApiOkResponse({ schema: openApiResponse(FeedbackPageResponse, FEEDBACK_PAGE_EXAMPLE) })
  list(
    @CurrentPrincipal() principal: Principal,
    @RequestId() requestId: string | null,
    @Query(zod(ListFeedbackSchema)) query: ListFeedbackDto,
  ) {
    return this.service.list(principal, query, requestId);
  }

  @Get('export')
  @Access('feedback.read')
  @ApiOperation({ summary: 'Download feedback as CSV (UTF-8 with BOM, opens in Excel) or JSON' })
  @ApiFilterQueries()
  @ApiQuery({ name: 'format', required: false, enum: ['csv', 'json'] })
  @ApiProduces('text/csv', 'application/json')
  async export(
    @CurrentPrincipal() principal: Principal,
    @RequestId() requestId: string | null,
    @Query(zod(ExportFeedbackSchema)) query: ExportFeedbackDto,
  ) {
    const file = await this.service.export(principal, query, undefined, requestId);
    return new StreamableFile(file.body, { type: file.contentType, disposition: `attachment; filename="${file.filename}"` });
  }
}
