import { formatMoney } from '@tajer/contract';
import type { DashboardStats } from './dashboard.service';
import { statsSummary } from './stats-summary';

const metric = (value: number, previous: number, unit = 'DZD') => ({
  value,
  previous,
  changePct: previous ? Math.round(((value - previous) / previous) * 1000) / 10 : null,
  unit,
});

function figures(revenue: number, at: string): Omit<DashboardStats, 'summary'> {
  return {
    period: 'month',
    currency: 'DZD',
    range: {
      start: '2026-11-01T00:00:00.000Z',
      end: at,
      previousStart: '2026-10-01T00:00:00.000Z',
      previousEnd: '2026-10-20T00:00:00.000Z',
    },
    revenue: metric(revenue, 100_000),
    salesCount: metric(40, 35, 'sales'),
    averageBasket: metric(revenue / 40, 100_000 / 35),
    grossMargin: metric(revenue / 4, 25_000),
    revenueWithoutMargin: { ...metric(0, 0), dailyTotals: 0, note: 'n' },
    grossMarginRate: { value: 25, previous: 25, changePoints: 0, unit: '%' },
    expenses: metric(9_000, 8_000),
    stockPurchases: metric(20_000, 15_000),
    netResult: metric(revenue / 4 - 9_000, 17_000),
    stockValue: { value: 300_000, previous: null, changePct: null, unit: 'DZD', asOf: at, note: 'n', uncostedProducts: 0 },
    lowStockCount: { value: 3, previous: null, changePct: null, unit: 'products', asOf: at, outOfStock: 1, activeProducts: 50 },
    comparable: true,
    hasSales: true,
  };
}

describe('statsSummary', () => {
  it('reuses the paragraphs of figures it has written, whatever the clock, and writes new ones for new figures', () => {
    const first = statsSummary(figures(120_000, '2026-11-20T10:00:00.000Z'));
    expect(first.fr).toContain(formatMoney(120_000, 'fr'));
    expect(first.en).toContain(formatMoney(120_000, 'en'));
    // Ten minutes later, same figures: the period's end and the stock's asOf moved, the paragraphs did not.
    const later = statsSummary(figures(120_000, '2026-11-20T10:10:00.000Z'));
    expect(later).toBe(first);
    // One more sale: new paragraphs with the new revenue, never the remembered ones.
    const more = statsSummary(figures(121_500, '2026-11-20T10:11:00.000Z'));
    expect(more.fr).toContain(formatMoney(121_500, 'fr'));
    expect(more.fr).not.toEqual(first.fr);
    expect(more.ar).not.toEqual(first.ar);
  });

  it('says the margin and the net result are unknown when no sale of the period has a known cost, never 0', () => {
    const base = figures(390, '2026-11-20T10:00:00.000Z');
    // A new shop: one product added without its purchase cost, three sold — 390 DA of revenue, none of it costed.
    const noCost = statsSummary({
      ...base,
      salesCount: metric(1, 0, 'sales'),
      grossMargin: metric(0, 0),
      grossMarginRate: { value: 0, previous: 0, changePoints: 0, unit: '%' },
      revenueWithoutMargin: { ...metric(390, 0), dailyTotals: 0, note: 'n' },
      expenses: metric(0, 0),
      netResult: metric(0, 0),
      stockValue: { ...base.stockValue, value: 0, uncostedProducts: 1 },
      comparable: false,
    });
    expect(noCost.fr).toContain("marge brute inconnue (aucun coût d'achat connu)");
    expect(noCost.fr).toContain('résultat net inconnu');
    expect(noCost.fr).not.toMatch(/marge brute 0/);
    expect(noCost.en).toContain('gross margin unknown');
    expect(noCost.en).toContain('net result unknown');
    expect(noCost.ar).toContain('الهامش الإجمالي غير معروف');
    expect(noCost.ar).toContain('عملية بيع واحدة');
    // Its 47 bags in stock have no cost either: the stock's value is unknown, not « 0 DA au prix d'achat ».
    expect(noCost.fr).toContain("Stock : valeur inconnue (1 produit sans coût d'achat)");
    expect(noCost.en).toContain('Stock: value unknown (1 product without a purchase cost)');
    expect(noCost.ar).toContain('قيمة غير معروفة');
    // Part of it costed: the margin and its rate are shown, the rate said to be of the sales with a known cost.
    const part = statsSummary({
      ...figures(120_000, '2026-11-20T10:00:00.000Z'),
      revenueWithoutMargin: { ...metric(20_000, 0), dailyTotals: 20_000, note: 'n' },
    });
    expect(part.fr).toContain('des ventes au coût connu');
    expect(part.en).toContain('of the sales with a known cost');
    expect(part.ar).toContain('40 عملية بيع');
    const someCost = statsSummary({ ...base, stockValue: { ...base.stockValue, uncostedProducts: 2 } });
    expect(someCost.fr).toContain(`${formatMoney(300_000, 'fr')} au prix d'achat (sans 2 produits au coût inconnu)`);
    expect(someCost.en).toContain('(not counting 2 products of unknown cost)');
  });

  it('hands out paragraphs no caller can change for the next one', () => {
    const summary = statsSummary(figures(88_000, '2026-11-20T10:00:00.000Z'));
    expect(Object.isFrozen(summary)).toBe(true);
  });
});
