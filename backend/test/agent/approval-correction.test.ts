import type { TestDatabase } from '../setup/test-database';
import type { TestApp } from '../helpers/test-app';
import type { ChatClient } from '../helpers/chat-client';
import { chatApp } from './chat-app';
import { ask, decide, type Turn } from './tools-chat';

/**
 * Found by a shop owner on the built product (offline model): « vendu 2 coca », then « non, 4 » left two cards that
 * could both be approved (6 recorded instead of 4), and « oui » after a card answered « De rien ! » while nothing was
 * recorded. Through the real agent over Socket.IO, on seeded PostgreSQL: the corrected card alone can be approved,
 * the replaced one says so and refuses a decision; a bare yes or no with a card waiting says where its buttons are.
 */
describe('a correction replaces the card it corrects; « yes » is not an approval', () => {
  let db: TestDatabase;
  let t: TestApp;
  let tenantId: string;
  let c: ChatClient;
  const coca = () => db.prisma.product.findFirstOrThrow({ where: { tenantId, nameFr: { startsWith: 'Coca-Cola' } } });
  const sold = (toolCallId: string) =>
    db.prisma.saleLine.aggregate({ where: { sale: { tenantId, toolCallId } }, _sum: { quantity: true } });
  const writes = async () => ({
    movements: await db.prisma.stockMovement.count({ where: { tenantId } }),
    sales: await db.prisma.sale.count({ where: { tenantId } }),
    pending: await db.prisma.toolCall.count({ where: { tenantId, confirmation: 'PENDING' } }),
  });

  const chat = chatApp();
  beforeAll(() => {
    ({ t, db, tenantId, c } = chat);
  });

  const quantityOf = (turn: Turn) => JSON.stringify(turn.approvals[0]?.args);

  it.each([
    ['fr', "j'ai vendu 2 coca", 'non, 4', /remplacée par votre correction/i],
    ['ar', 'بعت 2 كوكا', 'لا، 4', /استُبدلت/],
    ['en', 'I sold 2 coca', 'no, 4', /replaced by your correction/i],
  ])('%s: the corrected card alone can be approved, 4 recorded not 6', async (_lang, first, correction, replaced) => {
    const before = await coca();
    const proposed = await ask(c, first);
    expect(proposed.approvals).toHaveLength(1);
    expect(quantityOf(proposed)).toContain('"quantity":2');
    const corrected = await ask(c, correction, { conversationId: proposed.conversationId });
    expect(corrected.approvals).toHaveLength(1);
    expect(quantityOf(corrected)).toContain('"quantity":4');

    // The first card ended with the correction: not pending any more, the chat told, its stored card says replaced.
    const firstId = proposed.approvals[0].toolCallId;
    const ended = corrected.finished.length ? corrected.finished : c.events.filter((e) => e.type === 'tool.finished');
    expect(ended.find((e) => e.toolCallId === firstId)).toMatchObject({ status: 'rejected', summary: expect.stringMatching(replaced) });
    const row = await db.prisma.toolCall.findUniqueOrThrow({ where: { id: firstId } });
    expect(row).toMatchObject({ confirmation: 'REJECTED', status: 'REJECTED', result: { replacedBy: corrected.approvals[0].toolCallId } });
    const stored = await db.prisma.message.findUniqueOrThrow({ where: { id: proposed.assistantMessageId } });
    expect(stored.parts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ toolCallId: firstId, state: 'rejected', summary: expect.stringMatching(replaced) }),
      ]),
    );

    // Approving the replaced card is refused plainly (a conflict over the socket and over REST), nothing written.
    const ack = await c.emit('approval:decide', { toolCallId: firstId, decision: 'approve' });
    expect(ack).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(replaced) });
    const token = await t.login('owner@demo.dz');
    const rest = await t.http().post(`/api/approvals/${firstId}`).set('Authorization', `Bearer ${token}`).send({ decision: 'approve' });
    expect(rest.status).toBe(409);
    expect(rest.body).toMatchObject({ code: 'CONFLICT' });
    expect((await coca()).stock).toBe(before.stock);

    const done = await decide(c, proposed.conversationId, corrected.approvals[0].toolCallId, 'approve');
    expect(done.status).toBe('applied');
    expect((await coca()).stock).toBe(before.stock - 4);
    expect((await sold(corrected.approvals[0].toolCallId))._sum.quantity).toBe(4);
    expect((await sold(firstId))._sum.quantity).toBeNull();
  });

  it('keeps a second sale of other goods: two cards, both approvable', async () => {
    const proposed = await ask(c, "j'ai vendu 2 coca");
    const other = await ask(c, "j'ai vendu 3 baguettes de pain", { conversationId: proposed.conversationId });
    expect(other.approvals).toHaveLength(1);
    const rows = await db.prisma.toolCall.findMany({
      where: { id: { in: [proposed.approvals[0].toolCallId, other.approvals[0].toolCallId] } },
    });
    expect(rows.map((r) => r.confirmation)).toEqual(['PENDING', 'PENDING']);
    await decide(c, proposed.conversationId, proposed.approvals[0].toolCallId, 'reject');
    await decide(c, proposed.conversationId, other.approvals[0].toolCallId, 'reject');
  });

  it.each([
    ['fr', "j'ai vendu 2 coca", ['oui', 'ok valide', "d'accord, enregistre"], /Valider/, 'non', /Refuser/],
    ['ar', 'بعت 2 كوكا', ['واه سجلها', 'نعم', 'اوكي'], /موافقة/, 'لا', /رفض/],
    ['en', 'I sold 2 coca', ['yes', 'ok approve it', 'Yes please'], /Approve/, 'no', /Reject/],
  ])(
    '%s: « yes » with a card waiting changes nothing and says where to approve; « no » where to reject',
    async (_l, first, yeses, approve, no, reject) => {
      const proposed = await ask(c, first);
      expect(proposed.approvals).toHaveLength(1);
      const before = await writes();
      for (const yes of yeses) {
        const turn = await ask(c, yes, { conversationId: proposed.conversationId });
        expect([yes, turn.started]).toEqual([yes, []]);
        expect([yes, turn.text]).toEqual([yes, expect.stringMatching(approve)]);
      }
      const refused = await ask(c, no, { conversationId: proposed.conversationId });
      expect(refused.started).toEqual([]);
      expect(refused.text).toMatch(reject);
      expect(await writes()).toEqual(before);
      const row = await db.prisma.toolCall.findUniqueOrThrow({ where: { id: proposed.approvals[0].toolCallId } });
      expect(row.confirmation).toBe('PENDING');
      await decide(c, proposed.conversationId, proposed.approvals[0].toolCallId, 'reject');
    },
  );
});
