// Answers written by the tools' summarize(), in the three languages, from result data shaped like the services'
// (run `npm run build -w tools` first). Each summary must state the real figures and read cleanly.
const test = require('node:test');
const assert = require('node:assert/strict');
const { getTool } = require('../dist');
const f = require('../dist/format');

const LANGS = ['fr', 'ar', 'en'];
const ARABIC = /[\u0600-\u06FF]/;

/** No leaked placeholders, and Arabic answers are in Arabic script (French/English ones are not). */
function assertClean(text, lang) {
  assert.equal(typeof text, 'string');
  assert.ok(text.length > 10, text);
  assert.doesNotMatch(text, /undefined|NaN|\[object|null\b/, text);
  if (lang === 'ar') assert.match(text, ARABIC, text);
  else assert.doesNotMatch(text, ARABIC, text);
}

/**
 * The formatter separates thousands and units with (narrow) no-break spaces and isolates Arabic figures (bidi); the
 * assertions are written as a reader sees the text: plain spaces, no direction controls.
 */
const { toPlain: plain } = require('@tajer/contract');

const { TOOL_RESULTS } = require('@tajer/contract');

/** Every fixture is a result the tool could return: it parses with the tool's schema from the contract. */
function summaries(tool, data) {
  const parsed = TOOL_RESULTS[tool].safeParse(data);
  assert.ok(parsed.success, `${tool} fixture does not match its result schema: ${parsed.error?.message}`);
  return Object.fromEntries(LANGS.map((l) => [l, plain(getTool(tool).summarize({ success: true, data }, l))]));
}

const SEMOULE = {
  id: 'p1',
  names: { fr: 'Semoule 10kg (SIM, moyenne)', ar: 'سميد 10 كغ (سيم، متوسط)', en: 'Semolina 10kg (SIM, medium)' },
  unit: 'sac',
  stock: 42,
  reorderThreshold: 20,
  lowStock: false,
};
const HUILE = {
  id: 'p2',
  names: { fr: 'Huile de table Elio 5L', ar: 'زيت المائدة إيليو 5 لتر', en: 'Elio cooking oil 5L' },
  unit: 'bouteille',
  stock: 4,
  reorderThreshold: 12,
  lowStock: true,
};
const LEVURE = {
  id: 'p3',
  names: { fr: 'Levure chimique (10 sachets)', ar: 'خميرة كيميائية (10 أكياس)', en: 'Baking powder (10 sachets)' },
  unit: 'paquet',
  stock: 0,
  reorderThreshold: 10,
  lowStock: true,
};

test('format: Algerian money, signed percentages, dates and counted units per language', () => {
  assert.equal(plain(f.formatMoney(1520, 'fr')), '1 520 DA');
  assert.equal(plain(f.formatMoney(1520, 'ar')), '1.520 دج');
  assert.equal(plain(f.formatMoney(1520, 'en')), 'DZD 1,520');
  assert.equal(plain(f.formatMoney(1520.5, 'fr', { currency: 'DZD', exact: true })), '1 520,50 DA');
  assert.equal(plain(f.formatMoney(1520.5, 'fr')), '1 521 DA', 'aggregates are whole dinars');
  assert.equal(f.formatPercent(4.56, 'en', { signed: true }), '+4.6%');
  assert.equal(plain(f.formatPercent(-3.2, 'fr', { signed: true })), '-3,2 %');
  assert.equal(f.formatDate('2026-01-05', 'fr'), '5 janvier 2026');
  assert.equal(f.formatDate('2026-01-05', 'ar'), '5 جانفي 2026');
  assert.equal(f.formatQuantity(42, 'sac', 'fr'), '42 sacs');
  assert.equal(f.formatQuantity(1, 'sac', 'en'), '1 bag');
  assert.equal(f.formatQuantity(5, 'sac', 'ar'), '5 أكياس');
  assert.equal(f.formatQuantity(42, 'sac', 'ar'), '42 كيس');
  assert.equal(f.joinList(['a', 'b', 'c'], 'fr'), 'a, b et c');
  assert.doesNotMatch(f.formatNumber(-1520, 'ar'), /[\u200e\u200f]/, 'no direction marks');
});

test('inventory_search: one product, a list, low stock, and nothing found', () => {
  const one = summaries('inventory_search', { query: 'semoule', lowStockOnly: false, total: 1, lowStockCount: 0, items: [SEMOULE] });
  assert.match(one.fr, /Il vous reste \*\*42 sacs\*\* de Semoule 10kg .*seuil de réapprovisionnement : 20/);
  assert.match(one.ar, /بقي لديك \*\*42 كيس\*\* من سميد 10 كغ/);
  assert.match(one.en, /You have \*\*42 bags\*\* of Semolina 10kg/);
  for (const l of LANGS) assertClean(one[l], l);

  const oil = summaries('inventory_search', { query: 'huile', lowStockOnly: false, total: 1, lowStockCount: 1, items: [HUILE] });
  assert.match(oil.fr, /d'Huile de table Elio 5L.*⚠️/);

  const out = summaries('inventory_search', { query: 'levure', lowStockOnly: false, total: 1, lowStockCount: 1, items: [LEVURE] });
  assert.match(out.fr, /rupture de stock/);
  assert.match(out.en, /out of stock/);

  const low = summaries('inventory_search', { query: null, lowStockOnly: true, total: 7, lowStockCount: 7, items: [LEVURE, HUILE] });
  assert.match(low.fr, /^7 produits sont au seuil/);
  assert.match(low.fr, /- Huile de table Elio 5L : \*\*4 bouteilles\*\* ⚠️/);
  assert.match(low.fr, /…et 5 autres\./);
  assert.match(low.ar, /4 قارورات/);
  for (const l of LANGS) assertClean(low[l], l);

  // A product nobody gave a threshold (0, a new shop's import): no « seuil : 0 » note.
  const fresh = { ...SEMOULE, stock: 20, reorderThreshold: 0, lowStock: false };
  const noThreshold = summaries('inventory_search', { query: 'semoule', lowStockOnly: false, total: 1, lowStockCount: 0, items: [fresh] });
  assert.match(noThreshold.fr, /^Il vous reste \*\*20 sacs\*\* de Semoule 10kg \(SIM, moyenne\)\.$/);
  assert.match(noThreshold.en, /^You have \*\*20 bags\*\* of Semolina 10kg \(SIM, medium\) left\.$/);
  for (const l of LANGS) (assert.doesNotMatch(noThreshold[l], /: ?0|seuil|threshold|حد/), assertClean(noThreshold[l], l));
  const freshOut = summaries('inventory_search', {
    query: 'semoule',
    lowStockOnly: false,
    total: 1,
    lowStockCount: 1,
    items: [{ ...fresh, stock: 0, lowStock: true }],
  });
  assert.match(freshOut.fr, /^\*\*Semoule 10kg \(SIM, moyenne\)\*\* est en rupture de stock\. Pensez à recommander\.$/);

  const many = summaries('inventory_search', { query: 'lait', lowStockOnly: false, total: 2, lowStockCount: 1, items: [SEMOULE, HUILE] });
  assert.match(many.en, /I found 2 products for “lait”:/);

  const none = summaries('inventory_search', { query: 'caviar', lowStockOnly: false, total: 0, lowStockCount: 0, items: [] });
  assert.match(none.fr, /aucun produit correspondant à « caviar »/);
  const allGood = summaries('inventory_search', { query: null, lowStockOnly: true, total: 0, lowStockCount: 0, items: [] });
  assert.match(allGood.en, /Good news/);
  for (const l of LANGS) (assertClean(none[l], l), assertClean(allGood[l], l));
});

test('inventory_adjust: the applied change, and failures explained in the user language', () => {
  const data = {
    movementId: 'm1',
    product: { id: 'p1', names: SEMOULE.names, unit: 'sac' },
    quantity: 30,
    stockBefore: 42,
    stockAfter: 72,
    reason: 'Réception',
    lowStock: false,
    reorderThreshold: 20,
  };
  const s = summaries('inventory_adjust', data);
  assert.match(s.fr, /le stock de Semoule 10kg \(SIM, moyenne\) passe de 42 à \*\*72 sacs\*\* \(\+30\)/);
  assert.match(s.ar, /من 42 إلى \*\*72 كيس\*\* \(\+30\)/);
  assert.match(s.en, /went from 42 to \*\*72 bags\*\* \(\+30\)/);
  for (const l of LANGS) assertClean(s[l], l);

  const backendError = { success: false, error: { code: 'TOOL_ERROR', message: 'database unreachable' } };
  for (const l of LANGS) assert.match(getTool('inventory_adjust').summarize(backendError, l), /database unreachable/);
  const notFound = { success: false, error: { code: 'NOT_FOUND', message: 'Product not found' } };
  assert.equal(getTool('inventory_adjust').summarize(notFound, 'fr'), "Je n'ai pas trouvé ce que vous demandez.");
});

test('dashboard_stats: figures with signed changes, or no comparison when the history is short', () => {
  const m = (value, changePct) => ({ value, changePct });
  const data = {
    period: 'month',
    currency: 'DZD',
    revenue: m(1234567.8, 12.3),
    salesCount: m(1234, -3.1),
    averageBasket: m(1000.4, 2),
    grossMargin: m(234000, 5),
    grossMarginRate: { value: 18.9 },
    expenses: m(120000, null),
    netResult: m(114000, -2),
    stockValue: { value: 1500000 },
    lowStockCount: { value: 8 },
    comparable: true,
  };
  const s = summaries('dashboard_stats', data);
  assert.match(s.fr, /Chiffre d'affaires : \*\*1 234 568 DA\*\* \(\+12 %\)/);
  assert.match(s.fr, /Ventes : 1 234 \(-3,1 %\)/);
  assert.match(s.ar, /رقم الأعمال: \*\*1\.234\.568 دج\*\* \(\+12%\)/);
  assert.match(s.en, /Revenue: \*\*DZD 1,234,568\*\* \(\+12%\)/);
  assert.match(s.en, /8 products to reorder/);
  for (const l of LANGS) assertClean(s[l], l);
  const fresh = summaries('dashboard_stats', { ...data, comparable: false });
  assert.doesNotMatch(fresh.en, /\+12%/);
  assert.match(fresh.en, /no sales in the previous period/);
});

test('dashboard_stats: no known purchase cost → the margin and the net result are unknown, never 0 or a loss', () => {
  const m = (value, changePct) => ({ value, changePct });
  const base = {
    period: 'today',
    currency: 'DZD',
    revenue: m(390, null),
    salesCount: m(1, null),
    averageBasket: m(390, null),
    grossMargin: m(0, null),
    grossMarginRate: { value: 0 },
    expenses: m(2500, null),
    netResult: m(-2500, null),
    stockValue: { value: 0 },
    lowStockCount: { value: 0 },
    comparable: false,
  };
  // A new shop sold a product added without its cost: « Marge brute : 0 DA, soit 0 % » and a net loss of the expenses.
  const unknown = summaries('dashboard_stats', { ...base, revenueWithoutMargin: { value: 390 } });
  assert.match(unknown.fr, /Marge brute : inconnue — aucun coût d'achat n'est connu pour ces ventes/);
  assert.match(unknown.fr, /Résultat net : inconnu tant que la marge l’est/);
  assert.doesNotMatch(unknown.fr, /-2 500|0 %/);
  assert.match(unknown.ar, /الهامش الإجمالي: غير معروف/);
  assert.match(unknown.en, /Gross margin: unknown/);
  assert.match(unknown.en, /Net result: unknown while the margin is/);
  // Its product in stock has no cost either: the stock's value is unknown, not « 0 DA au prix d'achat ».
  const noStockCost = summaries('dashboard_stats', { ...base, stockValue: { value: 0, uncostedProducts: 1 } });
  assert.match(noStockCost.fr, /Stock : valeur inconnue \(1 produit en stock sans coût d'achat\), 0 produit à réapprovisionner/);
  assert.match(noStockCost.en, /Stock: value unknown \(1 product in stock without a purchase cost\)/);
  assert.match(noStockCost.ar, /المخزون: قيمة غير معروفة/);
  const someStockCost = summaries('dashboard_stats', { ...base, stockValue: { value: 12000, uncostedProducts: 3 } });
  assert.match(someStockCost.fr, /Stock : 12 000 DA au prix d'achat \(sans 3 produits au coût inconnu\)/);
  for (const l of LANGS) assertClean(unknown[l], l);
  // Part of the revenue without a cost (declared takings): the rate is of the costed sales, and the net says what it lacks.
  const part = summaries('dashboard_stats', {
    ...base,
    revenue: m(10390, null),
    grossMargin: m(2500, null),
    grossMarginRate: { value: 24.1 },
    netResult: m(0, null),
    revenueWithoutMargin: { value: 10000 },
  });
  assert.match(
    part.fr,
    /Marge brute : 2 500 DA, soit 24 % des ventes au coût connu \(10 000 DA de ventes sans coût connu n'y comptent pas\)/,
  );
  assert.match(part.en, /Net result: \*\*DZD 0\*\* \(without the margin of the sales of unknown cost\)/);
  for (const l of LANGS) assertClean(part[l], l);
  // A shop that only declares its day's takings: revenue without tickets — « Aucune vente enregistrée » and a net
  // result of minus the expenses (-2 500 DA) were wrong.
  const takingsOnly = summaries('dashboard_stats', {
    ...base,
    revenue: m(41200, null),
    salesCount: m(0, null),
    averageBasket: m(0, null),
    netResult: m(-2500, null),
    revenueWithoutMargin: { value: 41200 },
  });
  assert.match(takingsOnly.fr, /Chiffre d'affaires : \*\*41 200 DA\*\*/);
  assert.doesNotMatch(takingsOnly.fr, /Aucune vente|-2 500/);
  assert.match(takingsOnly.fr, /Marge brute : inconnue/);
  assert.match(takingsOnly.fr, /Résultat net : inconnu/);
  for (const l of LANGS) assertClean(takingsOnly[l], l);
  // Everything costed: as before.
  const all = summaries('dashboard_stats', {
    ...base,
    revenueWithoutMargin: { value: 0 },
    grossMargin: m(100, null),
    grossMarginRate: { value: 25.6 },
  });
  assert.match(all.fr, /soit 26 % du chiffre d'affaires/);
});

test('two « dépenses »: the dashboard names its operating figure, the expense list gives both, so they never seem to clash', () => {
  const m = (value, changePct) => ({ value, changePct });
  const stats = summaries('dashboard_stats', {
    period: 'month',
    currency: 'DZD',
    revenue: m(890510, -5.2),
    salesCount: m(1541, -3.9),
    averageBasket: m(577.88, -1.3),
    grossMargin: m(150960.5, -4.6),
    grossMarginRate: { value: 17 },
    expenses: m(185862, 112.4),
    stockPurchases: m(806976.5, 10.2),
    netResult: m(-34901.5, -149.3),
    stockValue: { value: 329084 },
    lowStockCount: { value: 6 },
    comparable: true,
  });
  assert.match(stats.fr, /Dépenses de fonctionnement : 185 862 DA \(\+112 %\), hors achats de marchandises \(806 977 DA\)/);
  assert.match(stats.ar, /مصاريف التشغيل: 185\.862 دج \(\+112%\)، دون شراء السلع \(806\.977 دج\)/);
  assert.match(stats.en, /Operating expenses: DZD 185,862 \(\+112%\), excluding goods purchases \(DZD 806,977\)/);
  const list = summaries('expenses_list', {
    currency: 'DZD',
    period: 'month',
    from: '2026-11-01',
    to: '2026-11-18',
    category: null,
    total: 992838.5,
    goodsPurchases: 806976.5,
    operating: 185862,
    count: 44,
    changePct: 21.1,
    previousTotal: 819786.5,
    byCategory: [],
    latest: [],
  });
  assert.match(
    list.fr,
    /Dont 806 977 DA d'achats de marchandises et 185 862 DA de dépenses de fonctionnement \(le chiffre du tableau de bord, hors marchandises\)\./,
  );
  assert.match(list.ar, /منها 806\.977 دج لشراء السلع و185\.862 دج مصاريف التشغيل/);
  assert.match(list.en, /Of which DZD 806,977 of goods purchases and DZD 185,862 of operating expenses/);
  for (const l of LANGS) (assertClean(stats[l], l), assertClean(list[l], l));
});

test('dashboard insights and alerts: titles in the asked language, most severe first, and the empty case', () => {
  const alerts = summaries('dashboard_alerts', {
    days: 7,
    counts: { critical: 1, warning: 2, info: 0, total: 3 },
    alerts: [
      {
        type: 'out_of_stock',
        severity: 'critical',
        title: { fr: 'Rupture de stock : Levure', ar: 'نفاد المخزون: خميرة', en: 'Out of stock: Baking powder' },
      },
    ],
  });
  assert.match(alerts.fr, /^3 alertes \(1 critique et 2 à surveiller\)/);
  assert.match(alerts.ar, /🔴 نفاد المخزون: خميرة/);
  assert.match(alerts.en, /…and 2 more\./);
  for (const l of LANGS) assertClean(alerts[l], l);
  const none = summaries('dashboard_alerts', { days: 7, counts: { critical: 0, warning: 0, info: 0, total: 0 }, alerts: [] });
  assert.match(none.fr, /^Aucune alerte/);
  const insights = summaries('dashboard_insights', { windowDays: 30, count: 0, insights: [] });
  assert.match(insights.en, /Nothing notable over the last 30 days/);
  for (const l of LANGS) assertClean(insights[l], l);
});

test("one product's sales carry its own margin: on the lines with a known cost, per unit at today's price, or why not", () => {
  const ref = { id: 'p1', sku: 'EPI-001', names: SEMOULE.names, unit: 'sac' };
  const line = { rank: 1, product: ref, quantity: 8, revenue: 10000, revenueShare: 4.6 };
  const base = { focus: 'best_sellers', period: 'month', currency: 'DZD', totals: { products: 64, quantity: 900, revenue: 219295 } };
  const sold = summaries('dashboard_insights', {
    ...base,
    byRevenue: [line],
    byQuantity: [line],
    product: ref,
    productMargin: { margin: 1600, costedRevenue: 10000, price: 1250, cost: 1050 },
  });
  assert.match(sold.fr, /vendu \*\*8 sacs\*\* de \*\*Semoule 10kg \(SIM, moyenne\)\*\* pour \*\*10 000 DA\*\*/);
  assert.match(
    sold.fr,
    /Marge brute : \*\*1 600 DA\*\* \(16 ?% de ces ventes\)\. Au prix actuel \(1 250 DA, coût d'achat 1 050 DA\), la marge est de \*\*200 DA\*\* par sac \(16 ?%\)/,
  );
  assert.match(
    sold.en,
    /Gross margin: \*\*DZD 1,600\*\* \(16% of those sales\)\. At today's price \(DZD 1,250, purchase cost DZD 1,050\), the margin is \*\*DZD 200\*\* per bag/,
  );
  assert.match(sold.ar, /الهامش الإجمالي: \*\*1\.600 دج\*\*/);
  for (const l of LANGS) assertClean(sold[l], l);
  // Part of the period was sold before the cost was entered: the margin says which sales it is measured on.
  const partly = summaries('dashboard_insights', {
    ...base,
    byRevenue: [line],
    byQuantity: [line],
    product: ref,
    productMargin: { margin: 800, costedRevenue: 5000, price: 1250, cost: 1050 },
  });
  assert.match(partly.fr, /Marge brute : \*\*800 DA\*\* sur les 5 000 DA de ventes dont le coût d'achat est connu \(16 ?%\)/);
  // Not sold this period: the margin at today's price still answers « ma marge sur la semoule ».
  const unsold = summaries('dashboard_insights', {
    ...base,
    byRevenue: [],
    byQuantity: [],
    product: ref,
    productMargin: { margin: 0, costedRevenue: 0, price: 1250, cost: 1050 },
  });
  assert.match(
    unsold.en,
    /no sale of \*\*Semolina 10kg \(SIM, medium\)\*\* is recorded\. At today's price .*\*\*DZD 200\*\* per bag \(16%\)/,
  );
  assert.doesNotMatch(unsold.en, /Gross margin/);
  // Per-unit figures keep their centimes, so they add up as the owner reads them.
  const baguette = summaries('dashboard_insights', {
    ...base,
    byRevenue: [],
    byQuantity: [],
    product: { ...ref, unit: 'pièce' },
    productMargin: { margin: 0, costedRevenue: 0, price: 15, cost: 12.5 },
  });
  assert.match(baguette.fr, /\(15 DA, coût d'achat 12,50 DA\), la marge est de \*\*2,50 DA\*\* par pièce \(17 ?%\)/);
  // No cost on file: says so and what to do, never a margin of 100 %.
  const uncosted = summaries('dashboard_insights', {
    ...base,
    byRevenue: [line],
    byQuantity: [line],
    product: ref,
    productMargin: { margin: 0, costedRevenue: 0, price: 1250, cost: null },
  });
  assert.match(uncosted.fr, /Son coût d'achat n'est pas renseigné : je ne peux pas calculer sa marge/);
  assert.match(uncosted.ar, /تكلفة شرائه غير مسجلة/);
  assert.doesNotMatch(uncosted.fr, /Marge brute|100/);
  for (const l of LANGS) assertClean(uncosted[l], l);
});

test('the least sold: one line per product in stock, fewest first, and the products too new to rank', () => {
  const finding = (fr, ar, en, severity = 'warning') => ({ type: 'slow_seller', severity, title: { fr, ar, en } });
  const slow = summaries('dashboard_insights', {
    focus: 'slow_sellers',
    windowDays: 30,
    count: 2,
    recent: 3,
    insights: [
      finding('Café : aucune vente en 30 jours — 10 paquets en stock', 'قهوة: لا مبيعات خلال 30 يوما', 'Coffee: no sale in 30 days'),
      finding('Lait : 3 bouteilles en 30 jours', 'حليب: بيع 3 قارورات خلال 30 يوما', 'Milk: 3 bottles sold in 30 days', 'info'),
    ],
  });
  assert.match(slow.fr, /^Vos produits en stock qui se vendent le moins sur les 30 derniers jours :\n- 🟠 Café : aucune vente/);
  assert.match(slow.fr, /\(3 produits ajoutés depuis moins de 30 jours ne sont pas classés : trop récents pour juger\.\)$/);
  assert.match(slow.en, /- 🔵 Milk: 3 bottles sold in 30 days\n\(3 products added less than 30 days ago are not ranked/);
  assert.match(slow.ar, /منتجاتك في المخزون الأقل مبيعا خلال آخر 30 يوما/);
  for (const l of LANGS) assertClean(slow[l], l);
  const one = summaries('dashboard_insights', { focus: 'slow_sellers', windowDays: 30, count: 0, recent: 1, insights: [] });
  assert.match(
    one.fr,
    /^Aucun produit en stock à classer sur les 30 derniers jours\. \(Un produit ajouté depuis moins de 30 jours n'est pas classé : trop récent pour juger\.\)$/,
  );
  for (const l of LANGS) assertClean(one[l], l);
});

test('the credit book runs oldest first and names the largest balance of all, « qui me doit le plus ? »', () => {
  const row = (id, name, balance, daysOutstanding) => ({ id, name, balance, daysOutstanding, overLimit: false });
  const book = summaries('customers_credit', {
    currency: 'DZD',
    customer: null,
    totalOwed: 9800,
    count: 3,
    customers: [row('c1', 'Riad Mebarki', 1200, 64), row('c2', 'Ilyes Khelifi', 500, 52)],
    // Not among the rows shown: the largest is computed over everyone who owes.
    largest: row('c3', 'Nadia Saidi', 8100, 3),
  });
  assert.match(book.fr, /^3 clients vous doivent \*\*9 800 DA\*\* au total, le plus ancien crédit d'abord :/);
  assert.match(book.fr, /Le plus gros montant : Nadia Saidi \(\*\*8 100 DA\*\*\)\.$/);
  assert.match(book.en, /Largest balance: Nadia Saidi \(\*\*DZD 8,100\*\*\)\.$/);
  assert.match(book.ar, /أكبر مبلغ: Nadia Saidi/);
  // Arabic counts take the noun's form of their number: 3 زبائن, 64 يوما, 3 أيام, يوم واحد.
  assert.match(plain(book.ar), /^3 زبائن مدينون لك/);
  assert.match(plain(book.ar), /\(منذ 64 يوما\)/);
  const days = (n) =>
    plain(
      summaries('customers_credit', { currency: 'DZD', customer: null, totalOwed: 10, count: 1, customers: [row('c1', 'Riad', 10, n)] }).ar,
    );
  assert.match(days(3), /^زبون واحد مدين لك[\s\S]*\(منذ 3 أيام\)/);
  assert.match(days(1), /\(منذ يوم واحد\)/);
  assert.match(days(2), /\(منذ يومين\)/);
  assert.match(days(100), /\(منذ 100 يوم\)/);
  for (const l of LANGS) assertClean(book[l], l);
  const one = summaries('customers_credit', {
    currency: 'DZD',
    customer: null,
    totalOwed: 1200,
    count: 1,
    customers: [row('c1', 'Riad', 1200, 4)],
  });
  assert.doesNotMatch(one.fr, /Le plus gros montant/);

  // « Combien me doit Riad ? » with several Riads: those who owe, and how many owe nothing.
  const namesakes = (customers, namesakes) =>
    summaries('customers_credit', {
      currency: 'DZD',
      customer: null,
      totalOwed: customers.reduce((s, c) => s + c.balance, 0),
      count: customers.length,
      customers,
      matching: { name: 'Riad', namesakes },
    });
  const two = namesakes([row('c1', 'Riad Mebarki', 1200, 64), row('c2', 'Riad Kaci', 300, 5)], 5);
  assert.match(two.fr, /^Vous avez 5 clients nommés « Riad »\. 2 vous doivent \*\*1 500 DA\*\* au total :/);
  assert.match(two.fr, /Riad Kaci : \*\*300 DA\*\* \(depuis 5 j\)\nLes 3 autres ne vous doivent rien\.$/);
  assert.match(two.en, /^You have 5 customers named “Riad”\. 2 of them owe you \*\*DZD 1,500\*\* in total:/);
  assert.match(two.ar, /^لديك 5 زبائن اسمهم/);
  const single = namesakes([row('c1', 'Riad Mebarki', 1200, 64)], 2);
  assert.match(
    single.fr,
    /Un seul vous doit quelque chose :\n- Riad Mebarki : \*\*1 200 DA\*\* \(depuis 64 j\)\nL'autre ne vous doit rien\.$/,
  );
  assert.match(single.en, /Only one owes you anything:[\s\S]*The other one owes you nothing\.$/);
  // A credit opened today is « depuis aujourd'hui », not « depuis 0 j ».
  assert.match(
    namesakes([row('c1', 'Riad Kaci', 300, 0), row('c2', 'Riad Hamdi', 50, 2)], 2).fr,
    /Riad Kaci : \*\*300 DA\*\* \(depuis aujourd'hui\)/,
  );
  const none = namesakes([], 3);
  assert.equal(none.fr, "Aucun de vos 3 clients nommés « Riad » ne vous doit d'argent.");
  assert.equal(none.en, 'None of your 3 customers named “Riad” owes you anything.');
});

test('dashboard_insights busy_times: the days and hours, or why there is nothing to read yet', () => {
  const title = (fr) => ({ fr, ar: fr, en: fr });
  const busy = summaries('dashboard_insights', {
    focus: 'busy_times',
    windowDays: 56,
    count: 2,
    insights: [
      { type: 'best_day', severity: 'info', title: title('Meilleur jour : le jeudi') },
      { type: 'peak_hours', severity: 'info', title: title('Heures de pointe : de 17 h à 19 h') },
    ],
  });
  assert.match(busy.fr, /^Sur les 8 dernières semaines complètes :\n- .+Meilleur jour : le jeudi\n- .+Heures de pointe/);
  assert.match(busy.en, /^Over the last 8 whole weeks:/);
  const none = summaries('dashboard_insights', { focus: 'busy_times', windowDays: 56, count: 0, insights: [], hasSales: false });
  assert.match(none.fr, /^Pas de ventes sur les 8 dernières semaines/);
  assert.match(none.ar, /^لا توجد مبيعات خلال آخر 8 أسابيع/);
});

test('expenses: list totals with the change, the saved expense, and a receipt draft', () => {
  const label = { fr: 'Électricité', ar: 'الكهرباء', en: 'Electricity' };
  const list = summaries('expenses_list', {
    currency: 'DZD',
    period: 'month',
    from: '2026-03-01',
    to: '2026-03-14',
    category: null,
    total: 45200,
    count: 12,
    changePct: 8.5,
    previousTotal: 41650,
    byCategory: [
      { category: 'électricité', label, amount: 4500, count: 1, share: 10 },
      { category: 'loyer', label: { fr: 'Loyer', ar: 'الكراء', en: 'Rent' }, amount: 25000, count: 1, share: 55.3 },
    ],
    latest: [
      {
        id: 'e1',
        amount: 4500,
        currency: 'DZD',
        category: 'électricité',
        categoryLabel: label,
        date: '2026-03-14',
        merchant: 'Sonelgaz',
        description: null,
        attachmentId: null,
      },
    ],
  });
  assert.match(list.fr, /vous avez dépensé \*\*45 200 DA\*\* \(12 dépenses, \+8,5 % par rapport aux mêmes jours du mois dernier\)\./);
  assert.match(list.ar, /45\.200 دج/);
  assert.match(list.en, /Sonelgaz — 14 March 2026/);
  for (const l of LANGS) assertClean(list[l], l);
  const empty = summaries('expenses_list', {
    currency: 'DZD',
    period: 'week',
    from: 'x',
    to: 'y',
    category: { key: 'carburant', label: { fr: 'Carburant', ar: 'الوقود', en: 'Fuel' } },
    total: 0,
    count: 0,
    changePct: null,
    previousTotal: 0,
    byCategory: [],
    latest: [],
  });
  assert.match(empty.fr, /Cette semaine, aucune dépense « Carburant »/);

  const added = summaries('expenses_add', {
    id: 'e2',
    amount: 1520.5,
    currency: 'DZD',
    category: 'électricité',
    categoryLabel: label,
    date: '2026-03-14',
    merchant: 'Sonelgaz',
    description: null,
    attachmentId: 'a1',
  });
  assert.match(added.fr, /dépense de \*\*1 520,50 DA\*\* \(Électricité, Sonelgaz\) du 14 mars 2026\. 📎/);
  for (const l of LANGS) assertClean(added[l], l);

  const scan = summaries('expenses_scan_receipt', {
    attachmentId: 'a1',
    merchant: 'SUPERETTE EL BARAKA',
    date: '2026-03-14',
    total: 1520,
    vat: 242.69,
    currency: 'DZD',
    lines: [{ description: 'Huile', quantity: 1, amount: 1520 }],
    suggestedCategory: { key: 'marchandises', label: { fr: 'Achats de marchandises', ar: 'شراء السلع', en: 'Goods purchases' } },
    warnings: [],
    alreadyUsedBy: null,
    saved: false,
  });
  assert.match(scan.fr, /total 1 520 DA \(dont TVA 242,69 DA\), 1 article\. Catégorie proposée : Achats de marchandises\./);
  assert.doesNotMatch(scan.fr, /\*\*/, 'no markdown: it is quoted inside the approval question');
  const unreadable = summaries('expenses_scan_receipt', {
    attachmentId: 'a1',
    merchant: null,
    date: null,
    total: null,
    vat: null,
    currency: 'DZD',
    lines: [],
    suggestedCategory: { key: 'autre', label: { fr: 'Autre', ar: 'أخرى', en: 'Other' } },
    warnings: ['total_not_found'],
    alreadyUsedBy: null,
    saved: false,
  });
  assert.match(unreadable.en, /couldn't find the total/);
  for (const l of LANGS) (assertClean(scan[l], l), assertClean(unreadable[l], l));
});

test('market: trends with rising and falling categories, competitor prices, and a report link', () => {
  const L = (fr, ar, en) => ({ fr, ar, en });
  const trends = summaries('market_trends', {
    period: 'quarter',
    currency: 'DZD',
    category: null,
    totals: { revenue: 900000, previousRevenue: 800000, changePct: 12.5 },
    categories: [
      { category: 'boissons', label: L('Boissons', 'مشروبات', 'Beverages'), revenue: 300000, changePct: 25, sharePct: 33 },
      { category: 'hygiène', label: L('Hygiène', 'نظافة شخصية', 'Personal care'), revenue: 50000, changePct: -8, sharePct: 5 },
    ],
    seasonality: { peak: { label: L('mars', 'مارس', 'March'), index: 140 }, trough: { label: L('août', 'أوت', 'August'), index: 70 } },
    topMovers: {
      growing: [{ product: { id: 'p', names: L('Eau Ifri', 'مياه إفري', 'Ifri water') }, change: 12000, changePct: 20 }],
      declining: [],
    },
  });
  assert.match(trends.fr, /Catégories en hausse : Boissons \(\+25 %\)/);
  assert.match(trends.en, /Categories falling: Personal care \(-8\.0%\)|Categories falling: Personal care \(-8%\)/);
  assert.match(trends.ar, /مياه إفري \(\+12\.000 دج\)/);
  for (const l of LANGS) assertClean(trends[l], l);

  const one = summaries('market_competitors', {
    currency: 'DZD',
    query: 'huile',
    withoutCompetitorPrices: [],
    cheaper: [],
    dearer: [],
    products: [
      {
        product: { id: 'p2', names: L('Huile Elio 5L', 'زيت إيليو 5 لتر', 'Elio oil 5L') },
        ourPrice: 650,
        competitorAverage: 640,
        priceIndex: 101.6,
        position: 'aligned',
        competitors: [{ name: 'Superette Ennour', location: 'Kouba', price: 620 }],
      },
    ],
    summary: { productsCompared: 1, cheaperCount: 0, dearerCount: 0, alignedCount: 1, averagePriceIndex: 101.6 },
  });
  assert.match(one.fr, /votre prix \*\*650 DA\*\*, moyenne des concurrents 640 DA \(indice 101,6/);
  assert.match(one.fr, /- Superette Ennour \(Kouba\) : 620 DA/);
  for (const l of LANGS) assertClean(one[l], l);

  const report = summaries('market_report', {
    id: 'r1',
    title: 'Rapport de marché',
    periodLabel: 'Ce trimestre',
    language: 'fr',
    currency: 'DZD',
    pdfUrl: '/api/market/reports/r1.pdf',
    sections: ['a', 'b'],
    figures: { revenue: 900000, revenueChangePct: 12.5, grossMargin: 150000, netResult: 90000 },
    recommendations: ['Baisser le prix du café'],
  });
  assert.match(report.en, /\(\/api\/market\/reports\/r1\.pdf\)/);
  assert.match(report.fr, /- Baisser le prix du café/);
});

test('marketing: the generated text quoted, audience segments, campaigns, feedback thanks', () => {
  const content = summaries('marketing_generate_content', {
    id: 'c1',
    channel: 'sms',
    language: 'fr',
    topic: 'soldes',
    subject: null,
    text: 'Soldes chez El Baraka : Sucre 95 DA !',
    products: [{ id: 'p', name: 'Sucre blanc 1kg', price: 95 }],
    campaign: null,
    length: { characters: 38, sms: { units: 38, limit: 160, encoding: 'GSM-7' } },
  });
  assert.match(content.fr, /Voici votre SMS pour « soldes » :\n\n> Soldes chez El Baraka : Sucre 95 DA !/);
  assert.match(content.fr, /\(1 SMS : 38 caractères sur 160\)/);
  for (const l of LANGS) assertClean(content[l], l === 'ar' ? 'ar' : l);

  const g = (key, fr, share) => ({
    key,
    label: { fr, ar: fr === 'Alger' ? 'الجزائر' : 'فئة', en: fr },
    customers: 100,
    customerShare: share,
    revenue: 1000,
    revenueShare: share,
  });
  const audience = summaries('marketing_audience_insights', {
    currency: 'DZD',
    windowDays: 365,
    totals: { customers: 500, buyers: 420, orders: 3000, revenue: 2500000, averageBasket: 833, identifiedRevenueShare: 40 },
    byWilaya: [g('alger', 'Alger', 60)],
    byAgeBand: [g('25-34', '25-34 ans', 38)],
    byChannel: [g('facebook', 'Facebook', 30)],
    segments: [{ ...g('champions', 'Champions', 10), averageDaysSinceLastPurchase: 5 }],
  });
  assert.match(audience.fr, /\*\*500 clients\*\*/);
  assert.match(audience.ar, /الجزائر \(60%\)/);
  for (const l of LANGS) assertClean(audience[l], l);
  // « Qui est mon meilleur client ? »: named, with what they spent, before the segments.
  const named = summaries('marketing_audience_insights', {
    currency: 'DZD',
    windowDays: 365,
    totals: { customers: 500, buyers: 420, orders: 3000, revenue: 2500000, averageBasket: 833, identifiedRevenueShare: 40 },
    byWilaya: [g('alger', 'Alger', 60)],
    byAgeBand: [],
    byChannel: [],
    segments: [],
    topCustomers: [
      { id: 'c1', name: 'Riad Mebarki', orders: 48, revenue: 61250, lastPurchase: null },
      { id: 'c2', name: 'Amel Ait Kaci', orders: 30, revenue: 40100.5, lastPurchase: null },
    ],
  });
  assert.match(
    named.fr,
    /Meilleurs clients : \*\*Riad Mebarki\*\* \(61 250 DA, 48 achats\) et \*\*Amel Ait Kaci\*\* \(40 101 DA, 30 achats\)/,
  );
  assert.match(named.en, /Best customers: \*\*Riad Mebarki\*\* \(DZD 61,250, 48 purchases\)/);
  assert.match(named.ar, /أفضل الزبائن: \*\*Riad Mebarki\*\*/);
  assert.ok(named.fr.indexOf('Meilleurs clients') < named.fr.indexOf('Wilayas'));
  for (const l of LANGS) assertClean(named[l], l);

  const campaigns = summaries('marketing_campaigns', {
    currency: 'DZD',
    status: null,
    totals: {
      campaigns: 2,
      active: 1,
      cost: 30000,
      revenue: 90000,
      conversions: 120,
      ctr: 2.5,
      roiPercent: 200,
      behindTarget: ['Ramadan'],
    },
    campaigns: [
      {
        id: 'k1',
        name: 'Ramadan',
        channel: 'facebook',
        status: 'active',
        cost: 20000,
        revenue: 60000,
        impressions: 40000,
        clicks: 1000,
        conversions: 80,
        ctr: 2.5,
        roiPercent: 200,
        pace: 'behind',
      },
    ],
  });
  assert.match(campaigns.en, /2 campaigns \(1 active\)/);
  assert.match(campaigns.en, /⚠️ Behind target: “Ramadan”/);
  for (const l of LANGS) assertClean(campaigns[l], l);
  const none = summaries('marketing_campaigns', {
    currency: 'DZD',
    status: 'paused',
    totals: { campaigns: 0, active: 0, cost: 0, revenue: 0, conversions: 0, ctr: null, roiPercent: null, behindTarget: [] },
    campaigns: [],
  });
  assert.equal(none.fr, 'Aucune campagne en pause.');

  const feedback = summaries('feedback_submit', {
    id: 'f1',
    category: 'bug',
    severity: 'normal',
    categoryInferred: false,
    notification: 'not_needed',
  });
  assert.match(feedback.fr, /signalement de bug/);
  for (const l of LANGS) assertClean(feedback[l], l);
});

test('every tool answers a failure in the asked language, never with raw JSON', () => {
  const localized = {
    success: false,
    error: {
      code: 'AMBIGUOUS_PRODUCT',
      message: 'Plusieurs produits…',
      messages: { fr: 'Plusieurs produits correspondent', ar: 'عدة منتجات تطابق', en: 'Several products match' },
    },
  };
  const generic = { success: false, error: { code: 'VALIDATION_FAILED', message: 'amount: must be greater than 0' } };
  for (const tool of require('../dist').TOOLS) {
    for (const l of LANGS) {
      assert.equal(tool.summarize(localized, l), localized.error.messages[l], tool.name);
      const text = tool.summarize(generic, l);
      assert.match(text, /amount: must be greater than 0/, tool.name);
      assert.doesNotMatch(text, /^\{/, tool.name);
    }
  }
});

test('inventory_analyze_image: a barcode the catalogue lacks is offered as a new product, in the words that add it', () => {
  const s = summaries('inventory_analyze_image', {
    attachmentId: 'a1',
    codes: [{ text: '6130005000011', format: 'EAN_13' }],
    text: null,
    matches: [],
  });
  for (const l of LANGS) assertClean(s[l], l);
  assert.match(s.fr, /pas encore dans votre catalogue.*Ajoute un nouveau produit : .* code-barres 6130005000011/);
  assert.match(s.ar, /أضف منتج جديد: .*الباركود 6130005000011/);
  assert.match(s.en, /Add a new product: .* barcode 6130005000011/);
  // A QR code that is no barcode is not a product to create.
  const qr = summaries('inventory_analyze_image', {
    attachmentId: 'a1',
    codes: [{ text: 'https://example.dz', format: 'QR_CODE' }],
    text: null,
    matches: [],
  });
  assert.doesNotMatch(qr.fr, /nouveau produit/);
});

test("sales_list: the period's total and count, the Arabic noun in its number's form", () => {
  const data = (salesCount) => ({
    period: 'today',
    date: null,
    customer: null,
    paymentMethod: null,
    currency: 'DZD',
    count: 1,
    totals: { revenue: 1500, salesCount, refunds: 0, dailyTotals: 0, margin: 300, revenueWithoutMargin: 0 },
    items: [
      {
        id: 's1',
        kind: 'sale',
        soldAt: '2026-11-18T09:30:00.000Z',
        day: '2026-11-18',
        total: 1500,
        paymentMethod: 'cash',
        customer: null,
        lines: [{ product: { id: 'p1', names: SEMOULE.names }, quantity: 1 }],
      },
    ],
  });
  // « 103 عملية بيع » read wrong: 3 to 10 (and 103) take the plural, 11 to 99 the singular, one and two their own words.
  const cases = [
    [1, 'عملية بيع واحدة'],
    [2, 'عمليتا بيع'],
    [103, '103 عمليات بيع'],
    [7, '7 عمليات بيع'],
    [25, '25 عملية بيع'],
  ];
  for (const [n, words] of cases) {
    const s = summaries('sales_list', data(n));
    for (const lang of LANGS) assertClean(s[lang], lang);
    assert.match(s.ar, new RegExp(`\\(${words}\\)`), s.ar);
  }
  assert.match(summaries('sales_list', data(103)).fr, /\(103 ventes\)/);
  assert.match(summaries('sales_list', data(1)).en, /\(1 sale\)/);
});
