// A size typed rules out a product whose own sizes differ: « semoule 25kg » is not « Semoule 10kg ».
const test = require('node:test');
const assert = require('node:assert/strict');
const { sizesOf, sizesContradict, sizeTokens } = require('../dist');

test('sizes are read in one spelling, in French, English and Arabic', () => {
  assert.deepEqual(sizesOf('Semoule 10KG'), ['10kg']);
  assert.deepEqual(sizesOf('huile 5 L et eau 1,5 litres'), ['5l', '1.5l']);
  assert.deepEqual(sizesOf('سميد 25 كغ'), ['25kg']);
  assert.deepEqual(sizesOf('250 gr de café'), ['250g']);
  assert.deepEqual(sizesOf('3 sacs de semoule'), []);
  assert.deepEqual(sizeTokens('lait 1l'), [{ token: '1l', start: 5, end: 7 }]);
});

test('a typed size contradicts a product only when none of its sizes equals it', () => {
  assert.equal(sizesContradict(['25kg'], ['10kg']), true);
  assert.equal(sizesContradict(['10kg'], ['10kg']), false);
  assert.equal(sizesContradict(['5l', '1kg'], ['1kg']), false);
  // Nothing typed, or a product without a size (« Baguette »): never ruled out.
  assert.equal(sizesContradict([], ['10kg']), false);
  assert.equal(sizesContradict(['25kg'], []), false);
});

// A variety typed rules out a product whose names lack it: « sucre roux » is not « Sucre blanc 1kg ».
const { varietiesTyped, varietiesContradict, varietyAfter, varietyBefore } = require('../dist');

test('a variety typed after a product word, in French, English, Arabic and Darija', () => {
  assert.equal(varietiesTyped('sucre roux').length, 1);
  assert.equal(varietiesTyped("huile d'olive 1L").length, 1);
  assert.equal(varietiesTyped('حليب غبرة').length, 1);
  assert.equal(varietiesTyped('brown sugar').length, 1); // English's order
  assert.equal(varietiesTyped('olive oil 1L').length, 1);
  assert.equal(varietiesTyped('olives vertes').length, 0); // the product itself
  // Sugar in powder is the ordinary sugar.
  assert.equal(varietiesTyped('sucre en poudre').length, 0);
  assert.equal(varietyAfter('sucre', 'poudre'), undefined);
  assert.ok(varietyAfter('lait', 'poudre'));
  assert.ok(varietyBefore('brown', 'sugar'));
  assert.equal(varietyBefore('roux', 'sucre'), undefined);
});

test('a typed variety contradicts a product whose names hold none of its words, in any language', () => {
  assert.equal(varietiesContradict(varietiesTyped('sucre roux'), ['Sucre blanc 1kg', 'سكر أبيض 1 كغ', 'White sugar 1kg']), true);
  assert.equal(varietiesContradict(varietiesTyped('حليب غبرة'), ['Lait en poudre 500g', 'حليب مجفف 500 غ']), false);
  assert.equal(varietiesContradict(varietiesTyped('lait ghobra'), ['Lait en poudre 500g']), false);
  assert.equal(varietiesContradict([], ['Sucre blanc 1kg']), false);
  // Ground coffee is coffee in powder; « moulu » typed names no variety (most coffee sold is ground).
  assert.equal(varietiesContradict(varietiesTyped('café en poudre'), ['Café moulu Facto 250g']), false);
  assert.equal(varietiesTyped('café moulu').length, 0);
  assert.equal(varietiesTyped('morceaux de sucre').length, 1);
});
