/**
 * What one chat statement costs the Node process through Prisma's client and through `pg` directly (issue 13: is the
 * raw pool worth it for the hot statements?). The answer's final UPDATE (`finishMessageRecorded`, one a turn) of two
 * builds' ConversationsRepository — one through Prisma's `$queryRaw` (main), one through `pg` (the `turn14-rawpg`
 * prototype) — run in turn in this one process on the same seeded database, serially, in alternated blocks:
 * process CPU (user + system) per statement, so the neighbours' load touches both the same way.
 *
 *   npm run bench:statement -- dist-main,dist-rawpg [--blocks 6] [--per-block 400]   (builds relative to backend/)
 */
import { join } from 'node:path';
import { startSeededDatabase } from './lib/product-stack';

const log = (msg: string) => process.stdout.write(`[statement] ${msg}\n`);
const arg = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;

async function main(): Promise<void> {
  const builds = (process.argv[2] ?? 'dist-main,dist-rawpg').split(',');
  const [blocks, perBlock] = [arg('--blocks', 6), arg('--per-block', 400)];
  const db = await startSeededDatabase(log);
  const backend = join(__dirname, '..', 'backend');
  const config = { DATABASE_URL: db.url, DATABASE_POOL_SIZE: 4 };
  // Loaded from each build's own output (the two differ in this one repository), so not imported at the top.
  const repos = await Promise.all(
    builds.map(async (build) => {
      const { PrismaService } = await import(join(backend, build, 'database/prisma.service.js'));
      const { ConversationsRepository } = await import(join(backend, build, 'conversations/conversations.repository.js'));
      const prisma = new PrismaService(config);
      return { build, prisma, repo: new ConversationsRepository(prisma, config) };
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
    // Warm-up: JIT, connections, prepared statements.
    for (const { repo } of repos)
      for (let i = 0; i < 200; i++) await repo.finishMessageRecorded(message.id, conversation.id, data(i), ++seq);
    const perStatement: Record<string, number[]> = Object.fromEntries(builds.map((b) => [b, []]));
    for (let b = 0; b < blocks; b++) {
      for (const { build, repo } of repos) {
        const cpu0 = process.cpuUsage();
        for (let i = 0; i < perBlock; i++) await repo.finishMessageRecorded(message.id, conversation.id, data(i), ++seq);
        const cpu = process.cpuUsage(cpu0);
        perStatement[build].push(Math.round(((cpu.user + cpu.system) / perBlock) * 10) / 10);
      }
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const load = (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    const result = {
      load,
      microsecondsPerStatement: perStatement,
      medians: Object.fromEntries(builds.map((b) => [b, median(perStatement[b])])),
      ratioSecondToFirst: Math.round((median(perStatement[builds[1]]) / median(perStatement[builds[0]])) * 100) / 100,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    for (const { prisma, repo } of repos) {
      await repo.onModuleDestroy?.();
      await prisma.$disconnect();
    }
    await db.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
