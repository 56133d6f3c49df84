/**
 * What one chat statement costs the Node process through Prisma's client and through `pg` directly (issue 13: is the
 * raw pool worth it for the hot statements?). The answer's final UPDATE (`finishMessageRecorded`, one a turn) of two
 * builds' ConversationsRepository — one through Prisma's `$queryRaw` (main), one through `pg` (the `turn14-rawpg`
 * prototype, or the pg15 branch's SqlClient) — run in turn in this one process on the same seeded database, serially,
 * in alternated blocks: process CPU (user + system) per statement, so the neighbours' load touches both the same way.
 * With `--turn`, each step is a chat turn's five statements instead (the user's message, the answer's row with its
 * history, the tool call's INSERT and UPDATE, the answer's UPDATE): CPU per turn's statements.
 *
 *   npm run bench:statement -- dist-main,dist [--turn] [--blocks 6] [--per-block 400]   (builds relative to backend/)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startSeededDatabase } from './lib/product-stack';

const log = (msg: string) => process.stdout.write(`[statement] ${msg}\n`);
const arg = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;

async function main(): Promise<void> {
  const builds = (process.argv[2] ?? 'dist-main,dist-rawpg').split(',');
  const turn = process.argv.includes('--turn');
  const [blocks, perBlock] = [arg('--blocks', 6), arg('--per-block', turn ? 100 : 400)];
  const db = await startSeededDatabase(log);
  const backend = join(__dirname, '..', 'backend');
  const config = { DATABASE_URL: db.url, DATABASE_POOL_SIZE: 4 };
  // Loaded from each build's own output (the two differ in this one repository), so not imported at the top.
  const repos = await Promise.all(
    builds.map(async (build) => {
      const { PrismaService } = await import(join(backend, build, 'database/prisma.service.js'));
      const { ConversationsRepository } = await import(join(backend, build, 'conversations/conversations.repository.js'));
      // A build with the process's one pool (pg15 on): Prisma's client and the raw client share it.
      if (existsSync(join(backend, build, 'database/database-pool.js'))) {
        const { DatabasePool } = await import(join(backend, build, 'database/database-pool.js'));
        const { SqlClient } = await import(join(backend, build, 'database/sql.js'));
        const pool = new DatabasePool(config);
        const prisma = new PrismaService(pool);
        return { build, prisma, repo: new ConversationsRepository(prisma, new SqlClient(pool, prisma)), end: () => pool.end() };
      }
      const prisma = new PrismaService(config);
      return { build, prisma, repo: new ConversationsRepository(prisma, config), end: async () => undefined };
    }),
  );
  try {
    const { prisma } = repos[0];
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo-superette' } });
    const conversation = await prisma.conversation.create({ data: { tenantId: tenant.id, title: 'bench' } });
    const message = await prisma.message.create({
      data: { tenantId: tenant.id, conversationId: conversation.id, role: 'ASSISTANT', status: 'STREAMING' },
    });
    let seq = 0;
    const data = (i: number) => ({
      status: 'COMPLETED' as const,
      text: `Il vous reste 42 sacs de semoule (${i}).`,
      parts: [{ type: 'text', text: `Il vous reste 42 sacs de semoule (${i}).` }],
      latencyMs: 3,
      model: 'tajer-local-nlu',
      provider: 'local',
      language: 'fr',
      error: null,
    });
    // A chat turn's statements, as ChatService, ToolCallLifecycle and AgentService make them (one tool, a read).
    // Each build writes to a conversation of its own.
    const conversations = new Map<string, string>();
    for (const { build } of repos)
      conversations.set(build, (await prisma.conversation.create({ data: { tenantId: tenant.id, title: `bench ${build}` } })).id);
    let clientId = 0;
    const chatTurn = async (build: string, repo: (typeof repos)[number]['repo'], i: number) => {
      const conversationId = conversations.get(build)!;
      const text = `il reste combien de semoule ? (${i})`;
      const user = await repo.insertUserMessageInConversation({
        tenantId: tenant.id,
        userId: null,
        conversationId,
        clientMessageId: `bench-${++clientId}`,
        text,
        parts: [{ type: 'text', text }],
        language: 'fr',
      });
      const answer = await repo.createAssistantMessageRecorded(
        { tenantId: tenant.id, conversationId, language: 'fr', runnerId: 'bench' },
        ++seq,
        { limit: 12, except: user!.message.id },
      );
      const call = await repo.createToolCallRecorded(
        {
          tenantId: tenant.id,
          conversationId,
          messageId: answer.id,
          name: 'inventory_search',
          kind: 'read',
          args: { query: 'semoule' },
          status: 'RUNNING',
          confirmation: 'NOT_REQUIRED',
        },
        ++seq,
      );
      await repo.finishToolCallRecorded(
        call.id,
        conversationId,
        { status: 'SUCCEEDED', result: { items: [{ name: 'Semoule', stock: 42 }] }, durationMs: 2, records: [] },
        ++seq,
      );
      await repo.finishMessageRecorded(answer.id, conversationId, data(i), ++seq);
    };
    const step = (build: string, repo: (typeof repos)[number]['repo'], i: number) =>
      turn ? chatTurn(build, repo, i) : repo.finishMessageRecorded(message.id, conversation.id, data(i), ++seq);
    // Warm-up: JIT, connections, prepared statements.
    for (const { build, repo } of repos) for (let i = 0; i < (turn ? 60 : 200); i++) await step(build, repo, i);
    const perStatement: Record<string, number[]> = Object.fromEntries(builds.map((b) => [b, []]));
    for (let b = 0; b < blocks; b++) {
      for (const { build, repo } of repos) {
        const cpu0 = process.cpuUsage();
        for (let i = 0; i < perBlock; i++) await step(build, repo, i);
        const cpu = process.cpuUsage(cpu0);
        perStatement[build].push(Math.round(((cpu.user + cpu.system) / perBlock) * 10) / 10);
      }
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const load = (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    const result = {
      load,
      unit: turn ? "a chat turn's five statements" : 'the answer UPDATE',
      microsecondsPerStatement: perStatement,
      medians: Object.fromEntries(builds.map((b) => [b, median(perStatement[b])])),
      ratioSecondToFirst: Math.round((median(perStatement[builds[1]]) / median(perStatement[builds[0]])) * 100) / 100,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    for (const { prisma, repo, end } of repos) {
      await repo.onModuleDestroy?.();
      await prisma.$disconnect();
      await end();
    }
    await db.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
