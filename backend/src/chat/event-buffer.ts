import type { ServerEvent } from './chat-events';

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

/**
 * Bounded: the last `perConversation` events of at most `maxConversations` conversations, dropped after `idleTtlMs`
 * without activity. A client coming back later reloads the conversation over REST (the resume answers RESUME_GAP),
 * so memory stays flat however many turns the process serves.
 */
export class MemoryEventBuffer implements EventBuffer {
  // Events are kept serialised: a JSON string is several times smaller in the heap than the object graph.
  private readonly conversations = new Map<string, { seq: number; events: { seq: number; json: string }[]; lastAt: number }>();
  private readonly pendingInit = new Map<string, Promise<number>>();

  constructor(
    private readonly perConversation = 300,
    private readonly maxConversations = 1000,
    private readonly idleTtlMs = 15 * 60_000,
  ) {}

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
    entry.events.push({ seq: event.seq, json: JSON.stringify(event) });
    if (entry.events.length > this.perConversation) entry.events.splice(0, entry.events.length - this.perConversation);
  }

  async since(conversationId: string, afterSeq: number) {
    const entry = this.touch(conversationId);
    if (!entry) return afterSeq >= 0 ? null : { events: [], lastSeq: 0 };
    if (afterSeq >= entry.seq) return { events: [], lastSeq: entry.seq };
    const oldest = entry.events[0]?.seq ?? entry.seq + 1;
    if (afterSeq + 1 < oldest) return null;
    return { events: entry.events.filter((e) => e.seq > afterSeq).map((e) => JSON.parse(e.json) as ServerEvent), lastSeq: entry.seq };
  }

  async close(): Promise<void> {
    this.conversations.clear();
  }

  private touch(conversationId: string) {
    const entry = this.conversations.get(conversationId);
    if (entry) {
      entry.lastAt = Date.now();
      // Map keeps insertion order: re-inserting makes this the most recent.
      this.conversations.delete(conversationId);
      this.conversations.set(conversationId, entry);
    }
    return entry;
  }

  private create(conversationId: string, seq: number) {
    const entry = { seq, events: [] as { seq: number; json: string }[], lastAt: Date.now() };
    this.conversations.set(conversationId, entry);
    // Map order is recency order: evict from the front while over the cap or idle for too long.
    for (const [id, e] of this.conversations) {
      if (this.conversations.size <= this.maxConversations && Date.now() - e.lastAt < this.idleTtlMs) break;
      this.conversations.delete(id);
    }
    return entry;
  }
}
