/**
 * The demo keeps trading up to the moment the server starts, including on a restart days later: topped up through
 * the sales ledger, deterministically, in one transaction, for the demo tenant only.
 */
import type { PrismaClient } from '../../src/generated/prisma/client';
import { seedDemo } from '../../src/seed/seed';
import { topUpDemo } from '../../src/seed/top-up';
import { createTestDatabase, TestDatabase } from '../setup/test-database';

const SEEDED = new Date('2026-11-18T10:00:00Z'); // 11:00 in Algiers
const HOUR = 3_600_000;
const LATER = new Date(SEEDED.getTime() + 3 * 24 * HOUR + 8 * HOUR); // Saturday 21 November, 19:00 in Algiers

async function demoId(prisma: PrismaClient) {
  return (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo-superette' } })).id;
}

/** What must hold whatever the top-ups: stock from the ledger, balances from the notebook, nothing below zero. */
async function invariants(prisma: PrismaClient) {
  const [stock] = await prisma.$queryRaw<{ off: bigint; negative: bigint }[]>`
    SELECT count(*) FILTER (WHERE p.stock <> COALESCE((SELECT sum(m.quantity) FROM "StockMovement" m WHERE m."productId" = p.id), 0)
             - COALESCE((SELECT sum(l.quantity) FROM "SaleLine" l JOIN "Sale" s ON s.id = l."saleId" WHERE l."productId" = p.id AND s.source IS NULL), 0)) AS off,
           count(*) FILTER (WHERE p.stock < 0) AS negative
    FROM "Product" p`;
  const [credit] = await prisma.$queryRaw<{ off: bigint; owing: bigint }[]>`
    SELECT count(*) FILTER (WHERE c.balance <> c."openingBalance"
             + COALESCE((SELECT sum(s.total) FROM "Sale" s WHERE s."customerId" = c.id AND s."paymentMethod" = 'credit'), 0)
             - COALESCE((SELECT sum(p.amount) FROM "CustomerPayment" p WHERE p."customerId" = c.id), 0)) AS off,
           count(*) FILTER (WHERE c.balance > 0) AS owing
    FROM "Customer" c`;
  return { stockOff: Number(stock.off), negative: Number(stock.negative), creditOff: Number(credit.off), owing: Number(credit.owing) };
}

const fingerprint = (prisma: PrismaClient) =>
  prisma.$queryRaw<unknown[]>`
    SELECT s."soldAt", s.total::text, s."paymentMethod"::text, c.name AS customer,
           (SELECT string_agg(p.sku || 'x' || l.quantity, ',' ORDER BY l.position) FROM "SaleLine" l JOIN "Product" p ON p.id = l."productId" WHERE l."saleId" = s.id) AS lines
    FROM "Sale" s LEFT JOIN "Customer" c ON c.id = s."customerId" WHERE s.source = 'demo' ORDER BY s."soldAt", s.total`;

describe('demo top-up (real PostgreSQL)', () => {
  let a: TestDatabase;
  let b: TestDatabase;

  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase({ template: 'empty' }), createTestDatabase({ template: 'empty' })]);
    await seedDemo(a.prisma, { now: SEEDED });
    await seedDemo(b.prisma, { now: SEEDED });
  }, 240_000);
  afterAll(async () => {
    await a?.drop();
    await b?.drop();
  });

  it("has today's sales up to the seeding instant, recorded like any sale", async () => {
    const id = await demoId(a.prisma);
    const dayStart = new Date('2026-11-17T23:00:00Z');
    const today = await a.prisma.sale.findMany({
      where: { tenantId: id, soldAt: { gte: dayStart } },
      include: { lines: true, movements: true },
    });
    expect(today.length).toBeGreaterThan(10);
    expect(today.every((s) => s.source === 'demo' && s.soldAt < SEEDED && s.movements.length > 0)).toBe(true);
    expect(new Set(today.map((s) => s.paymentMethod)).size).toBeGreaterThan(1);
    const state = await a.prisma.demoHistory.findUniqueOrThrow({ where: { tenantId: id } });
    expect([state.generatedUntil.toISOString(), state.seededUntil.toISOString()]).toEqual([
      SEEDED.toISOString(),
      '2026-11-18T00:00:00.000Z',
    ]);
    expect(await invariants(a.prisma)).toMatchObject({ stockOff: 0, negative: 0, creditOff: 0 });
    // The other business is not touched.
    const oran = await a.prisma.tenant.findUniqueOrThrow({ where: { slug: 'alimentation-generale-oran' } });
    expect(await a.prisma.sale.count({ where: { tenantId: oran.id, source: 'demo' } })).toBe(0);
  });

  it('adds nothing when started again at the same instant, and fills the days missed on a later start', async () => {
    expect(await topUpDemo(a.prisma, { now: SEEDED })).toBeNull();
    const mid = new Date(SEEDED.getTime() + 30 * HOUR);
    const first = await topUpDemo(a.prisma, { now: mid });
    const second = await topUpDemo(a.prisma, { now: LATER });
    expect(first!.sales).toBeGreaterThan(50);
    expect(second!.sales).toBeGreaterThan(100);
    expect(first!.deliveries + second!.deliveries).toBeGreaterThan(0);
    const id = await demoId(a.prisma);
    for (const day of ['2026-11-19', '2026-11-20', '2026-11-21']) {
      const start = new Date(Date.parse(`${day}T00:00:00Z`) - HOUR);
      expect({
        day,
        sales: await a.prisma.sale.count({ where: { tenantId: id, soldAt: { gte: start, lt: new Date(start.getTime() + 24 * HOUR) } } }),
      }).toEqual({
        day,
        sales: expect.any(Number),
      });
    }
    const last = await a.prisma.sale.aggregate({ where: { tenantId: id }, _max: { soldAt: true } });
    expect(last._max.soldAt!.getTime()).toBeLessThan(LATER.getTime());
    expect(last._max.soldAt!.getTime()).toBeGreaterThan(LATER.getTime() - 2 * HOUR);
    expect(await invariants(a.prisma)).toMatchObject({ stockOff: 0, negative: 0, creditOff: 0 });
    expect((await invariants(a.prisma)).owing).toBeGreaterThanOrEqual(2);
    expect(await a.prisma.sale.count({ where: { tenantId: id, source: 'demo', paymentMethod: 'credit' } })).toBeGreaterThan(0);
  });

  it('gives the same history whether the server started once or several times in between', async () => {
    await topUpDemo(b.prisma, { now: LATER });
    const [x, y] = await Promise.all([fingerprint(a.prisma), fingerprint(b.prisma)]);
    expect(x.length).toBeGreaterThan(200);
    expect(y).toEqual(x);
  });
});
