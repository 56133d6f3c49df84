import type { TestDatabase } from '../setup/test-database';
import type { ChatClient } from '../helpers/chat-client';
import { chatApp } from './chat-app';
import { ask, cards, choicesOf, decide, plain } from './tools-chat';

/**
 * Found by a shop owner on the demo shop (offline model): writes proposed on a misunderstanding and a wrong number said
 * with confidence. A Darija delivery kept only its expense; « 2 coca et pepsi » dropped the Pepsi without a word;
 * « and 3 more » after a sale changed its 2 into 3; « how many days will my coffee last? » got the month's sales;
 * « Abdel Kader paid 500 » named « Kader », and « نور الدين » became the dates Deglet Nour. Through the real agent over
 * Socket.IO, on seeded PostgreSQL.
 */
describe('the owner is proposed what he meant, or asked', () => {
  let db: TestDatabase;
  let tenantId: string;
  let c: ChatClient;
  const writes = async () => ({
    movements: await db.prisma.stockMovement.count({ where: { tenantId } }),
    sales: await db.prisma.sale.count({ where: { tenantId } }),
    expenses: await db.prisma.expense.count({ where: { tenantId } }),
    payments: await db.prisma.customerPayment.count({ where: { tenantId } }),
  });

  const chat = chatApp();
  beforeAll(() => {
    ({ db, tenantId, c } = chat);
  });

  describe('a Darija delivery with the money paid', () => {
    it.each([
      ['ar', 'جاني 20 سكر و 10 زيت خلصت 5000', 2],
      ['ar', 'وصلني 20 سكر خلصت 5000', 1],
      ['fr', 'jani 20 sokar w 10 zit khalast 5000', 2],
    ] as const)('%s « %s »: a stock card per product and the purchase expense', async (_l, text, products) => {
      const before = await writes();
      const turn = await ask(c, text);
      const started = turn.started.map((s) => ({ tool: s.name, args: s.args }));
      // Every product received is its stock movement (the oil, named without its size, asks which one on its card).
      expect(started.filter((s) => s.tool === 'inventory_adjust')).toHaveLength(products);
      expect(started).toEqual(
        expect.arrayContaining([
          { tool: 'inventory_adjust', args: expect.objectContaining({ product: expect.stringMatching(/سكر|Sucre/), quantity: 20 }) },
          { tool: 'expenses_add', args: expect.objectContaining({ amount: 5000, category: 'marchandises' }) },
        ]),
      );
      expect(cards(turn)).toEqual(
        expect.arrayContaining([
          { tool: 'inventory_adjust', args: expect.objectContaining({ quantity: 20 }) },
          { tool: 'expenses_add', args: expect.objectContaining({ amount: 5000 }) },
        ]),
      );
      expect(await writes()).toEqual(before);
      await chat.rejectAll(turn);
    });
  });

  describe('goods sold named without their count', () => {
    it.each([
      ['fr', "j'ai vendu 2 coca et pepsi", /Rien n’est proposé pour pepsi : quelle quantité/],
      ['en', 'sold 2 coca and pepsi', /Nothing proposed for pepsi: what quantity/],
      ['ar', 'بعت 2 كوكا و بيبسي', /لم أقترح شيئًا لـ\s*بيبسي: ما الكمية/],
    ] as const)('%s « %s »: the counted one proposed, the other asked', async (lang, text, asked) => {
      const turn = await ask(c, text, { lang });
      expect(cards(turn)).toEqual([
        {
          tool: 'sales_record',
          args: expect.objectContaining({ lines: [expect.objectContaining({ product: expect.stringMatching(/Coca|كوكا/), quantity: 2 })] }),
        },
      ]);
      expect(plain(turn.text)).toMatch(asked);
      await chat.rejectAll(turn);
    });
  });

  describe('« and 3 more » after a sale', () => {
    it.each([
      [
        'en',
        'sold 2 coca',
        'and 3 more',
        /Proposed as a sale of its own: the first one stays as it is\. To correct its quantity instead, say “no, 3”/,
      ],
      ['fr', "j'ai vendu 2 coca", 'et 3 de plus', /Proposé comme une vente à part : la première reste telle quelle\. .*« non, 3 »/],
      ['ar', 'بعت 2 كوكا', 'و 3 خرين', /اقترحتها كبيعة مستقلة: البيعة الأولى تبقى كما هي.*«لا، 3»/],
    ] as const)('%s: « %s », « %s » is 3 more sold, on a card of its own, and the answer says why', async (lang, first, next, why) => {
      const sale = await ask(c, first, { lang });
      expect(sale.approvals).toHaveLength(1);
      const turn = await ask(c, next, { conversationId: sale.conversationId, lang });
      expect(cards(turn)).toEqual([
        {
          tool: 'sales_record',
          args: expect.objectContaining({ lines: [expect.objectContaining({ product: expect.stringMatching(/Coca|كوكا/), quantity: 3 })] }),
        },
      ]);
      expect(plain(turn.text)).toMatch(why);
      // The first card still waits with its 2: 5 sold in all, in two cards.
      expect(await chat.confirmation(sale.approvals[0].toolCallId)).toBe('PENDING');
      const waiting = await db.prisma.toolCall.findUniqueOrThrow({ where: { id: sale.approvals[0].toolCallId } });
      expect(JSON.stringify(waiting.args)).toMatch(/"quantity":2/);
      await chat.rejectAll(sale);
      await chat.rejectAll(turn);
    });

    it('« et 3 de plus » after an approved sale is 3 more on the same terms (payment, day), the sale kept', async () => {
      const sale = await ask(c, "j'ai vendu 2 coca hier en espèces");
      const soldAt = (sale.approvals[0].args as { soldAt?: string }).soldAt;
      expect(soldAt).toBeDefined();
      await decide(c, sale.conversationId, sale.approvals[0].toolCallId, 'approve');
      const before = await writes();
      const turn = await ask(c, 'et 3 de plus', { conversationId: sale.conversationId });
      expect(cards(turn)).toEqual([
        {
          tool: 'sales_record',
          args: expect.objectContaining({ soldAt, paymentMethod: 'cash', lines: [expect.objectContaining({ quantity: 3 })] }),
        },
      ]);
      expect(await writes()).toEqual(before);
      // The first sale is applied: nothing to correct on it, so no « say no, 3 ».
      expect(plain(turn.text)).not.toMatch(/non, 3/);
      await chat.rejectAll(turn);
    });

    it('« non, 3 » still corrects the waiting card', async () => {
      const sale = await ask(c, 'sold 2 coca');
      const turn = await ask(c, 'non, 3', { conversationId: sale.conversationId });
      expect(cards(turn)).toEqual([
        { tool: 'sales_record', args: expect.objectContaining({ lines: [expect.objectContaining({ quantity: 3 })] }) },
      ]);
      // The card of 2 is replaced by the card of 3: withdrawn, never left to approve beside it.
      expect(await chat.confirmation(sale.approvals[0].toolCallId)).not.toBe('PENDING');
      await chat.rejectAll(turn);
    });
  });

  describe('how many days the stock lasts', () => {
    it.each([
      ['en', 'how many days will my coffee last?', /about \*\*\d+ days\*\* of stock|less than a day|No sale of/, /since .*\(\d+ days\)/],
      [
        'fr',
        'combien de jours va durer mon café ?',
        /environ \*\*\d+ jours\*\*|moins d.une journée|Aucune vente/,
        /depuis le .*\(\d+ jours\)/,
      ],
      ['ar', 'شحال من نهار يكفيني القهوة؟', /حوالي \*\*\d+ يومًا\*\*|أقل من يوم|لا توجد أي مبيعات/, /منذ .*\(\d+ يومًا\)/],
    ] as const)('%s « %s »: days of cover from the stock and the recent sales, the window said', async (lang, text, days, window) => {
      const turn = await ask(c, text, { lang });
      expect(turn.approvals).toEqual([]);
      expect(turn.started.map((s) => s.name).sort()).toEqual(['dashboard_insights', 'dashboard_insights', 'inventory_search']);
      const said = plain(turn.text);
      expect(said).toMatch(days);
      expect(said).toMatch(window);
      // The figure is the stock over the average daily sales, from the data itself.
      const coffee = await db.prisma.product.findFirstOrThrow({ where: { tenantId, nameFr: { contains: 'Café moulu' } } });
      expect(said).toContain(String(Math.round(Number(coffee.stock))));
    });
  });

  it('« my oil » of two oils asks which, and the oil tapped gets its days of cover', async () => {
    const turn = await ask(c, 'combien de jours va durer mon huile ?', { lang: 'fr' });
    // No figure of some oil or of the month: the question, with a choice per oil.
    expect(turn.started).toEqual([]);
    expect(plain(turn.text)).toMatch(/Plusieurs produits correspondent : lequel/);
    const choices = choicesOf(turn);
    expect(choices.map((ch) => ch.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Huile de table Elio 5L/), expect.stringMatching(/Huile de table Elio 2L/)]),
    );
    const tapped = choices.find((ch) => /5L/.test(ch.label))!;
    const answer = await ask(c, tapped.text, { conversationId: turn.conversationId, lang: 'fr' });
    expect(answer.started.map((s) => s.name).sort()).toEqual(['dashboard_insights', 'dashboard_insights', 'inventory_search']);
    expect(plain(answer.text)).toMatch(/Huile de table Elio 5L.*(environ \*\*\d+ jours\*\*|moins d.une journée|Aucune vente)/);
  });

  describe('a customer of a compound name', () => {
    it.each([
      ['fr', 'Abdel Kader a payé 500', 'Abdel Kader'],
      ['en', 'Abdel Kader paid 500', 'Abdel Kader'],
      ['ar', 'نور الدين خلص 500', 'نور الدين'],
    ] as const)('%s « %s »: the whole name is the customer, no product', async (lang, text, name) => {
      const turn = await ask(c, text, { lang });
      expect(turn.started.map((s) => ({ tool: s.name, args: s.args }))).toEqual([
        { tool: 'customers_payment', args: { customer: name, amount: 500 } },
      ]);
      expect(JSON.stringify(turn.parts)).not.toMatch(/Deglet|دقلة/);
      await chat.rejectAll(turn);
    });
  });
});
