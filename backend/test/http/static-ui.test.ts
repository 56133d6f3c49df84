import Fastify from 'fastify';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { brotliCompressSync, gzipSync, brotliDecompressSync } from 'node:zlib';
import { registerChatUi } from '../../src/common/http/static-ui';

describe('precompressed UI assets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tajer-ui-'));
  const js = 'console.log("tajer");'.repeat(50);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets/app.js'), js);
  writeFileSync(join(dir, 'assets/app.js.br'), brotliCompressSync(js));
  writeFileSync(join(dir, 'assets/app.js.gz'), gzipSync(js));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tajer</title>');
  // The product's registration, on a bare Fastify whose not-found handler asks the UI first (as TajerFastifyAdapter does).
  const fastify = Fastify();
  let app: unknown;
  beforeAll(async () => {
    const ui = await registerChatUi(fastify, dir);
    fastify.setNotFoundHandler((req, reply) => {
      if (!ui(req, reply)) void reply.code(404).send({ statusCode: 404 });
    });
    await fastify.ready();
    app = fastify.server;
  });
  afterAll(() => fastify.close());

  it('serves the brotli copy to browsers that accept it, with long caching', async () => {
    const res = await request(app as never)
      .get('/assets/app.js')
      .set('Accept-Encoding', 'gzip, deflate, br')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toContain('immutable');
    // superagent may already have decoded the brotli body; either way the bytes are the asset's.
    const body = res.body as Buffer;
    expect(body.toString() === js ? js : brotliDecompressSync(body).toString()).toBe(js);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gz = await request(app as never)
      .get('/assets/app.js')
      .set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(js); // supertest inflates gzip
    const plain = await request(app as never)
      .get('/assets/app.js')
      .set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(js);
  });

  it("answers the UI's client-side routes with index.html, never API paths or non-HTML requests", async () => {
    const page = await request(app as never)
      .get('/support')
      .set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain('<title>Tajer</title>');
    expect(
      (
        await request(app as never)
          .get('/api/nope')
          .set('Accept', 'text/html')
      ).status,
    ).toBe(404);
    expect(
      (
        await request(app as never)
          .get('/support')
          .set('Accept', 'application/json')
      ).status,
    ).toBe(404);
    expect(
      (
        await request(app as never)
          .post('/support')
          .set('Accept', 'text/html')
      ).status,
    ).toBe(404);
  });
});
