import type Redis from 'ioredis';
import type { ServerEvent } from '../../chat/chat-events';
import { MemoryEventBuffer, type EventBuffer } from './event-buffer';
import { RedisEventBuffer } from './redis-event-buffer';
import { redisReady } from '../../common/redis/redis-outage';

/** Conversations whose last seq this process remembers (to keep seqs increasing across a Redis outage). */
const REMEMBERED = 5000;

/**
 * The shared Redis buffer while Redis answers, this process's own memory buffer while it doesn't: a lost Redis never
 * stops the chat (each instance serves its own clients; a client that resumes elsewhere reloads over REST). Seqs keep
 * increasing through both switches: each conversation's last seq handed out here is a floor for the next one (Redis
 * emptied by a restart, or memory that missed the Redis period, never hand out a seq a client has already seen).
 */
export class ResilientEventBuffer implements EventBuffer {
  private readonly shared: RedisEventBuffer;
  private local = new MemoryEventBuffer();
  private usingLocal = false;
  private readonly last = new Map<string, number>();

  constructor(private readonly redis: Redis) {
    this.shared = new RedisEventBuffer(redis);
  }

  private useShared(): boolean {
    const ready = redisReady(this.redis);
    if (!ready && !this.usingLocal) {
      // A new outage starts from an empty local buffer: what it held from an earlier one is stale.
      void this.local.close();
      this.local = new MemoryEventBuffer();
    }
    this.usingLocal = !ready;
    return ready;
  }

  async nextSeq(conversationId: string, initial: () => Promise<number>): Promise<number> {
    const floor = this.last.get(conversationId) ?? 0;
    const start = async () => Math.max(await initial(), floor);
    let seq: number | undefined;
    if (this.useShared()) {
      seq = await this.shared.nextSeq(conversationId, start).catch(() => undefined);
      if (seq !== undefined && seq <= floor) {
        seq = floor + 1;
        await this.shared.raise(conversationId, seq).catch(() => undefined);
      }
    }
    if (seq === undefined) {
      seq = await this.local.nextSeq(conversationId, start);
      if (seq <= floor) seq = floor + 1;
    }
    this.remember(conversationId, seq);
    return seq;
  }

  async append(event: ServerEvent): Promise<void> {
    if (this.useShared()) {
      try {
        return await this.shared.append(event);
      } catch {
        // Redis went away between the check and the write: keep the event here.
      }
    }
    await this.local.append(event);
  }

  async since(conversationId: string, afterSeq: number) {
    if (this.useShared()) {
      try {
        return await this.shared.since(conversationId, afterSeq);
      } catch {
        // fall through to this process's events
      }
    }
    return this.local.since(conversationId, afterSeq);
  }

  async close(): Promise<void> {
    await this.local.close();
    await this.shared.close();
  }

  private remember(conversationId: string, seq: number): void {
    this.last.delete(conversationId);
    this.last.set(conversationId, seq);
    if (this.last.size > REMEMBERED) this.last.delete(this.last.keys().next().value!);
  }
}
