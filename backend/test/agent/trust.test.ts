import type { TestDatabase } from '../setup/test-database';
import type { TestApp } from '../helpers/test-app';
import type { ChatClient } from '../helpers/chat-client';
import { chatApp } from './chat-app';
import { DashboardService } from '../../src/dashboard/dashboard.service';
import { ask, choicesOf, decide, plain } from './tools-chat';
import { formatMoney, formatQuantity, productName } from '@tajer/contract';

/**
 * Issue #10 "the assistant gets the direction and the intent right", through the real agent (offline model, real
 * tools, seeded PostgreSQL) over Socket.IO: a question is a read whatever came before, a cancellation is answered
 * plainly, sizes inside a product's name are part of it, several matching products are offered as buttons, an order
 * to a supplier is not a delivery, and what no tool does never becomes the nearest write.
 */
describe('trust: the assistant never proposes the wrong change', () => {
  let db: TestDatabase;
  let t: TestApp;
  let tenantId: string;
  let c: ChatClient;
  const product = (sku: string) => db.prisma.product.findFirstOrThrow({ where: { tenantId, sku } });
  const writes = async () => ({
    movements: await db.prisma.stockMovement.count({ where: { tenantId } }),
    expenses: await db.prisma.expense.count({ where: { tenantId } }),
    pending: await db.prisma.toolCall.count({ where: { tenantId, confirmation: 'PENDING' } }),
  });

  const chat = chatApp();
  beforeAll(() => {
    ({ t, db, tenantId, c } = chat);
  });

  it('answers a question right after an approved stock change with a read, never the same change again', async () => {
    const thon = await product('CON-002');
    const added = await ask(c, 'Ajoute 24 boîtes de thon');
    expect(added.approvals[0]).toMatchObject({ name: 'inventory_adjust', args: { productId: thon.id, quantity: 24 } });
    await decide(c, added.conversationId, added.approvals[0].toolCallId, 'approve');
    expect((await product('CON-002')).stock).toBe(thon.stock + 24);
    const before = await writes();

    const question = await ask(c, 'combien de thon ?', { conversationId: added.conversationId });
    expect(question.started.map((s) => s.name)).toEqual(['inventory_search']);
    expect(question.approvals).toHaveLength(0);
    expect(plain(question.text)).toContain(`${thon.stock + 24} boîtes`);

    const cafe = await ask(c, 'et le café, il en reste combien ?', { conversationId: added.conversationId });
    expect(cafe.started[0]).toMatchObject({ name: 'inventory_search' });
    expect(String(cafe.started[0].args.query)).toMatch(/caf/i);
    expect(cafe.approvals).toHaveLength(0);

    const justAsking = await ask(c, 'Ne change rien, je demande juste combien il reste de thon', { conversationId: added.conversationId });
    expect(justAsking.started.map((s) => s.name)).toEqual(['inventory_search']);

    const arabic = await ask(c, 'شحال باقي من التونة؟', { conversationId: added.conversationId });
    expect(arabic.started.map((s) => s.name)).toEqual(['inventory_search']);
    expect(await writes()).toEqual(before);
  });

  it('answers "Annule, je me suis trompé" plainly: nothing changed while pending, the reverse movement once applied', async () => {
    const pending = await ask(c, 'Ajoute 10 paquets de sucre');
    expect(pending.approvals).toHaveLength(1);
    const cancel = await ask(c, 'Annule, je me suis trompé', { conversationId: pending.conversationId });
    expect(cancel.started).toHaveLength(0);
    expect(cancel.text).toMatch(/Rien n'a été modifié/);
    expect(cancel.text).toMatch(/Refuser/);

    const sugar = await product('EPI-006');
    await decide(c, pending.conversationId, pending.approvals[0].toolCallId, 'approve');
    const undo = await ask(c, 'annule ça', { conversationId: pending.conversationId });
    expect(undo.started).toHaveLength(0);
    expect(undo.text).toMatch(/déjà enregistré/);
    const [reverse] = choicesOf(undo);
    expect(reverse.label).toMatch(/Retirer 10 Sucre blanc 1kg/);
    // Tapping the choice asks for the opposite movement, which waits for approval like any other change.
    const reversed = await ask(c, reverse.text, { conversationId: pending.conversationId });
    expect(reversed.approvals[0]).toMatchObject({ name: 'inventory_adjust', args: { quantity: -10 } });
    expect((await product('EPI-006')).stock).toBe(sugar.stock + 10);

    // Nothing to cancel in a fresh conversation; in English too, and never a competitor search for the word.
    const nothing = await ask(c, 'Cancel that, my mistake');
    expect(nothing.started).toHaveLength(0);
    expect(nothing.text).toMatch(/nothing to cancel/);
  });

  it('answers « supprime la dernière vente » with where a sale is cancelled; a proposed sale is the card’s to refuse', async () => {
    const before = await writes();
    const sales = await db.prisma.sale.count({ where: { tenantId } });
    // It asked « Quelle quantité ? » for a stock movement of « dernière ».
    const fr = await ask(c, 'supprime la dernière vente');
    expect(fr.started).toHaveLength(0);
    expect(fr.text).toMatch(/je n'ai rien modifié/);
    expect(fr.text).toMatch(/page Ventes/);
    const ar = await ask(c, 'الغي آخر بيعة');
    expect(ar.text).toMatch(/صفحة المبيعات/);
    const en = await ask(c, 'cancel my last sale');
    expect(en.text).toMatch(/Sales page/);

    const proposed = await ask(c, "j'ai vendu 2 sucre");
    expect(proposed.approvals[0]).toMatchObject({ name: 'sales_record' });
    const pending = await ask(c, 'annule la vente', { conversationId: proposed.conversationId });
    expect(pending.text).toMatch(/Refuser/);
    await decide(c, proposed.conversationId, proposed.approvals[0].toolCallId, 'reject');
    expect(await writes()).toEqual(before);
    expect(await db.prisma.sale.count({ where: { tenantId } })).toBe(sales);
  });

  it('answers a customer’s return with where it is refunded, and proposes no stock removal', async () => {
    const before = await writes();
    // « rendu » took the coffee OUT of the stock: a proposal of −2 on the owner's word that a customer brought it back.
    const fr = await ask(c, "un client m'a rendu 2 paquets de café");
    expect(fr.started).toHaveLength(0);
    expect(fr.approvals).toHaveLength(0);
    expect(fr.text).toMatch(/retour client/i);
    expect(fr.text).toMatch(/page Ventes/);
    const ar = await ask(c, 'الزبون رجعلي 2 قهوة');
    expect(ar.approvals).toHaveLength(0);
    expect(ar.text).toMatch(/صفحة المبيعات/);
    const en = await ask(c, 'A customer returned 2 bags of sugar');
    expect(en.approvals).toHaveLength(0);
    expect(en.text).toMatch(/Sales page/);
    expect(await writes()).toEqual(before);
  });

  it('corrects the stock to a count by the difference with the stock on file, never adds the count', async () => {
    const sugar = await product('EPI-006'); // Sucre blanc 1kg
    const counted = sugar.stock - 8;
    // « j'ai compté 37 sucre » proposed +37: a shelf of 45 would have read 82.
    const fr = await ask(c, `j'ai compté le sucre : ${counted}`);
    expect(fr.started.map((s) => s.name)).toEqual(['inventory_search', 'inventory_adjust']);
    expect(fr.approvals[0]).toMatchObject({ name: 'inventory_adjust', args: { productId: sugar.id, quantity: -8 } });
    expect(plain(fr.approvals[0].proposal.summary)).toContain(`${sugar.stock} → ${counted}`);
    // The card says a count, not a removal or a delivery (« Réception : +17 » read as goods received).
    expect(plain(fr.approvals[0].proposal.summary)).toMatch(new RegExp(`^Inventaire : ${counted} \\(\u22128\\)`));
    await decide(c, fr.conversationId, fr.approvals[0].toolCallId, 'approve');
    expect((await product('EPI-006')).stock).toBe(counted);
    // A follow-up carried the count's difference as a movement (« et le lait : 20 » proposed −20 milk).
    const followUp = await ask(c, 'et le lait : 20', { conversationId: fr.conversationId });
    expect(followUp.approvals.filter((a) => Number(a.args.quantity) < 0)).toHaveLength(0);
    // Zero is a count too (it asked for a quantity forever).
    const empty = await ask(c, 'le stock de sucre est à 0');
    expect(empty.approvals[0]).toMatchObject({ name: 'inventory_adjust', args: { productId: sugar.id, quantity: -counted } });
    await decide(c, empty.conversationId, empty.approvals[0].toolCallId, 'reject');

    // « I counted the rice, there are 35 left » only read the stock: « left » after a count says what it found.
    const left = await ask(c, `I counted the sugar, there are ${counted - 3} left`);
    expect(left.approvals[0]).toMatchObject({ name: 'inventory_adjust', args: { productId: sugar.id, quantity: -3 } });
    await decide(c, left.conversationId, left.approvals[0].toolCallId, 'reject');

    const before = await writes();
    const same = await ask(c, `I counted ${counted} White sugar 1kg`);
    expect(same.approvals).toHaveLength(0);
    expect(same.text).toMatch(/already/);
    // A name several products share: each is offered, with the same count, to tap.
    const which = await ask(c, 'حسبت 20 حليب');
    expect(which.approvals).toHaveLength(0);
    const choices = choicesOf(which);
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.every((ch) => ch.text.startsWith('حسبت 20 '))).toBe(true);
    expect(await writes()).toEqual(before);
  });

  it('reads the size inside a product name as part of the name, and asks for the quantity it lacks', async () => {
    const oil = await product('EPI-007'); // Huile de table Elio 5L
    const sized = await ask(c, 'ajoute 10 Huile Elio 5L');
    expect(sized.approvals[0]).toMatchObject({ name: 'inventory_adjust', args: { productId: oil.id, quantity: 10 } });
    expect(plain(sized.approvals[0].proposal.summary)).toContain(`${oil.stock} → ${oil.stock + 10}`);

    const noQuantity = await ask(c, 'ajoute Huile Elio 5L');
    expect(noQuantity.started).toHaveLength(0);
    expect(noQuantity.text).toMatch(/Quelle quantité/);

    const arabic = await ask(c, 'زيد 6 زيت المائدة إيليو 5 لتر');
    expect(arabic.approvals[0]).toMatchObject({ args: { productId: oil.id, quantity: 6 } });
  });

  it('offers the matching products as buttons instead of a failure, and goes on with the one tapped', async () => {
    const before = await writes();
    const oil5 = await product('EPI-007');
    const turn = await ask(c, "J'ai reçu 6 bidons d'huile");
    expect(turn.started[0]).toMatchObject({ name: 'inventory_adjust' });
    expect(turn.approvals).toHaveLength(0);
    const card = turn.parts.find((p) => p.type === 'tool');
    expect(card).toMatchObject({ type: 'tool', clarification: { question: expect.stringMatching(/Plusieurs produits correspondent/) } });
    // No raw JSON, no error sentence under the card: the card asks.
    expect(turn.text).toBe('');
    const choices = choicesOf(turn);
    expect(choices.map((ch) => ch.label)).toEqual(expect.arrayContaining(['Huile de table Elio 5L', 'Huile de table Elio 2L']));

    const picked = await ask(c, choices.find((ch) => ch.label === 'Huile de table Elio 5L')!.text, { conversationId: turn.conversationId });
    expect(picked.approvals[0]).toMatchObject({ name: 'inventory_adjust', args: { productId: oil5.id, quantity: 6 } });
    expect(await writes()).toMatchObject({ movements: before.movements, expenses: before.expenses });

    // An unknown product is said plainly, with what to do next.
    const unknown = await ask(c, 'Ajoute 5 paquets de caviar beluga');
    expect(unknown.parts.find((p) => p.type === 'tool')).toMatchObject({
      clarification: { question: expect.stringMatching(/Je ne trouve aucun produit/) },
    });
  });

  it('tells two customers of the same name apart by their phone, and the product tapped keeps the sale whole', async () => {
    const customers = await Promise.all(
      [
        { name: 'Nadia Hamdaoui', phone: '0550 11 22 33', openingBalance: 500 },
        { name: 'Nadia Hamdaoui', phone: '0661 44 55 66', openingBalance: 300 },
      ].map((data) => db.prisma.customer.create({ data: { tenantId, name: data.name, phone: data.phone, balance: data.openingBalance } })),
    );
    const paid = await ask(c, "Nadia Hamdaoui m'a payé 100 DA");
    const choices = choicesOf(paid);
    // Each button sends a text of its own (the same text twice asked the same question again, forever).
    expect(new Set(choices.map((ch) => ch.text)).size).toBe(choices.length);
    const second = choices.find((ch) => ch.text.includes('0661 44 55 66'))!;
    expect(second.label).toMatch(/Nadia Hamdaoui/);
    const picked = await ask(c, second.text, { conversationId: paid.conversationId });
    expect(picked.approvals[0]).toMatchObject({
      name: 'customers_payment',
      args: { customer: 'Nadia Hamdaoui (0661 44 55 66)', amount: 100 },
    });
    await decide(c, picked.conversationId, picked.approvals[0].toolCallId, 'approve');
    const balances = await db.prisma.customer.findMany({ where: { id: { in: customers.map((x) => x.id) } }, orderBy: { phone: 'asc' } });
    expect(balances.map((x) => Number(x.balance))).toEqual([500, 200]);

    // « 2 lait à crédit à Nadia… » names three milks: the one tapped (« Lait en sachet 1L », a packaging word before
    // its size) is sold to that same Nadia — the button's text read « 1L » as a second line and answered « préciser ? ».
    const sale = await ask(c, "j'ai vendu 2 lait à crédit à Nadia Hamdaoui (0661 44 55 66)");
    const milk = choicesOf(sale).find((ch) => /Lait en sachet 1L/.test(ch.label))!;
    const sold = await ask(c, milk.text, { conversationId: sale.conversationId });
    expect(sold.approvals[0]).toMatchObject({
      name: 'sales_record',
      args: { lines: [expect.objectContaining({ quantity: 2 })], customer: 'Nadia Hamdaoui (0661 44 55 66)', paymentMethod: 'credit' },
    });
    await decide(c, sold.conversationId, sold.approvals[0].toolCallId, 'approve');
    const after = await db.prisma.customer.findUniqueOrThrow({ where: { id: customers[1].id } });
    expect(Number(after.balance)).toBeGreaterThan(200);
  });

  it('asks which water for « دخلت 20 كرطونة ماء », never proposes the bleach (« ماء جافيل »)', async () => {
    const turn = await ask(c, 'دخلت 20 كرطونة ماء');
    expect(turn.approvals).toHaveLength(0);
    const labels = choicesOf(turn).map((ch) => ch.label);
    expect(labels).toEqual(expect.arrayContaining([expect.stringMatching(/إفري/), expect.stringMatching(/سعيدة/)]));
    expect(labels.join(' ')).not.toMatch(/جافيل/);
  });

  it('never turns an order to a supplier into a delivery', async () => {
    const before = await writes();
    const order = await ask(c, 'Peux-tu commander 50 sacs de semoule chez mon fournisseur ?');
    expect(order.started).toHaveLength(0);
    expect(order.text).toMatch(/Je ne peux pas passer de commande/);
    expect(order.text).toMatch(/j'ai reçu 50 Semoule 10kg/);
    const [stock] = choicesOf(order);
    expect(stock.label).toMatch(/Stock de Semoule/);
    const en = await ask(c, 'Order 20 bottles of oil from my supplier');
    expect(en.started).toHaveLength(0);
    expect(en.text).toMatch(/can't place orders/);
    // Goods that arrived are a reception.
    const arrived = await ask(c, 'La commande de 20 sacs de farine est arrivée');
    expect(arrived.approvals[0]).toMatchObject({ name: 'inventory_adjust', args: { quantity: 20 } });
    expect((await writes()).movements).toBe(before.movements);
  });

  it("never reads or writes the shop's debt to a supplier in the customers' credit book", async () => {
    const before = await writes();
    // The book's state: every customer's balance.
    const credit = async () =>
      (await db.prisma.customer.findMany({ where: { tenantId }, select: { id: true, balance: true }, orderBy: { id: 'asc' } })).map(
        (r) => `${r.id}:${r.balance.toString()}`,
      );
    const entriesBefore = await credit();
    const question = await ask(c, 'chhal rani dayen l les fournisseurs');
    expect(question.started).toHaveLength(0);
    expect(plain(question.text)).toMatch(/Je ne tiens pas encore ce que vous devez à vos fournisseurs/);
    const taken = await ask(c, "j'ai pris 20 sacs de semoule à crédit chez le grossiste");
    expect(taken.started).toHaveLength(0);
    expect(taken.approvals).toHaveLength(0);
    const en = await ask(c, 'how much do I owe my suppliers?');
    expect(en.started).toHaveLength(0);
    expect(plain(en.text)).toMatch(/I don't keep what you owe your suppliers yet/);
    expect(await writes()).toEqual(before);
    expect(await credit()).toEqual(entriesBefore);
  });

  it('never reaches for the nearest write: no stock for a sale, no expense for a sale, a new product or a debt', async () => {
    const before = await writes();
    for (const text of [
      "j'ai vendu 3 baguettes de pain",
      'enregistre une vente : 2 paquets de sucre à 95 DA',
      'ajoute un nouveau produit : Miel de montagne 500g à 1800 DA',
      'Karim le voisin me doit 4500 DA',
      'I sold 4 bottles of water',
      'بعت 3 قارورات زيت لأحمد كريدي',
    ]) {
      const turn = await ask(c, text);
      const names = turn.started.map((s) => s.name);
      expect([text, names]).not.toEqual([text, expect.arrayContaining(['inventory_adjust'])]);
      expect([text, names]).not.toEqual([text, expect.arrayContaining(['expenses_add'])]);
      expect(turn.approvals.filter((a) => a.name === 'inventory_adjust' && Number(a.args.quantity) > 0)).toHaveLength(0);
    }
    expect(await writes()).toMatchObject({ movements: before.movements, expenses: before.expenses });
  });

  it('files a product added by chat with the products whose name starts with the same word, else in « divers »', async () => {
    // Every product added by chat landed in « divers », beside juices filed as drinks.
    const juice = await db.prisma.product.findFirstOrThrow({ where: { tenantId, nameFr: 'Jus Rouiba orange 1L' } });
    const kin = await ask(c, 'ajoute un nouveau produit : Jus Rouiba pomme 1L à 180 DA');
    expect(kin.approvals[0]).toMatchObject({ name: 'products_add', args: { name: 'Jus Rouiba pomme 1L', category: juice.category } });
    const unknown = await ask(c, 'ajoute un nouveau produit : Zlabia maison 500g à 400 DA');
    expect(unknown.approvals[0]).toMatchObject({ name: 'products_add', args: { category: 'divers' } });
    // The Arabic name stops before its price (« 250 دج » was part of it).
    const ar = await ask(c, 'منتج جديد شامبو 250 دج');
    expect(ar.approvals[0]).toMatchObject({ name: 'products_add', args: { name: 'شامبو', price: 250 } });
    for (const turn of [kin, unknown, ar]) await decide(c, turn.conversationId, turn.approvals[0].toolCallId, 'reject');
  });

  // « sold twelve eggs » proposed 12 trays of 30 eggs (6,840 DA): the catalogue counts eggs by the tray.
  it('asks before recording eggs counted one by one when the catalogue sells them by the tray, in every language', async () => {
    const before = await writes();
    const fr = await ask(c, "j'ai vendu 12 oeufs");
    expect(fr.started).toHaveLength(0);
    expect(fr.text).toContain('Œufs (plateau de 30)');
    expect(choicesOf(fr)[0]).toMatchObject({ text: "J'ai vendu 12 Œufs (plateau de 30)" });
    const en = await ask(c, 'sold twelve eggs to Karim on credit');
    expect(en.started).toHaveLength(0);
    expect(en.text).toContain('Eggs (tray of 30)');
    // The credit sale is never offered back without its customer.
    expect(choicesOf(en).some((ch) => /sold/i.test(ch.text))).toBe(false);
    const ar = await ask(c, 'بعت 12 بيض');
    expect(ar.started).toHaveLength(0);
    expect(ar.text).toContain('بيض (صينية 30 بيضة)');
    expect(await writes()).toEqual(before);
    // Tapped, the pack's own name says trays: the sale of 12 trays is proposed (the owner's yes).
    const trays = await ask(c, choicesOf(fr)[0].text, { conversationId: fr.conversationId });
    expect(trays.approvals[0]).toMatchObject({ name: 'sales_record', args: { lines: [expect.objectContaining({ quantity: 12 })] } });
    await decide(c, trays.conversationId, trays.approvals[0].toolCallId, 'reject');
  });

  // « Karim paid everything he owes » asked « what amount? »: his balance is the amount, read and proposed.
  it('proposes a customer’s whole balance when he paid everything, and nothing once he owes nothing', async () => {
    const [zoubir, bilal] = await Promise.all(
      [
        { name: 'Zoubir Ouali', balance: 4500 },
        { name: 'بلال قرفي', balance: 1200 },
      ].map((data) => db.prisma.customer.create({ data: { tenantId, ...data } })),
    );
    const fr = await ask(c, 'Zoubir Ouali a réglé toute sa dette');
    expect(fr.approvals[0]).toMatchObject({ name: 'customers_payment', args: { customer: 'Zoubir Ouali', amount: 4500 } });
    await decide(c, fr.conversationId, fr.approvals[0].toolCallId, 'approve');
    expect(Number((await db.prisma.customer.findUniqueOrThrow({ where: { id: zoubir.id } })).balance)).toBe(0);
    const again = await ask(c, 'Zoubir Ouali paid everything he owes');
    expect(again.approvals).toHaveLength(0);
    expect(again.text).toMatch(/owes you nothing|doesn.t owe/i);
    const ar = await ask(c, 'بلال قرفي خلصني كامل');
    expect(ar.approvals[0]).toMatchObject({ name: 'customers_payment', args: { amount: 1200 } });
    await decide(c, ar.conversationId, ar.approvals[0].toolCallId, 'reject');
    expect(Number((await db.prisma.customer.findUniqueOrThrow({ where: { id: bilal.id } })).balance)).toBe(1200);
  });

  // « Riad Mebarki a pris 3 lait à crédit hier »: the milk asked, and the choice tapped recorded the sale today.
  it('keeps the sale’s day in the choices it offers, in every language', async () => {
    for (const [text, pick] of [
      ['Riad Mebarki a pris 3 lait à crédit hier', /Lait en sachet 1L/],
      ['Riad Mebarki took 3 milk on credit yesterday', /Bagged milk 1L/],
    ] as const) {
      const asked = await ask(c, text);
      const tool = asked.parts.find((p) => p.type === 'tool') as { args: { soldAt?: string } };
      const day = tool.args.soldAt!.slice(0, 10);
      const choice = choicesOf(asked).find((ch) => pick.test(ch.text))!;
      const picked = await ask(c, choice.text, { conversationId: asked.conversationId });
      expect(picked.approvals[0]).toMatchObject({ name: 'sales_record', args: { customer: 'Riad Mebarki', paymentMethod: 'credit' } });
      expect(String((picked.approvals[0].args as { soldAt?: string }).soldAt)).toContain(day);
      await decide(c, picked.conversationId, picked.approvals[0].toolCallId, 'reject');
    }
  });

  // « sucre roux » proposed a sale of the white sugar, the only sugar on file; « lait en poudre » finds the powdered milk.
  it('never takes a variety the catalogue lacks for the product it has', async () => {
    const before = await writes();
    const fr = await ask(c, "j'ai vendu 2 sucre roux");
    expect(fr.approvals).toHaveLength(0);
    const said = JSON.stringify(fr.parts);
    expect(said).toMatch(/sucre roux/i);
    expect(said).not.toMatch(/Sucre blanc/);
    const after = await writes();
    expect({ ...after, pending: 0 }).toEqual({ ...before, pending: 0 });
    const powder = await ask(c, 'بعت 2 حليب غبرة');
    expect(powder.approvals[0]).toMatchObject({ name: 'sales_record', args: { lines: [expect.objectContaining({ quantity: 2 })] } });
    expect(JSON.stringify(powder.approvals[0].args)).toMatch(/حليب مجفف|Lait en poudre/);
    await decide(c, powder.conversationId, powder.approvals[0].toolCallId, 'reject');
  });

  // « un sac de semoule 25kg » proposed a sale of the 10 kg sack, the only semolina on file.
  it('never takes a size the catalogue lacks for the size it has', async () => {
    const before = await writes();
    const fr = await ask(c, "j'ai vendu un sac de semoule 25kg à Karim Haddad");
    expect(fr.approvals).toHaveLength(0);
    // The tool's card says it is not in the catalogue, and offers to add it.
    const said = JSON.stringify(fr.parts);
    expect(said).toMatch(/ne trouve pas « semoule 25kg »/i);
    expect(said).not.toMatch(/Semoule 10kg/);
    const ar = await ask(c, 'وصلني 10 سميد 25 كغ');
    expect(ar.approvals).toHaveLength(0);
    expect(ar.finished[0]).toMatchObject({ name: 'inventory_adjust' });
    expect(JSON.stringify(ar.parts)).toContain('سميد 25 كغ');
    // Both tools failed on the name (their calls are kept, unapproved): nothing moved.
    const after = await writes();
    expect({ ...after, pending: 0 }).toEqual({ ...before, pending: 0 });
    const known = await ask(c, 'vendu 1 semoule 10kg');
    expect(known.approvals[0]).toMatchObject({ name: 'sales_record', args: { lines: [expect.objectContaining({ sku: 'EPI-001' })] } });
    await decide(c, known.conversationId, known.approvals[0].toolCallId, 'reject');
  });

  // « Amine a ramené 2 bouteilles de coca, je l'ai remboursé » proposed +2 Coca in the stock, the refund lost.
  it('reads goods brought back and refunded as a customer’s return', async () => {
    const before = await writes();
    const fr = await ask(c, "Amine a ramené 2 bouteilles de coca, je l'ai remboursé");
    expect(fr.approvals).toHaveLength(0);
    expect(fr.text).toMatch(/page Ventes/);
    expect(await writes()).toEqual(before);
  });

  // « sold 4 bread and 1 milk for 150 » proposed the milk at 150; « ب 250 كامل » the bread at 83.33 each.
  it('asks the price of each product when a total follows several lines, and records nothing', async () => {
    const before = await writes();
    const en = await ask(c, 'sold 4 bread and 1 milk for 150');
    expect(en.started).toHaveLength(0);
    expect(en.text).toContain('150');
    expect(en.text).toMatch(/whole sale/);
    const ar = await ask(c, 'بعت 2 حليب و 3 خبز ب 250 كامل');
    expect(ar.started).toHaveLength(0);
    expect(ar.text).toMatch(/للبيعة كاملة/);
    const fr = await ask(c, 'vendu 5 baguettes et 2 sucre pour 300');
    expect(fr.text).toMatch(/toute la vente/);
    expect(await writes()).toEqual(before);
  });

  // « rent 35k » and « ok » sent from an English screen were answered in French (words of neither language said « fr »).
  it('answers in the UI language when the message has no word that tells, and reads « rent » as English', async () => {
    const rent = await ask(c, 'rent 35k', { lang: 'fr' });
    expect(rent.approvals[0]).toMatchObject({ name: 'expenses_add', args: { amount: 35000 } });
    expect(rent.text).toMatch(/approve/i);
    await decide(c, rent.conversationId, rent.approvals[0].toolCallId, 'reject');
    const [en, fr] = [await ask(c, 'ok', { lang: 'en' }), await ask(c, 'ok', { lang: 'fr' })];
    expect(en.text).not.toEqual(fr.text);
    expect(en.text).toEqual((await ask(c, 'thanks', { lang: 'fr' })).text);
  });

  it('says plainly what it cannot do, in the language asked, with what it can', async () => {
    const past = await ask(c, 'Mes ventes du trimestre dernier ?');
    expect(past.started).toHaveLength(0);
    expect(past.text).toMatch(/Je ne peux pas encore afficher cette période passée/);
    expect(choicesOf(past).length).toBeGreaterThan(0);

    const price = await ask(c, 'Change le prix du sucre à 100 DA');
    expect(price.started).toHaveLength(0);
    expect(price.text).toMatch(/modifier un prix/);

    const unclear = await ask(c, 'ajoute 1800 DA');
    expect(unclear.started).toHaveLength(0);
    expect(choicesOf(unclear)[0]).toMatchObject({ text: 'Ajoute une dépense de 1800 DA' });
    // The choice is understood as asked.
    const expense = await ask(c, choicesOf(unclear)[0].text, { conversationId: unclear.conversationId });
    expect(expense.approvals[0]).toMatchObject({ name: 'expenses_add', args: { amount: 1800 } });

    const ar = await ask(c, 'اطلب 30 كيس سكر من المورد');
    expect(ar.started).toHaveLength(0);
    expect(ar.text).toMatch(/لا أستطيع إرسال طلبية/);
  });

  it("answers « le mois dernier » with the whole last month's figures, compared with the month before — never this month's", async () => {
    const dashboard = t.app.get(DashboardService);
    const [last, current] = await Promise.all([dashboard.stats(tenantId, 'last_month'), dashboard.stats(tenantId, 'month')]);
    expect(last.revenue.value).not.toBe(current.revenue.value);
    for (const [text, lang] of [
      ['Mes ventes du mois dernier ?', 'fr'],
      ['What was my revenue last month?', 'en'],
      ['شحال كان رقم الأعمال الشهر الماضي؟', 'ar'],
    ] as const) {
      const turn = await ask(c, text);
      expect([text, turn.started[0]]).toEqual([text, expect.objectContaining({ name: 'dashboard_stats', args: { period: 'last_month' } })]);
      expect([text, plain(turn.text)]).toEqual([text, expect.stringContaining(plain(formatMoney(last.revenue.value, lang)))]);
    }
    const spent = await ask(c, "Combien j'ai dépensé le mois dernier ?");
    expect(spent.started[0]).toMatchObject({ name: 'expenses_list', args: { period: 'last_month' } });
    expect(spent.text).toMatch(/^Le mois dernier, vous avez dépensé/);
    // « Par rapport au mois dernier » is this month's change, not last month.
    const change = await ask(c, 'Est-ce que mes ventes ont augmenté par rapport au mois dernier ?');
    expect(change.started[0]).toMatchObject({ name: 'dashboard_stats', args: { period: 'month' } });
  });
  it('answers "produit le plus vendu ce mois-ci" with the period\'s best sellers, never the declining products', async () => {
    const ranking = await t.app.get(DashboardService).bestSellers(tenantId, 'month');
    const top = ranking.byRevenue[0].product;
    const fr = await ask(c, 'produit le plus vendu ce mois-ci');
    expect(fr.started[0]).toMatchObject({ name: 'dashboard_insights', args: { focus: 'best_sellers', period: 'month' } });
    expect(fr.text).toContain(`Ce mois-ci, votre produit le plus vendu est **${productName(top, 'fr')}**`);
    const en = await ask(c, 'best selling product this month');
    expect(en.started[0]).toMatchObject({ name: 'dashboard_insights', args: { focus: 'best_sellers', period: 'month' } });
    expect(en.text).toContain(`your best seller is **${productName(top, 'en')}**`);
    const week = await ask(c, 'et cette semaine ?', { conversationId: fr.conversationId });
    expect(week.started[0]).toMatchObject({ name: 'dashboard_insights', args: { focus: 'best_sellers', period: 'week' } });
  });
  it("answers « combien j'ai vendu de semoule ce mois ? » with that product's sales, never the shop's totals", async () => {
    const semoule = await product('EPI-001');
    const ranking = await t.app.get(DashboardService).bestSellers(tenantId, 'month', { productId: semoule.id });
    const line = ranking.byRevenue[0];
    expect(line.product.id).toBe(semoule.id);
    const shop = await t.app.get(DashboardService).stats(tenantId, 'month');
    for (const [text, lang] of [
      ["combien j'ai vendu de semoule ce mois-ci ?", 'fr'],
      ['how many bags of semolina did I sell this month?', 'en'],
      ['شحال بعت من السميد هاد الشهر؟', 'ar'],
      ['chhal bi3t men smid had chhar ?', 'fr'],
    ] as const) {
      const turn = await ask(c, text);
      expect([text, turn.started[0]]).toEqual([
        text,
        expect.objectContaining({ name: 'dashboard_insights', args: expect.objectContaining({ focus: 'best_sellers', period: 'month' }) }),
      ]);
      const money = formatMoney(line.revenue, lang);
      expect([text, plain(turn.text)]).toEqual([text, expect.stringContaining(plain(money))]);
      expect([text, plain(turn.text)]).toEqual([text, expect.not.stringContaining(plain(formatMoney(shop.revenue.value, lang)))]);
    }
    const fr = await ask(c, "combien j'ai vendu de semoule ce mois-ci ?");
    expect(fr.text).toContain(`vous avez vendu **${formatQuantity(line.quantity, 'sac', 'fr')}** de **${semoule.nameFr}**`);
    // « lait » names several products: which one, as for a write — never the sum of all milks or the shop's total.
    const milk = await ask(c, "combien j'ai vendu de lait cette semaine ?");
    expect(milk.started[0]).toMatchObject({ name: 'dashboard_insights', args: { focus: 'best_sellers', period: 'week' } });
    expect(choicesOf(milk).length).toBeGreaterThan(1);
    // The follow-up swaps the product.
    const sugar = await ask(c, 'et le sucre ?', { conversationId: fr.conversationId });
    expect(sugar.started[0]).toMatchObject({ name: 'dashboard_insights', args: { focus: 'best_sellers' } });
    expect(sugar.text).toMatch(/Sucre/);
  });
  it("answers « ma marge sur la semoule ? » with that product's margin, never the shop's, in every language", async () => {
    const semoule = await product('EPI-001');
    const ranking = await t.app.get(DashboardService).bestSellers(tenantId, 'month', { productId: semoule.id });
    const m = ranking.productMargin!;
    expect(m.costedRevenue).toBeGreaterThan(0);
    const shop = await t.app.get(DashboardService).stats(tenantId, 'month');
    for (const [text, lang] of [
      ['quelle est ma marge sur la semoule ce mois ?', 'fr'],
      ["what's my margin on semolina?", 'en'],
      ['كم هامش الربح على السميد؟', 'ar'],
      ['شحال الفايدة في السميد؟', 'ar'],
      ['ch7al nrba7 f smid ?', 'fr'],
    ] as const) {
      const turn = await ask(c, text);
      expect([text, turn.started[0]]).toEqual([
        text,
        expect.objectContaining({ name: 'dashboard_insights', args: expect.objectContaining({ focus: 'best_sellers' }) }),
      ]);
      expect([text, plain(turn.text)]).toEqual([text, expect.stringContaining(plain(formatMoney(m.margin, lang)))]);
      const unit = formatMoney(m.price - (m.cost ?? 0), lang, { exact: true });
      expect([text, plain(turn.text)]).toEqual([text, expect.stringContaining(plain(unit))]);
      expect([text, plain(turn.text)]).toEqual([text, expect.not.stringContaining(plain(formatMoney(shop.grossMargin.value, lang)))]);
    }
    // « l'huile » names two oils: which one — not the shop's margin.
    const oil = await ask(c, "c'est quoi ma marge sur l'huile ?");
    expect(oil.started[0]).toMatchObject({ name: 'dashboard_insights', args: { focus: 'best_sellers' } });
    expect(choicesOf(oil).length).toBeGreaterThan(1);
    // Without a product it is the shop's margin, as before.
    const whole = await ask(c, 'quelle est ma marge ce mois-ci ?');
    expect(whole.started[0]).toMatchObject({ name: 'dashboard_stats' });
  });
  it('records a sale told to the chat as a sale of the product named, in every language, once approved', async () => {
    const bread = await db.prisma.product.findFirstOrThrow({ where: { tenantId, nameFr: { startsWith: 'Baguette' } } });
    const candia = await db.prisma.product.findFirstOrThrow({ where: { tenantId, nameFr: { contains: 'Candia' } } });
    // A pending proposal of another product never becomes the next sale, in the same conversation or another.
    const milk = await ask(c, 'بعت 2 حليب كانديا');
    expect(milk.approvals[0]).toMatchObject({ name: 'sales_record' });
    expect(JSON.stringify(milk.approvals[0].args)).toContain(`"sku":"${candia.sku}"`);
    for (const [i, text] of ['bi3t 2 khobz', "j'ai vendu 2 baguettes de pain", 'بعت 2 خبز باقات', 'I sold 2 baguettes'].entries()) {
      const turn = await ask(c, text, i % 2 ? {} : { conversationId: milk.conversationId });
      expect([text, turn.approvals.map((a) => a.name)]).toEqual([text, ['sales_record']]);
      expect([text, JSON.stringify(turn.approvals[0].args)]).toEqual([text, expect.stringContaining(`"sku":"${bread.sku}"`)]);
      expect([text, JSON.stringify(turn.approvals[0].args)]).toEqual([text, expect.not.stringContaining(candia.sku)]);
    }
    // « خبز » alone names two breads: the choices are offered, nothing is guessed.
    const which = await ask(c, 'بعت 2 خبز');
    expect(which.approvals).toHaveLength(0);
    expect(choicesOf(which).map((ch) => ch.label)).toEqual(expect.arrayContaining(['خبز باقات', 'خبز المطلوع']));
    const sold = await ask(c, 'bi3t 2 khobz');
    await decide(c, sold.conversationId, sold.approvals[0].toolCallId, 'approve');
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: bread.id } })).stock).toBe(bread.stock - 2);
    expect(await db.prisma.sale.count({ where: { tenantId, toolCallId: sold.approvals[0].toolCallId } })).toBe(1);
  });
});
