import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';
import { ProductRefSchema } from '@tajer/contract';

/**
 * GET /api/dashboard/best-sellers: "produit le plus vendu ce mois-ci" answered from the sale lines of the period,
 * checked against an independent sum over the raw rows, for one tenant only.
 */
describe('Dashboard best sellers (real PostgreSQL, seeded demo data)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let owner: string;
  let oran: string;
  let demoId: string;

  const app = seededApp({ logins: ['owner@demo.dz', 'owner@oran.dz'] });
  beforeAll(async () => {
    ({
      t,
      db,
      tokens: [owner, oran],
    } = app);
    demoId = await app.tenantId('demo-superette');
  });

  const get = (path: string, token: string) => t.http().get(path).set('Authorization', `Bearer ${token}`);

  /** Units and revenue per product over [start, end), straight from the sale lines. */
  async function perProduct(tenantId: string, start: Date, end: Date) {
    const lines = await db.prisma.saleLine.findMany({
      where: { tenantId, soldAt: { gte: start, lt: end } },
      select: { productId: true, quantity: true, unitPrice: true, unitCost: true },
    });
    const sums = new Map<string, { quantity: number; revenue: number; margin: number; costedRevenue: number }>();
    for (const l of lines) {
      const s = sums.get(l.productId) ?? { quantity: 0, revenue: 0, margin: 0, costedRevenue: 0 };
      s.quantity += l.quantity;
      s.revenue += l.quantity * Number(l.unitPrice);
      if (l.unitCost !== null) {
        s.margin += l.quantity * (Number(l.unitPrice) - Number(l.unitCost));
        s.costedRevenue += l.quantity * Number(l.unitPrice);
      }
      sums.set(l.productId, s);
    }
    return sums;
  }

  it.each(['month', 'week', 'quarter'])('ranks the %s-to-date best sellers by revenue and by units, as the rows say', async (period) => {
    const res = await get(`/api/dashboard/best-sellers?period=${period}`, owner).expect(200);
    const b = res.body;
    expect(b.period).toBe(period);
    const sums = await perProduct(demoId, new Date(b.range.start), new Date(b.range.end));
    expect(b.totals.products).toBe(sums.size);
    const topRevenue = [...sums.entries()].sort((x, y) => y[1].revenue - x[1].revenue)[0];
    const topUnits = [...sums.entries()].sort((x, y) => y[1].quantity - x[1].quantity)[0];
    expect(b.byRevenue[0].product.id).toBe(topRevenue[0]);
    expect(b.byRevenue[0].revenue).toBeCloseTo(topRevenue[1].revenue, 2);
    expect(b.byQuantity[0].product.id).toBe(topUnits[0]);
    expect(b.byQuantity[0].quantity).toBe(topUnits[1].quantity);
    expect(b.byRevenue).toHaveLength(Math.min(5, sums.size));
    for (let i = 1; i < b.byRevenue.length; i += 1) expect(b.byRevenue[i - 1].revenue).toBeGreaterThanOrEqual(b.byRevenue[i].revenue);
    // The contract's ProductRef, nothing else: the same shape the tools and the cards read.
    expect(ProductRefSchema.strict().parse(b.byRevenue[0].product)).toEqual({
      id: topRevenue[0],
      sku: expect.any(String),
      names: expect.objectContaining({ fr: expect.any(String) }),
      unit: expect.any(String),
    });
  });

  it('answers a period without sales with empty rankings, not an error', async () => {
    const res = await get('/api/dashboard/best-sellers?period=today', owner).expect(200);
    const sums = await perProduct(demoId, new Date(res.body.range.start), new Date(res.body.range.end));
    expect(res.body.totals.products).toBe(sums.size);
    expect(res.body.byRevenue).toHaveLength(Math.min(5, sums.size));
  });

  it('honours the limit, validates the query, and keeps each shop to its own sales', async () => {
    const ten = await get('/api/dashboard/best-sellers?period=year&limit=10', owner).expect(200);
    expect(ten.body.byRevenue).toHaveLength(10);
    const bad = await get('/api/dashboard/best-sellers?period=decade', owner).expect(400);
    expect(bad.body).toMatchObject({ statusCode: 400, code: expect.any(String) });
    await get('/api/dashboard/best-sellers?limit=0', owner).expect(400);

    const other = await get('/api/dashboard/best-sellers?period=year&limit=50', oran).expect(200);
    const demoProducts = new Set(
      (await db.prisma.product.findMany({ where: { tenantId: demoId }, select: { id: true } })).map((p) => p.id),
    );
    expect(other.body.byRevenue.length).toBeGreaterThan(0);
    for (const r of other.body.byRevenue) expect(demoProducts.has(r.product.id)).toBe(false);
  });

  it("gives one product's line, rank and margin (« ma marge sur la semoule »), from its own costed lines only", async () => {
    const all = await get('/api/dashboard/best-sellers?period=month&limit=50', owner).expect(200);
    const third = all.body.byRevenue[2];
    const product = await db.prisma.product.findUniqueOrThrow({ where: { id: third.product.id } });
    const res = await get(`/api/dashboard/best-sellers?period=month&productId=${product.id}`, owner).expect(200);
    const sums = await perProduct(demoId, new Date(res.body.range.start), new Date(res.body.range.end));
    const own = sums.get(product.id)!;
    expect(res.body.byRevenue).toEqual([expect.objectContaining({ rank: 3, product: third.product, quantity: own.quantity })]);
    expect(res.body.byRevenue[0].revenue).toBeCloseTo(own.revenue, 2);
    expect(res.body.totals.revenue).toBe(all.body.totals.revenue);
    expect(res.body.productMargin).toEqual({
      margin: expect.closeTo(own.margin, 2),
      costedRevenue: expect.closeTo(own.costedRevenue, 2),
      price: Number(product.price),
      cost: product.cost === null ? null : Number(product.cost),
    });

    // A line sold before its cost was entered has no margin: it leaves the costed revenue, never counts as 100 %.
    const line = await db.prisma.saleLine.findFirstOrThrow({
      where: { tenantId: demoId, productId: product.id, soldAt: { gte: new Date(res.body.range.start) } },
    });
    await db.prisma.saleLine.update({ where: { id: line.id }, data: { unitCost: null } });
    try {
      const uncosted = await get(`/api/dashboard/best-sellers?period=month&productId=${product.id}`, owner).expect(200);
      const lineRevenue = line.quantity * Number(line.unitPrice);
      expect(uncosted.body.productMargin.costedRevenue).toBeCloseTo(own.costedRevenue - lineRevenue, 2);
      expect(uncosted.body.productMargin.margin).toBeCloseTo(
        own.margin - line.quantity * (Number(line.unitPrice) - Number(line.unitCost)),
        2,
      );
      expect(uncosted.body.byRevenue[0].revenue).toBeCloseTo(own.revenue, 2);
    } finally {
      await db.prisma.saleLine.update({ where: { id: line.id }, data: { unitCost: line.unitCost } });
    }
  });

  it("answers 404 for another shop's product and 400 for a malformed id, never another shop's figures", async () => {
    const oranProduct = await db.prisma.product.findFirstOrThrow({ where: { tenantId: { not: demoId } } });
    const foreign = await get(`/api/dashboard/best-sellers?productId=${oranProduct.id}`, owner).expect(404);
    expect(foreign.body).toMatchObject({ statusCode: 404, message: expect.stringMatching(/Product/) });
    const bad = await get('/api/dashboard/best-sellers?productId=semoule', owner).expect(400);
    expect(bad.body).toMatchObject({ statusCode: 400, code: expect.any(String) });
  });
});
