import { Inject, Injectable, Logger } from '@nestjs/common';
import { ACCESS, say, type Lang, type Localized, type Role } from '@tajer/contract';
import { toToolError, type ToolContext, type ToolDefinition, type ToolProposal, type ToolResult } from '@tajer/tools';
import type { ApprovalProposal, Clarification, MessagePart } from '../chat/chat-events';
import { ChatEventBus } from '../conversations/events/chat-event-bus';
import { ConversationsRepository } from '../conversations/conversations.repository';
import { ToolRegistry } from './tool-registry';
import { TOOL_SERVICES, TurnContext } from './turn-context';
import { AgentMetrics } from './agent-metrics';
import { boundJson } from './bounded-json';
import { canWrite } from '../auth/principal';
import { BusinessEvents } from '../events/business-events';

type ToolPart = Extract<MessagePart, { type: 'tool' }>;

/** What the model reads back from a tool call: a status, a natural-language summary, and the data. */
export interface ToolOutcome {
  status: 'succeeded' | 'failed' | 'awaiting_approval';
  summary: string;
  /** Said before an approval request (e.g. what was read on the receipt whose saving is proposed). */
  preamble?: string;
  data?: unknown;
  error?: { code: string; message: string };
  /**
   * The tool stopped to ask (which product? an unknown name): the user sees the question with buttons to tap, so the
   * answer adds nothing to it.
   */
  clarification?: Clarification;
}

const MODEL_DATA_LIMIT = 6000;

/**
 * Runs a tool for the agent: validates arguments, runs read tools at once, turns write tools into a proposal that
 * waits for the user's approval, records every call (arguments, result, status, duration, records touched) and
 * streams tool.started / tool.finished / approval.required events.
 */
@Injectable()
export class ToolExecutor {
  private readonly logger = new Logger(ToolExecutor.name);

  constructor(
    private readonly registry: ToolRegistry,
    private readonly repo: ConversationsRepository,
    private readonly bus: ChatEventBus,
    private readonly metrics: AgentMetrics,
    @Inject(TOOL_SERVICES) private readonly services: Record<string, unknown>,
    private readonly events: BusinessEvents,
  ) {}

  toolContext(
    turn: Pick<TurnContext, 'tenantId' | 'userId' | 'conversationId' | 'lang'> & { attachmentIds?: string[] },
    toolCallId?: string,
  ): ToolContext {
    return {
      tenantId: turn.tenantId,
      userId: turn.userId ?? '',
      conversationId: turn.conversationId,
      lang: turn.lang,
      services: this.services,
      attachmentIds: turn.attachmentIds ?? [],
      toolCallId,
    };
  }

  async execute(turn: TurnContext, name: string, rawArgs: unknown): Promise<ToolOutcome> {
    const def = this.registry.get(name);
    if (!def) return { status: 'failed', summary: `Unknown tool ${name}`, error: { code: 'UNKNOWN_TOOL', message: `No tool named ${name}` } };
    // MCP tools may bring a JSON schema rather than zod: the server validates those itself.
    const parsed = typeof def.schema?.safeParse === 'function' ? def.schema.safeParse(rawArgs ?? {}) : { success: true as const, data: rawArgs ?? {} };
    const args = (parsed.success ? parsed.data : (rawArgs ?? {})) as Record<string, unknown>;
    // A write that skips approval (feedback) is for the user's own words: once a tool's output (a receipt's printed
    // text, a page read by an MCP tool) is in the model's context it could be that text asking, so from then on such
    // a write waits for the user's approval like any other.
    const needsApproval = def.requiresApproval || (def.kind === 'write' && turn.toolRuns.length > 0);
    const kind = needsApproval ? 'write' : 'read';
    const allowed = toolRoles(def);
    const started = Date.now();
    const call = await this.repo.createToolCall({
      tenantId: turn.tenantId,
      conversationId: turn.conversationId,
      messageId: turn.messageId,
      name,
      kind,
      args: args as object,
      status: 'RUNNING',
      confirmation: needsApproval ? 'PENDING' : 'NOT_REQUIRED',
    });
    const part: ToolPart = { type: 'tool', toolCallId: call.id, name, kind, args, state: 'running' };
    turn.parts.push(part);
    await this.bus.publish({ type: 'tool.started', conversationId: turn.conversationId, messageId: turn.messageId, toolCallId: call.id, name, kind, args });

    // The same rule as the REST route and the page showing this data (ACCESS in @tajer/contract): a refusal is
    // recorded and answered like any failed call, in the user's language, before anything is read or proposed.
    if (!allowed.includes(turn.principal.role)) {
      this.logger.warn({ tool: name, role: turn.principal.role }, 'tool refused for this role');
      return this.finish(turn, def, part, started, { success: false, error: refusal(def, allowed, turn.lang) });
    }
    if (!parsed.success) {
      const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ');
      return this.finish(turn, def, part, started, { success: false, error: { code: 'INVALID_ARGUMENTS', message } });
    }
    const ctx = this.toolContext(turn, call.id);
    // A read-only API key never writes without approval (its proposals wait for someone allowed to decide).
    if (def.kind === 'write' && !needsApproval && !canWrite(turn.principal)) {
      return this.finish(turn, def, part, started, { success: false, error: readOnlyKey(turn.lang) });
    }
    if (needsApproval) return this.propose(turn, def, part, ctx, args, started);

    let result: ToolResult;
    try {
      result = def.run ? await def.run(ctx, args) : { success: false, error: { code: 'NOT_IMPLEMENTED', message: `${name} cannot run` } };
    } catch (err) {
      result = { success: false, error: toToolError(err, turn.lang) };
    }
    const outcome = await this.finish(turn, def, part, started, result);
    // A read tool may hand over a write for approval (a scanned receipt → "save this expense?").
    const followUp = result.success ? (result.data as { followUp?: { tool: string; args: Record<string, unknown> } })?.followUp : undefined;
    if (followUp && this.registry.get(followUp.tool)?.requiresApproval) {
      const next = await this.execute(turn, followUp.tool, followUp.args);
      if (next.status === 'awaiting_approval') return { ...next, preamble: outcome.summary };
      return { ...outcome, summary: `${outcome.summary}\n\n${next.summary}` };
    }
    return outcome;
  }

  /** Write tools: compute the exact change and wait. Nothing is written until the user approves. */
  private async propose(turn: TurnContext, def: ToolDefinition, part: ToolPart, ctx: ToolContext, args: Record<string, unknown>, started: number) {
    let result: ToolResult<ToolProposal>;
    try {
      result = def.propose
        ? await def.propose(ctx, args)
        : { success: true, data: { summary: `${def.name}(${JSON.stringify(args)})`, changes: [], editable: Object.keys(args) } };
    } catch (err) {
      result = { success: false, error: toToolError(err, turn.lang) };
    }
    if (!result.success) return this.finish(turn, def, part, started, result);
    const proposal: ApprovalProposal = {
      summary: result.data.summary,
      changes: result.data.changes,
      editable: result.data.editable,
      ...(result.data.notes?.length ? { notes: result.data.notes } : {}),
    };
    const finalArgs = result.data.args ?? args;
    await this.repo.awaitApproval(part.toolCallId, { proposal: proposal as object, args: finalArgs as object, durationMs: Date.now() - started });
    Object.assign(part, { state: 'awaiting-approval', proposal, args: finalArgs });
    turn.toolRuns.push({ name: def.name, args: finalArgs, status: 'awaiting_approval' });
    await this.bus.publish({
      type: 'approval.required',
      conversationId: turn.conversationId,
      messageId: turn.messageId,
      toolCallId: part.toolCallId,
      name: def.name,
      args: finalArgs,
      proposal,
    });
    this.events.emit(turn.tenantId, 'approval.pending', {
      toolCallId: part.toolCallId,
      conversationId: turn.conversationId,
      tool: def.name,
      args: finalArgs,
      proposal,
      approvePath: `/api/approvals/${part.toolCallId}`,
    }, part.toolCallId);
    return { status: 'awaiting_approval' as const, summary: proposal.summary, data: { proposal } };
  }

  private async finish(turn: TurnContext, def: ToolDefinition, part: ToolPart, started: number, result: ToolResult): Promise<ToolOutcome> {
    this.logCause(def.name, result);
    const durationMs = Date.now() - started;
    const summary = this.summarize(def, result, turn.lang);
    const status = result.success ? 'succeeded' : 'failed';
    const error = result.success ? undefined : result.error;
    const choices = (error as { choices?: unknown } | undefined)?.choices;
    const clarification: Clarification | undefined = Array.isArray(choices) ? { question: summary, choices } : undefined;
    await this.repo.finishToolCall(part.toolCallId, {
      status: result.success ? 'SUCCEEDED' : 'FAILED',
      result: (result.success ? result.data : result.error) as object,
      error: error?.message ?? null,
      durationMs,
      records: result.success ? result.records : undefined,
    });
    // One bounded copy for the chat (event, stored part, resume buffer); the call's row keeps the full result.
    const shown = result.success ? boundJson(result.data) : undefined;
    Object.assign(part, { state: status, summary, result: shown, error: error?.message, durationMs, ...(clarification ? { clarification } : {}) });
    turn.toolRuns.push({ name: def.name, args: part.args, status });
    this.metrics.toolFinished(def.name, status, durationMs);
    await this.bus.publish({
      type: 'tool.finished',
      conversationId: turn.conversationId,
      messageId: turn.messageId,
      toolCallId: part.toolCallId,
      name: def.name,
      status,
      summary,
      result: shown,
      error: error?.message,
      durationMs,
      ...(clarification ? { clarification } : {}),
    });
    return { status, summary, data: result.success ? truncate(result.data) : undefined, error, ...(clarification ? { clarification } : {}) };
  }

  /** The internal error behind a generic tool failure (see toToolError) goes to the log, never to the user or model. */
  logCause(tool: string, result: ToolResult): void {
    const cause = result.success ? undefined : (result.error as { cause?: unknown }).cause;
    if (cause) this.logger.error({ err: cause, tool }, 'tool failed');
  }

  summarize(def: ToolDefinition, result: ToolResult, lang: TurnContext['lang']): string {
    try {
      if (def.summarize) return def.summarize(result, lang);
    } catch (err) {
      this.logger.warn({ err, tool: def.name }, 'summarize failed');
    }
    return result.success ? JSON.stringify(result.data).slice(0, 500) : result.error.message;
  }
}

/** Who may call a tool: its declared roles, else the chat's (plugins and MCP tools that name none). */
export const toolRoles = (def: Pick<ToolDefinition, 'roles'>): readonly Role[] => def.roles ?? ACCESS.chat;

const OWNER_ONLY: Record<'read' | 'write', Localized> = {
  read: {
    fr: "Désolé, votre compte n'a pas accès à cette information : elle est réservée au propriétaire de la boutique.",
    ar: 'عذرا، حسابك لا يسمح بالاطلاع على هذه المعلومات: هي مخصصة لصاحب المحل.',
    en: "Sorry, your account can't see this: it is kept for the shop's owner.",
  },
  write: {
    fr: 'Désolé, votre compte ne peut pas faire cette modification : elle est réservée au propriétaire de la boutique.',
    ar: 'عذرا، حسابك لا يسمح بهذا التعديل: هو مخصص لصاحب المحل.',
    en: "Sorry, your account can't make this change: it is kept for the shop's owner.",
  },
};
const NOT_ALLOWED: Localized = {
  fr: "Désolé, votre compte n'a pas accès à cette fonction.",
  ar: 'عذرا، حسابك لا يسمح باستعمال هذه الخاصية.',
  en: "Sorry, your account can't use this.",
};

/** The polite refusal a tool call gets when the user's role may not use it (a FORBIDDEN failure, with its texts). */
export function refusal(def: Pick<ToolDefinition, 'requiresApproval'>, allowed: readonly Role[], lang: Lang) {
  const messages = allowed.length === 1 && allowed[0] === 'OWNER' ? OWNER_ONLY[def.requiresApproval ? 'write' : 'read'] : NOT_ALLOWED;
  return { code: 'FORBIDDEN', message: say(lang, messages), messages };
}

const READ_ONLY_KEY = {
  fr: "Cette clé d'API ne permet que la lecture : je ne peux rien enregistrer avec elle.",
  ar: 'مفتاح الواجهة هذا للقراءة فقط: لا يمكنني تسجيل أي شيء به.',
  en: 'This API key can only read: I cannot save anything with it.',
} as const;

/** The failure of a write attempted with a read-only API key, in the user's language. */
function readOnlyKey(lang: TurnContext['lang']) {
  return { code: 'FORBIDDEN', message: READ_ONLY_KEY[lang] ?? READ_ONLY_KEY.en, messages: READ_ONLY_KEY };
}

function truncate(data: unknown): unknown {
  const json = JSON.stringify(data ?? null);
  return json.length <= MODEL_DATA_LIMIT ? data : { truncated: true, preview: json.slice(0, MODEL_DATA_LIMIT) };
}
