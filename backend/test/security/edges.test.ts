/**
 * HTTP edges outside the documented routes: unknown routes and methods, requests Node refuses before routing, errors
 * raised by middleware. They answer the usual JSON error body too.
 */
import { createTestApp, TestApp } from '../helpers/test-app';
import { baseUrlOf } from '../helpers/chat-client';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { connect } from 'node:net';
import { connectSources } from '../../src/app.factory';

let db: TestDatabase;
let app: TestApp;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await createTestApp(db.url);
  base = baseUrlOf(app.app);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const isErrorBody = (status: number) =>
  expect.objectContaining({ statusCode: status, code: expect.any(String), message: expect.any(String) });

describe('HTTP edges answer JSON errors', () => {
  it.each([
    ['GET', '/v0/models'],
    ['GET', '/api/nope'],
    ['POST', '/api/nope'],
    ['DELETE', '/api/health'],
    ['GET', '/mcp/x'],
    ['PUT', '/'],
  ])('%s %s → a 404 JSON body, not an HTML page', async (method, path) => {
    const res = await fetch(base + path, { method, headers: { accept: 'application/json' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual(isErrorBody(404));
  });

  it('refuses a NUL byte in a body, a query or a path with a 400 naming the field', async () => {
    const token = await app.login('owner@demo.dz');
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const key = await fetch(`${base}/api/api-keys`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'a\u0000b' }) });
    expect(key.status).toBe(400);
    expect(await key.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body.name' }] });
    const search = await fetch(`${base}/api/conversations?q=a%00b`, { headers: auth });
    expect(search.status).toBe(400);
    expect(await search.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'query.q' }] });
    const surrogate = await fetch(`${base}/api/feedback`, { method: 'POST', headers: auth, body: '{"message":"bug \\ud800 here"}' });
    expect(surrogate.status).toBe(400);
    const path = await fetch(`${base}/api/market/reports/a%00.pdf`, { headers: auth });
    expect(path.status).toBe(400);
    // Nothing was stored.
    expect(await db.prisma.apiKey.count({ where: { name: { contains: 'a' }, AND: { name: { endsWith: 'b' } } } })).toBe(0);
  });

  it('answers malformed JSON and an oversized URL with the JSON error body', async () => {
    const bad = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual(isErrorBody(400));
    const long = await fetch(`${base}/api/inventory?q=${'x'.repeat(20_000)}`);
    expect(long.status).toBe(431);
    expect(await long.json()).toEqual(isErrorBody(431));
  });

  it('limits the UI to connecting to its own origin (CSP connect-src)', async () => {
    const res = await fetch(`${base}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const connect = /connect-src ([^;]*)/.exec(csp)?.[1].split(' ') ?? [];
    expect(connect).toEqual(["'self'"]);
    expect(connectSources({ PUBLIC_URL: 'https://tajer.example.dz/app', corsOrigins: ['https://admin.example.dz', 'not a url'] })).toEqual([
      "'self'",
      'https://tajer.example.dz',
      'https://admin.example.dz',
      'wss://tajer.example.dz',
      'wss://admin.example.dz',
    ]);
  });

  it('answers a garbage request line with a JSON 400', async () => {
    const { port } = new URL(base);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GARBAGE\u0000 / HTTP/1.1\r\n\r\n'));
      let out = '';
      socket.on('data', (d) => (out += d));
      socket.on('end', () => resolve(out));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual(isErrorBody(400));
  });
});
