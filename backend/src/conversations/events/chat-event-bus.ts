import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { ServerEvent } from '../../chat/chat-events';
import { EVENT_BUFFER, EventBuffer } from './event-buffer';
import { ConversationsRepository } from '../conversations.repository';

type DistributiveOmit<T, K extends keyof any> = T extends unknown ? Omit<T, K> : never;
export type EventInput = DistributiveOmit<ServerEvent, 'seq' | 'at'>;

/** Somewhere to deliver events: a socket (or an SSE response) subscribed to a conversation. */
export interface EventSink {
  id: string;
  send(event: ServerEvent): void;
}

/** Carries events between server instances (Redis in production; nothing with a single process). */
export interface EventRelay {
  publish(event: ServerEvent): Promise<void>;
  onEvent(handler: (event: ServerEvent) => void): void;
  close(): Promise<void>;
}
export const EVENT_RELAY = Symbol('EVENT_RELAY');

interface Subscription {
  sink: EventSink;
  lastSent: number;
  /** While replaying missed events, live ones wait here so order is kept and nothing is skipped. */
  queue: ServerEvent[] | null;
}

/**
 * Orders, buffers and delivers a conversation's events. Each event gets the conversation's next seq; each
 * subscriber receives every event exactly once, in seq order, including after a resume.
 */
@Injectable()
export class ChatEventBus implements OnModuleDestroy {
  private readonly logger = new Logger(ChatEventBus.name);
  private readonly subs = new Map<string, Map<string, Subscription>>();
  /** Conversations each sink follows, oldest first: a long-lived socket that starts many conversations stays bounded. */
  private readonly followed = new Map<string, string[]>();
  private static readonly MAX_FOLLOWED = 20;
  private readonly created_ = new Set<string>();
  private static readonly MAX_CREATED = 10_000;
  /** Per-conversation promise chain: publishes of one conversation are serialised, so seqs are emitted in order. */
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(EVENT_BUFFER) private readonly buffer: EventBuffer,
    @Inject(EVENT_RELAY) private readonly relay: EventRelay,
    private readonly conversations: ConversationsRepository,
  ) {
    relay.onEvent((event) => this.deliver(event));
  }

  publish(input: EventInput): Promise<ServerEvent> {
    const conversationId = input.conversationId;
    return this.inOrder(conversationId, async () => {
      const event = stamp(input, await this.allocate(conversationId));
      // Token deltas are not persisted one by one; every other event records the seq so a restarted server never
      // hands out a seq a client has already seen for a stored message.
      if (event.type !== 'message.delta') await this.recordSeq(event);
      return this.emit(event);
    });
  }

  /**
   * Publishes an event whose own row write records its seq: `write(seq)` stores the row and, in the same statement,
   * the conversation's lastSeq (the repository's writes that take a `seq`), then returns the event. One statement a
   * chat turn's event instead of two (the write, then `setLastSeq`), with the same guarantee as `publish`: the seq is
   * on disk before any client can see it. The write runs in the conversation's publish order once its seq is
   * allocated, so nothing else of this conversation goes out in between. If it fails, `fallback` (an error event)
   * takes the seq, so no subscriber waits for a seq that never comes, and the failure is rethrown to the caller.
   */
  publishRecorded(conversationId: string, write: (seq: number) => Promise<EventInput>, fallback: () => EventInput): Promise<ServerEvent> {
    return this.inOrder(conversationId, async () => {
      const seq = await this.allocate(conversationId);
      let input: EventInput;
      try {
        input = await write(seq);
        if (input.conversationId !== conversationId) throw new Error('publishRecorded: the event is about another conversation');
      } catch (err) {
        const failed = stamp(fallback(), seq);
        await this.recordSeq(failed);
        await this.emit(failed);
        throw err;
      }
      return this.emit(stamp(input, seq));
    });
  }

  /**
   * `publishRecorded` for events that happened together (a read tool's `tool.started` and `tool.finished` when it
   * finished at once): `count` consecutive seqs, one statement `write(seqs)` that stores the rows and the last seq, then
   * the events in order in one tick. If the write fails, each seq goes out as `fallback` (an error event), so no
   * subscriber waits for a seq that never comes, and the failure is rethrown.
   */
  publishRecordedMany(
    conversationId: string,
    count: number,
    write: (seqs: number[]) => Promise<EventInput[]>,
    fallback: () => EventInput,
  ): Promise<ServerEvent[]> {
    return this.inOrder(conversationId, async () => {
      const seqs: number[] = [];
      for (let i = 0; i < count; i++) seqs.push(await this.allocate(conversationId));
      let inputs: EventInput[];
      try {
        inputs = await write(seqs);
        if (inputs.length !== count || inputs.some((input) => input.conversationId !== conversationId))
          throw new Error('publishRecordedMany: one event a seq, all about this conversation');
      } catch (err) {
        const failed = seqs.map((seq) => stamp(fallback(), seq));
        await this.recordSeq(failed[failed.length - 1]);
        for (const event of failed) await this.emit(event);
        throw err;
      }
      const events: ServerEvent[] = [];
      for (let i = 0; i < count; i++) events.push(await this.emit(stamp(inputs[i], seqs[i])));
      return events;
    });
  }

  /** Runs `run` after every publish of this conversation started before it: seqs are handed out and emitted in order. */
  private inOrder<T>(conversationId: string, run: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(conversationId) ?? Promise.resolve();
    const next = previous.then(run, run);
    this.chains.set(conversationId, next);
    void next
      .finally(() => {
        if (this.chains.get(conversationId) === next) this.chains.delete(conversationId);
      })
      .catch(() => undefined);
    return next;
  }

  private async allocate(conversationId: string): Promise<number> {
    try {
      return await this.buffer.nextSeq(conversationId, () => this.persistedLastSeq(conversationId));
    } finally {
      this.created_.delete(conversationId);
    }
  }

  /**
   * The database away (restarting) must not swallow the event: it is delivered anyway, and the next event's write
   * records a higher seq once the database is back.
   */
  private async recordSeq(event: ServerEvent): Promise<void> {
    await this.conversations
      .setLastSeq(event.conversationId, event.seq)
      .catch((err) =>
        this.logger.warn({ err: (err as Error).message, conversationId: event.conversationId }, 'could not record the last seq'),
      );
  }

  /** Buffers the event for resumes, then delivers it here and to the other instances. */
  private async emit(event: ServerEvent): Promise<ServerEvent> {
    await this.buffer.append(event);
    this.deliver(event);
    await this.relay.publish(event);
    return event;
  }

  /** Waits until every event published so far for this conversation is out. */
  async flush(conversationId: string): Promise<void> {
    await this.chains.get(conversationId)?.catch(() => undefined);
  }

  /**
   * Subscribes a sink from `afterSeq`: it first receives the missed events, then live ones. Returns null when the
   * missed events are no longer buffered (the client reloads the conversation from REST, then resumes from there).
   */
  async subscribe(conversationId: string, sink: EventSink, afterSeq: number): Promise<{ replayed: number; lastSeq: number } | null> {
    const sub: Subscription = { sink, lastSent: afterSeq, queue: [] };
    let byConv = this.subs.get(conversationId);
    if (!byConv) this.subs.set(conversationId, (byConv = new Map()));
    byConv.set(sink.id, sub);
    const list = (this.followed.get(sink.id) ?? []).filter((id) => id !== conversationId);
    list.push(conversationId);
    this.followed.set(sink.id, list);
    // The least recently followed conversation is dropped; the UI resumes it (from its last seq) when reopened.
    while (list.length > ChatEventBus.MAX_FOLLOWED) this.removeSub(sink.id, list.shift()!);
    try {
      let missed = await this.buffer.since(conversationId, afterSeq);
      if (!missed) {
        const persisted = await this.persistedLastSeq(conversationId);
        if (afterSeq >= persisted) missed = { events: [], lastSeq: persisted };
      }
      // A client ahead of every seq this server knows saw events a stopped process never recorded (its token
      // deltas): only a reload over REST can show it the conversation as it is now.
      if (!missed || afterSeq > missed.lastSeq) {
        this.unsubscribe(sink.id, conversationId);
        return null;
      }
      for (const event of missed.events) this.sendTo(sub, event);
      return { replayed: missed.events.length, lastSeq: Math.max(missed.lastSeq, sub.lastSent) };
    } finally {
      const queued = sub.queue ?? [];
      sub.queue = null;
      for (const event of queued) this.sendTo(sub, event);
    }
  }

  unsubscribe(sinkId: string, conversationId?: string): void {
    if (conversationId) {
      this.removeSub(sinkId, conversationId);
      const list = this.followed.get(sinkId)?.filter((id) => id !== conversationId);
      if (list?.length) this.followed.set(sinkId, list);
      else this.followed.delete(sinkId);
      return;
    }
    for (const id of this.followed.get(sinkId) ?? []) this.removeSub(sinkId, id);
    this.followed.delete(sinkId);
  }

  private removeSub(sinkId: string, conversationId: string): void {
    const byConv = this.subs.get(conversationId);
    byConv?.delete(sinkId);
    if (byConv?.size === 0) this.subs.delete(conversationId);
  }

  isSubscribed(sinkId: string, conversationId: string): boolean {
    return this.subs.get(conversationId)?.has(sinkId) ?? false;
  }

  subscriberCount(): number {
    let n = 0;
    for (const byConv of this.subs.values()) n += byConv.size;
    return n;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.chains.values()]);
    await this.relay.close();
    await this.buffer.close();
  }

  private deliver(event: ServerEvent): void {
    const byConv = this.subs.get(event.conversationId);
    if (!byConv) return;
    for (const sub of byConv.values()) {
      if (sub.queue) sub.queue.push(event);
      else this.sendTo(sub, event);
    }
  }

  private sendTo(sub: Subscription, event: ServerEvent): void {
    if (event.seq <= sub.lastSent) return; // already delivered (replay and live overlap)
    if (event.seq > sub.lastSent + 1) {
      // A hole can only come from a lost relay message; say so rather than silently skipping.
      this.logger.warn({ conversationId: event.conversationId, expected: sub.lastSent + 1, got: event.seq }, 'event gap');
    }
    sub.lastSent = event.seq;
    try {
      sub.sink.send(event);
    } catch (err) {
      this.logger.warn({ err }, 'failed to deliver an event');
    }
  }

  /**
   * The conversation's last recorded seq: 0 without a read for one this process has just created and not yet
   * published in (`created`), else from the database.
   */
  async persistedLastSeq(conversationId: string): Promise<number> {
    if (this.created_.has(conversationId)) return 0;
    return (await this.conversations.getLastSeq(conversationId)) ?? 0;
  }

  /**
   * A conversation this process has just inserted: no seq can be recorded for it yet (nobody else knows its id until
   * its first event), so subscribing to it and allocating its first seq need not read the database — two statements
   * fewer before a new conversation's first model request. Forgotten at its first seq (`allocate`) or by `settled`.
   */
  created(conversationId: string): void {
    this.created_.add(conversationId);
    // Bounded: a turn that failed between the INSERT and its first event leaves its id (settled is called anyway).
    if (this.created_.size > ChatEventBus.MAX_CREATED) this.created_.delete(this.created_.values().next().value as string);
  }

  /** The created conversation's first publish is over (or will never happen): its seq is read from the database again. */
  settled(conversationId: string): void {
    this.created_.delete(conversationId);
  }
}

const stamp = (input: EventInput, seq: number) => ({ ...input, seq, at: new Date().toISOString() }) as ServerEvent;

/** Single-process relay: nothing to carry. */
export class LocalEventRelay implements EventRelay {
  async publish(): Promise<void> {}
  onEvent(): void {}
  async close(): Promise<void> {}
}
