import { parseServerEvent, type DecidePayload, type DecideAck, type Lang, type ServerEvent } from '@tajer/contract';
import { api, ApiError, refreshSession } from '../../lib/http';
import { uuid } from '../../lib/ids';
import { sessionStore } from '../auth/session-store';
import { createChatSocket, type ChatSocket } from './socket/chat-socket';
import { createChatStore, type ChatStore } from './store/chat-store';
import { nextToSend } from './store/selectors';
import type { ConversationSnapshot, OutboxItem } from './store/types';

const ACK_TIMEOUT_MS = 20_000;

export interface SendInput {
  /** The conversation id, or a `draft:` key for a new conversation. */
  threadKey: string;
  text: string;
  attachmentIds?: string[];
  lang?: Lang;
}

/**
 * Owns the socket and feeds the store: sends the outbox one message at a time, resumes conversations after a
 * reconnect or a gap, reloads a snapshot when the server can't replay. Components only read the store and call these
 * methods.
 */
export class ChatClient {
  readonly store: ChatStore;
  private socket: ChatSocket | null = null;
  private readonly reloading = new Set<string>();
  private readonly activity = new Set<(e: ServerEvent) => void>();
  private pumping = false;
  private rejectedConnects = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly outboxKey: string;

  constructor(userId: string) {
    this.outboxKey = `tajer.outbox.${userId}`;
    this.store = createChatStore(this.restoreOutbox());
    this.store.subscribe(() => this.pump());
    this.store.subscribe(() => this.persistOutbox());
  }

  start(): void {
    const socket = createChatSocket(() => sessionStore.get()?.accessToken);
    this.socket = socket;
    socket.on('connect', () => {
      this.rejectedConnects = 0;
      this.setConnection('online');
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return; // we did it (offline, sign-out)
      this.setConnection('reconnecting');
      // The server closed the socket itself (usually an expired token): socket.io won't retry on its own.
      if (reason === 'io server disconnect') this.retryAfterRefusal();
    });
    socket.on('connect_error', (err) => {
      this.setConnection('reconnecting');
      if (!socket.active) this.retryAfterRefusal(refusalCode(err) === 'UNAUTHENTICATED');
    });
    socket.on('chat:event', (raw: unknown) => {
      // Every event is parsed with the protocol's schema first. One that does not match is dropped, never half-applied:
      // its seq then reads as a gap, the conversation resumes, and falls back to reloading its snapshot.
      const { event, error } = parseServerEvent(raw);
      if (!event) {
        console.warn('chat: an event that does not match the protocol was dropped', error);
        return;
      }
      this.store.dispatch({ type: 'server/event', event });
      this.activity.forEach((l) => l(event));
    });
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    if (navigator.onLine === false) this.setConnection('offline');
    else this.connect();
  }

  dispose(): void {
    clearTimeout(this.retryTimer);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
  }

  /** Called for every server event (e.g. to refresh the conversation list when a title changes). */
  onActivity(listener: (e: ServerEvent) => void): () => void {
    this.activity.add(listener);
    return () => this.activity.delete(listener);
  }

  send(input: SendInput): string {
    const clientMessageId = uuid();
    const item: OutboxItem = {
      clientMessageId,
      threadKey: input.threadKey,
      conversationId: input.threadKey.startsWith('draft:') ? this.store.getState().drafts[input.threadKey] : input.threadKey,
      text: input.text,
      attachmentIds: input.attachmentIds ?? [],
      lang: input.lang,
      state: 'queued',
      createdAt: new Date().toISOString(),
    };
    this.store.dispatch({ type: 'outbox/enqueued', item });
    return clientMessageId;
  }

  retryOutbox(clientMessageId: string): void {
    this.store.dispatch({ type: 'outbox/requeued', clientMessageIds: [clientMessageId] });
  }

  discardOutbox(clientMessageId: string): void {
    this.store.dispatch({ type: 'outbox/discarded', clientMessageId });
  }

  /** Loads a conversation's snapshot; the store then resumes it from the snapshot's seq (which also subscribes). */
  async open(conversationId: string): Promise<void> {
    const snap = await api<ConversationSnapshot>(`/api/conversations/${encodeURIComponent(conversationId)}`);
    this.store.dispatch({
      type: 'conversation/loaded',
      conversation: { id: snap.id, title: snap.title, lastSeq: snap.lastSeq ?? 0, messages: snap.messages ?? [] },
    });
  }

  /** Fetches only the title (e.g. of a conversation started here, known from live events alone). */
  async refreshTitle(conversationId: string): Promise<void> {
    const snap = await api<{ title?: string | null }>(`/api/conversations/${encodeURIComponent(conversationId)}`);
    if (snap.title) this.store.dispatch({ type: 'conversation/renamed', conversationId, title: snap.title });
  }

  forget(conversationId: string): void {
    this.store.dispatch({ type: 'conversation/removed', conversationId });
  }

  stopGeneration(conversationId: string): void {
    this.store.dispatch({ type: 'stop/requested', conversationId });
    this.socket?.timeout(ACK_TIMEOUT_MS).emit('generation:stop', { conversationId }, () => undefined);
  }

  decide(payload: DecidePayload): Promise<DecideAck> {
    const socket = this.socket;
    if (!socket?.connected) return Promise.resolve({ ok: false, code: 'OFFLINE', message: 'offline' });
    return new Promise((resolve) => {
      socket.timeout(ACK_TIMEOUT_MS).emit('approval:decide', payload, (err, ack) => {
        resolve(err ? { ok: false, code: 'TIMEOUT', message: 'no answer from the server' } : ack);
      });
    });
  }

  private readonly onOnline = () => this.connect();
  private readonly onOffline = () => {
    // The OS knows before TCP does: stop pretending, show the banner and queue what's typed.
    this.socket?.disconnect();
    this.setConnection('offline');
  };

  private connect(): void {
    if (!this.socket || this.socket.connected) return;
    this.setConnection(this.store.getState().connection === 'idle' ? 'connecting' : 'reconnecting');
    this.socket.connect();
  }

  /**
   * Connects again after the server refused or closed the socket. The session is refreshed first only when the refusal
   * was about the token (expired, or the socket outlived it): each refresh spends the refresh cookie, and one in flight
   * when the page reloads leaves the new page a spent cookie, which ends the sign-in.
   */
  private retryAfterRefusal(refresh = true): void {
    clearTimeout(this.retryTimer);
    const delay = Math.min(30_000, 1000 * 2 ** this.rejectedConnects++);
    this.retryTimer = setTimeout(async () => {
      if (refresh && !(await refreshSession()) && !sessionStore.get()) return; // signed out: the app shows the login page
      if (navigator.onLine !== false) this.socket?.connect();
    }, delay);
  }

  private setConnection(state: 'connecting' | 'online' | 'reconnecting' | 'offline'): void {
    this.store.dispatch({ type: 'connection/changed', state });
  }

  /** Reacts to store changes: sends, resumes, reloads. Re-entrant dispatches are folded into one more pass. */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    queueMicrotask(() => {
      this.pumping = false;
      const state = this.store.getState();
      const socket = this.socket;
      for (const conv of Object.values(state.conversations)) {
        if (conv.resume === 'reload') this.reload(conv.id);
      }
      if (state.connection !== 'online' || !socket?.connected) return;
      for (const conv of Object.values(state.conversations)) {
        if (conv.resume === 'needed') this.resume(socket, conv.id, conv.lastSeq);
      }
      const item = nextToSend(state);
      if (item) this.emitSend(socket, item);
    });
  }

  private resume(socket: ChatSocket, conversationId: string, afterSeq: number): void {
    this.store.dispatch({ type: 'resume/requested', conversationId });
    socket.timeout(ACK_TIMEOUT_MS).emit('conversation:resume', { conversationId, afterSeq }, (err, ack) => {
      if (err) this.store.dispatch({ type: 'resume/needed', conversationId });
      else if (ack.ok) this.store.dispatch({ type: 'resume/done', conversationId, lastSeq: ack.lastSeq });
      else this.store.dispatch({ type: 'resume/failed', conversationId });
    });
  }

  private reload(conversationId: string): void {
    if (this.reloading.has(conversationId)) return;
    this.reloading.add(conversationId);
    this.open(conversationId).then(
      () => this.reloading.delete(conversationId),
      (err) => {
        if (err instanceof ApiError && (err.status === 404 || err.status === 403)) {
          this.reloading.delete(conversationId);
          this.store.dispatch({ type: 'conversation/removed', conversationId });
        } else {
          // Network trouble: try again a little later rather than in a tight loop.
          setTimeout(() => {
            this.reloading.delete(conversationId);
            this.pump();
          }, 3000);
        }
      },
    );
  }

  private emitSend(socket: ChatSocket, item: OutboxItem): void {
    this.store.dispatch({ type: 'outbox/sending', clientMessageId: item.clientMessageId });
    const payload = {
      clientMessageId: item.clientMessageId,
      conversationId: item.conversationId ?? this.store.getState().drafts[item.threadKey],
      text: item.text,
      attachmentIds: item.attachmentIds.length ? item.attachmentIds : undefined,
      lang: item.lang,
    };
    socket.timeout(ACK_TIMEOUT_MS).emit('message:send', payload, (err, ack) => {
      const id = item.clientMessageId;
      if (err) this.store.dispatch({ type: 'outbox/requeued', clientMessageIds: [id] });
      else if (ack.ok)
        this.store.dispatch({ type: 'outbox/acked', clientMessageId: id, conversationId: ack.conversationId, messageId: ack.messageId });
      else this.store.dispatch({ type: 'outbox/failed', clientMessageId: id, error: { code: ack.code, message: ack.message } });
    });
  }

  private restoreOutbox(): OutboxItem[] {
    try {
      const items = JSON.parse(localStorage.getItem(this.outboxKey) ?? '[]') as OutboxItem[];
      return items.map((i) => (i.state === 'sending' ? { ...i, state: 'queued' } : i));
    } catch {
      return [];
    }
  }

  private lastOutbox: OutboxItem[] | null = null;
  /** Messages typed offline survive a reload of the page; they keep their clientMessageId, so none is sent twice. */
  private persistOutbox(): void {
    const { outbox } = this.store.getState();
    if (outbox === this.lastOutbox) return;
    this.lastOutbox = outbox;
    const keep = outbox.filter((i) => i.state !== 'sent');
    if (keep.length) localStorage.setItem(this.outboxKey, JSON.stringify(keep));
    else localStorage.removeItem(this.outboxKey);
  }
}

/** The error code the server put on a refused handshake (`{ data: { code } }`), when it said one. */
function refusalCode(err: Error): string | undefined {
  const data = (err as Error & { data?: { code?: unknown } }).data;
  return typeof data?.code === 'string' ? data.code : undefined;
}
