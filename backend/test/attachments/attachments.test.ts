import { randomBytes, createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { AttachmentsService } from '../../src/attachments/attachments.service';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import { createTestDatabase } from '../setup/test-database';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A real picture: random pixels, so it compresses badly and its size is predictable. */
async function noisePng(side: number): Promise<Buffer> {
  return sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .png()
    .toBuffer();
}

describe('attachments: image uploads (real PostgreSQL, real files)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;
  let owner: string;
  let staff: string;
  let oran: string;

  const app = seededApp({ logins: ['owner@demo.dz', 'staff@demo.dz', 'owner@oran.dz'] });
  beforeAll(
    () =>
      ({
        t,
        db,
        tokens: [owner, staff, oran],
      } = app),
  );

  it('stores an image under uploads/<tenant>/<yyyy>/<mm>/ with its content type, size, hash and dimensions', async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c03020' } })
      .png()
      .toBuffer();
    const res = await t.http().post('/api/attachments').set(bearer(staff)).attach('file', png, 'photo.png').expect(201);
    expect(res.body).toMatchObject({
      kind: 'image',
      mimeType: 'image/png',
      sizeBytes: png.length,
      sha256: createHash('sha256').update(png).digest('hex'),
      width: 64,
      height: 48,
      originalName: 'photo.png',
      url: `/api/attachments/${res.body.id}`,
    });
    const row = await db.prisma.attachment.findUniqueOrThrow({ where: { id: res.body.id } });
    const demo = await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo-superette' } });
    expect(row.tenantId).toBe(demo.id);
    expect(row.storageKey).toMatch(new RegExp(`^${demo.id}/\\d{4}/\\d{2}/[0-9a-f-]{36}\\.png$`));
    expect(existsSync(path.join(t.config.uploadsDir, row.storageKey))).toBe(true);

    const file = await t
      .http()
      .get(res.body.url)
      .set(bearer(owner))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(file.body as Buffer, png)).toBe(0);

    const meta = await t.http().get(`${res.body.url}/meta`).set(bearer(owner)).expect(200);
    expect(meta.body).toEqual(res.body);
  });

  it('trusts the content, not the name or declared type: a JPEG named .png is recorded as JPEG', async () => {
    const jpeg = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#2040a0' } })
      .jpeg()
      .toBuffer();
    const res = await t
      .http()
      .post('/api/attachments')
      .set(bearer(owner))
      .attach('file', jpeg, { filename: 'x.png', contentType: 'image/png' })
      .expect(201);
    expect(res.body).toMatchObject({ mimeType: 'image/jpeg', width: 30, height: 20 });
    const row = await db.prisma.attachment.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.storageKey.endsWith('.jpg')).toBe(true);
  });

  it('refuses a file that is not an image by its content with 415 JSON, whatever its name and type', async () => {
    const before = await db.prisma.attachment.count();
    const text = Buffer.from('Ceci est un fichier texte, pas une photo.\n'.repeat(20));
    const res = await t
      .http()
      .post('/api/attachments')
      .set(bearer(owner))
      .attach('file', text, { filename: 'rayon.jpg', contentType: 'image/jpeg' })
      .expect(415);
    expect(res.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(res.body.requestId).toBeTruthy();
    // SVG decodes with sharp but is a document that can carry script: refused too.
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await t.http().post('/api/attachments').set(bearer(owner)).attach('file', svg, 'logo.svg').expect(415);
    expect(await db.prisma.attachment.count()).toBe(before);
  });

  it('names the missing file field (400) and requires credentials (401)', async () => {
    const none = await t.http().post('/api/attachments').set(bearer(owner)).field('note', 'no file').expect(400);
    expect(none.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'file' })]));
    const wrongField = await t
      .http()
      .post('/api/attachments')
      .set(bearer(owner))
      .attach('image', await noisePng(8), 'a.png')
      .expect(400);
    expect(wrongField.body.code).toBe('VALIDATION_FAILED');
    await t
      .http()
      .post('/api/attachments')
      .attach('file', await noisePng(8), 'a.png')
      .expect(401);
  });

  it("keeps another business's attachments invisible: 404 for the file and its metadata", async () => {
    const png = await noisePng(16);
    const res = await t.http().post('/api/attachments').set(bearer(owner)).attach('file', png, 'a.png').expect(201);
    const f = await t.http().get(`/api/attachments/${res.body.id}`).set(bearer(oran)).expect(404);
    expect(f.body.code).toBe('NOT_FOUND');
    await t.http().get(`/api/attachments/${res.body.id}/meta`).set(bearer(oran)).expect(404);
    await t.http().get('/api/attachments/00000000-0000-4000-8000-000000000000').set(bearer(owner)).expect(404);
  });

  it('exposes store() and read() to other modules with the same rules and tenant scoping', async () => {
    const service = t.app.get(AttachmentsService);
    const [demo, oranTenant] = await Promise.all([
      db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo-superette' } }),
      db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'alimentation-generale-oran' } }),
    ]);
    const webp = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#00aa00' } })
      .webp()
      .toBuffer();
    const stored = await service.store(demo.id, null, { buffer: webp, originalName: '../../etc/passwd.webp' });
    expect(stored).toMatchObject({ mimeType: 'image/webp', width: 20, height: 10, originalName: 'passwd.webp' });
    const { attachment, buffer } = await service.read(demo.id, stored.id);
    expect(attachment.id).toBe(stored.id);
    expect(Buffer.compare(buffer, webp)).toBe(0);
    await expect(service.read(oranTenant.id, stored.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.store(demo.id, null, { buffer: Buffer.from('%PDF-1.4 not an image') })).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
  });
});

describe('attachments: size limit', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;
  let owner: string;

  const app = seededApp({ env: { UPLOAD_MAX_BYTES: '50000' }, logins: ['owner@demo.dz'] });
  beforeAll(
    () =>
      ({
        t,
        db,
        tokens: [owner],
      } = app),
  );

  it('answers 413 JSON above UPLOAD_MAX_BYTES and accepts an image below it', async () => {
    const big = await noisePng(160); // ~77 KB of incompressible pixels
    expect(big.length).toBeGreaterThan(50000);
    const res = await t.http().post('/api/attachments').set(bearer(owner)).attach('file', big, 'big.png').expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 50000 } });
    expect(await db.prisma.attachment.count()).toBe(0);

    const small = await noisePng(100); // ~30 KB
    expect(small.length).toBeLessThan(50000);
    await t.http().post('/api/attachments').set(bearer(owner)).attach('file', small, 'small.png').expect(201);
  });
});
