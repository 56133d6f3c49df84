import { formatQuantity, toPlain } from '@tajer/contract';
import type { TestDatabase } from '../setup/test-database';
import type { TestApp } from '../helpers/test-app';
import { chatApp } from './chat-app';
import { ask, decide } from './tools-chat';
import type { ApprovalProposal, ChatMessage, MessagePart, ServerEvent } from '../../src/chat/chat-events';

type ToolPart = Extract<MessagePart, { type: 'tool' }>;

/**
 * « Modifier » then « Valider » on a stock card (issue 10): the card must show what was applied. Through a real
 * socket, the real agent and PostgreSQL: the edited change is recomputed, announced with the resolution, stored on
 * the tool call and in the message — so a reload shows it too — and an edit may only touch the editable fields.
 */
describe('an edited approval shows what was applied', () => {
  let db: TestDatabase;
  let t: TestApp;
  let token: string;
  let tenantId: string;
  const product = (sku: string) => db.prisma.product.findFirstOrThrow({ where: { tenantId, sku } });
  const toolPartOf = (m: ChatMessage, toolCallId: string) =>
    m.parts.find((p): p is ToolPart => p.type === 'tool' && p.toolCallId === toolCallId)!;

  const chat = chatApp({ connect: false });
  beforeAll(() => {
    ({ t, db, token, tenantId } = chat);
  });

  it('recomputes the change from the edited quantity: event, stored call, message part, and after a reload', async () => {
    const c = await chat.client();
    const sugar = await product('EPI-006');
    const turn = await ask(c, 'Ajoute 12 paquets de sucre');
    const approval = turn.approvals[0];
    expect(approval.proposal.changes[0]).toMatchObject({ before: sugar.stock, after: sugar.stock + 12 });
    // The answer under the card does not repeat it: an edit could otherwise leave a stale copy (« +12 ») in the text.
    expect(toPlain(turn.text)).not.toContain(toPlain(approval.proposal.summary));

    const edited = await decide(c, turn.conversationId, approval.toolCallId, 'edit', { ...approval.args, quantity: 24 });
    expect(edited.status).toBe('applied');
    // The direction first, in words (issue 10): « Réception : +24 ».
    const applied = `Réception : +24 — Sucre blanc 1kg : ${sugar.stock} → ${formatQuantity(sugar.stock + 24, 'paquet', 'fr')}`;
    expect(toPlain(edited.text!)).toContain(`passe de ${sugar.stock} à **${formatQuantity(sugar.stock + 24, 'paquet', 'fr')}** (+24)`);
    expect((await product('EPI-006')).stock).toBe(sugar.stock + 24);

    // The resolution carries the recomputed change, before the write runs.
    const resolved = c.events.find(
      (e): e is Extract<ServerEvent, { type: 'approval.resolved' }> =>
        e.type === 'approval.resolved' && e.toolCallId === approval.toolCallId,
    )!;
    expect(resolved.decision).toBe('edited');
    expect(toPlain(resolved.proposal!.summary)).toBe(applied);
    expect(resolved.proposal!.changes).toEqual([
      { field: 'stock', label: 'Réception — stock de Sucre blanc 1kg', before: sugar.stock, after: sugar.stock + 24 },
    ]);

    // Stored: the call's proposal and arguments are what was applied.
    const call = await db.prisma.toolCall.findUniqueOrThrow({ where: { id: approval.toolCallId } });
    expect(call).toMatchObject({ status: 'SUCCEEDED', confirmation: 'EDITED', args: expect.objectContaining({ quantity: 24 }) });
    expect((call.proposal as unknown as ApprovalProposal).changes[0]).toMatchObject({ after: sugar.stock + 24 });

    // A reload (the conversation read back over REST, as the chat does) shows the applied change on the card.
    const res = await t.http().get(`/api/conversations/${turn.conversationId}`).set('Authorization', `Bearer ${token}`).expect(200);
    const message = (res.body.messages as ChatMessage[]).find((m) => m.id === turn.assistantMessageId)!;
    const part = toolPartOf(message, approval.toolCallId);
    expect(part.state).toBe('succeeded');
    expect(toPlain(part.proposal!.summary)).toBe(applied);
    expect(part.args).toMatchObject({ quantity: 24 });
    expect(JSON.stringify(message)).not.toContain('(+12)');
  });

  it('refuses an edit of a field that is not editable, and one the stock cannot take, leaving the approval pending', async () => {
    const c = await chat.client();
    const semoule = await product('EPI-001');
    const other = await product('EPI-006');
    const turn = await ask(c, 'Ajoute 5 sacs de semoule');
    const { toolCallId, args } = turn.approvals[0];

    // Retargeting the write to another product through an "edit" is refused.
    const retarget = await c.emit('approval:decide', { toolCallId, decision: 'edit', args: { ...args, productId: other.id } });
    expect(retarget).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(retarget.message).toContain('productId');

    // Removing more than the shelf holds: refused with the reason in the user's language, nothing decided.
    const tooMany = await c.emit('approval:decide', { toolCallId, decision: 'edit', args: { ...args, quantity: -(semoule.stock + 100) } });
    expect(tooMany).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(toPlain(tooMany.message)).toContain(`il ne reste que ${formatQuantity(semoule.stock, 'sac', 'fr')}`);
    expect(await db.prisma.toolCall.findUniqueOrThrow({ where: { id: toolCallId } })).toMatchObject({ confirmation: 'PENDING' });

    // The user corrects it: applied once, to the product that was shown.
    const ok = await decide(c, turn.conversationId, toolCallId, 'edit', { ...args, quantity: 7 });
    expect(ok.status).toBe('applied');
    expect((await product('EPI-001')).stock).toBe(semoule.stock + 7);
    expect((await product('EPI-006')).stock).toBe(other.stock);
  });
});
