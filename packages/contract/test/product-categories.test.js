// Product categories: labels for stored names and the resolution of what a user typed to one of the shop's own.
const test = require('node:test');
const assert = require('node:assert/strict');
const c = require('../dist');

const shop = ['boissons', 'produits laitiers', 'épicerie', 'entretien'];

test("resolves a category typed in any language to one of the shop's own", () => {
  for (const [typed, expected] of [
    ['produits laitiers', 'produits laitiers'],
    ['laitiers', 'produits laitiers'],
    ['dairy', 'produits laitiers'],
    ['ألبان', 'produits laitiers'],
    ['Beverages', 'boissons'],
    ['drinks', 'boissons'],
    ['مشروبات', 'boissons'],
    ['EPICERIE', 'épicerie'],
  ])
    assert.equal(c.matchProductCategory(typed, shop), expected, typed);
});

test('returns null rather than a guess', () => {
  assert.equal(c.matchProductCategory('voitures', shop), null);
  assert.equal(c.matchProductCategory('   ', shop), null);
});

test('labels a stored name whatever its case or accents, and shows an unknown one as stored', () => {
  assert.deepEqual(c.productCategoryLabel('Produits Laitiers'), c.PRODUCT_CATEGORY_LABELS['produits laitiers']);
  assert.equal(c.productCategoryLabel('epicerie').ar, 'مواد غذائية');
  assert.deepEqual(c.productCategoryLabel('catégorie maison'), { fr: 'catégorie maison', ar: 'catégorie maison', en: 'catégorie maison' });
  assert.ok(c.isProductCategory(c.DEFAULT_PRODUCT_CATEGORY) && !c.isProductCategory('toString'));
});
