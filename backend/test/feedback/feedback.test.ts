import { AlertMailer } from '../../src/feedback/alert-mailer';
import { startMailServer } from '../helpers/mail-server';
import { createTestApp, TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { TEST_NOW } from '../setup/test-clock';

describe('feedback: submit, classify, list, export (real PostgreSQL)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let owner: string;
  let staff: string;
  let support: string;
  let oran: string;
  let demoId: string;
  let oranId: string;

  const app = seededApp({ logins: ['owner@demo.dz', 'staff@demo.dz', 'support@demo.dz', 'owner@oran.dz'] });
  beforeAll(async () => {
    ({
      t,
      db,
      tokens: [owner, staff, support, oran],
    } = app);
    demoId = await app.tenantId('demo-superette');
    oranId = await app.tenantId('alimentation-generale-oran');
  });

  const post = (token: string, body: object) => t.http().post('/api/feedback').set('Authorization', `Bearer ${token}`).send(body);
  const get = (token: string, url: string) => t.http().get(url).set('Authorization', `Bearer ${token}`);

  describe('POST /api/feedback', () => {
    it.each([
      ["Ça plante quand j'ouvre les ventes du mois", 'bug'],
      ['يا ريت تضيفوا تقرير أسبوعي للمبيعات', 'suggestion'],
      ['el scan ta3 les tickets ma yekhdemch', 'bug'],
      ['التطبيق ما يخدمش كي نزيد منتوج جديد', 'bug'],
      ['It would be nice to print price labels', 'suggestion'],
      ['Great app, thank you!', 'comment'],
    ])('infers the category of "%s" → %s and stores it', async (message, category) => {
      const res = await post(staff, { message }).expect(201);
      expect(res.body).toMatchObject({
        category,
        categoryInferred: true,
        message,
        user: { email: 'staff@demo.dz' },
        tenant: { id: demoId },
      });
      expect(res.body.classification.matched.length).toBeGreaterThan(0);
      const row = await db.prisma.feedback.findUniqueOrThrow({ where: { id: res.body.id } });
      expect(row).toMatchObject({ tenantId: demoId, category: category.toUpperCase(), categoryInferred: true });
    });

    it('keeps an explicit category and rates severity: data loss is critical, without SMTP no email is attempted', async () => {
      const explicit = await post(owner, {
        category: 'comment',
        message: 'Le rapport ne marche pas mais ce n’est pas grave',
        rating: 4,
      }).expect(201);
      expect(explicit.body).toMatchObject({
        category: 'comment',
        categoryInferred: false,
        rating: 4,
        severity: 'low',
        notification: 'not_needed',
      });
      const critical = await post(owner, { message: "Après la mise à jour j'ai perdu toutes mes dépenses de mars" }).expect(201);
      expect(critical.body).toMatchObject({ category: 'bug', severity: 'critical', notification: 'disabled' });
      expect(critical.body.classification.severityReasons).toContain('perdu');
    });

    it('links feedback to a conversation and message of the same business only', async () => {
      const conv = await db.prisma.conversation.create({ data: { tenantId: demoId, title: 'Stock semoule' } });
      const msg = await db.prisma.message.create({
        data: { tenantId: demoId, conversationId: conv.id, role: 'ASSISTANT', text: 'Il reste 42 sacs.' },
      });
      const ok = await post(owner, { message: 'Réponse fausse sur le stock', messageId: msg.id }).expect(201);
      expect(ok.body).toMatchObject({ conversationId: conv.id, messageId: msg.id, category: 'bug' });
      const other = await db.prisma.conversation.create({ data: { tenantId: oranId } });
      await post(owner, { message: 'test test', conversationId: other.id }).expect(404);
      await post(oran, { message: 'test test', messageId: msg.id }).expect(404);
      await post(owner, { message: 'test test', conversationId: other.id, messageId: msg.id }).expect(404);
    });

    it('names bad fields, refuses unknown ones, anonymous callers and accounts without a business', async () => {
      const bad = await post(owner, { message: '', rating: 6, category: 'rant' }).expect(400);
      expect(bad.body.details.map((d: any) => d.field)).toEqual(expect.arrayContaining(['message', 'rating', 'category']));
      const extra = await post(owner, { message: 'hello there', severity: 'critical' }).expect(400);
      expect(JSON.stringify(extra.body.details)).toContain('severity');
      await t.http().post('/api/feedback').send({ message: 'hello there' }).expect(401);
      await post(support, { message: 'hello there' }).expect(403);
    });
  });

  describe('thumbs up/down on assistant messages', () => {
    it('stores 5 or 1 on the message, replaces a previous rating, files a thumbs-down bug as a bug', async () => {
      const conv = await db.prisma.conversation.create({ data: { tenantId: demoId } });
      const answer = await db.prisma.message.create({
        data: { tenantId: demoId, conversationId: conv.id, role: 'ASSISTANT', text: 'CA du mois : 1 250 000 DA' },
      });
      const question = await db.prisma.message.create({ data: { tenantId: demoId, conversationId: conv.id, role: 'USER', text: 'CA ?' } });
      const rate = (token: string, body: object) =>
        t.http().post('/api/feedback/message-rating').set('Authorization', `Bearer ${token}`).send(body);

      const up = await rate(staff, { messageId: answer.id, up: true }).expect(201);
      expect(up.body).toMatchObject({ rating: 5, category: 'comment', messageId: answer.id, conversationId: conv.id, message: '👍' });
      const down = await rate(staff, { messageId: answer.id, up: false, comment: 'Le total affiché est faux' }).expect(201);
      expect(down.body).toMatchObject({ id: up.body.id, rating: 1, category: 'bug', message: 'Le total affiché est faux' });
      expect(await db.prisma.feedback.count({ where: { messageId: answer.id } })).toBe(1);
      // Another user's rating is a separate row.
      await rate(owner, { messageId: answer.id, up: true }).expect(201);
      expect(await db.prisma.feedback.count({ where: { messageId: answer.id } })).toBe(2);

      const userMessage = await rate(staff, { messageId: question.id, up: true }).expect(400);
      expect(userMessage.body.details[0].field).toBe('messageId');
      await rate(oran, { messageId: answer.id, up: true }).expect(404);
      await rate(staff, { messageId: answer.id }).expect(400);
    });
  });

  describe('GET /api/feedback', () => {
    it('shows the owner their own business only, with a summary; staff are refused', async () => {
      const res = await get(owner, '/api/feedback?pageSize=200').expect(200);
      const count = await db.prisma.feedback.count({ where: { tenantId: demoId } });
      expect(res.body.total).toBe(count);
      expect(res.body.scope).toEqual({ tenantId: demoId, allBusinesses: false });
      expect(res.body.items.every((i: any) => i.tenant.id === demoId)).toBe(true);
      const bugs = await db.prisma.feedback.count({ where: { tenantId: demoId, category: 'BUG' } });
      expect(res.body.summary.byCategory.bug).toBe(bugs);
      expect(res.body.summary.bySeverity.critical).toBeGreaterThanOrEqual(1);
      await get(staff, '/api/feedback').expect(403);
      await get(owner, `/api/feedback?tenantId=${oranId}`).expect(403);
      const oranList = await get(oran, '/api/feedback').expect(200);
      expect(oranList.body.items.some((i: any) => i.tenant.id === demoId)).toBe(false);
    });

    it('filters by category, dates and pages', async () => {
      const bugs = await get(owner, '/api/feedback?category=bug').expect(200);
      expect(bugs.body.items.length).toBeGreaterThan(0);
      expect(bugs.body.items.every((i: any) => i.category === 'bug')).toBe(true);
      const today = TEST_NOW.toISOString().slice(0, 10);
      const recent = await get(owner, `/api/feedback?from=${today}&pageSize=200`).expect(200);
      const since = new Date(`${today}T00:00:00+01:00`);
      expect(recent.body.total).toBe(await db.prisma.feedback.count({ where: { tenantId: demoId, createdAt: { gte: since } } }));
      const paged = await get(owner, '/api/feedback?pageSize=2&page=2').expect(200);
      expect(paged.body.items).toHaveLength(2);
      expect(paged.body.totalPages).toBe(Math.ceil(paged.body.total / 2));
      const backwards = await get(owner, '/api/feedback?from=2026-03-10&to=2026-03-01').expect(400);
      expect(backwards.body.details[0].field).toBe('to');
      await get(owner, '/api/feedback?category=rant').expect(400);
    });

    it('shows platform support every business, or one, although they have no business themselves', async () => {
      await post(oran, { message: 'Ce serait bien d’avoir la facturation' }).expect(201);
      const all = await get(support, '/api/feedback?pageSize=200').expect(200);
      expect(all.body.scope).toEqual({ tenantId: null, allBusinesses: true });
      expect(all.body.total).toBe(await db.prisma.feedback.count());
      const tenants = new Set(all.body.items.map((i: any) => i.tenant.id));
      expect(tenants).toEqual(new Set([demoId, oranId]));
      const one = await get(support, `/api/feedback?tenantId=${oranId}`).expect(200);
      expect(one.body.items.every((i: any) => i.tenant.id === oranId)).toBe(true);
    });
  });

  describe('GET /api/feedback/export', () => {
    it('exports an Excel-ready CSV: BOM, CRLF, quotes, commas, line breaks and Arabic kept intact', async () => {
      const tricky = 'Il a dit "impossible", puis:\nligne 2, avec virgule — خطأ في الحساب';
      const formula = '=HYPERLINK("http://evil")';
      const a = await post(owner, { message: tricky, category: 'bug' }).expect(201);
      const b = await post(owner, { message: formula, category: 'comment' }).expect(201);
      const res = await get(owner, '/api/feedback/export?format=csv')
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="feedback-\d{4}-\d{2}-\d{2}\.csv"/);
      const bytes: Buffer = res.body;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = bytes.toString('utf8').slice(1);
      expect(
        csv.startsWith(
          'id,created_at,business,user_email,category,category_inferred,severity,rating,message,conversation_id,message_id,notified_at\r\n',
        ),
      ).toBe(true);
      expect(csv).toContain(`${a.body.id},`);
      expect(csv).toContain('"Il a dit ""impossible"", puis:\nligne 2, avec virgule — خطأ في الحساب"');
      expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
      expect(csv).toContain(b.body.id);
      const records = parseCsv(csv);
      expect(records[0]).toHaveLength(12);
      const row = records.find((r) => r[0] === a.body.id)!;
      expect(row[8]).toBe(tricky);
      expect(row[3]).toBe('owner@demo.dz');
      expect(records.length - 1).toBe(await db.prisma.feedback.count({ where: { tenantId: demoId } }));
    });

    it('exports JSON too, scoped like the list; staff are refused', async () => {
      const res = await get(owner, '/api/feedback/export?format=json&category=suggestion')
        .buffer(true)
        .parse((r, cb) => {
          let s = '';
          r.on('data', (c: Buffer) => (s += c.toString('utf8')));
          r.on('end', () => cb(null, JSON.parse(s)));
        })
        .expect(200);
      expect(res.headers['content-disposition']).toMatch(/\.json"/);
      expect(res.body.count).toBe(await db.prisma.feedback.count({ where: { tenantId: demoId, category: 'SUGGESTION' } }));
      expect(res.body.items.every((i: any) => i.category === 'suggestion' && i.tenant.id === demoId)).toBe(true);
      await get(staff, '/api/feedback/export').expect(403);
      const supportCsv = await get(support, `/api/feedback/export?tenantId=${oranId}`).expect(200);
      expect(supportCsv.text).not.toContain(demoId);
      await get(owner, '/api/feedback/export?format=xml').expect(400);
    });
  });
});

describe('feedback: critical bug email over SMTP', () => {
  let db: TestDatabase;
  let t: TestApp;
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  let owner: string;

  beforeAll(async () => {
    mail = await startMailServer();
    db = await createTestDatabase({ template: 'seeded' });
    t = await createTestApp(db.url, { SMTP_URL: mail.url, ALERT_EMAIL_TO: 'alerts@tajer.dz' });
    owner = await t.login('owner@demo.dz');
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
    await mail?.close();
  });

  it('emails a critical bug to ALERT_EMAIL_TO (and nothing for a normal one), then marks it notified', async () => {
    const normal = await t
      .http()
      .post('/api/feedback')
      .set('Authorization', `Bearer ${owner}`)
      .send({ message: "Le graphique ne s'affiche pas bien" })
      .expect(201);
    expect(normal.body).toMatchObject({ category: 'bug', severity: 'normal', notification: 'not_needed' });
    const critical = await t
      .http()
      .post('/api/feedback')
      .set('Authorization', `Bearer ${owner}`)
      .send({ message: 'Ça plante au paiement et la vente a disparu', rating: 1 })
      .expect(201);
    expect(critical.body).toMatchObject({ category: 'bug', severity: 'critical', notification: 'queued' });

    await mail.mailTo('alerts@tajer.dz');
    await t.app.get(AlertMailer).idle();
    // Mails go out one by one in submission order, so had the normal bug been mailed it would be here first.
    expect(mail.received).toHaveLength(1);
    const [alert] = mail.received;
    expect(alert.to).toEqual(['alerts@tajer.dz']);
    expect(alert.subject).toContain('Bug critique');
    expect(alert.subject).toContain('Supérette El Baraka');
    expect(alert.body).toContain('Ça plante au paiement et la vente a disparu');
    expect(alert.body).toContain(critical.body.id);
    expect(alert.body).toContain('owner@demo.dz');
    expect((await db.prisma.feedback.findUniqueOrThrow({ where: { id: critical.body.id } })).notifiedAt).toBeInstanceOf(Date);
    expect((await db.prisma.feedback.findUniqueOrThrow({ where: { id: normal.body.id } })).notifiedAt).toBeNull();
  });
});

describe('feedback: an unreachable SMTP server never fails the request', () => {
  let db: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase({ template: 'seeded' });
    // Port 1 on localhost refuses connections.
    t = await createTestApp(db.url, { SMTP_URL: 'smtp://127.0.0.1:1', ALERT_EMAIL_TO: 'alerts@tajer.dz' });
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('answers 201, logs the failure and leaves the report un-notified', async () => {
    const token = await t.login('owner@demo.dz');
    const res = await t
      .http()
      .post('/api/feedback')
      .set('Authorization', `Bearer ${token}`)
      .send({ message: "I can't log in, crash on start" })
      .expect(201);
    expect(res.body).toMatchObject({ severity: 'critical', notification: 'queued' });
    await t.app.get(AlertMailer).idle();
    expect((await db.prisma.feedback.findUniqueOrThrow({ where: { id: res.body.id } })).notifiedAt).toBeNull();
  });
});

/** Minimal RFC 4180 reader (quotes, doubled quotes, CRLF) to check the export round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(cell), (cell = ''));
    else if (ch === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += ch;
  }
  return rows;
}
