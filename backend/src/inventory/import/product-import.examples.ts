export const PRODUCT_IMPORT_EXAMPLE = {
  dryRun: true,
  committed: false,
  file: { format: 'csv', encoding: 'utf-8', rows: 3 },
  columns: [
    { index: 0, header: 'Désignation', field: 'name', label: { fr: 'Nom', ar: 'الاسم', en: 'Name' } },
    { index: 1, header: 'Code barre', field: 'barcode', label: { fr: 'Code-barres', ar: 'الباركود', en: 'Barcode' } },
    { index: 2, header: 'Prix (DA)', field: 'price', label: { fr: 'Prix de vente', ar: 'سعر البيع', en: 'Price' } },
    { index: 3, header: 'Qté', field: 'stock', label: { fr: 'Stock', ar: 'المخزون', en: 'Stock' } },
    { index: 4, header: 'Fournisseur', field: null, label: null },
  ],
  preview: [
    { row: 2, action: 'update', sku: 'EPI-003', barcode: '6130000000031', names: { fr: 'Sucre blanc 1kg', ar: 'سكر أبيض 1 كغ', en: 'White sugar 1kg' }, category: 'épicerie', unit: 'kg', price: 100, cost: 85, stock: 60, stockBefore: 52, reorderThreshold: 20, changed: ['stock'] },
    { row: 3, action: 'create', sku: null, barcode: '6130000099994', names: { fr: 'Chips Mahboul 40g', ar: null, en: null }, category: 'divers', unit: 'unité', price: 30, cost: null, stock: 100, reorderThreshold: 0 },
    { row: 4, action: 'invalid', sku: null, barcode: null, names: { fr: 'Café moulu', ar: null, en: null }, category: null, unit: null, price: null, cost: null, stock: 12, reorderThreshold: null },
  ],
  counts: { rows: 3, valid: 2, invalid: 1, created: 1, updated: 1, unchanged: 0, skipped: 0 },
  errors: [{ row: 4, column: 'Prix (DA)', message: '"12,5,0" is not a number' }],
  errorCount: 1,
};
