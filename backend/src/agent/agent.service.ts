import { Injectable, Logger } from '@nestjs/common';
import { BaseMessage, HumanMessage } from '@langchain/core/messages';
import type { ChatMessage, Clarification, MessagePart } from '../chat/chat-events';
import { ChatEventBus } from '../conversations/events/chat-event-bus';
import { ConversationsRepository, type HistoryRow } from '../conversations/conversations.repository';
import { toChatMessage } from '../conversations/conversations.mapper';
import { AgentMetrics } from './agent-metrics';
import { AgentLoop } from './agent-loop';
import { HISTORY_MESSAGES, toLangChainHistory } from './history';
import { ModelFactory } from './models/model.factory';
import { failureReply } from './models/replies';
import { DeltaBatcher } from './delta-batcher';
import { LocalChatModel } from './models/local-chat-model';
import { ToolExecutor } from './tool-executor';
import { ToolRegistry } from './tool-registry';
import type { TurnContext } from './turn-context';

export interface TurnResult {
  message: ChatMessage;
  status: 'completed' | 'failed' | 'cancelled';
  provider: string;
  latencyMs: number;
  toolRuns: TurnContext['toolRuns'];
}

/**
 * Runs one assistant turn with the agent loop (agent-loop.ts): the model (offline or OpenAI-compatible) chooses tools,
 * the tool executor runs them (or parks writes for approval), and the answer streams out token by token. The user's
 * message is already stored; this stores the answer with its parts, model, latency and token counts.
 */
@Injectable()
export class AgentService {
  private readonly logger = new Logger(AgentService.name);
  /** The loop of the registry's current tool set (tools may be registered after start: MCP servers, plugins). */
  private loop?: { version: number; agent: AgentLoop };

  constructor(
    private readonly models: ModelFactory,
    private readonly registry: ToolRegistry,
    private readonly executor: ToolExecutor,
    private readonly repo: ConversationsRepository,
    private readonly bus: ChatEventBus,
    private readonly metrics: AgentMetrics,
  ) {}

  /** Reads what the turn's model will need while the turn's messages are stored (ModelFactory.prefetch). */
  prefetch(tenantId: string): void {
    this.models.prefetch(tenantId);
  }

  /** `prefetched`: the history the statement that stored the turn's answer read (ChatService), else read here. */
  async runTurn(turn: TurnContext, userText: string, prefetched?: HistoryRow[]): Promise<TurnResult> {
    const started = Date.now();
    const history = prefetched ? toLangChainHistory(prefetched, HISTORY_MESSAGES) : await this.history(turn);
    const handle = await this.models.create(turn);
    let provider: string = handle.provider;
    let text = '';
    let firstTokenAt = 0;
    let status: TurnResult['status'] = 'completed';
    let errorCode: string | null = null;
    let usage = { input: 0, output: 0 };
    // Answers to tap that the model offered with its text (the offline model's cancel / "I can't yet" answers).
    let clarification: Clarification | undefined;

    // Token deltas are joined into fewer events; whatever is pending goes out before a tool's events and the end.
    const deltas = new DeltaBatcher((delta) =>
      this.bus.publish({ type: 'message.delta', conversationId: turn.conversationId, messageId: turn.messageId, delta }),
    );
    const messages: BaseMessage[] = [...history, new HumanMessage(userText || '(image)')];

    const agent = this.agent();
    const attempt = async (model: typeof handle.model) => {
      for await (const chunk of agent.stream({ turn, model, systemPrompt: handle.systemPrompt, deltas }, messages)) {
        const u = chunk.usage_metadata;
        if (u) usage = { input: usage.input + (u.input_tokens ?? 0), output: usage.output + (u.output_tokens ?? 0) };
        const offered = chunk.additional_kwargs?.[LocalChatModel.CLARIFICATION] as Clarification | undefined;
        if (offered?.choices?.length) clarification = offered;
        const delta = typeof chunk.content === 'string' ? chunk.content : chunk.text;
        if (!delta) continue;
        if (!firstTokenAt) {
          firstTokenAt = Date.now();
          this.metrics.firstToken(provider, firstTokenAt - started);
        }
        text += delta;
        await deltas.push(delta);
      }
    };

    try {
      try {
        await attempt(handle.model).finally(() => deltas.flush());
      } catch (err) {
        // The provider failed before answering: fall back to the offline model when configured.
        if (turn.signal.aborted || !handle.fallback || text || turn.parts.length) throw err;
        this.logger.warn({ err: (err as Error).message, provider }, 'model failed, falling back to the offline model');
        this.metrics.turnFailed(provider, 'PROVIDER_FAILED');
        provider = `${provider}→local`;
        await attempt(await handle.fallback()).finally(() => deltas.flush());
      }
    } catch (err) {
      if (turn.signal.aborted) {
        status = 'cancelled';
      } else {
        status = 'failed';
        errorCode = (err as { code?: string })?.code === 'TOOL_ERROR' ? 'TOOL_ERROR' : 'MODEL_FAILED';
        this.logger.error({ err, conversationId: turn.conversationId }, 'assistant turn failed');
        this.metrics.turnFailed(provider, errorCode);
        const apology = failureReply(turn.lang);
        text = text ? `${text}\n\n${apology}` : apology;
        await this.bus.publish({
          type: 'error',
          conversationId: turn.conversationId,
          messageId: turn.messageId,
          code: errorCode,
          message: apology,
        });
      }
    }

    const parts: MessagePart[] = [...turn.parts];
    if (text) parts.push({ type: 'text', text });
    if (clarification && status === 'completed') parts.push({ type: 'clarification', ...clarification });
    const latencyMs = Date.now() - started;
    const stored = {
      status: status === 'completed' ? ('COMPLETED' as const) : status === 'cancelled' ? ('CANCELLED' as const) : ('FAILED' as const),
      text,
      parts: parts as object[],
      latencyMs,
      promptTokens: usage.input || undefined,
      completionTokens: usage.output || undefined,
      model: handle.modelName,
      provider,
      language: turn.lang,
      error: errorCode,
    };
    // The answer is stored by the statement that records message.completed's seq (and moves the conversation's updatedAt).
    const completed = await this.bus.publishRecorded(
      turn.conversationId,
      async (seq) => {
        const row = await this.repo.finishMessageRecorded(turn.messageId, turn.conversationId, stored, seq);
        // A proposal of this turn may have been decided while the answer was streaming: the stored parts take its outcome.
        const decided =
          turn.parts.some((p) => p.type === 'tool' && p.state === 'awaiting-approval') &&
          (await this.repo.syncDecidedToolParts(turn.messageId)) > 0;
        const message = toChatMessage(decided ? ((await this.repo.findMessage(turn.tenantId, turn.messageId)) ?? row) : row);
        return { type: 'message.completed', conversationId: turn.conversationId, message };
      },
      () => ({
        type: 'error',
        conversationId: turn.conversationId,
        messageId: turn.messageId,
        code: 'INTERNAL',
        message: failureReply(turn.lang),
      }),
    );
    const message = (completed as Extract<typeof completed, { type: 'message.completed' }>).message;
    this.metrics.turnFinished(provider, status, latencyMs);
    return { message, status, provider, latencyMs, toolRuns: turn.toolRuns };
  }

  private agent(): AgentLoop {
    const version = this.registry.version;
    if (this.loop?.version !== version) {
      const agent = new AgentLoop(this.registry.list(), {
        execute: (turn, name, args, callId) => this.executor.execute(turn, name, args, callId),
        unexpected: (err, tool) => this.logger.error({ err, tool }, 'tool call failed outside the executor'),
      });
      this.loop = { version, agent };
    }
    return this.loop.agent;
  }

  private async history(turn: TurnContext): Promise<BaseMessage[]> {
    // The history the model sees (HISTORY_MESSAGES) plus the current exchange (the stored user message and the
    // streaming answer): a long conversation costs a turn no more than a short one.
    const rows = await this.repo.recentMessages(turn.tenantId, turn.conversationId, HISTORY_MESSAGES + 2);
    const previous = rows.filter((r) => r.id !== turn.messageId).slice(0, -1);
    return toLangChainHistory(previous, HISTORY_MESSAGES);
  }
}
