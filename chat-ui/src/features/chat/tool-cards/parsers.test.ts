import { describe, expect, it } from 'vitest';
import { TOOL_RESULTS, type ResultToolName } from '@tajer/contract';
import { resultCards } from './registry';
import { RESULTS } from './result-fixtures';

const parse = (tool: string, result: unknown, lang: 'fr' | 'ar' | 'en' = 'fr') => resultCards[tool]!.parse(result, lang);
const clone = <T>(v: T): T => structuredClone(v);

describe('tool result cards: built from results their schema parsed', () => {
  it('has a fixture for every card, and every fixture is a result its tool could return', () => {
    expect(Object.keys(RESULTS).sort()).toEqual(Object.keys(resultCards).sort());
    for (const [tool, result] of Object.entries(RESULTS)) expect(TOOL_RESULTS[tool as ResultToolName].safeParse(result).success).toBe(true);
  });

  it('inventory: product names in the reader’s language (French when missing), the tool’s low-stock flag', () => {
    expect(parse('inventory_search', RESULTS.inventory_search, 'ar')).toEqual([
      { id: 'p1', name: 'Semoule 10kg', sku: 'SIM', stock: 4, unit: 'sac', threshold: 10, low: true },
      { id: 'p2', name: 'فرينة', stock: 80, unit: 'paquet', threshold: 20, low: false },
    ]);
    expect((parse('inventory_search', RESULTS.inventory_search, 'en') as { name: string }[])[0].name).toBe('Semolina 10kg');
  });

  it('dashboard: percent changes become ratios, the margin rate is a percentage, no change without a comparable period', () => {
    const stats = parse('dashboard_stats', RESULTS.dashboard_stats) as { kpis: { key: string; value: number; change?: number }[] };
    expect(stats.kpis.map((k) => k.key)).toEqual([
      'revenue',
      'salesCount',
      'averageBasket',
      'grossMargin',
      'grossMarginRate',
      'expenses',
      'stockPurchases',
      'netResult',
      'stockValue',
      'lowStockCount',
    ]);
    expect(stats.kpis.find((k) => k.key === 'revenue')).toEqual({ key: 'revenue', kind: 'money', value: 120000, change: 0.2 });
    expect(stats.kpis.find((k) => k.key === 'grossMarginRate')).toEqual({ key: 'grossMarginRate', kind: 'percent', value: 0.245 });
    expect(stats.kpis.find((k) => k.key === 'stockPurchases')?.change).toBeUndefined();
    // A margin rate under 1 % stays under 1 % (a guessing reader took 0.8 for a ratio, 80 %).
    const thin = parse('dashboard_stats', { ...RESULTS.dashboard_stats, grossMarginRate: { value: 0.8 } }) as typeof stats;
    expect(thin.kpis.find((k) => k.key === 'grossMarginRate')?.value).toBeCloseTo(0.008);
    const noComparison = parse('dashboard_stats', { ...RESULTS.dashboard_stats, comparable: false }) as typeof stats;
    expect(noComparison.kpis.every((k) => k.change === undefined)).toBe(true);
    // Every sale without a known cost (a new shop that typed no purchase cost): no margin, rate or net result tile —
    // « 0 DA » and « minus the expenses » would be wrong figures; part of the sales without one leaves them shown.
    const noCost = parse('dashboard_stats', {
      ...RESULTS.dashboard_stats,
      revenueWithoutMargin: { value: 120000 },
    }) as typeof stats;
    expect(noCost.kpis.map((k) => k.key)).not.toEqual(expect.arrayContaining(['grossMargin']));
    expect(noCost.kpis.some((k) => ['grossMargin', 'grossMarginRate', 'netResult'].includes(k.key))).toBe(false);
    expect(noCost.kpis.find((k) => k.key === 'revenue')?.value).toBe(120000);
    const partCost = parse('dashboard_stats', { ...RESULTS.dashboard_stats, revenueWithoutMargin: { value: 3000 } }) as typeof stats;
    expect(partCost.kpis.map((k) => k.key)).toContain('netResult');
    const noStockCost = parse('dashboard_stats', {
      ...RESULTS.dashboard_stats,
      stockValue: { value: 0, uncostedProducts: 1 },
    }) as typeof stats;
    expect(noStockCost.kpis.map((k) => k.key)).not.toContain('stockValue');
  });

  it('competitors, best sellers, sales, credit: product references read the one way ({id, names})', () => {
    expect(parse('market_competitors', RESULTS.market_competitors, 'ar')).toEqual([
      {
        product: 'سميد 10 كغ',
        ours: 1100,
        competitors: [
          { name: 'Supérette Amine', price: 1050 },
          { name: 'Épicerie Nour', price: 1150 },
        ],
        index: 100,
      },
    ]);
    expect(parse('dashboard_insights', RESULTS.dashboard_insights, 'en')).toEqual({
      period: 'month',
      byRevenue: [{ rank: 1, name: 'Semolina 10kg', quantity: 58, unit: 'sac', revenue: 72500, share: 11.3 }],
    });
    // One product asked about: its line, named in the reader's language, and the product even when it did not sell.
    const semolina = { id: 'p1', names: { fr: 'Semoule 10kg', ar: 'سميد 10 كغ', en: 'Semolina 10kg' }, unit: 'sac' };
    expect(parse('dashboard_insights', { ...RESULTS.dashboard_insights, product: semolina }, 'ar')).toMatchObject({
      product: semolina.names.ar,
      byRevenue: [{ rank: 1, quantity: 58 }],
    });
    expect(parse('dashboard_insights', { ...RESULTS.dashboard_insights, byRevenue: [], byQuantity: [], product: semolina }, 'fr')).toEqual({
      period: 'month',
      product: semolina.names.fr,
      byRevenue: [],
    });
    // Its margin: over the lines whose cost is known, and per unit at today's price; nothing invented without a cost.
    const withMargin = { ...RESULTS.dashboard_insights, product: semolina };
    expect(
      parse('dashboard_insights', { ...withMargin, productMargin: { margin: 7540, costedRevenue: 72500, price: 1250, cost: 1120 } }, 'fr'),
    ).toMatchObject({ margin: { amount: 7540, rate: 10.4, perUnit: 130, unitRate: 10.4, unit: 'sac' } });
    expect(
      parse('dashboard_insights', { ...withMargin, productMargin: { margin: 0, costedRevenue: 0, price: 1250, cost: null } }, 'fr'),
    ).not.toHaveProperty('margin');
    expect(
      parse('dashboard_insights', { ...withMargin, productMargin: { margin: 0, costedRevenue: 0, price: 1250, cost: 1120 } }, 'fr'),
    ).toMatchObject({ margin: { amount: null, rate: null, perUnit: 130 } });
    expect(parse('sales_record', RESULTS.sales_record, 'ar')).toEqual({
      lines: [{ name: 'سكر أبيض 1 كغ', quantity: 3, unit: 'paquet', unitPrice: 95, total: 285, stockAfter: 87 }],
      total: 285,
      payment: 'credit',
      customer: { name: 'Ahmed', balanceAfter: 1785 },
    });
    const list = parse('sales_list', RESULTS.sales_list, 'en') as {
      revenue: number;
      count: number;
      items: { when: string; what: string }[];
    };
    expect(list).toMatchObject({
      revenue: 3285,
      count: 2,
      items: [
        { when: '2026-11-18 10:30', total: 285, payment: 'cash' },
        { what: '—', total: 3000 },
      ],
    });
    expect(list.items[0].what).toBe('3 × Sucre blanc 1kg');
    expect(parse('customers_credit', RESULTS.customers_credit)).toEqual({
      total: 6300,
      rows: [
        { name: 'Ahmed', balance: 4500, days: 23, overLimit: false },
        { name: 'Karim', balance: 1800, overLimit: true },
      ],
    });
  });

  it('receipt draft: the total’s confidence, the suggested category in the reader’s language, fields to check', () => {
    expect(parse('expenses_scan_receipt', RESULTS.expenses_scan_receipt, 'en')).toEqual({
      merchant: 'SUPERETTE EL AMEL',
      date: '2026-11-18',
      total: 1520,
      tva: 242.69,
      category: 'Goods purchases',
      confidence: 0.95,
      lines: [{ label: 'Semoule 10kg', amount: 1100, quantity: 1 }],
      toCheck: ['merchant'],
    });
    const named = parse('expenses_scan_receipt', { ...RESULTS.expenses_scan_receipt, fieldsToCheck: ['total'] }) as { toCheck: string[] };
    expect(named.toCheck).toEqual(['total']);
  });

  it('marketing content and market reports', () => {
    expect(parse('marketing_generate_content', RESULTS.marketing_generate_content)).toEqual({
      channel: 'facebook',
      text: 'Promo semoule chez El Baraka : 1 050 DA le sac !',
    });
    expect(parse('market_report', RESULTS.market_report)).toEqual({
      title: 'Rapport de marché — novembre 2026',
      pdfUrl: '/api/market/reports/r1/pdf',
      sections: [{ title: 'Vue d’ensemble' }, { title: 'Catégories' }, { title: 'Recommandations' }],
    });
  });

  it('the general insights (not the best sellers) and empty comparisons keep the generic card', () => {
    expect(parse('dashboard_insights', { windowDays: 30, count: 0, insights: [] })).toBeNull();
    expect(parse('market_competitors', { ...RESULTS.market_competitors, products: [] })).toBeNull();
  });

  it('refuses what a tool does not return — old aliases, wrong types, a missing figure, the whole result cut — so no card guesses', () => {
    const drifted: [string, unknown][] = [
      // An alias the old reader accepted (totalRevenue for revenue): the revenue would have been read from it.
      ['dashboard_stats', { ...RESULTS.dashboard_stats, revenue: undefined, totalRevenue: 120000 }],
      // A figure as a string.
      ['dashboard_stats', { ...RESULTS.dashboard_stats, netResult: { value: '11400', changePct: null } }],
      // Products named the old ways: `name` in three languages, a plain string.
      [
        'dashboard_insights',
        (() => {
          const r = clone(RESULTS.dashboard_insights) as { byRevenue: { product: unknown }[] };
          r.byRevenue[0].product = { id: 'p1', name: { fr: 'Semoule', ar: 'سميد', en: 'Semolina' } };
          return r;
        })(),
      ],
      ['inventory_search', { ...RESULTS.inventory_search, items: [{ id: 'p1', name: 'Semoule 10kg', quantity: 4, unit: 'sac' }] }],
      [
        'sales_list',
        (() => {
          const r = clone(RESULTS.sales_list)!;
          (r.items[0].lines[0] as unknown as Record<string, unknown>).product = undefined;
          return r;
        })(),
      ],
      ['customers_credit', { ...RESULTS.customers_credit, totalOwed: null }],
      ['expenses_scan_receipt', { draft: { merchant: 'SUPERETTE', total: 1520, lines: [] } }],
      ['market_report', { id: 'r1', title: 'Rapport', pdfUrl: '/x.pdf', sections: [{ title: 'Vue' }] }],
      ['marketing_generate_content', 'Promo semoule !'],
      // What the chat gets when a result is too large even once shortened (bounded-json.ts).
      ['sales_record', { truncated: true }],
    ];
    for (const [tool, result] of drifted) expect(parse(tool, result), tool).toBeNull();
  });
});
