import { Injectable, Logger } from '@nestjs/common';
import type { ToolDefinition, ToolProposal, ToolResult } from '@tajer/tools';
import type { Principal } from '../auth/principal';
import type { ApprovalProposal, Lang } from '../chat/chat-events';
import { ChatEventBus } from '../conversations/events/chat-event-bus';
import { AppError, ErrorCode, forbidden, notFound, validationFailed } from '../common/errors/app-error';
import { ConversationsRepository, REPLACED } from '../conversations/conversations.repository';
import { toChatMessage } from '../conversations/conversations.mapper';
import type { DecideDto } from './approval.schemas';
import { toolRoles } from './tool-executor';
import { ToolCallLifecycle, toProposal, type LiveCall, type PartSink } from './tool-call/tool-call-lifecycle';
import { DECIDED, DECIDED_OUTCOME, storedState, TERMINAL_STATES } from './tool-call/tool-call-states';
import { ToolRegistry } from './tool-registry';
import { BusinessEvents } from '../events/business-events';
import { message, messages } from '../common/localisation/messages';

const REJECTED_REPLY: Record<Lang, string> = messages('agent.rejected');

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
    private readonly lifecycle: ToolCallLifecycle,
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
    if (call.confirmation !== 'PENDING' && call.error !== REPLACED) return { status: 'already-decided' };
    const def = this.registry.get(call.name);
    if (!def) throw notFound('Tool');
    // The same role rule as when the change was proposed (ACCESS in @tajer/contract).
    if (!toolRoles(def).includes(principal.role)) throw forbidden(`Your role may not use ${def.name}`);

    const conversationId = call.conversationId;
    const messageId = call.messageId ?? '';
    const assistant = messageId ? await this.repo.findMessage(tenantId, messageId) : null;
    const lang = ((assistant?.language as Lang) ?? 'fr') as Lang;
    // A card a correction replaced can't be decided any more: said plainly (a 409 in the chat's language), never a quiet
    // "already decided" the owner would take for a recorded change.
    if (call.error === REPLACED)
      throw new AppError(ErrorCode.CONFLICT, message(lang, 'agent.replacedDecide'), {
        replacedBy: (call.result as { replacedBy?: string } | null)?.replacedBy ?? null,
      });
    const state = storedState(call.status, call.confirmation);
    // A proposal that could not be computed ended there (failed): nothing is left to decide.
    if (state && TERMINAL_STATES.includes(state)) return { status: 'already-decided' };
    // A write's call is announced before its proposal is computed: there is nothing to decide on until it is shown.
    if (state !== 'proposed') throw new AppError(ErrorCode.CONFLICT, 'This change is not ready to be decided yet');
    const live: LiveCall = { id: call.id, tenantId, conversationId, messageId, name: call.name, state };

    let args = call.args as Record<string, unknown>;
    let proposal: ApprovalProposal | undefined;
    if (dto.decision === 'edit')
      ({ args, proposal } = await this.edited(def, call, dto.args ?? {}, { tenantId, userId: principal.userId, conversationId, lang }));
    // The decided call's part is in the stored answer (its turn may still be streaming: see syncDecidedToolParts).
    const sink: PartSink = {
      update: async (toolCallId, patch) => {
        if (assistant) await this.repo.patchToolPart(assistant.id, toolCallId, { ...patch, args, ...(proposal ? { proposal } : {}) });
      },
    };
    const timing = { startedAt: Date.now(), priorMs: call.durationMs ?? 0 };
    // Exactly once, whatever stops the process: the claim of the decision, the write it approves (in a savepoint: a
    // write the database refuses rolls back alone and is still recorded as failed), the call's outcome and its stored
    // chat part commit in one transaction. A crash before the commit leaves the approval pending (deciding again
    // applies it then); after it, deciding again answers "already decided". The chat hears of it once committed.
    const done = await this.lifecycle.holdingEvents(() =>
      this.repo.inTransaction(async () => {
        const decided = await this.lifecycle.decide(live, dto.decision, principal.userId, args, proposal);
        if (!decided) return null;
        if (decided.state === 'rejected') return this.lifecycle.rejected(decided, def, REJECTED_REPLY[lang], sink, timing);
        const ctx = this.lifecycle.toolContext({ tenantId, userId: principal.userId, conversationId, lang }, call.id);
        return this.lifecycle.execute(decided, def, ctx, args, sink, timing, (run) => this.repo.atomically(run));
      }),
    );
    if (!done) return { status: 'already-decided' };
    this.events.emit(
      tenantId,
      'approval.decided',
      {
        toolCallId: call.id,
        conversationId,
        tool: def.name,
        decision: DECIDED[dto.decision],
        outcome: DECIDED_OUTCOME[done.state],
        decidedById: principal.userId,
        args,
        summary: done.summary,
      },
      call.id,
    );

    // The outcome is said in a short assistant message of its own, so the transcript reads naturally.
    const followUp = await this.repo.createAssistantMessage({ tenantId, conversationId, language: lang, provider: 'approval' });
    const row = await this.repo.finishMessage(followUp.id, {
      status: 'COMPLETED',
      text: done.summary,
      parts: [{ type: 'text', text: done.summary }],
      language: lang,
      latencyMs: done.durationMs,
    });
    await this.bus.publish({ type: 'message.completed', conversationId, message: toChatMessage(row) });
    return { status: dto.decision === 'reject' ? 'rejected' : 'applied', result: done.result ?? undefined };
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
    // The tool's own declaration decides (a plugin that declares none: what its proposal offered).
    const editable = new Set<string>(def.editable ?? previous?.editable ?? []);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const locked = Object.keys(requested).filter((k) => !editable.has(k) && !same(requested[k], stored[k]));
    if (locked.length) throw validationFailed(locked.map((field) => ({ field, message: 'this field cannot be edited' })));
    const edits = Object.fromEntries(Object.entries(requested).filter(([k]) => editable.has(k)));
    const parsed = def.schema.safeParse({ ...stored, ...edits });
    if (!parsed.success) throw validationFailed(parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
    const args = parsed.data as Record<string, unknown>;
    if (!def.propose) return { args };
    const ctx = this.lifecycle.toolContext(turn, call.id);
    let recomputed: ToolResult<ToolProposal>;
    try {
      recomputed = await def.propose(ctx, args);
    } catch (err) {
      this.logger.error({ err, tool: def.name }, 'proposal of an edit threw');
      throw new AppError(ErrorCode.INTERNAL, 'The edited change could not be checked');
    }
    if (!recomputed.success) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, this.lifecycle.summarize(def, recomputed, turn.lang), [
        { field: 'args', message: recomputed.error.message },
      ]);
    }
    const next = { ...args, ...(recomputed.data.args ?? {}) };
    return { args: next, proposal: toProposal(def, recomputed.data, next) };
  }
}
