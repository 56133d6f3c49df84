import type { ServerEvent } from '../../src/chat/chat-events';
import { ChatClient } from '../helpers/chat-client';
import { hasBinary, Managed, startBackend, startRedis } from '../helpers/processes';
import { createTestDatabase } from '../setup/test-database';

// redis-server comes from Debian (.ci/run installs it). On a developer machine without it the suite is skipped; in
// CI a missing binary is a failure.
const run = hasBinary('redis-server') || process.env.CI ? describe : describe.skip;

async function login(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo' }),
  });
  return (await res.json()).accessToken;
}

run('two backend processes, one database, one Redis', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let redis: Managed;
  let a: Managed;
  let b: Managed;
  const clients: ChatClient[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await startRedis();
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      SECRET_KEY: 'two-instances-secret-0123456789',
      LOCAL_STREAM_DELAY_MS: '10',
      DATA_DIR: `/tmp/tajer-2i-${process.pid}`,
    };
    [a, b] = await Promise.all([startBackend(env), startBackend(env)]);
  }, 180_000);

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    await db?.drop();
  });

  it('delivers to a client on instance A, without gap, the events of a turn run by instance B', async () => {
    const token = await login(a.url, 'owner@demo.dz');
    const onB = new ChatClient(b.url, token);
    const onA = new ChatClient(a.url, token);
    clients.push(onA, onB);
    await Promise.all([onA.connected(), onB.connected()]);

    // Start the conversation on B, let A follow it from the beginning.
    const ack = await onB.emit('message:send', { clientMessageId: '2i-1', text: 'Bonjour' });
    await onB.completed();
    const follow = await onA.emit('conversation:resume', { conversationId: ack.conversationId, afterSeq: 0 });
    expect(follow).toMatchObject({ ok: true });

    // Now a turn run by B streams live to A.
    const before = onA.events.length;
    await onB.emit('message:send', { clientMessageId: '2i-2', conversationId: ack.conversationId, text: 'aide' });
    const doneOnB = (await onB.waitFor((e) => e.type === 'message.completed' && e.seq > onB.events[before - 1].seq)) as Extract<
      ServerEvent,
      { type: 'message.completed' }
    >;
    const doneOnA = await onA.waitFor((e) => e.type === 'message.completed' && e.message.id === doneOnB.message.id);
    const seqsA = onA.events.map((e) => e.seq);
    expect(seqsA).toEqual(Array.from({ length: seqsA.length }, (_, i) => i + 1));
    expect(onA.events.map((e) => e.seq)).toEqual(onB.events.map((e) => e.seq));
    expect((doneOnA as any).message.text).toBe(doneOnB.message.text);
    expect(onA.events.filter((e) => e.type === 'message.delta').length).toBeGreaterThan(5);
  });

  it('lets a client that moves from one instance to the other resume exactly where it was', async () => {
    const token = await login(b.url, 'owner@demo.dz');
    const first = new ChatClient(a.url, token);
    clients.push(first);
    await first.connected();
    const ack = await first.emit('message:send', { clientMessageId: '2i-3', text: 'aide' });
    await first.waitFor((e) => e.type === 'message.delta');
    const applied = [...first.events];
    first.close(); // the instance "goes away" for this client mid-answer

    const moved = new ChatClient(b.url, token);
    clients.push(moved);
    await moved.connected();
    const resumed = await moved.emit('conversation:resume', { conversationId: ack.conversationId, afterSeq: applied.at(-1)!.seq });
    expect(resumed).toMatchObject({ ok: true });
    const done = await moved.completed();
    const all = [...applied, ...moved.events].map((e) => e.seq);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    const text = [...applied, ...moved.events]
      .filter((e) => e.type === 'message.delta')
      .map((e: any) => e.delta)
      .join('');
    expect(text).toBe(done.message.text);
  });

  // The auth caches reuse a user's status and an API key's row for 10 s; a change made on one instance must not wait
  // for that on the other. Each check below is retried until it holds, for at most half the TTL: only the Redis
  // invalidation (milliseconds) can make it hold that early, the expiry cannot.
  async function refusedSoon(url: string, headers: Record<string, string>): Promise<number> {
    const until = Date.now() + 5_000;
    let status = 0;
    do {
      status = (await fetch(`${url}/api/inventory`, { headers })).status;
      if (status === 401) return status;
      await new Promise((r) => setTimeout(r, 50));
    } while (Date.now() < until);
    return status;
  }

  it('refuses on instance B, without waiting for its cache, an API key revoked and a user disabled on instance A', async () => {
    const owner = { Authorization: `Bearer ${await login(a.url, 'owner@demo.dz')}` };
    const created = await (
      await fetch(`${a.url}/api/api-keys`, {
        method: 'POST',
        headers: { ...owner, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'two instances' }),
      })
    ).json();
    const key = { 'X-API-Key': created.key };
    for (let i = 0; i < 2; i++) expect((await fetch(`${b.url}/api/inventory`, { headers: key })).status).toBe(200); // cached on B
    expect((await fetch(`${a.url}/api/api-keys/${created.id}`, { method: 'DELETE', headers: owner })).status).toBe(200);
    expect(await refusedSoon(b.url, key)).toBe(401);

    const staffLogin = await (
      await fetch(`${b.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'staff@demo.dz', password: 'demo' }),
      })
    ).json();
    const staff = { Authorization: `Bearer ${staffLogin.accessToken}` };
    expect((await fetch(`${b.url}/api/inventory`, { headers: staff })).status).toBe(200); // status cached on B
    const disabled = await fetch(`${a.url}/api/users/${staffLogin.user.id}`, {
      method: 'PATCH',
      headers: { ...owner, 'Content-Type': 'application/json' },
      body: JSON.stringify({ active: false }),
    });
    expect(disabled.status).toBe(200);
    expect(await refusedSoon(b.url, staff)).toBe(401);
  });
});
