import { createTestDatabase } from '../setup/test-database';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';

describe('conversations REST, /api/ai/chat and message thumbs (real agent, offline model)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;
  let owner: string;
  let staff: string;
  let oran: string;
  const auth = (tok: string) => ({ Authorization: `Bearer ${tok}` });

  const app = seededApp({ logins: ['owner@demo.dz', 'staff@demo.dz', 'owner@oran.dz'] });
  beforeAll(
    () =>
      ({
        t,
        db,
        tokens: [owner, staff, oran],
      } = app),
  );

  it('answers POST /api/ai/chat (also with the guide\'s "question" field) and logs the conversation', async () => {
    const res = await t.http().post('/api/ai/chat').set(auth(owner)).send({ question: 'Bonjour' }).expect(200);
    expect(res.body).toMatchObject({ status: 'completed', language: 'fr', provider: 'local', answer: expect.stringMatching(/Bonjour/) });
    const again = await t
      .http()
      .post('/api/ai/chat')
      .set(auth(owner))
      .send({ message: 'Merci !', conversationId: res.body.conversationId })
      .expect(200);
    expect(again.body.conversationId).toBe(res.body.conversationId);

    const list = await t.http().get('/api/conversations').set(auth(owner)).expect(200);
    const item = list.body.items.find((c: any) => c.id === res.body.conversationId);
    expect(item).toMatchObject({ title: 'Bonjour', lastMessage: { role: 'assistant' } });
    const detail = await t.http().get(`/api/conversations/${res.body.conversationId}`).set(auth(owner)).expect(200);
    expect(detail.body.messages.map((m: any) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(detail.body.lastSeq).toBeGreaterThan(0);
    expect(detail.body).not.toHaveProperty('supportNotes');
  });

  it('is idempotent on clientMessageId over REST too', async () => {
    const a = await t.http().post('/api/ai/chat').set(auth(owner)).send({ message: 'Salut', clientMessageId: 'rest-1' }).expect(200);
    const b = await t.http().post('/api/ai/chat').set(auth(owner)).send({ message: 'Salut', clientMessageId: 'rest-1' }).expect(200);
    expect(b.body).toMatchObject({
      conversationId: a.body.conversationId,
      messageId: a.body.messageId,
      duplicate: true,
      answer: a.body.answer,
    });
    expect(await db.prisma.message.count({ where: { conversationId: a.body.conversationId } })).toBe(2);
  });

  it('streams the turn as server-sent events with ?stream=true', async () => {
    const res = await t
      .http()
      .post('/api/ai/chat?stream=true')
      .set(auth(owner))
      .send({ message: 'Hello' })
      .buffer(true)
      .parse((r, cb) => {
        let data = '';
        r.on('data', (c: Buffer) => (data += c.toString()));
        r.on('end', () => cb(null, data));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/event-stream');
    const events = String(res.body)
      .split('\n\n')
      .filter(Boolean)
      .map((block) =>
        JSON.parse(
          block
            .split('\n')
            .find((l) => l.startsWith('data: '))!
            .slice(6),
        ),
      );
    expect(events[0].type).toBe('message.accepted');
    expect(events.at(-1).type).toBe('message.completed');
    expect(events.some((e) => e.type === 'message.delta')).toBe(true);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  });

  it('validates /api/ai/chat input', async () => {
    const res = await t.http().post('/api/ai/chat').set(auth(owner)).send({ text: 'wrong field' }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    await t.http().post('/api/ai/chat').send({ message: 'x' }).expect(401);
  });

  it('renames and deletes only your own conversations; others get 404', async () => {
    const { body } = await t.http().post('/api/ai/chat').set(auth(owner)).send({ message: 'Bonsoir' }).expect(200);
    const id = body.conversationId;
    await t.http().patch(`/api/conversations/${id}`).set(auth(owner)).send({ title: 'Stock du soir' }).expect(200);
    await t.http().get(`/api/conversations/${id}`).set(auth(staff)).expect(404);
    await t.http().get(`/api/conversations/${id}`).set(auth(oran)).expect(404);
    await t.http().patch(`/api/conversations/${id}`).set(auth(oran)).send({ title: 'x' }).expect(404);
    await t.http().patch(`/api/conversations/${id}`).set(auth(owner)).send({ title: '' }).expect(400);
    const search = await t.http().get('/api/conversations?q=soir').set(auth(owner)).expect(200);
    expect(search.body.items.map((c: any) => c.id)).toContain(id);
    await t.http().delete(`/api/conversations/${id}`).set(auth(owner)).expect(200);
    await t.http().get(`/api/conversations/${id}`).set(auth(owner)).expect(404);
    // kept for support review
    expect(await db.prisma.conversation.count({ where: { id } })).toBe(1);
  });

  it('records thumbs up/down with a comment on an answer, once per user', async () => {
    const { body } = await t.http().post('/api/ai/chat').set(auth(owner)).send({ message: 'Bonjour' }).expect(200);
    await t.http().post(`/api/feedback/messages/${body.messageId}`).set(auth(owner)).send({ up: false, comment: 'Trop long' }).expect(201);
    await t.http().post(`/api/feedback/messages/${body.messageId}`).set(auth(owner)).send({ up: true }).expect(201);
    const rows = await db.prisma.feedback.findMany({ where: { messageId: body.messageId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ rating: 5, conversationId: body.conversationId });
    await t.http().post(`/api/feedback/messages/${body.messageId}`).set(auth(oran)).send({ up: true }).expect(404);
    await t.http().post(`/api/feedback/messages/${body.messageId}`).set(auth(owner)).send({ up: 'yes' }).expect(400);
  });
});
