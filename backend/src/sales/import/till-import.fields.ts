import type { FieldSpec } from '../../imports/columns';

export type TillField = 'date' | 'time' | 'receipt' | 'line' | 'sku' | 'barcode' | 'name' | 'quantity' | 'unitPrice' | 'paymentMethod';

/** Columns of a till export (one row per ticket line), as French, Arabic and English tills name them. */
export const TILL_FIELDS: FieldSpec<TillField>[] = [
  { field: 'date', label: { fr: 'Date', ar: 'التاريخ', en: 'Date' }, aliases: ['date', 'date vente', 'date de vente', 'date ticket', 'date heure', 'date/heure', 'datetime', 'sold at', 'sale date', 'التاريخ', 'تاريخ البيع'] },
  { field: 'time', label: { fr: 'Heure', ar: 'الساعة', en: 'Time' }, aliases: ['heure', 'time', 'الساعة', 'الوقت'] },
  {
    field: 'receipt',
    label: { fr: 'N° ticket', ar: 'رقم الوصل', en: 'Receipt number' },
    aliases: ['ticket', 'n ticket', 'n° ticket', 'numéro ticket', 'numero ticket', 'no ticket', 'num ticket', 'reçu', 'recu', 'n° reçu', 'facture', 'n° facture', 'bon', 'receipt', 'receipt number', 'receipt no', 'receipt id', 'ticket number', 'invoice', 'رقم الوصل', 'الوصل', 'رقم التذكرة', 'رقم الفاتورة', 'الفاتورة'],
  },
  { field: 'line', label: { fr: 'Ligne', ar: 'السطر', en: 'Line' }, aliases: ['ligne', 'n° ligne', 'line', 'line number', 'line no', 'السطر', 'رقم السطر'] },
  { field: 'sku', label: { fr: 'Référence', ar: 'المرجع', en: 'SKU' }, aliases: ['référence', 'reference', 'ref', 'réf', 'code article', 'code produit', 'sku', 'item code', 'product code', 'المرجع', 'رمز المنتج'] },
  { field: 'barcode', label: { fr: 'Code-barres', ar: 'الباركود', en: 'Barcode' }, aliases: ['code-barres', 'code barres', 'code barre', 'codebarre', 'ean', 'ean13', 'gtin', 'upc', 'barcode', 'الباركود', 'الرمز الشريطي'] },
  { field: 'name', label: { fr: 'Produit', ar: 'المنتج', en: 'Product' }, aliases: ['produit', 'article', 'désignation', 'designation', 'libellé', 'libelle', 'nom', 'product', 'item', 'name', 'product name', 'المنتج', 'السلعة', 'الاسم', 'اسم المنتج'] },
  { field: 'quantity', label: { fr: 'Quantité', ar: 'الكمية', en: 'Quantity' }, aliases: ['quantité', 'quantite', 'qté', 'qte', 'qt', 'quantity', 'qty', 'الكمية', 'كمية'] },
  {
    field: 'unitPrice',
    label: { fr: 'Prix unitaire', ar: 'سعر الوحدة', en: 'Unit price' },
    aliases: ['prix', 'prix unitaire', 'pu', 'p.u', 'prix de vente', 'price', 'unit price', 'selling price', 'السعر', 'سعر الوحدة', 'سعر البيع'],
  },
  {
    field: 'paymentMethod',
    label: { fr: 'Mode de paiement', ar: 'طريقة الدفع', en: 'Payment method' },
    aliases: ['paiement', 'mode de paiement', 'mode paiement', 'règlement', 'reglement', 'payment', 'payment method', 'tender', 'طريقة الدفع', 'الدفع'],
  },
];

/** How tills and people write the payment methods. */
export const PAYMENT_WORDS: Record<string, 'cash' | 'card' | 'cib' | 'edahabia' | 'baridimob' | 'credit'> = {
  cash: 'cash', especes: 'cash', espece: 'cash', liquide: 'cash', 'نقدا': 'cash', 'نقد': 'cash', 'كاش': 'cash',
  card: 'card', carte: 'card', cb: 'card', 'بطاقه': 'card',
  cib: 'cib', 'carte cib': 'cib',
  edahabia: 'edahabia', dahabia: 'edahabia', 'carte edahabia': 'edahabia', 'الذهبيه': 'edahabia',
  baridimob: 'baridimob', 'baridi mob': 'baridimob', 'بريدي موب': 'baridimob',
  credit: 'credit', 'a credit': 'credit', carnet: 'credit', 'كريدي': 'credit', 'دين': 'credit',
};
