import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { S3AttachmentStorage } from '../../src/attachments/s3-attachment-storage';
import { AttachmentStorage } from '../../src/attachments/attachment-storage';
import { UploadSweeper } from '../../src/attachments/upload-sweeper';
import { loadConfig } from '../../src/config/app-config';
import { startLocalS3, LocalS3 } from '../helpers/s3-server';
import { createTestApp, TestApp } from '../helpers/test-app';
import { createTestDatabase } from '../setup/test-database';
import { TEST_NOW } from '../setup/test-clock';

const DAY = 24 * 60 * 60 * 1000;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The S3 adapter against a real S3-compatible server (s3rver): what the service and the sweep rely on. */
describe('S3 upload storage (local S3-compatible server)', () => {
  let s3: LocalS3;
  let storage: S3AttachmentStorage;

  beforeAll(async () => {
    s3 = await startLocalS3();
    storage = new S3AttachmentStorage(loadConfig({ ...s3.env }));
  });
  afterAll(async () => {
    storage?.destroy();
    await s3?.stop();
  });

  it('writes, reads back byte for byte, lists and removes objects', async () => {
    const key = storage.newKey('tenant-a', 'png', TEST_NOW);
    expect(key).toMatch(/^tenant-a\/2026\/11\/[0-9a-f-]{36}\.png$/);
    const bytes = randomBytes(50_000);
    await storage.write(key, bytes, 'image/png');
    expect(Buffer.compare(await storage.read(key), bytes)).toBe(0);

    const listed: { key: string; modifiedMs: number }[] = [];
    for await (const f of storage.files()) listed.push(f);
    expect(listed.map((f) => f.key)).toContain(key);
    expect(listed.find((f) => f.key === key)!.modifiedMs).toBeGreaterThan(0);

    await storage.remove(key);
    await storage.remove(key); // idempotent, like rm --force
    await expect(storage.read(key)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses keys that would leave the bucket prefix', async () => {
    for (const bad of ['../x.png', '/abs.png', 'a/../../b.png', 'a//b.png', '']) {
      await expect(storage.write(bad, Buffer.from('x'))).rejects.toThrow(/Invalid storage key/);
    }
  });

  it('hands out a presigned URL that opens that object only, with the content type asked', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#208040' } })
      .png()
      .toBuffer();
    const [mine, other] = ['tenant-a/2026/11/mine.png', 'tenant-b/2026/11/other.png'];
    await storage.write(mine, png, 'image/png');
    await storage.write(other, randomBytes(100), 'image/png');

    const url = await storage.downloadUrl(mine, { contentType: 'image/png', fileName: 'mine.png' });
    expect(url).toContain('X-Amz-Signature=');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), png)).toBe(0);

    // The signature covers the path: the same query string on another key is refused. (s3rver has no bucket policy:
    // an unsigned GET is not refused there as a private Spaces bucket does, so it is not tested here.)
    const forged = url.replace(mine, other);
    expect(forged).not.toBe(url);
    const refused = await fetch(forged);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('SignatureDoesNotMatch');
  });

  it('answers ENOENT for a missing object and keeps the S3 error name otherwise', async () => {
    await expect(storage.read('tenant-a/2026/11/none.png')).rejects.toMatchObject({ code: 'ENOENT' });
    const wrongBucket = new S3AttachmentStorage(loadConfig({ ...s3.env, S3_BUCKET: 'no-such-bucket' }));
    await expect(wrongBucket.read('tenant-a/x.png')).rejects.toMatchObject({ code: 'NoSuchBucket' });
    wrongBucket.destroy();
  });

  it('points the page at the bucket origin the URLs use (path style or virtual host)', () => {
    const base = { S3_REGION: 'fra1', S3_PRESIGN_SECONDS: 300, S3_ACCESS_KEY_ID: undefined, S3_SECRET_ACCESS_KEY: undefined };
    expect(
      S3AttachmentStorage.downloadOrigin({
        ...base,
        S3_BUCKET: 'tajer',
        S3_ENDPOINT: 'https://fra1.digitaloceanspaces.com',
        S3_FORCE_PATH_STYLE: false,
      }),
    ).toBe('https://tajer.fra1.digitaloceanspaces.com');
    expect(
      S3AttachmentStorage.downloadOrigin({ ...base, S3_BUCKET: 'tajer', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: true }),
    ).toBe('http://127.0.0.1:9000');
    expect(
      S3AttachmentStorage.downloadOrigin({ ...base, S3_BUCKET: undefined, S3_ENDPOINT: undefined, S3_FORCE_PATH_STYLE: false }),
    ).toBeNull();
  });
});

describe('the app on S3 storage: uploads, quota and the sweep of unused uploads', () => {
  let s3: LocalS3;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;

  beforeAll(async () => {
    s3 = await startLocalS3();
    db = await createTestDatabase({ template: 'seeded' });
    t = await createTestApp(db.url, { ...s3.env, UPLOAD_ORPHAN_DAYS: '7', UPLOAD_MIN_FREE_BYTES: String(2 ** 52) });
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
    await s3?.stop();
  });

  it('stores in the bucket, not on the disk, and free disk space does not apply (UPLOAD_MIN_FREE_BYTES ignored)', async () => {
    const owner = await t.login('owner@demo.dz');
    const png = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#102030' } })
      .png()
      .toBuffer();
    const res = await t.http().post('/api/attachments').set(bearer(owner)).attach('file', png, 'p.png').expect(201);
    const row = await db.prisma.attachment.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(existsSync(path.join(t.config.uploadsDir, row.storageKey))).toBe(false);
    expect(t.app.get(AttachmentStorage).location).toBe(`s3:${s3.bucket}`);
    expect(Buffer.compare(await t.app.get(AttachmentStorage).read(row.storageKey), png)).toBe(0);
  });

  it('still refuses uploads over the business quota with 507', async () => {
    const owner = await t.login('owner@oran.dz');
    const q = await createTestApp(db.url, { ...s3.env, UPLOAD_QUOTA_BYTES: '100' });
    try {
      const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#a0a0a0' } })
        .png()
        .toBuffer();
      const res = await q.http().post('/api/attachments').set(bearer(owner)).attach('file', png, 'p.png').expect(507);
      expect(res.body).toMatchObject({ code: 'INSUFFICIENT_STORAGE', details: { reason: 'quota' } });
    } finally {
      await q.close();
    }
  });

  it('deletes old unused uploads (row and object) and stray objects, keeps recent ones and objects that are not uploads', async () => {
    const owner = await t.login('owner@demo.dz');
    const upload = async () =>
      (
        await t
          .http()
          .post('/api/attachments')
          .set(bearer(owner))
          .attach(
            'file',
            await sharp(randomBytes(16 * 16 * 3), { raw: { width: 16, height: 16, channels: 3 } })
              .png()
              .toBuffer(),
            'p.png',
          )
          .expect(201)
      ).body.id as string;
    const [oldUnused, recentUnused] = [await upload(), await upload()];
    await db.prisma.attachment.update({ where: { id: oldUnused }, data: { createdAt: new Date(TEST_NOW.getTime() - 8 * DAY) } });
    const storage = t.app.get(AttachmentStorage);
    const tenantId = (await db.prisma.attachment.findUniqueOrThrow({ where: { id: oldUnused } })).tenantId;
    // Objects without a row: one left by a crash two days ago, one being uploaded right now.
    const strayOld = `${tenantId}/2026/11/stray-old.png`;
    const strayNew = `${tenantId}/2026/11/stray-new.png`;
    // Not ours: something else kept in the same bucket (backups synced to the Space), however old.
    const foreign = 'backups/tajer-2026-11-01.tar.gz';
    await storage.write(strayOld, randomBytes(64));
    await storage.write(strayNew, randomBytes(64));
    await storage.write(foreign, randomBytes(64));
    s3.backdate(strayOld, new Date(TEST_NOW.getTime() - 2 * DAY));
    s3.backdate(strayNew, new Date(TEST_NOW.getTime() - 10 * 60 * 1000));
    s3.backdate(foreign, new Date(TEST_NOW.getTime() - 30 * DAY));
    const keyOf = async (id: string) => (await db.prisma.attachment.findUniqueOrThrow({ where: { id } })).storageKey;
    const unusedKey = await keyOf(oldUnused);

    const report = await t.app.get(UploadSweeper).sweep();
    expect(report).toMatchObject({ rows: 1, files: 1 });
    expect(await db.prisma.attachment.findUnique({ where: { id: oldUnused } })).toBeNull();
    await expect(storage.read(unusedKey)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(storage.read(strayOld)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await storage.read(strayNew)).length).toBe(64);
    expect((await storage.read(foreign)).length).toBe(64);
    expect((await storage.read(await keyOf(recentUnused))).length).toBeGreaterThan(0);
  });
});
