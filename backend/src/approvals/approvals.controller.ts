import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApprovalService } from '../agent/approval.service';
import { CurrentPrincipal, TenantId } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { notFound } from '../common/errors/app-error';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { ApprovalsRepository } from './approvals.repository';
import { DecideApprovalDto, DecideApprovalSchema, ListApprovalsDto, ListApprovalsSchema } from './approvals.schemas';

/**
 * Approvals without the app: the write proposals the assistant made (in the chat, over /v1 or MCP) and a decision on
 * one. Deciding needs the `write` scope for an API key, so a read-only key can propose but never apply a change.
 */
@ApiTags('approvals')
@ApiBearerAuth()
@Controller('approvals')
export class ApprovalsController {
  constructor(
    private readonly approvals: ApprovalService,
    private readonly repo: ApprovalsRepository,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Write proposals waiting for a decision (the owner sees the whole business, staff their own)' })
  @ApiQuery({ name: 'conversationId', required: false })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  async list(@CurrentPrincipal() p: Principal, @TenantId() tenantId: string, @Query(zod(ListApprovalsSchema)) q: ListApprovalsDto) {
    const rows = await this.repo.listPending(tenantId, {
      userId: p.role === 'OWNER' ? undefined : p.userId,
      conversationId: q.conversationId,
      limit: q.limit,
    });
    return {
      items: rows.map((r) => ({
        toolCallId: r.id,
        conversationId: r.conversationId,
        channel: r.conversation.channel,
        tool: r.name,
        args: r.args,
        proposal: r.proposal,
        createdAt: r.createdAt,
      })),
    };
  }

  @Post(':toolCallId')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve (optionally with edited arguments) or reject a proposed change; applied exactly once' })
  @ApiParam({ name: 'toolCallId', description: 'The proposal, as given by approval.pending, the /v1 answer or the MCP tool result' })
  @ApiBody({ schema: openApi(DecideApprovalSchema, { decision: 'approve', edit: { quantity: 25 } }) })
  @ApiResponse({
    status: 409,
    description: 'The change is still being prepared (its proposal is not shown yet): decide once approval.pending has arrived',
    schema: { example: { statusCode: 409, code: 'CONFLICT', message: 'This change is not ready to be decided yet', requestId: 'b6f1…' } },
  })
  async decide(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @Param('toolCallId', new ParseUUIDPipe()) toolCallId: string,
    @Body(zod(DecideApprovalSchema)) dto: DecideApprovalDto,
  ) {
    const decision = dto.decision === 'reject' ? 'reject' : dto.edit ? 'edit' : 'approve';
    const { status } = await this.approvals.decide({ ...p, tenantId }, { toolCallId, decision, args: dto.edit });
    const call = await this.repo.outcome(tenantId, toolCallId);
    if (!call) throw notFound('Approval');
    return {
      toolCallId,
      tool: call.name,
      status,
      decision: call.confirmation.toLowerCase(),
      toolStatus: call.status.toLowerCase(),
      result: call.status === 'SUCCEEDED' ? call.result : undefined,
      error: call.error ?? undefined,
    };
  }
}
