import { randomUUID } from 'node:crypto';
import type { TestDatabase } from '../setup/test-database';
import type { TestApp } from '../helpers/test-app';
import type { ChatClient } from '../helpers/chat-client';
import { chatApp } from './chat-app';
import { ask, choicesOf, decide, plain } from './tools-chat';

/**
 * Tajer counts whole units (sale lines, stock and movements are integers): a shop owner's « 1,5 kg de tomates » was
 * proposed as a sale whose approval failed on PostgreSQL's « invalid input syntax for type integer » (the owner read
 * « an unexpected error, try again »), and « received 2.5 kg bananas » was proposed and applied as +3. Through the real
 * agent (offline model, real tools, seeded PostgreSQL) over Socket.IO: a fraction is refused before any card, in the
 * user's language, with nothing written and nothing rounded; the REST routes answer 400 naming the field.
 */
describe('a fractional quantity is refused before any approval card, never rounded', () => {
  let db: TestDatabase;
  let t: TestApp;
  let tenantId: string;
  let owner: string;
  let c: ChatClient;
  const byName = (nameFr: string) => db.prisma.product.findFirstOrThrow({ where: { tenantId, nameFr } });
  const writes = async () => ({
    sales: await db.prisma.sale.count({ where: { tenantId } }),
    saleLines: await db.prisma.saleLine.count({ where: { sale: { tenantId } } }),
    movements: await db.prisma.stockMovement.count({ where: { tenantId } }),
    products: await db.prisma.product.count({ where: { tenantId } }),
    // Only a card awaiting a decision counts (a refused proposal's row is FAILED and NOT_ASKED).
    pending: await db.prisma.toolCall.count({ where: { tenantId, confirmation: 'PENDING', status: 'AWAITING_APPROVAL' } }),
    stock: (await db.prisma.product.findMany({ where: { tenantId }, select: { sku: true, stock: true }, orderBy: { sku: 'asc' } }))
      .map((p) => `${p.sku}:${p.stock}`)
      .join(','),
  });

  const chat = chatApp();
  beforeAll(() => {
    ({ t, db, tenantId, c, token: owner } = chat);
  });

  it.each([
    {
      text: "j'ai vendu 1,5 kg de tomates",
      tool: 'sales_record',
      said: [/unités entières/, /1,5 « Tomates? »/i, /rien enregistré/, /1 ou 2/],
    },
    { text: 'sold 1.5 kg potatoes', tool: 'sales_record', said: [/whole units/, /1\.5 “Potatoes”/i, /nothing was recorded/, /1 or 2/] },
    { text: 'بعت ١٫٥ كيلو بطاطا', tool: 'sales_record', said: [/الوحدات الكاملة/, /بطاطا/, /لم أسجل شيئا/] },
    {
      text: 'received 2.5 kg bananas',
      tool: 'inventory_adjust',
      said: [/whole units/, /2\.5 “Bananas”/i, /nothing was recorded/, /2 or 3/],
    },
    { text: "j'ai reçu 2,5 kg de bananes", tool: 'inventory_adjust', said: [/unités entières/, /2,5 « Bananes »/i, /rien enregistré/] },
  ])('« $text »: no card, the whole-units answer, nothing written', async ({ text, tool, said }) => {
    const before = await writes();
    const turn = await ask(c, text);
    expect(turn.started.map((s) => s.name)).toContain(tool);
    expect(turn.approvals).toHaveLength(0);
    const finished = turn.finished.find((f) => f.name === tool)!;
    expect(finished.status).toBe('failed');
    const stored = await db.prisma.toolCall.findUniqueOrThrow({ where: { id: finished.toolCallId } });
    expect(stored.result).toMatchObject({ code: 'FRACTIONAL_QUANTITY' });
    // Shown on the tool's part as a question to answer again (no buttons), never « an unexpected error… try again ».
    const part = turn.parts.find((p) => p.type === 'tool' && p.toolCallId === finished.toolCallId);
    const question = plain(part?.type === 'tool' ? (part.clarification?.question ?? '') : '');
    expect(plain(finished.clarification?.question ?? '')).toBe(question);
    for (const words of said) expect(question).toMatch(words);
    expect(`${question} ${turn.text}`).not.toMatch(/inattendue|unexpected|غير متوقع/i);
    expect(choicesOf(turn)).toEqual([]);
    expect(await writes()).toEqual(before);
  });

  it('refuses an approval edited to a fraction and keeps it pending; the whole count shown is what is applied', async () => {
    const bananas = await byName('Bananes');
    const proposed = await ask(c, 'received 2 kg bananas');
    expect(proposed.approvals[0]).toMatchObject({ name: 'inventory_adjust', args: { productId: bananas.id, quantity: 2 } });
    const toolCallId = proposed.approvals[0].toolCallId;
    const before = await writes();
    const edited = await c.emit('approval:decide', { toolCallId, decision: 'edit', args: { quantity: 2.5 } });
    expect(edited.ok).toBe(false);
    expect(`${(edited as { message?: string }).message}`).toMatch(/whole units|unités entières|الوحدات الكاملة/);
    expect(await writes()).toEqual(before);
    const approved = await decide(c, proposed.conversationId, toolCallId, 'approve');
    expect(approved.finished?.status).toBe('succeeded');
    expect((await byName('Bananes')).stock).toBe(bananas.stock + 2);
  });

  it('answers 400 naming the field for a fractional quantity on the REST routes', async () => {
    const tomatoes = await byName('Tomates');
    const http = () => t.http();
    const fields = (res: { body: { code: string; details: { field: string }[] } }) => {
      expect(res.body.code).toBe('VALIDATION_FAILED');
      return res.body.details.map((d) => d.field);
    };
    const before = await writes();
    const sale = await http()
      .post('/api/sales')
      .set('Authorization', `Bearer ${owner}`)
      .set('Idempotency-Key', randomUUID())
      .send({ lines: [{ sku: tomatoes.sku, quantity: 1.5 }] })
      .expect(400);
    expect(fields(sale)).toContain('lines.0.quantity');
    const movement = await http()
      .post('/api/inventory/movements')
      .set('Authorization', `Bearer ${owner}`)
      .send({ sku: tomatoes.sku, quantity: 2.5, reason: 'livraison' })
      .expect(400);
    expect(fields(movement)).toContain('quantity');
    const product = await http()
      .post('/api/inventory/products')
      .set('Authorization', `Bearer ${owner}`)
      .send({ sku: 'FRAC-1', nameFr: 'Cerises', category: 'fruits et légumes', unit: 'kg', price: 900, cost: 700, stock: 1.5 })
      .expect(400);
    expect(fields(product)).toContain('stock');
    expect(await writes()).toEqual(before);
  });
});
