import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { failureReply } from '../agent/models/replies';
import { AgentService, TurnResult } from '../agent/agent.service';
import { detectLanguage } from '../agent/local/nlu';
import { HISTORY_MESSAGES } from '../agent/history';
import type { TurnContext } from '../agent/turn-context';
import type { Principal } from '../auth/principal';
import { AppError, ErrorCode, notFound } from '../common/errors/app-error';
import { ConversationsRepository, type HistoryRow } from '../conversations/conversations.repository';
import { toChatMessage } from '../conversations/conversations.mapper';
import type { Lang, MessagePart } from './chat-events';
import { ChatEventBus } from '../conversations/events/chat-event-bus';
import { FairTurnQueue } from './fair-turn-queue';
import { RequestLimits } from '../auth/request-limits';
import { politeTurnLimit } from './turn-limit-replies';
import { BusinessEvents } from '../events/business-events';
import type { SendMessageDto } from './chat.schemas';
import { RunnerPresence, RUNNER_APP_PREFIX } from '../database/runner-presence';
import { INTERRUPTED_REPLY, RECOVERY_SWEEP_MS } from './turn-recovery';

export interface SendResult {
  messageId: string;
  conversationId: string;
  duplicate: boolean;
  assistantMessageId?: string;
  /** Resolves when the assistant's turn is over (REST callers wait for it; the socket doesn't). */
  done: Promise<TurnResult | null>;
}

/**
 * Accepts user messages (idempotently), stores them before the agent runs, and runs one turn at a time per
 * conversation. Stop aborts the running turn. On start, turns cut off by a crash are marked failed.
 */
@Injectable()
export class ChatService implements OnModuleInit, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger(ChatService.name);
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly running = new Map<string, AbortController>();
  /** Slots for turns (MAX_CONCURRENT_TURNS), shared fairly between businesses; a burst queues instead of thrashing. */
  private readonly slots: FairTurnQueue;
  /** Turns accepted and not finished, per business in this process (bounded by TURN_QUEUE_PER_TENANT). */
  private readonly inFlight = new Map<string, number>();
  /** Turns accepted and not finished, per conversation in this process: whether a turn's history may be read early. */
  private readonly pendingTurns = new Map<string, number>();

  constructor(
    private readonly repo: ConversationsRepository,
    private readonly bus: ChatEventBus,
    private readonly agent: AgentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: BusinessEvents,
    private readonly limits: RequestLimits,
    private readonly runner: RunnerPresence,
  ) {
    this.slots = new FairTurnQueue(config.MAX_CONCURRENT_TURNS, config.TURN_QUEUE_PER_TENANT);
  }

  private sweeper?: NodeJS.Timeout;

  /**
   * Answers left streaming by a process that died (kill -9, OOM, a lost pod) are marked failed, with an apology in
   * their language, and a failed message.completed goes to whoever follows the conversation: at start (also those no
   * runner claims), then every RECOVERY_SWEEP_MS for instances that die while this one runs. Answers of another live
   * instance sharing the database are left alone (RunnerPresence).
   */
  async onModuleInit(): Promise<void> {
    await this.recoverInterrupted(true);
    this.sweeper = setInterval(
      () => void this.recoverInterrupted(false).catch((err) => this.logger.warn(`recovery sweep failed: ${(err as Error).message}`)),
      RECOVERY_SWEEP_MS,
    );
    this.sweeper.unref();
  }

  private async recoverInterrupted(unowned: boolean): Promise<void> {
    const rows = await this.repo.markInterruptedTurns(this.runner.id, RUNNER_APP_PREFIX, INTERRUPTED_REPLY, unowned);
    if (!rows.length) return;
    this.logger.warn(`${rows.length} answer(s) interrupted by a server that stopped were marked failed`);
    for (const row of rows) {
      await this.bus
        .publish({ type: 'message.completed', conversationId: row.conversationId, message: toChatMessage(row) })
        .catch(() => undefined);
    }
  }

  /** `options.model`: a model of the configured provider for this turn (the /v1 API lets the caller pick one). */
  async send(
    principal: Principal,
    dto: SendMessageDto,
    beforePublish?: (conversationId: string) => Promise<void>,
    options: { model?: string } = {},
  ): Promise<SendResult> {
    const tenantId = principal.tenantId;
    if (!tenantId) throw new AppError(ErrorCode.FORBIDDEN, 'This account has no business to chat about');
    // A message with no words (a photo, "42"), or none that tells its language (« ok »), takes the UI language.
    const lang: Lang = /\p{L}{2,}/u.test(dto.text) ? detectLanguage(dto.text, dto.lang ?? 'fr') : (dto.lang ?? 'fr');
    // Allowances before anything is stored: turns per user/key/business (shared by instances), then a place among
    // this business's turns in flight, reserved at once (no await between check and count, so a burst can't
    // slip through together). A refusal is a polite sentence in the sender's language.
    try {
      await this.limits.turn(principal);
      this.slots.admit(tenantId, this.inFlight.get(tenantId) ?? 0);
    } catch (err) {
      throw politeTurnLimit(err, lang);
    }
    this.inFlight.set(tenantId, (this.inFlight.get(tenantId) ?? 0) + 1);
    // Read ahead, while the messages are stored: the turn's first model request then waits for no read of its own.
    this.agent.prefetch(tenantId);
    try {
      return await this.accept(principal, tenantId, dto, lang, beforePublish, options);
    } catch (err) {
      this.leave(tenantId);
      throw err;
    }
  }

  private async accept(
    principal: Principal,
    tenantId: string,
    dto: SendMessageDto,
    lang: Lang,
    beforePublish: ((conversationId: string) => Promise<void>) | undefined,
    options: { model?: string },
  ): Promise<SendResult> {
    if (dto.attachmentIds.length && (await this.repo.countAttachments(tenantId, dto.attachmentIds)) !== dto.attachmentIds.length) {
      throw notFound('Attachment');
    }
    const parts: MessagePart[] = [
      ...(dto.text ? [{ type: 'text' as const, text: dto.text }] : []),
      ...dto.attachmentIds.map((attachmentId) => ({ type: 'attachment' as const, attachmentId })),
    ];
    const userMessage = { tenantId, clientMessageId: dto.clientMessageId, text: dto.text, parts: parts as object[], language: lang };
    // message.accepted's seq, recorded with the answer's row below, moves the conversation's updatedAt.
    const stored = dto.conversationId
      ? // The conversation's check, the idempotency check and the INSERT in one statement.
        await this.repo.insertUserMessageInConversation({ ...userMessage, userId: principal.userId, conversationId: dto.conversationId })
      : // A retry of a conversation's first message may not know the conversation the first try created: the same
        // statement looks it up by its clientMessageId alone (then inserts nothing), else creates both.
        await this.repo
          .insertUserMessageInNewConversation({ ...userMessage, userId: principal.userId, title: titleFrom(dto.text) })
          .then((started) => {
            // Known to have no seq yet until its first event: subscribing and allocating it read nothing (ChatEventBus).
            if (!started.duplicate) this.bus.created(started.message.conversationId);
            return started;
          });
    if (!stored) throw notFound('Conversation');
    const { message, duplicate } = stored;
    const conversation = { id: message.conversationId, channel: stored.channel };
    if (duplicate) {
      this.leave(tenantId);
      return { messageId: message.id, conversationId: conversation.id, duplicate: true, done: Promise.resolve(null) };
    }

    await Promise.resolve(beforePublish?.(conversation.id)).catch((err: unknown) => {
      this.bus.settled(conversation.id);
      throw err;
    });
    // The streaming answer's row is written by the statement that records message.accepted's seq. When no other turn
    // of this conversation is pending here, nothing can change its history before this turn runs (turns of a
    // conversation run one after the other, and each stores its answer before it ends), so the same statement reads
    // it; otherwise the turn reads it when it starts, after the answers before it are stored.
    let history: HistoryRow[] | undefined;
    let dataVersion: TurnContext['dataVersion'];
    this.pendingTurns.set(conversation.id, (this.pendingTurns.get(conversation.id) ?? 0) + 1);
    const accepted = await this.bus
      .publishRecorded(
        conversation.id,
        async (seq) => {
          const alone = this.pendingTurns.get(conversation.id) === 1;
          const assistant = await this.repo.createAssistantMessageRecorded(
            { tenantId, conversationId: conversation.id, language: lang, runnerId: this.runner.id, after: message.id },
            seq,
            alone ? { limit: HISTORY_MESSAGES, except: message.id } : undefined,
          );
          history = assistant.history;
          dataVersion = assistant.dataVersion;
          return {
            type: 'message.accepted',
            conversationId: conversation.id,
            message: toChatMessage(message),
            assistantMessageId: assistant.id,
          };
        },
        () => ({ type: 'error', conversationId: conversation.id, code: 'INTERNAL', message: failureReply(lang) }),
      )
      .catch((err: unknown) => {
        this.settle(conversation.id);
        throw err;
      });
    const assistant = { id: (accepted as Extract<typeof accepted, { type: 'message.accepted' }>).assistantMessageId };

    const turn: Omit<TurnContext, 'signal'> = {
      tenantId,
      userId: principal.userId,
      principal,
      conversationId: conversation.id,
      messageId: assistant.id,
      lang,
      channel: conversation.channel,
      ...(options.model ? { model: options.model } : {}),
      ...(dataVersion ? { dataVersion } : {}),
      attachmentIds: dto.attachmentIds,
      parts: [],
      toolRuns: [],
    };
    const done = this.enqueue(conversation.id, () => this.run(turn, dto.text, history));
    return { messageId: message.id, conversationId: conversation.id, duplicate: false, assistantMessageId: assistant.id, done };
  }

  /** Stops the answer being generated in this conversation (the partial answer is kept, marked cancelled). */
  async stop(principal: Principal, conversationId: string): Promise<boolean> {
    if (!principal.tenantId || !(await this.repo.findConversation(principal.tenantId, conversationId, principal.userId))) {
      throw notFound('Conversation');
    }
    const controller = this.running.get(conversationId);
    controller?.abort();
    return Boolean(controller);
  }

  /** The recovery sweep stops at the first step of a shutdown: a later step that fails must not leave it running. */
  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweeper);
    for (const controller of this.running.values()) controller.abort();
    await Promise.allSettled([...this.queues.values()]);
  }

  private enqueue<T>(conversationId: string, job: () => Promise<T>): Promise<T | null> {
    const previous = this.queues.get(conversationId) ?? Promise.resolve();
    const next = previous.then(job, job).catch((err) => {
      this.logger.error({ err, conversationId }, 'turn crashed');
      return null;
    });
    this.queues.set(conversationId, next);
    void next.finally(() => {
      if (this.queues.get(conversationId) === next) this.queues.delete(conversationId);
    });
    return next;
  }

  private async run(turn: Omit<TurnContext, 'signal'>, text: string, history?: HistoryRow[]): Promise<TurnResult | null> {
    const controller = new AbortController();
    this.running.set(turn.conversationId, controller);
    await this.slots.acquire(turn.tenantId);
    try {
      const result = await this.agent.runTurn({ ...turn, signal: controller.signal }, text, history);
      this.events.emit(
        turn.tenantId,
        'conversation.completed',
        {
          conversationId: turn.conversationId,
          messageId: result.message.id,
          channel: turn.channel ?? 'chat',
          status: result.status,
          language: result.message.language ?? null,
          text: result.message.text,
          tools: result.toolRuns.map((r) => ({ name: r.name, status: r.status })),
        },
        result.message.id,
      );
      return result;
    } catch (err) {
      await this.failTurn(turn, err);
      return null;
    } finally {
      this.slots.release();
      this.running.delete(turn.conversationId);
      this.leave(turn.tenantId);
      this.settle(turn.conversationId);
    }
  }

  /** A turn of this conversation is over (its answer stored) or was never started. */
  private settle(conversationId: string): void {
    const left = (this.pendingTurns.get(conversationId) ?? 1) - 1;
    if (left > 0) this.pendingTurns.set(conversationId, left);
    else this.pendingTurns.delete(conversationId);
  }

  /** Retries storing a failed answer every few seconds until the database takes it (bounded: at most ~10 minutes). */
  private storeLater(messageId: string, data: Parameters<ConversationsRepository['finishMessage']>[1], attempt = 1): void {
    const timer = setTimeout(() => {
      this.repo.finishMessage(messageId, data).then(
        () => this.logger.log({ messageId }, 'failed answer stored after the database came back'),
        () =>
          attempt < 200
            ? this.storeLater(messageId, data, attempt + 1)
            : this.logger.warn({ messageId }, 'gave up storing a failed answer'),
      );
    }, 3000);
    timer.unref();
  }

  private leave(tenantId: string): void {
    const left = (this.inFlight.get(tenantId) ?? 1) - 1;
    if (left > 0) this.inFlight.set(tenantId, left);
    else this.inFlight.delete(tenantId);
  }

  /**
   * Last resort when a turn crashes outside the agent's own error handling (e.g. the database refused a write): the
   * client still gets an error and a failed `message.completed`, never an answer that streams forever.
   */
  private async failTurn(turn: Omit<TurnContext, 'signal'>, err: unknown): Promise<void> {
    this.logger.error({ err, conversationId: turn.conversationId }, 'turn crashed');
    const text = failureReply(turn.lang);
    const parts: MessagePart[] = [...turn.parts, { type: 'text', text }];
    const failed = { status: 'FAILED' as const, text, parts: parts as object[], error: 'INTERNAL', language: turn.lang };
    const stored = await this.repo.finishMessage(turn.messageId, failed).catch(() => {
      // The database itself is away (restarting): record the failure once it is back, so the stored answer never
      // stays "streaming" while the client was told it failed.
      this.storeLater(turn.messageId, failed);
      return null;
    });
    const message = stored
      ? toChatMessage(stored)
      : {
          id: turn.messageId,
          conversationId: turn.conversationId,
          role: 'assistant' as const,
          status: 'failed' as const,
          text,
          parts,
          language: turn.lang,
          createdAt: new Date().toISOString(),
        };
    await this.bus
      .publish({ type: 'error', conversationId: turn.conversationId, messageId: turn.messageId, code: 'INTERNAL', message: text })
      .catch(() => undefined);
    await this.bus.publish({ type: 'message.completed', conversationId: turn.conversationId, message }).catch(() => undefined);
  }
}

function titleFrom(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return '📎';
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}
