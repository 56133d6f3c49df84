// Per-tool result schemas (issue 12): one valid result per tool parses, and each schema refuses the drifts a guessing
// reader used to accept (aliases, a product named the old ways, a figure as a string, a missing field).
// Run `npm run build -w @tajer/contract` first.
const test = require('node:test');
const assert = require('node:assert/strict');
const c = require('../dist');

const L = (fr, ar, en) => ({ fr, ar, en });
const names = (fr, ar = null, en = null) => ({ fr, ar, en });
const m = (value, changePct = null) => ({ value, changePct });
const SEMOULE = { id: 'p1', names: L('Semoule 10kg', 'سميد 10 كغ', 'Semolina 10kg'), unit: 'sac' };
const STOCK = { ...SEMOULE, sku: 'SIM', stock: 42, reorderThreshold: 20, lowStock: false };
const EXPENSE = {
  id: 'e1',
  amount: 4500,
  currency: 'DZD',
  category: 'électricité',
  categoryLabel: L('Électricité', 'الكهرباء', 'Electricity'),
  date: '2026-11-18',
  merchant: 'SONELGAZ',
  description: null,
  attachmentId: null,
};
const GROUP = { key: 'alger', label: L('Alger', 'الجزائر', 'Algiers'), customers: 10, customerShare: 50, revenue: 20000, revenueShare: 60 };
const POSITION = {
  product: { id: 'p1', names: L('Semoule 10kg', 'سميد 10 كغ', 'Semolina 10kg') },
  ourPrice: 1100,
  competitorAverage: 1080,
  priceIndex: 101.9,
};

/** A result each tool returns: the valid half of every schema's test. */
const VALID = {
  dashboard_stats: {
    period: 'month',
    currency: 'DZD',
    revenue: m(120000, 20),
    salesCount: m(300),
    averageBasket: m(400),
    grossMargin: m(29400),
    grossMarginRate: { value: 24.5 },
    expenses: m(18000),
    netResult: m(11400),
    stockValue: { value: 500000 },
    lowStockCount: { value: 3 },
    comparable: false,
  },
  dashboard_insights: {
    windowDays: 30,
    count: 1,
    insights: [{ id: 'i1', type: 'best_seller', severity: 'info', title: L('Semoule en tête', 'السميد في الصدارة', 'Semolina leads') }],
  },
  dashboard_alerts: {
    days: 7,
    counts: { critical: 1, warning: 0, info: 0, total: 1 },
    alerts: [{ type: 'stockout_soon', severity: 'critical', title: L('Rupture', 'نفاد', 'Stock-out') }],
  },
  market_trends: {
    period: 'month',
    currency: 'DZD',
    category: null,
    totals: { revenue: 100, previousRevenue: 80, changePct: 25 },
    categories: [{ category: 'epicerie', label: L('Épicerie', 'بقالة', 'Grocery'), revenue: 100, changePct: 25, sharePct: 100 }],
    seasonality: { peak: { label: L('Ramadan', 'رمضان', 'Ramadan'), index: 130 }, trough: null },
    topMovers: { growing: [{ product: SEMOULE, change: 20, changePct: 25 }], declining: [] },
  },
  market_competitors: {
    currency: 'DZD',
    query: 'semoule',
    products: [{ ...POSITION, position: 'aligned', competitors: [{ name: 'Épicerie Nour', location: null, price: 1080 }] }],
    withoutCompetitorPrices: [{ id: 'p2', names: names('Farine 1kg') }],
    cheaper: [],
    dearer: [POSITION],
    summary: { productsCompared: 1, cheaperCount: 0, dearerCount: 1, alignedCount: 0, averagePriceIndex: 101.9 },
  },
  market_report: {
    id: 'r1',
    title: 'Rapport',
    periodLabel: 'novembre 2026',
    language: 'fr',
    currency: 'DZD',
    pdfUrl: '/api/market/reports/r1/pdf',
    sections: ['Vue d’ensemble'],
    figures: { revenue: 1, revenueChangePct: null, grossMargin: null, netResult: null },
    recommendations: [],
  },
  inventory_search: { query: 'semoule', lowStockOnly: false, total: 1, lowStockCount: 0, items: [{ ...STOCK, score: 1 }] },
  inventory_adjust: {
    movementId: 'mv1',
    product: SEMOULE,
    quantity: 30,
    stockBefore: 42,
    stockAfter: 72,
    reason: 'Réception',
    lowStock: false,
    reorderThreshold: 20,
  },
  inventory_analyze_image: {
    attachmentId: 'a1',
    codes: [{ text: '6130000000001', format: 'ean_13' }],
    text: null,
    matches: [{ product: STOCK, matchedBy: 'barcode', evidence: '6130000000001', score: 1 }],
  },
  expenses_list: {
    currency: 'DZD',
    period: 'month',
    from: '2026-11-01',
    to: '2026-11-30',
    category: null,
    total: 4500,
    count: 1,
    changePct: null,
    previousTotal: null,
    byCategory: [{ category: 'électricité', label: EXPENSE.categoryLabel, amount: 4500, count: 1, share: 100 }],
    latest: [EXPENSE],
  },
  expenses_add: EXPENSE,
  expenses_scan_receipt: {
    attachmentId: 'a1',
    merchant: null,
    date: null,
    total: null,
    vat: null,
    currency: 'DZD',
    lines: [],
    suggestedCategory: { key: 'autre', label: L('Autre', 'أخرى', 'Other') },
    warnings: ['total_not_found'],
    alreadyUsedBy: null,
    saved: false,
  },
  marketing_generate_content: {
    id: 'c1',
    channel: 'sms',
    language: 'fr',
    topic: 'soldes',
    subject: null,
    text: 'Soldes !',
    products: [{ id: 'p1', name: 'Semoule 10kg', price: 1100 }],
    campaign: null,
    length: { characters: 8, sms: { units: 8, limit: 160, encoding: 'GSM-7' } },
  },
  marketing_audience_insights: {
    currency: 'DZD',
    windowDays: 90,
    totals: { customers: 20, buyers: 12, orders: 40, revenue: 30000, averageBasket: 750, identifiedRevenueShare: 40 },
    byWilaya: [GROUP],
    byAgeBand: [],
    byChannel: [],
    segments: [{ ...GROUP, averageDaysSinceLastPurchase: null }],
  },
  marketing_campaigns: {
    currency: 'DZD',
    status: null,
    totals: { campaigns: 1, active: 1, cost: 100, revenue: 300, conversions: 3, ctr: 2.5, roiPercent: 200, behindTarget: [] },
    campaigns: [
      {
        id: 'k1',
        name: 'Ramadan',
        channel: 'facebook',
        status: 'active',
        cost: 100,
        revenue: 300,
        impressions: 4000,
        clicks: 100,
        conversions: 3,
        ctr: 2.5,
        roiPercent: 200,
        pace: null,
      },
    ],
  },
  feedback_submit: { id: 'f1', category: 'bug', severity: 'minor', categoryInferred: true, notification: null },
  sales_record: {
    saleId: 's1',
    day: '2026-11-18',
    currency: 'DZD',
    paymentMethod: 'cash',
    total: 1100,
    lines: [{ product: SEMOULE, quantity: 1, unitPrice: 1100, total: 1100, stockBefore: 42, stockAfter: 41 }],
    customer: null,
    warnings: [],
  },
  sales_daily_total: {
    saleId: 's2',
    date: '2026-11-18',
    currency: 'DZD',
    declared: 25000,
    alreadyRecorded: 5000,
    addedWithoutDetail: 20000,
    replaced: false,
  },
  sales_list: {
    period: 'today',
    date: null,
    customer: { id: 'c1', name: 'Ahmed' },
    paymentMethod: null,
    currency: 'DZD',
    count: 1,
    totals: { revenue: 1100, salesCount: 1, refunds: 0, dailyTotals: 0, margin: 100, revenueWithoutMargin: 0 },
    items: [
      {
        id: 's1',
        kind: 'sale',
        soldAt: '2026-11-18T09:30:00.000Z',
        day: '2026-11-18',
        total: 1100,
        paymentMethod: 'credit',
        customer: 'Ahmed',
        lines: [{ product: SEMOULE, quantity: 1 }],
      },
    ],
  },
  products_add: {
    product: {
      id: 'p9',
      sku: 'CHIPS-30G',
      names: names('Chips Mahboul 30g'),
      unit: 'unité',
      price: 30,
      cost: null,
      stock: 0,
      category: 'epicerie',
    },
    currency: 'DZD',
  },
  customers_credit: {
    currency: 'DZD',
    customer: null,
    totalOwed: 4500,
    count: 1,
    customers: [{ id: 'c1', name: 'Ahmed', balance: 4500, daysOutstanding: 23, overLimit: false }],
  },
  customers_payment: {
    paymentId: 'pay1',
    customer: { id: 'c1', name: 'Ahmed' },
    amount: 1000,
    method: 'cash',
    balanceBefore: 4500,
    balanceAfter: 3500,
    currency: 'DZD',
  },
  customers_credit_add: { customer: { id: 'c1', name: 'Ahmed' }, amount: 500, balance: 5000, currency: 'DZD' },
};

/** Drifts a card must never render from: each schema refuses its own. */
const INVALID = {
  dashboard_stats: (r) => ({ ...r, revenue: undefined, totalRevenue: 120000 }),
  dashboard_insights: (r) => ({ ...r, insights: [{ type: 'x', severity: 'info', title: 'Semoule en tête' }] }),
  dashboard_alerts: (r) => ({ ...r, counts: { total: 1 } }),
  market_trends: (r) => ({
    ...r,
    topMovers: { growing: [{ product: { id: 'p1', name: L('Semoule', 'سميد', 'Semolina') }, change: 1, changePct: null }], declining: [] },
  }),
  market_competitors: (r) => ({ ...r, products: [{ ...r.products[0], ourPrice: '1100' }] }),
  market_report: (r) => ({ ...r, language: 'darija' }),
  inventory_search: (r) => ({ ...r, items: [{ id: 'p1', name: 'Semoule 10kg', quantity: 42 }] }),
  inventory_adjust: (r) => ({ ...r, product: { id: 'p1', name: 'Semoule 10kg', unit: 'sac' } }),
  inventory_analyze_image: (r) => ({ ...r, matches: [{ product: { id: 'p1' }, matchedBy: 'barcode', evidence: '', score: 1 }] }),
  expenses_list: (r) => ({ ...r, latest: [{ ...EXPENSE, date: '18/11/2026' }] }),
  expenses_add: (r) => ({ ...r, id: undefined }),
  expenses_scan_receipt: (r) => ({ ...r, saved: true }),
  marketing_generate_content: (r) => ({ ...r, text: undefined, content: 'Soldes !' }),
  marketing_audience_insights: (r) => ({ ...r, byWilaya: [{ ...GROUP, label: 'Alger' }] }),
  marketing_campaigns: (r) => ({ ...r, campaigns: [{ ...r.campaigns[0], ctr: '2.5%' }] }),
  feedback_submit: (r) => ({ ...r, categoryInferred: 'yes' }),
  sales_record: (r) => ({ ...r, lines: [{ ...r.lines[0], product: { id: 'p1', names: { ar: 'سميد' }, unit: 'sac' } }] }),
  sales_daily_total: (r) => ({ ...r, date: 'today' }),
  sales_list: (r) => ({ ...r, items: [{ ...r.items[0], lines: [{ names: L('Semoule', 'سميد', 'Semolina'), quantity: 1 }] }] }),
  products_add: (r) => ({ ...r, product: { ...r.product, names: undefined, name: 'Chips Mahboul 30g' } }),
  customers_credit: (r) => ({ ...r, totalOwed: null }),
  customers_payment: (r) => ({ ...r, balanceAfter: undefined }),
  customers_credit_add: (r) => ({ ...r, customer: 'Ahmed' }),
};

test('every tool has a valid example and a drift its schema refuses', () => {
  assert.deepEqual(Object.keys(VALID).sort(), Object.keys(c.TOOL_RESULTS).sort());
  assert.deepEqual(Object.keys(INVALID).sort(), Object.keys(c.TOOL_RESULTS).sort());
});

for (const [tool, schema] of Object.entries(c.TOOL_RESULTS)) {
  test(`${tool}: parses what the tool returns, refuses a drift`, () => {
    const ok = schema.safeParse(VALID[tool]);
    assert.ok(ok.success, ok.error?.message);
    assert.equal(schema.safeParse(INVALID[tool](VALID[tool])).success, false);
    assert.equal(schema.safeParse({}).success, false);
    assert.equal(schema.safeParse(null).success, false);
  });
}

test('dashboard_insights is the findings or the best sellers, told apart by their fields', () => {
  const best = {
    focus: 'best_sellers',
    period: 'month',
    currency: 'DZD',
    totals: { products: 1, quantity: 58, revenue: 72500 },
    byRevenue: [{ rank: 1, product: SEMOULE, quantity: 58, revenue: 72500, revenueShare: 11.3 }],
    byQuantity: [],
  };
  assert.equal(c.DashboardInsightsResult.parse(best).focus, 'best_sellers');
  assert.equal(c.DashboardInsightsResult.safeParse({ ...best, byRevenue: [{ ...best.byRevenue[0], rank: 0 }] }).success, false);
});

test('ProductRef: one shape — id and names (French required, Arabic and English when given)', () => {
  assert.ok(c.ProductRefSchema.safeParse({ id: 'p1', names: { fr: 'Semoule' } }).success);
  assert.ok(
    c.ProductRefSchema.safeParse({ id: 'p1', names: { fr: 'Semoule', ar: null, en: 'Semolina' }, unit: 'sac', sku: 'SIM' }).success,
  );
  for (const old of [
    { id: 'p1', name: 'Semoule' },
    { id: 'p1', name: L('Semoule', 'سميد', 'Semolina') },
    { id: 'p1', names: { en: 'Semolina' } },
    { names: { fr: 'Semoule' } },
  ]) {
    assert.equal(c.ProductRefSchema.safeParse(old).success, false, JSON.stringify(old));
  }
  assert.equal(c.productName({ names: { fr: 'Semoule', ar: null, en: 'Semolina' } }, 'ar'), 'Semoule');
  assert.equal(c.productName({ names: { fr: 'Semoule', ar: 'سميد', en: null } }, 'ar'), 'سميد');
});

test('parseToolResult: the parsed data (unknown keys dropped), or null — never a guess', () => {
  assert.deepEqual(
    c.parseToolResult('customers_credit_add', { ...VALID.customers_credit_add, truncated: true }),
    VALID.customers_credit_add,
  );
  assert.equal(c.parseToolResult('customers_credit_add', { truncated: true }), null);
  assert.equal(c.parseToolResult('some_plugin_tool', { anything: 1 }), null);
});
