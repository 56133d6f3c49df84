import type { ServerEvent } from '../../chat/chat-events';
import { MemoryEventBuffer } from './event-buffer';

const ev = (conversationId: string, seq: number): ServerEvent =>
  ({ type: 'message.delta', conversationId, seq, at: '', messageId: 'm', delta: 'x' }) as ServerEvent;

describe('MemoryEventBuffer', () => {
  it('replays exactly the events after a seq, and reports a gap once they are trimmed', async () => {
    const b = new MemoryEventBuffer({ perConversation: 3, maxConversations: 10, sweepEveryMs: 0 });
    for (let i = 0; i < 5; i++) await b.append(ev('c', await b.nextSeq('c', async () => 0)));
    expect((await b.since('c', 3))!.events.map((e) => e.seq)).toEqual([4, 5]);
    expect(await b.since('c', 1)).toBeNull(); // 2 was trimmed: the client must reload
    expect(await b.since('c', 5)).toEqual({ events: [], lastSeq: 5 });
  });

  it('keeps at most maxConversations, evicting the least recently active', async () => {
    const b = new MemoryEventBuffer({ perConversation: 10, maxConversations: 2, sweepEveryMs: 0 });
    for (const id of ['a', 'b', 'c']) await b.append(ev(id, await b.nextSeq(id, async () => 0)));
    expect(await b.since('a', 0)).toBeNull();
    expect(await b.since('c', 0)).not.toBeNull();
  });

  it('forgets idle conversations and starts again from the persisted seq', async () => {
    const b = new MemoryEventBuffer({ perConversation: 10, maxConversations: 100, idleTtlMs: 0, sweepEveryMs: 0 });
    await b.append(ev('a', await b.nextSeq('a', async () => 7)));
    await b.append(ev('b', await b.nextSeq('b', async () => 0))); // creating b sweeps idle a
    expect(await b.since('a', 0)).toBeNull();
    expect(await b.nextSeq('a', async () => 8)).toBe(9);
  });
});

describe('MemoryEventBuffer bounds in bytes and idle time (#10)', () => {
  const big = (conversationId: string, seq: number, kb: number): ServerEvent =>
    ({
      type: 'tool.finished',
      conversationId,
      seq,
      at: '',
      messageId: 'm',
      toolCallId: 't',
      name: 'x',
      status: 'succeeded',
      summary: 's',
      result: 'r'.repeat(kb * 1024),
      durationMs: 1,
    }) as ServerEvent;

  it('keeps at most perConversationBytes of a conversation and maxBytes in all', async () => {
    const b = new MemoryEventBuffer({ perConversationBytes: 100 * 1024, maxBytes: 300 * 1024, sweepEveryMs: 0 });
    for (let c = 0; c < 10; c++) for (let i = 0; i < 10; i++) await b.append(big(`c${c}`, await b.nextSeq(`c${c}`, async () => 0), 30));
    expect(b.bytes).toBeLessThanOrEqual(300 * 1024 + 31 * 1024);
    expect(b.size).toBeLessThan(10);
    // The latest conversation kept its most recent events, within its own budget.
    const last = await b.since('c9', 7);
    expect(last!.events.map((e) => e.seq)).toEqual([8, 9, 10]);
    expect(await b.since('c9', 0)).toBeNull();
    expect(await b.since('c0', 9)).toBeNull(); // the oldest conversation was evicted
  });

  it('counts the UTF-8 bytes it holds, and gives back the same events (Arabic, « — », emoji)', async () => {
    const b = new MemoryEventBuffer({ sweepEveryMs: 0 });
    const texts = ['Il vous reste **42 sacs** — bon courage', 'عندك 42 كيس سميد', 'Sahha 👍 x'.repeat(50)];
    const sent: ServerEvent[] = [];
    for (const delta of texts) {
      const event = { ...ev('a', await b.nextSeq('a', async () => 0)), delta } as ServerEvent;
      sent.push(event);
      await b.append(event);
    }
    // What the bounds count is what is held: the UTF-8 bytes, not the string's UTF-16 length (2 for an Arabic letter).
    expect(b.bytes).toBe(sent.reduce((n, e) => n + Buffer.byteLength(JSON.stringify(e)), 0));
    expect(b.bytes).toBeGreaterThan(sent.reduce((n, e) => n + JSON.stringify(e).length, 0));
    expect((await b.since('a', 0))!.events).toEqual(sent);
  });

  it('drops idle conversations on its sweep, even when no other conversation starts', async () => {
    let now = 1_000_000;
    const b = new MemoryEventBuffer({ idleTtlMs: 60_000, sweepEveryMs: 0, now: () => now });
    await b.append(ev('a', await b.nextSeq('a', async () => 0)));
    now += 30_000;
    await b.append(ev('b', await b.nextSeq('b', async () => 0)));
    now += 40_000; // a idle for 70 s, b for 40 s
    b.sweep();
    expect(b.size).toBe(1);
    expect(await b.since('a', 0)).toBeNull();
    expect(b.bytes).toBeGreaterThan(0);
    now += 60_000;
    b.sweep();
    expect(b.size).toBe(0);
    expect(b.bytes).toBe(0);
  });
});

describe('ChatEventBus subscriptions', () => {
  it('keeps a socket subscribed to at most its 20 most recent conversations', async () => {
    const { ChatEventBus, LocalEventRelay } = await import('./chat-event-bus');
    const repo = { getLastSeq: async () => 0, setLastSeq: async () => undefined } as any;
    const bus = new ChatEventBus(new MemoryEventBuffer({ sweepEveryMs: 0 }), new LocalEventRelay(), repo);
    const sink = { id: 's1', send: () => undefined };
    for (let i = 0; i < 25; i++) await bus.subscribe(`c${i}`, sink, 0);
    expect(bus.subscriberCount()).toBe(20);
    expect(bus.isSubscribed('s1', 'c0')).toBe(false);
    expect(bus.isSubscribed('s1', 'c24')).toBe(true);
    bus.unsubscribe('s1');
    expect(bus.subscriberCount()).toBe(0);
  });
});

describe('ChatEventBus.publishRecorded', () => {
  const setup = async () => {
    const { ChatEventBus, LocalEventRelay } = await import('./chat-event-bus');
    const recorded: number[] = [];
    const repo = { getLastSeq: async () => 0, setLastSeq: async (_: string, seq: number) => void recorded.push(seq) } as any;
    const bus = new ChatEventBus(new MemoryEventBuffer({ sweepEveryMs: 0 }), new LocalEventRelay(), repo);
    const seen: ServerEvent[] = [];
    await bus.subscribe('c', { id: 's', send: (e) => void seen.push(e) }, 0);
    return { bus, recorded, seen };
  };
  const accepted = { type: 'message.accepted', conversationId: 'c', assistantMessageId: 'a' } as any;
  const completed = { type: 'message.completed', conversationId: 'c' } as any;
  const failed = () => ({ type: 'error', conversationId: 'c', code: 'INTERNAL', message: 'x' }) as any;

  it("hands the write its event's seq, in order with plain publishes, and adds no lastSeq write of its own", async () => {
    const { bus, recorded, seen } = await setup();
    const written: number[] = [];
    await bus.publishRecorded('c', async (seq) => (written.push(seq), accepted), failed);
    await bus.publish({ type: 'message.delta', conversationId: 'c', messageId: 'a', delta: 'x' });
    await bus.publishRecorded('c', async (seq) => (written.push(seq), completed), failed);
    expect(written).toEqual([1, 3]);
    expect(recorded).toEqual([]); // the rows' own statements recorded 1 and 3
    expect(seen.map((e) => [e.seq, e.type])).toEqual([
      [1, 'message.accepted'],
      [2, 'message.delta'],
      [3, 'message.completed'],
    ]);
  });

  it("gives a failed write's seq to the fallback error event (recorded, delivered: no gap) and rethrows", async () => {
    const { bus, recorded, seen } = await setup();
    await expect(
      bus.publishRecorded(
        'c',
        async () => {
          throw new Error('database away');
        },
        failed,
      ),
    ).rejects.toThrow('database away');
    await bus.publish(completed);
    expect(seen.map((e) => [e.seq, e.type])).toEqual([
      [1, 'error'],
      [2, 'message.completed'],
    ]);
    expect(recorded).toEqual([1, 2]);
  });
});
