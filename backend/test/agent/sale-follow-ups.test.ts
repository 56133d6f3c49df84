import type { TestDatabase } from '../setup/test-database';
import type { ChatClient } from '../helpers/chat-client';
import { chatApp } from './chat-app';
import { ask, cards, decide, plain } from './tools-chat';

/**
 * Found by a shop owner on the built product (offline model): follow-ups that proposed the wrong write. A delivery of
 * two products proposed the first alone (and the money paid was lost); « and 3 sprite too » after a coca sale proposed
 * 3 Coca-Cola; « زيد 3 سكر » after a sale put 3 sugar into the stock; « sold 3 coca » while « sold 2 coca » waited
 * withdrew the first card. Through the real agent over Socket.IO, on seeded PostgreSQL.
 */
describe('follow-ups and deliveries propose what the owner meant', () => {
  let db: TestDatabase;
  let tenantId: string;
  let c: ChatClient;
  const writes = async () => ({
    movements: await db.prisma.stockMovement.count({ where: { tenantId } }),
    sales: await db.prisma.sale.count({ where: { tenantId } }),
    expenses: await db.prisma.expense.count({ where: { tenantId } }),
  });

  const chat = chatApp();
  beforeAll(() => {
    ({ db, tenantId, c } = chat);
  });

  it.each([
    ['en', 'received 48 Ifri, 24 Selecto, paid 3500', [/Ifri/, 48], [/Selecto/, 24], 3500],
    ['fr', "j'ai reçu 20 sucre et 10 farine, payé 5000 DA", [/Sucre/, 20], [/Farine/, 10], 5000],
    ['ar', 'دخلت 20 سكر و 10 دقيق، خلصت 5000', [/سكر/, 20], [/دقيق/, 10], 5000],
  ] as const)(
    '%s: a delivery of two products is a card per product, and the money paid its purchase expense',
    async (_l, text, a, b, paid) => {
      const before = await writes();
      const turn = await ask(c, text);
      const proposed = cards(turn);
      expect(proposed).toHaveLength(3);
      expect(proposed).toEqual(
        expect.arrayContaining([
          { tool: 'inventory_adjust', args: expect.objectContaining({ product: expect.stringMatching(a[0]), quantity: a[1] }) },
          { tool: 'inventory_adjust', args: expect.objectContaining({ product: expect.stringMatching(b[0]), quantity: b[1] }) },
          {
            tool: 'expenses_add',
            // The expense names the goods bought (the French one was described « payé 5000 DA »).
            args: expect.objectContaining({ amount: paid, category: 'marchandises', description: expect.stringMatching(a[0]) }),
          },
        ]),
      );
      // One « check the change above » for the three cards (it was said once per card).
      const paragraphs = turn.text.split('\n\n');
      expect(new Set(paragraphs).size).toBe(paragraphs.length);
      // Nothing written before the owner approves; each card is decided alone.
      expect(await writes()).toEqual(before);
      await chat.rejectAll(turn);
    },
  );

  it.each([
    ['fr', "j'ai reçu 20 sucre et du café", /Sucre/, /Rien n’est proposé pour Café.*quelle quantité/],
    ['ar', 'دخلت 20 سكر و شوية قهوة', /سكر/, /لم أقترح شيئًا لـ\s*قهوة.*ما الكمية/],
  ])('%s: a product named without its count is asked about, never dropped', async (_l, text, counted, asked) => {
    const turn = await ask(c, text);
    expect(cards(turn)).toEqual([
      { tool: 'inventory_adjust', args: expect.objectContaining({ product: expect.stringMatching(counted), quantity: 20 }) },
    ]);
    expect(plain(turn.text)).toMatch(asked);
    await chat.rejectAll(turn);
  });

  it.each([
    ['en', 'I sold 2 coca', 'and 3 sprite too', /sprite/i],
    ['fr', "j'ai vendu 2 coca", 'et 3 sprite aussi', /sprite/i],
    ['ar', 'بعت 2 كوكا', 'و 3 سبرايت', /سبرايت/],
  ])('%s: an unknown product in a follow-up is never another product', async (_l, first, next, unknown) => {
    const sale = await ask(c, first);
    expect(sale.approvals).toHaveLength(1);
    const turn = await ask(c, next, { conversationId: sale.conversationId });
    // No card for Coca-Cola: the sale tool says the product is not in the catalogue, in the language asked.
    expect(turn.approvals).toEqual([]);
    expect(turn.started.map((s) => s.name)).toEqual(['sales_record']);
    expect(turn.finished).toEqual([expect.objectContaining({ status: 'failed', summary: expect.stringMatching(unknown) })]);
    expect(JSON.stringify(turn.started[0].args)).not.toMatch(/coca|كوكا/i);
    // The coca card still waits, unchanged.
    expect(await chat.confirmation(sale.approvals[0].toolCallId)).toBe('PENDING');
    await chat.rejectAll(sale);
  });

  it('an unknown product after an approved sale is not the product sold either', async () => {
    const sale = await ask(c, 'I sold 2 coca');
    await decide(c, sale.conversationId, sale.approvals[0].toolCallId, 'approve');
    const before = await writes();
    const turn = await ask(c, 'and 3 sprite too', { conversationId: sale.conversationId });
    expect(turn.approvals).toEqual([]);
    expect(turn.finished).toEqual([expect.objectContaining({ status: 'failed', summary: expect.stringMatching(/sprite/i) })]);
    expect(await writes()).toEqual(before);
  });

  it.each([
    ['ar', 'بعت 2 كوكا', 'زيد 3 سكر', /سكر/],
    ['fr', "j'ai vendu 2 coca", 'ajoute 3 sucre', /Sucre/],
    ['en', 'I sold 2 coca', 'add 3 sugar', /sugar/i],
  ])('%s: « add 3 sugar » in a sale conversation is sugar sold with it, never a delivery', async (_l, first, next, sugar) => {
    const sale = await ask(c, first);
    const turn = await ask(c, next, { conversationId: sale.conversationId });
    expect(cards(turn)).toEqual([
      {
        tool: 'sales_record',
        args: expect.objectContaining({ lines: [expect.objectContaining({ product: expect.stringMatching(sugar), quantity: 3 })] }),
      },
    ]);
    // The coca card stays as it was: two cards, both to decide.
    expect(await chat.confirmation(sale.approvals[0].toolCallId)).toBe('PENDING');
    await chat.rejectAll(sale);
    await chat.rejectAll(turn);
  });

  it('« زيد 3 سكر » as a first message stays a delivery of 3 sugar', async () => {
    const turn = await ask(c, 'زيد 3 سكر');
    expect(cards(turn)).toEqual([
      { tool: 'inventory_adjust', args: expect.objectContaining({ product: expect.stringMatching(/سكر/), quantity: 3 }) },
    ]);
    await chat.rejectAll(turn);
  });

  it.each([
    ['a second sale', 'I sold 2 coca', 'I sold 3 coca'],
    ['a second delivery', "j'ai reçu 10 sucre", "j'ai reçu 20 sucre"],
    ['a second removal', 'نحي 2 سكر', 'نحي 3 سكر'],
  ])('%s of the same goods while the first waits is a second card: the first is not withdrawn', async (_k, one, two) => {
    const first = await ask(c, one);
    const second = await ask(c, two, { conversationId: first.conversationId });
    expect(second.approvals).toHaveLength(1);
    expect(second.finished).toEqual([]);
    expect(await chat.confirmation(first.approvals[0].toolCallId)).toBe('PENDING');
    expect(await chat.confirmation(second.approvals[0].toolCallId)).toBe('PENDING');
    await chat.rejectAll(first);
    await chat.rejectAll(second);
  });
});
