import { Inject, Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import { RateLimitedError } from '../auth/rate-limits';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ApprovalService } from '../agent/approval.service';
import { AccountEvents, apiKeyRoom, userRoom } from '../auth/account-events';
import { CredentialsService } from '../auth/credentials.service';
import type { Principal } from '../auth/principal';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { toErrorBody } from '../common/filters/global-exception.filter';
import { assertValidText } from '../common/validation/text-guard';
import { message } from '../common/localisation/messages';
import { ConversationsRepository } from '../conversations/conversations.repository';
import { MetricsService } from '../observability/metrics.service';
import { Ack, CHAT_NAMESPACE, ClientToServerEvents, DecideAck, ResumeAck, SendMessageAck, ServerToClientEvents } from './chat-events';
import { ChatEventBus, EVENT_RELAY, EventRelay } from '../conversations/events/chat-event-bus';
import { SocketIoEventRelay } from '../conversations/events/socket-io-relay';
import { ChatService } from './chat.service';
import { DecideSchema, ResumeSchema, SendMessageSchema, StopSchema } from './chat.schemas';
import { detectLanguage } from '../agent/local/nlu';
import type { Lang } from './chat-events';

type ChatSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  { principal: Principal; expiry?: NodeJS.Timeout }
>;

/**
 * Socket.IO gateway of the chat. Authenticated at the handshake (`auth: { token }`, a JWT or an API key): a bad token
 * is refused at connect. Handlers validate their payload and answer through the ack; events stream through the bus.
 */
@WebSocketGateway({ namespace: CHAT_NAMESPACE, cors: { origin: false }, maxHttpBufferSize: 1e6 })
export class ChatGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger(ChatGateway.name);
  private readonly socketEvents: RateLimiterMemory;

  constructor(
    private readonly credentials: CredentialsService,
    private readonly chat: ChatService,
    private readonly approvals: ApprovalService,
    private readonly bus: ChatEventBus,
    private readonly conversations: ConversationsRepository,
    private readonly metrics: MetricsService,
    @Inject(EVENT_RELAY) private readonly relay: EventRelay,
    private readonly accountEvents: AccountEvents,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.socketEvents = new RateLimiterMemory({ keyPrefix: 'socket-events', points: config.SOCKET_EVENTS_PER_10S, duration: 10 });
  }

  afterInit(namespace: Namespace): void {
    if (this.relay instanceof SocketIoEventRelay) this.relay.bind(namespace);
    // A disabled user, a reset password or a revoked key closes its open sockets at once, on every instance (with
    // REDIS_URL the adapter carries disconnectSockets to the other nodes).
    this.accountEvents.onUserAccessChanged((userId) => namespace.in(userRoom(userId)).disconnectSockets(true));
    this.accountEvents.onApiKeyRevoked((keyId) => namespace.in(apiKeyRoom(keyId)).disconnectSockets(true));
    namespace.use((socket, next) => {
      const token = socket.handshake.auth?.token ?? CredentialsService.fromHeaders(socket.handshake.headers as Record<string, string>);
      this.credentials
        .resolve(typeof token === 'string' ? token : undefined)
        .then((principal) => {
          if (!principal.tenantId) throw new AppError(ErrorCode.FORBIDDEN, 'This account has no business to chat about');
          socket.data.principal = principal;
          next();
        })
        .catch((err) => {
          const body = toErrorBody(err);
          next(Object.assign(new Error(body.message), { data: { code: body.code, statusCode: body.statusCode } }));
        });
    });
  }

  handleConnection(socket: ChatSocket): void {
    this.metrics.openSockets.inc();
    const p = socket.data.principal;
    if (p?.userId) void socket.join(userRoom(p.userId));
    if (p?.apiKeyId) void socket.join(apiKeyRoom(p.apiKeyId));
    // The socket lives as long as its access token: at expiry it is closed (even idle, so it stops receiving events)
    // and the client reconnects with a refreshed token.
    if (p?.expiresAt !== undefined) {
      socket.data.expiry = setTimeout(() => socket.disconnect(true), Math.max(0, Math.min(p.expiresAt - Date.now(), 2 ** 31 - 1)));
      socket.data.expiry.unref();
    }
  }

  handleDisconnect(socket: ChatSocket): void {
    this.metrics.openSockets.dec();
    clearTimeout(socket.data.expiry);
    this.bus.unsubscribe(socket.id);
  }

  @SubscribeMessage('message:send')
  async send(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<SendMessageAck> {
    return this.guard(
      async () => {
        const dto = parse(SendMessageSchema, body);
        const result = await this.chat.send(socket.data.principal, dto, async (conversationId) => {
          // Subscribe before the first event of the turn is published, so a new conversation is seen from seq 1.
          if (!this.bus.isSubscribed(socket.id, conversationId)) {
            const lastSeq = await this.bus.persistedLastSeq(conversationId);
            await this.follow(socket, conversationId, lastSeq);
          }
        });
        return { ok: true as const, messageId: result.messageId, conversationId: result.conversationId, duplicate: result.duplicate };
      },
      socket,
      senderLang(body),
    );
  }

  @SubscribeMessage('conversation:resume')
  async resume(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<ResumeAck> {
    return this.guard(async () => {
      const dto = parse(ResumeSchema, body);
      const p = socket.data.principal;
      if (!(await this.conversations.findConversation(p.tenantId!, dto.conversationId, p.userId))) {
        throw new AppError(ErrorCode.NOT_FOUND, 'Conversation not found');
      }
      this.bus.unsubscribe(socket.id, dto.conversationId);
      const resumed = await this.follow(socket, dto.conversationId, dto.afterSeq);
      if (!resumed)
        return { ok: false as const, code: 'RESUME_GAP', message: 'Those events are no longer buffered: reload the conversation' };
      return { ok: true as const, ...resumed };
    }, socket);
  }

  @SubscribeMessage('generation:stop')
  async stop(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<Ack<{ stopped: boolean }>> {
    return this.guard(async () => {
      const dto = parse(StopSchema, body);
      return { ok: true as const, stopped: await this.chat.stop(socket.data.principal, dto.conversationId) };
    }, socket);
  }

  @SubscribeMessage('approval:decide')
  async decide(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<DecideAck> {
    return this.guard(async () => {
      const dto = parse(DecideSchema, body);
      const { status } = await this.approvals.decide(socket.data.principal, dto);
      return { ok: true as const, status };
    }, socket);
  }

  /**
   * Subscribes the socket to a conversation unless it disconnected meanwhile: the awaits before (reading the last
   * seq, checking the conversation) can end after the disconnect handler ran, and a subscription made then would
   * hold the dead socket forever.
   */
  private async follow(socket: ChatSocket, conversationId: string, afterSeq: number) {
    if (socket.disconnected) return null;
    const result = await this.bus.subscribe(conversationId, this.sink(socket), afterSeq);
    if (socket.disconnected) this.bus.unsubscribe(socket.id);
    return result;
  }

  private sink(socket: ChatSocket) {
    return { id: socket.id, send: (event: Parameters<ServerToClientEvents['chat:event']>[0]) => socket.emit('chat:event', event) };
  }

  private async guard<T extends object>(
    fn: () => Promise<T>,
    socket?: ChatSocket,
    lang?: Lang,
  ): Promise<T | { ok: false; code: string; message: string; retryAfterSeconds?: number }> {
    try {
      if (socket) {
        // A socket sending events faster than any person would is slowed down (its events refused for a moment).
        await this.socketEvents.consume(socket.id).catch((res: unknown) => {
          if (res instanceof RateLimiterRes)
            throw new RateLimitedError('Too many events on this connection', Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
          throw res;
        });
        // The handshake's credentials must still hold at each event (a missed disconnect can't leave a way in).
        try {
          socket.data.principal = await this.credentials.revalidate(socket.data.principal);
        } catch (err) {
          setImmediate(() => socket.disconnect(true));
          throw err;
        }
      }
      return await fn();
    } catch (err) {
      const body = toErrorBody(err);
      if (body.code === ErrorCode.DATABASE_UNAVAILABLE) this.logger.warn('socket handler: database unavailable');
      else if (body.statusCode >= 500) this.logger.error({ err }, 'socket handler failed');
      const retryAfter = (body.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      // The person chatting reads why their message was not taken in their own language (the code stays for clients).
      if (body.code === ErrorCode.DATABASE_UNAVAILABLE && lang) body.message = message(lang, 'chat.databaseDown');
      return {
        ok: false,
        code: body.code,
        message: body.message,
        ...(typeof retryAfter === 'number' ? { retryAfterSeconds: retryAfter } : {}),
      };
    }
  }
}

/** The language a message is written in (its UI language when it has no words), to answer a refusal in it. */
function senderLang(body: unknown): Lang {
  const { text, lang } = (body ?? {}) as { text?: unknown; lang?: unknown };
  const ui: Lang = lang === 'ar' || lang === 'en' ? lang : 'fr';
  if (typeof text === 'string' && /\p{L}{2,}/u.test(text)) return detectLanguage(text.slice(0, 2000), ui);
  return ui;
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  assertValidText(body);
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
  throw new AppError(ErrorCode.VALIDATION_FAILED, `Invalid request: ${detail}`);
}
