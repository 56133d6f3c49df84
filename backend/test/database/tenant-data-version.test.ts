import { Client } from 'pg';
import type { AppConfig } from '../../src/config/app-config';
import type { PrismaService } from '../../src/database/prisma.service';
import { DatabasePool } from '../../src/database/database-pool';
import {
  dataVersionSubquery,
  TenantDataVersionRepository,
  type ObservedDataVersion,
} from '../../src/common/cache/tenant-data-version.repository';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

/**
 * The business data version kept by triggers (migration 20261205300000_tenant_data_version), straight in SQL: it moves
 * with every committed write to the tables the cached reads depend on, not with a rollback; concurrent writers of one
 * business never wait on each other for it; folding the rows of closed sessions keeps it.
 */
describe('tenant data version (real PostgreSQL)', () => {
  let db: TestDatabase;
  let a: Client;
  let b: Client;
  let tenantId: string;
  let otherId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    [a, b] = [new Client({ connectionString: db.url }), new Client({ connectionString: db.url })];
    await Promise.all([a.connect(), b.connect()]);
    // A test that would wait on a lock fails at once instead of hanging.
    await Promise.all([a.query(`SET lock_timeout = '2s'`), b.query(`SET lock_timeout = '2s'`)]);
    tenantId = (await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo-superette' } })).id;
    otherId = (await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'alimentation-generale-oran' } })).id;
  });
  afterAll(async () => {
    await Promise.all([a?.end(), b?.end()]);
    await db?.drop();
  });

  const version = async (id = tenantId) =>
    (await a.query<{ v: string }>(`SELECT coalesce(sum("writes"), 0)::text AS v FROM "TenantDataVersion" WHERE "tenantId" = $1`, [id]))
      .rows[0].v;

  it('moves with a committed write to each table it covers, for that business only', async () => {
    const product = await db.prisma.product.findFirstOrThrow({ where: { tenantId } });
    const customer = await db.prisma.customer.findFirstOrThrow({ where: { tenantId } });
    const writes: [string, string, unknown[]][] = [
      [
        'Expense',
        `INSERT INTO "Expense" ("id","tenantId","amount","category","date","updatedAt") VALUES (gen_random_uuid()::text,$1,10,'transport','2026-11-18',now())`,
        [tenantId],
      ],
      ['Product', `UPDATE "Product" SET "price" = "price" + 1 WHERE "id" = $1`, [product.id]],
      [
        'StockMovement',
        `INSERT INTO "StockMovement" ("id","tenantId","productId","quantity","stockBefore","stockAfter","reason") VALUES (gen_random_uuid()::text,$1,$2,1,0,1,'t')`,
        [tenantId, product.id],
      ],
      [
        'Sale',
        `INSERT INTO "Sale" ("id","tenantId","soldAt","total","cost") VALUES (gen_random_uuid()::text,$1,'2026-11-18T09:00:00Z',10,5)`,
        [tenantId],
      ],
      ['Sale (delete)', `DELETE FROM "Sale" WHERE "tenantId" = $1 AND "soldAt" = '2026-11-18T09:00:00Z'`, [tenantId]],
      ['Customer', `UPDATE "Customer" SET "note" = 'x' WHERE "id" = $1`, [customer.id]],
      [
        'CustomerPayment',
        `INSERT INTO "CustomerPayment" ("id","tenantId","customerId","amount","paidAt") VALUES (gen_random_uuid()::text,$1,$2,5,now())`,
        [tenantId, customer.id],
      ],
      ['Tenant', `UPDATE "Tenant" SET "currency" = 'DZD' WHERE "id" = $1`, [tenantId]],
    ];
    for (const [table, sql, params] of writes) {
      const [before, other] = [await version(), await version(otherId)];
      await b.query(sql, params);
      expect({ table, moved: BigInt(await version()) > BigInt(before) }).toEqual({ table, moved: true });
      expect({ table, other: await version(otherId) }).toEqual({ table, other });
    }
    // A statement that changes no row moves nothing.
    const before = await version();
    await b.query(`UPDATE "Product" SET "price" = 0 WHERE "id" = 'none'`);
    expect(await version()).toBe(before);
  });

  it('does not move with a write that rolls back', async () => {
    const before = await version();
    await b.query('BEGIN');
    await b.query(`UPDATE "Product" SET "stock" = "stock" + 1 WHERE "tenantId" = $1`, [tenantId]);
    expect(await version()).toBe(before);
    await b.query('ROLLBACK');
    expect(await version()).toBe(before);
  });

  it('lets two open transactions of one business write without waiting on each other', async () => {
    const before = BigInt(await version());
    await a.query('BEGIN');
    await b.query('BEGIN');
    const insert = `INSERT INTO "Expense" ("id","tenantId","amount","category","date","updatedAt") VALUES (gen_random_uuid()::text,$1,1,'transport','2026-11-18',now())`;
    await a.query(insert, [tenantId]);
    await b.query(insert, [tenantId]); // with one shared counter row this would wait for a's commit (lock_timeout)
    await a.query(insert, [tenantId]);
    await b.query('COMMIT');
    await a.query('COMMIT');
    expect(BigInt(await version())).toBe(before + 3n);
  });

  it('folds the rows of closed sessions into one, keeping the version', async () => {
    await db.prisma.tenantDataVersion.createMany({
      data: [1, 2, 3].map((n) => ({ tenantId, backendPid: -n, writes: BigInt(n * 10) })),
    });
    const before = await version();
    await a.query(`SELECT "tenant_data_version_fold"($1)`, [tenantId]);
    expect(await version()).toBe(before);
    const rows = await db.prisma.tenantDataVersion.findMany({ where: { tenantId } });
    expect(rows.filter((r) => r.backendPid < 0)).toEqual([]);
    expect(rows.filter((r) => r.backendPid === 0)).toHaveLength(1);
  });

  describe('read by the backend (TenantDataVersionRepository)', () => {
    let repo: TenantDataVersionRepository;
    let database: DatabasePool;
    let queries: jest.SpyInstance;
    beforeAll(() => {
      database = new DatabasePool({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: 2 } as AppConfig);
      repo = new TenantDataVersionRepository(db.prisma as unknown as PrismaService, database);
      queries = jest.spyOn(database.pool, 'query');
    });
    afterAll(() => database?.end());
    beforeEach(() => queries.mockClear());

    it('answers a burst of callers of one business with two reads: the running one, and one after it for the rest', async () => {
      const expected = await version();
      queries.mockClear();
      const read = await Promise.all(Array.from({ length: 50 }, () => repo.version(tenantId)));
      expect(read).toEqual(Array(50).fill(expected));
      expect(queries).toHaveBeenCalledTimes(2);
      expect(await repo.version(otherId)).toBe(await version(otherId));
    });

    it('never gives a caller a read that started before its call: a write committed meanwhile is seen', async () => {
      const before = await repo.version(tenantId);
      const running = repo.version(tenantId);
      await a.query(`UPDATE "Product" SET "stock" = "stock" + 1 WHERE "tenantId" = $1`, [tenantId]);
      const after = await repo.version(tenantId);
      expect(await running).toBeDefined();
      expect(after).toBe(await version());
      expect(after).not.toBe(before);
    });

    it("takes a version another statement read (a chat turn's): the same figure, and it folds too many rows as a read does", async () => {
      await db.prisma.tenantDataVersion.createMany({
        data: Array.from({ length: 40 }, (_, n) => ({ tenantId: otherId, backendPid: -100 - n, writes: 1n })),
      });
      const [seen] = await db.prisma.$queryRaw<ObservedDataVersion[]>(dataVersionSubquery(otherId));
      expect(seen).toEqual({ version: await version(otherId), rows: expect.any(Number) });
      expect(seen.rows).toBeGreaterThan(40);
      queries.mockClear();
      expect(repo.observed(otherId, seen)).toBe(seen.version);
      expect(queries).not.toHaveBeenCalled();
      for (let i = 0; i < 100 && (await db.prisma.tenantDataVersion.count({ where: { tenantId: otherId, backendPid: { lt: 0 } } })); i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(await db.prisma.tenantDataVersion.count({ where: { tenantId: otherId, backendPid: { lt: 0 } } })).toBe(0);
      expect(await version(otherId)).toBe(seen.version);
    });
  });
});
