// One vocabulary (issue 12): expense and product categories, periods, channels, tones, wilayas and payment methods are listed once, in this
// package. This scans the backend, the tools and the chat UI and fails when one of them writes such a list again
// (a second list is a list waiting to disagree: four expense-category lists once did, « loyer » had two Arabic words).
// The consumers' use of the keys is checked against the running code in backend/test/contract/vocabularies.test.ts.
const test = require('node:test');
const assert = require('node:assert/strict');
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const c = require('../dist');

const ROOT = join(__dirname, '..', '..', '..');
const SOURCES = ['backend/src', 'tools/src', 'chat-ui/src'];
const IGNORED = /\/(generated|node_modules|dist)\//;

/** Three keys of a vocabulary in a row, quoted, separated by commas or `|`: the shape of a hand-written list. */
const run = (...keys) => new RegExp(keys.map((k) => `['"]${k}['"]`).join('\\s*[,|]\\s*'));
const FORBIDDEN = [
  { name: 'expense categories', re: run('loyer', 'électricité', 'eau') },
  // (A subset, such as the categories a demo competitor sells, is data; the run of the list's own order is a copy.)
  { name: 'product categories', re: run('conserves', 'boissons', 'produits laitiers') },
  // A product category's label written again (the dashboard once kept its own table of them).
  { name: 'product category labels', re: /\b(fr|ar|en): ['"](Produits laitiers|مشتقات الحليب|Household cleaning)['"]/ },
  // The default category for a product added without one ('divers' was written in the tool and in the importer).
  { name: 'default product category', re: /CATEGORY\s*=\s*['"]divers['"]/ },
  { name: 'periods', re: run('today', 'week', 'month') },
  { name: 'channels', re: run('facebook', 'instagram', 'sms') },
  { name: 'tones', re: run('friendly', 'professional', 'festive') },
  { name: 'wilayas', re: /\[\s*1\s*,\s*['"]Adrar['"]/ },
  { name: 'payment methods', re: run('cash', 'card', 'cib') },
  // The demo's former spellings: stored values are the contract's keys now (migration 20261204800000).
  { name: 'legacy category spelling', re: /category: ['"](achats marchandises|internet\/téléphone)['"]/ },
];

function* files(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (IGNORED.test(`${path}/`)) continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(entry) && !/\.(spec|test)\.tsx?$/.test(entry)) yield path;
  }
}

test('no code outside the contract lists a shared vocabulary by itself', () => {
  const offenders = [];
  for (const dir of SOURCES) {
    for (const file of files(join(ROOT, dir))) {
      const code = readFileSync(file, 'utf8');
      for (const { name, re } of FORBIDDEN) if (re.test(code)) offenders.push(`${relative(ROOT, file)}: ${name}`);
    }
  }
  assert.deepEqual(offenders, []);
});

/** A vocabulary's words written again as an object literal `{ fr: 'Facebook', ar: 'فيسبوك', en: 'Facebook' }`. */
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const labelled = (fr, ar, en) =>
  new RegExp(
    [
      ['fr', fr],
      ['ar', ar],
      ['en', en],
    ]
      .map(([l, w]) => `\\b${l}:\\s*['"\x60]${escapeRegExp(w)}['"\x60]`)
      .join('\\s*,\\s*'),
  );
const LABELS = [
  ...Object.entries(c.CHANNEL_LABELS).map(([k, l]) => [`channel ${k}`, l]),
  ...Object.entries(c.TONE_LABELS).map(([k, l]) => [`tone ${k}`, l]),
  ...Object.entries(c.PERIOD_LABEL).map(([k, l]) => [`period ${k}`, l]),
  ...Object.entries(c.EXPENSE_CATEGORY_LABELS).map(([k, l]) => [`expense category ${k}`, l]),
  ...Object.entries(c.PAYMENT_METHOD_LABEL).map(([k, l]) => [`payment method ${k}`, l]),
  ...c.WILAYAS.map((w) => [`wilaya ${w.code}`, w]),
].map(([name, l]) => ({ name: `${name} labels`, re: labelled(l.fr, l.ar, l.en) }));

test('no code outside the contract writes a vocabulary word’s three languages again', () => {
  const offenders = [];
  for (const dir of SOURCES) {
    for (const file of files(join(ROOT, dir))) {
      const code = readFileSync(file, 'utf8');
      for (const { name, re } of LABELS) if (re.test(code)) offenders.push(`${relative(ROOT, file)}: ${name}`);
    }
  }
  assert.deepEqual(offenders, []);
  // The scan sees one (the acquisition channels once wrote the marketing channels' names again).
  assert.ok(LABELS.some(({ re }) => re.test(`facebook: { fr: 'Facebook', ar: 'فيسبوك', en: 'Facebook' }`)));
});

test('the contract finds its own lists (the scan would catch one written elsewhere)', () => {
  const src = (f) => readFileSync(join(__dirname, '..', 'src', f), 'utf8');
  const rule = (name) => FORBIDDEN.find((f) => f.name === name).re;
  assert.match(src('wilayas.ts'), rule('wilayas'));
  assert.match(`['today', 'week', 'month']`, rule('periods'));
  assert.match(`'facebook' | 'instagram' | 'sms'`, rule('channels'));
  assert.match(`const CATEGORIES = ['épicerie', 'conserves', 'boissons', 'produits laitiers']`, rule('product categories'));
  assert.match(src('product-categories.ts'), rule('product category labels'));
  assert.match(`const DEFAULT_CATEGORY = 'divers';`, rule('default product category'));
});

test('every vocabulary has a word for each key in French, Arabic and English', () => {
  const vocabularies = {
    expenseCategories: [c.EXPENSE_CATEGORIES, (k) => c.EXPENSE_CATEGORY_LABELS[k]],
    periods: [c.PERIODS, (k) => c.PERIOD_LABEL[k]],
    periodPhrases: [c.PERIODS, (k) => c.PERIOD_PHRASE[k]],
    vsPrevious: [c.PERIODS, (k) => c.VS_PREVIOUS[k]],
    channels: [c.CHANNELS, (k) => c.CHANNEL_LABELS[k]],
    tones: [c.TONES, (k) => c.TONE_LABELS[k]],
    productCategories: [c.PRODUCT_CATEGORIES, (k) => c.PRODUCT_CATEGORY_LABELS[k]],
    wilayas: [c.WILAYAS.map((w) => w.code), (code) => c.WILAYAS[code - 1]],
  };
  for (const [name, [keys, label]] of Object.entries(vocabularies)) {
    assert.ok(keys.length > 0, name);
    assert.equal(new Set(keys).size, keys.length, `${name}: no key twice`);
    for (const key of keys) for (const lang of c.LANGS) assert.ok(label(key)?.[lang]?.trim(), `${name}.${key}.${lang}`);
  }
  assert.equal(c.WILAYAS.length, 58);
  assert.ok(c.EXPENSE_CATEGORIES.includes(c.GOODS_PURCHASE_CATEGORY));
  assert.ok(c.isExpenseCategory('loyer') && !c.isExpenseCategory('achats marchandises') && !c.isExpenseCategory('toString'));
  assert.ok(c.isPeriod('quarter') && !c.isPeriod('hier'));
});
