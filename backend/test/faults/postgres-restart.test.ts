/**
 * Fault: PostgreSQL stops under a running backend, then comes back. A private embedded PostgreSQL (its own data dir
 * and port, so the rest of the test run is not disturbed) is stopped with a fast shutdown and started again on the
 * same data dir and port. Meanwhile REST answers 503 DATABASE_UNAVAILABLE with the usual JSON body and Retry-After
 * (never a 500), readiness says the database is down, a chat turn ends with a polite failure in the sender's
 * language; once PostgreSQL is back everything works again without restarting the Node process.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { ChatClient } from '../helpers/chat-client';
import { freePort, Managed, startBackend } from '../helpers/processes';
import { api, login, SECRET, until } from './lib';

const dataDir = path.join(os.tmpdir(), `tajer-faults-pg-${process.pid}`);

describe('PostgreSQL stopped and restarted under a running backend', () => {
  let pg: EmbeddedPostgres;
  let port: number;
  let server: Managed;
  let owner: string;
  const clients: ChatClient[] = [];

  const startPg = () => startEmbeddedPostgres({ dataDir, port, ephemeral: true });

  beforeAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    port = await freePort();
    pg = await startPg();
    // The backend migrates and seeds the demo business itself, as on a first start.
    server = await startBackend({
      DATABASE_URL: pg.url,
      SEED_DEMO: 'true',
      SECRET_KEY: SECRET,
      DATA_DIR: `${dataDir}-app`,
      LOCAL_STREAM_DELAY_MS: '40',
    });
    owner = await login(server.url, 'owner@demo.dz');
  }, 150_000);

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await server?.stop();
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}-app`, { recursive: true, force: true });
  });

  it('answers 503 with the JSON error body while the database is down, and recovers on its own', async () => {
    expect((await api(server.url, 'GET', '/api/inventory/products', owner)).status).toBe(200);
    const chat = new ChatClient(server.url, owner);
    clients.push(chat);
    await chat.connected();

    const key = await api(server.url, 'POST', '/api/api-keys', owner, { name: 'faults v1', scopes: ['read'] });
    expect(key.status).toBe(201);

    await pg.stop();

    // REST: a 503 with the usual body and a hint when to come back, never a 500.
    for (const [method, route, body] of [
      ['GET', '/api/inventory/products', undefined],
      ['POST', '/api/expenses', { amount: 900, category: 'loyer' }],
      ['GET', '/api/conversations', undefined],
    ] as const) {
      const res = await api(server.url, method, route, owner, body);
      expect({ route, status: res.status }).toEqual({ route, status: 503 });
      expect(res.body).toMatchObject({
        statusCode: 503,
        code: 'DATABASE_UNAVAILABLE',
        message: expect.any(String),
        requestId: expect.any(String),
      });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // The OpenAI-compatible API: OpenAI's error shape, and the same hint its clients back off on.
    const v1 = await api(server.url, 'POST', '/v1/chat/completions', key.body.key, {
      model: 'tajer',
      messages: [{ role: 'user', content: 'il me reste combien de semoule ?' }],
    });
    expect(v1.status).toBe(503);
    expect(v1.body).toMatchObject({ error: { message: expect.any(String), type: 'server_error', code: 'database_unavailable' } });
    expect(Number(v1.headers.get('retry-after'))).toBeGreaterThan(0);
    // Readiness says why (liveness stays up: restarting the process would not help).
    const ready = await api(server.url, 'GET', '/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'unavailable', database: 'down' });
    expect((await api(server.url, 'GET', '/api/health')).status).toBe(200);

    // Chat: a polite refusal in the sender's language (here Arabic), with the stable code for clients.
    const ack = await chat.emit('message:send', { clientMessageId: 'pg-down-1', text: 'شحال بقالي من السميد؟' });
    expect(ack).toMatchObject({ ok: false, code: 'DATABASE_UNAVAILABLE' });
    expect(ack.message).toMatch(/[\u0600-\u06FF]/);
    const fr = await chat.emit('message:send', { clientMessageId: 'pg-down-2', text: 'il me reste combien de semoule ?' });
    expect(fr).toMatchObject({ ok: false, code: 'DATABASE_UNAVAILABLE' });
    expect(fr.message).toMatch(/réessayez/i);

    pg = await startPg();

    // Back without restarting Node: readiness, reads, writes, and a whole chat turn.
    await until(async () => (await api(server.url, 'GET', '/api/health/ready')).status === 200, 'readiness after the restart');
    await until(async () => (await api(server.url, 'GET', '/api/inventory/products', owner)).status === 200, 'a read after the restart');
    const expense = await api(server.url, 'POST', '/api/expenses', owner, { amount: 900, category: 'loyer' });
    expect(expense.status).toBe(201);
    const sent = await chat.emit('message:send', { clientMessageId: 'pg-back-1', text: 'bonjour' });
    expect(sent).toMatchObject({ ok: true });
    const done = await chat.completed();
    expect(done.message.status).toBe('completed');
    expect(server.proc.exitCode).toBeNull();
  });

  it('ends a turn the database drops mid-answer with a polite failure, stored once the database is back', async () => {
    const chat = new ChatClient(server.url, owner);
    clients.push(chat);
    await chat.connected();
    // A slow stream so the stop lands mid-answer.
    const ack = await chat.emit('message:send', { clientMessageId: 'pg-mid-1', text: 'aide' });
    expect(ack).toMatchObject({ ok: true });
    await chat.waitFor((e) => e.type === 'message.delta');
    await pg.stop();
    const done = await chat.completed();
    pg = await startPg();
    // The answer (several seconds of streaming) could not be stored: the client is told, politely, in French.
    expect(done.message.status).toBe('failed');
    expect(done.message.text).toContain("Désolé, je n'ai pas pu terminer cette réponse");
    expect(chat.events.some((e) => e.type === 'error' && e.messageId === done.message.id)).toBe(true);
    // Once the database is back, no answer stays "streaming" forever.
    const stored = await until(
      async () => {
        const res = await api(server.url, 'GET', `/api/conversations/${ack.conversationId}`, owner);
        const last = res.status === 200 ? res.body.messages.at(-1) : undefined;
        return last && last.status !== 'streaming' && last.status !== 'pending' ? last : undefined;
      },
      'the answer settled in the database',
      90_000,
    );
    expect(stored).toMatchObject({ id: done.message.id, status: 'failed' });
  });
});
