import { Nlu, type UnderstandResult } from '../../src/agent/local/nlu';
import { readAfter, readAlone, writesNothing } from './converse';

/**
 * Wrong writes the twenty-second session's reviewers saw at its base and head alike, and left (twenty-third session):
 * a figure added to a card replacing it, a sum paid on a delivery counted as goods, the takings' figure taken for a bill
 * still to pay, « still to pay » with an object pronoun, a water bill taken for the mineral water, a bill's part paid
 * proposed whole, money out of the till in words not listed, a pack word naming another product, and a bill's sum put on
 * a customer's account.
 */
let nlu: Nlu;
beforeAll(async () => {
  nlu = await Nlu.create();
});

const ask = (text: string): UnderstandResult => readAlone(nlu, text);
const after = (first: string, intent: string, args: Record<string, unknown>, text: string): UnderstandResult =>
  readAfter(nlu, first, intent, args, text);

const CARDS: [string, string, Record<string, unknown>][] = [
  ['la recette 20000', 'sales_daily_total', { amount: 20000 }],
  ["j'ai payé le loyer 30000", 'expenses_add', { amount: 30000, category: 'loyer' }],
  ["j'ai vendu 2 sucre", 'sales_record', { lines: [{ product: 'Sucre blanc 1kg', quantity: 2 }] }],
  ["j'ai reçu 10 sucre", 'inventory_adjust', { product: 'Sucre blanc 1kg', quantity: 10 }],
];

describe('a figure added to a card, or taken off it, never replaces its figure', () => {
  const added = ['et 4500', '+ 4500', '-4500', 'moins 4500', 'plus 4500', 'w 4500', 'و 4500', 'zid 2', 'ajoute 4500', 'et aussi 4500'];
  it.each(CARDS.flatMap(([first, intent, args]) => added.map((text) => [first, text, intent, args] as const)))(
    'after « %s », « %s » is asked',
    (first, text, intent, args) => {
      const r = after(first, intent, args, text);
      expect(r.notice).toMatchObject({ reason: 'unclear_write' });
      expect(r.followUp).toBeFalsy();
    },
  );
  it.each([
    ['la recette 20000', 'sales_daily_total', { amount: 20000 }, 'non 25000', { amount: 25000 }],
    ["j'ai payé le loyer 30000", 'expenses_add', { amount: 30000, category: 'loyer' }, '25000', { amount: 25000 }],
  ])('after « %s », « %s » still corrects the card', (first, intent, args, text, corrected) => {
    expect(after(first, intent, args, text)).toMatchObject({ intent, args: corrected, followUp: true });
  });
});

describe('a figure in thousands after goods’ card is asked, never their count', () => {
  const goods = CARDS.filter(([, intent]) => intent === 'sales_record' || intent === 'inventory_adjust');
  it.each(
    goods.flatMap(([first, intent, args]) =>
      ['25000', 'non 4500', '1200', 'non 1 200'].map((text) => [first, text, intent, args] as const),
    ),
  )('after « %s », « %s » is asked', (first, text, intent, args) => {
    const r = after(first, intent, args, text);
    expect(r.notice).toMatchObject({ reason: 'unclear_write' });
  });
  it.each([
    ["j'ai vendu 2 sucre", 'sales_record', { lines: [{ product: 'Sucre blanc 1kg', quantity: 2 }] }, 'non 3', { lines: [{ quantity: 3 }] }],
    ["j'ai reçu 10 sucre", 'inventory_adjust', { product: 'Sucre blanc 1kg', quantity: 10 }, 'non 12', { quantity: 12 }],
    ["j'ai reçu 10 sucre", 'inventory_adjust', { product: 'Sucre blanc 1kg', quantity: 10 }, '1500 sacs', { quantity: 1500 }],
  ])('after « %s », « %s » still corrects the count', (first, intent, args, text, corrected) => {
    expect(after(first, intent, args, text)).toMatchObject({ intent, args: corrected, followUp: true });
  });
});

describe('the sum paid for a delivery is no count of its goods', () => {
  it.each([
    "j'ai reçu du sucre, j'ai payé 4500",
    "j'ai reçu du sucre et j'ai payé 4500",
    'I received sugar, I paid 4500',
    'received flour, paid 3000',
  ])('« %s »: the count is asked', (text) => {
    const r = ask(text);
    expect(r.intent).toBe('inventory_adjust');
    expect(r.args.quantity).toBeUndefined();
    expect(r.missing).toContain('quantity');
  });
  it("« j'ai reçu 10 sucre, j'ai payé 4500 »: 10 sugar, and the purchase of 4,500", () => {
    const r = ask("j'ai reçu 10 sucre, j'ai payé 4500");
    expect(r).toMatchObject({ intent: 'inventory_adjust', args: { product: 'Sucre blanc 1kg', quantity: 10 } });
    expect(r.also).toEqual([expect.objectContaining({ intent: 'expenses_add', args: expect.objectContaining({ amount: 4500 }) })]);
  });
});

describe('the takings made, then a bill still to pay: no bill of the takings’ figure', () => {
  it.each([
    "j'ai fait 20000, je paierai le loyer",
    "j'ai fait 20000 et je vais payer le loyer",
    'I made 20000, rent is due',
    'drt 20000 w ghodwa nkhalas lkra',
    'درت 20000 وغدوة نخلص الكراء',
    "j'ai fait 20000, يجب أن أدفع الكهرباء",
  ])('« %s » proposes nothing', (text) => {
    expect(writesNothing(ask(text))).toBe(true);
  });
});

describe('« still to pay » with an object pronoun, or in short', () => {
  it.each([
    ['le loyer 30000, je vais le payer demain', 'loyer'],
    ['je vais le payer demain, le loyer 30000', 'loyer'],
    ["l'électricité 4500, il faut la payer", 'électricité'],
    ["l'électricité 4500 je dois la payer", 'électricité'],
    ['électricité 4500 non réglé', 'électricité'],
    ["l'électricité 4500 non réglée", 'électricité'],
    ['lkra 30000 lazem nkhalsou', 'loyer'],
    ["l'électricité 4500 لازم نخلصو", 'électricité'],
    ['ghodwa nkhalles lkra 30000', 'loyer'],
    ["facture d'eau 2000 à régler", 'eau'],
    ['water bill 2000 unpaid', 'eau'],
  ])('« %s » reads what is on file for %s', (text, category) => {
    expect(ask(text)).toMatchObject({ intent: 'expenses_list', args: { category } });
  });
  it.each([
    ["facture d'eau 2000", { amount: 2000, category: 'eau' }],
    ['water bill 2000', { amount: 2000, category: 'eau' }],
  ])('« %s » is still the bill paid', (text, args) => {
    expect(ask(text)).toMatchObject({ intent: 'expenses_add', args });
  });
  it("« j'ai vendu 2 eau » still sells the water", () => {
    expect(ask("j'ai vendu 2 eau")).toMatchObject({
      intent: 'sales_record',
      args: { lines: [{ product: 'Eau minérale 1,5L', quantity: 2 }] },
    });
  });
});

describe('a bill paid in part: what was paid', () => {
  it.each([
    ["électricité 9000, j'ai payé 4500, le reste pas encore", 4500, 'électricité'],
    ['électricité 9000, payé 4500, reste pas payé', 4500, 'électricité'],
    ['electricity 9000, I paid 4500, the rest later', 4500, 'électricité'],
    ['the rent is 30000, I paid 10000 of it', 10000, 'loyer'],
    ['lkra 30000, khallast 20000', 20000, 'loyer'],
    ['الضو 9000، خلصت 4500', 4500, 'électricité'],
    ["le loyer va augmenter à 35000, ce mois j'ai payé 30000", 30000, 'loyer'],
  ])('« %s »: %d of %s', (text, amount, category) => {
    expect(ask(text)).toMatchObject({ intent: 'expenses_add', args: { amount, category } });
  });
  it.each([
    // Samir's pay, named in a clause of its own, is no part of the rent.
    ["j'ai payé Samir 25000 et le loyer 30000", 30000],
  ])('« %s »: %d, as before', (text, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'expenses_add', args: { amount } });
  });
  it("« je n'ai pas payé l'électricité 4500 ce mois, le mois dernier j'ai payé 3800 » proposes nothing", () => {
    expect(writesNothing(ask("je n'ai pas payé l'électricité 4500 ce mois, le mois dernier j'ai payé 3800"))).toBe(true);
  });
});

describe('money out of the till, in more words', () => {
  it.each([
    "j'ai prélevé 5000 de la caisse",
    "j'ai utilisé 5000 de la caisse",
    "j'ai pris 5000 à la caisse",
    'خذيت 5000 من الصندوق',
    'هزيت 5000 من الكاسة',
    'جبدت 5000 من الصندوق',
    'khdit 5000 mel caisse',
    'hazit 5000 mel caisse',
    'jbadt 5000 men lcaisse',
  ])('« %s » records nothing, and says why', (text) => {
    expect(ask(text).notice).toMatchObject({ reason: 'till_withdrawal', amount: 5000 });
  });
  it.each([
    ['I used 5000 from the till for the rent', 5000, 'loyer'],
    ['خرجت 4500 من الكاسة للضو', 4500, 'électricité'],
  ])('« %s »: the bill paid from the till', (text, amount, category) => {
    expect(ask(text)).toMatchObject({ intent: 'expenses_add', args: { amount, category } });
  });
});

describe('a pack word after the count names no product of its own', () => {
  it.each([
    ['السكر نقص 4 أكياس', 'inventory_adjust', -4],
    ['بعت السكر 4 أكياس', 'sales_record', 4],
  ])('« %s »: the sugar, not the bagged milk', (text, intent, quantity) => {
    const r = ask(text);
    expect(r.intent).toBe(intent);
    const product = intent === 'sales_record' ? (r.args.lines as { product: string; quantity: number }[])[0] : r.args;
    expect(product).toMatchObject({ product: 'سكر أبيض 1 كغ', quantity });
  });
  it('« بعت 4 أكياس حليب » still sells the milk', () => {
    expect(ask('بعت 4 أكياس حليب')).toMatchObject({ args: { lines: [{ product: 'حليب الأكياس 1 لتر', quantity: 4 }] } });
  });
});

describe("a bill's sum is not put on a customer's account", () => {
  it("« loyer 30000, Karim n'a pas encore payé »: Karim's sum is asked", () => {
    const r = ask("loyer 30000, Karim n'a pas encore payé");
    expect(r.args.amount).toBeUndefined();
    expect(writesNothing(r)).toBe(true);
  });
  it.each(["le loyer 30000, le client n'a pas payé", "rent 30000, he hasn't paid yet"])('« %s » proposes nothing', (text) => {
    const r = ask(text);
    expect(r.args.amount).toBeUndefined();
    expect(writesNothing(r)).toBe(true);
  });
  it("« Karim didn't come, he paid 500 by phone »: still his payment of 500", () => {
    expect(ask("Karim didn't come, he paid 500 by phone")).toMatchObject({
      intent: 'customers_payment',
      args: { customer: 'Karim', amount: 500 },
    });
  });
});

describe('what this session’s reviewers found in the first version of these mends', () => {
  const isWrite = (r: UnderstandResult, intent: string, args: Record<string, unknown>) =>
    r.intent === intent && r.missing.length === 0 && Object.entries(args).every(([k, v]) => r.args[k] === v);
  it.each([
    ["électricité 9000, j'ai payé 4500 de sucre", { category: 'électricité', amount: 4500 }],
    ['loyer 30000, payé 5000 à Karim', { category: 'loyer', amount: 5000 }],
    ["loyer 30000 et électricité 9000, j'ai payé 4500", { category: 'loyer', amount: 4500 }],
    ['loyer 30000, payé 10000 le mois dernier', { category: 'loyer', amount: 10000 }],
    ['rent 30000, she paid 2000', { category: 'loyer', amount: 2000 }],
    ['gaz 3000, payé 500 pour le pain', { category: 'gaz', amount: 500 }],
    ['facture de sucre 10 sacs', { amount: 10 }],
    ["facture d'eau payée 20 packs", { amount: 20 }],
  ])('« %s »: no part paid of the bill where the money went elsewhere (%j)', (text, args) => {
    expect(isWrite(ask(text), 'expenses_add', args)).toBe(false);
  });
  it.each([
    ["j'ai vendu le sucre et le lait 4 sachets", 'Sucre blanc 1kg'],
    ["pas de lait aujourd'hui, j'ai vendu 10 bouteilles", 'Lait en sachet 1L'],
    ['au lieu du sucre, Karim a pris 3 bouteilles', 'Sucre blanc 1kg'],
  ])('« %s »: the count is not put on %s', (text, product) => {
    const lines = (ask(text).args.lines as { product?: string }[] | undefined) ?? [];
    expect(lines.map((l) => l.product)).not.toContain(product);
  });
  it.each(['prélevé 500 de la caisse pour le livreur', 'used 500 from the till for delivery'])('« %s » moves no stock', (text) => {
    expect(ask(text).intent).not.toBe('inventory_adjust');
  });
  it('« il m’a dit 30000 à la caisse aujourd’hui » is no money taken out of the till', () => {
    expect(ask("il m'a dit 30000 à la caisse aujourd'hui").notice?.reason).not.toBe('till_withdrawal');
  });
  it('« Karim a pris 6 bouteilles de la caisse de limonade »: a crate, still his 6 lemonades', () => {
    expect(ask('Karim a pris 6 bouteilles de la caisse de limonade')).toMatchObject({
      intent: 'sales_record',
      args: { customer: 'Karim', lines: [{ product: 'Limonade 2L', quantity: 6 }] },
    });
  });
  it('« Karim a payé 4500, il a payé l’électricité 4500 »: his sum asked, as before', () => {
    expect(ask("Karim a payé 4500, il a payé l'électricité 4500")).toMatchObject({ intent: 'customers_payment', missing: ['amount'] });
  });
});

describe('what the second reviewer found', () => {
  const goods = CARDS.filter(([, intent]) => intent === 'sales_record' || intent === 'inventory_adjust');
  it.each(
    goods.flatMap(([first, intent, args]) =>
      ['payé 500', 'réglé 1000', 'il a payé 500', 'à 150'].map((text) => [first, text, intent, args] as const),
    ),
  )('after « %s », « %s »: whose money is asked (it was the shop’s expense, or the goods’ count)', (first, text, intent, args) => {
    expect(after(first, intent, args, text).notice).toMatchObject({ reason: 'unclear_write' });
  });
  it.each(['1500 de plus', '2000 more'])('after a sale’s card, « %s » is asked (it sold 1,500 more sugar)', (text) => {
    const [first, intent, args] = CARDS[2];
    expect(after(first, intent, args, text).notice).toMatchObject({ reason: 'unclear_write' });
  });
  it('after a sale’s card, « and 3 more » is still 3 more sold', () => {
    const [first, intent, args] = CARDS[2];
    expect(after(first, intent, args, 'and 3 more')).toMatchObject({
      intent: 'sales_record',
      added: true,
      args: { lines: [{ quantity: 3 }] },
    });
  });
  it.each(["j'ai vendu 2 sucre", "j'ai reçu 10 sucre"])('after « %s », « khallast 4500 » is still the owner’s expense', (first) => {
    const [, intent, args] = CARDS.find(([f]) => f === first)!;
    expect(after(first, intent, args, 'khallast 4500')).toMatchObject({ intent: 'expenses_add', args: { amount: 4500 } });
  });
  it.each(['électricité 9000, je paye 4500 plus tard', 'electricity 9000, paid 4500 later', 'loyer 30000, j’ai payé en plus 10000'])(
    '« %s »: no part paid now',
    (text) => {
      const r = ask(text);
      expect(r.intent === 'expenses_add' && r.args.amount !== undefined && (r.args.amount as number) < 9000).toBe(false);
    },
  );
});

describe('goods to come are not in the stock yet', () => {
  it.each([
    'le sucre arrive demain, 10 sacs',
    'je vais recevoir 10 sucre demain',
    'le fournisseur livre 10 sucre demain',
    'la livraison de 10 sucre arrive demain',
    'le livreur va livrer 10 sucre',
    "tomorrow I'll receive 10 sugar",
    'ghodwa yjini 10 sokar',
    'غدوة يجيني 10 سكر',
    'السكر جاي غدوة 10 أكياس',
  ])('« %s »: nothing added, and said why', (text) => {
    const r = ask(text);
    expect(r.notice).toMatchObject({ reason: 'delivery_to_come', quantity: 10 });
  });
  it.each([
    'le sucre est arrivé, 10 sacs',
    "j'ai reçu 10 sucre hier",
    "j'ai reçu 10 sucre, je paierai demain",
    "j'ai reçu 10 sucre, le reste arrive demain",
    'وصلني 10 سكر',
  ])('« %s »: come — still +10', (text) => {
    expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { quantity: 10 } });
  });
  it('« recette 20000, le fournisseur viendra demain avec 50 sucre »: still the day’s takings', () => {
    expect(ask('recette 20000, le fournisseur viendra demain avec 50 sucre')).toMatchObject({
      intent: 'sales_daily_total',
      args: { amount: 20000 },
    });
  });
});
