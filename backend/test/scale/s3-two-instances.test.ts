import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { algerianSuperetteRows, renderReceiptImage } from '../fixtures/receipts/receipt-image.factory';
import { Managed, startBackend } from '../helpers/processes';
import { LocalS3, startLocalS3 } from '../helpers/s3-server';
import { createTestDatabase } from '../setup/test-database';

async function login(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo' }),
  });
  return (await res.json()).accessToken;
}

async function upload(url: string, token: string, bytes: Buffer, name: string): Promise<{ id: string; url: string; sha256: string }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  const res = await fetch(`${url}/api/attachments`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  expect(res.status).toBe(201);
  return res.json();
}

/**
 * Several replicas (issue 11): two backend processes, each with its own disk (DATA_DIR), sharing one PostgreSQL and
 * one S3-compatible server. What one instance received, the other reads, scans and hands out; no business gets
 * another's file.
 */
describe('two backend processes, one database, one S3-compatible bucket', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let s3: LocalS3;
  let a: Managed;
  let b: Managed;
  const dirs = [`/tmp/tajer-s3a-${process.pid}`, `/tmp/tajer-s3b-${process.pid}`];

  beforeAll(async () => {
    [db, s3] = await Promise.all([createTestDatabase(), startLocalS3()]);
    const env = { DATABASE_URL: db.url, SECRET_KEY: 'two-instances-secret-0123456789', UPLOAD_SWEEP_MINUTES: '0', ...s3.env };
    [a, b] = await Promise.all(dirs.map((DATA_DIR) => startBackend({ ...env, DATA_DIR })));
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await s3?.stop();
    await db?.drop();
  });

  it('reads on instance B a receipt uploaded to instance A: OCR draft and download, byte for byte', async () => {
    const token = await login(a.url, 'owner@demo.dz');
    const png = await renderReceiptImage({ rows: algerianSuperetteRows() });
    const uploaded = await upload(a.url, token, png, 'ticket.png');
    expect(uploaded.sha256).toBe(createHash('sha256').update(png).digest('hex'));

    // Nothing on either instance's disk: the object is in the bucket.
    const row = await db.prisma.attachment.findUniqueOrThrow({ where: { id: uploaded.id } });
    for (const dir of dirs) expect(existsSync(path.join(dir, 'uploads', row.storageKey))).toBe(false);

    // B reads it (the OCR job runs where it is asked) into a draft expense.
    const scan = await fetch(`${b.url}/api/expenses/ocr`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ attachmentId: uploaded.id }),
    });
    expect(scan.status).toBe(201);
    const draft = await scan.json();
    expect(draft.merchant).toMatch(/BARAKA/i);
    expect(draft.total).toBeGreaterThan(0);
    expect(draft.saved).toBe(false);

    // B hands out a short-lived presigned URL of the bucket after the usual checks; the client follows it.
    const download = await fetch(`${b.url}${uploaded.url}`, { headers: { Authorization: `Bearer ${token}` }, redirect: 'manual' });
    expect(download.status).toBe(302);
    expect(download.headers.get('cache-control')).toBe('no-store');
    const location = download.headers.get('location')!;
    expect(location.startsWith(`${s3.url}/${s3.bucket}/${row.storageKey}?`)).toBe(true);
    expect(new URL(location).searchParams.get('X-Amz-Expires')).toBe('300');
    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.compare(Buffer.from(await file.arrayBuffer()), png)).toBe(0);

    // A client that simply follows redirects gets the picture too (fetch drops Authorization on the other origin).
    const followed = await fetch(`${a.url}${uploaded.url}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(followed.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await followed.arrayBuffer()), png)).toBe(0);

    // The page may fetch from the bucket: its origin is in the Content-Security-Policy's connect-src.
    const page = await fetch(`${b.url}/api/health`);
    expect(page.headers.get('content-security-policy')).toContain(s3.url);
  });

  it('gives another business a 404 on either instance, and a URL signed for one key opens no other', async () => {
    const owner = await login(a.url, 'owner@demo.dz');
    const oran = await login(b.url, 'owner@oran.dz');
    const png = await renderReceiptImage({ rows: algerianSuperetteRows() });
    const mine = await upload(a.url, owner, png, 'mine.png');
    const theirs = await upload(b.url, oran, png, 'theirs.png');

    for (const base of [a.url, b.url]) {
      const res = await fetch(`${base}${mine.url}`, { headers: { Authorization: `Bearer ${oran}` }, redirect: 'manual' });
      expect(res.status).toBe(404);
      expect((await res.json()).code).toBe('NOT_FOUND');
      const scan = await fetch(`${base}/api/expenses/ocr`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${oran}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ attachmentId: mine.id }),
      });
      expect(scan.status).toBe(404);
    }

    // Oran's own URL, with the path changed to the demo shop's object: the signature no longer matches.
    const [mineRow, theirsRow] = await Promise.all(
      [mine, theirs].map((x) => db.prisma.attachment.findUniqueOrThrow({ where: { id: x.id } })),
    );
    const signed = (await fetch(`${b.url}${theirs.url}`, { headers: { Authorization: `Bearer ${oran}` }, redirect: 'manual' })).headers.get(
      'location',
    )!;
    expect((await fetch(signed)).status).toBe(200);
    const forged = signed.replace(theirsRow.storageKey, mineRow.storageKey);
    expect(forged).not.toBe(signed);
    const refused = await fetch(forged);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('SignatureDoesNotMatch');
  });
});
