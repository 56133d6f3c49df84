import express from 'express';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { brotliCompressSync, gzipSync, brotliDecompressSync } from 'node:zlib';
import { precompressed } from '../../src/common/http/static-ui';

describe('precompressed UI assets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tajer-ui-'));
  const js = 'console.log("tajer");'.repeat(50);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets/app.js'), js);
  writeFileSync(join(dir, 'assets/app.js.br'), brotliCompressSync(js));
  writeFileSync(join(dir, 'assets/app.js.gz'), gzipSync(js));
  const app = express();
  app.use(precompressed(dir));
  app.use(express.static(dir));

  it('serves the brotli copy to browsers that accept it, with long caching', async () => {
    const res = await request(app)
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
    const gz = await request(app).get('/assets/app.js').set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(js); // supertest inflates gzip
    const plain = await request(app).get('/assets/app.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(js);
  });
});
