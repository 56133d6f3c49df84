/**
 * Personal data in front of platform staff: feedback listed and exported masked and audited, an ADMIN's unmasking
 * audited as such (#5); the support search can't be used to confirm a masked phone number by prefix (#11).
 */
import { createTestApp, TestApp } from '../helpers/test-app';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { ask } from '../agent/tools-chat';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';

let db: TestDatabase;
let t: TestApp;
let owner: string;
let support: string;
let admin: string;
let tenantId: string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const PHONE = '0555 12 34 67';

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.url);
  owner = await t.login('owner@demo.dz');
  support = await t.login('support@demo.dz');
  const supportRow = await db.prisma.user.findUniqueOrThrow({ where: { email: 'support@demo.dz' } });
  await db.prisma.user.create({
    data: { email: 'admin@tajer.dz', name: 'Admin Tajer', role: 'ADMIN', tenantId: null, passwordHash: supportRow.passwordHash },
  });
  admin = await t.login('admin@tajer.dz');
  tenantId = (await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo-superette' } })).id;
  await t
    .http()
    .post('/api/feedback')
    .set(bearer(owner))
    .send({ message: `Rappelez-moi au ${PHONE} ou karim.b@gmail.com, le total est faux`, category: 'bug' })
    .expect(201);
}, 120_000);

afterAll(async () => {
  await t?.close();
  await db?.drop();
});

describe('feedback in front of platform staff (#5)', () => {
  it('is masked for SUPPORT in the list and the export, and every read is audited', async () => {
    const before = await db.prisma.auditLog.count({ where: { action: { startsWith: 'feedback.' } } });
    const list = await t.http().get('/api/feedback').set(bearer(support)).expect(200);
    expect(list.body.masked).toBe(true);
    const text = JSON.stringify(list.body.items);
    expect(text).not.toContain('12 34 67');
    expect(text).not.toContain('karim.b@gmail.com');
    expect(text).not.toContain('owner@demo.dz');
    expect(text).not.toContain('Karim Benali');
    expect(text).toContain('05•• •• •• 67');

    for (const format of ['csv', 'json']) {
      const file = await t
        .http()
        .get(`/api/feedback/export?format=${format}`)
        .set(bearer(support))
        .buffer(true)
        .parse((res, cb) => {
          let data = '';
          res.on('data', (d: Buffer) => (data += d));
          res.on('end', () => cb(null, data));
        });
      expect(file.status).toBe(200);
      expect(file.body).not.toContain('12 34 67');
      expect(file.body).not.toContain('owner@demo.dz');
      expect(file.body).toContain('Rappelez-moi');
    }
    const audits = await db.prisma.auditLog.findMany({ where: { action: { startsWith: 'feedback.' } }, orderBy: { createdAt: 'asc' } });
    expect(audits.length - before).toBe(3);
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['feedback.list', 'feedback.export']));
  });

  it('is unmasked only for an ADMIN who asks, and that read is audited as an unmask', async () => {
    await t.http().get('/api/feedback?unmask=true').set(bearer(support)).expect(403);
    const res = await t.http().get('/api/feedback?unmask=true').set(bearer(admin)).expect(200);
    expect(res.body.masked).toBe(false);
    expect(JSON.stringify(res.body.items)).toContain(PHONE);
    expect(await db.prisma.auditLog.count({ where: { action: 'feedback.unmask' } })).toBe(1);
  });

  it('stays readable by the owner for their own business (their own data), without audit noise', async () => {
    const before = await db.prisma.auditLog.count();
    const res = await t.http().get('/api/feedback').set(bearer(owner)).expect(200);
    expect(JSON.stringify(res.body.items)).toContain(PHONE);
    expect(await db.prisma.auditLog.count()).toBe(before);
  });
});

describe('support search on masked data (#11)', () => {
  it("refuses searches shaped like personal data to masked callers, whether or not they'd match", async () => {
    const c = new ChatClient(baseUrlOf(t.app), owner);
    await c.connected();
    await ask(c, `Le fournisseur m'a appelé du ${PHONE}, il livre demain`);
    c.close();
    for (const q of ['0555 12 34', '0555 99', '05551', '12 34 67', 'karim.b@', '+213 555', '213555']) {
      for (const token of [support, owner]) {
        const res = await t
          .http()
          .get(`/api/support/conversations?q=${encodeURIComponent(q)}`)
          .set(bearer(token));
        expect({ q, status: res.status }).toEqual({ q, status: 400 });
        expect(res.body.details[0]).toMatchObject({ field: 'q', rule: 'pii_search' });
      }
      const exp = await t
        .http()
        .get(`/api/support/conversations/export?q=${encodeURIComponent(q)}`)
        .set(bearer(support));
      expect(exp.status).toBe(400);
    }
    // Words, short numbers and a barcode are still searchable; an ADMIN who unmasks may search the number (audited).
    for (const q of ['fournisseur', 'livre demain', '10kg', '6130001000014']) {
      await t
        .http()
        .get(`/api/support/conversations?q=${encodeURIComponent(q)}`)
        .set(bearer(support))
        .expect(200);
    }
    const found = await t
      .http()
      .get(`/api/support/conversations?q=${encodeURIComponent('0555 12 34')}&unmask=true`)
      .set(bearer(admin))
      .expect(200);
    expect(found.body.total).toBeGreaterThanOrEqual(1);
    expect(tenantId).toBeDefined();
  }, 60_000);
});
