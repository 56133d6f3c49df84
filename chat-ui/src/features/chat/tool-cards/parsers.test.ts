import { parseCredit, parseRecordedSale, parseSalesList } from './SalesCards';
import { parseBestSellers } from './BestSellersCard';
import { describe, expect, it } from 'vitest';
import { parseCompetitors } from './CompetitorsCard';
import { parseDashboardStats } from './DashboardStatsCard';
import { parseReceiptDraft } from './ExpenseDraftCard';
import { parseInventory } from './InventoryCard';
import { parseMarketingContent } from './MarketingContentCard';
import { parseMarketReport } from './MarketReportCard';

// Shapes as the backend services return them today (names in three languages, metrics with previous values…).
describe('tool result parsers', () => {
  it('reads inventory items with localized names, falling back to French', () => {
    const result = {
      items: [
        { id: 'p1', sku: 'SIM', names: { fr: 'Semoule 10kg', ar: null, en: 'Semolina 10kg' }, unit: 'sac', stock: 4, reorderThreshold: 10, lowStock: true, price: 1100 },
        { id: 'p2', sku: 'FAR', names: { fr: 'Farine 1kg', ar: 'فرينة', en: null }, unit: 'paquet', stock: 80, reorderThreshold: 20, lowStock: false },
      ],
      total: 2,
    };
    expect(parseInventory(result, 'ar')).toEqual([
      { id: 'p1', name: 'Semoule 10kg', sku: 'SIM', stock: 4, unit: 'sac', threshold: 10, price: 1100, low: true },
      { id: 'p2', name: 'فرينة', sku: 'FAR', stock: 80, unit: 'paquet', threshold: 20, price: undefined, low: false },
    ]);
    expect(parseInventory(result, 'en')?.[0].name).toBe('Semolina 10kg');
  });

  it('derives low stock from the threshold when the flag is absent, and rejects unknown shapes', () => {
    expect(parseInventory([{ name: 'Sucre', quantity: '3', threshold: 5 }], 'fr')?.[0]).toMatchObject({ stock: 3, low: true });
    expect(parseInventory({ message: 'nothing like a list' }, 'fr')).toBeNull();
    expect(parseInventory({ items: [{ foo: 1 }] }, 'fr')).toBeNull();
  });

  it('reads dashboard metrics: percent changes become ratios, rates stay rates, no change without comparison', () => {
    const metric = (value: number, previous: number, changePct: number | null) => ({ value, previous, changePct, unit: 'DZD' });
    const stats = {
      period: 'month',
      revenue: metric(120000, 100000, 20),
      salesCount: { value: 300, previous: 280, changePct: 7.1, unit: 'sales' },
      grossMarginRate: { value: 24.5, previous: 22, changePoints: 2.5, unit: '%' },
      stockValue: { value: 500000, previous: null, changePct: null, unit: 'DZD', asOf: '2025-01-01' },
      comparable: true,
      summary: { fr: 'Ce mois-ci…', ar: 'هذا الشهر…', en: 'This month…' },
    };
    const parsed = parseDashboardStats(stats, 'en')!;
    expect(parsed.summary).toBe('This month…');
    expect(parsed.kpis.find((k) => k.key === 'revenue')).toEqual({ key: 'revenue', kind: 'money', value: 120000, previous: 100000, change: 0.2 });
    expect(parsed.kpis.find((k) => k.key === 'grossMarginRate')).toMatchObject({ kind: 'percent', value: 0.245, change: undefined });
    expect(parsed.kpis.find((k) => k.key === 'stockValue')?.change).toBeUndefined();
    expect(parseDashboardStats({ ...stats, comparable: false }, 'en')!.kpis.every((k) => k.change === undefined)).toBe(true);
    expect(parseDashboardStats({ hello: 'world' }, 'en')).toBeNull();
  });

  it('reads competitor comparisons with product references', () => {
    const result = {
      currency: 'DZD',
      products: [
        {
          product: { id: 'p1', sku: 'SIM', name: { fr: 'Semoule 10kg', ar: 'سميد 10 كغ', en: 'Semolina 10kg' }, unit: 'sac' },
          ourPrice: 1100,
          competitors: [
            { competitorId: 'c1', name: 'Épicerie Nour', price: 1150 },
            { competitorId: 'c2', name: 'Supérette Amine', price: 1050 },
          ],
          priceIndex: 100,
        },
      ],
    };
    expect(parseCompetitors(result, 'ar')).toEqual([
      {
        product: 'سميد 10 كغ',
        ours: 1100,
        competitors: [
          { name: 'Épicerie Nour', price: 1150 },
          { name: 'Supérette Amine', price: 1050 },
        ],
        index: 100,
      },
    ]);
  });

  it('groups flat competitor rows by product', () => {
    const rows = [
      { product: 'Huile 1L', competitor: 'A', price: 250, ourPrice: 240 },
      { product: 'Huile 1L', competitor: 'B', price: 260, ourPrice: 240 },
    ];
    expect(parseCompetitors(rows, 'fr')).toEqual([{ product: 'Huile 1L', ours: 240, competitors: [{ name: 'A', price: 250 }, { name: 'B', price: 260 }] }]);
  });

  it('reads an OCR receipt draft (VAT lines summed, the total’s confidence)', () => {
    const draft = {
      merchant: 'SUPERETTE EL AMEL',
      date: '2025-05-02',
      total: 1520,
      vat: [{ rate: 19, amount: 242.69 }],
      currency: 'DZD',
      lines: [{ description: 'Semoule 10kg', quantity: 1, amount: 1100 }],
      confidence: { merchant: 0.8, date: 0.9, total: 0.95, vat: 0.5, currency: 1 },
    };
    expect(parseReceiptDraft({ draft })).toEqual({
      merchant: 'SUPERETTE EL AMEL',
      date: '2025-05-02',
      total: 1520,
      tva: 242.69,
      category: undefined,
      confidence: 0.95,
      lines: [{ label: 'Semoule 10kg', amount: 1100, quantity: 1 }],
    });
    expect(parseReceiptDraft({ lines: [] })).toBeNull();
  });

  it('reads marketing content and market reports', () => {
    expect(parseMarketingContent({ channel: 'facebook', text: 'Promo semoule !', hashtags: ['#promo'] })).toEqual({
      channel: 'facebook',
      text: 'Promo semoule !',
      hashtags: ['#promo'],
    });
    const report = parseMarketReport(
      { id: 'r1', title: 'Rapport', pdfUrl: '/api/market/reports/r1.pdf', sections: [{ key: 'overview', title: 'Vue d’ensemble', paragraphs: ['Le marché…'], bullets: [] }] },
      'fr',
    );
    expect(report).toEqual({ title: 'Rapport', summary: undefined, pdfUrl: '/api/market/reports/r1.pdf', sections: [{ title: 'Vue d’ensemble', body: 'Le marché…' }] });
  });
});

describe('parseBestSellers', () => {
  it('reads the best-sellers ranking, and leaves the general insights to the generic card', () => {
    const result = {
      focus: 'best_sellers',
      period: 'month',
      currency: 'DZD',
      byRevenue: [{ rank: 1, product: { id: 'p1', name: { fr: 'Semoule 10kg', ar: 'سميد 10 كغ', en: 'Semolina 10kg' }, unit: 'sac' }, quantity: 58, revenue: 72500, revenueShare: 11.3 }],
      byQuantity: [],
    };
    expect(parseBestSellers(result, 'ar')).toEqual({ period: 'month', byRevenue: [{ rank: 1, name: 'سميد 10 كغ', quantity: 58, unit: 'sac', revenue: 72500, share: 11.3 }] });
    expect(parseBestSellers({ windowDays: 30, insights: [] }, 'fr')).toBeNull();
  });
});

describe('sales and credit cards', () => {
  it('reads a recorded sale: lines with the stock after, the total and what the customer owes now', () => {
    const result = {
      saleId: 's1',
      day: '2026-11-18',
      currency: 'DZD',
      paymentMethod: 'credit',
      total: 285,
      lines: [{ product: { id: 'p1', names: { fr: 'Sucre blanc 1kg', ar: 'سكر أبيض 1 كغ', en: 'White sugar 1kg' }, unit: 'paquet' }, quantity: 3, unitPrice: 95, total: 285, stockBefore: 90, stockAfter: 87 }],
      customer: { id: 'c1', name: 'Ahmed', balanceAfter: 1785 },
      warnings: [],
    };
    expect(parseRecordedSale(result, 'ar')).toEqual({
      lines: [{ name: 'سكر أبيض 1 كغ', quantity: 3, unit: 'paquet', unitPrice: 95, total: 285, stockAfter: 87 }],
      total: 285,
      payment: 'credit',
      customer: { name: 'Ahmed', balanceAfter: 1785 },
    });
    expect(parseRecordedSale({ items: [] }, 'fr')).toBeNull();
  });

  it('reads the list of sales and who owes what', () => {
    const list = parseSalesList(
      {
        count: 2,
        totals: { revenue: 3285 },
        items: [{ id: 's1', kind: 'sale', soldAt: '2026-11-18T09:30:00.000Z', day: '2026-11-18', total: 285, paymentMethod: 'cash', customer: null, lines: [{ names: { fr: 'Sucre blanc 1kg' }, quantity: 3 }] }],
      },
      'fr',
    );
    expect(list).toMatchObject({ revenue: 3285, count: 2, items: [{ when: '2026-11-18 10:30', total: 285, payment: 'cash' }] });
    expect(list!.items[0].what).toMatch(/3 × Sucre blanc 1kg/);
    expect(parseCredit({ totalOwed: 6300, count: 2, customers: [{ id: 'c1', name: 'Ahmed', balance: 4500, daysOutstanding: 23, overLimit: false }] })).toEqual({
      total: 6300,
      rows: [{ name: 'Ahmed', balance: 4500, days: 23, overLimit: false }],
    });
  });
});
