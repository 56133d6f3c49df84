import sharp from 'sharp';
import { pdfStandardText } from '../market/pdf-extract';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';
import { bearer, signUp } from './helpers';

const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('accounts: business profile, onboarding and first-run answers (real PostgreSQL, offline model)', () => {
  let db: TestDatabase;
  let t: TestApp;

  const app = seededApp();
  beforeAll(() => ({ t, db } = app));

  describe('business profile', () => {
    it('the OWNER fills it in (validated), STAFF reads it, API keys and STAFF cannot change it', async () => {
      const shop = await signUp(t, { wilaya: 'Oran' });
      const get = await t.http().get('/api/business').set(bearer(shop.accessToken)).expect(200);
      expect(get.body).toMatchObject({
        name: shop.tenant.name,
        wilaya: 'Oran',
        wilayaLabel: { code: 31, ar: 'وهران' },
        address: null,
        vatRates: [],
        logoUrl: null,
      });
      const bad = await t
        .http()
        .patch('/api/business')
        .set(bearer(shop.accessToken))
        .send({ nif: '12ab', vatRates: [7], wilaya: '99', rc: '!' })
        .expect(400);
      expect(bad.body.details.map((d: any) => d.field.split('.')[0]).sort()).toEqual(['nif', 'rc', 'vatRates', 'wilaya']);
      const ok = await t
        .http()
        .patch('/api/business')
        .set(bearer(shop.accessToken))
        .send({
          address: "12 rue Larbi Ben M'hidi, Oran",
          phone: '0550 12 34 56',
          nif: '0001 3101 2345 678',
          rc: '31/00-1234567 B 21',
          articleNumber: '31012345678',
          vatRates: [9, 19, 19],
        })
        .expect(200);
      expect(ok.body).toMatchObject({ nif: '000131012345678', vatRates: [19, 9], phone: '0550 12 34 56' });
      const cleared = await t.http().patch('/api/business').set(bearer(shop.accessToken)).send({ articleNumber: '' }).expect(200);
      expect(cleared.body.articleNumber).toBeNull();
      const staff = await t.login('staff@demo.dz');
      await t.http().get('/api/business').set(bearer(staff)).expect(200);
      await t.http().patch('/api/business').set(bearer(staff)).send({ name: 'Pwned' }).expect(403);
    });

    it('takes a logo through the upload rules (415 for a non-image), serves it, and prints the letterhead on the PDF report', async () => {
      const owner = await t.login('owner@demo.dz');
      await t.http().put('/api/business/logo').set(bearer(owner)).attach('file', Buffer.from('not an image'), 'logo.png').expect(415);
      const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#0f766e' } })
        .png()
        .toBuffer();
      const up = await t.http().put('/api/business/logo').set(bearer(owner)).attach('file', png, 'logo.png').expect(200);
      expect(up.body.logoUrl).toMatch(/^\/api\/attachments\//);
      const logo = await t
        .http()
        .get(up.body.logoUrl)
        .set(bearer(owner))
        .buffer(true)
        .parse(binary as never)
        .expect(200);
      const meta = await sharp(logo.body as Buffer).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 512, 341]);
      await t
        .http()
        .patch('/api/business')
        .set(bearer(owner))
        .send({ address: '5 rue Didouche Mourad, Alger', phone: '021 63 12 12', nif: '000116012345678', rc: '16/00-7654321 B 19' })
        .expect(200);

      const report = await t.http().post('/api/market/report').set(bearer(owner)).send({ language: 'fr' }).expect(201);
      const pdf = await t
        .http()
        .get(report.body.pdfUrl)
        .set(bearer(owner))
        .buffer(true)
        .parse(binary as never)
        .expect(200);
      const text = pdfStandardText(pdf.body as Buffer).join('\n');
      expect(text).toContain('5 rue Didouche Mourad, Alger');
      expect(text).toContain('NIF 000116012345678');
      expect(text).toContain('RC 16/00-7654321 B 19');
      expect((pdf.body as Buffer).toString('latin1')).toMatch(/\/Subtype \/Image/);
    });

    it('signs marketing texts with the address and phone', async () => {
      const owner = await t.login('owner@demo.dz');
      await t
        .http()
        .patch('/api/business')
        .set(bearer(owner))
        .send({ address: '5 rue Didouche Mourad, Alger', phone: '021 63 12 12' })
        .expect(200);
      const fb = await t
        .http()
        .post('/api/content/generate')
        .set(bearer(owner))
        .send({ channel: 'facebook', topic: 'promo café', language: 'fr' })
        .expect(201);
      expect(fb.body.text).toContain('📍 5 rue Didouche Mourad, Alger · 📞 021 63 12 12');
      const mail = await t
        .http()
        .post('/api/content/generate')
        .set(bearer(owner))
        .send({ channel: 'email', topic: 'promo café', language: 'ar' })
        .expect(201);
      expect(mail.body.text).toContain('📞 021 63 12 12');
    });
  });

  describe('onboarding and first run', () => {
    it('a new shop gets a checklist that ticks itself from real data', async () => {
      const shop = await signUp(t);
      const get = () => t.http().get('/api/onboarding').set(bearer(shop.accessToken)).expect(200);
      const first = (await get()).body;
      expect(first).toMatchObject({ completed: 0, total: 4, complete: false, firstRun: true, hasSales: false });
      expect(first.steps.map((s: any) => s.id)).toEqual(['profile', 'catalogue', 'firstSale', 'team']);
      expect(first.message.fr).toBe('Pas encore de ventes : importez votre catalogue ou dites-moi ce que vous avez vendu.');

      await t
        .http()
        .patch('/api/business')
        .set(bearer(shop.accessToken))
        .send({ address: 'Cité 500 logements, Blida', phone: '0660 00 11 22' })
        .expect(200);
      const product = await db.prisma.product.create({
        data: { tenantId: shop.tenant.id, sku: 'SUC-1', nameFr: 'Sucre 1kg', category: 'épicerie', price: 120, cost: 95, stock: 10 },
      });
      await t
        .http()
        .post('/api/users/invitations')
        .set(bearer(shop.accessToken))
        .send({ email: `colleague-${shop.user.id}@example.dz` })
        .expect(201);
      const soldAt = new Date('2026-11-18T09:00:00Z');
      await db.prisma.sale.create({
        data: {
          tenantId: shop.tenant.id,
          soldAt,
          total: 360,
          cost: 285,
          lines: { create: [{ tenantId: shop.tenant.id, productId: product.id, quantity: 3, unitPrice: 120, unitCost: 95, soldAt }] },
        },
      });
      const done = (await get()).body;
      expect(done).toMatchObject({ completed: 4, complete: true, firstRun: false, hasSales: true, message: null });
      expect(done.steps.every((s: any) => s.done)).toBe(true);
      // The demo's checklist is its own.
      const demo = (
        await t
          .http()
          .get('/api/onboarding')
          .set(bearer(await t.login('owner@demo.dz')))
          .expect(200)
      ).body;
      expect(demo.counts.products).toBeGreaterThan(50);
    });

    it('REST views of a shop without sales say what to do instead of zeros', async () => {
      const shop = await signUp(t, { language: 'ar' });
      const get = (url: string) => t.http().get(url).set(bearer(shop.accessToken)).expect(200);
      const stats = (await get('/api/dashboard/stats?period=today')).body;
      expect(stats.hasSales).toBe(false);
      expect(stats.summary.fr).toBe('Pas encore de ventes : importez votre catalogue ou dites-moi ce que vous avez vendu.');
      expect(stats.summary.fr).not.toMatch(/0 DA/);
      const insights = (await get('/api/dashboard/insights')).body;
      expect(insights).toMatchObject({
        count: 0,
        hasSales: false,
        message: { en: 'No sales yet: import your catalogue or tell me what you sold.' },
      });
      const alerts = (await get('/api/dashboard/alerts')).body;
      expect(alerts).toMatchObject({ hasSales: false, message: { ar: 'لا توجد مبيعات بعد: استورد قائمة منتجاتك أو أخبرني بما بعته.' } });
      const trends = (await get('/api/market/trends')).body;
      expect(trends.hasSales).toBe(false);
      expect(trends.summary.fr).toMatch(/^Pas encore de ventes/);
      const report = await t.http().post('/api/market/report').set(bearer(shop.accessToken)).send({ language: 'fr' }).expect(201);
      expect(report.body.sections[0].paragraphs).toEqual([
        'Pas encore de ventes : importez votre catalogue ou dites-moi ce que vous avez vendu.',
      ]);
      expect(report.body.sections.flatMap((s: any) => s.figures)).toEqual([]);
      await t.http().get(`${report.body.pdfUrl}`).set(bearer(shop.accessToken)).expect(200);
    });

    it.each([
      ["Combien j'ai vendu ce mois ?", 'Pas encore de ventes : importez votre catalogue ou dites-moi ce que vous avez vendu.'],
      ['How much did I sell this month?', 'No sales yet: import your catalogue or tell me what you sold.'],
      ['شحال بعت هاد الشهر؟', 'لا توجد مبيعات بعد: استورد قائمة منتجاتك أو أخبرني بما بعته.'],
    ])('the assistant (REST) answers "%s" for a new shop with the first-run sentence', async (message, expected) => {
      const shop = await signUp(t);
      const res = await t.http().post('/api/ai/chat').set(bearer(shop.accessToken)).send({ message }).expect(200);
      expect(res.body.status).toBe('completed');
      expect(res.body.answer).toContain(expected);
      expect(res.body.answer).not.toMatch(/\b0 DA\b/);
    });

    it("the assistant over the socket answers a new shop's alerts and insights questions in its language", async () => {
      const shop = await signUp(t);
      const c = new ChatClient(baseUrlOf(t.app), shop.accessToken);
      await c.connected();
      try {
        const ack = await c.emit('message:send', { clientMessageId: 'first-run-1', text: 'Quelles sont mes alertes ?' });
        expect(ack.ok).toBe(true);
        const done = await c.completed();
        expect(done.message.text).toContain('Pas encore de ventes');
        const ack2 = await c.emit('message:send', { clientMessageId: 'first-run-2', text: 'Give me insights on my business' });
        const done2 = (await c.waitFor((e) => e.type === 'message.completed' && e.conversationId === ack2.conversationId)) as any;
        expect(done2.message.text).toContain('No sales yet');
      } finally {
        c.close();
      }
    });
  });
});
