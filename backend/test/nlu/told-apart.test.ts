import { Nlu, type UnderstandResult } from '../../src/agent/local/nlu';
import { readAfter, readAlone, WRITE_TOOLS } from './converse';

/**
 * Wrong writes the twentieth session's reviews found at its base and left (twenty-first session): a bill said unpaid
 * proposed as paid, two bills paired the wrong way, two sums told apart multiplied, a customer's purchase declared as
 * the whole day's takings, takings hoped for declared, a promise to pay added as a debt, time given read as money, a
 * phone number paid, and a customer's sum correcting a rent card.
 */
let nlu: Nlu;
beforeAll(async () => {
  nlu = await Nlu.create();
});

const ask = (text: string): UnderstandResult => readAlone(nlu, text);
const after = (first: string, intent: string, args: Record<string, unknown>, text: string): UnderstandResult =>
  readAfter(nlu, first, intent, args, text);
const WRITES = WRITE_TOOLS;

describe('a bill said unpaid is no expense', () => {
  it.each([
    ["je n'ai pas payé l'électricité 4500", 'électricité'],
    ["je n'ai pas encore payé le loyer de 30000", 'loyer'],
    ["I didn't pay the electricity 4500", 'électricité'],
    ["I haven't paid the rent 30000 yet", 'loyer'],
    ["l'électricité 4500 pas encore payée", 'électricité'],
    ["la facture d'électricité de 4500 n'est pas encore payée", 'électricité'],
    ['electricity bill 4500 not paid yet', 'électricité'],
    ['electricity 4500 unpaid', 'électricité'],
    ['ma khallastch dhaw 4500', 'électricité'],
    ['dhaw 4500 mazal ma khallasthach', 'électricité'],
    ['ما خلصتش الضو 4500', 'électricité'],
    ['الضو 4500 مازال ما خلصتوش', 'électricité'],
    ['الكهرباء 4500 غير مدفوعة', 'électricité'],
    ['لم أدفع الكهرباء 4500', 'électricité'],
  ])('« %s » reads what is on file for %s, and writes nothing', (text, category) => {
    expect(ask(text)).toMatchObject({ intent: 'expenses_list', args: { category } });
  });
  it.each([
    // The bill told paid beside the unpaid one is the expense, with its own sum.
    ["je n'ai pas payé l'électricité, j'ai payé le loyer 30000", 'loyer', 30000],
    ["je n'ai pas payé l'électricité 4500 mais j'ai payé le gaz 2000", 'gaz', 2000],
    // Unchanged: the paid bill first, the unpaid one after.
    ["j'ai payé le loyer 30000 mais je n'ai pas payé l'électricité", 'loyer', 30000],
    ["j'ai payé le loyer 30000 mais pas l'électricité", 'loyer', 30000],
  ])('« %s » is an expense of %s, %i DA', (text, category, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'expenses_add', args: { category, amount }, missing: [] });
  });
  it.each([
    // « ما خلصتش » is also « she has not paid »: a customer's goods on credit stay a sale.
    ['نادية دات 3 حليب ما خلصتش', 'sales_record'],
    // A customer's unpaid sum is his account's, never the shop's bills.
    ["Karim n'a pas payé 3000", 'customers_credit_add'],
  ])('« %s » is still read as %s', (text, intent) => {
    expect(ask(text).intent).toBe(intent);
  });
});

describe("each bill with its own clause's sum", () => {
  it.each([
    ['électricité 4500 et loyer 30000', 'électricité', 4500, 'loyer 30000'],
    ["j'ai payé l'électricité 4500 et le loyer 30000", 'électricité', 4500, 'le loyer 30000'],
    ['khallast dhaw 4500 w lkra 30000', 'électricité', 4500, 'lkra 30000'],
    ['paid electricity 4500 and rent 30000', 'électricité', 4500, 'rent 30000'],
    ['الضو 4500 والكراء 30000', 'électricité', 4500, 'الكراء 30000'],
  ])('« %s » is %s at %i DA, and names « %s » as not recorded', (text, category, amount, part) => {
    const read = ask(text);
    expect(read).toMatchObject({ intent: 'expenses_add', args: { category, amount }, missing: [] });
    expect(read.unrecorded).toEqual([part]);
  });
  it.each([
    ['recette 20000 mais pas encore payé le loyer 30000', 20000],
    ['المدخول 20000 و دفعت الكراء 30000', 20000],
  ])('« %s » declares takings of %i DA', (text, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'sales_daily_total', args: { amount }, missing: [] });
  });
  it('« recette 2 malyin w dhaw 4500 »: a count is no sum of its own — the takings are asked', () => {
    expect(ask('recette 2 malyin w dhaw 4500')).toMatchObject({ intent: 'sales_daily_total', missing: ['amount'] });
  });
  it('« recette 20000, non 25000 » still corrects the sum', () => {
    expect(ask('recette 20000, non 25000')).toMatchObject({ intent: 'sales_daily_total', args: { amount: 25000 } });
  });
  it("« j'ai payé l'électricité 4500, enfin le gaz 4600 »: which bill is unsure — asked, nothing proposed", () => {
    expect(ask("j'ai payé l'électricité 4500, enfin le gaz 4600").intent).toBe('unsupported');
  });
  it('« le loyer passe à 30000 »: a new rent, not a rent paid', () => {
    expect(WRITES).not.toContain(ask('le loyer passe à 30000').intent);
    expect(ask('le loyer passe à 30000, je l’ai payé')).toMatchObject({
      intent: 'expenses_add',
      args: { category: 'loyer', amount: 30000 },
    });
  });
  it('a count at a price told with its goods still multiplies (« 3 pneus, à 8000 DA »)', () => {
    expect(ask("j'ai acheté 50 sacs de semoule à 1100").args.amount).toBe(55000);
    expect(ask("j'ai acheté 3 pneus, à 8000 DA").args.amount).toBe(24000);
  });
});

describe("a named customer's purchase is never the day's takings", () => {
  it.each([
    ['Karim a acheté pour 2000 et a payé 1500', 1500],
    ['Karim took 2000 worth and paid 1500', 1500],
    ['Karim chra b 2000 w 3tani 1500', 1500],
    ['Ali a pris pour 3000 et a donné 2000', 2000],
  ])('« %s »: part paid — the two steps are explained, nothing proposed', (text, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'unsupported', notice: { reason: 'partial_payment', amount } });
  });
  it.each(['Karim a acheté pour 2000', 'Karim a pris pour 2000', "j'ai vendu pour 2000 à Karim"])('« %s » is asked', (text) => {
    expect(ask(text)).toMatchObject({ intent: 'unsupported', notice: { reason: 'unclear_write' } });
  });
  it('« Karim a pris pour 2000 à crédit » is still his debt', () => {
    expect(ask('Karim a pris pour 2000 à crédit')).toMatchObject({
      intent: 'customers_credit_add',
      args: { customer: 'Karim', amount: 2000 },
    });
  });
});

describe('takings hoped for are not declared', () => {
  it.each(['la recette sera 20000', 'la recette de demain sera 20000', 'the takings will be 20000'])('« %s » declares nothing', (text) => {
    expect(ask(text).intent).not.toBe('sales_daily_total');
  });
  it('« takings 12000 out of 15000 expected » still declares 12,000', () => {
    expect(ask('takings 12000 out of 15000 expected')).toMatchObject({ intent: 'sales_daily_total', args: { amount: 12000 } });
  });
});

describe("a customer's promise, time given and a phone number are no money", () => {
  it.each([
    ['Karim va payer 500 demain', 'Karim'],
    ['Karim dit que demain il paiera 500', 'Karim'],
    ['Karim will pay 500 tomorrow', 'Karim'],
    ['Karim said he will pay 500 tomorrow', 'Karim'],
  ])('« %s » reads what %s owes, and adds nothing', (text, customer) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_credit', args: { customer } });
  });
  it.each([
    ['Karim a pris pour 2000, il paiera demain', 'Karim', 2000],
    ['Karim va payer 500 demain, ajoute-les', 'Karim', 500],
    // The tools' own examples record a paper notebook's debts with « still owes ».
    ['Hocine still owes 2500 DA from last month', 'Hocine', 2500],
  ])('« %s » is still a debt of %s', (text, customer, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_credit_add', args: { customer, amount } });
  });
  it.each([
    "Karim hasn't paid 3000, he gave me 2 days",
    "Karim n'a pas payé 3000, il m'a demandé 2 jours",
    'Karim ma khallasch 3000, 3tani 2 ayam',
  ])('« %s » is no payment', (text) => {
    expect(ask(text).intent).not.toBe('customers_payment');
  });
  it.each(["Karim m'a donné 05501234", 'Karim paid 0550123456'])('« %s » pays no phone number', (text) => {
    const read = ask(text);
    expect(read.args.amount).toBeUndefined();
  });
});

describe("after a rent card, a customer's sum is no correction of the rent", () => {
  const afterRent = (text: string) => after("j'ai payé le loyer 30000", 'expenses_add', { amount: 30000, category: 'loyer' }, text);
  it.each(['Karim 500', 'non Karim 500', 'كريم 500', 'sucre 5', 'sokar 5'])('« %s » does not change the rent', (text) => {
    const read = afterRent(text);
    expect(read.followUp).toBe(false);
    expect(read.args.category).not.toBe('loyer');
  });
  it.each([
    ['non, 25000', 25000],
    ['plutôt 28000', 28000],
  ])('« %s » still corrects it', (text, amount) => {
    expect(afterRent(text)).toMatchObject({ intent: 'expenses_add', args: { category: 'loyer', amount }, followUp: true });
  });
});

describe('after a read, a sum told is a write of its own', () => {
  // Seen in Chromium: the electricity bills were read again, the expense lost.
  it('« électricité 4500 et loyer 30000 » after the electricity bills were read is the electricity expense', () => {
    expect(
      after("je n'ai pas payé l'électricité 4500", 'expenses_list', { category: 'électricité' }, 'électricité 4500 et loyer 30000'),
    ).toMatchObject({
      intent: 'expenses_add',
      args: { amount: 4500, category: 'électricité' },
      followUp: false,
    });
  });
  it.each([
    ['combien de sucre ?', 'inventory_search', { query: 'sucre' }, "et l'huile ?"],
    ['les dépenses du mois', 'expenses_list', {}, 'et le mois dernier ?'],
  ])('« %s » then « %s »: still the read, followed up', (first, intent, args, text) => {
    expect(after(first, intent, args, text)).toMatchObject({ intent, followUp: true });
  });
});

// The review of the first version (two read-only reviewers, 2,000 probes): wrong writes it made that 8153203 did not.
describe('the review: what the first version got wrong', () => {
  it.each([
    ['chrit 10 kartouna hlib w khallast b 1200 lwa7da', 'expenses_add', 12000],
    ['اشتريت 10 شكاير سميد و ب 1100 للواحدة', 'expenses_add', 11000],
    ["j'ai acheté 10 sacs de farine et le sac à 900", 'expenses_add', 9000],
    ['Karim a pris 10 cartons et à 1200 le carton à crédit', 'customers_credit_add', 12000],
  ])('« %s »: a count at a price across « et » still multiplies (%s, %i DA)', (text, intent, amount) => {
    expect(ask(text)).toMatchObject({ intent, args: { amount } });
  });
  it('« he gave me 1000 3 days ago »: the money handed over is still a payment', () => {
    expect(ask("Karim hasn't paid everything, he gave me 1000 3 days ago")).toMatchObject({
      intent: 'customers_payment',
      args: { customer: 'Karim', amount: 1000 },
    });
    expect(ask("Karim n'a pas payé, il m'a donné 500 et demandé 3 jours").intent).not.toBe('customers_credit_add');
  });
  it.each(["Karim n'a pas payé 3000, je lui ai donné 2 jours", "Karim hasn't paid 3000, he gave me 2 days"])(
    '« %s »: time given to pay a debt he has — his balance is read',
    (text) => {
      expect(ask(text)).toMatchObject({ intent: 'customers_credit', args: { customer: 'Karim' } });
    },
  );
  it.each([
    ['Karim 2000 il paiera plus tard', 2000],
    ['Karim doit 2000 et va payer vendredi', 2000],
  ])('« %s »: a debt told, paid later', (text, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_credit_add', args: { customer: 'Karim', amount } });
  });
  it('« Karim va payer ses 2000 de crédit demain »: the debt on his account — read, not added again', () => {
    expect(ask('Karim va payer ses 2000 de crédit demain')).toMatchObject({ intent: 'customers_credit', args: { customer: 'Karim' } });
  });
  it("« … et j'ai payé 1500 au fournisseur »: the owner's payment is not the customer's part paid", () => {
    expect(ask("Karim a acheté pour 3000 et j'ai payé 1500 au fournisseur").notice?.reason).not.toBe('partial_payment');
  });
  it.each([
    ['salaire de Karim 20000', { amount: 20000, category: 'salaires', description: 'Karim' }, 'non, Karim 25000', 25000],
    ["j'ai acheté du sucre 3000", { amount: 3000, category: 'marchandises', description: 'sucre' }, 'sucre 3500', 3500],
  ])('after « %s », a customer or goods on the card still correct it (« %s »)', (first, args, text, amount) => {
    expect(after(first, 'expenses_add', args, text)).toMatchObject({ intent: 'expenses_add', args: { amount }, followUp: true });
  });
  it.each([
    ["j'ai payé le loyer 30000", 'expenses_add', { amount: 30000, category: 'loyer' }, 'la recette sera 20000'],
    ['vendu 2 sucre', 'sales_record', { lines: [{ product: 'sucre', quantity: 2 }] }, 'takings tomorrow 25000'],
    ['Karim a payé 500', 'customers_payment', { customer: 'Karim', amount: 500 }, 'la recette sera 25000'],
  ])('after « %s », takings to come correct nothing (« %s »)', (first, intent, args, text) => {
    const read = after(first, intent, args, text);
    expect(read.followUp).toBe(false);
    expect(WRITES).not.toContain(read.intent);
  });
  it.each([
    'électricité 4500 payée avec la caisse et loyer 30000',
    'I took 10000 from the till and paid rent 30000',
    'خرجت 10000 من الصندوق و خلصت الكراء 30000',
  ])('« %s »: the till is no takings named — no takings of the till’s sum', (text) => {
    const read = ask(text);
    expect(read.intent === 'sales_daily_total' && read.args.amount !== undefined).toBe(false);
  });
  it.each([
    "je n'ai pas payé le loyer 30000 et l'électricité 4500",
    'ma khallastch lkra 30000 w dhaw 4500',
    "I haven't paid rent 30000 and electricity 4500",
    "je n'ai pas payé l'électricité 4500, le loyer 30000 non plus",
  ])('« %s »: neither bill was paid', (text) => {
    expect(WRITES).not.toContain(ask(text).intent);
  });
  it.each([
    ["j'ai enfin payé l'électricité 4500 qui était impayée", 'expenses_add', 4500],
    ["j'ai payé l'électricité 4500 que je n'avais pas payée le mois dernier", 'expenses_add', 4500],
    ['خلصت الضو 4500 لي ما خلصتوش الشهر لي فات', 'expenses_add', 4500],
    ['recette 20000 dont 3000 pas encore payés', 'sales_daily_total', 20000],
    ["j'ai dépensé 2000 de transport, ça a augmenté", 'expenses_add', 2000],
    ['dakhla 20000 ghodwa nsaker', 'sales_daily_total', 20000],
    ['la recette 20000 sera déposée à la banque', 'sales_daily_total', 20000],
  ])('« %s » is still written (%s, %i DA)', (text, intent, amount) => {
    expect(ask(text)).toMatchObject({ intent, args: { amount } });
  });
  it('« le loyer passe à 30000 » offers no product’s stock', () => {
    expect(ask('le loyer passe à 30000').notice?.product).toBeUndefined();
  });
});

// The second review (two read-only reviewers, 18,000 readings): what 7214f5e still got wrong.
describe('the second review', () => {
  it.each(['la recette de 150 clients et le loyer 30000', 'la recette du 2025 et le loyer 30000', 'takings of 300 sales and rent 30000'])(
    '« %s »: a count or a year is no takings sum',
    (text) => {
      const read = ask(text);
      expect(read.intent === 'sales_daily_total' && read.args.amount !== undefined).toBe(false);
    },
  );
  it.each([
    "j'ai acheté 2000 sacs en plastique et chaque sac à 5 DA",
    'acheté 1500 gobelets et à 10 DA la pièce',
    "j'ai acheté 1000 sachets et à 5 DA le sachet",
    'chrit 1000 khobza w b 10 lwa7da',
  ])('« %s »: a thousand goods or more and a price across « et » — the sum is asked, never the price or the count', (text) => {
    expect(ask(text).missing).toContain('amount');
  });
  it.each([
    "je n'ai pas payé l'électricité 4500, le loyer 30000 sera payé demain",
    "I didn't pay the electricity 4500, the rent 30000 hasn't been paid either",
    "je n'ai pas payé l'électricité 4500, oui le loyer 30000 aussi",
    'électricité 4500 impayée, loyer 30000 payé ou pas ?',
    'ma khallastch dhaw 4500 w lkra 30000 ila khallast nqollek',
    'je vais payer le loyer 30000 demain',
    "l'électricité 4500 n'a pas été payée",
  ])('« %s »: no bill told paid — nothing written', (text) => {
    expect(WRITES).not.toContain(ask(text).intent);
  });
  it.each(["je dois payer l'électricité 4500 et j'ai payé le loyer 30000", 'lazem nkhalles dhaw 4500, khallast lkra 30000'])(
    '« %s »: the bill paid is the rent, 30000',
    (text) => {
      expect(ask(text)).toMatchObject({ intent: 'expenses_add', args: { category: 'loyer', amount: 30000 } });
    },
  );
  it.each([
    "je n'ai pas payé le loyer 30000 et Karim m'a payé 2000",
    'ما خلصتش الكراء 30000 و كريم عطاني 2000',
    "je n'ai pas payé le loyer 30000 et Karim a pris 2000 à crédit",
    "je n'ai pas payé le loyer 30000 et j'ai vendu pour 20000",
  ])('« %s »: the unpaid rent’s 30000 goes on no card', (text) => {
    expect(ask(text).args.amount).not.toBe(30000);
  });
  it.each(['Karim doit 500', 'sucre 5 Karim'])('after a salary card for Karim, « %s » is no correction of it', (text) => {
    expect(
      after('salaire de Karim 20000', 'expenses_add', { amount: 20000, category: 'salaires', description: 'Karim' }, text).followUp,
    ).toBe(false);
  });
  it.each(['sucre 5', '10 sucre'])('after a sugar purchase card, « %s » is no correction of its sum', (text) => {
    expect(
      after("j'ai acheté du sucre 3000", 'expenses_add', { amount: 3000, category: 'marchandises', description: 'sucre' }, text).followUp,
    ).toBe(false);
  });
});

// The third review: a count after a bill's name is still a count at its price, and a sum before its bill's name is money.
describe('the third review', () => {
  it.each([
    ["j'ai payé l'ouvrier 3 jours et à 2000 le jour", 6000],
    ['loyer 3 mois et à 30000 le mois', 90000],
    ['transport 4 trajets et à 800 DA le trajet', 3200],
    ['carburant 40 litres et à 45 DA le litre', 1800],
  ])('« %s » is %i DA', (text, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'expenses_add', args: { amount } });
  });
  it.each([
    ['I paid 4500 for electricity and 30000 for rent', 'électricité', 4500],
    ["j'ai payé 4500 d'électricité et 30000 de loyer", 'électricité', 4500],
    ['خلصت 4500 تاع الضو و 30000 تاع الكراء', 'électricité', 4500],
    ["l'eau 1200 pas payée, l'électricité 4500 payée", 'électricité', 4500],
  ])('« %s » is %s at %i DA', (text, category, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'expenses_add', args: { category, amount } });
  });
  it('« recette 20000 mais le loyer 30000 pas payé » declares 20,000', () => {
    expect(ask('recette 20000 mais le loyer 30000 pas payé')).toMatchObject({ intent: 'sales_daily_total', args: { amount: 20000 } });
  });
});

// The third review, customers' side: a sum beside a price per piece was multiplied by it (at 8153203 too).
describe('a sum is never multiplied by a price told beside it', () => {
  // At 8153203: takings of 18,000,000, a rent of 27,000,000, a debt of 240,000; and 600,000,000 for the rent's new rate.
  it.each([
    'recette 20000 et le loyer passe à 30000',
    'recette 20000 et électricité passe à 5000',
    'recette 20000 et le sac à 900',
    'takings 20000 and each bag at 900',
    'dakhla 20000 w lkis b 900 lwa7da',
    'loyer 30000 et le sac de farine à 900',
    'Karim me doit 2000 et le sucre à 120',
    'Karim me doit 1500 et le sucre à 120 DA',
    'acheté 2000 w b 25 lwa7da',
    'carburant 100 et à 45 DA le litre',
  ])('« %s »: two sums or a count at a price, unsure — the sum is asked', (text) => {
    expect(ask(text).missing).toContain('amount');
  });
  it.each([
    ['recette: 10 sacs de farine et à 900', 'sales_daily_total', 9000],
    ['fournitures 200 sachets et à 2 DA', 'expenses_add', 400],
    ["j'ai acheté 10 sacs de farine et le sac à 900", 'expenses_add', 9000],
    ['loyer 3 mois et à 30000 le mois', 'expenses_add', 90000],
  ])('« %s »: goods counted keep their price (%s of %i DA)', (text, intent, amount) => {
    expect(ask(text)).toMatchObject({ intent, args: { amount } });
  });
  it.each(['la recette de 300 baguettes et électricité 4500', 'la recette avec 500 de monnaie et électricité 4500'])(
    '« %s »: goods counted are no takings sum',
    (text) => {
      expect(ask(text).missing).toContain('amount');
    },
  );
  it('« recette 20000 et le loyer 30000 payé hier »: the day may be the rent’s — asked', () => {
    expect(WRITES).not.toContain(ask('recette 20000 et le loyer 30000 payé hier').intent);
  });
});

// The fifth review: a correction whose sum is unsure took its first figure, a count, as the card's sum.
describe('a correction with no sure sum is read afresh', () => {
  it.each([
    ["j'ai payé le loyer 30000", 'expenses_add', { amount: 30000, category: 'loyer' }, 'non 20 et à 150'],
    ['Karim me doit 1500', 'customers_credit_add', { customer: 'Karim', amount: 1500 }, 'non 5 et à 4500'],
    ['la recette 20000', 'sales_daily_total', { amount: 20000 }, 'plutôt 12 et à 900'],
  ])('after « %s », « %s » corrects nothing', (first, intent, args, text) => {
    const read = after(first, intent, args, text);
    expect(read.followUp).toBe(false);
    expect(WRITES).not.toContain(read.intent);
  });
  it('« non 2000 » after a debt card still corrects it', () => {
    expect(after('Karim me doit 1500', 'customers_credit_add', { customer: 'Karim', amount: 1500 }, 'non 2000')).toMatchObject({
      intent: 'customers_credit_add',
      args: { amount: 2000 },
      followUp: true,
    });
  });
});
