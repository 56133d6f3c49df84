import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postPrice } from '../../src/marketing/content/money-format';
import { isGsm7, smsLength } from '../../src/marketing/content/sms-encoding';
import { createTestApp, TestApp } from '../helpers/test-app';
import { demoShopApp, type DemoShop } from '../helpers/seeded-app';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { TEST_NOW } from '../setup/test-clock';

const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const EMOJI = /\p{Extended_Pictographic}/u;

describe('marketing: content generation (real products and prices)', () => {
  let { t, db, owner, staff, oran, demoId } = {} as DemoShop;
  const shop = demoShopApp();
  beforeAll(() => ({ t, db, owner, staff, oran, demoId } = shop));

  const generate = (token: string, body: object) =>
    t.http().post('/api/content/generate').set('Authorization', `Bearer ${token}`).send(body);

  /** Every featured product exists in the shop's catalogue with that name and price, and the text quotes it. */
  async function expectRealProducts(res: { body: any }, language: 'fr' | 'ar' | 'en', inText = true) {
    expect(res.body.products.length).toBeGreaterThan(0);
    for (const p of res.body.products) {
      const row = await db.prisma.product.findFirstOrThrow({ where: { id: p.id, tenantId: demoId } });
      expect(p.name).toBe(language === 'ar' ? row.nameAr : language === 'en' ? row.nameEn : row.nameFr);
      expect(p.price).toBe(Number(row.price));
      expect(p.priceFormatted).toBe(postPrice(Number(row.price), language));
      expect(row.stock).toBeGreaterThan(0);
    }
    if (inText) expect(res.body.text).toContain(res.body.products[0].name);
  }

  it('writes a French Facebook post for "promo ramadan" from the Ramadan shopping list, and stores it', async () => {
    const res = await generate(owner, { channel: 'facebook', topic: 'promo ramadan' }).expect(201);
    expect(res.body).toMatchObject({
      channel: 'facebook',
      language: 'fr',
      occasion: 'ramadan',
      tone: 'festive',
      generator: 'offline',
      currency: 'DZD',
    });
    expect(res.body.selection.reason).toBe('occasion');
    await expectRealProducts(res, 'fr');
    const names = res.body.products.map((p: any) => p.name).join(' | ');
    expect(names).toMatch(/Dattes/);
    expect(names).toMatch(/Semoule/);
    for (const p of res.body.products) expect(res.body.text).toContain(`${p.name} : ${p.priceFormatted}`);
    expect(res.body.text).toMatch(EMOJI);
    expect(res.body.text).toContain('#');
    const stored = await db.prisma.contentPiece.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(stored).toMatchObject({
      tenantId: demoId,
      channel: 'facebook',
      language: 'fr',
      topic: 'promo ramadan',
      text: res.body.text,
      generator: 'offline',
    });
    expect(stored.hashtags).toEqual(res.body.hashtags);
  });

  it('keeps a French SMS within one GSM-7 message (160), without emoji, quoting real prices', async () => {
    const res = await generate(staff, { channel: 'sms', topic: 'promo ramadan', language: 'fr' }).expect(201);
    expect(isGsm7(res.body.text)).toBe(true);
    expect(smsLength(res.body.text)).toBeLessThanOrEqual(160);
    expect(res.body.length.sms).toEqual({ encoding: 'GSM-7', units: smsLength(res.body.text), limit: 160 });
    expect(res.body.text).not.toMatch(EMOJI);
    expect(res.body.text).toContain(res.body.products[0].priceFormatted);
  });

  it('writes a French WhatsApp message in proper French (« Aïd », « gâteaux »), while its SMS stays GSM-7', async () => {
    for (let i = 0; i < 3; i++) {
      const wa = await generate(owner, { channel: 'whatsapp', topic: `promo de l'Aïd ${i}`, language: 'fr' }).expect(201);
      expect(wa.body.text).not.toMatch(/\b(?:Aid|Special|gateaux)\b/);
      const sms = await generate(owner, { channel: 'sms', topic: `promo de l'Aïd ${i}`, language: 'fr' }).expect(201);
      expect(isGsm7(sms.body.text)).toBe(true);
    }
  });

  it('keeps an Arabic SMS within 70 UCS-2 characters, in Arabic, with the price in دج', async () => {
    const res = await generate(owner, { channel: 'sms', topic: 'عروض رمضان' }).expect(201);
    expect(res.body.language).toBe('ar');
    expect(res.body.text.length).toBeLessThanOrEqual(70);
    expect(res.body.length.sms).toMatchObject({ encoding: 'UCS-2', limit: 70 });
    expect(res.body.text).not.toMatch(EMOJI);
    expect(res.body.text).toMatch(/\d دج/);
    await expectRealProducts(res, 'ar', false);
  });

  it('writes Arabic posts in Arabic with Arabic product names and the wilaya in Arabic', async () => {
    const res = await generate(owner, { channel: 'facebook', topic: 'promo huile et sucre', language: 'ar' }).expect(201);
    await expectRealProducts(res, 'ar');
    const arabic = (res.body.text.match(ARABIC_LETTER) ?? []).length;
    const latin = (res.body.text.match(LATIN_LETTER) ?? []).length;
    expect(arabic).toBeGreaterThan(latin * 2);
    expect(res.body.text).toContain('الجزائر');
    expect(res.body.text).not.toMatch(/promo huile/i);
    expect(res.body.products.map((p: any) => p.name).join(' ')).toMatch(/زيت/);
  });

  it('puts more hashtags on Instagram than on Facebook', async () => {
    const [fb, ig] = await Promise.all([
      generate(owner, { channel: 'facebook', topic: 'rentrée scolaire' }).expect(201),
      generate(owner, { channel: 'instagram', topic: 'rentrée scolaire' }).expect(201),
    ]);
    expect(ig.body.hashtags.length).toBeGreaterThan(fb.body.hashtags.length);
    expect(ig.body.hashtags.length).toBeGreaterThanOrEqual(8);
    for (const tag of ig.body.hashtags) expect(ig.body.text).toContain(tag);
    expect(ig.body.hashtags).toContain('#RentreeScolaire');
    await expectRealProducts(ig, 'fr');
  });

  it('writes an English email with a subject and DZD 1,234-style prices, and a short WhatsApp message with a call to action', async () => {
    const email = await generate(owner, { channel: 'email', topic: 'summer deals', tone: 'friendly' }).expect(201);
    expect(email.body).toMatchObject({ language: 'en', occasion: 'ete', tone: 'friendly' });
    expect(email.body.subject).toBeTruthy();
    expect(email.body.text).toMatch(/DZD \d/);
    await expectRealProducts(email, 'en');
    const wa = await generate(owner, { channel: 'whatsapp', topic: 'promo lait', language: 'fr' }).expect(201);
    expect(wa.body.text).toMatch(/Répondez|Envoyez-nous/);
    expect(wa.body.text).toMatch(EMOJI);
    expect(wa.body.text.split('\n').length).toBeLessThanOrEqual(7);
    expect(wa.body.products.every((p: any) => /lait|lben/i.test(p.name))).toBe(true);
  });

  it('uses a running campaign matching the topic: its discount and end date appear, and the text is linked to it', async () => {
    const now = TEST_NOW.getTime();
    const campaign = await t
      .http()
      .post('/api/campaigns')
      .set('Authorization', `Bearer ${owner}`)
      .send({
        name: 'Spécial huile -10 %',
        channel: 'facebook',
        status: 'active',
        startsAt: new Date(now - 86_400_000).toISOString(),
        endsAt: new Date(now + 10 * 86_400_000).toISOString(),
        budget: 5000,
      })
      .expect(201);
    const res = await generate(owner, { channel: 'facebook', topic: 'promo huile' }).expect(201);
    expect(res.body.campaign).toMatchObject({ id: campaign.body.id, name: 'Spécial huile -10 %' });
    expect(res.body.discountPercent).toBe(10);
    for (const p of res.body.products) {
      expect(p.promoPrice).toBeLessThanOrEqual(p.price * 0.9);
      expect(res.body.text).toContain(`${p.promoPriceFormatted} au lieu de ${p.priceFormatted}`);
    }
    expect(res.body.text).toMatch(/jusqu'au \d+/i);
    expect((await db.prisma.contentPiece.findUniqueOrThrow({ where: { id: res.body.id } })).campaignId).toBe(campaign.body.id);
  });

  it('features exactly the requested products, and refuses another business’s product with 404', async () => {
    const mine = await db.prisma.product.findMany({ where: { tenantId: demoId, stock: { gt: 0 } }, take: 2, orderBy: { sku: 'asc' } });
    const res = await generate(owner, { channel: 'facebook', topic: 'nos prix', productIds: mine.map((p) => p.id) }).expect(201);
    expect(res.body.products.map((p: any) => p.id)).toEqual(mine.map((p) => p.id));
    expect(res.body.selection.reason).toBe('requested');
    const theirs = await db.prisma.product.findFirstOrThrow({ where: { tenant: { slug: 'alimentation-generale-oran' } } });
    const refused = await generate(owner, { channel: 'facebook', topic: 'nos prix', productIds: [theirs.id] }).expect(404);
    expect(refused.body.code).toBe('NOT_FOUND');
  });

  it('names bad fields, refuses unknown ones and anonymous callers', async () => {
    const bad = await generate(owner, { channel: 'telegram', topic: 'x' }).expect(400);
    const fields = bad.body.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['channel', 'topic']));
    const extra = await generate(owner, { channel: 'sms', topic: 'promo', price: 1 }).expect(400);
    expect(JSON.stringify(extra.body.details)).toContain('price');
    await t.http().post('/api/content/generate').send({ channel: 'sms', topic: 'promo ramadan' }).expect(401);
  });

  it('lists generated texts newest first, emails with their subject, only for the caller’s business', async () => {
    const list = await t.http().get('/api/content?pageSize=50').set('Authorization', `Bearer ${owner}`).expect(200);
    const generated = await db.prisma.contentPiece.count({ where: { tenantId: demoId } });
    expect(list.body.total).toBe(generated);
    const email = list.body.items.find((i: any) => i.channel === 'email' && i.generator === 'offline' && i.topic === 'summer deals');
    expect(email.subject).toBeTruthy();
    expect(email.text).not.toMatch(/^Subject:/);
    const sms = await t.http().get('/api/content?channel=sms').set('Authorization', `Bearer ${owner}`).expect(200);
    expect(sms.body.items.every((i: any) => i.channel === 'sms')).toBe(true);
    const theirs = await t.http().get('/api/content?pageSize=100').set('Authorization', `Bearer ${oran}`).expect(200);
    const ids = new Set(list.body.items.map((i: any) => i.id));
    expect(theirs.body.items.some((i: any) => ids.has(i.id))).toBe(false);
  });
});

describe('marketing: content improved by an OpenAI-compatible model', () => {
  let db: TestDatabase;
  let t: TestApp;
  let server: Server;
  let owner: string;
  let mode: 'keep-prices' | 'drop-prices' | 'fail' = 'keep-prices';
  const requests: any[] = [];

  beforeAll(async () => {
    // A local OpenAI-compatible endpoint: it "improves" the draft by adding a line, or misbehaves on demand.
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const payload = JSON.parse(body);
        requests.push(payload);
        if (mode === 'fail') {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'boom' } }));
          return;
        }
        const draft: string = payload.messages.at(-1).content;
        const content = mode === 'keep-prices' ? `Chers voisins,\n${draft}` : 'Des prix imbattables sur tout !';
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: 'chatcmpl-1',
            object: 'chat.completion',
            created: Math.floor(Date.now() / 1000),
            model: payload.model,
            choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
            usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
          }),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    db = await createTestDatabase({ template: 'seeded' });
    t = await createTestApp(db.url, {
      LLM_PROVIDER: 'openai',
      OPENAI_API_BASE: `http://127.0.0.1:${port}/v1`,
      OPENAI_API_KEY: 'test',
      OPENAI_MODEL: 'test-model',
    });
    owner = await t.login('owner@demo.dz');
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
    await new Promise((r) => server?.close(r));
  });

  const generate = () =>
    t.http().post('/api/content/generate').set('Authorization', `Bearer ${owner}`).send({ channel: 'facebook', topic: 'promo ramadan' });

  it('uses the model’s text when it keeps every real price', async () => {
    mode = 'keep-prices';
    const res = await generate().expect(201);
    expect(res.body.generator).toBe('openai:test-model');
    expect(res.body.text.startsWith('Chers voisins,\n')).toBe(true);
    expect(requests.at(-1).model).toBe('test-model');
    expect(requests.at(-1).messages[0].content).toMatch(/never add a product, price/);
  });

  it('falls back to the offline text when the model drops prices or fails', async () => {
    mode = 'drop-prices';
    const dropped = await generate().expect(201);
    expect(dropped.body.generator).toBe('offline');
    expect(dropped.body.text).toContain(dropped.body.products[0].priceFormatted);
    mode = 'fail';
    const failed = await generate().expect(201);
    expect(failed.body.generator).toBe('offline');
    expect(failed.body.text).toBe(dropped.body.text);
  });
});
