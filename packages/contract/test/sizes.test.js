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
