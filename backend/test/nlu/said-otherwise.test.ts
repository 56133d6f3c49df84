import { Nlu, type UnderstandResult } from '../../src/agent/local/nlu';
import { TEST_CATALOG } from './fixtures/catalog';
import { NLU_NOW } from './converse';

/**
 * Wrong writes the nineteenth session's reviews found at its base and left (twentieth session): a payment denied read as
 * paid, a sum in euros proposed in dinars, the whole of a bill proposed when a part of it was paid, words after a name
 * kept in it (« Karim dit » became a new customer), and a stock correction said with « not … but » proposed as goods in.
 */
let nlu: Nlu;
beforeAll(async () => {
  nlu = await Nlu.create();
});

const ask = (text: string): UnderstandResult => nlu.understand({ now: NLU_NOW, text, catalog: TEST_CATALOG });

describe('a payment denied is no payment', () => {
  it.each([
    "Karim hasn't paid his 500",
    'Karim has not paid the 500',
    "Karim still hasn't paid 500",
    'Karim never paid the 500',
    "Karim n'a pas payé ses 500",
    "Karim n'a toujours pas payé 500 DA",
    "Karim didn't pay his 500",
    'كريم لم يدفع 500',
  ])('« %s » proposes no payment, and adds nothing to his account', (text) => {
    const read = ask(text);
    expect(read.intent).not.toBe('customers_payment');
    expect(read.intent).not.toBe('customers_credit_add');
  });
  it.each([
    ["Karim hasn't paid his 500", 'Karim'],
    ["Karim n'a pas payé ses 500", 'Karim'],
    ["Karim n'a toujours pas payé 500 DA", 'Karim'],
    ['Karim never paid the 500', 'Karim'],
  ])('« %s » reads what %s owes', (text, customer) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_credit', args: { customer } });
  });
  // The review: a payment said beside a denial of something else is still the payment (it became a debt added).
  it.each([
    ['Karim paid 500 but has not paid the rest', 500],
    ["Karim a payé 500 mais n'a jamais payé le reste", 500],
    ['Karim paid me 1000, has not paid the remaining 500', 1000],
    ["Karim n'a jamais payé en espèces, il a payé 500 par carte", 500],
    ['Karim never paid cash, he paid 500 by card', 500],
    ['Nadia paid 300 but has not paid for the oil', 300],
    ["Karim hasn't paid yet, he gave me 500 today", 500],
    ["Karim a payé 500 mais n'a toujours pas payé le reste", 500],
    ['Karim gave 1000, has not paid the rest', 1000],
    ["Karim a versé 1000 mais n'a pas payé le reste", 1000],
    ["Karim hasn't paid cash, he sent 500 by baridimob", 500],
  ])('« %s » pays %d', (text, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_payment', args: { amount } });
  });
  it.each(["Karim n'a jamais payé 1000", 'Karim never paid me 2000', 'Karim never paid the 3 sugar', "Karim n'a jamais payé les 3 sucre"])(
    '« %s »: no payment, no debt, no sale',
    (text) => {
      expect(['customers_payment', 'customers_credit_add', 'sales_record']).not.toContain(ask(text).intent);
    },
  );
  // The third review: a denial beside something handed over (money or goods) added the debt again, or sold on credit.
  it.each([
    "Karim n'a toujours pas payé les 3000, il a juste donné 1000",
    "Nadia a remboursé 300 mais n'a jamais payé l'huile",
    "Karim n'a jamais payé mais aujourd'hui il a donné 500",
    "Karim n'a toujours pas payé, il a rendu 2 sucre",
    "Karim a donné 500, il n'a pas payé le reste",
  ])('« %s »: no debt added, no sale', (text) => {
    expect(['customers_credit_add', 'sales_record']).not.toContain(ask(text).intent);
  });
  it.each(["Karim n'a toujours pas payé ses 500, il m'a envoyé un message", "Karim hasn't paid his 500, I sent him a reminder"])(
    '« %s »: his balance (nothing handed over)',
    (text) => {
      expect(ask(text)).toMatchObject({ intent: 'customers_credit', args: { customer: 'Karim' } });
    },
  );
  it('a new debt said as unpaid is still one to add (« كريم ما خلصش 500 »)', () => {
    expect(ask('كريم ما خلصش 500')).toMatchObject({ intent: 'customers_credit_add', args: { customer: 'كريم', amount: 500 } });
  });
});

describe('a sum in another currency is asked in dinars', () => {
  it.each([
    ['Karim a payé 50 euros', 'customers_payment'],
    ['Karim paid 50 euros', 'customers_payment'],
    ['Karim a payé 100 €', 'customers_payment'],
    ["j'ai payé l'électricité 30 euros", 'expenses_add'],
    // The second review: dinars beside it may be a rate or a part of what was paid.
    ['Karim a payé 50 euros à 240 da', 'customers_payment'],
    ['Karim a payé 100 euros et 5000 da', 'customers_payment'],
  ])('« %s » asks the amount', (text, intent) => {
    const read = ask(text);
    expect(read.intent).toBe(intent);
    expect(read.args.amount).toBeUndefined();
    expect(read.missing).toContain('amount');
  });
  it.each([['Karim a payé 500 DA', 500]])('dinars are still read (« %s »)', (text, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_payment', args: { amount } });
  });
  it('« le fournisseur m’a livré 20 sacs de farine à 3000 da » keeps its sum', () => {
    expect(ask("le fournisseur m'a livré 20 sacs de farine à 3000 da").args.amount).toBe(60000);
  });
});

describe('a part of a bill paid is the expense, not the whole', () => {
  it.each([
    "j'ai payé 2000 sur les 5000 du loyer",
    "j'ai payé 2000 DA sur 5000 DA de loyer",
    'khallast 2000 men 5000 ta3 lkra',
    'I paid 2000 of the 5000 rent',
    'خلصت 2000 من 5000 تاع الكرا',
  ])('« %s » is a rent of 2000', (text) => {
    expect(ask(text)).toMatchObject({ intent: 'expenses_add', args: { amount: 2000, category: 'loyer' } });
  });
  // The review: counts of months, tills, bags or bills « X sur Y » beside the sum are no part of it.
  it.each([
    ['payé 3 sur 12 mois de loyer 45000 da', 45000],
    ['loyer 2 sur 3 30000 da', 30000],
    ['recette 2 sur 3 caisses: 18000 da', 18000],
    ['Karim a pris 5 sur 10 sacs à crédit, 5000 da', 5000],
    ['I paid 2 of the 3 electricity bills, 9000', 9000],
    ['دفعت 2 من 3 فواتير 6000', 6000],
  ])('« %s » is %d', (text, amount) => {
    expect(ask(text).args.amount).toBe(amount);
  });
  // « Karim khlas » is Karim paid, or Karim's pay (« lkhlas »: a wage): which is asked (the twenty-eighth session's
  // reviewer; it was a salary) — with 1500 offered, not 5000.
  it('« Karim khlas 1500 da men 5000 da » is 1500, not 5000', () => {
    expect(ask('Karim khlas 1500 da men 5000 da').notice).toMatchObject({ reason: 'unclear_write', amount: 1500 });
  });
});

describe("what follows a customer's name is not his name", () => {
  it.each([
    ["Karim dit qu'il a payé 500", 'Karim'],
    ['Karim says he paid 500', 'Karim'],
    ['Karim said he paid 500', 'Karim'],
    ['كريم قالي خلصت 500', 'كريم'],
    ['كريم قال خلص 500', 'كريم'],
  ])('« %s » names %s', (text, customer) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_payment', args: { customer, amount: 500 } });
  });
  it.each([
    ['Mohamed Said a payé 500', 'Mohamed Said'],
    ['Karim Said paid 500', 'Karim Said'],
  ])('« Saïd » is a name (« %s »)', (text, customer) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_payment', args: { customer } });
  });
  it.each([
    ['Karim said Nadia paid 500', 'Nadia'],
    ['Karim dit que Nadia a payé 500', 'Nadia'],
    ['Karim gal Nadia khalsat 500', 'Nadia'],
    ['كريم قال نادية خلصت 500', 'نادية'],
    // The one told (« dit à Nadia »), or money paid to the speaker, is no reported payer.
    ["Karim dit à Nadia qu'il a payé 500", 'Karim'],
    ['Karim said to Nadia he paid 500', 'Karim'],
  ])('« %s »: the one who paid is %s, not who said it', (text, customer) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_payment', args: { customer } });
  });
});

describe('a stock said « not N but M » is a count of M', () => {
  it.each([
    ["le stock d'huile n'est pas 12, c'est 10", 10],
    ["le stock d'huile n'est pas 12 mais 10", 10],
    ["the oil stock is not 12, it's 10", 10],
    ["the oil stock isn't 12 but 10", 10],
    ['stock ta3 zit machi 12 bessah 10', 10],
    ['الستوك تاع الزيت ماشي 12 بصح 10', 10],
    ["le stock de sucre n'est pas de 12 mais 10", 10],
    ['the oil stock is no longer 12, we have 10', 10],
  ])('« %s » counts %d', (text, quantity) => {
    expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { quantity }, stockCount: true });
  });
  it.each(["the oil stock isn't 12 but 2 more", 'stock zit machi 12 bessah 2 na9sin'])('« %s » is no count of the change', (text) => {
    expect(ask(text).stockCount).toBeUndefined();
  });
});

describe('a second write in the message is named, never proposed from its part alone', () => {
  it.each([
    ["la recette 20000 et j'ai payé l'électricité 4500", 'sales_daily_total', ["j'ai payé l'électricité 4500"]],
    ["today's takings 20000 and I paid the electricity 4500", 'sales_daily_total', ['I paid the electricity 4500']],
    ["j'ai payé le loyer 30000 et l'électricité 4500", 'expenses_add', ["l'électricité 4500"]],
    // The bill's sum is asked (it was the takings'): the takings are named.
    ['dakhalt 20000 lyoum w khallast dhaw 4500', 'expenses_add', ['dakhalt 20000 lyoum']],
    ['دخلت 20000 اليوم وخلصت الضو 4500', 'expenses_add', ['دخلت 20000 اليوم']],
  ])('« %s »: %s, and %j named', (text, intent, unrecorded) => {
    const read = ask(text);
    expect(read.intent).toBe(intent);
    expect(read.unrecorded).toEqual(unrecorded);
  });
  it.each([
    // A breakdown of the sum said, several goods of one sale, a delivery and what was paid for it: nothing left out.
    'dépenses 7000 : loyer 5000 et électricité 2000',
    "j'ai vendu 3 sucre et 2 huile",
    "j'ai reçu 20 sucre et payé 5000",
    'Karim a payé 500',
    'combien de sucre et combien de farine ?',
    // The review: corrected, a sale's or a customer's payment, a balance, dates, the future, a shortfall, the stock.
    'recette 20000, non 25000',
    "j'ai payé l'électricité 4500, non 4800",
    'خلصت الضو 4500، لا 4800',
    'vendu 3 sucre et 2 lait, payé 550',
    'Karim a pris 2 sucre et il a payé 200',
    'Karim owes 1500, paid 300 today',
    'كريم عليه 1500 وخلص 300',
    'recette du 12, 13 et 14 : 20000',
    'dépenses 7000 : loyer 5000 et électricité 2000 le 3 décembre',
    "recette 20000 et je n'ai pas payé l'électricité 4500",
    "recette 20000 et je vais payer l'électricité 4500",
    'خلصت الكرا 30000 وغدوة نخلص الضو 4500',
    'recette 20000, il manque 500 dans la caisse',
    'reçu 20 sucre, stock maintenant 45',
    'recette 20000, caisse 25000',
    // The third review: tomorrow in Darija, an estimate, a gift.
    'المدخول 20000 والضو 4500 غدوة',
    'recette 20000 et électricité environ 4500',
    "recette 20000, j'ai donné 1000 à mon fils",
  ])('« %s » names nothing', (text) => {
    expect(ask(text).unrecorded).toBeUndefined();
  });
});

describe('the sum asked, answered', () => {
  const answer = (first: string, text: string, askedAmount = true) =>
    nlu.understand({
      now: NLU_NOW,
      text,
      catalog: TEST_CATALOG,
      history: [
        { role: 'user', text: first },
        { role: 'assistant', text: 'Quel est le montant, en DA ?', askedAmount },
      ],
    });
  it.each([
    ["j'ai payé l'électricité 30 euros", '4500', 'expenses_add', { category: 'électricité', amount: 4500 }],
    ['Karim paid 50 euros', '11 000 DA', 'customers_payment', { customer: 'Karim', amount: 11000 }],
    ['خلصت الضو 30 يورو', '4500 دج', 'expenses_add', { category: 'électricité', amount: 4500 }],
    // The third review: a customer's payment said with « réglé » or « m'a donné » is a plain message too.
    ['Karim a réglé', '4500', 'customers_payment', { customer: 'Karim', amount: 4500 }],
    // Two figures: the question names the write whose sum it asks (« le montant de la dépense »).
    ['dakhalt 20000 lyoum w khallast dhaw 4500', '4500', 'expenses_add', { category: 'électricité', amount: 4500 }],
    ["j'ai payé l'électricité 4500 et Karim a payé 500", '500', 'customers_payment', { customer: 'Karim', amount: 500 }],
    ["Karim m'a donné", '4500', 'customers_payment', { customer: 'Karim', amount: 4500 }],
  ])('« %s » then « %s »: the write asked about, with that sum', (first, text, intent, args) => {
    expect(answer(first, text)).toMatchObject({ intent, args, missing: [] });
  });
  // The second review: a bare sum turned into writes the owner did not mean.
  it.each([
    // A denied write (« … وما خلصتش الضو 4500 »): nothing to complete.
    ['دخلت 20000 وما خلصتش الضو 4500', '4500'],
    // Not said plainly: deleted, corrected, asked, to come, told by someone.
    ['supprime la recette', '20000'],
    ['corrige la recette', '25000'],
    ['les impôts ?', '10000'],
    ['je vais payer les impôts', '10000'],
    ["Karim dit qu'il m'a payé", '500'],
    // The foreign sum echoed, several numbers, a date, a decimal, a count.
    ['Karim a payé 50 euros', '50'],
    ['recette', '500 1000'],
    ['recette', '12.12.2026'],
    ['recette', '1,5'],
    ['recette', '3'],
    ['recette', '213550123456'],
  ])('« %s » then « %s »: nothing proposed', (first, text) => {
    expect(answer(first, text).intent === 'sales_daily_total' && answer(first, text).args.amount).toBeFalsy();
    expect(['expenses_add', 'customers_payment'].includes(answer(first, text).intent ?? '') && !answer(first, text).missing.length).toBe(
      false,
    );
  });
  it('only after the question for the sum (« Pour quelle date ? » answered « 15 » is no takings)', () => {
    expect(answer("j'ai payé l'électricité 30 euros", '4500', false).args.amount).toBeUndefined();
  });
  it('anything but a bare sum is a message of its own', () => {
    expect(answer('Karim a payé 2 x 500', 'non laisse tomber').intent).toBe('cancel');
    expect(answer('combien de sucre ?', '4500').intent).not.toBe('inventory_adjust');
  });
  it("a customer's sum that was the shop's bill is asked (« j'ai payé l'électricité 4500 et Karim a payé 500 »)", () => {
    expect(ask("j'ai payé l'électricité 4500 et Karim a payé 500")).toMatchObject({ intent: 'customers_payment', missing: ['amount'] });
  });
});

describe('another bill after an expense card is an expense of its own', () => {
  const after = (text: string) =>
    nlu.understand({
      now: NLU_NOW,
      text,
      catalog: TEST_CATALOG,
      history: [
        { role: 'user', text: 'I paid the rent 30000' },
        { role: 'assistant', text: '', intent: 'expenses_add', args: { amount: 30000, category: 'loyer' }, status: 'awaiting_approval' },
      ],
    });
  // The mention's button sends « the electricity 4500 » alone: it proposed a rent of 4500 in place of the waiting card.
  it.each(['the electricity 4500', "l'électricité 4500", 'الضو 4500', 'dhaw 4500', "la facture d'électricité 4500"])(
    '« %s » is an electricity bill, no correction',
    (text) => {
      expect(after(text)).toMatchObject({ intent: 'expenses_add', args: { amount: 4500, category: 'électricité' }, followUp: false });
    },
  );
  it.each([
    ["non, l'électricité 4500", { amount: 4500, category: 'électricité' }],
    ['non, 35000', { amount: 35000, category: 'loyer' }],
    // The fourth review: Darija's « la » (no) was read as French's article — a second card beside the rent's.
    ['la dhaw 4500', { amount: 4500, category: 'électricité' }],
    ['la ghalta electricite 4500', { amount: 4500, category: 'électricité' }],
  ])('« %s » corrects the card', (text, args) => {
    expect(after(text)).toMatchObject({ intent: 'expenses_add', args, followUp: true });
  });
});
