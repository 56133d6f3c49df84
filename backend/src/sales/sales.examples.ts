const LINE = {
  id: '6a1f2c9e-2b7d-4c35-9a1e-0c3d8f4b2a11',
  product: {
    id: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
    sku: 'EPI-003',
    names: { fr: 'Sucre blanc 1kg', ar: 'سكر أبيض 1 كغ', en: 'White sugar 1kg' },
    unit: 'kg',
    barcode: '6130000000031',
  },
  quantity: 3,
  unitPrice: 100,
  unitCost: 85,
  total: 300,
  refundedQuantity: 0,
};

export const SALE_EXAMPLE = {
  id: '9d4b1c2a-7e3f-4a8b-b6c5-1f2e3d4c5b6a',
  kind: 'sale',
  soldAt: '2026-11-18T09:42:10.000Z',
  day: '2026-11-18',
  currency: 'DZD',
  paymentMethod: 'cash',
  customer: null,
  total: 300,
  cost: 255,
  margin: 45,
  uncostedTotal: 0,
  lines: [LINE],
  refundOf: null,
  refunds: [],
  receiptNumber: null,
  note: null,
  source: 'api',
  stock: [{ productId: LINE.product.id, quantity: -3, stockBefore: 2, stockAfter: -1 }],
  warnings: [
    {
      type: 'stock_below_zero',
      productId: LINE.product.id,
      sku: 'EPI-003',
      stockBefore: 2,
      stockAfter: -1,
      message: {
        fr: 'Sucre blanc 1kg : vendu au-delà du stock enregistré (2 → -1). La vente est enregistrée ; comptez le rayon pour corriger le stock.',
        ar: '…',
        en: 'White sugar 1kg: sold beyond the recorded stock (2 → -1). The sale is recorded; count the shelf to correct the stock.',
      },
    },
  ],
  summary: {
    fr: 'Vente du 18/11/2026 : 3 × Sucre blanc 1kg = 300 DA (espèces).',
    ar: 'بيع بتاريخ 18/11/2026: 3 × سكر أبيض 1 كغ = 300 دج (نقدا).',
    en: 'Sale on 18/11/2026: 3 × White sugar 1kg = 300 DZD (cash).',
  },
  createdAt: '2026-11-18T09:42:11.000Z',
};

export const RECORD_EXAMPLE = {
  lines: [
    { sku: 'EPI-003', quantity: 3 },
    { barcode: '6130000000123', quantity: 1, unitPrice: 240 },
  ],
  soldAt: '2026-11-18T10:42:10+01:00',
  paymentMethod: 'cash',
  note: 'ticket 1042',
};

export const REFUND_EXAMPLE = { lines: [{ lineId: LINE.id, quantity: 1 }], reason: 'paquet abîmé' };

export const DAILY_TOTAL_EXAMPLE = {
  ...SALE_EXAMPLE,
  id: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  kind: 'daily_total',
  soldAt: '2026-11-17T23:00:00.000Z',
  total: 33000,
  cost: null,
  margin: null,
  uncostedTotal: 33000,
  declaredTotal: 45000,
  lines: [],
  stock: [],
  warnings: [],
  source: 'api',
  summary: {
    fr: 'Recette déclarée du 18/11/2026 : 45 000 DA, dont 12 000 DA de ventes déjà détaillées ; 33 000 DA comptés sans détail (hors marge).',
    ar: '…',
    en: 'Declared takings for 18/11/2026: 45,000 DZD, of which 12,000 DZD already recorded as itemised sales; 33,000 DZD counted without detail (no margin).',
  },
};

export const SALES_PAGE_EXAMPLE = {
  items: [SALE_EXAMPLE],
  total: 1,
  page: 1,
  pageSize: 20,
  pageCount: 1,
  currency: 'DZD',
  range: { start: '2026-11-17T23:00:00.000Z', end: '2026-11-18T10:00:00.000Z' },
  totals: { revenue: 33300, salesCount: 1, refunds: 0, dailyTotals: 33000, margin: 45, revenueWithoutMargin: 33000 },
};
