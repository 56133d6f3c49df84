import { formatNumber, formatQuantity } from '../../../tools/src/format';
import type { TestDatabase } from '../setup/test-database';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { chatApp } from './chat-app';
import { ask, decide, plain } from './tools-chat';

/**
 * The inventory tools through the real agent (offline model, real tools, seeded PostgreSQL) over Socket.IO:
 * questions in French, Arabic, Darija and English answered with the stock read from the database, and stock
 * movements that change nothing until approved — once, even when approved twice or after a restart.
 */
describe('inventory tools through the agent', () => {
  let db: TestDatabase;
  let t: TestApp;
  let tenantId: string;
  const product = (sku: string) => db.prisma.product.findFirstOrThrow({ where: { tenantId, sku } });
  const movements = (productId: string) => db.prisma.stockMovement.count({ where: { tenantId, productId } });

  const chat = chatApp({ connect: false });
  beforeAll(() => {
    ({ t, db, tenantId } = chat);
  });

  it('answers a stock question in French, Arabic, Darija and English with the figure from the database', async () => {
    const c = await chat.client();
    const semoule = await product('EPI-001');
    const farine = await product('EPI-002');

    const fr = await ask(c, 'Il me reste combien de semoule ?');
    expect(fr.started.map((s) => s.name)).toEqual(['inventory_search']);
    expect(String(fr.started[0].args.query)).toMatch(/semoule/i);
    expect(fr.finished[0]).toMatchObject({ status: 'succeeded' });
    expect(plain(fr.text)).toContain(`Il vous reste **${formatQuantity(semoule.stock, 'sac', 'fr')}** de Semoule 10kg`);
    expect(fr.text).toContain(`seuil de réapprovisionnement : ${semoule.reorderThreshold}`);
    expect(fr.streamed).toBe(fr.text);

    const ar = await ask(c, 'كم بقي من الدقيق في المخزون؟');
    expect(ar.started[0]).toMatchObject({ name: 'inventory_search' });
    expect(plain(ar.text)).toContain(`بقي لديك **${formatQuantity(farine.stock, 'paquet', 'ar')}** من دقيق القمح 1 كغ`);

    const darija = await ask(c, 'شحال باقي من السميد؟');
    expect(darija.started[0]).toMatchObject({ name: 'inventory_search' });
    expect(plain(darija.text)).toContain(formatQuantity(semoule.stock, 'sac', 'ar'));

    // Darija in Latin letters is answered in French.
    const sucre = await product('EPI-006');
    const latin = await ask(c, 'chhal 3andi men sucre f stock');
    expect(latin.started[0]).toMatchObject({ name: 'inventory_search' });
    expect(plain(latin.text)).toContain(`Il vous reste **${formatQuantity(sucre.stock, 'paquet', 'fr')}** de Sucre blanc 1kg`);

    const en = await ask(c, 'How much flour do I have left?');
    expect(en.started[0]).toMatchObject({ name: 'inventory_search' });
    expect(plain(en.text)).toContain(`You have **${formatQuantity(farine.stock, 'paquet', 'en')}** of Wheat flour 1kg left`);

    // The support console sees which product was read.
    const call = await db.prisma.toolCall.findFirstOrThrow({ where: { messageId: en.assistantMessageId } });
    expect(call.records).toEqual([{ type: 'product', id: farine.id, label: 'Farine de blé 1kg' }]);
  });

  it('lists the products at or below their threshold, counted in the database', async () => {
    const c = await chat.client();
    const low = await db.prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "Product" WHERE "tenantId" = ${tenantId} AND active AND stock <= "reorderThreshold"`;
    const turn = await ask(c, 'Quels produits sont bientôt en rupture ?');
    expect(turn.started[0]).toMatchObject({ name: 'inventory_search', args: { lowStockOnly: true } });
    expect(turn.text).toMatch(new RegExp(`^${Number(low[0].n)} produits sont au seuil`));
    const oil = await product('EPI-007'); // Huile de table Elio 5L: low in the seed
    expect(plain(turn.text)).toContain(`Huile de table Elio 5L : **${formatQuantity(oil.stock, 'bouteille', 'fr')}**`);
  });

  it('proposes "Ajoute 30 sacs de semoule" without writing, applies it once on approval, and refuses a second approval', async () => {
    const c = await chat.client();
    const before = await product('EPI-001');
    const movementsBefore = await movements(before.id);

    const turn = await ask(c, 'Ajoute 30 sacs de semoule');
    expect(turn.started).toHaveLength(1);
    expect(turn.started[0]).toMatchObject({ name: 'inventory_adjust', kind: 'write', args: { quantity: 30 } });
    expect(turn.approvals).toHaveLength(1);
    const approval = turn.approvals[0];
    // The direction comes first, in words: an owner approving without reading the table still reads "Réception : +30".
    const expected = `Réception : +30 — Semoule 10kg (SIM, moyenne) : ${before.stock} → ${formatQuantity(before.stock + 30, 'sac', 'fr')}`;
    expect(plain(approval.proposal.summary)).toBe(expected);
    expect(approval.proposal.changes).toEqual([
      { field: 'stock', label: 'Réception — stock de Semoule 10kg (SIM, moyenne)', before: before.stock, after: before.stock + 30 },
    ]);
    expect(approval.proposal.editable).toEqual(['quantity', 'reason']);
    expect(approval.args).toMatchObject({ productId: before.id, quantity: 30 });
    // The card states the change; the answer under it asks to check it, without repeating it (issue 10).
    expect(plain(turn.text)).not.toContain(expected);
    expect(turn.text).toMatch(/rien n’est enregistré tant que vous ne l’avez pas validée/);
    expect(turn.finished).toHaveLength(0);

    // Nothing is written before the decision.
    expect((await product('EPI-001')).stock).toBe(before.stock);
    expect(await movements(before.id)).toBe(movementsBefore);

    const approved = await decide(c, turn.conversationId, approval.toolCallId, 'approve');
    expect(approved.status).toBe('applied');
    expect(approved.finished).toMatchObject({ name: 'inventory_adjust', status: 'succeeded' });
    expect(plain(approved.text!)).toBe(
      `C'est fait : le stock de Semoule 10kg (SIM, moyenne) passe de ${before.stock} à **${formatQuantity(before.stock + 30, 'sac', 'fr')}** (+30).`,
    );
    expect((await product('EPI-001')).stock).toBe(before.stock + 30);
    const created = await db.prisma.stockMovement.findMany({
      where: { tenantId, productId: before.id },
      orderBy: { createdAt: 'desc' },
      take: 1,
    });
    expect(await movements(before.id)).toBe(movementsBefore + 1);
    const owner = await db.prisma.user.findUniqueOrThrow({ where: { email: 'owner@demo.dz' } });
    expect(created[0]).toMatchObject({
      quantity: 30,
      stockBefore: before.stock,
      stockAfter: before.stock + 30,
      reason: 'Réception de marchandise',
      userId: owner.id,
      toolCallId: approval.toolCallId,
    });

    // A second approval (another tab, a retried click) changes nothing.
    const again = await decide(c, turn.conversationId, approval.toolCallId, 'approve');
    expect(again.status).toBe('already-decided');
    expect((await product('EPI-001')).stock).toBe(before.stock + 30);
    expect(await movements(before.id)).toBe(movementsBefore + 1);
    const call = await db.prisma.toolCall.findUniqueOrThrow({ where: { id: approval.toolCallId } });
    expect(call).toMatchObject({ status: 'SUCCEEDED', confirmation: 'APPROVED' });
    expect(call.records).toEqual([
      { type: 'product', id: before.id, label: 'Semoule 10kg (SIM, moyenne)' },
      { type: 'stock_movement', id: created[0].id, label: `Semoule 10kg (SIM, moyenne) : ${before.stock} → ${before.stock + 30}` },
    ]);
  });

  it('changes nothing when the proposal is rejected', async () => {
    const c = await chat.client();
    const before = await product('EPI-001');
    const count = await movements(before.id);
    const turn = await ask(c, 'Retire 5 sacs de semoule, ils sont mouillés');
    expect(turn.started[0]).toMatchObject({ name: 'inventory_adjust', args: { quantity: -5 } });
    expect(plain(turn.approvals[0].proposal.summary)).toMatch(/^Retrait du stock : \u22125 — Semoule 10kg/);
    const rejected = await decide(c, turn.conversationId, turn.approvals[0].toolCallId, 'reject');
    expect(rejected.status).toBe('rejected');
    expect(rejected.text).toBe("D'accord, je n'ai rien modifié.");
    expect((await product('EPI-001')).stock).toBe(before.stock);
    expect(await movements(before.id)).toBe(count);
  });

  it('applies the edited quantity when the user changes it before approving', async () => {
    const c = await chat.client();
    const before = await product('EPI-001');
    const turn = await ask(c, 'Ajoute 30 sacs de semoule');
    const edited = await decide(c, turn.conversationId, turn.approvals[0].toolCallId, 'edit', { quantity: 20 });
    expect(edited.status).toBe('applied');
    expect(plain(edited.text!)).toContain(`passe de ${before.stock} à **${formatQuantity(before.stock + 20, 'sac', 'fr')}** (+20)`);
    expect((await product('EPI-001')).stock).toBe(before.stock + 20);
    const last = await db.prisma.stockMovement.findFirstOrThrow({
      where: { tenantId, productId: before.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(last.quantity).toBe(20);
  });

  it('refuses at proposal time a removal that would take the stock below zero', async () => {
    const c = await chat.client();
    const before = await product('EPI-001');
    const count = await movements(before.id);
    const turn = await ask(c, 'Retire 5000 sacs de semoule du stock');
    expect(turn.started[0]).toMatchObject({ name: 'inventory_adjust', args: { quantity: -5000 } });
    expect(turn.approvals).toHaveLength(0);
    expect(turn.finished[0]).toMatchObject({ status: 'failed' });
    expect(plain(turn.text)).toBe(
      `Impossible : il ne reste que ${formatQuantity(before.stock, 'sac', 'fr')} de Semoule 10kg (SIM, moyenne), je ne peux pas en retirer ${formatNumber(5000, 'fr').replace(/[\u00a0\u202f]/g, ' ')}. Le stock ne peut pas devenir négatif.`,
    );
    expect(await movements(before.id)).toBe(count);
  });

  it('proposes in Arabic for an Arabic request', async () => {
    const c = await chat.client();
    const sugar = await product('EPI-006');
    const turn = await ask(c, 'أضف 20 كيس سكر إلى المخزون');
    expect(turn.started[0]).toMatchObject({ name: 'inventory_adjust', args: { quantity: 20 } });
    expect(plain(turn.approvals[0].proposal.summary)).toBe(
      `استلام: +20 — سكر أبيض 1 كغ: ${sugar.stock} → ${formatQuantity(sugar.stock + 20, 'paquet', 'ar')}`,
    );
    expect(turn.text).toMatch(/[\u0600-\u06FF]/);
    // Another business cannot decide on it.
    const oran = await chat.client(t, await t.login('owner@oran.dz'));
    await expect(oran.emit('approval:decide', { toolCallId: turn.approvals[0].toolCallId, decision: 'approve' })).resolves.toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect((await product('EPI-006')).stock).toBe(sugar.stock);
  });

  it('keeps a pending approval across a restart and applies it once from a new connection', async () => {
    const c = await chat.client();
    const before = await product('EPI-001');
    const count = await movements(before.id);
    const turn = await ask(c, 'Ajoute 12 sacs de semoule');
    const toolCallId = turn.approvals[0].toolCallId;
    const lastSeq = Math.max(...c.events.filter((e) => e.conversationId === turn.conversationId).map((e) => e.seq));
    c.close();
    await t.close();

    // Handed to the fixture, which closes the app it holds after the file (the first one is closed above).
    t = chat.t = chat.app.t = await createTestApp(db.url);
    chat.token = await t.login('owner@demo.dz');
    const fresh = await chat.client();
    // The page reloaded: it follows the conversation from the last event it showed, then approves.
    await expect(fresh.emit('conversation:resume', { conversationId: turn.conversationId, afterSeq: lastSeq })).resolves.toMatchObject({
      ok: true,
    });
    expect((await product('EPI-001')).stock).toBe(before.stock);
    const approved = await decide(fresh, turn.conversationId, toolCallId, 'approve');
    expect(approved.status).toBe('applied');
    expect((await product('EPI-001')).stock).toBe(before.stock + 12);
    expect(await movements(before.id)).toBe(count + 1);
    expect((await decide(fresh, turn.conversationId, toolCallId, 'approve')).status).toBe('already-decided');
    expect(await movements(before.id)).toBe(count + 1);
  });
});
