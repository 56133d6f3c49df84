import { randomUUID } from 'node:crypto';
import { Clock } from '../../src/common/time/clock';
import { TenantReads, type TenantReadCache } from '../../src/common/cache/tenant-reads';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';
import { TEST_NOW } from '../setup/test-clock';
import { ask, decide } from '../agent/tools-chat';
import { createFreshTenant } from '../helpers/fresh-tenant';
import { DashboardService } from '../../src/dashboard/dashboard.service';

/**
 * The read caches of GET /api/dashboard/stats and GET /api/inventory (issue 13), against a real PostgreSQL over real
 * HTTP: a repeated read runs no aggregate (a cache hit) while nothing it depends on was written, and the very next
 * read after any write — by the API, the chat, a till import, SQL, another instance — runs it again and shows the
 * write. Hits and misses are read from the caches' counters; the clock is the app's, pinned where a test moves it.
 */
describe('read caches invalidated by the business data version (real PostgreSQL, two app instances)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let other: TestApp;
  let owner: string;
  let oran: string;
  let demoId: string;
  let oranId: string;
  let chat: ChatClient;

  afterAll(async () => {
    chat?.close();
    await other?.close();
  });
  const app = seededApp({ logins: ['owner@demo.dz', 'owner@oran.dz'] });
  beforeAll(async () => {
    ({
      t,
      db,
      tokens: [owner, oran],
    } = app);
    demoId = await app.tenantId('demo-superette');
    oranId = await app.tenantId('alimentation-generale-oran');
    // A second backend instance on the same database: its own process-wide caches, its own connection pool.
    other = await createTestApp(db.url);
    chat = new ChatClient(baseUrlOf(t.app), owner);
    await chat.connected();
  });
  afterEach(() => jest.restoreAllMocks());

  const cacheOf = (a: TestApp, name: string) => a.app.get(TenantReads).cache<unknown>(name, 1) as TenantReadCache<unknown>;
  const counts = (a: TestApp = t) => ({
    stats: { ...pick(cacheOf(a, 'dashboard.stats')) },
    inventory: { ...pick(cacheOf(a, 'inventory.search')) },
  });
  const pick = (c: TenantReadCache<unknown>) => ({ hits: c.hits, misses: c.misses });
  const get = (a: TestApp, path: string, token = owner) => a.http().get(path).set('Authorization', `Bearer ${token}`).expect(200);
  const stats = async (a: TestApp = t, token = owner, period = 'today') =>
    (await get(a, `/api/dashboard/stats?period=${period}`, token)).body;
  /** Net sales of a business over [from, to), straight from the rows. */
  const salesBetween = async (tenantId: string, from: string, to: string) =>
    Number(
      (await db.prisma.sale.aggregate({ where: { tenantId, soldAt: { gte: new Date(from), lt: new Date(to) } }, _sum: { total: true } }))
        ._sum.total ?? 0,
    );
  const item = async (sku: string, a: TestApp = t) => {
    const body = (await get(a, `/api/inventory?q=${encodeURIComponent(sku)}`)).body;
    return body.items.find((i: { sku: string }) => i.sku === sku);
  };
  const post = (path: string, body: object, token = owner) =>
    t.http().post(path).set('Authorization', `Bearer ${token}`).set('Idempotency-Key', randomUUID()).send(body);
  const product = (where: object = {}) =>
    db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, active: true, stock: { gt: 20 }, cost: { not: null }, ...where } });

  /** Reads both answers twice (the second from the cache), writes, then reads once more: that read must miss. */
  async function aroundWrite(sku: string, write: () => Promise<unknown>) {
    const before = { stats: await stats(), item: await item(sku) };
    const warm = counts();
    expect({ stats: await stats(), item: await item(sku) }).toEqual({ stats: expect.any(Object), item: before.item });
    const hit = counts();
    expect(hit.stats).toEqual({ hits: warm.stats.hits + 1, misses: warm.stats.misses });
    expect(hit.inventory).toEqual({ hits: warm.inventory.hits + 1, misses: warm.inventory.misses });
    await write();
    // Marked after the write: a chat turn may itself search the inventory.
    const mark = counts();
    const after = { stats: await stats(), item: await item(sku) };
    const missed = counts();
    expect(missed.stats.misses).toBe(mark.stats.misses + 1);
    expect(missed.inventory.misses).toBe(mark.inventory.misses + 1);
    expect(after.stats.revenue.value).toBeCloseTo(await salesBetween(demoId, after.stats.range.start, after.stats.range.end), 2);
    return { before, after };
  }

  it('shows a REST sale at the very next read, then a refund of it', async () => {
    const p = await product();
    let saleId = '';
    const sold = await aroundWrite(p.sku, async () => {
      saleId = (await post('/api/sales', { lines: [{ sku: p.sku, quantity: 3 }] }).expect(201)).body.sale.id;
    });
    expect(sold.after.stats.salesCount.value).toBe(sold.before.stats.salesCount.value + 1);
    expect(sold.after.stats.revenue.value).toBeCloseTo(sold.before.stats.revenue.value + 3 * Number(p.price), 2);
    expect(sold.after.item.stock).toBe(sold.before.item.stock - 3);

    const refunded = await aroundWrite(p.sku, () => post(`/api/sales/${saleId}/refund`, {}).expect(201));
    expect(refunded.after.stats.revenue.value).toBeCloseTo(sold.before.stats.revenue.value, 2);
    expect(refunded.after.item.stock).toBe(sold.before.item.stock);
  });

  it('shows a sale told to the chat once its proposal is approved', async () => {
    const bread = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, nameFr: { startsWith: 'Baguette' } } });
    const { before, after } = await aroundWrite(bread.sku, async () => {
      const turn = await ask(chat, 'bi3t 2 khobz');
      expect(turn.approvals[0]).toMatchObject({ name: 'sales_record' });
      await decide(chat, turn.conversationId, turn.approvals[0].toolCallId, 'approve');
    });
    expect(after.stats.salesCount.value).toBe(before.stats.salesCount.value + 1);
    expect(after.stats.revenue.value).toBeCloseTo(before.stats.revenue.value + 2 * Number(bread.price), 2);
    expect(after.item.stock).toBe(before.item.stock - 2);
  });

  it('shows a till import', async () => {
    const p = await product({ barcode: { not: null } });
    const local = new Date(TEST_NOW.getTime() + 60 * 60_000 - 30 * 60_000); // half an hour before now, Algiers time
    const day = `${local.toISOString().slice(8, 10)}/${local.toISOString().slice(5, 7)}/${local.toISOString().slice(0, 4)}`;
    const csv = [
      'Date;Heure;N° ticket;Code barre;Article;Qté;PU;Paiement',
      `${day};${local.toISOString().slice(11, 16)};RC-1;${p.barcode};;2;;espèces`,
    ];
    const { before, after } = await aroundWrite(p.sku, async () => {
      const res = await t
        .http()
        .post('/api/sales/import')
        .set('Authorization', `Bearer ${owner}`)
        .attach('file', Buffer.from(csv.join('\n'), 'utf8'), 'export.csv')
        .expect(200);
      expect(res.body).toMatchObject({ committed: true, counts: { created: 1 } });
    });
    expect(after.stats.salesCount.value).toBe(before.stats.salesCount.value + 1);
    expect(after.item.stock).toBe(before.item.stock - 2);
  });

  it('shows an expense', async () => {
    const p = await product();
    const spent = await aroundWrite(p.sku, () => post('/api/expenses', { amount: 1234, category: 'transport' }).expect(201));
    expect(spent.after.stats.expenses.value).toBeCloseTo(spent.before.stats.expenses.value + 1234, 2);
  });

  it('shows a price and cost edit (PATCH product)', async () => {
    const p = await product();
    const priced = await aroundWrite(p.sku, () =>
      t
        .http()
        .patch(`/api/inventory/products/${p.id}`)
        .set('Authorization', `Bearer ${owner}`)
        .send({ price: Number(p.price) + 7, cost: Number(p.cost) + 1 })
        .expect(200),
    );
    expect(priced.after.item.price).toBe(Number(p.price) + 7);
    // Stock is valued at cost: the cost edit moves it at once.
    expect(priced.after.stats.stockValue.value).toBeCloseTo(priced.before.stats.stockValue.value + p.stock, 2);
  });

  it('shows a stock movement', async () => {
    const p = await product();
    const moved = await aroundWrite(p.sku, () =>
      post('/api/inventory/movements', { sku: p.sku, quantity: 5, reason: 'livraison' }).expect(201),
    );
    expect(moved.after.item.stock).toBe(moved.before.item.stock + 5);
    expect(moved.after.stats.stockValue.value).toBeCloseTo(moved.before.stats.stockValue.value + 5 * Number(p.cost), 2);
  });

  it('computes again after a customer repayment', async () => {
    // A repayment is in neither answer's figures; it still moves the version (customers' credit is tracked), so the
    // next read computes again, and gives the same figures.
    const p = await product();
    const customer = await db.prisma.customer.findFirstOrThrow({ where: { tenantId: demoId, deletedAt: null } });
    await post('/api/sales', { lines: [{ sku: p.sku, quantity: 1 }], paymentMethod: 'credit', customerId: customer.id }).expect(201);
    const repaid = await aroundWrite(p.sku, () => post(`/api/customers/${customer.id}/payments`, { amount: 10 }).expect(201));
    expect(repaid.after.stats.revenue).toEqual(repaid.before.stats.revenue);
  });

  it('keeps serving the cached answers when a write rolls back', async () => {
    const p = await product();
    const before = { stats: await stats(), item: await item(p.sku) };
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.product.update({ where: { id: p.id }, data: { stock: { increment: 1000 } } });
        await tx.expense.create({ data: { tenantId: demoId, amount: 99999, category: 'transport', date: new Date(TEST_NOW) } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const hit = counts();
    expect({ stats: await stats(), item: await item(p.sku) }).toEqual({ stats: expect.any(Object), item: before.item });
    expect(counts().stats).toEqual({ hits: hit.stats.hits + 1, misses: hit.stats.misses });
    expect(counts().inventory).toEqual({ hits: hit.inventory.hits + 1, misses: hit.inventory.misses });
  });

  it('shows a write made through one instance at the next read on the other, and SQL written by neither', async () => {
    const p = await product();
    await stats(other);
    await item(p.sku, other);
    await post('/api/inventory/movements', { sku: p.sku, quantity: -2, reason: 'casse' }).expect(201);
    const mark = counts(other);
    expect((await item(p.sku, other)).stock).toBe((await db.prisma.product.findUniqueOrThrow({ where: { id: p.id } })).stock);
    expect(counts(other).inventory.misses).toBe(mark.inventory.misses + 1);

    const revenue = (await stats(other)).revenue.value;
    expect((await stats(other)).revenue.value).toBe(revenue);
    const soldAt = new Date(other.app.get(Clock).now().getTime() - 60_000);
    await db.prisma.sale.create({ data: { tenantId: demoId, soldAt, total: 500, cost: 0, uncostedTotal: 500 } });
    expect((await stats(other)).revenue.value).toBeCloseTo(revenue + 500, 2);
  });

  it('never gives a business the figures of another, and a write of one leaves the other cached', async () => {
    const demo = await stats(t, owner, 'month');
    const shop = await stats(t, oran, 'month');
    expect(shop.revenue.value).toBeCloseTo(await salesBetween(oranId, shop.range.start, shop.range.end), 2);
    expect(demo.revenue.value).toBeCloseTo(await salesBetween(demoId, demo.range.start, demo.range.end), 2);
    expect(shop.revenue.value).not.toBeCloseTo(demo.revenue.value, 0);
    const before = counts();
    await post('/api/expenses', { amount: 10, category: 'transport' }).expect(201);
    const again = await stats(t, oran, 'month');
    expect(counts().stats).toEqual({ hits: before.stats.hits + 1, misses: before.stats.misses });
    expect([again.revenue, again.expenses, again.stockValue.value]).toEqual([shop.revenue, shop.expenses, shop.stockValue.value]);
    expect((await stats(t, owner, 'month')).expenses.value).toBeCloseTo(demo.expenses.value + 10, 2);
  });

  it('keeps two businesses apart even when their data versions are the same number', async () => {
    const [one, two] = [await createFreshTenant(db.prisma, 'Épicerie Un'), await createFreshTenant(db.prisma, 'Épicerie Deux')];
    const [tokenOne, tokenTwo] = [await t.login(one.ownerEmail), await t.login(two.ownerEmail)];
    // Versions are per business: start both from nothing, then the same write each (a sale and its day's rollup).
    await db.prisma.tenantDataVersion.deleteMany({ where: { tenantId: { in: [one.tenantId, two.tenantId] } } });
    const soldAt = new Date(t.app.get(Clock).now().getTime() - 60_000);
    await db.prisma.sale.create({ data: { tenantId: one.tenantId, soldAt, total: 100, cost: 0, uncostedTotal: 100 } });
    await db.prisma.sale.create({ data: { tenantId: two.tenantId, soldAt, total: 250, cost: 0, uncostedTotal: 250 } });
    const versions = await db.prisma.tenantDataVersion.groupBy({
      by: ['tenantId'],
      where: { tenantId: { in: [one.tenantId, two.tenantId] } },
      _sum: { writes: true },
    });
    expect(versions.map((v) => Number(v._sum.writes))).toEqual([2, 2]);
    expect((await stats(t, tokenOne)).revenue.value).toBe(100);
    expect((await stats(t, tokenTwo)).revenue.value).toBe(250);
    expect((await stats(t, tokenOne)).revenue.value).toBe(100);
  });

  it('brings a sale dated ahead into "today" when its time comes, without any write', async () => {
    const shop = await createFreshTenant(db.prisma, 'Épicerie Demain');
    const token = await t.login(shop.ownerEmail);
    const clock = t.app.get(Clock);
    await db.prisma.sale.create({
      data: { tenantId: shop.tenantId, soldAt: new Date('2026-11-18T20:00:00Z'), total: 300, cost: 0, uncostedTotal: 300 },
    });
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T12:00:00Z'));
    expect((await stats(t, token)).revenue.value).toBe(0);
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T20:30:00Z'));
    expect((await stats(t, token)).revenue.value).toBe(300);
  });

  it('changes "today" at the local midnight (Algiers, UTC+1), and the previous day "to the same point" as it moves, without any write', async () => {
    const clock = t.app.get(Clock);
    const at = (iso: string) => jest.spyOn(clock, 'now').mockReturnValue(new Date(iso));
    // Yesterday (local) at 12:30, and a sale dated ahead, today (local) at 23:20: both written before the reads.
    await db.prisma.sale.createMany({
      data: [
        { tenantId: demoId, soldAt: new Date('2026-11-17T11:30:00Z'), total: 700, cost: 0, uncostedTotal: 700 },
        { tenantId: demoId, soldAt: new Date('2026-11-18T22:20:00Z'), total: 300, cost: 0, uncostedTotal: 300 },
      ],
    });
    at('2026-11-18T11:00:00Z');
    const noon = await stats();
    await stats();
    const before = counts();
    // One hour later: yesterday's 12:30 sale is now inside "yesterday to the same point".
    at('2026-11-18T12:00:00Z');
    const later = await stats();
    expect(counts().stats.misses).toBe(before.stats.misses + 1);
    expect(later.revenue.previous).toBeGreaterThanOrEqual(noon.revenue.previous + 700 - 0.01);

    expect(later.revenue.previous).toBeCloseTo(await salesBetween(demoId, later.range.previousStart, later.range.previousEnd), 2);

    // 23:30 local: the sale dated 23:20 has come in.
    at('2026-11-18T22:30:00Z');
    const evening = await stats();
    expect(evening.revenue.value).toBeCloseTo(later.revenue.value + 300, 2);
    expect(evening.revenue.value).toBeCloseTo(await salesBetween(demoId, evening.range.start, evening.range.end), 2);
    expect(evening.range.start).toBe('2026-11-17T23:00:00.000Z');
    at('2026-11-18T22:50:00Z');
    await stats();
    const hit = counts();
    // 00:10 local on the 19th, still the 18th in UTC: another day, with nothing sold yet.
    at('2026-11-18T23:10:00Z');
    const tomorrow = await stats();
    expect(counts().stats.misses).toBe(hit.stats.misses + 1);
    expect(tomorrow.range.start).toBe('2026-11-18T23:00:00.000Z');
    expect(tomorrow.salesCount.value).toBe(0);
    expect(tomorrow.revenue.value).toBe(0);
  });

  it('answers a stats hit with the answer built at the miss, stamped with the instant of the request', async () => {
    const shop = await createFreshTenant(db.prisma, 'Épicerie Tampon');
    await db.prisma.sale.create({
      data: { tenantId: shop.tenantId, soldAt: new Date('2026-11-18T08:00:00Z'), total: 450, cost: 200, uncostedTotal: 0 },
    });
    const service = t.app.get(DashboardService);
    const clock = t.app.get(Clock);
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T10:00:00Z'));
    const first = await service.stats(shop.tenantId, 'month');
    const before = counts();
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T10:20:00Z'));
    const second = await service.stats(shop.tenantId, 'month');
    expect(counts().stats).toEqual({ hits: before.stats.hits + 1, misses: before.stats.misses });
    // The figures, the summary and every metric are the very objects of the miss (nothing rebuilt), frozen.
    expect(second.revenue).toBe(first.revenue);
    expect(second.summary).toBe(first.summary);
    expect(Object.isFrozen(second.revenue)).toBe(true);
    // Only the period's moving ends and the stock's asOf are the request's own; the first answer is left as it was.
    expect([second.range.end, second.stockValue.asOf, second.lowStockCount.asOf]).toEqual(Array(3).fill('2026-11-18T10:20:00.000Z'));
    expect([first.range.end, first.stockValue.asOf]).toEqual(['2026-11-18T10:00:00.000Z', '2026-11-18T10:00:00.000Z']);
    expect(second.range.previousEnd).toBe('2026-10-18T10:20:00.000Z');
    expect(second.revenue.value).toBe(450);
    expect(second.grossMargin.value).toBe(250);
    // Key order and every other field as a fresh computation gives them (the JSON a client reads).
    const stamped = (s: typeof first) =>
      JSON.stringify({ ...s, range: null, stockValue: { ...s.stockValue, asOf: null }, lowStockCount: { ...s.lowStockCount, asOf: null } });
    expect(stamped(second)).toBe(stamped(first));
    expect(Object.keys(second)).toEqual(Object.keys(first));
  });

  describe('best sellers', () => {
    const best = async (token: string, query = 'period=today') => (await get(t, `/api/dashboard/best-sellers?${query}`, token)).body;
    /** Units per product over [start, end), straight from the sale lines. */
    const unitsBetween = async (tenantId: string, start: string, end: string) => {
      const rows = await db.prisma.saleLine.groupBy({
        by: ['productId'],
        where: { tenantId, soldAt: { gte: new Date(start), lt: new Date(end) } },
        _sum: { quantity: true },
      });
      return Object.fromEntries(rows.map((r) => [r.productId, r._sum.quantity ?? 0]));
    };
    const units = (b: { byQuantity: { product: { id: string }; quantity: number }[] }) =>
      Object.fromEntries(b.byQuantity.map((r) => [r.product.id, r.quantity]));

    it('serves a repeated read from the cache, shows the next sale at once, and a line dated ahead when its time comes', async () => {
      const shop = await createFreshTenant(db.prisma, 'Épicerie Classement');
      const token = await t.login(shop.ownerEmail);
      const [a, b] = await Promise.all(
        ['A', 'B'].map((n) =>
          db.prisma.product.create({
            data: {
              tenantId: shop.tenantId,
              sku: `BS-${n}`,
              nameFr: `Produit ${n}`,
              category: 'Épicerie',
              price: 100,
              cost: 60,
              stock: 500,
            },
          }),
        ),
      );
      const sell = (productId: string, quantity: number, soldAt: string) =>
        db.prisma.sale.create({
          data: {
            tenantId: shop.tenantId,
            soldAt: new Date(soldAt),
            total: quantity * 100,
            cost: quantity * 60,
            uncostedTotal: 0,
            lines: { create: [{ tenantId: shop.tenantId, productId, quantity, unitPrice: 100, unitCost: 60, soldAt: new Date(soldAt) }] },
          },
        });
      await sell(a.id, 3, '2026-11-18T08:00:00Z');
      // Dated ahead: 20:00 UTC, still the 18th in Algiers.
      await sell(b.id, 5, '2026-11-18T20:00:00Z');
      const cache = cacheOf(t, 'dashboard.best-sellers');
      const clock = t.app.get(Clock);
      jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T10:00:00Z'));
      const first = await best(token);
      const misses = cache.misses;
      jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T10:05:00Z'));
      const second = await best(token);
      expect([cache.hits > 0, cache.misses]).toEqual([true, misses]);
      expect(second.range.end).toBe('2026-11-18T10:05:00.000Z');
      expect({ ...second, range: null }).toEqual({ ...first, range: null });
      expect(units(second)).toEqual(await unitsBetween(shop.tenantId, second.range.start, second.range.end));
      expect(units(second)).toEqual({ [a.id]: 3 });

      // A write: the very next read shows it.
      await post('/api/sales', { lines: [{ sku: 'BS-B', quantity: 2 }] }, token).expect(201);
      // A minute on (the sale is dated 10:05:00 and a period to date ends before now): without the write, still a hit.
      jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T10:06:00Z'));
      const afterSale = await best(token);
      expect(units(afterSale)[b.id]).toBe(2);
      expect(cache.misses).toBe(misses + 1);
      expect(units(afterSale)).toEqual(await unitsBetween(shop.tenantId, afterSale.range.start, afterSale.range.end));

      // No write: the line dated 20:00 comes into "today" once the clock passes it.
      jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T20:30:00Z'));
      const evening = await best(token);
      expect(units(evening)[b.id]).toBe((units(afterSale)[b.id] ?? 0) + 5);
      expect(units(evening)).toEqual(await unitsBetween(shop.tenantId, evening.range.start, evening.range.end));

      // Past midnight (local): another day, nothing sold yet, without any write.
      jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T23:10:00Z'));
      const tomorrow = await best(token);
      expect(tomorrow.range.start).toBe('2026-11-18T23:00:00.000Z');
      expect(tomorrow.totals.products).toBe(0);
    });

    it('keeps the answers per limit and product asked about, and never across businesses', async () => {
      const one = await best(owner, 'period=month&limit=1');
      const three = await best(owner, 'period=month&limit=3');
      expect([one.byRevenue.length, three.byRevenue.length]).toEqual([
        Math.min(1, three.totals.products),
        Math.min(3, three.totals.products),
      ]);
      const top = three.byRevenue[0].product.id;
      const asked = await best(owner, `period=month&productId=${top}`);
      expect(asked.byRevenue.map((r: { product: { id: string } }) => r.product.id)).toEqual([top]);
      expect(asked.productMargin).toBeDefined();
      // The same product id asked by another business is not found (404), cached or not.
      await t.http().get(`/api/dashboard/best-sellers?period=month&productId=${top}`).set('Authorization', `Bearer ${oran}`).expect(404);
      const oranBest = await best(oran, 'period=month&limit=3');
      const oranRows = await unitsBetween(oranId, oranBest.range.start, oranBest.range.end);
      expect(oranBest.totals.products).toBe(Object.keys(oranRows).length);
      expect(oranBest.totals.quantity).toBe(Object.values(oranRows).reduce((s, q) => s + q, 0));
      for (const [id, quantity] of Object.entries(units(oranBest))) expect(oranRows[id]).toBe(quantity);
    });
  });
});
