/**
 * Uploads (#9): a storage quota per business (507 with the usual JSON body, nothing written), the uploads disk's free
 * space kept for the rest (507, the database unaffected), uploads in their own folder (UPLOADS_DIR, by default beside
 * the embedded database's folder, never inside it), and the sweep of uploads nothing uses, dated by the business clock.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { UploadSweeper } from '../../src/attachments/upload-sweeper';
import { loadConfig } from '../../src/config/app-config';
import { createTestApp, TestApp } from '../helpers/test-app';
import { TEST_NOW } from '../setup/test-clock';
import { createTestDatabase, TestDatabase } from '../setup/test-database';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const DAY = 24 * 60 * 60 * 1000;
let db: TestDatabase;
const apps: TestApp[] = [];
const dirs: string[] = [];

async function noisePng(side: number): Promise<Buffer> {
  return sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .png()
    .toBuffer();
}
function tmpDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'tajer-uploads-'));
  dirs.push(d);
  return d;
}
async function app(env: Record<string, string>): Promise<TestApp> {
  const t = await createTestApp(db.url, { UPLOAD_SWEEP_MINUTES: '0', ...env });
  apps.push(t);
  return t;
}
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name))
    : [];

beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  for (const t of apps) await t.close().catch(() => undefined);
  await db?.drop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('uploads folder', () => {
  it('is DATA_DIR/uploads by default, beside the embedded database (DATA_DIR/postgres), and UPLOADS_DIR moves it', async () => {
    const config = loadConfig({ DATA_DIR: '/srv/tajer' });
    expect(config.uploadsDir).toBe('/srv/tajer/uploads');
    expect(path.relative(path.join(config.dataDir, 'postgres'), config.uploadsDir).startsWith('..')).toBe(true);

    const uploads = tmpDir();
    const t = await app({ UPLOADS_DIR: uploads });
    const owner = await t.login('owner@demo.dz');
    const png = await noisePng(32);
    const res = await t.http().post('/api/attachments').set(bearer(owner)).attach('file', png, 'a.png').expect(201);
    const row = await db.prisma.attachment.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(existsSync(path.join(uploads, row.storageKey))).toBe(true);
    expect(existsSync(path.join(t.config.dataDir, 'uploads', row.storageKey))).toBe(false);
  });
});

describe('storage quota per business', () => {
  it('answers 507 with the JSON error body past the quota, writing nothing; another business is unaffected', async () => {
    const png = await noisePng(48);
    const oran = await db.prisma.tenant.findFirstOrThrow({ where: { users: { some: { email: 'owner@oran.dz' } } } });
    const used = (await db.prisma.attachment.aggregate({ where: { tenantId: oran.id }, _sum: { sizeBytes: true } }))._sum.sizeBytes ?? 0;
    const uploads = tmpDir();
    const t = await app({ UPLOADS_DIR: uploads, UPLOAD_QUOTA_BYTES: String(used + 2 * png.length + 10) });
    const token = await t.login('owner@oran.dz');
    for (let i = 0; i < 2; i++) await t.http().post('/api/attachments').set(bearer(token)).attach('file', png, 'p.png').expect(201);
    const rows = await db.prisma.attachment.count({ where: { tenantId: oran.id } });
    const files = filesUnder(uploads).length;

    const refused = await t.http().post('/api/attachments').set(bearer(token)).attach('file', png, 'p.png');
    expect(refused.status).toBe(507);
    expect(refused.body).toMatchObject({
      statusCode: 507,
      code: 'INSUFFICIENT_STORAGE',
      message: expect.any(String),
      details: { reason: 'quota', quotaBytes: used + 2 * png.length + 10 },
      requestId: expect.any(String),
    });
    expect(await db.prisma.attachment.count({ where: { tenantId: oran.id } })).toBe(rows);
    expect(filesUnder(uploads)).toHaveLength(files);
    // Another business still uploads.
    const demo = await t.login('owner@demo.dz');
    await t.http().post('/api/attachments').set(bearer(demo)).attach('file', png, 'p.png').expect(201);
  });
});

describe('the uploads disk nearly full', () => {
  it('refuses uploads with 507 while the database keeps working', async () => {
    const uploads = tmpDir();
    // More free space required than any disk has: the uploads disk counts as full.
    const t = await app({ UPLOADS_DIR: uploads, UPLOAD_MIN_FREE_BYTES: String(2 ** 52) });
    const owner = await t.login('owner@demo.dz');
    const refused = await t
      .http()
      .post('/api/attachments')
      .set(bearer(owner))
      .attach('file', await noisePng(16), 'p.png');
    expect(refused.status).toBe(507);
    expect(refused.body).toMatchObject({ statusCode: 507, code: 'INSUFFICIENT_STORAGE', details: { reason: 'disk' } });
    expect(filesUnder(uploads)).toEqual([]);
    await t.http().get('/api/health').expect(200);
    const expense = await t
      .http()
      .post('/api/expenses')
      .set(bearer(owner))
      .send({ amount: 1200, category: 'transport', date: '2026-11-17', description: 'taxi' });
    expect(expense.status).toBe(201);
  });
});

describe('sweep of unused uploads', () => {
  it('deletes old uploads nothing uses (row and file) and stray files, keeps those in use and recent ones', async () => {
    const uploads = tmpDir();
    const t = await app({ UPLOADS_DIR: uploads, UPLOAD_ORPHAN_DAYS: '7' });
    const owner = await t.login('owner@demo.dz');
    const upload = async () =>
      (
        await t
          .http()
          .post('/api/attachments')
          .set(bearer(owner))
          .attach('file', await noisePng(16), 'p.png')
          .expect(201)
      ).body.id as string;
    const [oldUnused, oldExpense, oldMessage, oldProposal, recentUnused] = [
      await upload(),
      await upload(),
      await upload(),
      await upload(),
      await upload(),
    ];
    const tenant = await db.prisma.attachment.findUniqueOrThrow({ where: { id: oldUnused } });
    const longAgo = new Date(TEST_NOW.getTime() - 8 * DAY);
    await db.prisma.attachment.updateMany({
      where: { id: { in: [oldUnused, oldExpense, oldMessage, oldProposal] } },
      data: { createdAt: longAgo },
    });
    await db.prisma.expense.create({
      data: { tenantId: tenant.tenantId, amount: 500, category: 'transport', date: longAgo, attachmentId: oldExpense },
    });
    const conversation = await db.prisma.conversation.create({ data: { tenantId: tenant.tenantId, title: 'sweep' } });
    await db.prisma.message.create({
      data: {
        tenantId: tenant.tenantId,
        conversationId: conversation.id,
        role: 'USER',
        text: 'ticket',
        parts: [{ type: 'attachment', attachmentId: oldMessage }],
      },
    });
    await db.prisma.toolCall.create({
      data: {
        tenantId: tenant.tenantId,
        conversationId: conversation.id,
        name: 'expenses_scan_receipt',
        kind: 'write',
        args: { attachmentId: oldProposal },
        status: 'AWAITING_APPROVAL',
      },
    });
    // Files without a row: one left by a crash two days ago, one being written right now.
    const strayOld = path.join(uploads, tenant.tenantId, 'stray-old.png');
    const strayNew = path.join(uploads, tenant.tenantId, 'stray-new.png.tmp');
    mkdirSync(path.dirname(strayOld), { recursive: true });
    for (const [file, at] of [
      [strayOld, TEST_NOW.getTime() - 2 * DAY],
      [strayNew, TEST_NOW.getTime() - 10 * 60 * 1000],
    ] as const) {
      writeFileSync(file, randomBytes(64));
      utimesSync(file, new Date(at), new Date(at));
    }
    const keyOf = async (id: string) => (await db.prisma.attachment.findUniqueOrThrow({ where: { id } })).storageKey;
    const unusedFile = path.join(uploads, await keyOf(oldUnused));

    const report = await t.app.get(UploadSweeper).sweep();
    expect(report).toMatchObject({ rows: 1, files: 1 });
    expect(await db.prisma.attachment.findUnique({ where: { id: oldUnused } })).toBeNull();
    expect(existsSync(unusedFile)).toBe(false);
    expect(existsSync(strayOld)).toBe(false);
    expect(existsSync(strayNew)).toBe(true);
    for (const id of [oldExpense, oldMessage, oldProposal, recentUnused]) {
      expect(existsSync(path.join(uploads, await keyOf(id)))).toBe(true);
    }
    // Nothing left to do: a second sweep (another instance's) deletes nothing more.
    expect(await t.app.get(UploadSweeper).sweep()).toMatchObject({ rows: 0, files: 0 });
  });
});
