import type { ServerEvent } from '../../chat/chat-events';

/**
 * Keeps each conversation's recent events so a reconnecting client can resume from its last seq. The in-memory
 * implementation serves one process; with REDIS_URL a Redis-backed one is shared by every instance.
 */
export interface EventBuffer {
  /** Allocates the next seq of a conversation; `initial` gives the persisted last seq the first time. */
  nextSeq(conversationId: string, initial: () => Promise<number>): Promise<number>;
  append(event: ServerEvent): Promise<void>;
  /** Events with seq > afterSeq, in order; null when some of them are no longer buffered (the client must reload). */
  since(conversationId: string, afterSeq: number): Promise<{ events: ServerEvent[]; lastSeq: number } | null>;
  close(): Promise<void>;
}

export const EVENT_BUFFER = Symbol('EVENT_BUFFER');

export interface MemoryEventBufferLimits {
  /** Events kept per conversation. */
  perConversation?: number;
  /** Conversations kept. */
  maxConversations?: number;
  /** A conversation without activity for this long is dropped (swept periodically, not only when another starts). */
  idleTtlMs?: number;
  /** Bytes (serialised JSON, UTF-8) kept per conversation: a few huge tool results can't hold a conversation's whole budget. */
  perConversationBytes?: number;
  /** Bytes kept in all: the least recently active conversations go first. */
  maxBytes?: number;
  /** How often idle conversations are swept (0: never by timer). */
  sweepEveryMs?: number;
  now?: () => number;
}

interface Entry {
  seq: number;
  events: { seq: number; utf8: Buffer }[];
  bytes: number;
  lastAt: number;
}

/**
 * Bounded by count and by bytes: the last events of each conversation (at most `perConversation` events and
 * `perConversationBytes`), at most `maxConversations` conversations and `maxBytes` in all, and conversations idle for
 * `idleTtlMs` are dropped by a periodic sweep. A client coming back later reloads the conversation over REST (the
 * resume answers RESUME_GAP), so memory stays flat however many turns the process serves.
 */
export class MemoryEventBuffer implements EventBuffer {
  // Events are kept serialised: a JSON string is several times smaller in the heap than the object graph. And as UTF-8
  // bytes, not the string: JSON.stringify returns a rope of parts, and a two-byte one as soon as a character is beyond
  // Latin-1 (« — », any Arabic), so the string cost ~2 bytes a character while `bytes` counted one (bench/README.md,
  // tenth pass). Each event gets its own buffer (`allocUnsafeSlow`), not a slice of Node's shared 8 KB pool: a slab
  // would stay alive as long as any one event cut from it, whatever the bounds say.
  private readonly conversations = new Map<string, Entry>();
  private readonly pendingInit = new Map<string, Promise<number>>();
  private totalBytes = 0;
  private readonly perConversation: number;
  private readonly maxConversations: number;
  private readonly idleTtlMs: number;
  private readonly perConversationBytes: number;
  private readonly maxBytes: number;
  private readonly now: () => number;
  private readonly timer?: NodeJS.Timeout;

  constructor(limits: MemoryEventBufferLimits = {}) {
    this.perConversation = limits.perConversation ?? 300;
    this.maxConversations = limits.maxConversations ?? 1000;
    this.idleTtlMs = limits.idleTtlMs ?? 15 * 60_000;
    this.perConversationBytes = limits.perConversationBytes ?? 512 * 1024;
    this.maxBytes = limits.maxBytes ?? 64 * 1024 * 1024;
    this.now = limits.now ?? Date.now;
    const every = limits.sweepEveryMs ?? 60_000;
    if (every > 0) {
      this.timer = setInterval(() => this.sweep(), every);
      this.timer.unref();
    }
  }

  /** Bytes held now (serialised events, UTF-8), for metrics and tests. */
  get bytes(): number {
    return this.totalBytes;
  }

  get size(): number {
    return this.conversations.size;
  }

  async nextSeq(conversationId: string, initial: () => Promise<number>): Promise<number> {
    let entry = this.touch(conversationId);
    if (!entry) {
      // Concurrent first calls share one initialisation so no seq is handed out twice.
      let init = this.pendingInit.get(conversationId);
      if (!init) {
        init = initial();
        this.pendingInit.set(conversationId, init);
      }
      const start = await init;
      this.pendingInit.delete(conversationId);
      entry = this.touch(conversationId) ?? this.create(conversationId, start);
    }
    return ++entry.seq;
  }

  async append(event: ServerEvent): Promise<void> {
    const entry = this.touch(event.conversationId) ?? this.create(event.conversationId, event.seq);
    const json = JSON.stringify(event);
    const utf8 = Buffer.allocUnsafeSlow(Buffer.byteLength(json));
    utf8.write(json);
    entry.events.push({ seq: event.seq, utf8 });
    this.grow(entry, utf8.length);
    while (entry.events.length > 1 && (entry.events.length > this.perConversation || entry.bytes > this.perConversationBytes)) {
      this.grow(entry, -entry.events.shift()!.utf8.length);
    }
    this.evict(event.conversationId);
  }

  async since(conversationId: string, afterSeq: number) {
    const entry = this.touch(conversationId);
    if (!entry) return afterSeq >= 0 ? null : { events: [], lastSeq: 0 };
    if (afterSeq >= entry.seq) return { events: [], lastSeq: entry.seq };
    const oldest = entry.events[0]?.seq ?? entry.seq + 1;
    if (afterSeq + 1 < oldest) return null;
    return {
      events: entry.events.filter((e) => e.seq > afterSeq).map((e) => JSON.parse(e.utf8.toString('utf8')) as ServerEvent),
      lastSeq: entry.seq,
    };
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.conversations.clear();
    this.totalBytes = 0;
  }

  /** Drops the conversations idle for longer than idleTtlMs (the least recently active are at the front). */
  sweep(): void {
    const now = this.now();
    for (const [id, e] of this.conversations) {
      if (now - e.lastAt < this.idleTtlMs) break;
      this.drop(id);
    }
  }

  private grow(entry: Entry, bytes: number): void {
    entry.bytes += bytes;
    this.totalBytes += bytes;
  }

  private drop(id: string): void {
    const e = this.conversations.get(id);
    if (!e) return;
    this.totalBytes -= e.bytes;
    this.conversations.delete(id);
  }

  private touch(conversationId: string) {
    const entry = this.conversations.get(conversationId);
    if (entry) {
      entry.lastAt = this.now();
      // Map keeps insertion order: re-inserting makes this the most recent.
      this.conversations.delete(conversationId);
      this.conversations.set(conversationId, entry);
    }
    return entry;
  }

  private create(conversationId: string, seq: number): Entry {
    const entry: Entry = { seq, events: [], bytes: 0, lastAt: this.now() };
    this.conversations.set(conversationId, entry);
    this.evict(conversationId);
    return entry;
  }

  /** Over a cap (conversations, bytes) or idle: evict from the front (least recently active), never `keep`. */
  private evict(keep: string): void {
    this.sweep();
    for (const id of this.conversations.keys()) {
      if (this.conversations.size <= this.maxConversations && this.totalBytes <= this.maxBytes) break;
      if (id !== keep) this.drop(id);
    }
  }
}
