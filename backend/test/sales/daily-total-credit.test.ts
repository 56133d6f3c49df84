/**
 * The notebook ways of a shop without a till, against a real PostgreSQL: a day's takings declared without lines
 * (in revenue, never in margin, not counted twice with the day's itemised sales), and « le carnet » — credit sales,
 * payments, advances, who owes what since when, and the old-credit alert.
 */
import { randomUUID } from 'node:crypto';
import { toPlain } from '@tajer/contract';
import { localDayRange } from '../../src/common/time/local-time';
import { createFreshTenant, FreshTenant } from '../helpers/fresh-tenant';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';
import { TEST_NOW } from '../setup/test-clock';

const DAY = 86_400_000;

describe('Daily totals and customer credit (real PostgreSQL)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let shop: FreshTenant;
  let owner: string;
  let staff: string;
  let demoOwner: string;
  let productId: string;

  const app = seededApp();
  beforeAll(async () => {
    ({ t, db } = app);
    shop = await createFreshTenant(db.prisma, 'Alimentation du Carnet');
    [owner, staff, demoOwner] = await Promise.all([t.login(shop.ownerEmail), t.login(shop.staffEmail), t.login('owner@demo.dz')]);
    const p = await db.prisma.product.create({
      data: { tenantId: shop.tenantId, sku: 'LAI-1', nameFr: 'Lait 1L', category: 'frais', price: 100, cost: 80, stock: 500 },
    });
    productId = p.id;
  });

  const post = (path: string, token: string, body: unknown, key?: string) => {
    const req = t.http().post(path).set('Authorization', `Bearer ${token}`);
    return (key ? req.set('Idempotency-Key', key) : req).send(body as object);
  };
  const get = (path: string, token: string) => t.http().get(path).set('Authorization', `Bearer ${token}`);
  const sell = (quantity: number, extra: object = {}, token = owner) =>
    post('/api/sales', token, { lines: [{ productId, quantity }], ...extra }, randomUUID());
  const today = () => localDayRange(TEST_NOW, TEST_NOW).from;

  describe('POST /api/sales/daily-total', () => {
    it('counts the declared takings in revenue, not in margin, and never twice with the itemised sales', async () => {
      await sell(120).expect(201); // 12 000 DA of itemised sales today, margin 2 400
      const res = await post('/api/sales/daily-total', staff, { amount: 45000 }).expect(200);
      expect(res.body.replaced).toBe(false);
      expect(res.body.alreadyRecorded).toBe(12000);
      expect(res.body.sale).toMatchObject({
        kind: 'daily_total',
        day: today(),
        declaredTotal: 45000,
        total: 33000,
        uncostedTotal: 33000,
        cost: null,
        margin: null,
        lines: [],
      });
      expect(toPlain(res.body.sale.summary.fr)).toContain('45 000 DA');

      const s = (await get('/api/dashboard/stats?period=today', owner).expect(200)).body;
      const rows = await db.prisma.sale.findMany({
        where: { tenantId: shop.tenantId, soldAt: { gte: new Date(s.range.start), lt: new Date(s.range.end) } },
      });
      const revenue = rows.reduce((x, r) => x + Number(r.total), 0);
      const uncosted = rows.reduce((x, r) => x + Number(r.uncostedTotal), 0);
      const cost = rows.reduce((x, r) => x + Number(r.cost), 0);
      expect(revenue).toBe(45000);
      expect(s.revenue.value).toBe(revenue);
      expect(s.revenueWithoutMargin).toMatchObject({ value: uncosted, dailyTotals: 33000 });
      expect(s.grossMargin.value).toBe(revenue - uncosted - cost);
      expect(s.grossMargin.value).toBe(2400);
      expect(s.grossMarginRate.value).toBe(20);
      expect(s.salesCount.value).toBe(1);
      expect(s.averageBasket.value).toBe(12000);
      expect(s.summary.fr).toContain('sans détail ni coût connu, hors marge');
    });

    it('keeps the declaration the whole day: a later sale of that day lowers the part without detail', async () => {
      await sell(30).expect(201); // +3 000 DA itemised
      const day = await db.prisma.sale.findFirstOrThrow({ where: { tenantId: shop.tenantId, idempotencyKey: `daily:${today()}` } });
      expect(Number(day.total)).toBe(30000);
      const s = (await get('/api/dashboard/stats?period=today', owner).expect(200)).body;
      expect(s.revenue.value).toBe(45000);
    });

    it('replaces the day on a new declaration (a retry changes nothing), warns below the itemised sales, and refuses the future', async () => {
      const again = await post('/api/sales/daily-total', owner, { amount: 50000 }).expect(200);
      expect(again.body).toMatchObject({ replaced: true, sale: { declaredTotal: 50000, total: 35000 } });
      const retry = await post('/api/sales/daily-total', owner, { amount: 50000 }).expect(200);
      expect(retry.body.sale.id).toBe(again.body.sale.id);
      expect(await db.prisma.sale.count({ where: { tenantId: shop.tenantId, kind: 'DAILY_TOTAL' } })).toBe(1);
      const low = await post('/api/sales/daily-total', owner, { amount: 10000 }).expect(200);
      expect(low.body.sale.total).toBe(0);
      expect(low.body.warnings[0].fr).toContain("rien n'est ajouté");
      await post('/api/sales/daily-total', owner, { amount: 45000 }).expect(200);

      const yesterday = localDayRange(new Date(TEST_NOW.getTime() - DAY), new Date(TEST_NOW.getTime() - DAY)).from;
      const past = await post('/api/sales/daily-total', owner, { amount: 38000, date: yesterday }).expect(200);
      expect(past.body.sale).toMatchObject({ day: yesterday, total: 38000 });
      const tomorrow = localDayRange(new Date(TEST_NOW.getTime() + DAY), new Date(TEST_NOW.getTime() + DAY)).from;
      expect((await post('/api/sales/daily-total', owner, { amount: 1, date: tomorrow }).expect(400)).body.details[0].field).toBe('date');
      expect((await post('/api/sales/daily-total', owner, { amount: -5 }).expect(400)).body.details[0].field).toBe('amount');
      expect((await post('/api/sales/daily-total', owner, { amount: 5, date: '2026-02-30' }).expect(400)).body.details[0].field).toBe(
        'date',
      );
    });
  });

  describe('a product sold without its purchase cost', () => {
    // A new shop adds « Sucre 1kg à 130 DA » without its cost and sells 3: its figures said « Marge brute : 0 DA, soit
    // 0 % du chiffre d'affaires » and a net result of minus the expenses — wrong numbers, said with confidence.
    it('leaves the margin and the net result unknown in the figures, the paragraph and the assistant answer', async () => {
      const fresh = await createFreshTenant(db.prisma, 'Épicerie Sans Coût');
      const token = await t.login(fresh.ownerEmail);
      const sugar = await db.prisma.product.create({
        data: { tenantId: fresh.tenantId, sku: 'SUC-1', nameFr: 'Sucre 1kg', category: 'épicerie', price: 130, cost: null, stock: 50 },
      });
      await post('/api/sales', token, { lines: [{ productId: sugar.id, quantity: 3 }] }, randomUUID()).expect(201);
      const s = (await get('/api/dashboard/stats?period=today', token).expect(200)).body;
      expect(s.revenue.value).toBe(390);
      expect(s.revenueWithoutMargin.value).toBe(390);
      expect(s.summary.fr).toContain("marge brute inconnue (aucun coût d'achat connu)");
      expect(s.summary.fr).toContain('résultat net inconnu');
      expect(s.summary.en).toContain('gross margin unknown');
      const chat = await post('/api/ai/chat', token, { message: "combien j'ai vendu aujourd'hui ?" }).expect(200);
      expect(chat.body.toolCalls.map((c: { name: string }) => c.name)).toEqual(['dashboard_stats']);
      const answer = toPlain(chat.body.answer);
      expect(answer).toContain("Chiffre d'affaires : **390 DA**");
      expect(answer).toContain("Marge brute : inconnue — aucun coût d'achat n'est connu pour ces ventes");
      expect(answer).toContain('Résultat net : inconnu');
      // Its 47 bags left have no cost either: the stock's value is unknown, not « 0 DA au prix d'achat ».
      expect(s.stockValue).toMatchObject({ value: 0, uncostedProducts: 1 });
      expect(answer).toContain("Stock : valeur inconnue (1 produit en stock sans coût d'achat)");
    });
  });

  describe('customers and credit', () => {
    let ahmed: { id: string };
    let fatima: { id: string };

    it('creates customers (with what they already owed in the notebook) and lists them', async () => {
      ahmed = (
        await post('/api/customers', staff, {
          name: 'Ahmed Benali',
          phone: '0555 12 34 56',
          openingBalance: 1200,
          creditLimit: 5000,
        }).expect(201)
      ).body;
      expect(ahmed).toMatchObject({
        name: 'Ahmed Benali',
        balance: 1200,
        openingBalance: 1200,
        creditLimit: 5000,
        overLimit: false,
        wilaya: null,
      });
      fatima = (await post('/api/customers', owner, { name: 'Fatima Zohra', wilaya: 'Blida' }).expect(201)).body;
      const list = (await get('/api/customers?q=ahmed', owner).expect(200)).body;
      expect(list.items.map((c: any) => c.id)).toEqual([ahmed.id]);
      expect((await get('/api/customers?q=0555123456', owner).expect(200)).body.items[0].id).toBe(ahmed.id);
      const bad = await post('/api/customers', owner, { name: '', phone: 'abc', email: 'x' }).expect(400);
      expect(bad.body.details.map((d: any) => d.field)).toEqual(expect.arrayContaining(['name', 'phone', 'email']));
    });

    it('adds credit sales to the balance and lowers it with payments; an overpayment needs advance: true', async () => {
      await sell(20, { paymentMethod: 'credit', customerId: ahmed.id }).expect(201); // +2 000
      const c = (await get(`/api/customers/${ahmed.id}`, owner).expect(200)).body;
      expect(c.balance).toBe(3200);
      const key = randomUUID();
      const paid = await post(`/api/customers/${ahmed.id}/payments`, staff, { amount: 1000 }, key).expect(201);
      expect(paid.body).toMatchObject({ balanceBefore: 3200, balanceAfter: 2200, replayed: false });
      expect(toPlain(paid.body.summary.fr)).toBe('Ahmed Benali a payé 1 000 DA : il doit maintenant 2 200 DA.');
      const replay = await post(`/api/customers/${ahmed.id}/payments`, staff, { amount: 1000 }, key).expect(200);
      expect(replay.body.payment.id).toBe(paid.body.payment.id);
      expect((await post(`/api/customers/${ahmed.id}/payments`, staff, { amount: 999 }, key).expect(422)).body.code).toBe(
        'IDEMPOTENCY_KEY_REUSED',
      );

      const over = await post(`/api/customers/${ahmed.id}/payments`, owner, { amount: 3000 }).expect(422);
      expect(over.body.code).toBe('UNPROCESSABLE');
      expect(over.body.details).toMatchObject({ balance: 2200, amount: 3000, advance: 800 });
      expect((await get(`/api/customers/${ahmed.id}`, owner).expect(200)).body.balance).toBe(2200);

      const advance = await post(`/api/customers/${fatima.id}/payments`, owner, { amount: 500, advance: true }).expect(201);
      expect(advance.body.balanceAfter).toBe(-500);
      await sell(3, { paymentMethod: 'credit', customerId: fatima.id }).expect(201); // uses 300 of the advance
      expect((await get(`/api/customers/${fatima.id}`, owner).expect(200)).body.balance).toBe(-200);
      expect((await post(`/api/customers/${ahmed.id}/payments`, owner, { amount: 0 }).expect(400)).body.details[0].field).toBe('amount');
    });

    it('lowers the balance when a credit sale is refunded', async () => {
      const sale = (await sell(10, { paymentMethod: 'credit', customerId: ahmed.id }).expect(201)).body.sale;
      expect((await get(`/api/customers/${ahmed.id}`, owner).expect(200)).body.balance).toBe(3200);
      await post(`/api/sales/${sale.id}/refund`, owner, { lines: [{ lineId: sale.lines[0].id, quantity: 4 }] }, randomUUID()).expect(201);
      expect((await get(`/api/customers/${ahmed.id}`, owner).expect(200)).body.balance).toBe(2800);
    });

    it('says who owes what with the oldest unpaid purchase (first in, first paid), and alerts on old credit', async () => {
      // An old credit purchase from Karim, 45 days ago, never paid; Nadia's is 100 days old.
      const karim = (await post('/api/customers', owner, { name: 'Karim Haddad' }).expect(201)).body;
      const nadia = (await post('/api/customers', owner, { name: 'Nadia Cherif' }).expect(201)).body;
      await sell(15, {
        paymentMethod: 'credit',
        customerId: karim.id,
        soldAt: new Date(TEST_NOW.getTime() - 45 * DAY).toISOString(),
      }).expect(201);
      await sell(60, {
        paymentMethod: 'credit',
        customerId: nadia.id,
        soldAt: new Date(TEST_NOW.getTime() - 100 * DAY).toISOString(),
      }).expect(201);
      await sell(5, {
        paymentMethod: 'credit',
        customerId: nadia.id,
        soldAt: new Date(TEST_NOW.getTime() - 10 * DAY).toISOString(),
      }).expect(201);
      // Nadia paid 6 000: the 100-day-old purchase is settled, the 10-day-old one is what remains.
      await post(`/api/customers/${nadia.id}/payments`, owner, { amount: 6000 }).expect(201);

      const credit = (await get('/api/customers/credit', staff).expect(200)).body;
      const byName = Object.fromEntries(credit.customers.map((c: any) => [c.customer.name, c]));
      expect(Object.keys(byName).sort()).toEqual(['Ahmed Benali', 'Karim Haddad', 'Nadia Cherif']);
      expect(byName['Karim Haddad']).toMatchObject({ balance: 1500, daysOutstanding: 45 });
      expect(byName['Nadia Cherif']).toMatchObject({ balance: 500, daysOutstanding: 10 });
      // Ahmed's opening balance (carried over at creation, today) is the oldest of his debts.
      expect(byName['Ahmed Benali'].balance).toBe(2800);
      expect(credit.totalOwed).toBe(2800 + 1500 + 500);
      expect(credit.customers[0].customer.name).toBe('Karim Haddad');
      expect(toPlain(credit.summary.fr)).toContain('3 clients vous doivent 4 800 DA');

      const old = (await get('/api/customers/credit?olderThanDays=30', owner).expect(200)).body;
      expect(old.customers.map((c: any) => c.customer.name)).toEqual(['Karim Haddad']);

      const alerts = (await get('/api/dashboard/alerts', owner).expect(200)).body.alerts;
      const overdue = alerts.filter((a: any) => a.type === 'credit_overdue');
      expect(overdue).toEqual([
        expect.objectContaining({
          id: `credit_overdue:${karim.id}`,
          severity: 'warning',
          evidence: expect.objectContaining({ balance: 1500, daysOutstanding: 45 }),
        }),
      ]);
      expect(toPlain(overdue[0].title.fr)).toContain('Karim Haddad vous doit 1 500 DA');

      const history = (await get(`/api/customers/${nadia.id}/credit`, owner).expect(200)).body;
      expect(history.entries.map((e: any) => [e.type, e.amount])).toEqual([
        ['payment', -6000],
        ['credit_sale', 500],
        ['credit_sale', 6000],
      ]);
    });

    it('archives a customer only once settled, and keeps every business apart (404)', async () => {
      expect(
        (await t.http().delete(`/api/customers/${ahmed.id}`).set('Authorization', `Bearer ${owner}`).expect(409)).body.message,
      ).toContain('balance');
      const zoe = (await post('/api/customers', owner, { name: 'Zoé' }).expect(201)).body;
      await t.http().delete(`/api/customers/${zoe.id}`).set('Authorization', `Bearer ${staff}`).expect(403);
      await t.http().delete(`/api/customers/${zoe.id}`).set('Authorization', `Bearer ${owner}`).expect(200);
      await get(`/api/customers/${zoe.id}`, owner).expect(404);

      await get(`/api/customers/${ahmed.id}`, demoOwner).expect(404);
      await get(`/api/customers/${ahmed.id}/credit`, demoOwner).expect(404);
      await post(`/api/customers/${ahmed.id}/payments`, demoOwner, { amount: 10 }).expect(404);
      await t.http().patch(`/api/customers/${ahmed.id}`).set('Authorization', `Bearer ${demoOwner}`).send({ note: 'x' }).expect(404);
      await t.http().delete(`/api/customers/${ahmed.id}`).set('Authorization', `Bearer ${demoOwner}`).expect(404);
      const demoCredit = (await get('/api/customers/credit', demoOwner).expect(200)).body;
      expect(demoCredit.customers.some((c: any) => c.customer.id === ahmed.id)).toBe(false);
    });
  });
});
