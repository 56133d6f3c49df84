import type { ServerEvent } from '../../src/chat/chat-events';
import { createTestDatabase } from '../setup/test-database';
import { createTestApp, TestApp } from '../helpers/test-app';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { ConversationsRepository } from '../../src/conversations/conversations.repository';
import { ChatEventBus } from '../../src/conversations/events/chat-event-bus';

const seqs = (events: ServerEvent[]) => events.map((e) => e.seq);
const contiguous = (list: number[]) => list.every((s, i) => i === 0 || s === list[i - 1] + 1);

describe('chat over Socket.IO (real server, real agent loop, offline model)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;
  let token: string;
  let url: string;
  const clients: ChatClient[] = [];
  const client = (tok = token, opts?: { reconnection?: boolean }) => {
    const c = new ChatClient(url, tok, opts);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    // A small pause between tokens makes "stop" and "disconnect mid-answer" observable.
    t = await createTestApp(db.url, { LOCAL_STREAM_DELAY_MS: '15' });
    url = baseUrlOf(t.app);
    token = await t.login('owner@demo.dz');
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t?.close();
    await db?.drop();
  });

  it('refuses a bad token at connect, with a reason', async () => {
    const c = client('not-a-token');
    await expect(c.connected()).rejects.toMatchObject({ message: expect.stringMatching(/token/i), data: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses platform staff (no business) at connect', async () => {
    const c = client(await t.login('support@demo.dz'));
    await expect(c.connected()).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
  });

  it('acks a message with stored ids and streams the turn in order: accepted, deltas, completed', async () => {
    const c = client();
    await c.connected();
    const ack = await c.emit('message:send', { clientMessageId: 'order-1', text: 'Bonjour !' });
    expect(ack).toMatchObject({ ok: true, duplicate: false, messageId: expect.any(String), conversationId: expect.any(String) });
    const done = await c.completed();
    const events = c.events.filter((e) => e.conversationId === ack.conversationId);
    expect(events[0]).toMatchObject({ type: 'message.accepted', seq: 1, message: { id: ack.messageId, role: 'user', text: 'Bonjour !' } });
    expect(events.at(-1)!.type).toBe('message.completed');
    expect(contiguous(seqs(events))).toBe(true);
    const deltas = events.filter((e): e is Extract<ServerEvent, { type: 'message.delta' }> => e.type === 'message.delta');
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.map((d) => d.delta).join('')).toBe(done.message.text);
    expect(done.message.text).toMatch(/Bonjour/);

    // The user's message and the answer are stored, with model, provider and latency.
    const stored = await db.prisma.message.findMany({ where: { conversationId: ack.conversationId }, orderBy: { createdAt: 'asc' } });
    expect(stored.map((m) => [m.role, m.status])).toEqual([
      ['USER', 'COMPLETED'],
      ['ASSISTANT', 'COMPLETED'],
    ]);
    expect(stored[1]).toMatchObject({ provider: 'local', model: 'tajer-local-nlu', language: 'fr' });
    expect(stored[1].latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("has every stored event's seq on disk before a client sees it: a restarted server's next seq follows it", async () => {
    const c = client();
    await c.connected();
    // Read the conversation's recorded seq as each event arrives: the event was delivered after its write committed.
    const checks: Promise<[number, number]>[] = [];
    c.socket.on('chat:event', (e: ServerEvent) => {
      if (e.type === 'message.delta') return;
      checks.push(
        db.prisma.conversation
          .findUniqueOrThrow({ where: { id: e.conversationId } })
          .then((conv) => [e.seq, conv.lastSeq] as [number, number]),
      );
    });
    const ack = await c.emit('message:send', { clientMessageId: 'seq-on-disk', text: 'Combien de semoule en stock ?' });
    await c.completed();
    const events = c.events.filter((e) => e.conversationId === ack.conversationId);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['message.accepted', 'tool.started', 'tool.finished', 'message.completed']),
    );
    expect(contiguous(seqs(events))).toBe(true);
    const seen = await Promise.all(checks);
    expect(seen.length).toBe(events.filter((e) => e.type !== 'message.delta').length);
    for (const [seq, recorded] of seen) expect(recorded).toBeGreaterThanOrEqual(seq);
    const conversation = await db.prisma.conversation.findUniqueOrThrow({ where: { id: ack.conversationId } });
    expect(conversation.lastSeq).toBe(events.at(-1)!.seq);
    // The rows written by those statements are the turn's: the answer, and its tool call with its outcome.
    const answer = await db.prisma.message.findFirstOrThrow({ where: { conversationId: ack.conversationId, role: 'ASSISTANT' } });
    expect(answer).toMatchObject({ status: 'COMPLETED', runnerId: expect.any(String), language: 'fr', provider: 'local' });
    const call = await db.prisma.toolCall.findFirstOrThrow({ where: { messageId: answer.id } });
    expect(call).toMatchObject({ status: 'SUCCEEDED', confirmation: 'NOT_REQUIRED', kind: 'read', startedAt: expect.any(Date) });
    expect(call.finishedAt).toBeInstanceOf(Date);
    expect(call.result).toBeTruthy();
  });

  it('opens a conversation with its first message in one statement and reads no seq for it before its first event', async () => {
    const repo = t.app.get(ConversationsRepository);
    const seqReads = jest.spyOn(repo, 'getLastSeq');
    const lookups = jest.spyOn(repo, 'findMessageByClientId');
    const creates = jest.spyOn(repo, 'createConversation');
    try {
      const c = client();
      await c.connected();
      const ack = await c.emit('message:send', { clientMessageId: 'opens-in-one', text: 'Combien de semoule en stock ?' });
      await c.completed();
      const events = c.events.filter((e) => e.conversationId === ack.conversationId);
      expect(seqs(events)[0]).toBe(1);
      expect(contiguous(seqs(events))).toBe(true);
      // A conversation this server has just created has no seq yet: neither subscribing nor the first seq read it.
      expect(seqReads.mock.calls.filter(([id]) => id === ack.conversationId)).toEqual([]);
      expect(lookups).not.toHaveBeenCalled();
      expect(creates).not.toHaveBeenCalled();
      // Once it has events, its last seq is the recorded one again (nothing of "just created" lingers).
      const recorded = (await db.prisma.conversation.findUniqueOrThrow({ where: { id: ack.conversationId } })).lastSeq;
      expect(recorded).toBe(events.at(-1)!.seq);
      expect(await t.app.get(ChatEventBus).persistedLastSeq(ack.conversationId)).toBe(recorded);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it("writes a turn's read tool call once, finished, and sends its two events together in order", async () => {
    const repo = t.app.get(ConversationsRepository);
    const opens = jest.spyOn(repo, 'createToolCallRecorded');
    const finishes = jest.spyOn(repo, 'finishToolCallRecorded');
    const once = jest.spyOn(repo, 'createFinishedToolCallRecorded');
    try {
      const c = client();
      await c.connected();
      const ack = await c.emit('message:send', { clientMessageId: 'read-at-once', text: 'Combien de semoule en stock ?' });
      await c.completed();
      const events = c.events.filter((e) => e.conversationId === ack.conversationId);
      expect(events.slice(0, 3).map((e) => e.type)).toEqual(['message.accepted', 'tool.started', 'tool.finished']);
      expect(events.at(-1)!.type).toBe('message.completed');
      expect(contiguous(seqs(events))).toBe(true);
      expect(opens).not.toHaveBeenCalled();
      expect(finishes).not.toHaveBeenCalled();
      expect(once).toHaveBeenCalledTimes(1);
      const started = events[1] as Extract<ServerEvent, { type: 'tool.started' }>;
      const call = await db.prisma.toolCall.findUniqueOrThrow({ where: { id: started.toolCallId } });
      expect(call).toMatchObject({ status: 'SUCCEEDED', kind: 'read', messageId: started.messageId, conversationId: ack.conversationId });
      expect(call.result).toBeTruthy();
    } finally {
      jest.restoreAllMocks();
    }
  });

  it("stores a turn's answer strictly after its question, even when both are written in the same millisecond", async () => {
    // The user's message stamped later than the server's clock when the answer's row is written (as a tie within one
    // millisecond is, or a clock that stepped back): the answer came first in the history and in the conversation's view.
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION later_question() RETURNS trigger AS $$ BEGIN
      NEW."createdAt" := NEW."createdAt" + interval '5 seconds'; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER later_question BEFORE INSERT ON "Message" FOR EACH ROW WHEN (NEW.role = 'USER') EXECUTE FUNCTION later_question()`,
    );
    try {
      const c = client();
      await c.connected();
      const ack = await c.emit('message:send', { clientMessageId: 'same-ms', text: 'Bonjour' });
      await c.completed();
      const rows = await db.prisma.message.findMany({
        where: { conversationId: ack.conversationId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      expect(rows.map((r) => r.role)).toEqual(['USER', 'ASSISTANT']);
      expect(rows[1].createdAt.getTime()).toBeGreaterThan(rows[0].createdAt.getTime());
    } finally {
      await db.prisma.$executeRawUnsafe('DROP TRIGGER later_question ON "Message"');
      await db.prisma.$executeRawUnsafe('DROP FUNCTION later_question()');
    }
  });

  it('answers in the language it was asked', async () => {
    const c = client();
    await c.connected();
    const ar = await c.emit('message:send', { clientMessageId: 'lang-ar', text: 'السلام عليكم' });
    expect((await c.completed()).message.text).toMatch(/[\u0600-\u06FF]/);
    const en = await c.emit('message:send', { clientMessageId: 'lang-en', text: 'Hello, what can you do?' });
    const done = (await c.waitFor((e) => e.type === 'message.completed' && e.conversationId === en.conversationId)) as any;
    expect(ar.conversationId).not.toBe(en.conversationId);
    expect(done.message.text).not.toMatch(/[\u0600-\u06FF]/);
    expect(done.message.language).toBe('en');
  });

  it('never creates a second turn for a retried clientMessageId', async () => {
    const c = client();
    await c.connected();
    const first = await c.emit('message:send', { clientMessageId: 'retry-me', text: 'Merci beaucoup' });
    const again = await c.emit('message:send', { clientMessageId: 'retry-me', text: 'Merci beaucoup' });
    expect(again).toMatchObject({ ok: true, duplicate: true, messageId: first.messageId, conversationId: first.conversationId });
    await c.completed();
    // even from another connection, after the turn
    const other = client();
    await other.connected();
    const third = await other.emit('message:send', { clientMessageId: 'retry-me', text: 'Merci beaucoup' });
    expect(third).toMatchObject({ duplicate: true, messageId: first.messageId });
    expect(await db.prisma.message.count({ where: { conversationId: first.conversationId, role: 'USER' } })).toBe(1);
    expect(await db.prisma.message.count({ where: { conversationId: first.conversationId, role: 'ASSISTANT' } })).toBe(1);
  });

  it('checks the conversation and the retry in the INSERT of a message sent into a conversation', async () => {
    const c = client();
    await c.connected();
    const first = await c.emit('message:send', { clientMessageId: 'in-conv-1', text: 'Bonjour' });
    await c.completed();
    const into = { clientMessageId: 'in-conv-2', conversationId: first.conversationId, text: 'Merci' };
    const second = await c.emit('message:send', into);
    expect(second).toMatchObject({ ok: true, duplicate: false, conversationId: first.conversationId });
    const retried = await c.emit('message:send', into);
    expect(retried).toMatchObject({ ok: true, duplicate: true, messageId: second.messageId, conversationId: first.conversationId });
    const accepted = await c.waitFor((e) => e.type === 'message.accepted' && e.message.id === second.messageId);
    await c.completed((accepted as Extract<ServerEvent, { type: 'message.accepted' }>).assistantMessageId);
    expect(await db.prisma.message.count({ where: { conversationId: first.conversationId, role: 'USER' } })).toBe(2);
    expect(await db.prisma.message.count({ where: { conversationId: first.conversationId, role: 'ASSISTANT' } })).toBe(2);
    // another business's user, and anyone once the conversation is deleted, find no such conversation
    const oran = client(await t.login('owner@oran.dz'));
    await oran.connected();
    const foreign = await oran.emit('message:send', { ...into, clientMessageId: 'in-conv-3' });
    expect(foreign).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await db.prisma.conversation.update({ where: { id: first.conversationId }, data: { deletedAt: new Date() } });
    expect(await c.emit('message:send', { ...into, clientMessageId: 'in-conv-4' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.prisma.message.count({ where: { conversationId: first.conversationId, role: 'USER' } })).toBe(2);
  });

  it("gives a turn its history as stored before it: a follow-up sent while the last answer streams sees that answer's tool call", async () => {
    const c = client();
    await c.connected();
    // A quiet conversation: the follow-up's history is read with its answer's INSERT (nothing else pending).
    const first = await c.emit('message:send', { clientMessageId: 'hist-1', text: 'Mes dépenses cette semaine ?' });
    await c.completed();
    const quiet = await c.emit('message:send', {
      clientMessageId: 'hist-2',
      conversationId: first.conversationId,
      text: "Et pour l'année ?",
    });
    const started = (id: string) =>
      c.waitFor((e) => e.type === 'tool.started' && e.messageId === id) as Promise<Extract<ServerEvent, { type: 'tool.started' }>>;
    const assistantOf = async (messageId: string) =>
      (
        (await c.waitFor((e) => e.type === 'message.accepted' && e.message.id === messageId)) as Extract<
          ServerEvent,
          { type: 'message.accepted' }
        >
      ).assistantMessageId;
    expect(await started(await assistantOf(quiet.messageId))).toMatchObject({
      name: 'expenses_list',
      args: { period: 'year' },
    });
    await c.completed(await assistantOf(quiet.messageId));
    // A busy one: the follow-up is accepted while the answer before it still streams (15 ms a word), so its history
    // must be read when it runs, once that answer and its tool call are stored.
    const busy = await c.emit('message:send', {
      clientMessageId: 'hist-3',
      conversationId: first.conversationId,
      text: 'Mes ventes cette semaine ?',
    });
    const followUp = await c.emit('message:send', {
      clientMessageId: 'hist-4',
      conversationId: first.conversationId,
      text: 'Et ce mois-ci ?',
    });
    await c.completed(await assistantOf(busy.messageId));
    expect(await started(await assistantOf(followUp.messageId))).toMatchObject({
      name: 'dashboard_stats',
      args: { period: 'month' },
    });
    await c.completed(await assistantOf(followUp.messageId));
  });

  it('answers bad payloads with an error ack, not a crash', async () => {
    const c = client();
    await c.connected();
    const bad = await c.emit('message:send', { text: 'no id' });
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: expect.stringContaining('clientMessageId') });
    const foreign = await c.emit('message:send', {
      clientMessageId: 'x1',
      conversationId: '00000000-0000-4000-8000-000000000000',
      text: 'salut',
    });
    expect(foreign).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('resumes after a dropped connection with exactly the missed events: no gap, no duplicate', async () => {
    const a = client();
    await a.connected();
    const ack = await a.emit('message:send', { clientMessageId: 'resume-1', text: 'aide' });
    await a.waitFor((e) => e.type === 'message.delta');
    const applied = a.events.filter((e) => e.conversationId === ack.conversationId);
    const lastSeq = applied.at(-1)!.seq;
    a.close(); // cut mid-answer

    const b = client();
    await b.connected();
    const resumed = await b.emit('conversation:resume', { conversationId: ack.conversationId, afterSeq: lastSeq });
    expect(resumed).toMatchObject({ ok: true });
    const done = await b.completed();
    const all = [...applied, ...b.events.filter((e) => e.conversationId === ack.conversationId)];
    const list = seqs(all);
    expect(new Set(list).size).toBe(list.length); // no duplicate
    expect(list).toEqual(Array.from({ length: list.length }, (_, i) => i + 1)); // no gap, from 1
    const text = all
      .filter((e) => e.type === 'message.delta')
      .map((e: any) => e.delta)
      .join('');
    expect(text).toBe(done.message.text);
  });

  it('lets a second tab follow a conversation live and resume from any point', async () => {
    const a = client();
    await a.connected();
    const ack = await a.emit('message:send', { clientMessageId: 'tab-1', text: 'Salut' });
    await a.completed();
    const b = client();
    await b.connected();
    const r = await b.emit('conversation:resume', { conversationId: ack.conversationId, afterSeq: 0 });
    expect(r).toMatchObject({ ok: true, replayed: a.events.length });
    expect(seqs(b.events)).toEqual(seqs(a.events));
    // another business cannot follow it
    const oran = client(await t.login('owner@oran.dz'));
    await oran.connected();
    expect(await oran.emit('conversation:resume', { conversationId: ack.conversationId, afterSeq: 0 })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(oran.events).toHaveLength(0);
  });

  it('stops generation on request and keeps the partial answer as cancelled', async () => {
    const c = client();
    await c.connected();
    const ack = await c.emit('message:send', { clientMessageId: 'stop-1', text: 'aide' });
    await c.waitFor((e) => e.type === 'message.delta');
    const stop = await c.emit('generation:stop', { conversationId: ack.conversationId });
    expect(stop).toMatchObject({ ok: true, stopped: true });
    const done = await c.completed();
    expect(done.message.status).toBe('cancelled');
    const help = 'Voici ce que je sais faire';
    expect(done.message.text.length).toBeLessThan(400);
    expect(help.startsWith(done.message.text.slice(0, 5))).toBe(true);
    const row = await db.prisma.message.findUniqueOrThrow({ where: { id: done.message.id } });
    expect(row.status).toBe('CANCELLED');
  });
});
