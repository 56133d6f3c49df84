import { EXPENSE_CATEGORY_LABELS } from '@tajer/contract';

/** Realistic response examples for the OpenAPI document; category names are the contract's. */
export const EXPENSE_EXAMPLE = {
  id: '6a0f3c2e-1b4d-4e8f-9a7c-2d3e4f5a6b7c',
  amount: 1520,
  currency: 'DZD',
  category: 'marchandises',
  categoryLabel: EXPENSE_CATEGORY_LABELS.marchandises,
  description: 'Réassort épicerie',
  date: '2026-03-14',
  merchant: 'Supérette Ennour',
  vatAmount: 242.69,
  attachmentId: '0b6f0a4e-6d0c-4d1e-9a43-4c8f7f1f2b10',
  receiptUrl: '/api/attachments/0b6f0a4e-6d0c-4d1e-9a43-4c8f7f1f2b10',
  createdAt: '2026-03-14T10:42:00.000Z',
};

export const LIST_EXAMPLE = {
  currency: 'DZD',
  range: { period: 'month', from: '2026-03-01', to: '2026-03-14' },
  category: null,
  items: [EXPENSE_EXAMPLE],
  page: 1,
  pageSize: 50,
  totalItems: 23,
  totalPages: 1,
  totals: {
    grandTotal: 412350.5,
    goodsPurchases: 298400,
    operating: 113950.5,
    vatTotal: 9120.4,
    count: 23,
    byCategory: [
      {
        category: 'marchandises',
        label: EXPENSE_CATEGORY_LABELS.marchandises,
        amount: 298400,
        count: 8,
        share: 72.4,
      },
      { category: 'loyer', label: EXPENSE_CATEGORY_LABELS.loyer, amount: 60000, count: 1, share: 14.6 },
    ],
    otherCurrencies: [],
  },
  previous: { from: '2026-02-01', to: '2026-02-14', grandTotal: 388120, change: 6.2 },
};

export const PREVIEW_EXAMPLE = {
  amount: 1520,
  currency: 'DZD',
  category: 'électricité',
  categoryLabel: EXPENSE_CATEGORY_LABELS['électricité'],
  description: 'Facture bimestrielle',
  date: '2026-03-14',
  merchant: 'Sonelgaz',
  vatAmount: 242.69,
  attachmentId: null,
  ocrFields: null,
  ocrConfidence: null,
  summary: {
    fr: 'Nouvelle dépense : 1 520,00 DA — Électricité — Sonelgaz — 2026-03-14',
    ar: 'مصروف جديد: 1 520,00 دج — الكهرباء — Sonelgaz — 2026-03-14',
    en: 'New expense: DZD 1,520.00 — Electricity — Sonelgaz — 2026-03-14',
  },
};

export const SCAN_EXAMPLE = {
  attachmentId: '0b6f0a4e-6d0c-4d1e-9a43-4c8f7f1f2b10',
  receiptUrl: '/api/attachments/0b6f0a4e-6d0c-4d1e-9a43-4c8f7f1f2b10',
  merchant: 'SUPERETTE ENNOUR',
  date: '2026-03-14',
  total: 1520,
  subtotal: 1277.31,
  vat: 242.69,
  vatLines: [{ rate: 19, amount: 242.69 }],
  currency: 'DZD',
  lines: [{ description: 'Semoule 1kg', quantity: 2, unitPrice: 120, amount: 240 }],
  confidence: { merchant: 0.86, date: 0.93, total: 0.95, vat: 0.9, currency: 0.9, category: 0.67 },
  suggestedCategory: {
    key: 'marchandises',
    label: EXPENSE_CATEGORY_LABELS.marchandises,
    confidence: 0.67,
  },
  warnings: [],
  alreadyUsedBy: null,
  saved: false,
  proposal: {
    amount: 1520,
    category: 'marchandises',
    date: '2026-03-14',
    merchant: 'SUPERETTE ENNOUR',
    currency: 'DZD',
    vatAmount: 242.69,
    attachmentId: '0b6f0a4e-6d0c-4d1e-9a43-4c8f7f1f2b10',
    ocrFields: { total: 1520 },
  },
  ocr: { ms: 1840, passes: 1, ocrConfidence: 0.88, text: 'SUPERETTE ENNOUR\n…\nTOTAL TTC 1 520,00 DA' },
};
