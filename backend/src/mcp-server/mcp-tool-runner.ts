import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ToolDefinition, ToolResult } from '@tajer/tools';
import { ApprovalService } from '../agent/approval.service';
import { ToolExecutor } from '../agent/tool-executor';
import type { TurnContext } from '../agent/turn-context';
import type { Principal } from '../auth/principal';
import { approvalNote, pendingApprovals } from '../channels/approval-note';
import { ChannelConversationsRepository } from '../channels/channel-conversations.repository';
import type { Lang, MessagePart } from '../chat/chat-events';
import { ChatEventBus } from '../conversations/events/chat-event-bus';
import { ConversationsRepository } from '../conversations/conversations.repository';
import { toChatMessage } from '../conversations/conversations.mapper';

export const CHANNEL = 'mcp';
const DATA_LIMIT = 6000;

export interface McpCallContext {
  principal: Principal & { tenantId: string };
  /** The MCP session (Mcp-Session-Id): all its calls are one conversation. */
  sessionId?: string;
  lang: Lang;
}

export interface McpCallResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
  [key: string]: unknown;
}

/** Only a key explicitly created with mcp:write runs MCP writes without waiting for a person's approval. */
export const runsWritesAtOnce = (p: Principal) => p.via === 'api-key' && p.scopes.includes('mcp:write');

/**
 * Runs a tool called over MCP exactly as the chat runs the agent's calls (same executor: validation, proposals for
 * writes, records, events) and logs it in the session's conversation: the call as the user's message, the outcome
 * as the assistant's, so the app and the support console show it like any chat turn.
 */
@Injectable()
export class McpToolRunner {
  constructor(
    private readonly executor: ToolExecutor,
    private readonly approvals: ApprovalService,
    private readonly conversations: ConversationsRepository,
    private readonly channels: ChannelConversationsRepository,
    private readonly bus: ChatEventBus,
  ) {}

  async call(ctx: McpCallContext, def: ToolDefinition, args: Record<string, unknown>): Promise<McpCallResult> {
    const { principal, lang } = ctx;
    const tenantId = principal.tenantId;
    const conversationId = await this.conversationFor(ctx, def.name);
    const { message: user } = await this.conversations.insertUserMessage({
      tenantId,
      conversationId,
      clientMessageId: `mcp-${randomUUID()}`,
      text: `MCP · ${def.name} ${JSON.stringify(args)}`,
      parts: [{ type: 'text', text: `MCP · ${def.name} ${JSON.stringify(args)}` }],
      language: lang,
    });
    const assistant = await this.conversations.createAssistantMessage({
      tenantId,
      conversationId,
      language: lang,
      provider: CHANNEL,
      model: 'mcp-client',
    });
    await this.bus.publish({ type: 'message.accepted', conversationId, message: toChatMessage(user), assistantMessageId: assistant.id });

    const started = Date.now();
    const turn: TurnContext = {
      tenantId,
      userId: principal.userId,
      principal,
      conversationId,
      messageId: assistant.id,
      lang,
      channel: CHANNEL,
      attachmentIds: typeof args.attachmentId === 'string' ? [args.attachmentId] : [],
      parts: [],
      toolRuns: [],
      signal: new AbortController().signal,
    };
    const outcome = await this.executor.execute(turn, def.name, args);
    const pending = pendingApprovals(turn.parts);
    const autoApprove = pending.length > 0 && runsWritesAtOnce(principal);

    let text = [outcome.preamble, outcome.summary].filter(Boolean).join('\n\n');
    // The tool's summary already is the proposal: the note only adds how to approve it.
    if (pending.length && !autoApprove)
      text += `\n\n${approvalNote(pending, lang, principal.via !== 'api-key' || principal.scopes.includes('write'), false)}`;
    const parts: MessagePart[] = [...turn.parts, { type: 'text', text }];
    const row = await this.conversations.finishMessage(assistant.id, {
      status: outcome.status === 'failed' ? 'FAILED' : 'COMPLETED',
      text,
      parts: parts as object[],
      language: lang,
      latencyMs: Date.now() - started,
      provider: CHANNEL,
      error: outcome.status === 'failed' ? (outcome.error?.code ?? 'TOOL_ERROR') : null,
    });
    await this.bus.publish({ type: 'message.completed', conversationId, message: toChatMessage(row) });

    if (autoApprove)
      return this.applyAtOnce(
        ctx,
        def,
        pending.map((p) => p.toolCallId),
        conversationId,
      );
    if (pending.length) {
      return result(text, {
        status: 'awaiting_approval',
        conversationId,
        approvals: pending.map((p) => ({ ...p, proposal: proposalOf(turn.parts, p.toolCallId) })),
      });
    }
    if (outcome.status === 'failed') return { ...result(text, { status: 'failed', conversationId, error: outcome.error }), isError: true };
    return result(text, { status: 'succeeded', conversationId, data: outcome.data });
  }

  /** mcp:write: the proposal is approved at once, through the same approval path as a person's click (logged, evented). */
  private async applyAtOnce(
    ctx: McpCallContext,
    def: ToolDefinition,
    toolCallIds: string[],
    conversationId: string,
  ): Promise<McpCallResult> {
    const summaries: string[] = [];
    const data: unknown[] = [];
    let failed = false;
    for (const toolCallId of toolCallIds) {
      const decided = await this.approvals.decide(ctx.principal, { toolCallId, decision: 'approve' });
      const outcome: ToolResult | undefined = decided.result;
      if (!outcome?.success) failed = true;
      if (outcome) summaries.push(this.executor.summarize(def, outcome, ctx.lang));
      data.push(outcome?.success ? outcome.data : outcome?.error);
    }
    const text = summaries.join('\n\n');
    const body = result(text, {
      status: failed ? 'failed' : 'succeeded',
      conversationId,
      approvedAtOnce: toolCallIds,
      data: data.length === 1 ? data[0] : data,
    });
    return failed ? { ...body, isError: true } : body;
  }

  /** One conversation per MCP session (per API key, so two keys never share one); a call without a session gets its own. */
  private async conversationFor(ctx: McpCallContext, firstTool: string): Promise<string> {
    const p = ctx.principal;
    const externalRef = ctx.sessionId ? `${p.apiKeyId ?? `user-${p.userId}`}:${ctx.sessionId}` : null;
    if (externalRef) {
      const found = await this.channels.findByRef(p.tenantId, p.userId, CHANNEL, externalRef);
      if (found) return found.id;
    }
    const created = await this.channels.create({
      tenantId: p.tenantId,
      userId: p.userId,
      channel: CHANNEL,
      externalRef,
      title: `MCP · ${firstTool}`,
      language: ctx.lang,
    });
    return created.id;
  }
}

function proposalOf(parts: MessagePart[], toolCallId: string) {
  const part = parts.find((p) => p.type === 'tool' && p.toolCallId === toolCallId);
  return part && part.type === 'tool' ? part.proposal : undefined;
}

/** The summary for people and models, then the structured outcome as JSON (bounded, like what the chat's model reads). */
function result(text: string, structured: Record<string, unknown>): McpCallResult {
  let json = JSON.stringify(structured);
  if (json.length > DATA_LIMIT) json = `${json.slice(0, DATA_LIMIT)}…`;
  return {
    content: [
      { type: 'text', text },
      { type: 'text', text: json },
    ],
  };
}
