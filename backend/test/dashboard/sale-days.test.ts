import { Prisma } from '../../src/generated/prisma/client';
import { Clock } from '../../src/common/time/clock';
import { resolvePeriod, PERIODS } from '../../src/common/time/period';
import { DashboardRepository, type SalesTotals } from '../../src/dashboard/dashboard.repository';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';

/**
 * The daily sales rollups ("SaleDay", kept by triggers on "Sale") against the sales themselves: the dashboard's
 * figures read from them must be exactly those summed from the rows, whoever wrote the rows — here raw SQL, as a till
 * import, an operator or the benchmark's generator would.
 */
describe('Daily sales rollups (real PostgreSQL, seeded demo data)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let demoId: string;
  let oranId: string;
  let repo: DashboardRepository;
  let now: Date;

  const app = seededApp();
  beforeAll(async () => {
    ({ t, db } = app);
    demoId = await app.tenantId('demo-superette');
    oranId = await app.tenantId('alimentation-generale-oran');
    repo = t.app.get(DashboardRepository);
    now = t.app.get(Clock).now();
  });

  /** The statement the stats used before the rollups: every sale of [start, end) summed. */
  async function fromRows(tenantId: string, start: Date, end: Date): Promise<SalesTotals> {
    const [row] = await db.prisma.$queryRaw<SalesTotals[]>`
      SELECT coalesce(sum("total"), 0)::float8 AS "revenue",
             coalesce(sum("cost"), 0)::float8 AS "cost",
             coalesce(sum("uncostedTotal"), 0)::float8 AS "uncosted",
             coalesce(sum("total") FILTER (WHERE "kind" = 'DAILY_TOTAL'), 0)::float8 AS "dailyTotals",
             count(*) FILTER (WHERE "kind" = 'SALE')::int AS "salesCount"
      FROM "Sale"
      WHERE "tenantId" = ${tenantId} AND "soldAt" >= ${start} AND "soldAt" < ${end}`;
    return row;
  }

  /** Every period's figures and its previous period's, through the repository and straight from the rows. */
  async function expectStatsFromRows(tenantId: string) {
    for (const period of PERIODS) {
      const range = resolvePeriod(period, now);
      const figures = await repo.statsFigures(
        tenantId,
        range,
        { from: '2000-01-01', to: '2000-01-02' },
        { from: '2000-01-01', to: '2000-01-02' },
      );
      expect({ period, sales: figures.sales, previous: figures.previousSales }).toEqual({
        period,
        sales: await fromRows(tenantId, range.start, range.end),
        previous: await fromRows(tenantId, range.previousStart, range.previousEnd),
      });
    }
  }

  /** The rollups hold exactly the sums of the rows, day by day (a day whose rows are all gone sums to zero). */
  async function expectRollupsExact() {
    const rollups = await db.prisma.$queryRaw<unknown[]>`
      SELECT "tenantId", "day"::text, "total"::text, "cost"::text, "uncostedTotal"::text, "dailyTotals"::text, "salesCount", "rowCount"
      FROM "SaleDay" WHERE "rowCount" <> 0 ORDER BY 1, 2`;
    const recomputed = await db.prisma.$queryRaw<unknown[]>`
      SELECT "tenantId", ("soldAt" + interval '60 minutes')::date::text AS "day",
             sum("total")::numeric(16,2)::text AS "total", sum("cost")::numeric(16,2)::text AS "cost",
             sum("uncostedTotal")::numeric(16,2)::text AS "uncostedTotal",
             coalesce(sum("total") FILTER (WHERE "kind" = 'DAILY_TOTAL'), 0)::numeric(16,2)::text AS "dailyTotals",
             (count(*) FILTER (WHERE "kind" = 'SALE'))::int AS "salesCount", count(*)::int AS "rowCount"
      FROM "Sale" GROUP BY 1, 2 ORDER BY 1, 2`;
    expect(rollups.length).toBeGreaterThan(0);
    expect(rollups).toEqual(recomputed);
  }

  const insertSale = (tenantId: string, soldAt: Date, total: string, cost: string, kind = 'SALE', uncosted = '0') =>
    db.prisma.$queryRaw<{ id: string }[]>`
      INSERT INTO "Sale" ("id", "tenantId", "soldAt", "total", "cost", "uncostedTotal", "kind")
      VALUES (gen_random_uuid()::text, ${tenantId}, ${soldAt}, ${total}::numeric, ${cost}::numeric, ${uncosted}::numeric,
              ${kind}::"SaleKind")
      RETURNING "id"`.then(([row]) => row.id);

  it('backfilled the seeded shops: the stats of every period are those summed from the sales', async () => {
    await expectRollupsExact();
    await expectStatsFromRows(demoId);
    await expectStatsFromRows(oranId);
  });

  it('follows sales inserted, changed and deleted with raw SQL, refunds and daily totals included', async () => {
    const today = new Date(now.getTime() - 3_600_000);
    const lastWeek = new Date(now.getTime() - 8 * 86_400_000);
    const sale = await insertSale(demoId, today, '1250.50', '900.25');
    await insertSale(demoId, lastWeek, '300.00', '0', 'SALE', '300.00');
    const refund = await insertSale(demoId, lastWeek, '-120.00', '-80.00', 'REFUND');
    await insertSale(demoId, lastWeek, '5000.00', '0', 'DAILY_TOTAL', '5000.00');
    // Several rows in one statement, two days at once.
    await db.prisma.$executeRaw`
      INSERT INTO "Sale" ("id", "tenantId", "soldAt", "total", "cost")
      SELECT gen_random_uuid()::text, ${demoId}, ${lastWeek}::timestamp - (g || ' days')::interval, 10 * g, 4 * g
      FROM generate_series(1, 40) g`;
    await expectRollupsExact();
    await expectStatsFromRows(demoId);

    await db.prisma.$executeRaw`UPDATE "Sale" SET "total" = 1300, "cost" = 950 WHERE "id" = ${sale}`;
    await db.prisma.$executeRaw`UPDATE "Sale" SET "kind" = 'SALE', "total" = 120 WHERE "id" = ${refund}`;
    await expectRollupsExact();
    await expectStatsFromRows(demoId);

    await db.prisma.$executeRaw`DELETE FROM "Sale" WHERE "id" IN (${sale}, ${refund})`;
    await db.prisma.$executeRaw`DELETE FROM "Sale" WHERE "tenantId" = ${demoId} AND "total" = 50 AND "cost" = 20`;
    await expectRollupsExact();
    await expectStatsFromRows(demoId);
  });

  it('moves a sale across local days: 23:30 UTC is already the next day in Algiers', async () => {
    const day = now.toISOString().slice(0, 10);
    const lateEvening = new Date(`${day}T22:30:00Z`); // 23:30 local: still today
    lateEvening.setUTCDate(lateEvening.getUTCDate() - 3);
    const sale = await insertSale(oranId, lateEvening, '777.00', '500.00');
    await expectRollupsExact();
    // One hour later in UTC: the next local day. Then back to the previous month.
    await db.prisma.$executeRaw`UPDATE "Sale" SET "soldAt" = "soldAt" + interval '1 hour' WHERE "id" = ${sale}`;
    await expectRollupsExact();
    await expectStatsFromRows(oranId);
    await db.prisma.$executeRaw`UPDATE "Sale" SET "soldAt" = "soldAt" - interval '40 days' WHERE "id" = ${sale}`;
    await expectRollupsExact();
    await expectStatsFromRows(oranId);
  });

  it('leaves nothing behind when the writing transaction rolls back', async () => {
    const before = await db.prisma.$queryRaw<unknown[]>`SELECT * FROM "SaleDay" ORDER BY "id"`;
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`
          INSERT INTO "Sale" ("id", "tenantId", "soldAt", "total", "cost")
          VALUES (gen_random_uuid()::text, ${demoId}, ${now}, 99, 1)`;
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await db.prisma.$queryRaw<unknown[]>`SELECT * FROM "SaleDay" ORDER BY "id"`).toEqual(before);
  });

  it('drops a deleted business with its rollups, and a TRUNCATE empties them', async () => {
    const gone = await db.prisma.tenant.create({ data: { name: 'Éphémère', slug: 'ephemere-sale-days' } });
    await insertSale(gone.id, now, '10.00', '5.00');
    expect(await db.prisma.saleDay.count({ where: { tenantId: gone.id } })).toBe(1);
    await db.prisma.tenant.delete({ where: { id: gone.id } });
    expect(await db.prisma.saleDay.count({ where: { tenantId: gone.id } })).toBe(0);
    await expectRollupsExact();

    await db.prisma.$executeRaw(Prisma.sql`TRUNCATE "Sale" CASCADE`);
    expect(await db.prisma.saleDay.count()).toBe(0);
    await expectStatsFromRows(demoId);
  });
});
