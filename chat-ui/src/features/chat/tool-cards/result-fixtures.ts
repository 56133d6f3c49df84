/**
 * One result per tool that has a card, exactly as the tool returns it (each parses with the tool's schema from
 * @tajer/contract; the tools' own tests check the tools return such results). Shared by the card tests.
 */
import type { ResultToolName, ToolResultData } from '@tajer/contract';

const names = (fr: string, ar: string | null, en: string | null) => ({ fr, ar, en });
const L = (fr: string, ar: string, en: string) => ({ fr, ar, en });
const metric = (value: number, changePct: number | null) => ({ value, changePct });

export const RESULTS: { [N in ResultToolName]?: ToolResultData<N> } = {
  inventory_search: {
    query: 'semoule',
    lowStockOnly: false,
    total: 2,
    lowStockCount: 1,
    items: [
      {
        id: 'p1',
        sku: 'SIM',
        names: names('Semoule 10kg', null, 'Semolina 10kg'),
        unit: 'sac',
        stock: 4,
        reorderThreshold: 10,
        lowStock: true,
      },
      { id: 'p2', names: names('Farine 1kg', 'فرينة', null), unit: 'paquet', stock: 80, reorderThreshold: 20, lowStock: false, score: 0.4 },
    ],
  },
  dashboard_stats: {
    period: 'month',
    currency: 'DZD',
    revenue: metric(120000, 20),
    salesCount: metric(300, 7.1),
    averageBasket: metric(400, 12),
    grossMargin: metric(29400, 5),
    grossMarginRate: { value: 24.5 },
    expenses: metric(18000, -10),
    stockPurchases: metric(50000, null),
    netResult: metric(11400, 30),
    stockValue: { value: 500000 },
    lowStockCount: { value: 3, outOfStock: 1 },
    comparable: true,
  },
  market_competitors: {
    currency: 'DZD',
    query: null,
    products: [
      {
        product: { id: 'p1', names: L('Semoule 10kg', 'سميد 10 كغ', 'Semolina 10kg') },
        ourPrice: 1100,
        competitorAverage: 1100,
        priceIndex: 100,
        position: 'aligned',
        competitors: [
          { name: 'Supérette Amine', location: 'Kouba', price: 1050 },
          { name: 'Épicerie Nour', location: null, price: 1150 },
        ],
      },
    ],
    withoutCompetitorPrices: [],
    cheaper: [],
    dearer: [],
    summary: { productsCompared: 1, cheaperCount: 0, dearerCount: 0, alignedCount: 1, averagePriceIndex: 100 },
  },
  expenses_scan_receipt: {
    attachmentId: 'a1',
    merchant: 'SUPERETTE EL AMEL',
    date: '2026-11-18',
    total: 1520,
    vat: 242.69,
    currency: 'DZD',
    lines: [{ description: 'Semoule 10kg', quantity: 1, amount: 1100 }],
    suggestedCategory: { key: 'marchandises', label: L('Achats de marchandises', 'شراء السلع', 'Goods purchases') },
    warnings: [],
    confidence: { merchant: 0.45, date: 0.9, total: 0.95 },
    alreadyUsedBy: null,
    saved: false,
  },
  marketing_generate_content: {
    id: 'c1',
    channel: 'facebook',
    language: 'fr',
    topic: 'soldes',
    subject: null,
    text: 'Promo semoule chez El Baraka : 1 050 DA le sac !',
    products: [{ id: 'p1', name: 'Semoule 10kg', price: 1100, promoPrice: 1050 }],
    campaign: null,
    length: { characters: 48 },
  },
  market_report: {
    id: 'r1',
    title: 'Rapport de marché — novembre 2026',
    periodLabel: 'novembre 2026',
    language: 'fr',
    currency: 'DZD',
    pdfUrl: '/api/market/reports/r1/pdf',
    sections: ['Vue d’ensemble', 'Catégories', 'Recommandations'],
    figures: { revenue: 120000, revenueChangePct: 20, grossMargin: 29400, netResult: 11400 },
    recommendations: ['Réapprovisionner la semoule'],
  },
  dashboard_insights: {
    focus: 'best_sellers',
    period: 'month',
    currency: 'DZD',
    totals: { products: 12, quantity: 420, revenue: 640000 },
    byRevenue: [
      {
        rank: 1,
        product: { id: 'p1', names: L('Semoule 10kg', 'سميد 10 كغ', 'Semolina 10kg'), unit: 'sac' },
        quantity: 58,
        revenue: 72500,
        revenueShare: 11.3,
      },
    ],
    byQuantity: [],
  },
  sales_record: {
    saleId: 's1',
    day: '2026-11-18',
    currency: 'DZD',
    paymentMethod: 'credit',
    total: 285,
    lines: [
      {
        product: { id: 'p1', names: L('Sucre blanc 1kg', 'سكر أبيض 1 كغ', 'White sugar 1kg'), unit: 'paquet' },
        quantity: 3,
        unitPrice: 95,
        total: 285,
        stockBefore: 90,
        stockAfter: 87,
      },
    ],
    customer: { id: 'c1', name: 'Ahmed', balanceAfter: 1785 },
    warnings: [],
  },
  sales_list: {
    period: 'today',
    date: null,
    customer: null,
    paymentMethod: null,
    currency: 'DZD',
    count: 2,
    totals: { revenue: 3285, salesCount: 1, refunds: 0, dailyTotals: 3000, margin: 60, revenueWithoutMargin: 3000 },
    items: [
      {
        id: 's1',
        kind: 'sale',
        soldAt: '2026-11-18T09:30:00.000Z',
        day: '2026-11-18',
        total: 285,
        paymentMethod: 'cash',
        customer: null,
        lines: [{ product: { id: 'p1', names: names('Sucre blanc 1kg', null, null), unit: 'paquet' }, quantity: 3 }],
      },
      {
        id: 's2',
        kind: 'daily_total',
        soldAt: '2026-11-18T18:00:00.000Z',
        day: '2026-11-18',
        total: 3000,
        paymentMethod: 'cash',
        customer: null,
        lines: [],
      },
    ],
  },
  customers_credit: {
    currency: 'DZD',
    customer: null,
    totalOwed: 6300,
    count: 2,
    customers: [
      { id: 'c1', name: 'Ahmed', balance: 4500, daysOutstanding: 23, overLimit: false },
      { id: 'c2', name: 'Karim', balance: 1800, daysOutstanding: null, overLimit: true },
    ],
  },
};
