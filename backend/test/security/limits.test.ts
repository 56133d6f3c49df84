/**
 * Limits (#8): 429 with Retry-After per client IP, user, API key and business, shared by two instances through Redis;
 * chat turns per user and per business; a bounded, fair turn queue (one flooding business does not starve another);
 * events per socket.
 */
import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../helpers/test-app';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { hasBinary, startRedis, type Managed } from '../helpers/processes';
import { createTestDatabase, TestDatabase } from '../setup/test-database';

let db: TestDatabase;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const apps: TestApp[] = [];

async function app(env: Record<string, string>): Promise<TestApp> {
  const t = await createTestApp(db.url, env);
  apps.push(t);
  return t;
}

beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  for (const t of apps) await t.close().catch(() => undefined);
  await db?.drop();
});

function expect429(res: { status: number; headers: Record<string, string>; body: any }) {
  expect(res.status).toBe(429);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
}

describe('HTTP allowances', () => {
  it('per client IP, on public routes too', async () => {
    const t = await app({ RATE_LIMIT_IP: '5' });
    for (let i = 0; i < 5; i++) await t.http().get('/api/business/wilayas').set('X-Forwarded-For', '10.1.1.1').expect(200);
    expect429(await t.http().get('/api/business/wilayas').set('X-Forwarded-For', '10.1.1.1'));
    await t.http().get('/api/business/wilayas').set('X-Forwarded-For', '10.1.1.2').expect(200);
  });

  it('per user, per API key and per business', async () => {
    const t = await app({ RATE_LIMIT_USER: '4', RATE_LIMIT_API_KEY: '3', RATE_LIMIT_TENANT: '10' });
    const owner = await t.login('owner@demo.dz');
    const staff = await t.login('staff@demo.dz');
    const key = (
      await t
        .http()
        .post('/api/api-keys')
        .set(bearer(owner))
        .send({ name: 'limits', scopes: ['read'] })
        .expect(201)
    ).body.key;
    for (let i = 0; i < 3; i++) await t.http().get('/api/inventory').set(bearer(owner)).expect(200);
    expect429(await t.http().get('/api/inventory').set(bearer(owner)));
    // Another user of the same business still has their own allowance.
    await t.http().get('/api/inventory').set(bearer(staff)).expect(200);
    for (let i = 0; i < 3; i++) await t.http().get('/api/inventory').set('X-API-Key', key).expect(200);
    expect429(await t.http().get('/api/inventory').set('X-API-Key', key));
    // The business's allowance (10; refused requests don't count) is now spent by its people and key together;
    // another business is unaffected.
    await t.http().get('/api/inventory').set(bearer(staff)).expect(200);
    await t.http().get('/api/inventory').set(bearer(staff)).expect(200);
    expect429(await t.http().get('/api/inventory').set(bearer(staff)));
    const oran = await t.login('owner@oran.dz');
    await t.http().get('/api/inventory').set(bearer(oran)).expect(200);
  });

  it("per API key on the OpenAI-compatible API (/v1, in OpenAI's error shape) and on /mcp", async () => {
    const t = await app({ RATE_LIMIT_API_KEY: '2' });
    const owner = await t.login('owner@demo.dz');
    const keyOf = async (name: string) =>
      (
        await t
          .http()
          .post('/api/api-keys')
          .set(bearer(owner))
          .send({ name, scopes: ['read'] })
          .expect(201)
      ).body.key as string;
    const v1 = await keyOf('v1 limits');
    for (let i = 0; i < 2; i++) await t.http().get('/v1/models').set(bearer(v1)).expect(200);
    const refused = await t.http().get('/v1/models').set(bearer(v1));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ error: { type: 'rate_limit_error', code: 'rate_limit_exceeded', message: expect.any(String) } });
    const mcp = await keyOf('mcp limits');
    const list = () =>
      t
        .http()
        .post('/mcp')
        .set('X-API-Key', mcp)
        .set('Accept', 'application/json, text/event-stream')
        .send({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    for (let i = 0; i < 2; i++) expect((await list()).status).not.toBe(429);
    expect429(await list());
  });

  (hasBinary('redis-server') ? it : it.skip)(
    'are shared by two instances through Redis',
    async () => {
      let redis: Managed | undefined;
      const instances: TestApp[] = [];
      try {
        redis = await startRedis();
        const env = { REDIS_URL: redis.url, RATE_LIMIT_USER: '5' };
        // Closed here, before their Redis stops (not in afterAll).
        const [a, b] = [await createTestApp(db.url, env), await createTestApp(db.url, env)];
        instances.push(a, b);
        const token = await a.login('owner@demo.dz');
        for (let i = 0; i < 3; i++) await a.http().get('/api/inventory').set(bearer(token)).expect(200);
        for (let i = 0; i < 2; i++) await b.http().get('/api/inventory').set(bearer(token)).expect(200);
        expect429(await b.http().get('/api/inventory').set(bearer(token)));
        expect429(await a.http().get('/api/inventory').set(bearer(token)));
      } finally {
        for (const t of instances.splice(0)) await t.close().catch(() => undefined);
        await redis?.stop();
      }
    },
    60_000,
  );
});

describe('chat turns', () => {
  it('are limited per user, with a RATE_LIMITED ack that says when to retry, before anything is stored', async () => {
    const t = await app({ TURN_RATE_USER: '2' });
    const c = new ChatClient(baseUrlOf(t.app), await t.login('staff@demo.dz'));
    await c.connected();
    try {
      for (let i = 0; i < 2; i++) expect((await c.emit('message:send', { clientMessageId: randomUUID(), text: 'Bonjour' })).ok).toBe(true);
      const before = await db.prisma.message.count();
      const refused = await c.emit('message:send', { clientMessageId: randomUUID(), text: 'Bonjour encore' });
      expect(refused).toMatchObject({ ok: false, code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      // A polite sentence in the language the message was written in, never the limiter's wording.
      expect(refused.message).toMatch(/^Doucement .* réessayez dans \d+ s\.$/);
      const ar = await c.emit('message:send', { clientMessageId: randomUUID(), text: 'كم بقي من السميد؟' });
      expect(ar).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
      expect(ar.message).toMatch(/^على مهلك .* أعد المحاولة بعد \d+ ثانية\.$/);
      const en = await c.emit('message:send', { clientMessageId: randomUUID(), text: 'how much semolina is left?' });
      expect(en.message).toMatch(/^Easy .* try again in \d+ s\.$/);
      expect(await db.prisma.message.count()).toBe(before);
    } finally {
      c.close();
    }
  });

  it("are bounded and queued fairly: a business flooding the chat doesn't make another wait behind it", async () => {
    // One slot; each answer streams slowly enough that none finishes during the burst below.
    const t = await app({ MAX_CONCURRENT_TURNS: '1', LOCAL_STREAM_DELAY_MS: '40', TURN_QUEUE_PER_TENANT: '6' });
    const flood = new ChatClient(baseUrlOf(t.app), await t.login('owner@demo.dz'));
    const other = new ChatClient(baseUrlOf(t.app), await t.login('owner@oran.dz'));
    await Promise.all([flood.connected(), other.connected()]);
    try {
      const completedOrder: string[] = [];
      for (const c of [flood, other])
        c.socket.on(
          'chat:event',
          (e) => e.type === 'message.completed' && e.message.role === 'assistant' && completedOrder.push(c === flood ? 'flood' : 'other'),
        );
      // A burst of 9 at once: exactly 6 are accepted (the business's turns in flight), the rest refused politely.
      const floodAcks = await Promise.all(
        Array.from({ length: 9 }, () => flood.emit('message:send', { clientMessageId: randomUUID(), text: 'aide' })),
      );
      expect(floodAcks.filter((a) => a.ok)).toHaveLength(6);
      expect(floodAcks.filter((a) => !a.ok)).toEqual(
        Array(3).fill(expect.objectContaining({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) })),
      );
      // The other business's message is accepted and served in turn: after the running answer and at most one more of
      // the flooding business's (whose queue came first), never after its whole queue (index 6 with one global queue).
      const ack = await other.emit('message:send', { clientMessageId: randomUUID(), text: 'aide' });
      expect(ack.ok).toBe(true);
      await other.completed();
      expect(completedOrder.indexOf('other')).toBeLessThanOrEqual(2);
      await new Promise<void>((resolve) => {
        const check = () => (completedOrder.length >= 7 ? resolve() : setTimeout(check, 100));
        check();
      });
      // Once answered, the business may send again.
      expect((await flood.emit('message:send', { clientMessageId: randomUUID(), text: 'merci' })).ok).toBe(true);
    } finally {
      flood.close();
      other.close();
    }
  }, 120_000);

  it('a socket sending events too fast is refused for a moment', async () => {
    const t = await app({ SOCKET_EVENTS_PER_10S: '5' });
    const c = new ChatClient(baseUrlOf(t.app), await t.login('owner@demo.dz'));
    await c.connected();
    try {
      const acks = [];
      for (let i = 0; i < 7; i++) acks.push(await c.emit('generation:stop', { conversationId: randomUUID() }));
      expect(acks.slice(0, 5).every((a) => a.code === 'NOT_FOUND')).toBe(true);
      expect(acks[6]).toMatchObject({ ok: false, code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    } finally {
      c.close();
    }
  });
});
