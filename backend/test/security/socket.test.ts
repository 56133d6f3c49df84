/**
 * The chat socket under attack: every client event fuzzed with fast-check (the ack is `ok` or a validation/refusal
 * code, never INTERNAL, the socket stays usable, health answers); API-key scopes on the socket (#1); an expired
 * access token on an open socket (#3); a socket that disconnects during `send` (#18); a write that skips approval
 * asked for after a tool's output (#12).
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { JwtService } from '@nestjs/jwt';
import { ToolExecutor } from '../../src/agent/tool-executor';
import { ConversationsRepository } from '../../src/conversations/conversations.repository';
import { ChatEventBus } from '../../src/conversations/events/chat-event-bus';
import type { TurnContext } from '../../src/agent/turn-context';
import { createTestApp, TestApp } from '../helpers/test-app';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { ask } from '../agent/tools-chat';
import { nastyString, nastyValue } from './lib/malformed';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

let db: TestDatabase;
let t: TestApp;
let base: string;
let owner: string;
let tenantId: string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.url);
  base = baseUrlOf(t.app);
  owner = await t.login('owner@demo.dz');
  tenantId = (await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo-superette' } })).id;
}, 120_000);

afterAll(async () => {
  await t?.close();
  await db?.drop();
});

async function connect(token: string) {
  const c = new ChatClient(base, token);
  await c.connected();
  return c;
}

const EVENTS = ['message:send', 'conversation:resume', 'generation:stop', 'approval:decide'] as const;

/** Payloads around each event's shape: right keys with wrong values, wrong shapes, NUL bytes, huge strings. */
function payloads(event: (typeof EVENTS)[number]): fc.Arbitrary<unknown> {
  const keys: Record<string, string[]> = {
    'message:send': ['clientMessageId', 'conversationId', 'text', 'attachmentIds', 'lang'],
    'conversation:resume': ['conversationId', 'afterSeq'],
    'generation:stop': ['conversationId'],
    'approval:decide': ['toolCallId', 'decision', 'args'],
  };
  const field = fc.constantFrom(...keys[event], 'extra', '__proto__');
  return fc.oneof(
    fc.dictionary(field, nastyValue, { maxKeys: 4 }),
    fc.record({ clientMessageId: nastyString, text: nastyString }),
    fc.record({ conversationId: fc.oneof(nastyString, fc.uuid()), afterSeq: fc.oneof(fc.integer(), fc.double(), nastyString) }),
    fc.record({
      toolCallId: fc.oneof(fc.uuid(), nastyString),
      decision: fc.oneof(fc.constantFrom('approve', 'reject', 'edit'), nastyString),
      args: nastyValue,
    }),
    nastyValue,
    fc.anything({ maxDepth: 3 }),
  );
}

describe('chat socket under malformed payloads', () => {
  it('acks every event with ok or a refusal code, never INTERNAL, and stays connected', async () => {
    const c = await connect(owner);
    const failures: string[] = [];
    let sent = 0;
    try {
      for (const event of EVENTS) {
        await fc
          .assert(
            fc.asyncProperty(payloads(event), async (payload) => {
              sent++;
              const ack = await c.socket.timeout(20_000).emitWithAck(event, payload);
              if (!ack || typeof ack.ok !== 'boolean') throw new Error(`${event} acked ${JSON.stringify(ack)?.slice(0, 200)}`);
              if (!ack.ok && (ack.code === 'INTERNAL' || typeof ack.message !== 'string'))
                throw new Error(`${event} → ${JSON.stringify(ack).slice(0, 300)}`);
              if (!c.socket.connected) throw new Error(`${event} disconnected the socket`);
            }),
            { numRuns: RUNS * 3, seed: SEED, endOnFailure: true },
          )
          .catch((err) => failures.push(`${event}: ${(err as Error).message.split('\n').slice(0, 5).join('\n')}`));
      }
      // A NUL byte in a message is refused before anything is stored.
      const nul = await c.emit('message:send', { clientMessageId: randomUUID(), text: 'semoule\u0000' });
      expect(nul).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    } finally {
      c.close();
    }
    process.stdout.write(`[fuzz-socket] ${EVENTS.length} events, ${sent} payloads\n`);
    expect(failures).toEqual([]);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  }, 300_000);
});

describe('API keys on the socket (#1)', () => {
  let readKey: string;
  let writeKey: string;
  beforeAll(async () => {
    const make = async (scopes: string[]) =>
      (
        await t
          .http()
          .post('/api/api-keys')
          .set(bearer(owner))
          .send({ name: `socket ${scopes}`, scopes })
          .expect(201)
      ).body.key as string;
    readKey = await make(['read']);
    writeKey = await make(['read', 'write']);
  });

  it('lets a read-only key chat and propose, never decide, on any pending proposal of the business', async () => {
    const ownerChat = await connect(owner);
    const reader = await connect(readKey);
    try {
      // A proposal of the owner's, and one the read key asked for itself.
      const mine = await ask(ownerChat, 'ajoute 10 sacs de semoule 10kg au stock');
      const proposed = await ask(reader, 'ajoute 5 sacs de semoule 10kg au stock');
      expect(mine.approvals).toHaveLength(1);
      expect(proposed.approvals).toHaveLength(1);
      const stockBefore = await db.prisma.stockMovement.count({ where: { tenantId } });
      for (const toolCallId of [mine.approvals[0].toolCallId, proposed.approvals[0].toolCallId]) {
        for (const decision of ['approve', 'edit'] as const) {
          const ack = await reader.emit('approval:decide', {
            toolCallId,
            decision,
            ...(decision === 'edit' ? { args: { quantity: 500 } } : {}),
          });
          expect(ack).toMatchObject({ ok: false, code: 'FORBIDDEN' });
        }
      }
      expect(await db.prisma.stockMovement.count({ where: { tenantId } })).toBe(stockBefore);
      expect(
        await db.prisma.toolCall.count({
          where: { id: { in: [mine.approvals[0].toolCallId, proposed.approvals[0].toolCallId] }, confirmation: 'PENDING' },
        }),
      ).toBe(2);

      // A write that needs no approval (feedback) is refused to a read key, and nothing is stored.
      const feedbackBefore = await db.prisma.feedback.count({ where: { tenantId } });
      const feedback = await ask(reader, "signaler un bug : l'application plante quand j'ajoute une dépense");
      expect(feedback.finished.find((f) => f.name === 'feedback_submit')).toMatchObject({ status: 'failed' });
      expect(await db.prisma.feedback.count({ where: { tenantId } })).toBe(feedbackBefore);

      // The same decision with a write key goes through.
      const writer = await connect(writeKey);
      try {
        const ack = await writer.emit('approval:decide', { toolCallId: proposed.approvals[0].toolCallId, decision: 'reject' });
        expect(ack).toMatchObject({ ok: true, status: 'rejected' });
      } finally {
        writer.close();
      }
    } finally {
      ownerChat.close();
      reader.close();
    }
  }, 120_000);
});

describe('an open socket after its access token expired (#3)', () => {
  it('is closed at expiry and refuses events from then on', async () => {
    const jwt = new JwtService({ secret: t.config.secretKey });
    const claims = jwt.decode(owner) as Record<string, unknown>;
    const now = Math.floor(Date.now() / 1000);
    const shortLived = jwt.sign({ ...claims, iat: now, exp: now + 2 }, { algorithm: 'HS256' });
    const c = await connect(shortLived);
    const closed = new Promise<string>((resolve) => c.socket.once('disconnect', resolve));
    expect(await closed).toBe('io server disconnect');
    // Reconnecting with the expired token is refused at the handshake.
    c.socket.connect();
    await expect(c.connected()).rejects.toThrow(/expired|invalid/i);
    c.close();
  }, 30_000);
});

describe('a socket that disconnects during message:send (#18)', () => {
  it('is not left subscribed once its disconnect handler ran', async () => {
    const bus = t.app.get(ChatEventBus);
    const c = await connect(owner);
    const socketId = c.socket.id!;
    const gone = new Promise<void>((resolve) => c.socket.once('disconnect', () => resolve()));
    const original = bus.persistedLastSeq.bind(bus);
    // Hold the gateway between accepting the message and subscribing the socket (its read of the conversation's last
    // seq, answered without the database for a conversation just created) until the socket is gone.
    const spy = jest.spyOn(bus, 'persistedLastSeq').mockImplementationOnce(async (id: string) => {
      c.close();
      await gone;
      await new Promise((r) => setTimeout(r, 200)); // the server's disconnect handler has run by now
      return original(id);
    });
    c.socket.emit('message:send', { clientMessageId: randomUUID(), text: 'Bonjour' });
    await gone;
    await new Promise((r) => setTimeout(r, 1000));
    spy.mockRestore();
    const conversation = await db.prisma.message.findFirst({ where: { tenantId, text: 'Bonjour' }, orderBy: { createdAt: 'desc' } });
    expect(conversation).not.toBeNull();
    expect(bus.isSubscribed(socketId, conversation!.conversationId)).toBe(false);
  }, 30_000);
});

describe('a write without approval after a tool ran in the turn (#12)', () => {
  it('waits for approval instead of running at once', async () => {
    const executor = t.app.get(ToolExecutor);
    const repo = t.app.get(ConversationsRepository);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'owner@demo.dz' } });
    const conversation = await repo.createConversation({ tenantId, userId: user.id, title: 'receipt' });
    const message = await repo.createAssistantMessage({ tenantId, conversationId: conversation.id });
    const principal = { userId: user.id, tenantId, role: 'OWNER' as const, via: 'jwt' as const, scopes: ['read', 'write'] };
    const turn = (toolRuns: TurnContext['toolRuns']): TurnContext => ({
      tenantId,
      userId: user.id,
      principal,
      conversationId: conversation.id,
      messageId: message.id,
      lang: 'fr',
      attachmentIds: [],
      parts: [],
      signal: new AbortController().signal,
      toolRuns,
    });
    const before = await db.prisma.feedback.count({ where: { tenantId } });
    const afterTool = await executor.execute(turn([{ name: 'expenses_scan_receipt', args: {}, status: 'succeeded' }]), 'feedback_submit', {
      category: 'bug',
      message: 'URGENT: the app deleted all data, email the whole team',
    });
    expect(afterTool.status).toBe('awaiting_approval');
    expect(await db.prisma.feedback.count({ where: { tenantId } })).toBe(before);
    // Asked by the user directly (first action of the turn), it is sent at once as before.
    const direct = await executor.execute(turn([]), 'feedback_submit', { category: 'suggestion', message: 'Un mode sombre serait bien' });
    expect(direct.status).toBe('succeeded');
    expect(await db.prisma.feedback.count({ where: { tenantId } })).toBe(before + 1);
  });
});
