/** Realistic response examples for the OpenAPI document (demo superette figures). */

export const ITEM_EXAMPLE = {
  id: '5d0c1c3e-1f59-4c57-a1f1-5b0f0a3c2e11',
  sku: 'EPI-001',
  barcode: '6130100000014',
  names: { fr: 'Semoule 10kg (SIM, moyenne)', ar: 'سميد متوسط سيم 10 كغ', en: 'SIM medium semolina 10kg' },
  category: 'épicerie',
  unit: 'sac',
  price: 1250,
  cost: 1120,
  currency: 'DZD',
  stock: 42,
  reorderThreshold: 20,
  lowStock: false,
  stockValue: 47040,
  active: true,
};

export const SEARCH_EXAMPLE = {
  query: 'semole',
  items: [{ ...ITEM_EXAMPLE, score: 0.71 }],
  total: 1,
  page: 1,
  pageSize: 20,
  pageCount: 1,
  lowStockCount: 0,
  currency: 'DZD',
};

const REF = { id: ITEM_EXAMPLE.id, sku: 'EPI-001', names: ITEM_EXAMPLE.names, unit: 'sac' };

export const MOVEMENT_EXAMPLE = {
  id: '8e7b2d4a-0c1f-4a52-9d3e-7f6a5b4c3d21',
  product: REF,
  quantity: 30,
  stockBefore: 42,
  stockAfter: 72,
  reason: 'livraison SIM',
  userId: '1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
  toolCallId: null,
  createdAt: '2026-11-22T09:30:00.000Z',
  summary: 'Semoule 10kg (SIM, moyenne) : 42 → 72',
  lowStock: false,
  reorderThreshold: 20,
};

export const MOVEMENTS_PAGE_EXAMPLE = {
  product: { ...REF, stock: 72 },
  items: [MOVEMENT_EXAMPLE],
  total: 1,
  page: 1,
  pageSize: 20,
  pageCount: 1,
};

export const ANALYSIS_EXAMPLE = {
  attachmentId: null,
  image: { mimeType: 'image/jpeg', width: 1280, height: 960 },
  codes: [{ text: '6130100000014', format: 'EAN13' }],
  text: null,
  ocrConfidence: null,
  ocrRan: false,
  matches: [{ product: ITEM_EXAMPLE, matchedBy: 'barcode', source: 'code', score: 1, evidence: '6130100000014' }],
  summary: 'Semoule 10kg (SIM, moyenne): 42 sac in stock (barcode 6130100000014)',
  ms: 180,
};

export const CREATE_EXAMPLE = {
  sku: 'EPI-100',
  barcode: '6130999000017',
  nameFr: 'Semoule fine 5kg',
  nameAr: 'سميد رقيق 5 كغ',
  nameEn: 'Fine semolina 5kg',
  category: 'épicerie',
  unit: 'sac',
  price: 690,
  cost: 600,
  stock: 12,
  reorderThreshold: 5,
};
