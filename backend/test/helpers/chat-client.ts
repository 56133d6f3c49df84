import { io, Socket } from 'socket.io-client';
import { ServerEventSchema, type ServerEvent } from '../../src/chat/chat-events';

/**
 * A real Socket.IO client of the /chat namespace that records every event it receives. Like the chat UI, it parses
 * each event with the protocol's schema (@tajer/contract): an event the protocol refuses fails every wait, so each
 * test over the socket also checks the backend speaks the protocol.
 */
export class ChatClient {
  readonly events: ServerEvent[] = [];
  readonly socket: Socket;
  /** Events the protocol refused, with the reason. */
  readonly violations: string[] = [];
  private waiters: { pred: (e: ServerEvent) => boolean; resolve: (e: ServerEvent) => void; reject: (err: Error) => void }[] = [];

  constructor(baseUrl: string, token: string, opts: { autoConnect?: boolean; reconnection?: boolean } = {}) {
    this.socket = io(`${baseUrl}/chat`, {
      auth: { token },
      transports: ['websocket'],
      reconnection: opts.reconnection ?? false,
      autoConnect: opts.autoConnect ?? true,
      forceNew: true,
    });
    this.socket.on('chat:event', (raw: unknown) => {
      const parsed = ServerEventSchema.safeParse(raw);
      if (!parsed.success) {
        const violation = `a chat event the protocol refuses: ${parsed.error.message}\n${JSON.stringify(raw).slice(0, 500)}`;
        this.violations.push(violation);
        this.waiters.forEach((w) => w.reject(new Error(violation)));
        this.waiters = [];
        return;
      }
      const e = raw as ServerEvent;
      this.events.push(e);
      this.waiters = this.waiters.filter((w) => (w.pred(e) ? (w.resolve(e), false) : true));
    });
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (err) => reject(err));
    });
  }

  emit<T = any>(event: string, payload: unknown): Promise<T> {
    return this.socket.timeout(30_000).emitWithAck(event, payload) as Promise<T>;
  }

  /** Resolves with the first event (already received or future) matching the predicate. */
  waitFor(pred: (e: ServerEvent) => boolean, timeoutMs = 30_000): Promise<ServerEvent> {
    if (this.violations.length) return Promise.reject(new Error(this.violations[0]));
    const seen = this.events.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for an event')), timeoutMs);
      this.waiters.push({ pred, resolve: (e) => (clearTimeout(timer), resolve(e)), reject: (err) => (clearTimeout(timer), reject(err)) });
    });
  }

  completed(messageId?: string) {
    return this.waitFor((e) => e.type === 'message.completed' && (!messageId || e.message.id === messageId)) as Promise<
      Extract<ServerEvent, { type: 'message.completed' }>
    >;
  }

  close(): void {
    this.socket.close();
  }
}

export function baseUrlOf(app: { getHttpServer(): any }): string {
  const addr = app.getHttpServer().address();
  return `http://127.0.0.1:${addr.port}`;
}
