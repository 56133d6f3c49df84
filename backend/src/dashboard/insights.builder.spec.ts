import { toPlain } from '@tajer/contract';
import type { ExpenseMonth, ProductRow } from './dashboard.repository';
import {
  bestSellers,
  buildInsights,
  decliners,
  dormantStock,
  expenseSpikes,
  marginOutliers,
  slowSellers,
  stockCover,
} from './insights.builder';
import { productActivity, type ProductActivity } from './product-view';

let serial = 0;
export const product = (over: Partial<ProductRow> = {}): ProductRow => {
  serial += 1;
  return {
    id: `p${serial}`,
    sku: `SKU-${serial}`,
    nameFr: `Produit ${serial}`,
    nameAr: `منتج ${serial}`,
    nameEn: `Product ${serial}`,
    category: 'épicerie',
    unit: 'paquet',
    price: 100,
    cost: 80,
    stock: 50,
    reorderThreshold: 10,
    ...over,
  };
};

const activity = (
  rows: { p: ProductRow; quantity?: number; revenue?: number; previousQuantity?: number; previousRevenue?: number }[],
): ProductActivity[] =>
  productActivity(
    rows.map((r) => r.p),
    rows.map((r) => ({
      productId: r.p.id,
      quantity: r.quantity ?? 0,
      revenue: r.revenue ?? (r.quantity ?? 0) * r.p.price,
      margin: 0,
      previousQuantity: r.previousQuantity ?? 0,
      previousRevenue: r.previousRevenue ?? (r.previousQuantity ?? 0) * r.p.price,
    })),
    30,
  );

describe('best sellers', () => {
  it('ranks by revenue and by quantity separately, with revenue shares', () => {
    const semoule = product({ nameFr: 'Semoule', price: 1250 });
    const pain = product({ nameFr: 'Baguette', price: 15, unit: 'pièce' });
    const insight = bestSellers(
      activity([
        { p: semoule, quantity: 100 },
        { p: pain, quantity: 2000 },
      ]),
      30,
    )!;
    const ev = insight.evidence as any;
    expect(ev.byRevenue[0].product.names.fr).toBe('Semoule');
    expect(ev.byQuantity[0].product.names.fr).toBe('Baguette');
    expect(ev.byRevenue[0].revenueSharePct).toBeCloseTo((125000 / 155000) * 100, 1);
    expect(toPlain(insight.title.fr)).toContain('Baguette en quantité (2 000 pièces)');
  });

  it('says nothing without sales', () => {
    expect(bestSellers(activity([{ p: product() }]), 30)).toBeNull();
  });
});

describe('decliners', () => {
  it('reports the steepest falls on a meaningful base only', () => {
    const falling = product({ nameFr: 'Coca' });
    const tiny = product({ nameFr: 'Rare' });
    const steady = product();
    const found = decliners(
      activity([
        { p: falling, quantity: 40, previousQuantity: 100 },
        { p: tiny, quantity: 0, previousQuantity: 3 },
        { p: steady, quantity: 95, previousQuantity: 100 },
      ]),
      30,
    );
    expect(found.map((d) => (d.evidence as any).product.names.fr)).toEqual(['Coca']);
    expect((found[0].evidence as any).changePct).toBe(-60);
    expect(found[0].severity).toBe('warning');
  });
});

describe('margin outliers', () => {
  it('flags margins far from their category median, both ways', () => {
    const normal = [18, 17, 20, 16, 19].map((m) => product({ price: 100, cost: 100 - m }));
    const thin = product({ nameFr: 'Huile', price: 650, cost: 595 }); // 8.5 %
    const fat = product({ nameFr: 'Sel', price: 40, cost: 28 }); // 30 %
    const insights = marginOutliers(activity([...normal, thin, fat].map((p) => ({ p }))));
    const byName = Object.fromEntries(insights.map((i) => [(i.evidence as any).product.names.fr, i]));
    expect(Object.keys(byName).sort()).toEqual(['Huile', 'Sel']);
    expect((byName.Huile.evidence as any).direction).toBe('below');
    expect(byName.Huile.severity).toBe('warning');
    expect((byName.Sel.evidence as any).direction).toBe('above');
    expect((byName.Huile.evidence as any).categoryMedianPct).toBe(18);
  });

  it('needs at least three products to speak of a category median', () => {
    expect(marginOutliers(activity([product({ cost: 10 }), product({ cost: 95 })].map((p) => ({ p }))))).toEqual([]);
  });
});

describe('expense spikes', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  const months = (category: string, totals: Record<string, number>): ExpenseMonth[] =>
    Object.entries(totals).map(([month, total]) => ({ category, month, total, count: 1 }));

  it('flags a category well above its usual month', () => {
    const spikes = expenseSpikes(
      months('entretien', { '2026-05': 2000, '2026-06': 2500, '2026-07': 1500, '2026-09': 2000, '2026-11': 85000 }),
      now,
    );
    expect(spikes).toHaveLength(1);
    expect(spikes[0]).toMatchObject({ category: 'entretien', monthToDate: 85000, usualMonth: 2000, activeMonths: 4, ratio: 42.5 });
  });

  it('compares a bimonthly bill with a bill, not with half of one', () => {
    const bills = months('électricité', { '2026-05': 9000, '2026-07': 9500, '2026-09': 8800, '2026-11': 9900 });
    expect(expenseSpikes(bills, now)).toEqual([]);
  });

  it('ignores goods purchases and categories without history', () => {
    const rows = [
      ...months('achats marchandises', { '2026-09': 100000, '2026-10': 120000, '2026-11': 400000 }),
      ...months('nouveau', { '2026-11': 50000 }),
    ];
    expect(expenseSpikes(rows, now)).toEqual([]);
  });
});

describe('stock cover', () => {
  it('lists products in stock by days of cover, shortest first, skipping unsold and empty shelves', () => {
    const fast = product({ nameFr: 'Lait', stock: 10 });
    const slow = product({ nameFr: 'Sel', stock: 100 });
    const empty = product({ nameFr: 'Levure', stock: 0 });
    const unsold = product({ nameFr: 'Rien', stock: 5 });
    const insight = stockCover(
      activity([{ p: slow, quantity: 30 }, { p: fast, quantity: 60 }, { p: empty, quantity: 30 }, { p: unsold }]),
      30,
    )!;
    const list = (insight.evidence as any).products;
    expect(list.map((r: any) => r.product.names.fr)).toEqual(['Lait', 'Sel']);
    expect(list[0].daysOfCover).toBe(5);
    expect(insight.severity).toBe('warning');
  });
});

describe('stock that does not sell', () => {
  const windowStart = new Date('2026-10-21T10:00:00Z');
  const before = new Date('2026-09-01T08:00:00Z');
  const lastWeek = new Date('2026-11-13T08:00:00Z');

  it('names the products in stock that sold nothing over the whole window, most money tied up first', () => {
    const cafe = product({ nameFr: 'Café', stock: 10, cost: 500, createdAt: before });
    const sel = product({ nameFr: 'Sel', stock: 40, cost: 20, createdAt: before });
    const sold = product({ nameFr: 'Lait', stock: 30, createdAt: before });
    const empty = product({ nameFr: 'Levure', stock: 0, createdAt: before });
    // Imported last week: too new to be called dormant, unless it had sold before the window.
    const fresh = product({ nameFr: 'Thé', stock: 12, createdAt: lastWeek });
    const insight = dormantStock(
      activity([{ p: sel }, { p: cafe }, { p: sold, quantity: 5 }, { p: empty }, { p: fresh }]),
      30,
      windowStart,
    )!;
    expect((insight.evidence as any).products.map((r: any) => r.product.names.fr)).toEqual(['Café', 'Sel']);
    expect((insight.evidence as any).valueAtCost).toBe(10 * 500 + 40 * 20);
    expect(toPlain(insight.title.fr)).toBe(
      "Stock qui dort : 2 produits n'ont rien vendu en 30 jours (5 800 DA au prix d'achat) : Café et Sel",
    );
    expect(insight.title.en).toContain('2 products have sold nothing in 30 days');
    expect(insight.title.ar).toContain('منتجان لم يبيعا');
    expect(dormantStock(activity([{ p: sold, quantity: 5 }, { p: fresh }]), 30, windowStart)).toBeNull();
  });

  it('ranks the least sold in stock, nothing sold first, and counts the products too new to rank', () => {
    const cafe = product({ nameFr: 'Café', nameEn: 'Coffee', stock: 10, cost: 500, createdAt: before });
    const sel = product({ nameFr: 'Sel', stock: 40, cost: 20, unit: 'kg', createdAt: before });
    const lait = product({ nameFr: 'Lait', stock: 30, unit: 'bouteille', createdAt: before });
    const pates = product({ nameFr: 'Pâtes', stock: 30, createdAt: before });
    const fresh = product({ nameFr: 'Thé', stock: 12, createdAt: lastWeek });
    const back = product({ nameFr: 'Jus', stock: 6, createdAt: lastWeek });
    const { insights, recent } = slowSellers(
      activity([
        { p: pates, quantity: 90 },
        { p: lait, quantity: 3 },
        { p: sel },
        { p: cafe },
        { p: fresh },
        { p: back, previousQuantity: 4 },
      ]),
      30,
      windowStart,
    );
    expect(insights.map((i) => (i.evidence as any).product.names.fr)).toEqual(['Café', 'Sel', 'Jus', 'Lait', 'Pâtes']);
    expect(insights.map((i) => i.severity)).toEqual(['warning', 'warning', 'warning', 'info', 'info']);
    expect(recent).toBe(1);
    expect(toPlain(insights[3].title.fr)).toBe('Lait : 3 bouteilles en 30 jours — 30 bouteilles en stock (2 400 DA au prix d’achat)');
    expect(toPlain(insights[0].title.en)).toBe('Coffee: no sale in 30 days — 10 packs in stock (DZD 5,000 at cost)');
  });
});

describe('buildInsights', () => {
  it('assembles every kind, each with a title in three languages and evidence', () => {
    const rows = [18, 17, 20, 16].map((m) => ({ p: product({ price: 100, cost: 100 - m }), quantity: 30, previousQuantity: 30 }));
    rows.push({ p: product({ price: 100, cost: 95 }), quantity: 10, previousQuantity: 40 });
    rows.push({ p: product({ nameFr: 'Café', stock: 4 }), quantity: 0, previousQuantity: 0 });
    const insights = buildInsights({
      activity: activity(rows),
      expenseMonths: [],
      windowDays: 30,
      now: new Date('2026-11-20T10:00:00Z'),
      windowStart: new Date('2026-10-21T10:00:00Z'),
    });
    expect(new Set(insights.map((i) => i.type))).toEqual(
      new Set(['best_sellers', 'decliner', 'margin_outlier', 'stock_cover', 'dormant_stock']),
    );
    for (const i of insights) {
      expect(i.title.fr && i.title.ar && i.title.en).toBeTruthy();
      expect(Object.keys(i.evidence).length).toBeGreaterThan(0);
    }
  });
});
