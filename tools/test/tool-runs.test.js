// run/propose of the write and image tools against in-memory ports shaped like the backend services: resolution
// rules, what a proposal contains, and how business errors come back (the real services are exercised end to end in
// backend/test/agent/tools-*.test.ts).
const test = require('node:test');
const assert = require('node:assert/strict');
const { getTool, countReason } = require('../dist');
// As a reader sees it: Arabic figures are bidi-isolated by the formatter (see @tajer/contract).
const { toPlain, DEFAULT_UNIT, productCategoryLabel } = require('@tajer/contract');

const names = (fr, ar, en) => ({ fr, ar, en });
const SEMOULE = {
  id: 'p-sem',
  sku: 'EPI-001',
  names: names('Semoule 10kg (SIM, moyenne)', 'سميد 10 كغ (سيم، متوسط)', 'Semolina 10kg (SIM, medium)'),
  unit: 'sac',
  stock: 42,
  reorderThreshold: 20,
};
const LAIT1 = {
  id: 'p-l1',
  names: names('Lait en sachet 1L', 'حليب الأكياس 1 لتر', 'Bagged milk 1L'),
  unit: 'L',
  stock: 48,
  reorderThreshold: 30,
};
const LAIT2 = {
  id: 'p-l2',
  names: names('Lait UHT Candia 1L', 'حليب كانديا 1 لتر', 'Candia UHT milk 1L'),
  unit: 'L',
  stock: 36,
  reorderThreshold: 12,
};

/** A business error as the backend throws it (AppError: code, message, details). */
class AppError extends Error {
  constructor(code, message, details) {
    super(message);
    this.code = code;
    this.details = details;
  }
  // Like the backend's AppError: business errors are 4xx.
  get status() {
    return 400;
  }
}

function inventory(calls = []) {
  return {
    // Name search, as the backend ranks it: every product one of whose names contains the query.
    async search(_tenant, { query }) {
      const q = String(query ?? '').toLowerCase();
      const items = [SEMOULE, LAIT1, LAIT2]
        .map((p) => ({ ...p, category: p === SEMOULE ? 'épicerie' : 'produits laitiers' }))
        .filter((p) => Object.values(p.names).some((n) => n.toLowerCase().includes(q)));
      return { items, total: items.length, lowStockCount: 0 };
    },
    async resolveProduct(_tenant, name) {
      if (/semoule|سميد/i.test(name)) return { match: { product: SEMOULE, score: 1 }, alternatives: [], confident: true };
      if (/^lait$/i.test(name))
        return { match: { product: LAIT1, score: 1 }, alternatives: [{ product: LAIT2, score: 1 }], confident: false };
      if (/lait en sachet 1l/i.test(name))
        return { match: { product: LAIT1, score: 0.9 }, alternatives: [{ product: LAIT2, score: 0.85 }], confident: false };
      return { match: null, alternatives: [], confident: false };
    },
    async previewMovement(_tenant, productId, quantity) {
      const p = [SEMOULE, LAIT1, LAIT2].find((x) => x.id === productId);
      return {
        product: p,
        quantity,
        stockBefore: p.stock,
        stockAfter: p.stock + quantity,
        allowed: p.stock + quantity >= 0,
        lowStockAfter: false,
      };
    },
    async applyMovement(_tenant, input) {
      calls.push(input);
      if (SEMOULE.stock + input.quantity < 0)
        throw new AppError('INSUFFICIENT_STOCK', 'Not enough stock', { stock: SEMOULE.stock, requested: input.quantity, unit: 'sac' });
      return {
        id: 'mv1',
        product: SEMOULE,
        quantity: input.quantity,
        stockBefore: 42,
        stockAfter: 42 + input.quantity,
        reason: input.reason,
        lowStock: false,
        reorderThreshold: 20,
      };
    },
  };
}

const { TOOL_RESULTS } = require('@tajer/contract');

/** A successful run's data is what the contract says the tool returns (the chat UI parses it with the same schema). */
function assertConforms(tool, result) {
  assert.equal(result.success, true);
  const parsed = TOOL_RESULTS[tool].safeParse(result.data);
  assert.ok(parsed.success, `${tool}: ${parsed.error?.message}`);
}

const ctx = (services, extra = {}) => ({ tenantId: 't1', userId: 'u1', conversationId: 'c1', lang: 'fr', services, ...extra });

test("products_add.propose: without a unit, the contract's DEFAULT_UNIT, the one the REST API and the import give", async () => {
  const r = await getTool('products_add').propose(ctx({ inventory: inventory() }), { name: 'Chips Mahboul 30g', price: 30 });
  assert.equal(r.success, true, JSON.stringify(r));
  assert.equal(r.data.changes.find((c) => c.field === 'unit').after, DEFAULT_UNIT);
  assert.equal(DEFAULT_UNIT, 'unité');
});

test('products_add.propose: filed with the products whose name starts with the same word, else in « divers »', async () => {
  const category = async (name) => {
    const r = await getTool('products_add').propose(ctx({ inventory: inventory() }), { name, price: 100 });
    assert.equal(r.success, true, JSON.stringify(r));
    // The card shows the category's name in the reader's language; the args keep the stored key.
    assert.equal(productCategoryLabel(r.data.args.category).fr, r.data.changes.find((c) => c.field === 'category').after);
    return r.data.args.category;
  };
  assert.equal(await category('Lait fermé Lben 1L'), 'produits laitiers');
  assert.equal(await category('Chips Mahboul 30g'), 'divers');
  // Told by the owner, kept.
  const told = await getTool('products_add').propose(ctx({ inventory: inventory() }), {
    name: 'Lait de chèvre',
    price: 300,
    category: 'bio',
  });
  assert.equal(told.data.args.category, 'bio');
});

test('products_add.propose in Arabic: the unit and category in Arabic on the card, a reference without the name’s digits alone', async () => {
  const r = await getTool('products_add').propose(ctx({ inventory: inventory() }, { lang: 'ar' }), { name: 'سكر 1 كغ', price: 120 });
  assert.equal(r.success, true, JSON.stringify(r));
  const after = (field) => r.data.changes.find((c) => c.field === field).after;
  // It said « unité », « divers » and « 1-QP45 ».
  assert.equal(after('unit'), 'وحدة');
  assert.equal(after('category'), 'متفرقات');
  assert.match(after('sku'), /^P-[0-9A-Z]{4}$/);
  assert.deepEqual([r.data.args.unit, r.data.args.category], [DEFAULT_UNIT, 'divers']);
});

test('customers_credit_add.propose: several customers share the name — which one, or a new customer with their full name', async () => {
  const customers = {
    async resolveCustomer() {
      return {
        match: { customer: { id: 'c1', name: 'Ahmed Amrani', balance: 0 }, score: 0.8 },
        alternatives: [{ customer: { id: 'c2', name: 'Ahmed Belhadj', balance: 1200 }, score: 0.8 }],
        confident: false,
      };
    },
  };
  const r = await getTool('customers_credit_add').propose(ctx({ customers }), { customer: 'Ahmed', amount: 1500 });
  assert.equal(r.success, false);
  assert.equal(r.error.code, 'AMBIGUOUS_CUSTOMER');
  assert.match(toPlain(r.error.message), /Lequel \?.*nouveau client.*nom complet/);
  assert.deepEqual(
    r.error.choices.map((c) => c.text),
    ['Combien Ahmed Amrani me doit ?', 'Combien Ahmed Belhadj me doit ?'],
  );
  // The buttons tell the namesakes apart by what they owe.
  assert.deepEqual(
    r.error.choices.map((c) => toPlain(c.label)),
    ['Ahmed Amrani', 'Ahmed Belhadj (doit 1 200 DA)'],
  );
  const en = await getTool('customers_credit_add').propose(ctx({ customers }, { lang: 'en' }), { customer: 'Ahmed', amount: 1500 });
  assert.equal(toPlain(en.error.choices[1].label), 'Ahmed Belhadj (owes DZD 1,200)');
});

test('customers_payment.propose: more than owed offers the balance, and a customer who owes nothing gets no « 0 DA » payment', async () => {
  const customers = {
    async resolveCustomer() {
      return { match: { customer: { id: 'c1', name: 'Karim Haddad', balance: 0 }, score: 1 }, alternatives: [], confident: true };
    },
  };
  const credit = (balance) => ({
    async previewPayment(_t, _c, amount) {
      return { allowed: amount <= balance, balanceBefore: balance, balanceAfter: balance - amount };
    },
  });
  const none = await getTool('customers_payment').propose(ctx({ customers, credit: credit(0) }), { customer: 'Karim Haddad', amount: 500 });
  assert.equal(none.success, false);
  assert.equal(toPlain(none.error.message), "Karim Haddad ne vous doit rien : je n'ai rien enregistré.");
  assert.deepEqual(none.error.choices ?? [], []);
  const some = await getTool('customers_payment').propose(ctx({ customers, credit: credit(300) }), {
    customer: 'Karim Haddad',
    amount: 500,
  });
  assert.match(toPlain(some.error.message), /ne vous doit que 300 DA.*paiement de 300 DA/);
  assert.equal(some.error.choices.length, 1);
});

test('inventory_adjust.propose: the exact change, with the resolved product, and nothing written', async () => {
  const calls = [];
  const r = await getTool('inventory_adjust').propose(ctx({ inventory: inventory(calls) }), { product: 'semoule', quantity: 30 });
  assert.equal(r.success, true);
  assert.equal(r.data.summary.replace(/[\u00a0\u202f]/g, ' '), 'Réception : +30 — Semoule 10kg (SIM, moyenne) : 42 → 72 sacs');
  assert.deepEqual(r.data.changes[0], { field: 'stock', label: 'Réception — stock de Semoule 10kg (SIM, moyenne)', before: 42, after: 72 });
  assert.deepEqual(getTool('inventory_adjust').editable, ['quantity', 'reason']);
  assert.deepEqual(r.data.args, {
    product: 'Semoule 10kg (SIM, moyenne)',
    productId: 'p-sem',
    quantity: 30,
    reason: 'Réception de marchandise',
  });
  assert.equal(calls.length, 0);
  const ar = await getTool('inventory_adjust').propose(ctx({ inventory: inventory() }, { lang: 'ar' }), {
    product: 'سميد',
    quantity: -2,
    reason: 'تالف',
  });
  assert.equal(toPlain(ar.data.summary), 'سحب من المخزون: \u22122 — سميد 10 كغ (سيم، متوسط): 42 → 40 كيس');
});

test('inventory_adjust.propose: a movement from a stock count says the count, not a delivery', async () => {
  // « j'ai compté 72 semoule » with 42 on file: the card read « Réception : +30 », as if goods had come in.
  const r = await getTool('inventory_adjust').propose(ctx({ inventory: inventory() }), {
    product: 'semoule',
    quantity: 30,
    reason: countReason(72, 'fr'),
  });
  assert.equal(r.data.summary.replace(/[\u00a0\u202f]/g, ' '), 'Inventaire : 72 (+30) — Semoule 10kg (SIM, moyenne) : 42 → 72 sacs');
  assert.equal(r.data.changes[0].label, 'Inventaire — stock de Semoule 10kg (SIM, moyenne)');
  const ar = await getTool('inventory_adjust').propose(ctx({ inventory: inventory() }, { lang: 'ar' }), {
    product: 'سميد',
    quantity: -2,
    reason: countReason(40, 'ar'),
  });
  assert.equal(toPlain(ar.data.summary), 'جرد: 40 (\u22122) — سميد 10 كغ (سيم، متوسط): 42 → 40 كيس');
});

test('inventory_adjust.propose: refuses a negative stock and an ambiguous or unknown product, with the reason', async () => {
  const tool = getTool('inventory_adjust');
  const negative = await tool.propose(ctx({ inventory: inventory() }), { product: 'semoule', quantity: -50 });
  assert.equal(negative.success, false);
  assert.equal(negative.error.code, 'INSUFFICIENT_STOCK');
  assert.match(negative.error.message, /il ne reste que 42 sacs de Semoule.*retirer 50/);
  assert.match(tool.summarize(negative, 'en'), /only 42 bags of Semolina 10kg \(SIM, medium\) left, I can't remove 50/);

  const ambiguous = await tool.propose(ctx({ inventory: inventory() }), { product: 'lait', quantity: 5 });
  assert.equal(ambiguous.error.code, 'AMBIGUOUS_PRODUCT');
  assert.equal(ambiguous.error.message, 'Plusieurs produits correspondent à « lait ». Lequel voulez-vous ?');
  assert.match(tool.summarize(ambiguous, 'ar'), /عدة منتجات تطابق «lait»\. أيها تقصد؟/);
  // The question comes with one button per product, each sending the product's exact name.
  assert.deepEqual(ambiguous.error.choices, [
    { label: 'Lait en sachet 1L', text: 'Lait en sachet 1L' },
    { label: 'Lait UHT Candia 1L', text: 'Lait UHT Candia 1L' },
  ]);

  // A name typed exactly as in the catalogue is taken even when the search scores a neighbour close to it.
  const exact = await tool.propose(ctx({ inventory: inventory() }), { product: 'Lait en sachet 1L', quantity: 5 });
  assert.equal(exact.data.args.productId, 'p-l1');

  const unknown = await tool.propose(ctx({ inventory: inventory() }), { product: 'caviar', quantity: 1 });
  assert.equal(unknown.error.code, 'NOT_FOUND');
  assert.match(unknown.error.message, /aucun produit « caviar »/);
});

test('inventory_adjust.run: applies by product id with the user, and reports a stock that moved meanwhile', async () => {
  const calls = [];
  const tool = getTool('inventory_adjust');
  const ok = await tool.run(ctx({ inventory: inventory(calls) }), {
    product: 'Semoule 10kg (SIM, moyenne)',
    productId: 'p-sem',
    quantity: 30,
    reason: 'Livraison',
  });
  assertConforms('inventory_adjust', ok);
  assert.deepEqual(calls[0], { productId: 'p-sem', quantity: 30, reason: 'Livraison', userId: 'u1', toolCallId: undefined });
  assert.deepEqual(
    ok.records.map((r) => r.type),
    ['product', 'stock_movement'],
  );
  const late = await tool.run(ctx({ inventory: inventory() }), { product: 'Semoule', productId: 'p-sem', quantity: -60 });
  assert.equal(late.error.code, 'INSUFFICIENT_STOCK');
  assert.match(late.error.message, /il ne reste que 42 sacs/);
});

test('a missing service or a thrown business error becomes a failed result, never an exception', async () => {
  const none = await getTool('dashboard_stats').run(ctx({}), { period: 'month' });
  assert.deepEqual(none.error.code, 'SERVICE_UNAVAILABLE');
  const failing = {
    dashboard: {
      stats: async () => {
        throw new AppError('VALIDATION_FAILED', 'Invalid request: period', [{ field: 'period', message: 'bad' }]);
      },
    },
  };
  const r = await getTool('dashboard_stats').run(ctx(failing), { period: 'month' });
  assert.deepEqual({ code: r.error.code, message: r.error.message }, { code: 'VALIDATION_FAILED', message: 'Invalid request: period' });
  const crash = {
    dashboard: {
      stats: async () => {
        throw new TypeError('boom');
      },
    },
  };
  assert.equal((await getTool('dashboard_stats').run(ctx(crash), {})).error.code, 'TOOL_ERROR');
  // A database error's text (table, constraint, values) never becomes the tool's message.
  const prisma = Object.assign(new Error('Invalid `prisma.product.findMany()` invocation: relation "Product" does not exist'), {
    code: 'P2021',
  });
  const db = await getTool('dashboard_stats').run(
    ctx({
      dashboard: {
        stats: async () => {
          throw prisma;
        },
      },
    }),
    {},
  );
  assert.equal(db.error.code, 'TOOL_ERROR');
  assert.doesNotMatch(JSON.stringify(db.error), /prisma|relation|Product/);
});

test('image tools read the attached image when the model names none, and say so when there is none', async () => {
  const seen = [];
  const services = {
    expenses: {
      async scanReceipt(_t, _u, attachmentId) {
        seen.push(attachmentId);
        return {
          attachmentId,
          merchant: 'SONELGAZ',
          date: '2026-03-14',
          total: 1520,
          vat: 242.69,
          currency: 'DZD',
          lines: [],
          confidence: {},
          warnings: [],
          alreadyUsedBy: null,
          suggestedCategory: { key: 'électricité', label: { fr: 'Électricité', ar: 'الكهرباء', en: 'Electricity' }, confidence: 0.9 },
        };
      },
    },
  };
  const att = '5b0c3c52-7a43-4e55-9d76-2e6bb0c8a1f0';
  const r = await getTool('expenses_scan_receipt').run(ctx(services, { attachmentIds: [att] }), { attachmentId: 'image' });
  assert.deepEqual(seen, [att]);
  assertConforms('expenses_scan_receipt', r);
  // The draft becomes an expense to approve: the agent proposes expenses_add with these arguments.
  assert.deepEqual(r.data.followUp, {
    tool: 'expenses_add',
    args: { amount: 1520, category: 'électricité', attachmentId: att, date: '2026-03-14', merchant: 'SONELGAZ', vatAmount: 242.69 },
  });
  const missing = await getTool('inventory_analyze_image').run(ctx({ inventory: {} }), { attachmentId: 'photo' });
  assert.equal(missing.error.code, 'NO_ATTACHMENT');
});

test('expenses_add: a refused category falls back to "autre" only when none was given', async () => {
  const tried = [];
  const expenses = {
    async previewCreate(_t, input) {
      tried.push(input.category);
      if (!['autre', 'électricité'].includes(input.category)) {
        throw new AppError('VALIDATION_FAILED', 'Invalid request', [
          { field: 'category', message: `unknown category "${input.category}"; allowed: loyer, électricité, autre` },
        ]);
      }
      return {
        ...input,
        currency: 'DZD',
        categoryLabel: { fr: input.category === 'autre' ? 'Autre' : 'Électricité', ar: 'x', en: 'x' },
        description: input.description ?? null,
        merchant: input.merchant ?? null,
        date: input.date ?? '2026-03-14',
        attachmentId: null,
      };
    },
  };
  const guessed = await getTool('expenses_add').propose(ctx({ expenses }), { amount: 300, merchant: 'Hanout Ali' });
  assert.deepEqual(tried, ['Hanout Ali', 'autre']);
  assert.equal(guessed.data.args.category, 'autre');
  assert.match(guessed.data.summary.replace(/[\u00a0\u202f]/g, ' '), /^Dépense : 300 DA — Autre — Hanout Ali — 14 mars 2026$/);
  const refused = await getTool('expenses_add').propose(ctx({ expenses }), { amount: 300, category: 'bonbons' });
  assert.equal(refused.error.code, 'VALIDATION_FAILED');
  assert.equal(
    refused.error.message,
    'Je ne connais pas la catégorie de dépense « bonbons ». Catégories possibles : loyer, électricité et autre.',
  );
});

test('inventory_search: equally relevant names that start with the word asked come first; a clear best match is answered', async () => {
  const item = (id, fr, score, stock = 10) => ({
    id,
    names: names(fr, fr, fr),
    unit: 'paquet',
    stock,
    reorderThreshold: 5,
    lowStock: false,
    score,
  });
  const results = {
    huile: [item('t', "Thon à l'huile 160g", 1), item('h2', 'Huile de table Elio 2L', 1), item('h5', 'Huile de table Elio 5L', 1)],
    farine: [item('f', 'Farine de blé 1kg', 1, 64), item('m', 'Margarine Fleurial 500g', 0.6, 24)],
  };
  const inventory = { search: async (_t, { query }) => ({ items: results[query], total: results[query].length, lowStockCount: 0 }) };
  const tool = getTool('inventory_search');
  const oil = await tool.run(ctx({ inventory }), { query: 'huile' });
  assertConforms('inventory_search', oil);
  assert.deepEqual(
    oil.data.items.map((p) => p.id),
    ['h2', 'h5', 't'],
  );
  const flour = await tool.run(ctx({ inventory }), { query: 'farine' });
  assert.equal(
    tool.summarize(flour, 'fr').replace(/[\u00a0\u202f]/g, ' '),
    'Il vous reste **64 paquets** de Farine de blé 1kg — seuil de réapprovisionnement : 5.\nAutres produits proches : Margarine Fleurial 500g (24 paquets).',
  );
});

test('a fractional quantity is refused by every write tool taking one, before anything is read or written; never rounded', async () => {
  // Sale lines, stock and movements are whole numbers in the database: « 1,5 kg » failed at approval on PostgreSQL.
  const touched = [];
  const spy = (svc) =>
    new Proxy({}, { get: (_t, method) => (touched.push(`${svc}.${String(method)}`), async () => assert.fail(`${svc} called`)) });
  const services = Object.fromEntries(['inventory', 'customers', 'salePreview', 'sales', 'products'].map((s) => [s, spy(s)]));
  const calls = [
    ['sales_record', { lines: [{ product: 'Tomates', quantity: 1.5 }] }, '1,5 « Tomates »', '1 ou 2'],
    [
      'sales_record',
      {
        lines: [
          { product: 'sucre', quantity: 2 },
          { product: 'Tomates', quantity: 0.5 },
        ],
      },
      '0,5 « Tomates »',
      'exemple 1.',
    ],
    ['inventory_adjust', { product: 'Bananes', quantity: 2.5 }, '2,5 « Bananes »', '2 ou 3'],
    ['inventory_adjust', { product: 'Bananes', productId: 'p-ban', quantity: -2.5 }, '2,5 « Bananes »', '2 ou 3'],
    ['products_add', { name: 'Cerises', price: 900, stock: 1.5 }, '1,5 « Cerises »', '1 ou 2'],
  ];
  for (const [name, args, said, examples] of calls) {
    const tool = getTool(name);
    // The tool's schema lets the fraction through (an LLM is told « whole units », never made to round it itself).
    assert.equal(tool.schema.safeParse(args).success, true, name);
    for (const step of ['propose', 'run']) {
      const r = await tool[step](ctx(services), args);
      assert.equal(r.success, false, `${name}.${step}`);
      assert.equal(r.error.code, 'FRACTIONAL_QUANTITY');
      // Asked back (no buttons, no red error): the owner says the whole count again.
      assert.deepEqual(r.error.choices, []);
      const fr = toPlain(r.error.message);
      assert.match(fr, /^Tajer compte en unités entières \(pièces, paquets, kilos… comme le produit est vendu/);
      assert.ok(fr.includes(said), `${name}: ${fr}`);
      assert.ok(fr.includes(examples), `${name}: ${fr}`);
      assert.match(fr, /je n'ai rien enregistré/);
      assert.match(toPlain(tool.summarize(r, 'en')), /Tajer counts whole units .* nothing was recorded\. Give a whole quantity/);
      assert.match(toPlain(tool.summarize(r, 'ar')), /تاجر يحسب بالوحدات الكاملة.*لم أسجل شيئا/);
    }
  }
  assert.deepEqual(touched, []);
  // A whole count still goes through as before.
  const whole = await getTool('inventory_adjust').propose(ctx({ inventory: inventory() }), { product: 'semoule', quantity: 3 });
  assert.equal(whole.success, true);
});
