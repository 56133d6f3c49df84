import type { ServerEvent } from './chat-events';
import { MemoryEventBuffer } from './event-buffer';

const ev = (conversationId: string, seq: number): ServerEvent =>
  ({ type: 'message.delta', conversationId, seq, at: '', messageId: 'm', delta: 'x' }) as ServerEvent;

describe('MemoryEventBuffer', () => {
  it('replays exactly the events after a seq, and reports a gap once they are trimmed', async () => {
    const b = new MemoryEventBuffer(3, 10);
    for (let i = 0; i < 5; i++) await b.append(ev('c', await b.nextSeq('c', async () => 0)));
    expect((await b.since('c', 3))!.events.map((e) => e.seq)).toEqual([4, 5]);
    expect(await b.since('c', 1)).toBeNull(); // 2 was trimmed: the client must reload
    expect(await b.since('c', 5)).toEqual({ events: [], lastSeq: 5 });
  });

  it('keeps at most maxConversations, evicting the least recently active', async () => {
    const b = new MemoryEventBuffer(10, 2);
    for (const id of ['a', 'b', 'c']) await b.append(ev(id, await b.nextSeq(id, async () => 0)));
    expect(await b.since('a', 0)).toBeNull();
    expect(await b.since('c', 0)).not.toBeNull();
  });

  it('forgets idle conversations and starts again from the persisted seq', async () => {
    const b = new MemoryEventBuffer(10, 100, 0);
    await b.append(ev('a', await b.nextSeq('a', async () => 7)));
    await b.append(ev('b', await b.nextSeq('b', async () => 0))); // creating b sweeps idle a
    expect(await b.since('a', 0)).toBeNull();
    expect(await b.nextSeq('a', async () => 8)).toBe(9);
  });
});

describe('ChatEventBus subscriptions', () => {
  it('keeps a socket subscribed to at most its 20 most recent conversations', async () => {
    const { ChatEventBus, LocalEventRelay } = await import('./chat-event-bus');
    const repo = { getLastSeq: async () => 0, setLastSeq: async () => undefined } as any;
    const bus = new ChatEventBus(new MemoryEventBuffer(), new LocalEventRelay(), repo);
    const sink = { id: 's1', send: () => undefined };
    for (let i = 0; i < 25; i++) await bus.subscribe(`c${i}`, sink, 0);
    expect(bus.subscriberCount()).toBe(20);
    expect(bus.isSubscribed('s1', 'c0')).toBe(false);
    expect(bus.isSubscribed('s1', 'c24')).toBe(true);
    bus.unsubscribe('s1');
    expect(bus.subscriberCount()).toBe(0);
  });
});
