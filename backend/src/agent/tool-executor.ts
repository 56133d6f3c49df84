import { Injectable, Logger } from '@nestjs/common';
import { ACCESS, say, type Lang, type Localized, type Role } from '@tajer/contract';
import type { ToolContext, ToolDefinition, ToolResult } from '@tajer/tools';
import type { Clarification } from '../chat/chat-events';
import { messages } from '../common/localisation/messages';
import { TenantReads } from '../common/cache/tenant-reads';
import { ToolRegistry } from './tool-registry';
import type { TurnContext } from './turn-context';
import { canWrite } from '../auth/principal';
import { ToolCallLifecycle, type Finished, type PartSink, type Replaces, type ToolPart } from './tool-call/tool-call-lifecycle';
import { CORRECTION_CALL_PREFIX, NEW_CALL_PREFIX } from './turn-context';

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
 * waits for the user's approval. The call's life (states, storage, events) is the ToolCallLifecycle's; this decides
 * which path a call takes and what the model reads back.
 */
@Injectable()
export class ToolExecutor {
  private readonly logger = new Logger(ToolExecutor.name);

  constructor(
    private readonly registry: ToolRegistry,
    private readonly lifecycle: ToolCallLifecycle,
  ) {}

  toolContext(
    turn: Pick<TurnContext, 'tenantId' | 'userId' | 'conversationId' | 'lang'> & { attachmentIds?: string[] },
    toolCallId?: string,
  ): ToolContext {
    return this.lifecycle.toolContext(turn, toolCallId);
  }

  async execute(turn: TurnContext, name: string, rawArgs: unknown, callId?: string): Promise<ToolOutcome> {
    const def = this.registry.get(name);
    if (!def)
      return { status: 'failed', summary: `Unknown tool ${name}`, error: { code: 'UNKNOWN_TOOL', message: `No tool named ${name}` } };
    // MCP tools may bring a JSON schema rather than zod: the server validates those itself.
    const parsed =
      typeof def.schema?.safeParse === 'function' ? def.schema.safeParse(rawArgs ?? {}) : { success: true as const, data: rawArgs ?? {} };
    const args = (parsed.success ? parsed.data : (rawArgs ?? {})) as Record<string, unknown>;
    // A write that skips approval (feedback) is for the user's own words: once a tool's output (a receipt's printed
    // text, a page read by an MCP tool) is in the model's context it could be that text asking, so from then on such
    // a write waits for the user's approval like any other.
    const needsApproval = def.requiresApproval || (def.kind === 'write' && turn.toolRuns.length > 0);
    const allowed = toolRoles(def);
    const timing = { startedAt: Date.now() };
    const sink = turnSink(turn);
    const finished = (done: Finished): ToolOutcome => {
      turn.toolRuns.push({ name: def.name, args: partOf(turn, done.call.id)?.args ?? args, status: done.state });
      return outcomeOf(done);
    };
    // A read the user may run with valid arguments: run, then written and announced once (ToolCallLifecycle.runRead).
    if (!needsApproval && def.kind === 'read' && parsed.success && allowed.includes(turn.principal.role)) {
      const seen = !turn.toolRuns.length ? turn.dataVersion : undefined;
      const done = await this.lifecycle.runRead(
        turn,
        def,
        args,
        (id) => this.toolContext(turn, id),
        (part) => turn.parts.push(part),
        sink,
        timing,
        seen ? (run) => TenantReads.asOf(turn.tenantId, seen, run) : undefined,
      );
      return this.followUp(turn, done, finished(done));
    }
    const { call, part } = await this.lifecycle.open(turn, name, args, needsApproval);
    turn.parts.push(part);

    // The same rule as the REST route and the page showing this data (ACCESS in @tajer/contract): a refusal is
    // recorded and answered like any failed call, in the user's language, before anything is read or proposed.
    if (!allowed.includes(turn.principal.role)) {
      this.logger.warn({ tool: name, role: turn.principal.role }, 'tool refused for this role');
      return finished(
        await this.lifecycle.finish(call, def, { success: false, error: refusal(def, allowed, turn.lang) }, turn.lang, sink, timing),
      );
    }
    if (!parsed.success) {
      const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ');
      return finished(
        await this.lifecycle.finish(call, def, { success: false, error: { code: 'INVALID_ARGUMENTS', message } }, turn.lang, sink, timing),
      );
    }
    const ctx = this.toolContext(turn, call.id);
    // A read-only API key never writes without approval (its proposals wait for someone allowed to decide).
    if (def.kind === 'write' && !needsApproval && !canWrite(turn.principal)) {
      return finished(await this.lifecycle.finish(call, def, { success: false, error: readOnlyKey(turn.lang) }, turn.lang, sink, timing));
    }
    // Write tools: compute the exact change and wait. Nothing is written until the user approves.
    if (needsApproval) {
      // Only a chat turn's call replaces a card (the model's call id): an MCP client's calls are each its own.
      const replaces =
        callId === undefined
          ? undefined
          : replacedBy(def.name, callId.startsWith(CORRECTION_CALL_PREFIX) ? true : callId.startsWith(NEW_CALL_PREFIX) ? false : undefined);
      const proposed = await this.lifecycle.propose(call, def, ctx, args, sink, timing, replaces);
      if ('failed' in proposed) return finished(proposed.failed);
      turn.toolRuns.push({ name: def.name, args: proposed.args, status: 'awaiting_approval' });
      return { status: 'awaiting_approval', summary: proposed.proposal.summary, data: { proposal: proposed.proposal } };
    }

    // The turn's first tool, a read: its cached reads (the stock listing) use the version the turn's answer row was
    // stored with instead of a statement of their own. Nothing of this turn has written yet, so it sees every write
    // committed before the message was admitted, as the customers' names do (ModelFactory).
    const seen = def.kind === 'read' && !turn.toolRuns.length ? turn.dataVersion : undefined;
    const done = await this.lifecycle.execute(
      call,
      def,
      ctx,
      args,
      sink,
      timing,
      seen ? (run) => TenantReads.asOf(turn.tenantId, seen, run) : undefined,
    );
    return this.followUp(turn, done, finished(done));
  }

  /** A read tool may hand over a write for approval (a scanned receipt → "save this expense?"). */
  private async followUp(turn: TurnContext, done: Finished, outcome: ToolOutcome): Promise<ToolOutcome> {
    const result = done.result;
    const followUp = result?.success
      ? (result.data as { followUp?: { tool: string; args: Record<string, unknown> } })?.followUp
      : undefined;
    if (followUp && this.registry.get(followUp.tool)?.requiresApproval) {
      const next = await this.execute(turn, followUp.tool, followUp.args);
      if (next.status === 'awaiting_approval') return { ...next, preamble: outcome.summary };
      return { ...outcome, summary: `${outcome.summary}\n\n${next.summary}` };
    }
    return outcome;
  }

  summarize(def: ToolDefinition, result: ToolResult, lang: TurnContext['lang']): string {
    return this.lifecycle.summarize(def, result, lang);
  }
}

/**
 * Which earlier pending cards of the conversation a new proposal of `tool` replaces. Two cards of one change were
 * approved both (« vendu 2 coca », then « non, 4 »: 6 recorded instead of 4), so a correction withdraws the card it
 * corrects. The offline model says when a proposal corrects the last write (its NLU carried that write's arguments
 * over): the latest pending card of the same tool. Any model (an OpenAI-compatible one has no such flag): a card of
 * the same tool about the same things — the same arguments but for their figures — is the same change with other
 * numbers, which a shop owner means as a correction, never as a second sale of the same goods while the first still
 * waits; a card about other goods (« vendu 3 pain ») is another change and stays. The offline model also says when a
 * proposal is no correction (`corrects` false): « sold 3 coca » typed in full while « sold 2 coca » waits is a second
 * sale — withdrawing the first card lost a sale the owner had made; both cards stay, each approved or refused alone.
 */
export function replacedBy(tool: string, corrects: boolean | undefined): Replaces {
  return (pending, args) => {
    // The offline model said this is no correction (`NEW_CALL_PREFIX`): the cards before it stay.
    if (corrects === false) return [];
    const same = pending.filter((p) => p.name === tool);
    const ids = same.filter((p) => sameButFigures(p.args, args)).map((p) => p.id);
    const latest = same[same.length - 1];
    if (corrects && latest && !ids.includes(latest.id)) ids.push(latest.id);
    return ids;
  };
}

/** Whether two arguments are the same but for their numbers (quantities, prices, amounts). */
export function sameButFigures(a: unknown, b: unknown): boolean {
  return JSON.stringify(withoutFigures(a)) === JSON.stringify(withoutFigures(b));
}

function withoutFigures(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutFigures);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== undefined && x !== null && typeof x !== 'number')
        .sort(([k1], [k2]) => (k1 < k2 ? -1 : 1))
        .map(([k, x]) => [k, withoutFigures(x)]),
    );
  return v;
}

/** The running turn's parts: a call's part is replaced by its next version, never changed in place. */
function turnSink(turn: TurnContext): PartSink {
  return {
    update(toolCallId, patch) {
      const i = turn.parts.findIndex((p) => p.type === 'tool' && p.toolCallId === toolCallId);
      if (i >= 0) turn.parts[i] = { ...(turn.parts[i] as ToolPart), ...patch };
    },
  };
}

const partOf = (turn: TurnContext, toolCallId: string) =>
  turn.parts.find((p): p is ToolPart => p.type === 'tool' && p.toolCallId === toolCallId);

/** What the model reads of a finished call. */
function outcomeOf(done: Finished): ToolOutcome {
  const status = done.state === 'succeeded' ? 'succeeded' : 'failed';
  const data = done.result?.success ? truncate(done.result.data) : undefined;
  return { status, summary: done.summary, data, error: done.error, ...(done.clarification ? { clarification: done.clarification } : {}) };
}

/** Who may call a tool: its declared roles, else the chat's (plugins and MCP tools that name none). */
export const toolRoles = (def: Pick<ToolDefinition, 'roles'>): readonly Role[] => def.roles ?? ACCESS.chat;

const OWNER_ONLY: Record<'read' | 'write', Localized> = {
  read: messages('agent.refusal.ownerRead'),
  write: messages('agent.refusal.ownerWrite'),
};
const NOT_ALLOWED: Localized = messages('agent.refusal.notAllowed');

/** The polite refusal a tool call gets when the user's role may not use it (a FORBIDDEN failure, with its texts). */
export function refusal(def: Pick<ToolDefinition, 'requiresApproval'>, allowed: readonly Role[], lang: Lang) {
  const texts = allowed.length === 1 && allowed[0] === 'OWNER' ? OWNER_ONLY[def.requiresApproval ? 'write' : 'read'] : NOT_ALLOWED;
  return { code: 'FORBIDDEN', message: say(lang, texts), messages: texts };
}

const READ_ONLY_KEY = messages('agent.refusal.readOnlyKey');

/** The failure of a write attempted with a read-only API key, in the user's language. */
function readOnlyKey(lang: TurnContext['lang']) {
  return { code: 'FORBIDDEN', message: READ_ONLY_KEY[lang] ?? READ_ONLY_KEY.en, messages: READ_ONLY_KEY };
}

function truncate(data: unknown): unknown {
  const json = JSON.stringify(data ?? null);
  return json.length <= MODEL_DATA_LIMIT ? data : { truncated: true, preview: json.slice(0, MODEL_DATA_LIMIT) };
}
