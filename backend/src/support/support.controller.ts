import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response } from 'fastify';
import { Access, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { RequestId } from '../common/http/request-id.decorator';
import { SupportExportService } from './support-export.service';
import { DETAIL_EXAMPLE, LIST_EXAMPLE, NOTE_EXAMPLE, TAGS_EXAMPLE } from './support.examples';
import {
  AddNoteDto,
  AddNoteSchema,
  ExportSupportConversationsDto,
  ExportSupportConversationsSchema,
  GetSupportConversationDto,
  GetSupportConversationSchema,
  ListSupportConversationsDto,
  ListSupportConversationsSchema,
  SetTagsDto,
  SetTagsSchema,
  SUPPORT_EXPORT_MAX,
} from './support.schemas';
import { SupportService } from './support.service';

const FILTER_QUERIES = [
  { name: 'from', required: false, description: 'Active from this date: YYYY-MM-DD (Algiers) or ISO date-time', example: '2026-03-01' },
  { name: 'to', required: false, description: 'Active up to this date (inclusive YYYY-MM-DD)', example: '2026-03-31' },
  { name: 'tenantId', required: false, description: 'One business (platform staff); owners only ever see their own' },
  { name: 'userId', required: false, description: "One user's conversations" },
  { name: 'tool', required: false, description: 'A tool used in the conversation', example: 'inventory_adjust' },
  { name: 'writeTool', required: false, enum: ['true', 'false'], description: 'A write tool ran after approval (approved or edited)' },
  { name: 'lang', required: false, description: 'Conversation or message language', example: 'ar' },
  { name: 'hasError', required: false, enum: ['true', 'false'], description: 'A message or tool call failed' },
  { name: 'rating', required: false, enum: ['up', 'down'], description: 'Thumbs on any message' },
  { name: 'q', required: false, description: 'Full-text search of the messages (accents, Arabic, partial words)', example: 'semoule' },
  { name: 'tag', required: false, description: 'A support tag' },
  { name: 'unmask', required: false, enum: ['true', 'false'], description: 'ADMIN only: personal data unmasked (audited)' },
];
const ApiFilterQueries = () => (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
  for (const q of FILTER_QUERIES) ApiQuery(q)(target, key, descriptor);
};

/**
 * Conversation review for support staff (SUPPORT, ADMIN: every business, every access audited) and owners (their
 * business). Personal data is masked unless an ADMIN asks for `unmask=true`.
 */
@ApiTags('support')
@ApiBearerAuth()
@Access('support.console', 'team.review')
@Controller('support/conversations')
export class SupportController {
  constructor(
    private readonly service: SupportService,
    private readonly exporter: SupportExportService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Conversation logs with filters (dates, business, user, tool, write tool, language, errors, thumbs, text, tag)',
  })
  @ApiFilterQueries()
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number, description: 'Max 100' })
  @ApiOkResponse({ schema: { example: LIST_EXAMPLE } })
  list(
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string | null,
    @Query(zod(ListSupportConversationsSchema)) dto: ListSupportConversationsDto,
  ) {
    return this.service.list(p, dto, requestId);
  }

  // Declared before ':id' so "export" is never read as a conversation id.
  @Get('export')
  @ApiOperation({
    summary: `Download the matching conversations: JSONL (one conversation per line) or CSV (one row per message), at most ${SUPPORT_EXPORT_MAX}`,
  })
  @ApiFilterQueries()
  @ApiQuery({ name: 'format', required: false, enum: ['jsonl', 'csv'] })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: `Max ${SUPPORT_EXPORT_MAX}` })
  @ApiProduces('application/x-ndjson', 'text/csv')
  async export(
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string | null,
    @Query(zod(ExportSupportConversationsSchema)) dto: ExportSupportConversationsDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await this.exporter.export(p, dto, requestId);
    res.header('X-Export-Count', String(file.count));
    res.header('X-Export-Truncated', String(file.truncated));
    return new StreamableFile(file.body, { type: file.contentType, disposition: `attachment; filename="${file.filename}"` });
  }

  @Get(':id')
  @ApiOperation({ summary: 'A conversation in full: messages with parts, tool calls with linked records, timeline, tags, notes, feedback' })
  @ApiQuery({ name: 'unmask', required: false, enum: ['true', 'false'], description: 'ADMIN only (audited)' })
  @ApiOkResponse({ schema: { example: DETAIL_EXAMPLE } })
  get(
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string | null,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query(zod(GetSupportConversationSchema)) dto: GetSupportConversationDto,
  ) {
    return this.service.get(p, id, dto.unmask, requestId);
  }

  @Put(':id/tags')
  @ApiOperation({ summary: "Replace the conversation's support tags (audited)" })
  @ApiBody({ schema: openApi(SetTagsSchema, { tags: ['stock', 'à revoir'] }) })
  @ApiOkResponse({ schema: { example: TAGS_EXAMPLE } })
  setTags(
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string | null,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(zod(SetTagsSchema)) dto: SetTagsDto,
  ) {
    return this.service.setTags(p, id, dto.tags, requestId);
  }

  @Post(':id/notes')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a private review note, never shown to the conversation’s user (audited)' })
  @ApiBody({ schema: openApi(AddNoteSchema, { text: "L'assistant a confondu semoule fine et moyenne" }) })
  @ApiOkResponse({ schema: { example: NOTE_EXAMPLE } })
  addNote(
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string | null,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(zod(AddNoteSchema)) dto: AddNoteDto,
  ) {
    return this.service.addNote(p, id, dto.text, requestId);
  }
}
