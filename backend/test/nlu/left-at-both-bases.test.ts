import { Nlu, type UnderstandResult } from '../../src/agent/local/nlu';
import { readAfter, readAlone } from './converse';
import { TEST_CATALOG } from './fixtures/catalog';

/**
 * Wrong writes the twenty-third session's reviewers saw at its base and head alike, and left (twenty-fourth session):
 * goods to come proposed as stock, a sale not paid recorded as paid cash, a bill paid in part told without a comma, an
 * invoice still to pay written, a bill's sum put on a customer's account, cash out of the bank as an expense, a count
 * given to the first of two goods, stock « prélevé » added, and a follow-up of another day or another customer
 * replacing the card's figure.
 */
let nlu: Nlu;
beforeAll(async () => {
  nlu = await Nlu.create();
});

const ask = (text: string): UnderstandResult => readAlone(nlu, text);
const after = (first: string, intent: string, args: Record<string, unknown>, text: string): UnderstandResult =>
  readAfter(nlu, first, intent, args, text);

describe('goods to come are not in the stock yet — read clause by clause', () => {
  it.each([
    'le sucre arrive demain, 10 sacs',
    'je vais recevoir 10 sucre demain',
    'le fournisseur livre 10 sucre demain',
    'le livreur va livrer 10 sucre',
    "tomorrow I'll receive 10 sugar",
    'I have 20 sugar coming tomorrow',
    'ghodwa yjini 10 sokar',
    'غدوة يجيني 10 سكر',
    'السكر جاي غدوة 10 أكياس',
  ])('« %s »: nothing added, and said why', (text) => {
    expect(ask(text).notice).toMatchObject({ reason: 'delivery_to_come' });
  });
  // What the last session's reviewer found against the whole-message rule (taken back then): a delivery or a removal told
  // beside a clause about tomorrow is still that movement.
  it.each([
    ['le fournisseur a livré 10 sucre, il repasse demain', 10],
    ['ajoute 10 sucre au stock, le reste arrive demain', 10],
    ['chrit 10 sokar, ghodwa yji zit', 10],
    ['وصل السكر 10 أكياس، والزيت يجي غدوة', 10],
    ["j'ai jeté 5 lait périmé, le livreur vient demain", -5],
    ["j'ai reçu 10 sucre, le reste arrive demain", 10],
  ])('« %s »: still the movement told', (text, quantity) => {
    expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { quantity } });
  });
});

describe('goods taken and not paid are on the customer’s account', () => {
  it.each([
    ['vendu 3 lait à Karim non réglé', 'Karim'],
    ['vente de 5 sucre à Karim non réglée', 'Karim'],
    ['vendu 3 lait à Karim pas payé', 'Karim'],
    ['Karim a pris 3 lait, pas encore payé', 'Karim'],
    ['Karim a pris 2 sucre, non réglé', 'Karim'],
    ['sold 3 milk to Karim unpaid', 'Karim'],
    ["Karim took 3 milk, he hasn't paid", 'Karim'],
  ])('« %s »: a credit sale to %s (it was paid cash)', (text, customer) => {
    expect(ask(text)).toMatchObject({ intent: 'sales_record', args: { paymentMethod: 'credit', customer } });
  });
  it('« vendu 3 lait non réglé »: on credit, the customer asked by the card', () => {
    const r = ask('vendu 3 lait non réglé');
    expect(r).toMatchObject({ intent: 'sales_record', args: { paymentMethod: 'credit' } });
    expect(r.args.customer).toBeUndefined();
  });
  it.each([
    ["Karim n'a pas payé cash, il m'a versé 500 par ccp", 'cash'],
    ["Karim hasn't paid cash, he sent 500 by baridimob", 'baridimob'],
  ])('« %s »: a way of paying denied is no credit', (text, method) => {
    const r = ask(text);
    expect(r.args.paymentMethod === 'credit' || r.args.method === 'credit').toBe(false);
    expect(r.args.method ?? r.args.paymentMethod).toBe(method);
  });
  it('« j’ai vendu 5 sucre, payé cash »: still cash', () => {
    expect(ask("j'ai vendu 5 sucre, payé cash")).toMatchObject({ args: { paymentMethod: 'cash' } });
  });
});

describe('a bill paid in part, told without a comma', () => {
  it.each([
    ['loyer 30000 payé 10000', 10000],
    ['electricity 9000 paid 4500', 4500],
    ['الضو 9000 خلصت 4500', 4500],
    ['lkra 30000 khallast 20000', 20000],
    ['gaz 4000 payé 2000', 2000],
  ])('« %s »: the part paid, %i', (text, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'expenses_add', args: { amount } });
  });
  it.each(['loyer 30000 payé 10000 à Karim', 'loyer 30000 payé 10000 plus tard', 'loyer 30000 payé 10000 la dernière fois'])(
    '« %s »: anything else said of it — asked',
    (text) => {
      expect(ask(text).notice).toMatchObject({ reason: 'unclear_write' });
    },
  );
  it('« loyer 30000 payé 30000 »: the rent, whole', () => {
    expect(ask('loyer 30000 payé 30000')).toMatchObject({ intent: 'expenses_add', args: { amount: 30000 } });
  });
});

describe('an invoice still to pay is not written', () => {
  it.each(['sugar bill 25000 to pay', 'water bill 2000 to pay', 'facture de sucre 4500 à régler', 'facture du lait 12000 non réglée'])(
    '« %s »: read, nothing written',
    (text) => {
      expect(ask(text).intent).toBe('expenses_list');
    },
  );
  it('« I went to pay the rent 30000 »: still paid', () => {
    expect(ask('I went to pay the rent 30000')).toMatchObject({ intent: 'expenses_add', args: { amount: 30000 } });
  });
});

describe('a bill’s sum is not put on a customer’s account', () => {
  it.each([
    "Karim n'a pas payé, c'est l'électricité 4500",
    "Karim hasn't paid, the rent is 30000",
    "Karim n'a pas payé, l'électricité 4500",
  ])('« %s »: his sum asked', (text) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_credit_add', args: { customer: 'Karim' }, missing: ['amount'] });
  });
  it.each(["Karim n'a pas payé 4500", "Karim me doit 4500 pour l'électricité"])('« %s »: still his debt', (text) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_credit_add', args: { customer: 'Karim', amount: 4500 } });
  });
});

describe('cash out of the bank is no expense', () => {
  it.each([
    ["j'ai retiré 5000 de la banque", 5000],
    ["j'ai pris 5000 à la banque", 5000],
    ['I withdrew 5000 from the bank', 5000],
    ['سحبت 5000 من البنك', 5000],
    ['jbedt 5000 mel banka', 5000],
    ["j'ai retiré 20000 du CCP", 20000],
  ])('« %s »: nothing written, and said why', (text, amount) => {
    expect(ask(text).notice).toMatchObject({ reason: 'bank_withdrawal', amount });
  });
  it.each(['frais bancaires 500', 'la banque a prélevé 500 de frais', "j'ai payé les frais de la banque 500"])(
    '« %s »: the bank’s fees are still an expense',
    (text) => {
      expect(ask(text)).toMatchObject({ intent: 'expenses_add', args: { amount: 500, category: 'banque' } });
    },
  );
});

describe('one count after two goods', () => {
  it.each([
    ["j'ai reçu l'huile et le sucre 4 sacs", 'Sucre blanc 1kg'],
    ['I received oil and sugar 4 bags', 'White sugar 1kg'],
    ['وصلني الزيت والسكر 4 أكياس', 'سكر أبيض 1 كغ'],
  ])('« %s »: whose count is asked, the goods right before it offered', (text, product) => {
    expect(ask(text).notice).toMatchObject({ reason: 'unclear_write', quantity: 4, product });
  });
  it.each(["j'ai reçu 10 sucre et du café", "j'ai reçu du café et 10 sucre", "le fournisseur de lait est passé, j'ai reçu 20 packs"])(
    '« %s »: still the goods counted',
    (text) => {
      expect(ask(text).intent).toBe('inventory_adjust');
    },
  );
});

describe('stock « prélevé » goes out', () => {
  it.each(['prélevé 2 sucre du stock', "j'ai prélevé 2 sucre pour la maison"])('« %s »: −2', (text) => {
    expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { quantity: -2 } });
  });
  it('« j’ai prélevé 5000 de la caisse »: still the till', () => {
    expect(ask("j'ai prélevé 5000 de la caisse").notice).toMatchObject({ reason: 'till_withdrawal' });
  });
});

describe('a follow-up of another day or another customer is not the card’s correction', () => {
  const TAKINGS = ['la recette 20000', 'sales_daily_total', { amount: 20000 }] as const;
  const PAYMENT = ['Karim a payé 500', 'customers_payment', { customer: 'Karim', amount: 500 }] as const;
  const RENT = ["j'ai payé le loyer 30000", 'expenses_add', { amount: 30000, category: 'loyer' }] as const;
  const SALE = ["j'ai vendu 2 sucre", 'sales_record', { lines: [{ product: 'Sucre blanc 1kg', quantity: 2 }] }] as const;
  // The business clock of these readings: 18 November 2026, « hier » is the 17th.
  const NOW = new Date('2026-11-18T10:00:00Z');
  it.each([
    ['et hier 18000', 18000, '2026-11-17'],
    ['w lbareh 18000', 18000, '2026-11-17'],
    ['and yesterday 18000', 18000, '2026-11-17'],
    ['et avant-hier 15000', 15000, '2026-11-16'],
  ])('after today’s takings, « %s » is that day’s takings, a card of its own', (text, amount, date) => {
    const r = nlu.understand({
      text,
      catalog: TEST_CATALOG,
      now: NOW,
      history: [
        { role: 'user', text: TAKINGS[0] },
        { role: 'assistant', text: '…', intent: TAKINGS[1], args: { ...TAKINGS[2] } },
      ],
    });
    expect(r).toMatchObject({ intent: 'sales_daily_total', added: true, args: { amount, date } });
  });
  it('after today’s takings, « et demain 18000 » corrects nothing', () => {
    const r = after(TAKINGS[0], TAKINGS[1], { ...TAKINGS[2] }, 'et demain 18000');
    expect(r.followUp).toBeFalsy();
    expect(r.args.amount).toBeUndefined();
  });
  it.each(
    [PAYMENT, RENT].flatMap((card) =>
      ['et hier 18000', 'hier 18000', 'and yesterday 18000', 'w lbareh 18000', 'et avant-hier 15000'].map(
        (t) => [card[0], t, card] as const,
      ),
    ),
  )('after « %s », « %s » is not a correction of today’s card', (_first, text, card) => {
    const r = after(card[0], card[1], { ...card[2] }, text);
    expect(r.followUp).toBeFalsy();
    expect(r.args.amount).toBeUndefined();
  });
  it.each([PAYMENT, SALE].flatMap((card) => ['et Nadia 300', 'non, Nadia 300', 'Said paid 500'].map((t) => [card[0], t, card] as const)))(
    'after « %s », « %s » is not the card’s customer corrected',
    (_first, text, card) => {
      const r = after(card[0], card[1], { ...card[2] }, text);
      expect(r.followUp).toBeFalsy();
      expect(r.args.customer === 'Karim' || JSON.stringify(r.args.lines ?? []).includes('Sucre')).toBe(false);
    },
  );
  it.each([
    ['Karim khallas 500, la 600', 600],
    ['non Karim 600', 600],
    ['non 600', 600],
  ])('after Karim’s payment, « %s » still corrects it', (text, amount) => {
    expect(after(PAYMENT[0], PAYMENT[1], { ...PAYMENT[2] }, text)).toMatchObject({
      intent: 'customers_payment',
      followUp: true,
      args: { customer: 'Karim', amount },
    });
  });
  it('after today’s takings, « non 18000 » still corrects them', () => {
    expect(after(TAKINGS[0], TAKINGS[1], { ...TAKINGS[2] }, 'non 18000')).toMatchObject({ followUp: true, args: { amount: 18000 } });
  });
  it('after a sale, « non Karim 600 » sells no 600 sugar', () => {
    const r = after(SALE[0], SALE[1], { ...SALE[2] }, 'non Karim 600');
    expect(JSON.stringify(r.args)).not.toContain('600');
  });
});

describe('what this session’s reviewers found in the first version of these mends', () => {
  it.each([
    'vendu 2 huile à Nadia, elle a payé. Karim pas encore payé',
    "j'ai vendu 3 lait à Karim, Nadia n'a pas payé",
    "Karim a pris 3 lait, il a payé, rien d'impayé",
    'sold 4 oil to Nadia, paid in full, nothing unpaid',
    "I sold 3 milk to Karim, he didn't pay last time",
    'Karim a pris 3 lait payé et 2 sucre pas payé',
    'Karim a pris 3 lait et 2 sucre, le sucre pas payé',
    'vendu 3 lait à Karim, le livreur pas payé',
    "vendu 3 lait à Karim, il a payé, c'est Nadia qui a pas payé",
    'Karim a réglé son impayé et a pris 3 lait',
    'Karim a pris 3 lait, il a payé ou pas payé ?',
    'j’ai vendu 5 sucre. fournisseur pas payé',
    "vendu 10 sucre aujourd'hui, le transport pas payé",
    'vendu 2 café à Karim, la moitié pas payée',
    'sold 10 sugar, 2 unpaid',
    'بعت 5 سكر لكريم وخلص، ماكانش غير مدفوع',
  ])('« %s »: not a sale on credit (someone else’s, part of it, paid, or asked)', (text) => {
    expect(ask(text).args.paymentMethod).not.toBe('credit');
  });
  it.each([
    ["j'ai reçu 20 sucre, prélevé sur le compte ccp", 20],
    ['ajoute 20 sucre au stock, prélevé sur le compte', 20],
    ['10 sacs de sucre arrivés ce soir', 10],
    ['le livreur vient de passer ce soir avec 10 sucre', 10],
    ['le fournisseur a livré 10 sucre, facture pas encore réglée', 10],
    ['reçu 10 sucre facture pas payée', 10],
    ['I will get 5 milk out of the stock for the house', -5],
    ['jbedt 10 sokar mel stock', -10],
    ['أخذت 2 سكر من المخزون', -2],
  ])('« %s »: the movement told, its sign kept', (text, quantity) => {
    expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { quantity } });
  });
  it.each(['Karim vient demain payer 500', 'Karim yji ghodwa ykhalles 500'])('« %s »: no goods to come', (text) => {
    expect(ask(text).notice?.reason).not.toBe('delivery_to_come');
  });
  it('« I took 5000 from the bank and made 20000 today »: not the bank’s notice alone', () => {
    expect(ask('I took 5000 from the bank and made 20000 today').notice?.reason).not.toBe('bank_withdrawal');
  });
  const PAYMENT = ['Karim a payé 500', 'customers_payment', { customer: 'Karim', amount: 500 }] as const;
  const PAYMENT_AR = ['كريم خلص 500', 'customers_payment', { customer: 'كريم', amount: 500 }] as const;
  it.each([
    [PAYMENT_AR, 'la, Karim khallas 600'],
    [PAYMENT_AR, 'non Karim a payé 600'],
    [PAYMENT, 'كريم خلص 500، لا 600'],
  ] as const)('after « %s », « %s » (the same name in the other script) still corrects it', (card, text) => {
    expect(after(card[0], card[1], { ...card[2] }, text)).toMatchObject({
      intent: 'customers_payment',
      followUp: true,
      args: { amount: 600 },
    });
  });
  const TAKINGS = ['la recette 20000', 'sales_daily_total', { amount: 20000 }] as const;
  it.each(['et lundi 15000', 'و الاثنين 15000', 'et le mois dernier 30000', 'و الشهر الماضي 30000', 'وهذا الصباح 2000'])(
    'after today’s takings, « %s » is not their correction',
    (text) => {
      const r = after(TAKINGS[0], TAKINGS[1], { ...TAKINGS[2] }, text);
      expect(r.followUp).toBeFalsy();
    },
  );
  it('after a sale’s card, « the takings were 20000 » are the takings (it was asked)', () => {
    const r = after(
      "j'ai vendu 2 sucre",
      'sales_record',
      { lines: [{ product: 'Sucre blanc 1kg', quantity: 2 }] },
      'the takings were 20000',
    );
    expect(r).toMatchObject({ intent: 'sales_daily_total', args: { amount: 20000 } });
  });
});
