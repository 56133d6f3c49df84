/**
 * The demo seed against a real PostgreSQL: what it writes, the invariants the dashboard relies on, idempotency,
 * all-or-nothing behaviour and determinism across two fresh databases.
 */
import { EXPENSE_CATEGORIES } from '@tajer/contract';
import * as argon2 from '@node-rs/argon2';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { isValidEan13 } from '../../src/seed/ean13';
import { seedDemo } from '../../src/seed/seed';
import { createTestDatabase, TestDatabase } from '../setup/test-database';

const NOW = new Date('2026-11-22T00:00:00Z');
const DEMO = 'demo-superette';
const ORAN = 'alimentation-generale-oran';

async function counts(prisma: PrismaClient) {
  const tables = [
    'Tenant',
    'User',
    'Product',
    'Customer',
    'Sale',
    'SaleLine',
    'StockMovement',
    'Expense',
    'Competitor',
    'CompetitorPrice',
    'Campaign',
    'ContentPiece',
    'Feedback',
  ];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`);
    out[t] = Number(row.n);
  }
  return out;
}

/** Business figures that must come out identical from two independent seeds (ids differ, data must not). */
async function fingerprint(prisma: PrismaClient) {
  const q = <T>(sql: string) => prisma.$queryRawUnsafe<T[]>(sql);
  return {
    products: await q(
      `SELECT t.slug, p.sku, p.barcode, p."nameFr", p."nameAr", p.price::text, p.cost::text, p.stock, p."reorderThreshold" FROM "Product" p JOIN "Tenant" t ON t.id = p."tenantId" ORDER BY t.slug, p.sku`,
    ),
    sales: await q(
      `SELECT t.slug, count(*)::int AS n, sum(s.total)::text AS total, sum(s.cost)::text AS cost, min(s."soldAt") AS first, max(s."soldAt") AS last FROM "Sale" s JOIN "Tenant" t ON t.id = s."tenantId" GROUP BY t.slug ORDER BY t.slug`,
    ),
    lines: await q(
      `SELECT p.sku, sum(l.quantity)::int AS qty FROM "SaleLine" l JOIN "Product" p ON p.id = l."productId" GROUP BY p.sku ORDER BY p.sku`,
    ),
    customers: await q(`SELECT name, phone, wilaya, "ageBand", channel FROM "Customer" ORDER BY phone`),
    expenses: await q(`SELECT category, count(*)::int AS n, sum(amount)::text AS total FROM "Expense" GROUP BY category ORDER BY category`),
    competitorPrices: await q(`SELECT count(*)::int AS n, sum(price)::text AS total FROM "CompetitorPrice"`),
    campaigns: await q(`SELECT name, status::text, conversions, "targetConversions" FROM "Campaign" ORDER BY name`),
  };
}

describe('seedDemo', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let first: { tenantId: string; created: boolean };
  let demoId: string;

  beforeAll(async () => {
    db = await createTestDatabase({ template: 'empty' });
    prisma = db.prisma;
    const started = Date.now();
    first = await seedDemo(prisma, { now: NOW });
    const c = await counts(prisma);
    // Reported, not asserted (no timing thresholds in tests).
    process.stdout.write(`[seed.test] seeded in ${Date.now() - started} ms: ${JSON.stringify(c)}\n`);
    demoId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: DEMO } })).id;
  }, 120_000);

  afterAll(async () => {
    await db?.drop();
  });

  it('creates the demo superette and the Oran store', async () => {
    expect(first).toEqual({ tenantId: demoId, created: true });
    const tenants = await prisma.tenant.findMany({ orderBy: { slug: 'asc' } });
    expect(tenants.map((t) => [t.slug, t.name, t.wilaya, t.currency, t.locale])).toEqual([
      [ORAN, 'Alimentation Générale Oran', 'Oran', 'DZD', 'fr-DZ'],
      [DEMO, 'Supérette El Baraka', 'Alger', 'DZD', 'fr-DZ'],
    ]);
  });

  it('creates the demo accounts with argon2id hashes of the demo password', async () => {
    const users = await prisma.user.findMany({ orderBy: { email: 'asc' } });
    expect(users.map((u) => [u.email, u.role, u.tenantId === demoId ? 'demo' : u.tenantId === null ? 'platform' : 'other'])).toEqual([
      ['owner@demo.dz', 'OWNER', 'demo'],
      ['owner@oran.dz', 'OWNER', 'other'],
      ['staff@demo.dz', 'STAFF', 'demo'],
      ['support@demo.dz', 'SUPPORT', 'platform'],
    ]);
    expect(users.find((u) => u.email === 'owner@demo.dz')?.name).toBe('Karim Benali');
    for (const u of users) {
      expect(u.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await argon2.verify(u.passwordHash, 'demo')).toBe(true);
      expect(await argon2.verify(u.passwordHash, 'wrong')).toBe(false);
    }
  });

  it('writes a year of realistic volume', async () => {
    const c = await counts(prisma);
    const demo = { tenantId: demoId };
    const products = await prisma.product.count({ where: demo });
    expect(products).toBeGreaterThanOrEqual(55);
    expect(products).toBeLessThanOrEqual(70);
    expect(await prisma.customer.count({ where: demo })).toBe(500);
    const sales = await prisma.sale.count({ where: demo });
    expect(sales).toBeGreaterThan(20_000);
    expect(sales).toBeLessThan(45_000);
    expect(await prisma.saleLine.count({ where: demo })).toBeGreaterThan(sales * 2);
    const linked = await prisma.sale.count({ where: { ...demo, customerId: { not: null } } });
    expect(linked / sales).toBeGreaterThan(0.35);
    expect(linked / sales).toBeLessThan(0.45);
    expect(c.Competitor).toBeGreaterThanOrEqual(3);
    expect(c.CompetitorPrice).toBeGreaterThan(products * 3);
    expect(c.Campaign).toBeGreaterThanOrEqual(4);
    expect(c.ContentPiece).toBeGreaterThan(0);
    expect(c.Feedback).toBeGreaterThan(0);
    const categories = await prisma.expense.groupBy({ by: ['category'], where: demo });
    // The contract's keys, as the API stores them: no demo-only spellings.
    expect(categories.map((e) => e.category).sort()).toEqual(
      [
        'carburant',
        'eau',
        'entretien',
        'internet',
        'loyer',
        'marchandises',
        'salaires',
        'taxes',
        'transport',
        'téléphone',
        'électricité',
      ].sort(),
    );
    for (const { category } of categories) expect(EXPENSE_CATEGORIES).toContain(category);
  });

  it('names every product in French and Arabic, with valid 613 barcodes', async () => {
    const products = await prisma.product.findMany({ where: { tenantId: demoId } });
    for (const p of products) {
      expect(p.nameFr.trim()).not.toBe('');
      expect(p.nameAr).toMatch(/[\u0600-\u06ff]/);
      if (p.barcode) expect(isValidEan13(p.barcode) && p.barcode.startsWith('613')).toBe(true);
    }
    expect(products.find((p) => p.nameFr === 'Lait en sachet 1L')?.price.toString()).toBe('25');
  });

  it('keeps sale totals equal to their lines, and lines on the sale’s date and tenant', async () => {
    const [mismatch] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Sale" s
      JOIN (SELECT "saleId", sum(quantity * "unitPrice") AS total, sum(quantity * "unitCost") AS cost FROM "SaleLine" GROUP BY "saleId") l
        ON l."saleId" = s.id
      WHERE l.total <> s.total OR l.cost <> s.cost`;
    expect(Number(mismatch.n)).toBe(0);
    const [orphans] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Sale" s WHERE NOT EXISTS (SELECT 1 FROM "SaleLine" l WHERE l."saleId" = s.id)`;
    expect(Number(orphans.n)).toBe(0);
    const [drift] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "SaleLine" l JOIN "Sale" s ON s.id = l."saleId"
      WHERE l."soldAt" <> s."soldAt" OR l."tenantId" <> s."tenantId"`;
    expect(Number(drift.n)).toBe(0);
    const range = await prisma.sale.aggregate({ where: { tenantId: demoId }, _min: { soldAt: true }, _max: { soldAt: true } });
    expect(range._max.soldAt!.getTime()).toBeLessThan(NOW.getTime());
    expect(range._max.soldAt!.getTime()).toBeGreaterThan(NOW.getTime() - 86_400_000);
    expect(range._min.soldAt!.toISOString().slice(0, 10)).toBe('2025-11-22');
  });

  it('never references another tenant’s rows', async () => {
    const [cross] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT
        (SELECT count(*) FROM "SaleLine" l JOIN "Product" p ON p.id = l."productId" WHERE p."tenantId" <> l."tenantId") +
        (SELECT count(*) FROM "Sale" s JOIN "Customer" c ON c.id = s."customerId" WHERE c."tenantId" <> s."tenantId") +
        (SELECT count(*) FROM "StockMovement" m JOIN "Product" p ON p.id = m."productId" WHERE p."tenantId" <> m."tenantId") +
        (SELECT count(*) FROM "CompetitorPrice" cp JOIN "Competitor" c ON c.id = cp."competitorId" WHERE c."tenantId" <> cp."tenantId") AS n`;
    expect(Number(cross.n)).toBe(0);
    const oran = await prisma.tenant.findUniqueOrThrow({ where: { slug: ORAN } });
    expect(await prisma.product.count({ where: { tenantId: oran.id } })).toBeGreaterThan(5);
    expect(await prisma.sale.count({ where: { tenantId: oran.id } })).toBeGreaterThan(100);
    expect(await prisma.expense.count({ where: { tenantId: oran.id } })).toBeGreaterThan(0);
  });

  it('has consistent stock: never negative, ledger adds up, some low and one out', async () => {
    const products = await prisma.product.findMany({ where: { tenantId: demoId } });
    expect(products.every((p) => p.stock >= 0)).toBe(true);
    expect(products.filter((p) => p.stock < p.reorderThreshold).length).toBeGreaterThanOrEqual(3);
    expect(products.filter((p) => p.stock === 0)).toHaveLength(1);
    // Opening inventory + deliveries - units sold = stock on the shelf, for every product of both tenants.
    const [off] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Product" p
      WHERE p.stock <> COALESCE((SELECT sum(quantity) FROM "StockMovement" m WHERE m."productId" = p.id), 0)
                     - COALESCE((SELECT sum(quantity) FROM "SaleLine" l WHERE l."productId" = p.id), 0)`;
    expect(Number(off.n)).toBe(0);
    const [bad] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "StockMovement" WHERE "stockAfter" - "stockBefore" <> quantity OR "stockBefore" < 0`;
    expect(Number(bad.n)).toBe(0);
  });

  it('sells more semolina in the Ramadan months than in an average month', async () => {
    const rows = await prisma.$queryRaw<{ month: string; qty: number; days: number }[]>`
      SELECT to_char(l."soldAt", 'YYYY-MM') AS month, sum(l.quantity)::int AS qty, count(DISTINCT l."soldAt"::date)::int AS days
      FROM "SaleLine" l JOIN "Product" p ON p.id = l."productId"
      WHERE l."tenantId" = ${demoId} AND p."nameFr" LIKE 'Semoule 10kg%'
      GROUP BY 1 ORDER BY 1`;
    const perDay = new Map(rows.map((r) => [r.month, r.qty / r.days]));
    const average = rows.reduce((s, r) => s + r.qty, 0) / rows.reduce((s, r) => s + r.days, 0);
    // Ramadan 2026 ran from 18 February to 19 March.
    expect(perDay.get('2026-02')!).toBeGreaterThan(average);
    expect(perDay.get('2026-03')!).toBeGreaterThan(average * 1.4);
    const ordinary = rows.filter((r) => !['2026-02', '2026-03'].includes(r.month)).map((r) => r.qty / r.days);
    expect(perDay.get('2026-03')!).toBeGreaterThan(Math.max(...ordinary));
  });

  it('sells more drinks in summer than in winter', async () => {
    const [row] = await prisma.$queryRaw<{ summer: number; winter: number }[]>`
      SELECT
        sum(l.quantity) FILTER (WHERE extract(month FROM l."soldAt") IN (6, 7, 8))::int AS summer,
        sum(l.quantity) FILTER (WHERE extract(month FROM l."soldAt") IN (12, 1, 2))::int AS winter
      FROM "SaleLine" l JOIN "Product" p ON p.id = l."productId"
      WHERE l."tenantId" = ${demoId} AND p.category = 'boissons'`;
    expect(row.summer).toBeGreaterThan(row.winter * 1.5);
  });

  it('records a recent unusual maintenance expense and an active campaign under target', async () => {
    const spike = await prisma.expense.findFirst({ where: { tenantId: demoId, category: 'entretien' }, orderBy: { amount: 'desc' } });
    expect(Number(spike!.amount)).toBeGreaterThanOrEqual(50_000);
    expect(spike!.date.getTime()).toBeGreaterThan(NOW.getTime() - 30 * 86_400_000);
    const active = await prisma.campaign.findMany({ where: { tenantId: demoId, status: 'ACTIVE' } });
    expect(active.filter((c) => c.targetConversions && c.conversions < c.targetConversions / 2)).toHaveLength(1);
  });

  it('is a no-op the second time', async () => {
    const before = await counts(prisma);
    const again = await seedDemo(prisma, { now: NOW });
    expect(again).toEqual({ tenantId: demoId, created: false });
    expect(await counts(prisma)).toEqual(before);
  });

  it('produces identical data in another fresh database', async () => {
    const other = await createTestDatabase({ template: 'empty' });
    try {
      await seedDemo(other.prisma, { now: NOW });
      expect(await fingerprint(other.prisma)).toEqual(await fingerprint(prisma));
    } finally {
      await other.drop();
    }
  }, 120_000);

  it('lets only one of two concurrent seeds create the demo', async () => {
    const other = await createTestDatabase({ template: 'empty' });
    try {
      const results = await Promise.all([seedDemo(other.prisma, { now: NOW }), seedDemo(other.prisma, { now: NOW })]);
      expect(results.map((r) => r.created).sort()).toEqual([false, true]);
      expect(results[0].tenantId).toBe(results[1].tenantId);
      expect(await other.prisma.tenant.count()).toBe(2);
    } finally {
      await other.drop();
    }
  }, 120_000);

  it('leaves nothing behind when it fails midway', async () => {
    const other = await createTestDatabase({ template: 'empty' });
    try {
      const otherPrisma = other.prisma;
      // An unrelated business already uses the Oran owner's email: the last step of the seed fails on it.
      const squatter = await otherPrisma.tenant.create({ data: { name: 'Autre commerce', slug: 'autre-commerce' } });
      await otherPrisma.user.create({ data: { tenantId: squatter.id, email: 'owner@oran.dz', name: 'Someone else', passwordHash: 'x' } });
      await expect(seedDemo(otherPrisma, { now: NOW })).rejects.toThrow();
      const c = await counts(otherPrisma);
      expect([c.Tenant, c.User, c.Product, c.Sale, c.SaleLine, c.Expense]).toEqual([1, 1, 0, 0, 0, 0]);
    } finally {
      await other.drop();
    }
  }, 120_000);
});
