/**
 * Fault: the server process is killed (SIGKILL: no shutdown hook runs) in the middle of a turn and of an approval.
 * Two real backend processes share one real database: A is killed and started again, B keeps running.
 * - The answers A was streaming are marked failed when A' starts, with an apology in the language they were asked
 *   (fr, ar); the client that reconnects sees that (its resume is refused as a gap, the reload shows "failed").
 * - B's answer, streaming meanwhile, is left alone: A' fails only the answers of runners that are gone.
 * - An approval A was applying when it died is applied exactly once: the claim, the stock movement and the call's
 *   outcome commit together, so the kill leaves it pending, and deciding again after the restart applies it once;
 *   deciding a third time answers "already decided" with the stored result. Row counts are checked in the database.
 */
import { Client } from 'pg';
import { ChatClient } from '../helpers/chat-client';
import { Managed, startBackend } from '../helpers/processes';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { api, login, SECRET, until } from './lib';

const messageStatus = async (db: TestDatabase, id: string) => (await db.prisma.message.findUniqueOrThrow({ where: { id } })).status;

function sigkill(m: Managed): Promise<void> {
  return new Promise((resolve) => {
    if (m.proc.exitCode !== null || m.proc.signalCode !== null) return resolve();
    m.proc.once('exit', () => resolve());
    m.proc.kill('SIGKILL');
  });
}

describe('kill -9 of a server mid-turn, another instance sharing the database', () => {
  let db: TestDatabase;
  let a: Managed;
  let b: Managed;
  let a2: Managed | undefined;
  let owner: string;
  const clients: ChatClient[] = [];
  const env = () => ({ DATABASE_URL: db.url, SECRET_KEY: SECRET, DATA_DIR: `/tmp/tajer-faults-k9-${process.pid}` });

  beforeAll(async () => {
    db = await createTestDatabase();
    // Slow streams (offline model), so each kill lands mid-answer; B slower still, so its answer outlives A's restart.
    [a, b] = await Promise.all([
      startBackend({ ...env(), LOCAL_STREAM_DELAY_MS: '40' }),
      startBackend({ ...env(), LOCAL_STREAM_DELAY_MS: '400' }),
    ]);
    owner = await login(a.url, 'owner@demo.dz');
  }, 150_000);

  afterAll(async () => {
    clients.forEach((c) => c.close());
    // A killed process has exited already (stop() would wait for an exit that came before).
    await Promise.all(
      [a, b, a2].filter((m): m is Managed => !!m && m.proc.exitCode === null && m.proc.signalCode === null).map((m) => m.stop()),
    );
    await db?.drop();
  });

  const connect = async (url: string) => {
    const c = new ChatClient(url, owner);
    clients.push(c);
    await c.connected();
    return c;
  };

  it("marks the killed process's answers failed in their language, shows it after reconnecting, and leaves the live instance's answer alone", async () => {
    const onA = await connect(a.url);
    const onB = await connect(b.url);
    const fr = await onA.emit('message:send', { clientMessageId: 'k9-fr', text: 'aide' });
    const ar = await onA.emit('message:send', { clientMessageId: 'k9-ar', text: 'مساعدة' });
    const live = await onB.emit('message:send', { clientMessageId: 'k9-live', text: 'aide' });
    for (const ack of [fr, ar, live]) expect(ack).toMatchObject({ ok: true });
    const accepted = (c: ChatClient, conversationId: string) =>
      c.waitFor((e) => e.type === 'message.accepted' && e.conversationId === conversationId) as Promise<
        Extract<(typeof c.events)[number], { type: 'message.accepted' }>
      >;
    const [frMsg, arMsg, liveMsg] = [
      (await accepted(onA, fr.conversationId)).assistantMessageId,
      (await accepted(onA, ar.conversationId)).assistantMessageId,
      (await accepted(onB, live.conversationId)).assistantMessageId,
    ];
    // Both of A's answers and B's are streaming. The French one's second delta (seq 3 at least) is awaited: the client
    // must have seen more than A recorded (accepted, seq 1) plus the failed answer A' publishes in its name (seq 2),
    // whatever the machine's speed — with only the first delta seen, the resume below would be in order, not a gap.
    await onA.waitFor((e) => e.type === 'message.delta' && e.conversationId === fr.conversationId && e.seq >= 3);
    await onA.waitFor((e) => e.type === 'message.delta' && e.conversationId === ar.conversationId);
    await onB.waitFor((e) => e.type === 'message.delta' && e.conversationId === live.conversationId);
    const seenFr = Math.max(...onA.events.filter((e) => e.conversationId === fr.conversationId).map((e) => e.seq));

    await sigkill(a);
    expect(await messageStatus(db, frMsg)).toBe('STREAMING');
    expect(await messageStatus(db, arMsg)).toBe('STREAMING');

    a2 = await startBackend({ ...env(), LOCAL_STREAM_DELAY_MS: '40' });
    // A' marked A's answers failed before it took its first request, each in its language.
    const frRow = await db.prisma.message.findUniqueOrThrow({ where: { id: frMsg } });
    const arRow = await db.prisma.message.findUniqueOrThrow({ where: { id: arMsg } });
    expect(frRow).toMatchObject({ status: 'FAILED', text: expect.stringContaining('Désolé, cette réponse a été interrompue') });
    expect(arRow).toMatchObject({ status: 'FAILED', text: expect.stringContaining('عذرا، انقطع هذا الرد') });
    // B is alive: its answer is still streaming, untouched by A's recovery.
    expect(await messageStatus(db, liveMsg)).toBe('STREAMING');
    expect(onB.events.some((e) => e.type === 'message.completed' && e.conversationId === live.conversationId)).toBe(false);

    // The client reconnects (to A'): its resume is refused as a gap (A' never saw A's deltas), and the reload shows
    // the failed answer with its apology.
    const back = await connect(a2.url);
    const resumed = await back.emit('conversation:resume', { conversationId: fr.conversationId, afterSeq: seenFr });
    expect(resumed).toMatchObject({ ok: false, code: 'RESUME_GAP' });
    const reloaded = await api(a2.url, 'GET', `/api/conversations/${fr.conversationId}`, owner);
    expect(reloaded.status).toBe(200);
    expect(reloaded.body.messages.find((m: { id: string }) => m.id === frMsg)).toMatchObject({
      status: 'failed',
      text: expect.stringContaining('Désolé, cette réponse a été interrompue'),
    });
    const reloadedAr = await api(a2.url, 'GET', `/api/conversations/${ar.conversationId}`, owner);
    expect(reloadedAr.body.messages.find((m: { id: string }) => m.id === arMsg)).toMatchObject({
      status: 'failed',
      text: expect.stringContaining('انقطع'),
    });
    // A client that follows the conversation from the start gets the failure as an event too.
    const fresh = await connect(a2.url);
    const fromStart = await fresh.emit('conversation:resume', { conversationId: fr.conversationId, afterSeq: reloaded.body.lastSeq ?? 0 });
    expect(fromStart.ok === true || fromStart.code === 'RESUME_GAP').toBe(true);

    // B's answer was live all along: stopping it ends it as cancelled (a live turn), not as an interrupted one.
    expect(await onB.emit('generation:stop', { conversationId: live.conversationId })).toMatchObject({ ok: true, stopped: true });
    const ended = await onB.completed(liveMsg);
    expect(ended.message.status).toBe('cancelled');
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: liveMsg } })).error).toBeNull();
  }, 120_000);

  it('applies an approval the killed process was applying exactly once', async () => {
    const server = a2 ?? a;
    const chat = await connect(server.url);
    const ack = await chat.emit('message:send', { clientMessageId: 'k9-approve', text: 'Ajoute 30 sacs de semoule' });
    expect(ack).toMatchObject({ ok: true });
    const required = (await chat.waitFor((e) => e.type === 'approval.required')) as Extract<
      (typeof chat.events)[number],
      { type: 'approval.required' }
    >;
    await chat.completed();
    const { productId, quantity } = required.args as { productId: string; quantity: number };
    expect(quantity).toBe(30);
    const before = await db.prisma.product.findUniqueOrThrow({ where: { id: productId } });
    const movements = () => db.prisma.stockMovement.count({ where: { toolCallId: required.toolCallId } });
    const productMovements = await db.prisma.stockMovement.count({ where: { productId } });

    // Hold the product's row from another session so the approval's stock write waits, mid-approval; then kill.
    const blocker = new Client({ connectionString: db.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM "Product" WHERE id = $1 FOR UPDATE', [productId]);
      const deciding = api(server.url, 'POST', `/api/approvals/${required.toolCallId}`, owner, { decision: 'approve' }).catch(() => null);
      await until(
        async () => {
          const { rows } = await blocker.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
          );
          return rows[0].n > 0;
        },
        'the approval waiting on the product row',
        30_000,
      );
      await sigkill(server);
      await deciding;
      await blocker.query('ROLLBACK');
    } finally {
      await blocker.end();
    }

    // Nothing of the approval survived the kill: still pending, no movement, stock unchanged.
    await until(
      async () =>
        (
          await db.prisma.$queryRaw<
            { n: number }[]
          >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`
        )[0].n === 0,
      'the killed session to go',
    );
    const call = await db.prisma.toolCall.findUniqueOrThrow({ where: { id: required.toolCallId } });
    expect(call).toMatchObject({ confirmation: 'PENDING', status: 'AWAITING_APPROVAL' });
    expect(await movements()).toBe(0);
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: productId } })).stock).toBe(before.stock);

    // After the restart, deciding again applies it: once.
    a2 = await startBackend({ ...env(), LOCAL_STREAM_DELAY_MS: '40' });
    const applied = await api(a2.url, 'POST', `/api/approvals/${required.toolCallId}`, owner, { decision: 'approve' });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ status: 'applied', decision: 'approved', toolStatus: 'succeeded' });
    expect(await movements()).toBe(1);
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: productId } })).stock).toBe(before.stock + 30);

    // A retry (the client never saw the first answer) gets the applied result, and writes nothing more.
    const again = await api(a2.url, 'POST', `/api/approvals/${required.toolCallId}`, owner, { decision: 'approve' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      status: 'already-decided',
      decision: 'approved',
      toolStatus: 'succeeded',
      result: expect.anything(),
    });
    expect(await movements()).toBe(1);
    expect(await db.prisma.stockMovement.count({ where: { productId } })).toBe(productMovements + 1);
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: productId } })).stock).toBe(before.stock + 30);
  }, 120_000);
});
