/**
 * Findings of the security review that are about the assistant's turn: a decision racing the running turn (#13), raw
 * database errors reaching the chat or the model (#15), a turn reading the whole conversation (#17), and the demo
 * accounts in production (#14).
 */
import { randomUUID } from 'node:crypto';
import type { ServerEvent } from '../../src/chat/chat-events';
import { ConversationsRepository } from '../../src/conversations/conversations.repository';
import { loadConfig } from '../../src/config/app-config';
import { createTestApp, TestApp } from '../helpers/test-app';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { startBackend } from '../helpers/processes';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { ask } from '../agent/tools-chat';

type Ev<T extends ServerEvent['type']> = Extract<ServerEvent, { type: T }>;

let db: TestDatabase;
let t: TestApp;
let c: ChatClient;
let tenantId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  // Streams slowly, so a decision sent as soon as the card appears lands while the answer is still being written.
  t = await createTestApp(db.url, { LOCAL_STREAM_DELAY_MS: '40' });
  c = new ChatClient(baseUrlOf(t.app), await t.login('owner@demo.dz'));
  await c.connected();
  tenantId = (await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo-superette' } })).id;
}, 120_000);

afterAll(async () => {
  c?.close();
  await t?.close();
  await db?.drop();
});

describe('a decision racing the running turn (#13)', () => {
  it('leaves the stored part in its applied state, not "awaiting approval"', async () => {
    const ack = await c.emit('message:send', { clientMessageId: randomUUID(), text: 'ajoute 10 sacs de semoule 10kg au stock' });
    expect(ack.ok).toBe(true);
    const required = (await c.waitFor(
      (e) => e.type === 'approval.required' && e.conversationId === ack.conversationId,
    )) as Ev<'approval.required'>;
    // Decided at once, while the turn is still streaming its answer.
    const decided = await c.emit('approval:decide', { toolCallId: required.toolCallId, decision: 'approve' });
    expect(decided).toMatchObject({ ok: true, status: 'applied' });
    const completed = await c.completed(required.messageId);
    const finished = c.events.find((e) => e.type === 'tool.finished' && e.toolCallId === required.toolCallId) as Ev<'tool.finished'>;
    expect(finished.status).toBe('succeeded');

    const stored = await db.prisma.message.findUniqueOrThrow({ where: { id: required.messageId } });
    const part = (stored.parts as any[]).find((p) => p.toolCallId === required.toolCallId);
    expect(part.state).toBe('succeeded');
    expect((completed.message.parts as any[]).find((p) => p.toolCallId === required.toolCallId).state).toBe('succeeded');
    // Applied once.
    expect(await db.prisma.stockMovement.count({ where: { tenantId, toolCallId: required.toolCallId } })).toBe(1);
  }, 60_000);
});

describe('database errors inside a tool (#15)', () => {
  it('never reach the tool.finished event, the answer, the stored call or the model', async () => {
    await db.prisma.$executeRawUnsafe('ALTER TABLE "Expense" RENAME TO "Expense_moved"');
    try {
      const turn = await ask(c, 'montre-moi mes dépenses de ce mois');
      const failed = turn.finished.find((f) => f.status === 'failed');
      expect(failed).toBeDefined();
      const leaks = /prisma|Expense_moved|relation|does not exist|P20\d\d|invocation|column|table/i;
      expect(failed!.error ?? '').not.toMatch(leaks);
      expect(failed!.summary).not.toMatch(leaks);
      expect(turn.text).not.toMatch(leaks);
      const call = await db.prisma.toolCall.findUniqueOrThrow({ where: { id: failed!.toolCallId } });
      expect(JSON.stringify([call.error, call.result])).not.toMatch(leaks);
    } finally {
      await db.prisma.$executeRawUnsafe('ALTER TABLE "Expense_moved" RENAME TO "Expense"');
    }
  }, 60_000);
});

describe('a turn in a long conversation (#17)', () => {
  it('reads only the recent messages it sends the model', async () => {
    const first = await ask(c, 'Bonjour');
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'owner@demo.dz' } });
    // 400 earlier messages in the same conversation.
    await db.prisma.message.createMany({
      data: Array.from({ length: 400 }, (_, i) => ({
        tenantId,
        conversationId: first.conversationId,
        role: i % 2 ? ('ASSISTANT' as const) : ('USER' as const),
        status: 'COMPLETED' as const,
        text: `ancien message ${i}`,
        parts: [],
        createdAt: new Date(Date.now() - 86_400_000 + i * 1000),
      })),
    });
    expect(user.id).toBeDefined();
    const repo = t.app.get(ConversationsRepository);
    const all = jest.spyOn(repo, 'getMessages');
    const recent = jest.spyOn(repo, 'recentMessages');
    const recorded = jest.spyOn(repo, 'createAssistantMessageRecorded');
    await ask(c, 'merci', { conversationId: first.conversationId });
    expect(all).not.toHaveBeenCalled();
    // The history is read once: by the statement that stores the answer (no other turn of the conversation pending),
    // or on its own when the turn starts.
    const histories = [
      ...(await Promise.all(recent.mock.results.map((r) => r.value))),
      ...(await Promise.all(recorded.mock.results.map((r) => r.value))).map((m) => m.history).filter(Boolean),
    ];
    expect(histories).toHaveLength(1);
    const texts = histories[0].map((m: { text: string }) => m.text);
    expect(texts.length).toBeLessThanOrEqual(14);
    expect(texts).toContain('Bonjour');
    expect(texts).not.toContain('ancien message 0');
    all.mockRestore();
    recent.mockRestore();
    recorded.mockRestore();
  }, 60_000);
});

describe('the demo accounts in production (#14)', () => {
  it('never seeds the demo with ENVIRONMENT=production, and refuses SEED_DEMO=true there', () => {
    const prod = { ENVIRONMENT: 'production', SECRET_KEY: 'a-production-secret-0123456789' };
    expect(loadConfig(prod).seedDemo).toBe(false); // embedded database: the default would seed
    expect(loadConfig({ ...prod, DATABASE_URL: 'postgresql://u:p@db/tajer' }).seedDemo).toBe(false);
    expect(() => loadConfig({ ...prod, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
    expect(loadConfig({ ENVIRONMENT: 'development' }).seedDemo).toBe(true);
  });

  it('a production server on a fresh database has no support@demo.dz to sign in as', async () => {
    const fresh = await createTestDatabase({ template: 'empty' });
    const server = await startBackend({
      ENVIRONMENT: 'production',
      DATABASE_URL: fresh.url,
      SECRET_KEY: 'a-production-secret-0123456789',
      DATA_DIR: `${require('node:os').tmpdir()}/tajer-prod-${process.pid}`,
      CLOCK_NOW: '',
    });
    try {
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'support@demo.dz', password: 'demo' }),
      });
      expect(login.status).toBe(401);
      expect(await fresh.prisma.user.count()).toBe(0);
      expect(await fresh.prisma.tenant.count()).toBe(0);
    } finally {
      await server.stop();
      await fresh.drop();
    }
  }, 120_000);
});
