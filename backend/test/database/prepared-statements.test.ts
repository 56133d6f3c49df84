import { loadConfig } from '../../src/config/app-config';
import { DatabasePool } from '../../src/database/database-pool';
import { PrismaService } from '../../src/database/prisma.service';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

/**
 * The process's Prisma client prepares the statements it runs again and again (statement-names.ts): PostgreSQL then
 * parses and plans them once per connection. Checked on the server's own list of the session's prepared statements,
 * with one pooled connection so that every query meets the same session.
 */
describe('Prepared statements (real PostgreSQL)', () => {
  let db: TestDatabase;
  let database: DatabasePool;
  let prisma: PrismaService;
  let tenantId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({ ENVIRONMENT: 'test', DATABASE_URL: db.url, SECRET_KEY: 'test-secret-key-0123456789abcdef' });
    // One connection (below the configuration's minimum, on purpose): every query meets the same session.
    database = new DatabasePool({ ...config, DATABASE_POOL_SIZE: 1 });
    prisma = new PrismaService(database);
    ({ id: tenantId } = await db.prisma.tenant.findFirstOrThrow({ where: { slug: 'demo-superette' }, select: { id: true } }));
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.end();
    await db?.drop();
  });

  const prepared = async () => prisma.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;

  it('prepares a repeated statement once and answers from it with the values of each execution', async () => {
    const products = () => prisma.product.count({ where: { tenantId, active: true } });
    const expected = await db.prisma.product.count({ where: { tenantId, active: true } });
    expect(expected).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) expect(await products()).toBe(expected);
    const mine = (await prepared()).filter((s) => s.name.startsWith('tajer_') && s.statement.includes('"Product"'));
    expect(mine).toHaveLength(1);

    // Same text, other values: the prepared statement is bound with them (another business, no products).
    expect(await prisma.product.count({ where: { tenantId: '00000000-0000-0000-0000-000000000000', active: true } })).toBe(0);
    expect(await products()).toBe(expected);
  });

  it('works inside transactions too, and sees their writes', async () => {
    const sql = (id: string) => prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Expense" WHERE "tenantId" = ${id}`;
    const [{ n: before }] = await sql(tenantId);
    for (let i = 0; i < 3; i++) await sql(tenantId);
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.expense.create({ data: { tenantId, category: 'OTHER', amount: 100, date: new Date('2026-01-02') } });
        const [{ n }] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Expense" WHERE "tenantId" = ${tenantId}`;
        expect(n).toBe(before + 1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const [{ n: after }] = await sql(tenantId);
    expect(after).toBe(before);
    expect((await prepared()).some((s) => s.statement.includes('"Expense"'))).toBe(true);
  });
});
