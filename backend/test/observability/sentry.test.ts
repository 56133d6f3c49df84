import * as Sentry from '@sentry/node';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { ConversationsService } from '../../src/conversations/conversations.service';
import { initSentry } from '../../src/observability/sentry';
import { createTestDatabase } from '../setup/test-database';
import { createTestApp, TestApp } from '../helpers/test-app';

describe('Sentry (SENTRY_DSN pointed at a local HTTP server)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;
  let server: Server;
  const envelopes: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        envelopes.push((req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8'));
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const dsn = `http://publickey@127.0.0.1:${(server.address() as AddressInfo).port}/1`;
    db = await createTestDatabase();
    t = await createTestApp(db.url, { SENTRY_DSN: dsn });
    expect(initSentry(t.config)).toBe(true);
  });
  afterAll(async () => {
    await Sentry.close(2000);
    await t?.close();
    await db?.drop();
    await new Promise((r) => server.close(r));
  });

  it('reports an unhandled error with the request id, and without secrets, tokens or message text', async () => {
    const token = await t.login('owner@demo.dz');
    // Built at run time so the words don't appear in this file's source (Sentry attaches source lines of stack frames).
    const secretText = ['il me reste combien de', 'se' + 'moule', 'au', '05' + '50 12 34 56'].join(' ');
    // Make a real route fail the way a bug would, with sensitive data around it.
    jest.spyOn(t.app.get(ConversationsService), 'list').mockImplementation(() => {
      throw new Error('database exploded');
    });
    const res = await t
      .http()
      .get(`/api/conversations?q=${encodeURIComponent(secretText)}`)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Request-Id', 'req-sentry-42')
      .set('Cookie', 'session=topsecret')
      .expect(500);
    expect(res.body).toEqual({ statusCode: 500, code: 'INTERNAL', message: 'Internal server error', requestId: 'req-sentry-42' });
    await Sentry.flush(5000);

    const events = envelopes.filter((e) => e.includes('"exception"'));
    expect(events.length).toBeGreaterThan(0);
    const event = events.find((e) => e.includes('database exploded'))!;
    expect(event).toBeDefined();
    expect(event).toContain('req-sentry-42');
    expect(event).not.toContain(token);
    expect(event).not.toContain(token.split('.')[1]);
    expect(event).not.toContain('topsecret');
    expect(event).not.toContain('se' + 'moule');
    expect(event).not.toContain('05' + '50');
    expect(event).not.toContain(t.config.secretKey);
  });
});
