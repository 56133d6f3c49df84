import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { ConversationsRepository } from '../../src/conversations/conversations.repository';
import { DatabasePool } from '../../src/database/database-pool';
import { PrismaService } from '../../src/database/prisma.service';
import { SqlClient } from '../../src/database/sql';
import { Prisma } from '../../src/generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

/**
 * The hot statements sent to `pg` directly (database/sql.ts), on the real database: one pool shared with Prisma's
 * client, the statement names shared with it, timestamps read as Prisma reads them whatever the process's time zone,
 * and inside a transaction the statement is the transaction's.
 */
describe('SqlClient: statements through pg on the pool Prisma uses (real PostgreSQL)', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let database: DatabasePool;
  let prisma: PrismaService;
  let sql: SqlClient;
  let repo: ConversationsRepository;
  let tenantId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = loadConfig({ ENVIRONMENT: 'test', DATABASE_URL: db.url, SECRET_KEY: 'test-secret-key-0123456789abcdef' });
    // One connection (below the configuration's minimum, on purpose): every statement of either way meets one session.
    database = new DatabasePool({ ...config, DATABASE_POOL_SIZE: 1 });
    prisma = new PrismaService(database);
    sql = new SqlClient(database, prisma);
    repo = new ConversationsRepository(prisma, sql);
    ({ id: tenantId } = await db.prisma.tenant.findFirstOrThrow({ where: { slug: 'demo-superette' }, select: { id: true } }));
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.end();
    await db?.drop();
  });

  it('is the pool Prisma uses: Prisma alone opens its connection', async () => {
    expect(database.pool.totalCount).toBe(0);
    await prisma.tenant.count();
    expect(database.pool.totalCount).toBe(1);
    const [{ n }] = await sql.query<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM "Tenant" WHERE id = ${tenantId}`);
    expect(n).toBe(1);
    expect(database.pool.totalCount).toBe(1);
  });

  it('prepares its statements under names of their own beside Prisma’s, on the same connection', async () => {
    const viaPrisma = () => prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Product" WHERE "tenantId" = ${tenantId}`;
    const viaPg = () => sql.query<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM "Customer" WHERE "tenantId" = ${tenantId}`);
    const [{ n: products }] = await viaPrisma();
    const [{ n: customers }] = await viaPg();
    for (let i = 0; i < 4; i++) {
      expect((await viaPrisma())[0].n).toBe(products);
      expect((await viaPg())[0].n).toBe(customers);
    }
    const prepared = await sql.query<{ name: string; statement: string }>(Prisma.sql`SELECT name, statement FROM pg_prepared_statements`);
    const named = (table: string) => prepared.filter((s) => s.name.startsWith('tajer_') && s.statement.includes(`"${table}"`));
    expect(named('Product')).toHaveLength(1);
    expect(named('Customer')).toHaveLength(1);
    expect(named('Product')[0].name).not.toBe(named('Customer')[0].name);
  });

  it('reads a timestamp as Prisma does: the stored instant, with the parts of the message', async () => {
    const conversation = await prisma.conversation.create({ data: { tenantId, title: 'zone' } });
    const stored = await repo.insertUserMessageInConversation({
      tenantId,
      userId: null,
      conversationId: conversation.id,
      clientMessageId: 'zone-1',
      text: 'combien de sucre ?',
      parts: [{ type: 'text', text: 'combien de sucre ?' }],
      language: 'fr',
    });
    const read = await prisma.message.findUniqueOrThrow({ where: { id: stored!.message.id } });
    expect(stored!.message.createdAt).toBeInstanceOf(Date);
    expect(stored!.message.createdAt.toISOString()).toBe(read.createdAt.toISOString());
    expect(stored!.message.parts).toEqual([{ type: 'text', text: 'combien de sucre ?' }]);
  });

  it('reads a timestamp as UTC in a process whose time zone is not UTC', () => {
    // Jest's process.env is a copy: the process's own zone can only be another one in a process of its own.
    const script = `
      const { types } = require('pg');
      const { ROW_TYPES } = require(${JSON.stringify(path.resolve(__dirname, '../../src/database/sql.ts'))});
      const value = '2026-03-04 05:06:07.891';
      process.stdout.write(JSON.stringify({
        offset: new Date(0).getTimezoneOffset(),
        ours: ROW_TYPES.getTypeParser(1114, 'text')(value).toISOString(),
        pgs: types.getTypeParser(1114, 'text')(value).toISOString(),
      }));`;
    const out = execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      env: { ...process.env, TZ: 'Asia/Tokyo' },
      encoding: 'utf8',
    });
    const { offset, ours, pgs } = JSON.parse(out) as { offset: number; ours: string; pgs: string };
    expect(offset).toBe(-540);
    expect(ours).toBe('2026-03-04T05:06:07.891Z');
    // What `pg` alone would have read: nine hours off.
    expect(pgs).toBe('2026-03-03T20:06:07.891Z');
  });

  it('inside a transaction is the transaction’s: sees its writes, and is rolled back with it', async () => {
    const conversation = await prisma.conversation.create({ data: { tenantId, title: 'rollback' } });
    const message = await prisma.message.create({
      data: { tenantId, conversationId: conversation.id, role: 'ASSISTANT', status: 'STREAMING' },
    });
    const call = { tenantId, conversationId: conversation.id, messageId: message.id, name: 'stock_check', kind: 'read', args: {} };
    await expect(
      prisma.inTransaction(async () => {
        const { id } = await repo.createToolCallRecorded({ ...call, status: 'RUNNING', confirmation: 'NOT_REQUIRED' }, 7);
        const [seen] = await sql.query<{ status: string }>(Prisma.sql`SELECT status::text AS status FROM "ToolCall" WHERE id = ${id}`);
        expect(seen).toEqual({ status: 'RUNNING' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await db.prisma.toolCall.count({ where: { conversationId: conversation.id } })).toBe(0);
    expect((await db.prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).lastSeq).toBe(0);

    // The same statement outside a transaction commits by itself.
    await repo.createToolCallRecorded({ ...call, status: 'RUNNING', confirmation: 'NOT_REQUIRED' }, 7);
    expect(await db.prisma.toolCall.count({ where: { conversationId: conversation.id } })).toBe(1);
    expect((await db.prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).lastSeq).toBe(7);
  });
});
