import { buildAlerts } from './alerts.builder';
import type { ActiveCampaign, ProductRow, UnusualExpense } from './dashboard.repository';
import { productActivity } from './product-view';

const now = new Date('2026-11-20T10:00:00Z');
const product = (id: string, stock: number, over: Partial<ProductRow> = {}): ProductRow => ({
  id,
  sku: id.toUpperCase(),
  nameFr: `Produit ${id}`,
  nameAr: null,
  nameEn: null,
  category: 'épicerie',
  unit: 'paquet',
  price: 100,
  cost: 80,
  stock,
  reorderThreshold: 10,
  ...over,
});
const sold = (id: string, quantity: number) => ({
  productId: id,
  quantity,
  revenue: quantity * 100,
  margin: 0,
  previousQuantity: 0,
  previousRevenue: 0,
});

const campaign = (over: Partial<ActiveCampaign>): ActiveCampaign => ({
  id: 'c1',
  name: 'Ramadan',
  channel: 'facebook',
  startsAt: new Date('2026-11-01T00:00:00Z'),
  endsAt: new Date('2026-12-01T00:00:00Z'),
  conversions: 10,
  targetConversions: 100,
  cost: 5000,
  budget: 20000,
  ...over,
});

const expense = (over: Partial<UnusualExpense>): UnusualExpense => ({
  id: 'e1',
  category: 'entretien',
  amount: 85000,
  date: '2026-11-13',
  description: 'Réparation chambre froide',
  merchant: 'Froid Services',
  categoryMedian: 3400,
  categoryCount: 12,
  ...over,
});

describe('buildAlerts', () => {
  const products = [product('empty', 0), product('dormant', 0), product('soon', 3), product('later', 25), product('fine', 500)];
  const activity = productActivity(products, [sold('empty', 30), sold('soon', 45), sold('later', 150), sold('fine', 30)], 30);

  const alerts = buildAlerts({
    activity,
    horizonDays: 7,
    unusualExpenses: [expense({})],
    expenseSpikes: [
      {
        category: 'entretien',
        categoryLabel: { fr: 'Entretien', ar: 'صيانة', en: 'Maintenance' },
        month: '2026-11',
        monthToDate: 85000,
        usualMonth: 2000,
        activeMonths: 4,
        ratio: 42.5,
      },
      {
        category: 'eau',
        categoryLabel: { fr: 'Eau', ar: 'ماء', en: 'Water' },
        month: '2026-11',
        monthToDate: 6000,
        usualMonth: 2000,
        activeMonths: 3,
        ratio: 3,
      },
    ],
    campaigns: [campaign({}), campaign({ id: 'c2', conversions: 60 }), campaign({ id: 'c3', endsAt: null })],
    now,
  });
  const ids = alerts.map((a) => a.id);

  it('ranks critical before warning before info', () => {
    const rank = { critical: 0, warning: 1, info: 2 };
    const ranks = alerts.map((a) => rank[a.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('calls a selling product at zero critical, a dormant one only info', () => {
    expect(alerts.find((a) => a.id === 'out_of_stock:empty')?.severity).toBe('critical');
    expect(alerts.find((a) => a.id === 'out_of_stock:dormant')?.severity).toBe('info');
  });

  it('warns about stock-outs within the horizon from days of cover', () => {
    const soon = alerts.find((a) => a.id === 'stock_out_soon:soon')!;
    expect(soon.severity).toBe('critical'); // 3 left at 1.5 a day = 2 days
    expect(soon.evidence).toMatchObject({ daysOfCover: 2, expectedStockOutDate: '2026-11-22' });
    expect(alerts.find((a) => a.id === 'stock_out_soon:later')?.severity).toBe('warning'); // 25 left at 5 a day
    expect(ids).not.toContain('stock_out_soon:fine'); // 500 days of cover
  });

  it('keeps single unusual expenses, and drops a spike they already explain', () => {
    expect(ids).toContain('unusual_expense:e1');
    expect(ids).not.toContain('expense_spike:entretien:2026-11');
    expect(ids).toContain('expense_spike:eau:2026-11');
  });

  it('flags campaigns behind their pro-rata target, not those on pace or without an end', () => {
    const c1 = alerts.find((a) => a.id === 'campaign_under_target:c1')!;
    expect(c1.severity).toBe('critical');
    expect((c1.evidence as any).expectedConversionsByNow).toBeCloseTo(64.7, 0);
    expect(ids).not.toContain('campaign_under_target:c2');
    expect(ids).not.toContain('campaign_under_target:c3');
  });
});
