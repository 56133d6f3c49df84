import { chatApp } from './chat-app';
import { ask, cards, choicesOf, plain } from './tools-chat';

/**
 * A new shop's first day, said the way it is said (seventeenth session), through the real agent over Socket.IO on
 * seeded PostgreSQL: a price taken for a delivery's count (« زيد سكر سومتو 120 » proposed +120 sugar), goods a customer
 * took on credit taken for a debt of their count in dinars with the Darija verb glued to his name (« كريم داه 2 سكر
 * كريدي » → the customer « كريم داه » owing 2 DA), a count of customers taken for money owed, and how to start.
 */
describe('a new shop’s first day', () => {
  const chat = chatApp();
  const writes = async () => ({
    movements: await chat.db.prisma.stockMovement.count({ where: { tenantId: chat.tenantId } }),
    sales: await chat.db.prisma.sale.count({ where: { tenantId: chat.tenantId } }),
    customers: await chat.db.prisma.customer.count({ where: { tenantId: chat.tenantId } }),
  });

  it.each([
    ['ar', 'زيد سكر سومتو 120', /ما هي الكمية/],
    ['fr', 'zid sokar soumtou 120', /quantité/i],
  ] as const)('%s « %s »: the price is no count — the quantity is asked, nothing proposed', async (lang, text, asked) => {
    const turn = await ask(chat.c, text, { lang });
    expect(turn.approvals).toHaveLength(0);
    expect(plain(turn.text)).toMatch(asked);
  });

  it.each([
    ['ar', 'كريم داه 2 سكر كريدي'],
    ['fr', 'Karim Haddad 2 sucre crédit'],
    ['ar', 'سجل على كريم حداد 2 سكر'],
  ] as const)('%s « %s »: a credit sale of 2 sugar to Karim, never a debt of 2 DA', async (lang, text) => {
    const before = await writes();
    const turn = await ask(chat.c, text, { lang });
    const proposed = cards(turn);
    expect(proposed.map((p) => p.tool)).not.toContain('customers_credit_add');
    // One Karim on file answers « Karim Haddad »; « كريم » alone is asked among the shop's Karims — never a new customer.
    if (proposed.length) {
      expect(proposed).toEqual([
        {
          tool: 'sales_record',
          args: expect.objectContaining({ paymentMethod: 'credit', lines: [expect.objectContaining({ quantity: 2 })] }),
        },
      ]);
    } else expect(choicesOf(turn).map((o) => o.label)).toContain('Karim Haddad');
    expect(await writes()).toEqual(before);
    await chat.rejectAll(turn);
  });

  it.each([
    ['fr', 'j’ai 2 clients qui me doivent'],
    ['ar', 'عندي 2 كليان يتسالوني'],
  ] as const)('%s « %s »: the carnet is read, no 2 DA proposed', async (lang, text) => {
    const turn = await ask(chat.c, text, { lang });
    expect(turn.approvals).toHaveLength(0);
    expect(turn.started.map((s) => s.name)).toEqual(['customers_credit']);
  });

  // The business clock is TEST_NOW (18 November 2026): « hier » is the 17th.
  it.each([
    ['fr', "j'ai vendu 2 sucre hier à 19h", 'Date de la vente', '17 nov. 2026, 19:00'],
    ['en', 'sold 2 sugar yesterday', 'Sale date', '17 November 2026'],
    ['ar', 'بعت 2 سكر البارح على 7 تاع الليل', 'تاريخ البيع', '17 نوفمبر 2026، 19:00'],
  ] as const)('%s « %s »: the card says the sale’s day and hour (it looked like a sale made now)', async (lang, text, label, when) => {
    const turn = await ask(chat.c, text, { lang });
    expect(turn.approvals).toHaveLength(1);
    expect(turn.approvals[0].proposal.changes).toContainEqual({ field: 'soldAt', label, after: when });
    await chat.rejectAll(turn);
  });

  it.each([
    ['ar', 'بعت 2 سكر', 'خلصت الضو 3000'],
    ['en', 'sold 2 sugar', 'paid rent 30000'],
  ] as const)('%s « %s » then « %s »: the bill is an expense card, the sale stays as it was', async (lang, sale, bill) => {
    const first = await ask(chat.c, sale, { lang });
    const second = await ask(chat.c, bill, { lang, conversationId: first.conversationId });
    // It was read as the sale's correction: 3,000 (30,000) sugar.
    expect(cards(second).map((p) => p.tool)).toEqual(['expenses_add']);
    await chat.rejectAll(second);
    await chat.rejectAll(first);
  });

  it.each([
    ['fr', 'Karim Haddad ddah 2 sokar kredi', 'Total à crédit'],
    ['ar', 'كريم حداد داه 2 سكر كريدي', 'المجموع بالكريدي'],
    ['en', 'Karim Haddad took 2 sugar on credit', 'Total on credit'],
  ] as const)('%s « %s »: a sale on credit, its card’s total not « cashed » (« Total encaissé »)', async (lang, text, label) => {
    const turn = await ask(chat.c, text, { lang });
    expect(cards(turn)).toEqual([
      { tool: 'sales_record', args: expect.objectContaining({ paymentMethod: 'credit', customer: expect.any(String) }) },
    ]);
    expect(turn.approvals[0].proposal.changes).toContainEqual(expect.objectContaining({ field: 'total', label }));
    await chat.rejectAll(turn);
  });

  it.each([
    ['fr', 'khlast dhaw 4500', 'expenses_add', { amount: 4500, category: 'électricité' }],
    ['fr', 'wsalt sel3a ta3 Cevital 30 sokar', 'inventory_adjust', { quantity: 30 }],
    ['fr', 'Karim Haddad 3tani 2000 w ba9i 3lih 500', 'customers_payment', { amount: 2000 }],
  ] as const)('%s « %s »: %s (a product « khlast », an expense of 30 DA, more debt)', async (lang, text, tool, args) => {
    const turn = await ask(chat.c, text, { lang });
    // The tool the message was read as (Karim Haddad owes nothing in the seed: his payment is refused, not proposed).
    expect(turn.started.map((s) => ({ tool: s.name, args: s.args }))).toEqual([{ tool, args: expect.objectContaining(args) }]);
    await chat.rejectAll(turn);
  });

  // Two writes in one message: the takings' 20 000 was proposed as the electricity's expense. The bill's sum is asked.
  it.each([
    // The question says whose sum it asks (« Quel est le montant, en DA ? » left the owner to guess which of two).
    ['fr', 'dakhalt 20000 lyoum w khallast dhaw 4500', /Quel est le montant de la dépense, en DA/],
    ['ar', 'دخلت 20000 اليوم وخلصت الضو 4500', /ما هو المبلغ المدفوع لهذا المصروف/],
  ] as const)('%s « %s »: no bill of 20 000 proposed — its sum is asked', async (lang, text, asked) => {
    const expenses = () => chat.db.prisma.expense.count({ where: { tenantId: chat.tenantId } });
    const before = await expenses();
    const turn = await ask(chat.c, text, { lang });
    expect(turn.approvals).toHaveLength(0);
    expect(plain(turn.text)).toMatch(asked);
    expect(await expenses()).toBe(before);
  });

  // The second write of a message was not proposed, and not said: it is named, quoted, with a button that sends it alone.
  it.each([
    [
      'fr',
      "la recette 20000 et j'ai payé l'électricité 4500",
      'sales_daily_total',
      "j'ai payé l'électricité 4500",
      /Rien n’est proposé pour « j'ai payé l'électricité 4500 »/,
    ],
    [
      'en',
      "today's takings 20000 and I paid the electricity 4500",
      'sales_daily_total',
      'I paid the electricity 4500',
      /Nothing is proposed for “I paid the electricity 4500”/,
    ],
    ['ar', 'دخلت 20000 اليوم وخلصت الضو 4500', undefined, 'دخلت 20000 اليوم', /لم أقترح شيئًا لـ« دخلت 20000 اليوم »/],
    // Each with its own clause's sum (twenty-first session): the takings' 20 000 was asked, the rent's 30 000 having been
    // read whole as the takings'.
    [
      'fr',
      "recette 20000 et j'ai payé le loyer 30000",
      'sales_daily_total',
      "j'ai payé le loyer 30000",
      /Rien n’est proposé pour « j'ai payé le loyer 30000 »/,
    ],
  ] as const)('%s « %s »: what is not proposed is said, with a button to send it', async (lang, text, tool, part, said) => {
    const turn = await ask(chat.c, text, { lang });
    expect(cards(turn).map((c) => c.tool)).toEqual(tool ? [tool] : []);
    expect(plain(turn.text)).toMatch(said);
    expect(choicesOf(turn)).toEqual([{ label: part, text: part }]);
    await chat.rejectAll(turn);
  });

  // Twenty-first session: the electricity proposed at the rent's 30 000; a bill said unpaid, and a customer's promise to
  // pay, proposed as written.
  it.each([
    [
      'fr',
      'électricité 4500 et loyer 30000',
      [{ tool: 'expenses_add', args: expect.objectContaining({ amount: 4500, category: 'électricité' }) }],
    ],
    [
      'fr',
      'khallast dhaw 4500 w lkra 30000',
      [{ tool: 'expenses_add', args: expect.objectContaining({ amount: 4500, category: 'électricité' }) }],
    ],
    ['fr', "je n'ai pas payé l'électricité 4500", []],
    ['ar', 'ما خلصتش الضو 4500', []],
    ['en', 'Karim will pay 500 tomorrow', []],
  ] as const)('%s « %s »: the card of what was said, with its own sum', async (lang, text, expected) => {
    const expenses = () => chat.db.prisma.expense.count({ where: { tenantId: chat.tenantId } });
    const before = await expenses();
    const turn = await ask(chat.c, text, { lang });
    expect(cards(turn)).toEqual(expected);
    expect(await expenses()).toBe(before);
    await chat.rejectAll(turn);
  });

  // Twenty-second session: a bill still to pay in other words, money out of the till, time given, a price risen, « each ».
  it.each([
    ['fr', "je paierai l'électricité 4500", []],
    ['ar', 'سأدفع الكهرباء 4500', []],
    ['fr', "loyer 30000, je ne l'ai pas encore payé", []],
    ['fr', "j'ai pris 5000 de la caisse", []],
    ['en', 'Karim gave me 2 days', []],
    ['fr', 'le sucre a augmenté à 150', []],
    [
      'fr',
      "j'ai payé le loyer 30000 avec la recette",
      [{ tool: 'expenses_add', args: expect.objectContaining({ amount: 30000, category: 'loyer' }) }],
    ],
    ['fr', "j'ai payé 3 ouvriers 2000 chacun", [{ tool: 'expenses_add', args: expect.objectContaining({ amount: 6000 }) }]],
  ] as const)('%s « %s »: only what was spent is proposed, with its sum', async (lang, text, expected) => {
    const before = await writes();
    const turn = await ask(chat.c, text, { lang });
    expect(cards(turn)).toEqual(expected);
    expect(await writes()).toEqual(before);
    await chat.rejectAll(turn);
  });

  // The answer says why the figure told was not recorded, before the bill's expenses on file (only when a sum was told).
  it.each([
    ['fr', "je n'ai pas payé l'électricité 4500", /Rien n’est enregistré : une facture est notée le jour où elle est payée/],
    ['en', 'electricity 4500 still to pay', /Nothing is recorded: a bill is noted on the day it is paid/],
    ['ar', 'سأدفع الكهرباء 4500', /لم يُسجَّل شيء: تُسجَّل الفاتورة يوم دفعها/],
  ] as const)('%s « %s »: why nothing is recorded, then the bill’s expenses', async (lang, text, why) => {
    const turn = await ask(chat.c, text, { lang });
    expect(turn.approvals).toHaveLength(0);
    expect(turn.started.map((s) => s.name)).toEqual(['expenses_list']);
    expect(plain(turn.text)).toMatch(why);
  });
  it.each([
    ['fr', "j'ai pris 5000 de la caisse", /l’argent pris dans la caisse \(5\s000 DA\) n’est ni une recette ni une dépense/],
    ['en', 'took 5000 from the till', /money taken from the till \(DZD\s5,000\) is neither takings nor an expense/],
    ['ar', 'أخذت 5000 من الصندوق', /المال المأخوذ من الصندوق/],
  ] as const)('%s « %s »: money out of the till — why nothing is recorded, no card', async (lang, text, why) => {
    const turn = await ask(chat.c, text, { lang });
    expect(turn.approvals).toHaveLength(0);
    expect(turn.started).toHaveLength(0);
    expect(plain(turn.text)).toMatch(why);
  });
  // Twenty-fourth session: cash out of the bank, a sale not paid, a bill paid in part without a comma, a follow-up of
  // another day.
  it.each([
    ['fr', "j'ai retiré 5000 de la banque", /l’argent retiré de la banque \(5\s000 DA\) reste l’argent de la boutique/],
    ['en', 'I withdrew 5000 from the bank', /money taken out of the bank \(DZD\s5,000\) is still the shop’s money/],
    ['ar', 'سحبت 5000 من البنك', /المال المسحوب من البنك/],
  ] as const)('%s « %s »: cash out of the bank — why nothing is recorded, no card', async (lang, text, why) => {
    const before = await writes();
    const turn = await ask(chat.c, text, { lang });
    expect(turn.approvals).toHaveLength(0);
    expect(plain(turn.text)).toMatch(why);
    expect(await writes()).toEqual(before);
  });
  it.each([
    ['fr', 'vendu 2 sucre à Karim Haddad non réglé', 'Total à crédit'],
    ['en', 'sold 2 sugar to Karim Haddad unpaid', 'Total on credit'],
  ] as const)('%s « %s »: a sale on credit (it was paid cash)', async (lang, text, label) => {
    const turn = await ask(chat.c, text, { lang });
    expect(cards(turn)).toEqual([{ tool: 'sales_record', args: expect.objectContaining({ paymentMethod: 'credit' }) }]);
    expect(turn.approvals[0].proposal.changes).toContainEqual(expect.objectContaining({ field: 'total', label }));
    await chat.rejectAll(turn);
  });
  it.each([
    ['fr', 'loyer 30000 payé 10000', 10000],
    ['ar', 'الضو 9000 خلصت 4500', 4500],
  ] as const)('%s « %s »: the part paid is the expense', async (lang, text, amount) => {
    const turn = await ask(chat.c, text, { lang });
    expect(cards(turn)).toEqual([{ tool: 'expenses_add', args: expect.objectContaining({ amount }) }]);
    await chat.rejectAll(turn);
  });
  it('fr « la recette 20000 » then « et hier 18000 »: yesterday’s takings, today’s not replaced', async () => {
    const first = await ask(chat.c, 'la recette 20000', { lang: 'fr' });
    const second = await ask(chat.c, 'et hier 18000', { lang: 'fr', conversationId: first.conversationId });
    // TEST_NOW is 18 November 2026: « hier » is the 17th. It replaced today's card with 18,000.
    expect(cards(second)).toEqual([{ tool: 'sales_daily_total', args: { amount: 18000, date: '2026-11-17' } }]);
    // Today's card still waits: not ended by the second message.
    expect(second.finished.find((e) => e.toolCallId === first.approvals[0].toolCallId)).toBeUndefined();
    await chat.rejectAll(second);
    await chat.rejectAll(first);
  });
  // « hier 18000 » alone is asked; the choices offered today's takings. TEST_NOW is 18 November 2026: « hier » is the 17th.
  it.each([
    ['fr', 'hier 18000 DA', 'La recette d’hier : 18\u202f000 DA'],
    ['en', 'yesterday 18000 DA', "Yesterday's takings"],
    ['ar', 'البارح 18000 دج', 'مدخول البارح'],
  ] as const)('%s « %s »: asked, and yesterday’s takings offered with their day', async (lang, text, label) => {
    const turn = await ask(chat.c, text, { lang });
    expect(turn.approvals).toHaveLength(0);
    const takings = choicesOf(turn).find(
      (c) => c.label.includes(label) || c.label.replace(/\s/gu, ' ').includes(label.replace(/\s/gu, ' ')),
    );
    expect(takings).toBeDefined();
    const tapped = await ask(chat.c, takings!.text, { lang, conversationId: turn.conversationId });
    expect(cards(tapped)).toEqual([{ tool: 'sales_daily_total', args: { amount: 18000, date: '2026-11-17' } }]);
    await chat.rejectAll(tapped);
  });
  it('fr « je n’ai pas encore payé le loyer » (no sum told): the expenses alone', async () => {
    const turn = await ask(chat.c, "je n'ai pas encore payé le loyer", { lang: 'fr' });
    expect(turn.started.map((s) => s.name)).toEqual(['expenses_list']);
    expect(plain(turn.text)).not.toMatch(/Rien n’est enregistré/);
  });

  // « Quel est le montant, en DA ? » answered with the sum: it read nothing (« Je ne sais pas encore faire cela »).
  it.each([
    ['fr', "j'ai payé l'électricité 30 euros", '4500', 'expenses_add', { amount: 4500, category: 'électricité' }],
    ['en', 'I paid the electricity 30 euros', '4500 DA', 'expenses_add', { amount: 4500, category: 'électricité' }],
    ['ar', 'خلصت الضو 30 يورو', '4500', 'expenses_add', { amount: 4500, category: 'électricité' }],
  ] as const)('%s « %s », asked its sum, then « %s »: the card of that write with it', async (lang, text, sum, tool, args) => {
    const first = await ask(chat.c, text, { lang });
    expect(first.approvals).toHaveLength(0);
    const second = await ask(chat.c, sum, { lang, conversationId: first.conversationId });
    expect(cards(second)).toEqual([{ tool, args: expect.objectContaining(args) }]);
    await chat.rejectAll(second);
  });

  it('fr « dakhalt 20000 lyoum w khallast dhaw 4500 »: the expense’s sum asked by name, then « 4500 »: the bill’s card', async () => {
    const first = await ask(chat.c, 'dakhalt 20000 lyoum w khallast dhaw 4500', { lang: 'fr' });
    expect(plain(first.text)).toMatch(/Quel est le montant de la dépense, en DA/);
    const second = await ask(chat.c, '4500', { lang: 'fr', conversationId: first.conversationId });
    expect(cards(second)).toEqual([{ tool: 'expenses_add', args: expect.objectContaining({ amount: 4500, category: 'électricité' }) }]);
    await chat.rejectAll(second);
  });

  it('en: the mention’s button sends the second bill, proposed as its own card beside the first', async () => {
    const first = await ask(chat.c, 'I paid the rent 30000 and the electricity 4500', { lang: 'en' });
    expect(cards(first)).toEqual([{ tool: 'expenses_add', args: expect.objectContaining({ amount: 30000, category: 'loyer' }) }]);
    const [part] = choicesOf(first);
    expect(part).toEqual({ label: 'the electricity 4500', text: 'the electricity 4500' });
    const second = await ask(chat.c, part.text, { lang: 'en', conversationId: first.conversationId });
    expect(cards(second)).toEqual([{ tool: 'expenses_add', args: expect.objectContaining({ amount: 4500, category: 'électricité' }) }]);
    await chat.rejectAll(first);
    await chat.rejectAll(second);
  });

  it('fr « dépenses 7000 : loyer 5000 et électricité 2000 »: a breakdown of the sum is not another write', async () => {
    const turn = await ask(chat.c, 'dépenses 7000 : loyer 5000 et électricité 2000', { lang: 'fr' });
    expect(plain(turn.text)).not.toMatch(/Rien n’est proposé/);
    expect(choicesOf(turn)).toEqual([]);
    await chat.rejectAll(turn);
  });

  it('fr « j’ai reçu 20 sucre et 10 farine, payé 5000 DA »: several cards are said as several', async () => {
    const turn = await ask(chat.c, 'j’ai reçu 20 sucre et 10 farine, payé 5000 DA', { lang: 'fr' });
    expect(turn.approvals.length).toBeGreaterThan(1);
    // « Vérifiez la modification proposée » under three cards read as one.
    expect(plain(turn.text)).toContain(`Vérifiez les ${turn.approvals.length} modifications proposées`);
    await chat.rejectAll(turn);
  });

  // A figure added to the card or taken off it replaced the card's (the takings became 4,500: the twenty-second review).
  it.each([
    ['fr', 'la recette 20000', 'et 4500', 'sales_daily_total'],
    ['en', 'sold 2 sugar', '+ 4500', 'sales_record'],
    ['ar', 'خلصت الكراء 30000', 'و 4500', 'expenses_add'],
  ] as const)('%s « %s » then « %s »: asked, the card before left as it was', async (lang, text, more, tool) => {
    const first = await ask(chat.c, text, { lang });
    expect(cards(first).map((p) => p.tool)).toEqual([tool]);
    const second = await ask(chat.c, more, { lang, conversationId: first.conversationId });
    expect(second.approvals).toHaveLength(0);
    expect(second.started).toHaveLength(0);
    await chat.rejectAll(first);
  });

  it.each([
    ['fr', "j'ai reçu du sucre, j'ai payé 4500", /quantité/i],
    ['en', 'I received sugar, I paid 4500', /quantity/i],
  ] as const)('%s « %s »: the sum paid is no count — the quantity is asked', async (lang, text, asked) => {
    const before = await writes();
    const turn = await ask(chat.c, text, { lang });
    expect(turn.approvals).toHaveLength(0);
    expect(plain(turn.text)).toMatch(asked);
    expect(await writes()).toEqual(before);
  });

  it.each([
    ['fr', "électricité 9000, j'ai payé 4500, le reste pas encore", { amount: 4500, category: 'électricité' }],
    ['ar', 'الضو 9000، خلصت 4500', { amount: 4500, category: 'électricité' }],
  ] as const)('%s « %s »: the part paid is the expense', async (lang, text, args) => {
    const turn = await ask(chat.c, text, { lang });
    expect(cards(turn)).toEqual([{ tool: 'expenses_add', args: expect.objectContaining(args) }]);
    await chat.rejectAll(turn);
  });

  it.each([
    ['fr', "loyer 30000, Karim Haddad n'a pas encore payé"],
    ['fr', "j'ai fait 20000, je paierai le loyer"],
    ['ar', 'هزيت 5000 من الكاسة'],
  ] as const)('%s « %s »: nothing proposed', async (lang, text) => {
    const turn = await ask(chat.c, text, { lang });
    expect(turn.approvals).toHaveLength(0);
  });

  it.each([
    ['fr', 'le sucre arrive demain, 10 sacs', /la marchandise n’est pas encore arrivée|la marchandise n'est pas encore arrivée/],
    ['ar', 'غدوة يجيني 10 سكر', /البضاعة لم تصل بعد/],
    ['en', "tomorrow I'll receive 10 sugar", /the goods haven't arrived yet/],
  ] as const)('%s « %s »: goods to come — nothing added to the stock, and said why', async (lang, text, said) => {
    const before = await writes();
    const turn = await ask(chat.c, text, { lang });
    expect(turn.approvals).toHaveLength(0);
    expect(plain(turn.text)).toMatch(said);
    expect(await writes()).toEqual(before);
  });

  it.each([
    ['fr', "comment j'importe mon catalogue ?", /Stock → Importer un catalogue/],
    ['en', 'how do I add my products?', /Stock → Import a catalogue/],
    ['ar', 'كيفاش نزيد السلعة تاعي؟', /المخزون ← استيراد قائمة المنتجات/],
  ] as const)('%s « %s »: how to start, in the language asked', async (lang, text, said) => {
    const turn = await ask(chat.c, text, { lang });
    expect(turn.started).toHaveLength(0);
    expect(plain(turn.text)).toMatch(said);
  });
});
