import type { FieldSpec } from '../../imports/columns';

export type ProductField = 'sku' | 'barcode' | 'name' | 'nameFr' | 'nameAr' | 'nameEn' | 'category' | 'unit' | 'price' | 'cost' | 'stock' | 'reorderThreshold';

/** Catalogue columns and the headers they are recognised by (fr / ar / en, with the usual shop spellings). */
export const PRODUCT_FIELDS: FieldSpec<ProductField>[] = [
  {
    field: 'sku',
    label: { fr: 'Référence', ar: 'المرجع', en: 'SKU' },
    aliases: ['référence', 'ref', 'réf', 'reference', 'code', 'code article', 'code produit', 'article code', 'product code', 'item code', 'sku', 'المرجع', 'مرجع', 'رمز المنتج', 'كود المنتج', 'الرمز'],
  },
  {
    field: 'barcode',
    label: { fr: 'Code-barres', ar: 'الباركود', en: 'Barcode' },
    aliases: ['code-barres', 'code barres', 'code barre', 'code-barre', 'codebarre', 'codebarres', 'cb', 'ean', 'ean13', 'ean 13', 'gtin', 'upc', 'barcode', 'bar code', 'الباركود', 'باركود', 'الرمز الشريطي', 'رمز شريطي', 'الكود بار'],
  },
  {
    field: 'name',
    label: { fr: 'Nom', ar: 'الاسم', en: 'Name' },
    aliases: ['nom', 'désignation', 'designation', 'libellé', 'libelle', 'produit', 'article', 'nom produit', 'nom du produit', 'nom article', 'name', 'product', 'product name', 'item', 'description', 'الاسم', 'اسم', 'اسم المنتج', 'المنتج', 'السلعة', 'اسم السلعة', 'التسمية'],
  },
  {
    field: 'nameFr',
    label: { fr: 'Nom (français)', ar: 'الاسم بالفرنسية', en: 'Name (French)' },
    aliases: ['nom français', 'nom francais', 'nom fr', 'désignation fr', 'name fr', 'french name', 'name french', 'الاسم بالفرنسية', 'الاسم الفرنسي'],
  },
  {
    field: 'nameAr',
    label: { fr: 'Nom (arabe)', ar: 'الاسم بالعربية', en: 'Name (Arabic)' },
    aliases: ['nom arabe', 'nom ar', 'désignation arabe', 'désignation ar', 'name ar', 'arabic name', 'name arabic', 'الاسم بالعربية', 'الاسم العربي', 'الاسم بالعربي'],
  },
  {
    field: 'nameEn',
    label: { fr: 'Nom (anglais)', ar: 'الاسم بالإنجليزية', en: 'Name (English)' },
    aliases: ['nom anglais', 'nom en', 'name en', 'english name', 'name english', 'الاسم بالإنجليزية', 'الاسم بالانجليزية', 'الاسم الإنجليزي'],
  },
  {
    field: 'category',
    label: { fr: 'Catégorie', ar: 'الفئة', en: 'Category' },
    aliases: ['catégorie', 'categorie', 'famille', 'rayon', 'type', 'category', 'family', 'department', 'الفئة', 'فئة', 'الصنف', 'القسم', 'العائلة'],
  },
  {
    field: 'unit',
    label: { fr: 'Unité', ar: 'الوحدة', en: 'Unit' },
    aliases: ['unité', 'unite', 'u', 'conditionnement', 'unit', 'uom', 'الوحدة', 'وحدة'],
  },
  {
    field: 'price',
    label: { fr: 'Prix de vente', ar: 'سعر البيع', en: 'Price' },
    aliases: ['prix', 'prix de vente', 'prix vente', 'pv', 'p.v', 'prix public', 'prix détail', 'tarif', 'price', 'unit price', 'selling price', 'sale price', 'retail price', 'السعر', 'سعر', 'سعر البيع', 'الثمن', 'ثمن البيع'],
  },
  {
    field: 'cost',
    label: { fr: "Prix d'achat", ar: 'سعر الشراء', en: 'Cost' },
    aliases: ['coût', 'cout', "prix d'achat", 'prix achat', 'pa', 'p.a', 'prix de revient', 'cost', 'cost price', 'purchase price', 'unit cost', 'سعر الشراء', 'التكلفة', 'تكلفة', 'ثمن الشراء'],
  },
  {
    field: 'stock',
    label: { fr: 'Stock', ar: 'المخزون', en: 'Stock' },
    aliases: ['stock', 'quantité', 'quantite', 'qté', 'qte', 'qt', 'quantité en stock', 'stock actuel', 'quantity', 'qty', 'on hand', 'stock quantity', 'المخزون', 'مخزون', 'الكمية', 'كمية', 'الكمية المتوفرة'],
  },
  {
    field: 'reorderThreshold',
    label: { fr: "Seuil d'alerte", ar: 'حد التنبيه', en: 'Reorder level' },
    aliases: ['seuil', "seuil d'alerte", 'seuil alerte', 'stock min', 'stock minimum', 'minimum', 'stock mini', 'seuil de réapprovisionnement', 'reorder level', 'reorder point', 'reorder threshold', 'min stock', 'minimum stock', 'threshold', 'حد التنبيه', 'الحد الأدنى', 'حد إعادة الطلب', 'المخزون الأدنى'],
  },
];

/** The template's columns, in order (the generic "name" is left out: the template names both languages). */
export const TEMPLATE_FIELDS: ProductField[] = ['sku', 'barcode', 'nameFr', 'nameAr', 'category', 'unit', 'price', 'cost', 'stock', 'reorderThreshold'];

export const TEMPLATE_ROWS: Record<'fr' | 'ar' | 'en', (string | number)[][]> = {
  fr: [
    ['EPI-001', '6130001000011', 'Semoule 10kg (SIM, moyenne)', 'سميد 10 كغ (سيم، متوسط)', 'épicerie', 'sac', '1 250', '1 100', 40, 10],
    ['EPI-002', '6130001000028', 'Huile de table Elio 5L', 'زيت المائدة إيليو 5 لتر', 'épicerie', 'bidon', '1 150,00', '1 020,50', 24, 8],
    ['', '', 'Chips Mahboul 40g', 'شيبس محبول', 'snacks', 'paquet', '30', '', 100, 20],
  ],
  ar: [
    ['EPI-001', '6130001000011', 'Semoule 10kg (SIM, moyenne)', 'سميد 10 كغ (سيم، متوسط)', 'épicerie', 'sac', '1250', '1100', 40, 10],
    ['EPI-002', '6130001000028', 'Huile de table Elio 5L', 'زيت المائدة إيليو 5 لتر', 'épicerie', 'bidon', '1150', '1020.50', 24, 8],
    ['', '', 'Chips Mahboul 40g', 'شيبس محبول', 'snacks', 'paquet', '30', '', 100, 20],
  ],
  en: [
    ['EPI-001', '6130001000011', 'Semoule 10kg (SIM, moyenne)', 'سميد 10 كغ (سيم، متوسط)', 'épicerie', 'sac', '1250', '1100', 40, 10],
    ['EPI-002', '6130001000028', 'Huile de table Elio 5L', 'زيت المائدة إيليو 5 لتر', 'épicerie', 'bidon', '1,150.00', '1,020.50', 24, 8],
    ['', '', 'Chips Mahboul 40g', 'شيبس محبول', 'snacks', 'paquet', '30', '', 100, 20],
  ],
};
