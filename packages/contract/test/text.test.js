// The one text normaliser and product resolver, against the compiled output (`npm run build -w @tajer/contract` first).
const test = require('node:test');
const assert = require('node:assert/strict');
const c = require('../dist');

test('normalizeText folds accents, Arabic variants, Eastern digits and punctuation', () => {
  assert.equal(c.normalizeText('Épicerie  Fine'), 'epicerie fine');
  assert.equal(c.normalizeText('أرز'), c.normalizeText('ارز'));
  assert.equal(c.normalizeText('مربى'), 'مربي');
  assert.equal(c.normalizeText('طماطم مركزة'), 'طماطم مركزه');
  assert.equal(c.normalizeText('٣ كيلو'), '3 كيلو');
  assert.equal(c.normalizeText('l’huile'), 'l huile');
  assert.equal(c.normalizeText('Promo -20% sur l’huile', { keep: "%'-" }), "promo -20% sur l'huile");
});

test('edit distance is Levenshtein (fastest-levenshtein), withinEdits bounds it', () => {
  assert.equal(c.editDistance('semoule', 'semoulf'), 1);
  assert.equal(c.editDistance('chocolat', 'chocolta'), 2);
  assert.equal(c.withinEdits('biscuit', 'biscuits', 1), true);
  assert.equal(c.withinEdits('lait', 'laitue', 1), false);
});

test('findProducts: every word found, the products named by the first word preferred', () => {
  const catalogue = [
    { fr: 'Huile de table Elio 5L', ar: 'زيت المائدة إيليو 5 لتر', en: 'Elio cooking oil 5L' },
    { fr: "Thon à l'huile 160g", ar: 'تونة بالزيت', en: 'Tuna in oil' },
    { fr: 'Huile de table Elio 2L', ar: 'زيت المائدة إيليو 2 لتر', en: 'Elio cooking oil 2L' },
  ];
  const names = (p) => p;
  assert.deepEqual(
    c.findProducts('huile', catalogue, names).map((p) => p.fr),
    ['Huile de table Elio 5L', 'Huile de table Elio 2L'],
  );
  assert.deepEqual(
    c.findProducts('الزيت', catalogue, names).map((p) => p.fr),
    ['Huile de table Elio 5L', 'Huile de table Elio 2L'],
  );
  assert.deepEqual(
    c.findProducts('thon', catalogue, names).map((p) => p.fr),
    ["Thon à l'huile 160g"],
  );
  assert.deepEqual(c.findProducts('xyz', catalogue, names), []);
});

test('nameAndPhone splits a customer given with the phone that tells namesakes apart', () => {
  assert.deepEqual(c.nameAndPhone('Amel Ait Kaci (05 46 37 60 03)'), { name: 'Amel Ait Kaci', phone: '05 46 37 60 03' });
  assert.deepEqual(c.nameAndPhone('كريم بن علي 0550123456'), { name: 'كريم بن علي', phone: '0550123456' });
  assert.deepEqual(c.nameAndPhone('Amel Ait Kaci'), { name: 'Amel Ait Kaci', phone: null });
  // A name that is only a number, or a short number, stays the name.
  assert.deepEqual(c.nameAndPhone('0550 12 34 56'), { name: '0550 12 34 56', phone: null });
  assert.deepEqual(c.nameAndPhone('Magasin 24'), { name: 'Magasin 24', phone: null });
});

test('findProducts: an English name is named by its last word (« milk » is the milks, not the milk chocolate bar)', () => {
  const catalogue = [
    { fr: 'Lait en sachet 1L', ar: 'حليب الأكياس 1 لتر', en: 'Bagged milk 1L' },
    { fr: 'Lait en poudre 500g', ar: 'حليب بودرة 500 غ', en: 'Powdered milk 500g' },
    { fr: 'Chocolat au lait 100g', ar: 'شوكولاتة بالحليب 100 غ', en: 'Milk chocolate bar 100g' },
    { fr: 'Coca-Cola 1L', ar: 'كوكا كولا 1 لتر', en: 'Coca-Cola 1L' },
    { fr: 'Œufs (plateau de 30)', ar: 'بيض (صينية 30)', en: 'Eggs (tray of 30)' },
  ];
  const en = (q) => c.findProducts(q, catalogue, (p) => p).map((p) => p.en);
  assert.deepEqual(en('milk'), ['Bagged milk 1L', 'Powdered milk 500g']);
  assert.deepEqual(en('coca'), ['Coca-Cola 1L']);
  // With no product named by its last word, the English first word still names (« hamoud »: both of the brand).
  const drinks = [
    { fr: 'Hamoud Boualem Selecto 1L', ar: 'حمود بوعلام سيليكتو 1 لتر', en: 'Hamoud Boualem Selecto 1L' },
    { fr: 'Limonade Hamoud Boualem 2L', ar: 'ليموناضة حمود بوعلام 2 لتر', en: 'Hamoud Boualem lemonade 2L' },
  ];
  assert.equal(c.findProducts('hamoud', drinks, (p) => p).length, 2);
  assert.deepEqual(en('eggs'), ['Eggs (tray of 30)']);
});
