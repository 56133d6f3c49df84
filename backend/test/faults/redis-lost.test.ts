/**
 * Fault: Redis lost under two instances. Two real backend processes share a database and a real redis-server
 * (REDIS_URL: Socket.IO adapter, event buffer, rate limits). redis-server is killed (SIGKILL): neither instance
 * crashes, chat keeps working on each one with its own buffer, rate limits count per instance, each Redis client
 * warns once (not once per reconnection attempt). redis-server comes back on the same port: the instances reconnect by
 * themselves and a turn run by one is delivered live to a client of the other again.
 */
import type { ServerEvent } from '../../src/chat/chat-events';
import { ChatClient } from '../helpers/chat-client';
import { hasBinary, Managed, startBackend, startRedis } from '../helpers/processes';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { api, login, SECRET, until } from './lib';

// As in test/scale: redis-server comes from Debian; without it (and outside CI) the suite is skipped.
const run = hasBinary('redis-server') || process.env.CI ? describe : describe.skip;

function sigkill(m: Managed): Promise<void> {
  return new Promise((resolve) => {
    if (m.proc.exitCode !== null || m.proc.signalCode !== null) return resolve();
    m.proc.once('exit', () => resolve());
    m.proc.kill('SIGKILL');
  });
}

run('Redis lost and back under two instances', () => {
  let db: TestDatabase;
  let redis: Managed;
  let a: Managed;
  let b: Managed;
  let token: string;
  const clients: ChatClient[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await startRedis();
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      SECRET_KEY: SECRET,
      LOCAL_STREAM_DELAY_MS: '5',
      DATA_DIR: `/tmp/tajer-faults-redis-${process.pid}`,
      LOG_LEVEL: 'info',
    };
    [a, b] = await Promise.all([startBackend(env), startBackend(env)]);
    token = await login(a.url, 'owner@demo.dz');
  }, 150_000);

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all([a?.stop(), b?.stop()]);
    if (redis && redis.proc.exitCode === null && redis.proc.signalCode === null) await redis.stop();
    await db?.drop();
  });

  const connect = async (url: string) => {
    const c = new ChatClient(url, token);
    clients.push(c);
    await c.connected();
    return c;
  };

  /** A turn sent on `from`, followed live by `follower` (on any instance): resolves with what the follower saw. */
  async function crossTurn(from: ChatClient, follower: ChatClient, id: string) {
    const first = await from.emit('message:send', { clientMessageId: `${id}-1`, text: 'bonjour' });
    expect(first).toMatchObject({ ok: true });
    await from.completed();
    expect(await follower.emit('conversation:resume', { conversationId: first.conversationId, afterSeq: 0 })).toMatchObject({ ok: true });
    const second = await from.emit('message:send', { clientMessageId: `${id}-2`, conversationId: first.conversationId, text: 'aide' });
    expect(second).toMatchObject({ ok: true });
    const done = (await from.waitFor(
      (e) => e.type === 'message.completed' && e.conversationId === first.conversationId && e.message.text.length > 50,
    )) as Extract<ServerEvent, { type: 'message.completed' }>;
    return follower.waitFor((e) => e.type === 'message.completed' && e.message.id === done.message.id, 20_000);
  }

  it('keeps both instances chatting on their own while Redis is away, and shares again once it is back', async () => {
    // Healthy: a turn run on B reaches a client on A.
    expect(await crossTurn(await connect(b.url), await connect(a.url), 'before')).toBeTruthy();

    const port = redis.port;
    await sigkill(redis);

    // Each instance keeps answering on its own: REST and whole chat turns, on both.
    for (const server of [a, b]) {
      expect((await api(server.url, 'GET', '/api/inventory/products', token)).status).toBe(200);
      const chat = await connect(server.url);
      const ack = await chat.emit('message:send', { clientMessageId: `down-${server.port}`, text: 'aide' });
      expect(ack).toMatchObject({ ok: true });
      const done = await chat.completed();
      expect(done.message.status).toBe('completed');
      // The client can resume on the same instance from its own buffer.
      expect(await chat.emit('conversation:resume', { conversationId: ack.conversationId, afterSeq: 1 })).toMatchObject({ ok: true });
    }
    expect(a.proc.exitCode).toBeNull();
    expect(b.proc.exitCode).toBeNull();

    // A warning per Redis client when it went away, not one per reconnection attempt.
    for (const server of [a, b]) {
      const warnings = server
        .output()
        .split('\n')
        .filter((l) => /Redis unavailable/.test(l));
      expect(warnings.length).toBeGreaterThan(0);
      expect(warnings.length).toBeLessThanOrEqual(8);
    }

    redis = await startRedis(port);
    // Each instance reconnects by itself; then a turn run on A reaches a client on B, live, again.
    // Every connection that warned it was lost has said it is back (each reconnects on its own schedule).
    const allBack = (server: Managed) => {
      const lost = new Set([...server.output().matchAll(/Redis unavailable for (?!the job queues)(.+?) \(/g)].map((m) => m[1]));
      return [...lost].every((name) => server.output().includes(`Redis is back for ${name}`));
    };
    await until(async () => allBack(a) && allBack(b), 'every Redis connection of both instances back', 60_000);
    expect(await crossTurn(await connect(a.url), await connect(b.url), 'after')).toBeTruthy();
    expect(a.proc.exitCode).toBeNull();
    expect(b.proc.exitCode).toBeNull();
  }, 150_000);
});
