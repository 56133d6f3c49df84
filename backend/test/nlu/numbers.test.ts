import { extractAmount, extractNumbers } from '../../src/agent/local/nlu/extractors/numbers';
import { signedQuantity } from '../../src/agent/local/nlu/slot-filler';

const values = (text: string) =>
  extractNumbers(text)
    .filter((n) => !n.weak)
    .map((n) => n.value);

describe('numbers in digits', () => {
  it.each([
    ['1 520,00 DA', 1520],
    ['2 000 DA', 2000],
    ['2,500 DA', 2500],
    ['4.500 dinars', 4500],
    ['45.000 دج', 45000],
    ['1.150,50 DA', 1150.5],
    // A leading zero never starts a thousands group: half a kilo, as the sales page's form reads it too.
    ['0.500 kg', 0.5],
    // A three-digit group is a thousands group only when no digit follows (« Dec 1 35000 » read 1,350 and 0).
    ['Dec 1 35000', 1, 35000],
    ['1,5L', 1.5],
    ['2k', 2000],
    ['٣٠ كيس', 30],
    ['۱۲ قارورة', 12],
  ])('reads %s as %d', (text, ...expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('ignores digits that are Arabizi letters', () => {
    expect(values('chhal 3andi men 7lib f l3am')).toEqual([]);
  });

  it('keeps the unit written after the number', () => {
    const [n] = extractNumbers('Ajoute 30 sacs de semoule');
    expect(n).toMatchObject({ value: 30, unit: 'sacs', currency: false });
  });
});

describe('numbers in words', () => {
  it.each([
    // French
    ['vingt', 20],
    ['trente-cinq', 35],
    ['soixante-dix', 70],
    ['quatre-vingt-dix', 90],
    ['vingt et un', 21],
    ['mille cinq cents', 1500],
    ['deux mille cinq cents', 2500],
    // English
    ['twenty', 20],
    ['thirty-five', 35],
    ['a hundred and five', 105],
    ['two thousand', 2000],
    // Modern Standard Arabic
    ['عشرين', 20],
    ['خمسين', 50],
    ['خمسة وعشرين', 25],
    ['ثلاثة آلاف', 3000],
    ['ألفين وخمسمائة', 2500],
    ['أربعة آلاف', 4000],
    // Darija
    ['3echrine', 20],
    ['khamsin', 50],
    ['khamsa w 3echrine', 25],
    ['3echrine alf', 20000],
    ['alf', 1000],
    ['خمسطاش', 15],
  ])('reads "%s" as %d', (text, expected) => {
    expect(values(text)).toEqual([expected]);
  });

  it('treats an article as a weak one only', () => {
    const [n] = extractNumbers('Ajoute un sac de sucre');
    expect(n).toMatchObject({ value: 1, weak: true });
  });
});

describe('amounts', () => {
  it.each([
    ['Ajoute une dépense de 4500 DA pour le loyer', 4500],
    ["J'ai payé 1 520,00 DA d'électricité", 1520],
    ['dépense de 2k de gasoil', 2000],
    ['سجل مصروف 3000 دينار للكهرباء', 3000],
    ['دفعت ألفين وخمسمائة دينار', 2500],
    ['khallast 3echrine alf l mol dar', 20000],
    ['I spent twenty thousand dinars on rent', 20000],
    ['Facture de 2 bouteilles de gaz : 1000 DA', 1000],
    // A count and a price for each: the count times the price (1 100 DA was proposed for 50 sacks).
    ["j'ai acheté 50 sacs de semoule chez le grossiste à 1100", 55000],
    ['2 pneus à 8000 DA', 16000],
    ['I bought 30 bags of flour at 900 each', 27000],
    ['شريت 20 كرتونة ب 1500 للكرتونة', 30000],
    // A total stays the total; a size is no count.
    ["j'ai acheté 10 cartons de lait pour 12000 DA", 12000],
    ["2 bidons d'huile 5L à 650", 1300],
    ['dépense de 3000 DA à Karim', 3000],
    // A weight or a volume priced per that unit: the price of one kilo (95 DA) was proposed for 20 kg.
    ["j'ai acheté 20 kg de sucre à 95 DA le kilo", 1900],
    ['bought 10 kg of coffee at 1200 per kg', 12000],
    ['شريت 10 كيلو قهوة ب 1200 دج للكيلو', 12000],
    // Every spelling of the kilo the contract's sizes know (`sizeUnit`): « كلغ » was no kilo here.
    ['شريت 10 كلغ قهوة ب 1200 دج للكيلو', 12000],
    ["j'ai payé 5 litres d'huile à 300 DA le litre", 1500],
    ["j'ai acheté 20 kg de sucre à 1900 DA", 1900],
    // « l'unité » is no litre: the size in a product's name stays out of the count.
    ["10 cartons de lait 1L à 1200 DA l'unité", 12000],
    ["2 bidons d'huile 5L à 650 DA l'unité", 1300],
  ])('finds the amount in "%s"', (text, expected) => {
    expect(extractAmount(text)).toBe(expected);
  });
});

describe('signed quantities for stock movements', () => {
  it.each([
    ['Ajoute 30 sacs de semoule', 30],
    ["J'ai reçu 12 bidons d'huile", 12],
    ['zid 20 kilo smid', 20],
    ['أضف 20 كيس سكر', 20],
    ['Add 40 bottles of water', 40],
    ['Retire 5 paquets de café', -5],
    ['Enlève deux sacs de farine, ils sont mouillés', -2],
    ['Casse : 3 bouteilles de jus', -3],
    ['3 yaourts perdus', -3],
    ['na9es 3 kartonat ta3 7lib', -3],
    ['نقص 4 أكياس قهوة', -4],
    ['Take 6 bags of sugar out of stock', -6],
    ['Remove 3 packs of biscuits, they expired', -3],
    ['Mouvement de stock : +40 eau minérale', 40],
    ['Corrige : -7 yaourts', -7],
    ['Rajoute vingt-quatre pots de yaourt', 24],
    ['Add 2 dozen eggs', 24],
  ])('"%s" → %d', (text, expected) => {
    expect(signedQuantity(text)).toBe(expected);
  });

  it('counts packs, not pack sizes', () => {
    expect(signedQuantity("Ajoute 2 bidons d'huile de 5L")).toBe(2);
  });

  it('has no quantity when none is said', () => {
    expect(signedQuantity('ajoute du sucre')).toBeUndefined();
  });
});

describe('money said in centimes, as Algeria says it aloud', () => {
  it.each([
    ['خلصت الكرا 3 ملاين', 30_000],
    ['خلصت الكرا 3 ملاين ونص', 35_000],
    ['khallast lkra 3 mlayen', 30_000],
    ['مداخيل اليوم 4 ملاين', 40_000],
    ['كريم خلصني مليون', 10_000],
    ['paid 2 million centimes for rent', 20_000],
    ['loyer 3 millions de centimes', 30_000],
    ['50 ألف سنتيم', 500],
    // Dinars said, or a French/English million without centimes: as written.
    ['2 مليون دينار', 2_000_000],
    ['2 million DA', 2_000_000],
  ])('« %s » is %d DA', (text, amount) => {
    expect(extractAmount(text)).toBe(amount);
  });
});
