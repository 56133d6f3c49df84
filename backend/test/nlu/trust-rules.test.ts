import { EXAMPLE_LANGS, TOOLS } from '@tajer/tools';
import { Nlu, type HistoryTurn, type UnderstandResult } from '../../src/agent/local/nlu';
import { hasWriteEvidence } from '../../src/agent/local/nlu/trust-rules';
import { buildCatalog } from '../../src/seed/catalog';
import { NLU_NOW } from './converse';

/** The demo catalogue (it has the two Elio oils that differ only by their size). */
const CATALOG = buildCatalog().map((p) => ({ id: p.sku, names: { fr: p.nameFr, ar: p.nameAr, en: p.nameEn } }));

let nlu: Nlu;
beforeAll(async () => {
  nlu = await Nlu.create();
});

const ask = (text: string, history: HistoryTurn[] = []): UnderstandResult =>
  nlu.understand({ now: NLU_NOW, text, catalog: CATALOG, history });

/** A previous write as the chat history carries it: the tool, its arguments and what became of it. */
const wrote = (intent: string, args: Record<string, unknown>, status: string): HistoryTurn[] => [
  { role: 'user', text: '…' },
  { role: 'assistant', text: '', intent, args, status },
];

describe('trust rules', () => {
  describe('a question is a read, whatever the previous turn was', () => {
    const afterStock = wrote('inventory_adjust', { product: "Thon à l'huile 160g", quantity: 24 }, 'succeeded');
    it.each([
      ['combien de thon ?', 'thon'],
      ['et le café, il en reste combien ?', 'caf'],
      ['et le café ?', 'caf'],
      ['Ne change rien, je demande juste combien il reste de thon', 'thon'],
      ['chhal b9a men thon ?', 'thon'],
      ['شحال باقي من التونة؟', 'تونة'],
      ['ما تبدل والو، غير نسقسي شحال باقي من القهوة', 'قهوة'],
      ['How many cans of tuna are left?', 'tuna'],
    ])('"%s" → inventory_search', (text, query) => {
      const r = ask(text, afterStock);
      expect(r.intent).toBe('inventory_search');
      expect(String(r.args.query).toLowerCase()).toContain(query);
    });

    it('still takes a correction with a number, and the answer to its own product question', () => {
      const pending = wrote('inventory_adjust', { product: 'Sucre blanc 1kg', quantity: 10 }, 'awaiting_approval');
      expect(ask('Non, mets-en plutôt 20', pending)).toMatchObject({ intent: 'inventory_adjust', args: { quantity: 20 } });
      expect(ask('Et 5 de farine', pending)).toMatchObject({
        intent: 'inventory_adjust',
        args: { product: 'Farine de blé 1kg', quantity: 5 },
      });
      const asked = wrote('inventory_adjust', { product: 'huile', quantity: 10 }, 'failed');
      expect(ask('Huile de table Elio 5L', asked)).toMatchObject({
        intent: 'inventory_adjust',
        args: { product: 'Huile de table Elio 5L', quantity: 10 },
      });
      // The same bare name after an applied change is a look at that product, not the change again.
      expect(
        ask('Huile de table Elio 5L', wrote('inventory_adjust', { product: 'Sucre blanc 1kg', quantity: 10 }, 'succeeded')).intent,
      ).toBe('inventory_search');
    });
  });

  describe('cancel and undo are answered plainly', () => {
    it.each([
      'Annule, je me suis trompé',
      'annule ça',
      'Laisse tomber',
      'Cancel that',
      'never mind',
      'ألغ العملية',
      'لا لا بطلها',
      'batel, ghlatt',
    ])('"%s" → cancel', (text) => {
      const r = ask(text, wrote('inventory_adjust', { product: 'Sucre blanc 1kg', quantity: 10 }, 'awaiting_approval'));
      expect(r.intent).toBe('cancel');
      expect(r.notice).toEqual({ kind: 'cancel' });
    });
    it('does not take a complaint about a mistake for a cancellation', () => {
      expect(ask('Le scanner de reçus se trompe souvent de total').intent).not.toBe('cancel');
      expect(ask("J'ai oublié de noter 3 ventes hier").intent).not.toBe('cancel');
    });
  });

  describe('sizes inside a product name are part of the name', () => {
    it.each([
      ['ajoute 10 Huile Elio 5L', 'Huile de table Elio 5L', 10],
      ['ajoute 10 Huile Elio 2L', 'Huile de table Elio 2L', 10],
      ['Huile de table Elio 5L : ajoute 12', 'Huile de table Elio 5L', 12],
      ['زيد 6 زيت المائدة إيليو 5 لتر', 'زيت المائدة إيليو 5 لتر', 6],
      ['Add 3 Elio cooking oil 2L', 'Elio cooking oil 2L', 3],
      ['zid 20 kilo smid', 'Semoule 10kg (SIM, moyenne)', 20],
      ['Ajoute 30 kg de riz', 'Riz 1kg', 30],
    ])('"%s" → %s %d', (text, product, quantity) => {
      expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { product, quantity } });
    });
    it('asks for the quantity rather than reading the size as one', () => {
      expect(ask('ajoute Huile Elio 5L')).toMatchObject({
        intent: 'inventory_adjust',
        args: { product: 'Huile de table Elio 5L' },
        missing: ['quantity'],
      });
      expect(ask('Eau minérale Ifri 1,5L').intent).toBe('inventory_search');
    });
  });

  describe('an order to a supplier is not a delivery', () => {
    it.each([
      'Peux-tu commander 50 sacs de semoule chez mon fournisseur ?',
      'Commande 20 bouteilles d’huile au grossiste',
      "J'ai commandé 20 sacs de farine, ils arrivent demain",
      'Order 20 bottles of oil from my supplier',
      'اطلب 30 كيس سكر من المورد',
      'commandili 10 chkayer smid men fournisseur',
    ])('"%s" → unsupported supplier_order', (text) => {
      expect(ask(text)).toMatchObject({ intent: 'unsupported', notice: { kind: 'unsupported', reason: 'supplier_order' } });
    });
    it.each(['La commande de 20 sacs de farine est arrivée', 'The order arrived: 12 packs of water', 'وصلت الطلبية: 20 كيس سكر'])(
      '"%s" is a reception',
      (text) => {
        const r = ask(text);
        expect(r.intent).toBe('inventory_adjust');
        expect(r.args.quantity).toBeGreaterThan(0);
      },
    );
    it('keeps "what should I reorder?" a read', () => {
      expect(ask("Qu'est-ce que je dois recommander ?")).toMatchObject({ intent: 'inventory_search', args: { lowStockOnly: true } });
    });
  });

  describe('a write verb alone does not say which way the stock goes', () => {
    it.each(['sajel 3 khobz', 'record 3 baguettes', 'سجل 3 خبز', 'enregistre 3 baguettes'])('"%s" asks what it is, never +3', (text) => {
      expect(ask(text)).toMatchObject({ intent: 'unsupported' });
    });
    it.each(['سجل دخول 50 كيلو أرز', 'Record 60 yogurts received', 'Log 24 yogurts into inventory'])(
      '"%s" is still a reception',
      (text) => {
        const r = ask(text);
        expect(r.intent).toBe('inventory_adjust');
        expect(r.args.quantity).toBeGreaterThan(0);
      },
    );
  });

  describe('a customer named in full keeps the family name', () => {
    it.each([
      ["Karim Haddad m'a payé 500 DA", 'customers_payment', 'Karim Haddad'],
      ['Karim Haddad khallas 500 da', 'customers_payment', 'Karim Haddad'],
      ["j'ai vendu 2 huile 5L à Karim Ait Kaci à crédit", 'sales_record', 'Karim Ait Kaci'],
      ["Karim m'a payé 500 DA", 'customers_payment', 'Karim'],
      // A chat's lower case, Arabic (no capitals) and Darija's « tsalni » (he owes me).
      ['chhal tsalni riad mebarki', 'customers_credit', 'riad mebarki'],
      ['riad mebarki khallasni 500', 'customers_payment', 'riad mebarki'],
      ['رصيد كريم حداد', 'customers_credit', 'كريم حداد'],
      ['كريم حداد خلصني 500 دج', 'customers_payment', 'كريم حداد'],
      ['كريم خلصني 500', 'customers_payment', 'كريم'],
      ['كم يدين لي كريم اليوم؟', 'customers_credit', 'كريم'],
      ["j'ai vendu 2 sucre à karim à crédit", 'sales_record', 'karim'],
    ])('"%s" → %s for %s', (text, tool, customer) => {
      expect(ask(text)).toMatchObject({ intent: tool, args: { customer } });
    });
    // « Karim paid 500 » answered « I can't do that yet »: a number under 1,000 said with no currency was no money.
    it.each([
      ['Karim paid 500', 'Karim'],
      ['Karim Haddad a payé 500', 'Karim Haddad'],
      ['كريم خلص 500', 'كريم'],
    ])('"%s" is a payment of 500 by %s', (text, customer) => {
      expect(ask(text)).toMatchObject({ intent: 'customers_payment', args: { customer, amount: 500 } });
    });
    // « got 1000 from Ilyes » was a stock movement of a product « Ilyes »; « reçu 1000 de Karim » was asked about.
    it.each([
      ['got 1000 from Ilyes', 'Ilyes'],
      ['got 1000 DA from Ilyes', 'Ilyes'],
      ['reçu 1000 de Karim', 'Karim'],
      ['كريم عطاني 1000', 'كريم'],
    ])('"%s" is money from %s', (text, customer) => {
      expect(ask(text)).toMatchObject({ intent: 'customers_payment', args: { customer, amount: 1000 } });
    });
    // « sold twelve eggs » proposed 12 trays of 30 (360 eggs): the catalogue counts eggs by the tray.
    it.each([
      ['sold twelve eggs', 'Eggs (tray of 30)', 12],
      ["j'ai vendu 12 oeufs", 'Œufs (plateau de 30)', 12],
      ['بعت 12 بيض', 'بيض (صينية 30 بيضة)', 12],
      ['reçu 10 oeufs', 'Œufs (plateau de 30)', 10],
    ])('"%s" asks: %s is counted by the pack', (text, product, quantity) => {
      expect(ask(text)).toMatchObject({ intent: 'unsupported', notice: { reason: 'pack_pieces', product, quantity } });
    });
    // A size the catalogue's product does not have: the name keeps it, so no tool takes the other size for it.
    it.each([
      ["j'ai vendu un sac de semoule 25kg à Karim Haddad", 'sales_record', 'semoule 25kg'],
      ['vendu 1 sucre 5kg', 'sales_record', 'sucre 5kg'],
      ['reçu 10 sacs de semoule 25kg', 'inventory_adjust', 'semoule 25kg'],
    ])('"%s": a size the catalogue lacks is never another size', (text, intent, product) => {
      const r = ask(text);
      expect(r.intent).toBe(intent);
      expect(JSON.stringify(r.args)).toContain(`"product":"${product}"`);
    });
    // The review's cases: the size ruled out the product named best, and the next one of that size was promoted.
    it.each([
      ['vendu 2 concentré de tomate 800g', 'concentre de tomate 800g'],
      ['vendu 2 selecto 2L', 'selecto 2l'],
      ["j'ai vendu 3 ifri 1L", 'ifri 1l'],
      ['vendu 2 biscuit bimo 100g', 'biscuit bimo 100g'],
    ])('"%s": no other product of that size is promoted', (text, product) => {
      expect(ask(text).args.lines).toEqual([expect.objectContaining({ product })]);
    });
    it('a customer who paid back is a payment, « غير » (only) no price change, a verb no name', () => {
      expect(ask("Karim m'a remboursé 500 pour le sucre")).toMatchObject({ intent: 'customers_payment', args: { amount: 500 } });
      expect(ask('قولي غير سومة السكر').notice?.reason).not.toBe('price_change');
      expect(ask('عبد خلص 500')).toMatchObject({ intent: 'customers_payment', args: { customer: 'عبد' } });
      expect(ask('Karim Abdel Kader a payé 500')).toMatchObject({ args: { customer: 'Karim Abdel Kader' } });
    });
    it.each([
      ['vendu 2 huile 5L', 'Huile de table Elio 5L'],
      ['vendu 1 semoule 10kg', 'Semoule 10kg (SIM, moyenne)'],
    ])('"%s": the size on file names its product', (text, product) => {
      expect(ask(text).args.lines).toEqual([expect.objectContaining({ product })]);
    });
    // « sold 4 bread and 1 milk for 150 » put 150 on the milk; « ب 250 كامل » after two lines made the bread 83.33 each.
    it.each([
      ['sold 4 bread and 1 milk for 150', 150],
      ['vendu 5 baguettes et 2 sucre pour 300', 300],
      ['بعت 2 حليب و 3 خبز ب 250 كامل', 250],
      ['vendu 5 baguettes et 2 sucre à 300 en tout', 300],
    ])('"%s": a total after several lines is the sale\'s, asked', (text, amount) => {
      expect(ask(text)).toMatchObject({ intent: 'unsupported', notice: { reason: 'sale_total', amount } });
    });
    it.each([
      ['vendu 2 sucre à 95 et 3 huile pour 1300', [95, 433.33]],
      ['vendu 5 baguettes et 2 sucre à 100', [undefined, 100]],
    ])('"%s": a line with its own price keeps the total on the last line, « à » a unit price', (text, prices) => {
      const lines = ask(text).args.lines as { unitPrice?: number }[];
      expect(lines.map((l) => l.unitPrice)).toEqual(prices);
    });
    it.each([
      ["j'ai vendu 2 plateaux d'oeufs", 2],
      ['بعت 2 صواني بيض', 2],
      ["J'ai vendu 12 Œufs (plateau de 30)", 12],
    ])('"%s" counts packs: a sale', (text, quantity) => {
      expect(ask(text)).toMatchObject({ intent: 'sales_record', args: { lines: [{ quantity }] } });
    });
    // « received 48 Ifri and Selecto » proposed Selecto +48: the count is the product it stands before.
    it.each([
      ['received 48 Ifri and Selecto', 'Ifri mineral water 1.5L', 48],
      ["j'ai reçu 48 Ifri et Selecto", 'Eau minérale Ifri 1,5L', 48],
    ])('"%s" moves %s by %d, never the other product', (text, product, quantity) => {
      expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { product, quantity } });
    });
    it('a sale of « 2 Ifri et Selecto » sells the Ifri, never 2 Selecto', () => {
      expect(ask("j'ai vendu 2 Ifri et Selecto").args.lines).toEqual([
        expect.objectContaining({ product: 'Eau minérale Ifri 1,5L', quantity: 2 }),
      ]);
    });
    // A day, a count or goods taken from a customer are no payment of his (the review found each proposed as one).
    it.each([
      'Karim paid 2 days ago',
      'Karim a payé le 3',
      'Karim paid for 2',
      'reçu 2 cartons de Karim',
      "j'ai reçu la livraison de Karim, 5000",
    ])('"%s" is no payment', (text) => {
      expect(ask(text).intent).not.toBe('customers_payment');
    });
    it('goods got from a supplier stay a delivery', () => {
      expect(ask('got 20 sugar from the supplier')).toMatchObject({ intent: 'inventory_adjust', args: { quantity: 20 } });
      // « dkhalt 10 smid » (I brought in, Darija in Latin letters) was asked about; money brought in stays the takings.
      expect(ask('dkhalt 10 smid')).toMatchObject({ intent: 'inventory_adjust', args: { quantity: 10 } });
      expect(ask('dkhalt 5000 lyoum')).toMatchObject({ intent: 'sales_daily_total', args: { amount: 5000 } });
      expect(ask('Karim took 500 from the till').intent).not.toBe('customers_payment');
    });
  });

  describe('what no tool does is said plainly', () => {
    it.each([
      ['Le chiffre d’affaires du trimestre dernier', 'past_period'],
      ['What were my sales last quarter?', 'past_period'],
      ['Change le prix du sucre à 100 DA', 'price_change'],
      // A price said to change, or a product put at an amount: was an unclear write, or a stock movement of « 150 ».
      ['le prix du sucre passe à 150 DA', 'price_change'],
      ['mets le sucre à 150 DA', 'price_change'],
      ['the price of sugar is now 150', 'price_change'],
      ['سعر السكر ولى 150 دج', 'price_change'],
      // Darija's « سومة » (price) after « بدل » / « غير »: the competitors' prices were shown, or « de quoi s'agit-il ? »
      ['بدل سومة السكر ل 120', 'price_change'],
      ['بدل سومت الزيت ل 700', 'price_change'],
      ['beddel soumet sokar l 120', 'price_change'],
      ['ajoute 1800 DA', 'unclear_write'],
    ])('"%s" → %s', (text, reason) => {
      expect(ask(text)).toMatchObject({ intent: 'unsupported', notice: { reason } });
    });
    it('a count or an expense put at an amount is no price', () => {
      expect(ask('mets 10 sucre en stock')).toMatchObject({ intent: 'inventory_adjust', args: { quantity: 10 } });
      expect(ask('mets le loyer à 30000 DA')).toMatchObject({ intent: 'expenses_add', args: { amount: 30000 } });
      expect(ask('les concurrents ont baissé le prix du sucre').intent).toBe('market_competitors');
    });
    // « supprime la dernière vente » asked « Quelle quantité ? » for a stock movement of « dernière »; « cancel my last
    // sale » said there was nothing to cancel. A recorded sale is refunded from the sales page.
    it.each([
      'supprime la dernière vente',
      'annule la vente de ce matin',
      'cancel my last sale',
      'delete the last sale',
      'الغي آخر بيعة',
      'احذف آخر عملية بيع',
      'n7i lvente lakhra',
    ])('"%s" is a recorded sale to undo, never a write', (text) => {
      expect(ask(text)).toMatchObject({ intent: 'cancel', notice: { kind: 'cancel', sale: true } });
    });
    it('« annule » alone is still about the last change, and a repayment naming the sale is a repayment', () => {
      expect(ask('annule').notice).toEqual({ kind: 'cancel' });
      expect(ask("Karim m'a remboursé 500 DA de sa vente à crédit")).toMatchObject({
        intent: 'customers_payment',
        args: { customer: 'Karim', amount: 500 },
      });
    });
    // « un client m'a rendu 2 paquets de café » proposed taking 2 coffees OUT of the stock (« rendu » is a return to the
    // supplier there): a customer's return is refunded on the sale, which gives the money and the goods back together.
    it.each([
      "un client m'a rendu 2 paquets de café",
      "Karim m'a rendu 2 café",
      'un client a ramené 3 bouteilles d huile',
      'retour client 2 sucre',
      'Karim a annulé son achat de 2 sucre',
      'A customer returned 2 bags of sugar',
      'الزبون رجعلي 2 قهوة',
      'أرجع الزبون 3 علب حليب',
      'wahed el client rajja3li 2 café',
      'Karim rja3li 2 lait',
      // A refund said with goods named (the stock took +2 and the refund was lost).
      "Amine a ramené 2 bouteilles de coca, je l'ai remboursé",
      'a customer brought back 2 milks, I refunded him',
      'رجعلي 2 كوكا و رجعتلو الدراهم',
    ])('"%s" is a customer\'s return: said where it is done, nothing proposed', (text) => {
      expect(ask(text)).toMatchObject({ intent: 'unsupported', notice: { kind: 'unsupported', reason: 'customer_return' } });
    });
    it.each([
      ["j'ai rendu 5 yaourts au fournisseur", 'inventory_adjust'],
      ["Karim m'a remboursé 500 DA", 'customers_payment'],
      ['الزبون رجع اشترى السكر', 'sales_record'],
    ])('"%s" is no customer return (%s)', (text, tool) => {
      expect(ask(text).intent).toBe(tool);
    });
    // « j'ai donné 2 sucre gratuitement à un voisin » was a sale (at 1 DA); a promotion's « 1 acheté » a coffee in.
    it.each([
      ["j'ai donné 2 sucre gratuitement à un voisin", -2],
      ["j'ai offert 1 café à un client fidèle", -1],
      ['I gave away 3 milk', -3],
      ['عطيت 2 حليب مجانا', -2],
      ['reçu 10 sucre gratuits du fournisseur', 10],
    ])('"%s" moves the stock by %d, with no sale', (text, quantity) => {
      expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { quantity } });
    });
    it.each(['promo 1 acheté 1 offert sur le café', 'promo: 1 acheté 1 offert sur le café', 'buy 2 get 1 free on sugar'])(
      '"%s" is an offer to announce, never a stock movement',
      (text) => {
        expect(ask(text).intent).toBe('marketing_generate_content');
      },
    );
    // « j'ai compté 37 sucre » was a movement of +37: a count is what is on the shelf (the model reads the stock first).
    it.each([
      "j'ai compté le stock de sucre : 37",
      'il y a 37 sucre en stock en vrai',
      'corrige le stock de sucre à 37',
      'le stock de sucre est de 37',
      'I counted 37 sugar',
      'set the sugar stock to 37',
      'حسبت 37 سكر',
      'صحح مخزون السكر إلى 37',
      '7sebt 37 sucre',
      // « left » / « il en reste » after a count says what it found: it only read the stock.
      'I counted the sugar, there are 37 left',
      "j'ai compté le sucre, il en reste 37",
    ])('"%s" is a count of 37, not a movement', (text) => {
      expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', stockCount: true, args: { quantity: 37 } });
    });
    it.each(["en vrai j'ai reçu 10 sucre", 'ajoute 10 sucre'])('"%s" is still a movement', (text) => {
      expect(ask(text).stockCount).toBeUndefined();
    });
    it('a question about the real stock is a read', () => {
      expect(ask('combien de sucre en vrai ?').intent).toBe('inventory_search');
      expect(ask("j'ai compté le sucre, il en reste 37 ?").intent).toBe('inventory_search');
    });
    // « mets 5 sucre de côté pour Karim » proposed +5 into the stock: kept aside, the goods have not moved.
    it.each(['mets 5 sucre de côté pour Karim', 'set aside 2 oil for Nadia', 'خبيلو 3 حليب', 'khabbi 2 zit l Karim'])(
      '"%s" moves no stock: asked, never proposed',
      (text) => {
        expect(ask(text)).toMatchObject({ intent: 'unsupported', notice: { reason: 'unclear_write' } });
      },
    );
    // « rja3t 3 yaourt lel fournisseur » proposed +3: sent back to the supplier, they leave; back FROM him, they come in.
    it.each([
      ['rja3t 3 yaourt lel fournisseur', -3],
      ['رجعت 3 ياغورت للمورد', -3],
      ['I returned 3 yogurts to the supplier', -3],
      ['rja3t mel fournisseur b 10 yaourt', 10],
    ])('"%s" moves the stock by %d', (text, quantity) => {
      expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { quantity } });
    });
    // Taken for the family (« j'ai pris 2 café pour la maison », « I took 2 coffee for home ») was a sale or a question.
    it.each(["j'ai pris 2 café pour la maison", 'I took 2 coffee for home', 'خذيت 2 قهوة للدار'])(
      '"%s" takes 2 out of the stock, no sale',
      (text) => {
        expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { quantity: -2 } });
      },
    );
    it("« stock of sugar is wrong, it's 37 » is a count", () => {
      expect(ask("stock of sugar is wrong, it's 37")).toMatchObject({ intent: 'inventory_adjust', stockCount: true });
    });
    // « Karim bought 2 oil, he will pay later » was a debt of 2 DA.
    it('goods a named customer bought are a sale, on credit when he pays later', () => {
      expect(ask('Karim bought 2 oil, he will pay later')).toMatchObject({
        intent: 'sales_record',
        args: { customer: 'Karim', paymentMethod: 'credit', lines: [{ quantity: 2 }] },
      });
      expect(ask('I bought 20 kg of sugar at 95 per kg')).toMatchObject({ intent: 'expenses_add', args: { amount: 1900 } });
    });
    // The review's false positives: none of these is a count, a gift, a promotion or a return to the supplier.
    it.each([
      ["the price of sugar is wrong, it's 95", 'stockCount'],
      ['Karim me doit 2 sucre en vrai', 'stockCount'],
      ['mets le stock minimum du sucre à 10', 'stockCount'],
      ['set the low stock alert for sugar to 10', 'stockCount'],
      ['حسبت لكريم 3 سكر', 'stockCount'],
    ])('"%s" is no %s', (text) => {
      expect(ask(text).stockCount).toBeUndefined();
    });
    it.each([
      ['vendu 10 sucre à Karim, le sac est gratuit', 'sales_record'],
      ['sold 3 milk, delivery for free', 'sales_record'],
      ['reçu 10 café promo du fournisseur', 'inventory_adjust'],
    ])('"%s" stays %s', (text, tool) => {
      expect(ask(text).intent).toBe(tool);
    });
    it.each([
      ["le fournisseur m'a donné 5 sucre gratuitement", 5],
      ['the supplier gave me 3 milk for free', 3],
      ['I returned to the supplier and got 10 yogurts', 10],
      ['reçu 20 sucre en réserve pour le ramadan', 20],
    ])('"%s" brings %d in', (text, quantity) => {
      expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { quantity } });
    });
    it('a count may be zero, the commonest correction', () => {
      expect(ask('le stock de sucre est à 0')).toMatchObject({
        intent: 'inventory_adjust',
        stockCount: true,
        args: { quantity: 0 },
        missing: [],
      });
    });
    it('goods given back to the supplier still leave the stock', () => {
      expect(ask("j'ai rendu 5 yaourts au fournisseur").args).toMatchObject({ quantity: -5 });
    });
    // « compare cette semaine à la semaine dernière » listed this week's sales: the figures carry the change.
    it.each([
      ['compare cette semaine à la semaine dernière', 'week'],
      ['this week vs last week', 'week'],
      ['قارن مبيعات هذا الأسبوع بالأسبوع الماضي', 'week'],
    ])('"%s" compares the figures (dashboard_stats %s)', (text, period) => {
      expect(ask(text)).toMatchObject({ intent: 'dashboard_stats', args: { period } });
    });
    // What the shop owes its suppliers was read from (or written to) the customers' credit book.
    it.each([
      'chhal rani dayen l les fournisseurs',
      'combien je dois au grossiste ?',
      'how much do I owe my suppliers?',
      'كم علي للموردين؟',
      "j'ai pris 20 sacs de semoule à crédit chez le grossiste",
    ])('"%s" is the shop\'s debt to a supplier: said plainly, nothing proposed', (text) => {
      expect(ask(text)).toMatchObject({ intent: 'unsupported', notice: { kind: 'unsupported', reason: 'supplier_debt' } });
    });
    it.each([
      ["j'ai payé 20000 DA au grossiste", 'expenses_add'],
      ['المورد علي جاب 20 كيس سميد', 'inventory_adjust'],
      ['Karim me doit 500 DA', 'customers_credit_add'],
    ])('"%s" stays what it was (%s)', (text, tool) => {
      expect(ask(text).intent).toBe(tool);
    });
    // « dakhli » (my income) read as expenses.
    it.each(['ch7al dakhli lyoum', 'شحال دخلي اليوم؟'])('"%s" is the day\'s figures', (text) => {
      expect(ask(text)).toMatchObject({ intent: 'dashboard_stats', args: { period: 'today' } });
    });
    // Whether the shop makes money got the sales list or the expenses; who has not paid got a market read or a payment.
    it.each([
      ['wach rani rabe7 had chhar ?', 'month'],
      ["est-ce que je perds de l'argent ?", undefined],
      ["est-ce que je gagne de l'argent ce mois-ci ?", 'month'],
      ['am I losing money?', undefined],
      ['واش راني خاسر هاد الشهر؟', 'month'],
      ['هل أنا رابح هذا الشهر؟', 'month'],
    ])('"%s" asks for the net result (dashboard_stats)', (text, period) => {
      const r = ask(text);
      expect(r.intent).toBe('dashboard_stats');
      expect(r.args.period).toBe(period);
    });
    it.each(['chkoun li ma khlasch ?', "qui n'a pas encore payé ?", "who hasn't paid me?", 'شكون لي ما خلصش؟'])(
      '"%s" asks who still owes (customers_credit)',
      (text) => {
        expect(ask(text)).toMatchObject({ intent: 'customers_credit', args: {} });
      },
    );
    it.each([
      'wach ya9ss men sel3a ?',
      'wach ma b9ach f stock ?',
      'ما هي السلع التي تنقص؟',
      // What to buy again went to the help, the whole stock or the sales list.
      'je dois commander quoi cette semaine ?',
      'wach lazem nechri ?',
      'ماذا يجب أن أشتري؟',
      'what should I order this week?',
      // The falling sales were listed for the first, a search for « نكوموندي » for the second.
      'quels produits je dois commander ?',
      'واش لازم نكوموندي',
      'chnou lazem nchri',
    ])('"%s" asks for the goods running low', (text) => {
      expect(ask(text)).toMatchObject({ intent: 'inventory_search', args: { lowStockOnly: true } });
    });
    it.each([
      ['رابح خلصني 500', 'customers_payment'],
      ["Karim n'a pas payé 500 DA", 'customers_credit_add'],
      ['ch7al rbe7t lyoum ?', 'dashboard_stats'],
    ])('"%s" stays what it was (%s)', (text, tool) => {
      expect(ask(text).intent).toBe(tool);
    });
    // Asked whether a customer paid, it proposed to record a payment (« wach Riad khallasni ? » asked how much) or listed
    // the sales (« did Karim pay me? »): a question with no amount is what he still owes.
    it.each([
      ['wach Riad khallasni ?', 'Riad'],
      ['wach khlasni Karim ?', 'Karim'],
      ['did Karim pay me?', 'Karim'],
      ['has Karim paid me?', 'Karim'],
      ["Karim m'a payé ?", 'Karim'],
      ['واش خلصني كريم ؟', 'كريم'],
    ])('"%s" reads what %s owes', (text, customer) => {
      expect(ask(text)).toMatchObject({ intent: 'customers_credit', args: { customer } });
    });
    it('a payment told with its amount is still one to record', () => {
      expect(ask('Karim khallasni 500')).toMatchObject({ intent: 'customers_payment', args: { customer: 'Karim', amount: 500 } });
      expect(ask('Karim paid me 800 DA')).toMatchObject({ intent: 'customers_payment', args: { amount: 800 } });
    });
    // The notebook as it is kept: « sajel 3la Hichem 500 » answered « de quoi s'agit-il ? », « marque 500 DA sur le compte
    // de Hichem » proposed an expense, « Hichem khda crédit 500 DA » named « Hichem khda ».
    it.each([
      'sajel 3la Hichem 500',
      'sajel 3and Hichem 500 dinar',
      'kteb 3la Hichem 500 DA',
      'marque 500 DA sur le compte de Hichem',
      "put 500 DA on Hichem's tab",
      'Hichem khda crédit 500 DA',
    ])('"%s" puts 500 DA on Hichem\'s account', (text) => {
      expect(nlu.understand({ now: NLU_NOW, text, catalog: CATALOG, customers: ['Hichem'] })).toMatchObject({
        intent: 'customers_credit_add',
        args: { customer: 'Hichem', amount: 500 },
      });
    });
    it('« سجل على هشام 500 » is a debt to write too (the name is asked when not read)', () => {
      expect(ask('سجل على هشام 500 دينار')).toMatchObject({ intent: 'customers_credit_add', args: { amount: 500 } });
    });
    // Money paid to a supplier for goods proposed 12,000 bags of sugar into the stock.
    it.each(['paid the supplier 12000 for sugar', "j'ai payé 12000 au fournisseur pour le sucre"])(
      '"%s" is an expense of 12,000 DA, never a stock movement',
      (text) => {
        expect(ask(text)).toMatchObject({ intent: 'expenses_add', args: { amount: 12000, category: 'marchandises' } });
      },
    );
    it('goods arriving, with what they cost, are still stock in', () => {
      expect(ask("j'ai reçu 50 sucre")).toMatchObject({ intent: 'inventory_adjust', args: { quantity: 50 } });
    });
    it('« khallast lkera 30000 » is the rent; « ch7al ktar produit tba3 had chhar ? » the best sellers, not a photo', () => {
      expect(ask('khallast lkera 30000')).toMatchObject({ intent: 'expenses_add', args: { amount: 30000, category: 'loyer' } });
      expect(ask('ch7al ktar produit tba3 had chhar ?')).toMatchObject({
        intent: 'dashboard_insights',
        args: { focus: 'best_sellers', period: 'month' },
      });
    });
    it('« … l Hichem bel kridi » sells on credit to Hichem, not to « Hichem bel »', () => {
      expect(
        nlu.understand({ now: NLU_NOW, text: 'bi3t 2 zit w 3 smid l Hichem bel kridi', catalog: CATALOG, customers: ['Hichem'] }),
      ).toMatchObject({
        intent: 'sales_record',
        args: { paymentMethod: 'credit', customer: 'Hichem' },
      });
    });
    // A sale on credit said the way owners say it: « he'll pay tomorrow » was recorded as cash, « عطيت لكريم 3 خبزات
    // بالكريدي » (I gave Karim 3 breads) as a debt of 3 DA.
    it.each([
      ["Karim took 3 breads, he'll pay tomorrow", 'Karim', 3],
      ['عطيت لكريم 3 خبزات بالكريدي', 'كريم', 3],
      ['a3tit l Karim 2 zit bel kridi', 'Karim', 2],
    ])('"%s" is a credit sale to %s (%i items)', (text, customer, quantity) => {
      const r = nlu.understand({ now: NLU_NOW, text, catalog: CATALOG, customers: ['Karim'] });
      expect(r).toMatchObject({ intent: 'sales_record', args: { paymentMethod: 'credit', customer } });
      expect((r.args.lines as { quantity: number }[])[0].quantity).toBe(quantity);
    });
    it.each(["what's my best day?", 'quel est mon meilleur jour ?'])('"%s" reads the busy days', (text) => {
      expect(ask(text)).toMatchObject({ intent: 'dashboard_insights', args: { focus: 'busy_times' } });
    });
    // « I haven't paid the rent yet » proposed an expense (or searched the stock for « haven »): no money went out.
    it.each([
      ["I haven't paid the rent yet", 'loyer'],
      ["je n'ai pas encore payé le loyer", 'loyer'],
      ['ma khallastch la facture ta3 sonelgaz', 'électricité'],
    ])('"%s" reads what is on file for the bill (%s)', (text, category) => {
      expect(ask(text)).toMatchObject({ intent: 'expenses_list', args: { category } });
    });
    it('the bill paid, with its amount, is still an expense to record', () => {
      expect(ask("j'ai payé le loyer 30000")).toMatchObject({ intent: 'expenses_add', args: { amount: 30000, category: 'loyer' } });
    });
    // « ma b9ach sucre » was out of scope, « kayen l9ahwa ? » got the alerts and « ma b9atch l9ahwa » a post to write; « ma
    // b9ach l7lib » said only that no milk was at its threshold, never how much is left.
    it.each([
      ['ma b9ach sucre', 'sucre'],
      ['mab9ach sucre', 'sucre'],
      ['ma b9ach l7lib', 'lait'],
      ['ma b9atch l9ahwa', 'café'],
      ['kayen l9ahwa ?', 'café'],
      ['ما بقاش السكر', 'سكر'],
    ])('"%s" shows that product\'s stock (%s)', (text, query) => {
      const r = ask(text);
      expect(r).toMatchObject({ intent: 'inventory_search', args: { query } });
      expect(r.args).not.toHaveProperty('lowStockOnly');
    });
    it("« est-ce que le sucre est rentable ? » is that product's line; « suis-je rentable ? » the shop's result", () => {
      expect(ask('est-ce que le sucre est rentable ?')).toMatchObject({
        intent: 'dashboard_insights',
        args: { product: 'Sucre blanc 1kg' },
      });
      expect(ask('suis-je rentable ce mois-ci ?')).toMatchObject({ intent: 'dashboard_stats', args: { period: 'month' } });
      expect(ask('je dois commander 20 sacs de semoule chez le grossiste')).toMatchObject({ notice: { reason: 'supplier_order' } });
      expect(ask('dir li publicité 3la smid')).toMatchObject({ intent: 'marketing_generate_content', args: { topic: 'smid' } });
    });
    // « Quel jour je vends le plus ? » got the general findings, none of which names a day or an hour.
    it.each([
      'quel jour je vends le plus ?',
      "à quelle heure j'ai le plus de clients ?",
      'quelles sont les heures creuses ?',
      'which day is the busiest?',
      'What are my peak hours?',
      'أي يوم أبيع فيه أكثر؟',
      'wach men nhar nbi3 ktar ?',
      'واش من نهار نبيع بزاف؟',
    ])('"%s" asks for the busy days and hours (dashboard_insights, focus busy_times)', (text) => {
      expect(ask(text)).toMatchObject({ intent: 'dashboard_insights', args: { focus: 'busy_times' } });
    });
    it('the best sellers stay a product ranking', () => {
      expect(ask('quel est mon produit le plus vendu ?')).toMatchObject({ intent: 'dashboard_insights', args: { focus: 'best_sellers' } });
    });
    it.each([
      ["est-ce que Riad m'a payé ?", 'Riad'],
      ['هل دفع لي رياض؟', 'رياض'],
    ])('"%s" asks what the customer still owes (customers_credit)', (text, customer) => {
      expect(ask(text)).toMatchObject({ intent: 'customers_credit', args: { customer } });
    });
    it.each(["je n'ai pas payé le loyer", "j'ai pas encore payé l'électricité", "I haven't paid the rent yet"])(
      '"%s" is the shop\'s own bill, never the customers\' book',
      (text) => {
        expect(ask(text).intent).not.toBe('customers_credit');
      },
    );
    it('« je perds patience » is no question about money', () => {
      expect(ask('je perds patience avec ce fournisseur').intent).not.toBe('dashboard_stats');
    });
    // « Le produit le moins vendu » got the general findings, which never named the slowest products.
    it.each([
      'quel est mon produit le moins vendu ?',
      'Quels produits ne se vendent pas ?',
      'montre-moi le stock qui dort en rayon',
      "Which items aren't selling?",
      'what are my worst sellers',
      'ما هي المنتجات الأقل مبيعا؟',
      'واش من سلعة ما راهيش تتباع؟',
      'السلعة لي راقدة',
      'wach men produit ma rahich yetba3',
      'sel3a li ra9da',
    ])('"%s" asks for the slow sellers (dashboard_insights, focus slow_sellers)', (text) => {
      expect(ask(text)).toMatchObject({ intent: 'dashboard_insights', args: { focus: 'slow_sellers' } });
    });
    it.each(['Quel produit se vend le plus ?', 'Which products are declining?', 'je ne vends plus de sucre'])(
      '"%s" is not the shop\'s slow sellers',
      (text) => {
        expect(ask(text).args.focus).not.toBe('slow_sellers');
      },
    );
    // Spending compared is the expenses' totals, whatever word says it (« spent » went to the shop's figures).
    it.each([
      'compare what I spent this week to last week',
      'compare mes dépenses de cette semaine à la semaine dernière',
      'قارن مصاريف هذا الأسبوع بالأسبوع الماضي',
      'qaren masrouf had simana m3a simana li fatet',
    ])('"%s" compares expenses (expenses_list)', (text) => {
      expect(ask(text).intent).toBe('expenses_list');
    });
    it.each(["Mes ventes d'hier", 'What were my sales yesterday?', 'شحال بعت البارح؟', 'wach bi3t lbare7'])(
      '"%s" lists that day\'s sales',
      (text) => {
        expect(ask(text)).toMatchObject({ intent: 'sales_list', args: { date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
      },
    );
    it.each([
      ['Mes ventes du mois dernier', 'dashboard_stats', 'last_month'],
      ['Combien j’ai dépensé le mois dernier ?', 'expenses_list', 'last_month'],
      ['What were my expenses last year?', 'expenses_list', 'last_year'],
      ['مصاريف الشهر الماضي', 'expenses_list', 'last_month'],
      ['Meilleures ventes de la semaine dernière', 'dashboard_insights', 'last_week'],
      ['chhal srefet chhar li fat ?', 'expenses_list', 'last_month'],
    ])('"%s" reads the whole past period (%s, %s)', (text, tool, period) => {
      const r = ask(text);
      if (tool) expect(r.intent).toBe(tool);
      expect(r.args.period).toBe(period);
    });
    describe('a month named, on 5 December 2026', () => {
      const now = new Date(2026, 11, 5, 10, 0, 0);
      const on = (text: string) => nlu.understand({ text, catalog: CATALOG, now });
      it.each([
        ['mes ventes de novembre', 'dashboard_stats', 'last_month'],
        ['قداش بعت في نوفمبر؟', 'sales_list', 'last_month'],
        ['How much did I spend in November?', 'expenses_list', 'last_month'],
        ['mes ventes en décembre', 'dashboard_stats', 'month'],
      ])('"%s" is a period the tools have (%s, %s)', (text, tool, period) => {
        expect(on(text)).toMatchObject({ intent: tool, args: { period } });
      });
      // Before, these got this month's figures under « Ce mois-ci », read as October's.
      it.each(['mes ventes en octobre', 'How much did I sell in October?', 'chhal bi3t f octobre', 'ventes de novembre 2025'])(
        '"%s" is said plainly to be out of reach',
        (text) => {
          expect(on(text)).toMatchObject({ intent: 'unsupported', notice: { reason: 'past_period' } });
        },
      );
      it.each([
        ['mes ventes du 12 octobre', '2026-10-12'],
        ['mes ventes du 3 décembre', '2026-12-03'],
      ])('"%s" lists that day’s sales (never a sale of 12)', (text, date) => {
        expect(on(text)).toMatchObject({ intent: 'sales_list', args: { date } });
      });
      it('keeps an expense’s date and amount apart', () => {
        expect(on("j'ai payé le loyer le 2 novembre 30000 DA")).toMatchObject({
          intent: 'expenses_add',
          args: { amount: 30000, date: '2026-11-02' },
        });
      });
    });
    it('still compares with the past period and reads a competitor price drop as news', () => {
      expect(ask('Est-ce que mes ventes ont augmenté par rapport au mois dernier ?')).toMatchObject({
        intent: 'dashboard_stats',
        args: { period: 'month' },
      });
      expect(ask('Les concurrents ont baissé le prix du riz ?').intent).toBe('market_competitors');
    });
  });

  describe('an expense word inside a product name is not an expense', () => {
    it('« Eau minérale Ifri » names a product: no expense evidence, whatever the classifier ranks first', () => {
      for (const text of ['Eau minérale Ifri 1,5L', 'eau ifri', 'ماء إفري'])
        expect(hasWriteEvidence('expenses_add', text, nlu.act(text, CATALOG))).toBe(false);
      expect(ask('Eau minérale Ifri 1,5L').intent).toBe('inventory_search');
    });
    it.each(["facture d'eau 2500 DA", "J'ai payé l'eau 3000 DA", 'électricité 4500 DA', 'فاتورة الماء 2500 دج'])(
      '"%s" is still an expense',
      (text) => {
        expect(hasWriteEvidence('expenses_add', text, nlu.act(text, CATALOG))).toBe(true);
        expect(ask(text).intent).toBe('expenses_add');
      },
    );
  });

  describe('feedback is recorded without a confirmation, so a question is feedback only when it talks about the app', () => {
    it.each([
      "c'est quoi ma marge sur l'huile ?",
      'quelle est ma marge ce mois-ci ?',
      'شحال الهامش تاعي على الزيت؟',
      "what's my margin on oil?",
    ])('"%s" is not feedback', (text) => expect(ask(text).intent).not.toBe('feedback_submit'));
    it.each([
      "Pourquoi l'appli calcule mal ma marge ?",
      "L'appli calcule mal ma marge",
      'علاش التطبيق يحسب الهامش غالط؟',
      'Why is the app so slow?',
    ])('"%s" is feedback', (text) => expect(ask(text).intent).toBe('feedback_submit'));
    it('every feedback example that reads as a question carries words about the app', () => {
      const tool = TOOLS.find((t) => t.name === 'feedback_submit')!;
      const missing = EXAMPLE_LANGS.flatMap((lang) => tool.examples[lang]).filter(
        (text) => !hasWriteEvidence('feedback_submit', text, nlu.act(text, CATALOG)),
      );
      expect(missing).toEqual([]);
    });
  });

  describe('running low, in Darija written in Latin letters', () => {
    it.each(['wach li qrib ykhlas fel stock ?', 'bghit nchouf les produits li qrib ykhlsou', 'ach men produit 9rib ykhlas ?'])(
      '"%s"',
      (text) => {
        expect(ask(text)).toMatchObject({ intent: 'inventory_search', args: { lowStockOnly: true } });
        expect(ask(text).args.query).toBeUndefined();
      },
    );
  });

  it('every example of a write tool carries the words that tool needs, and none reads as a question', () => {
    const missing: string[] = [];
    for (const tool of TOOLS) {
      if (tool.kind !== 'write' || !tool.requiresApproval) continue;
      for (const lang of EXAMPLE_LANGS) {
        for (const text of tool.examples[lang]) {
          const act = nlu.act(text, CATALOG);
          if (act.readOnly || !hasWriteEvidence(tool.name, text, act)) missing.push(`${tool.name}: ${text}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
