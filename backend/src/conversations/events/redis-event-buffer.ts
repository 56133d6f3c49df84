import type Redis from 'ioredis';
import type { ServerEvent } from '../../chat/chat-events';
import type { EventBuffer } from './event-buffer';

const TTL_SECONDS = 24 * 3600;

/**
 * The resume buffer in Redis, shared by every instance: seqs come from one INCR per conversation, events are kept in
 * a capped list. A client can resume on any instance, whichever one ran the turn.
 */
export class RedisEventBuffer implements EventBuffer {
  constructor(
    private readonly redis: Redis,
    private readonly perConversation = 1000,
    private readonly prefix = 'tajer:chat',
  ) {}

  async nextSeq(conversationId: string, initial: () => Promise<number>): Promise<number> {
    const key = `${this.prefix}:${conversationId}:seq`;
    // First use since Redis was emptied: start after the persisted seq, never below it.
    if (!(await this.redis.exists(key))) await this.redis.set(key, String(await initial()), 'EX', TTL_SECONDS, 'NX');
    const seq = await this.redis.incr(key);
    await this.redis.expire(key, TTL_SECONDS);
    return seq;
  }

  /** Moves a conversation's seq up to `seq` (never down): after an outage, Redis may hold an older one. */
  async raise(conversationId: string, seq: number): Promise<void> {
    await this.redis.set(`${this.prefix}:${conversationId}:seq`, String(seq), 'EX', TTL_SECONDS);
  }

  async append(event: ServerEvent): Promise<void> {
    const key = `${this.prefix}:${event.conversationId}:events`;
    await this.redis.multi().rpush(key, JSON.stringify(event)).ltrim(key, -this.perConversation, -1).expire(key, TTL_SECONDS).exec();
  }

  async since(conversationId: string, afterSeq: number) {
    const [seqRaw, raw] = await Promise.all([
      this.redis.get(`${this.prefix}:${conversationId}:seq`),
      this.redis.lrange(`${this.prefix}:${conversationId}:events`, 0, -1),
    ]);
    if (seqRaw === null) return null;
    const lastSeq = Number(seqRaw);
    if (afterSeq >= lastSeq) return { events: [], lastSeq };
    // Appends of concurrent publishers may land slightly out of order: sort by seq.
    const events = raw.map((r) => JSON.parse(r) as ServerEvent).sort((a, b) => a.seq - b.seq);
    const oldest = events[0]?.seq ?? lastSeq + 1;
    if (afterSeq + 1 < oldest) return null;
    return { events: events.filter((e) => e.seq > afterSeq), lastSeq };
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
