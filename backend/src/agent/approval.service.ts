import { Injectable, Logger } from '@nestjs/common';
import { toToolError, type ToolDefinition, type ToolProposal, type ToolResult } from '@tajer/tools';
import type { Principal } from '../auth/principal';
import type { ApprovalProposal, Lang } from '../chat/chat-events';
import { ChatEventBus } from '../conversations/events/chat-event-bus';
import { AppError, ErrorCode, forbidden, notFound, validationFailed } from '../common/errors/app-error';
import { ConversationsRepository } from '../conversations/conversations.repository';
import { toChatMessage } from '../conversations/conversations.mapper';
import type { DecideDto } from './approval.schemas';
import { boundJson } from './bounded-json';
import { ToolExecutor, toolRoles } from './tool-executor';
import { ToolRegistry } from './tool-registry';
import { BusinessEvents } from '../events/business-events';

const REJECTED_REPLY: Record<Lang, string> = {
  fr: "D'accord, je n'ai rien modifié.",
  ar: 'حسنا، لم أغير أي شيء.',
  en: "OK, I didn't change anything.",
};

/**
 * Applies the user's decision on a write proposal: approve, edit (then apply) or reject. The decision is claimed
 * with a conditional update, so it is applied exactly once even when sent twice, from two tabs or two instances,
 * and a pending approval survives reconnects and restarts (it lives in the database).
 */
@Injectable()
export class ApprovalService {
  private readonly logger = new Logger(ApprovalService.name);

  constructor(
    private readonly repo: ConversationsRepository,
    private readonly registry: ToolRegistry,
    private readonly executor: ToolExecutor,
    private readonly bus: ChatEventBus,
    private readonly events: BusinessEvents,
  ) {}

  async decide(principal: Principal, dto: DecideDto): Promise<{ status: 'applied' | 'rejected' | 'already-decided'; result?: ToolResult }> {
    const tenantId = principal.tenantId;
    if (!tenantId) throw new AppError(ErrorCode.FORBIDDEN, 'This account has no business');
    // Whatever the channel (REST, socket, MCP), an API key decides only with a write scope: a read key proposes, never applies.
    if (principal.via === 'api-key' && !principal.scopes.some((s) => s === 'write' || s === 'mcp:write')) {
      throw new AppError(ErrorCode.FORBIDDEN, 'This API key lacks the "write" scope');
    }
    const call = await this.repo.findToolCall(tenantId, dto.toolCallId);
    // Only the person who asked (or the owner) may decide; anyone else gets "not found".
    if (!call || (call.conversation.userId !== principal.userId && principal.role !== 'OWNER')) throw notFound('Approval');
    if (call.confirmation !== 'PENDING') return { status: 'already-decided' };
    const def = this.registry.get(call.name);
    if (!def) throw notFound('Tool');
    // The same role rule as when the change was proposed (ACCESS in @tajer/contract).
    if (!toolRoles(def).includes(principal.role)) throw forbidden(`Your role may not use ${def.name}`);

    const conversationId = call.conversationId;
    const messageId = call.messageId ?? '';
    const assistant = messageId ? await this.repo.findMessage(tenantId, messageId) : null;
    const lang = ((assistant?.language as Lang) ?? 'fr') as Lang;

    let args = call.args as Record<string, unknown>;
    let proposal: ApprovalProposal | undefined;
    if (dto.decision === 'edit') ({ args, proposal } = await this.edited(def, call, dto.args ?? {}, { tenantId, userId: principal.userId, conversationId, lang }));
    const decision = dto.decision === 'reject' ? 'REJECTED' : dto.decision === 'edit' ? 'EDITED' : 'APPROVED';
    const resolved = {
      type: 'approval.resolved' as const,
      conversationId,
      messageId,
      toolCallId: call.id,
      decision: dto.decision === 'reject' ? ('rejected' as const) : dto.decision === 'edit' ? ('edited' as const) : ('approved' as const),
      args,
      ...(proposal ? { proposal } : {}),
    };

    // Exactly once, whatever stops the process: the claim of the decision, the write it approves, the call's outcome
    // and its stored chat part commit in one transaction (the tool's own transactions become savepoints in it). A
    // crash before the commit leaves the approval pending (decide again: it is applied then); after it, deciding
    // again answers "already decided" with the stored outcome. Events go out once it is committed.
    const applied = await this.repo.inTransaction(async () => {
      if (!(await this.repo.claimDecision(tenantId, call.id, decision, principal.userId, args as object, proposal as object | undefined))) return null;
      const started = Date.now();
      let result: ToolResult | null = null;
      let summary: string;
      let state: 'succeeded' | 'failed' | 'rejected';
      if (dto.decision === 'reject') {
        state = 'rejected';
        summary = REJECTED_REPLY[lang];
      } else {
        const ctx = this.executor.toolContext({ tenantId, userId: principal.userId, conversationId, lang }, call.id);
        try {
          // In a savepoint: a write that fails in the database rolls back alone, and the failure is still recorded.
          result = def.run ? await this.repo.atomically(() => def.run!(ctx, args)) : { success: false, error: { code: 'NOT_IMPLEMENTED', message: `${def.name} cannot run` } };
        } catch (err) {
          result = { success: false, error: toToolError(err, lang) };
        }
        this.executor.logCause(def.name, result);
        state = result.success ? 'succeeded' : 'failed';
        summary = this.executor.summarize(def, result, lang);
      }
      const durationMs = Date.now() - started;
      await this.repo.finishToolCall(call.id, {
        status: state === 'succeeded' ? 'SUCCEEDED' : state === 'failed' ? 'FAILED' : 'REJECTED',
        result: result ? ((result.success ? result.data : result.error) as object) : undefined,
        error: result && !result.success ? result.error.message : null,
        durationMs: (call.durationMs ?? 0) + durationMs,
        records: result?.success ? result.records : undefined,
      });
      if (assistant) {
        await this.repo.patchToolPart(assistant.id, call.id, { state, summary, args, ...(result?.success ? { result: boundJson(result.data) } : {}), ...(proposal ? { proposal } : {}) });
      }
      return { result, summary, state, durationMs };
    });
    if (!applied) return { status: 'already-decided' };
    const { result, summary, state, durationMs } = applied;

    await this.bus.publish(resolved);
    await this.bus.publish({
      type: 'tool.finished',
      conversationId,
      messageId,
      toolCallId: call.id,
      name: def.name,
      status: state,
      summary,
      result: result?.success ? boundJson(result.data) : undefined,
      error: result && !result.success ? result.error.message : undefined,
      durationMs,
    });
    this.events.emit(tenantId, 'approval.decided', {
      toolCallId: call.id,
      conversationId,
      tool: def.name,
      decision: dto.decision === 'reject' ? 'rejected' : dto.decision === 'edit' ? 'edited' : 'approved',
      outcome: state === 'succeeded' ? 'applied' : state,
      decidedById: principal.userId,
      args,
      summary,
    }, call.id);

    // The outcome is said in a short assistant message of its own, so the transcript reads naturally.
    const followUp = await this.repo.createAssistantMessage({ tenantId, conversationId, language: lang, provider: 'approval' });
    const row = await this.repo.finishMessage(followUp.id, { status: 'COMPLETED', text: summary, parts: [{ type: 'text', text: summary }], language: lang, latencyMs: durationMs });
    await this.bus.publish({ type: 'message.completed', conversationId, message: toChatMessage(row) });
    return { status: dto.decision === 'reject' ? 'rejected' : 'applied', result: result ?? undefined };
  }

  /**
   * An edit: only the fields the proposal declared editable may change (anything else is refused, so an edit can't
   * retarget the write), the arguments are re-validated, and the change is recomputed from them — the card then
   * shows what will really be applied ("5 → 29 (+24)", not the first proposal's "+12"). A recomputation that fails
   * (e.g. now more than the stock) refuses the edit and leaves the approval pending, so the user can correct it.
   */
  private async edited(
    def: ToolDefinition,
    call: { id: string; args: unknown; proposal: unknown },
    requested: Record<string, unknown>,
    turn: { tenantId: string; userId: string | null; conversationId: string; lang: Lang },
  ): Promise<{ args: Record<string, unknown>; proposal?: ApprovalProposal }> {
    const stored = call.args as Record<string, unknown>;
    const previous = call.proposal as ApprovalProposal | null;
    const editable = new Set(previous?.editable ?? []);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const locked = Object.keys(requested).filter((k) => !editable.has(k) && !same(requested[k], stored[k]));
    if (locked.length) throw validationFailed(locked.map((field) => ({ field, message: 'this field cannot be edited' })));
    const edits = Object.fromEntries(Object.entries(requested).filter(([k]) => editable.has(k)));
    const parsed = def.schema.safeParse({ ...stored, ...edits });
    if (!parsed.success) throw validationFailed(parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
    const args = parsed.data as Record<string, unknown>;
    if (!def.propose) return { args };
    const ctx = this.executor.toolContext(turn, call.id);
    let recomputed: ToolResult<ToolProposal>;
    try {
      recomputed = await def.propose(ctx, args);
    } catch (err) {
      this.logger.error({ err, tool: def.name }, 'proposal of an edit threw');
      throw new AppError(ErrorCode.INTERNAL, 'The edited change could not be checked');
    }
    if (!recomputed.success) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, this.executor.summarize(def, recomputed, turn.lang), [{ field: 'args', message: recomputed.error.message }]);
    }
    const { summary, changes, editable: nextEditable } = recomputed.data;
    return { args: { ...args, ...(recomputed.data.args ?? {}) }, proposal: { summary, changes, editable: nextEditable } };
  }
}
