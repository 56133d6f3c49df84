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
    stockValue: { value: 300_000, previous: null, changePct: null, unit: 'DZD', asOf: at, note: 'n' },
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

  it('hands out paragraphs no caller can change for the next one', () => {
    const summary = statsSummary(figures(88_000, '2026-11-20T10:00:00.000Z'));
    expect(Object.isFrozen(summary)).toBe(true);
  });
});
