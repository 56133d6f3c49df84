import { Inject, Injectable, Logger } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { toToolError, type ToolContext, type ToolDefinition, type ToolProposal, type ToolResult } from '@tajer/tools';
import type { ApprovalProposal, Clarification, Lang, MessagePart } from '../../chat/chat-events';
import { ChatEventBus } from '../../conversations/events/chat-event-bus';
import { ConversationsRepository } from '../../conversations/conversations.repository';
import { BusinessEvents } from '../../events/business-events';
import { AgentMetrics } from '../agent-metrics';
import { boundJson } from '../bounded-json';
import { failureReply } from '../models/replies';
import { message } from '../../common/localisation/messages';
import { TOOL_SERVICES } from '../turn-context';
import {
  DECIDED,
  IllegalTransition,
  PART_STATE,
  STORED_CONFIRMATION,
  STORED_STATUS,
  transition,
  type Decision,
  type FinalState,
  type ToolCallState,
  finishedConfirmation,
} from './tool-call-states';

export type ToolPart = Extract<MessagePart, { type: 'tool' }>;
type ToolError = Extract<ToolResult, { success: false }>['error'];
type ChatEvent = Parameters<ChatEventBus['publish']>[0];

/** Events held back by `holdingEvents` while its transaction is open. */
const heldEvents = new AsyncLocalStorage<ChatEvent[]>();

/** One tool call as the lifecycle knows it: a value, replaced (never changed) at each transition. */
export interface LiveCall {
  readonly id: string;
  readonly tenantId: string;
  readonly conversationId: string;
  /** The assistant message whose part shows the call ('' when the call has none). */
  readonly messageId: string;
  readonly name: string;
  readonly state: ToolCallState;
}

/**
 * Where the call's chat part lives: the running turn's parts (stored when the turn ends) or, for a decision arriving
 * later, the stored message. The lifecycle hands it the new fields; it never reaches into a turn itself.
 */
export interface PartSink {
  update(toolCallId: string, patch: Partial<ToolPart>): Promise<void> | void;
}

/**
 * Which of the conversation's earlier pending approvals a new proposal replaces (their ids), given the proposal's
 * arguments: a correction (« non, 4 ») withdraws the card it corrects in the transaction that shows the new one.
 */
export type Replaces = (pending: { id: string; name: string; args: Record<string, unknown> }[], args: Record<string, unknown>) => string[];

/** How a call ended, with everything its callers say about it. */
export interface Finished {
  call: LiveCall;
  state: FinalState;
  result: ToolResult | null;
  summary: string;
  error?: ToolError;
  clarification?: Clarification;
  /** The bounded copy of the result for the chat (event, stored part); the call's row keeps the full one. */
  shown?: unknown;
  durationMs: number;
}

export type Proposed = { call: LiveCall; proposal: ApprovalProposal; args: Record<string, unknown> } | { call: LiveCall; failed: Finished };

interface Timing {
  /** When this stretch of the call started (Date.now(): a duration, not a business date). */
  startedAt: number;
  /** Time already spent on the call (its proposal), added to the stored duration. */
  priorMs?: number;
}

/**
 * The one path a tool call takes, for the agent's executor and for the approvals alike: run → catch → finish →
 * persist → publish, each transition checked against the table in tool-call-states.ts (an illegal one throws before
 * anything is written). Raw internal errors never leave it: a failure is a ToolResult whose cause only reaches the log.
 */
@Injectable()
export class ToolCallLifecycle {
  private readonly logger = new Logger(ToolCallLifecycle.name);

  constructor(
    private readonly repo: ConversationsRepository,
    private readonly bus: ChatEventBus,
    private readonly metrics: AgentMetrics,
    private readonly events: BusinessEvents,
    @Inject(TOOL_SERVICES) private readonly services: Record<string, unknown>,
  ) {}

  /**
   * Runs `fn` with the chat events of its transitions held back, then publishes them in order once `fn` has resolved
   * (nothing if it threw): around a transaction, the chat never hears of a decision that was rolled back.
   */
  async holdingEvents<T>(fn: () => Promise<T>): Promise<T> {
    const held: ChatEvent[] = [];
    const result = await heldEvents.run(held, fn);
    for (const event of held) await this.bus.publish(event);
    return result;
  }

  private publish(event: ChatEvent): Promise<unknown> {
    const held = heldEvents.getStore();
    if (!held) return this.bus.publish(event);
    held.push(event);
    return Promise.resolve();
  }

  toolContext(
    turn: { tenantId: string; userId: string | null; conversationId: string; lang: Lang; attachmentIds?: string[] },
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

  /** Records a new call (running, or proposing for a write that waits for approval) and announces it. */
  async open(
    at: { tenantId: string; conversationId: string; messageId: string; lang?: Lang },
    name: string,
    args: Record<string, unknown>,
    needsApproval: boolean,
  ): Promise<{ call: LiveCall; part: ToolPart }> {
    const state: ToolCallState = needsApproval ? 'proposing' : 'running';
    const kind = needsApproval ? 'write' : 'read';
    const where = { tenantId: at.tenantId, conversationId: at.conversationId, messageId: at.messageId };
    const data = {
      ...where,
      name,
      kind,
      args: args as object,
      status: STORED_STATUS[state],
      confirmation: needsApproval ? ('PENDING' as const) : ('NOT_REQUIRED' as const),
    };
    const row = await this.writeAndPublish(
      { ...where, lang: at.lang },
      (seq) => (seq === undefined ? this.repo.createToolCall(data) : this.repo.createToolCallRecorded(data, seq)),
      (row) => ({ type: 'tool.started', conversationId: at.conversationId, messageId: at.messageId, toolCallId: row.id, name, kind, args }),
    );
    const call: LiveCall = { id: row.id, ...where, name, state };
    return { call, part: { type: 'tool', toolCallId: row.id, name, kind, args, state: PART_STATE[state] } };
  }

  /**
   * Runs the tool (a running call only) and finishes it with whatever happened: a thrown error becomes a failure.
   * `isolate` wraps the run (an approval runs it in a savepoint of the decision's transaction).
   */
  async execute(
    call: LiveCall,
    def: ToolDefinition,
    ctx: ToolContext,
    args: Record<string, unknown>,
    sink: PartSink,
    timing: Timing,
    isolate: (run: () => Promise<ToolResult>) => Promise<ToolResult> = (run) => run(),
  ): Promise<Finished> {
    // Only a running call runs: an undecided proposal or a finished call is refused before anything happens.
    if (call.state !== 'running') throw new IllegalTransition(call.state, 'running');
    return this.finish(call, def, await this.run(def, ctx, args, isolate), ctx.lang, sink, timing);
  }

  /** Ends a call with a result (its run's, or a refusal before anything ran): stored, shown on its part, announced. */
  async finish(call: LiveCall, def: ToolDefinition, result: ToolResult, lang: Lang, sink: PartSink, timing: Timing): Promise<Finished> {
    const { done, stored, announce } = this.conclude(call, def, result, lang, sink, timing);
    await this.writeAndPublish(
      { conversationId: call.conversationId, messageId: call.messageId, lang },
      async (seq) => {
        if (seq === undefined) await this.repo.finishToolCall(call.id, stored);
        else await this.repo.finishToolCallRecorded(call.id, call.conversationId, stored, seq);
      },
      announce,
    );
    return done;
  }

  /**
   * A read that needs no approval, opened, run and finished with one statement: the tool runs first (with the id its
   * row will have), then one INSERT stores the finished call and records both events' seqs, and `tool.started` and
   * `tool.finished` go out together — a statement and a round trip fewer than `open` then `execute` (a statement was
   * ≈ 2.5 % of an offline turn's CPU in its own write syscall, bench/README « Fifteenth pass »). `tool.started` leaves
   * once the tool has run (a cached read: well under a millisecond), `tool.finished` one round trip sooner. Inside
   * `holdingEvents` (an approval's transaction) it is `open` then `execute`, as before.
   */
  async runRead(
    at: { tenantId: string; conversationId: string; messageId: string; lang: Lang },
    def: ToolDefinition,
    args: Record<string, unknown>,
    context: (toolCallId: string) => ToolContext,
    opened: (part: ToolPart) => void,
    sink: PartSink,
    timing: Timing,
    isolate: (run: () => Promise<ToolResult>) => Promise<ToolResult> = (run) => run(),
  ): Promise<Finished> {
    if (heldEvents.getStore()) {
      const { call, part } = await this.open(at, def.name, args, false);
      opened(part);
      return this.execute(call, def, context(call.id), args, sink, timing, isolate);
    }
    const where = { tenantId: at.tenantId, conversationId: at.conversationId, messageId: at.messageId };
    const call: LiveCall = { id: randomUUID(), ...where, name: def.name, state: 'running' };
    const started: ChatEvent = {
      type: 'tool.started',
      conversationId: at.conversationId,
      messageId: at.messageId,
      toolCallId: call.id,
      name: def.name,
      kind: 'read',
      args,
    };
    opened({ type: 'tool', toolCallId: call.id, name: def.name, kind: 'read', args, state: PART_STATE.running });
    const ctx = context(call.id);
    const result = await this.run(def, ctx, args, isolate);
    const { done, stored, announce } = this.conclude(call, def, result, ctx.lang, sink, timing);
    const row = {
      ...where,
      name: def.name,
      kind: 'read',
      args: args as object,
      status: STORED_STATUS.running,
      confirmation: 'NOT_REQUIRED' as const,
    };
    await this.bus.publishRecordedMany(
      at.conversationId,
      2,
      async (seqs) => {
        await this.repo.createFinishedToolCallRecorded(call.id, row, stored, new Date(timing.startedAt), seqs[1]);
        return [started, await announce()];
      },
      () => ({
        type: 'error',
        conversationId: at.conversationId,
        messageId: at.messageId,
        code: 'INTERNAL',
        message: failureReply(at.lang),
      }),
    );
    return done;
  }

  /** The tool's run: a thrown error becomes a failure. */
  private async run(
    def: ToolDefinition,
    ctx: ToolContext,
    args: Record<string, unknown>,
    isolate: (run: () => Promise<ToolResult>) => Promise<ToolResult>,
  ): Promise<ToolResult> {
    try {
      return def.run
        ? await isolate(() => def.run!(ctx, args))
        : { success: false, error: { code: 'NOT_IMPLEMENTED', message: `${def.name} cannot run` } };
    } catch (err) {
      return { success: false, error: toToolError(err, ctx.lang) };
    }
  }

  /** What a finished call stores, and its announcement (the part's new fields, the metric, the event). */
  private conclude(call: LiveCall, def: ToolDefinition, result: ToolResult, lang: Lang, sink: PartSink, timing: Timing) {
    const state = transition(call.state, result.success ? 'succeeded' : 'failed') as 'succeeded' | 'failed';
    this.logCause(def.name, result);
    const durationMs = Date.now() - timing.startedAt;
    const summary = this.summarize(def, result, lang);
    const error = result.success ? undefined : result.error;
    const choices = (error as { choices?: unknown } | undefined)?.choices;
    const clarification: Clarification | undefined = Array.isArray(choices) ? { question: summary, choices } : undefined;
    const stored = {
      status: STORED_STATUS[state],
      result: (result.success ? result.data : result.error) as object,
      error: error?.message ?? null,
      durationMs: (timing.priorMs ?? 0) + durationMs,
      records: result.success ? result.records : undefined,
      confirmation: finishedConfirmation(call.state, state),
    };
    const shown = result.success ? boundJson(result.data) : undefined;
    const done: Finished = { call: { ...call, state }, state, result, summary, error, clarification, shown, durationMs };
    const announce = async (): Promise<ChatEvent> => {
      await sink.update(call.id, {
        state: PART_STATE[state],
        summary,
        result: shown,
        error: error?.message,
        durationMs,
        ...(clarification ? { clarification } : {}),
      });
      this.metrics.toolFinished(def.name, state, durationMs);
      return finishedEvent(done, def.name);
    };
    return { done, stored, announce };
  }

  /**
   * A write computes the exact change and waits: proposing → proposed (stored with its arguments, announced to the
   * chat and to webhooks), or → failed when the change cannot be computed. Nothing is written to the business.
   */
  async propose(
    call: LiveCall,
    def: ToolDefinition,
    ctx: ToolContext,
    args: Record<string, unknown>,
    sink: PartSink,
    timing: Timing,
    replaces?: Replaces,
  ): Promise<Proposed> {
    transition(call.state, 'proposed');
    let result: ToolResult<ToolProposal>;
    try {
      result = def.propose
        ? await def.propose(ctx, args)
        : { success: true, data: { summary: `${def.name}(${JSON.stringify(args)})`, changes: [], editable: editableOf(def, args) } };
    } catch (err) {
      result = { success: false, error: toToolError(err, ctx.lang) };
    }
    if (!result.success) return { call, failed: await this.finish(call, def, result, ctx.lang, sink, timing) };
    const proposal = toProposal(def, result.data, args);
    const finalArgs = result.data.args ?? args;
    const next: LiveCall = { ...call, state: 'proposed' };
    // A correction's card and the withdrawal of the card it corrects commit together: never both approvable, never none.
    const withdrawn = await this.repo.inTransaction(async () => {
      await this.repo.awaitApproval(call.id, {
        proposal: proposal as object,
        args: finalArgs as object,
        durationMs: Date.now() - timing.startedAt,
      });
      if (!replaces) return [];
      const pending = await this.repo.pendingApprovals(call.tenantId, call.conversationId);
      const earlier = pending.filter((p) => p.id !== call.id && p.messageId !== call.messageId);
      const chosen = replaces(
        earlier.map((p) => ({ id: p.id, name: p.name, args: p.args as Record<string, unknown> })),
        finalArgs,
      );
      const done: typeof earlier = [];
      for (const p of earlier.filter((e) => chosen.includes(e.id)))
        if (await this.repo.withdrawApproval(call.tenantId, p.id, call.id)) {
          const summary = message(ctx.lang, 'agent.replaced');
          // `result.replacedBy` tells the card it was replaced, not refused (the chat shows « replaced by your correction »).
          const result = { replacedBy: call.id };
          if (p.messageId) await this.repo.patchToolPart(p.messageId, p.id, { state: PART_STATE.rejected, summary, result });
          done.push(p);
        }
      return done;
    });
    await sink.update(call.id, { state: PART_STATE.proposed, proposal, args: finalArgs });
    await this.publish({
      type: 'approval.required',
      conversationId: call.conversationId,
      messageId: call.messageId,
      toolCallId: call.id,
      name: def.name,
      args: finalArgs,
      proposal,
    });
    this.events.emit(
      call.tenantId,
      'approval.pending',
      {
        toolCallId: call.id,
        conversationId: call.conversationId,
        tool: def.name,
        args: finalArgs,
        proposal,
        approvePath: `/api/approvals/${call.id}`,
      },
      call.id,
    );
    // The replaced card ends as a rejection whose summary says it was replaced (the chat shows it decided, not pending).
    for (const p of withdrawn) {
      const at = { conversationId: call.conversationId, messageId: p.messageId ?? '', toolCallId: p.id };
      const summary = message(ctx.lang, 'agent.replaced');
      await this.publish({ type: 'approval.resolved', ...at, decision: 'rejected', args: p.args as Record<string, unknown> });
      const result = { replacedBy: call.id };
      await this.publish({ type: 'tool.finished', ...at, name: p.name, status: 'rejected', summary, result, durationMs: 0 });
      this.events.emit(
        call.tenantId,
        'approval.decided',
        {
          toolCallId: p.id,
          conversationId: call.conversationId,
          tool: p.name,
          decision: 'rejected',
          outcome: 'rejected',
          decidedById: null,
          args: p.args as Record<string, unknown>,
          summary,
        },
        p.id,
      );
    }
    return { call: next, proposal, args: finalArgs };
  }

  /**
   * Claims the user's decision on a proposal, exactly once (a conditional update: a decision sent twice, from two tabs
   * or two instances, is claimed by one of them). Null when another decision won. A claimed approval is running.
   */
  async decide(
    call: LiveCall,
    decision: Decision,
    decidedById: string | null,
    args: Record<string, unknown>,
    proposal?: ApprovalProposal,
  ): Promise<LiveCall | null> {
    const decided = transition(call.state, DECIDED[decision]) as 'approved' | 'edited' | 'rejected';
    if (
      !(await this.repo.claimDecision(
        call.tenantId,
        call.id,
        STORED_CONFIRMATION[decided],
        decidedById,
        args as object,
        proposal as object | undefined,
      ))
    )
      return null;
    await this.publish({
      type: 'approval.resolved',
      conversationId: call.conversationId,
      messageId: call.messageId,
      toolCallId: call.id,
      decision: decided,
      args,
      ...(proposal ? { proposal } : {}),
    });
    return { ...call, state: decided === 'rejected' ? decided : transition(decided, 'running') };
  }

  /** A rejected proposal (its rejection claimed by `decide`) ends here: nothing ran, nothing changed. */
  async rejected(call: LiveCall, def: ToolDefinition, summary: string, sink: PartSink, timing: Timing): Promise<Finished> {
    if (call.state !== 'rejected') throw new IllegalTransition(call.state, 'rejected');
    const durationMs = Date.now() - timing.startedAt;
    await this.repo.finishToolCall(call.id, {
      status: STORED_STATUS.rejected,
      error: null,
      durationMs: (timing.priorMs ?? 0) + durationMs,
    });
    const done: Finished = { call: { ...call, state: 'rejected' }, state: 'rejected', result: null, summary, durationMs };
    await sink.update(call.id, { state: PART_STATE.rejected, summary });
    await this.publishFinished(done, def.name);
    return done;
  }

  /** The internal error behind a generic tool failure (see toToolError) goes to the log, never to the user or model. */
  logCause(tool: string, result: ToolResult): void {
    const cause = result.success ? undefined : (result.error as { cause?: unknown }).cause;
    if (cause) this.logger.error({ err: cause, tool }, 'tool failed');
  }

  summarize(def: ToolDefinition, result: ToolResult, lang: Lang): string {
    try {
      if (def.summarize) return def.summarize(result, lang);
    } catch (err) {
      this.logger.warn({ err, tool: def.name }, 'summarize failed');
    }
    return result.success ? JSON.stringify(result.data).slice(0, 500) : result.error.message;
  }

  private publishFinished(done: Finished, name: string) {
    return this.publish(finishedEvent(done, name));
  }

  /**
   * Writes a call's row and announces it. Outside `holdingEvents`, the row's statement also records the event's seq
   * (ChatEventBus.publishRecorded: one statement instead of the write and a lastSeq update). Held events keep the
   * plain write and are published once their transaction committed: a seq is only recorded with an event that goes out.
   */
  private async writeAndPublish<T>(
    at: { conversationId: string; messageId: string; lang?: Lang },
    write: (seq?: number) => Promise<T>,
    event: (row: T) => ChatEvent | Promise<ChatEvent>,
  ): Promise<T> {
    const held = heldEvents.getStore();
    if (held) {
      const row = await write();
      held.push(await event(row));
      return row;
    }
    let row!: T;
    await this.bus.publishRecorded(
      at.conversationId,
      async (seq) => event((row = await write(seq))),
      () => ({
        type: 'error',
        conversationId: at.conversationId,
        ...(at.messageId ? { messageId: at.messageId } : {}),
        code: 'INTERNAL',
        message: failureReply(at.lang ?? 'fr'),
      }),
    );
    return row;
  }
}

function finishedEvent(done: Finished, name: string): ChatEvent {
  return {
    type: 'tool.finished',
    conversationId: done.call.conversationId,
    messageId: done.call.messageId,
    toolCallId: done.call.id,
    name,
    status: done.state,
    summary: done.summary,
    result: done.shown,
    error: done.error?.message,
    durationMs: done.durationMs,
    ...(done.clarification ? { clarification: done.clarification } : {}),
  };
}

/** The arguments a user may change on a proposal: those the tool declares (every argument for a tool that declares none). */
export function editableOf(def: Pick<ToolDefinition, 'editable'>, args: Record<string, unknown>): string[] {
  return def.editable ? [...def.editable] : Object.keys(args);
}

/** The proposal shown on the card: the tool's change, with the editable fields its definition declares. */
export function toProposal(def: Pick<ToolDefinition, 'editable'>, data: ToolProposal, args: Record<string, unknown>): ApprovalProposal {
  return {
    summary: data.summary,
    changes: data.changes,
    editable: def.editable ? [...def.editable] : (data.editable ?? editableOf(def, args)),
    ...(data.notes?.length ? { notes: data.notes } : {}),
  };
}
