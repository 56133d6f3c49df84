import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, TenantId } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { ListConversationsDto, ListConversationsSchema, RenameConversationDto, RenameConversationSchema } from './conversations.schemas';
import { ConversationsService } from './conversations.service';

@ApiTags('conversations')
@ApiBearerAuth()
@Access('chat')
@Controller('conversations')
export class ConversationsController {
  constructor(private readonly service: ConversationsService) {}

  @Get()
  @ApiOperation({ summary: "The caller's conversations, most recent first" })
  @ApiQuery({ name: 'q', required: false })
  @ApiQuery({ name: 'page', required: false, type: Number })
  list(@TenantId() tenantId: string, @CurrentPrincipal() p: Principal, @Query(zod(ListConversationsSchema)) dto: ListConversationsDto) {
    return this.service.list(tenantId, p.userId, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A conversation with its messages (parts: text, tool calls, attachments) and pending approvals' })
  get(@TenantId() tenantId: string, @CurrentPrincipal() p: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.service.get(tenantId, p.userId, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename a conversation' })
  @ApiBody({ schema: openApi(RenameConversationSchema, { title: 'Stock semoule' }) })
  rename(
    @TenantId() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(zod(RenameConversationSchema)) dto: RenameConversationDto,
  ) {
    return this.service.rename(tenantId, p.userId, id, dto.title);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a conversation (kept for support review, hidden from the user)' })
  remove(@TenantId() tenantId: string, @CurrentPrincipal() p: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.service.remove(tenantId, p.userId, id);
  }
}
