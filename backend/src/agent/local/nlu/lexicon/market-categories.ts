/**
 * Product categories for market questions ("tendances des produits laitiers", "beverages", "ألبان").
 * Keys are the French category names the catalogue uses.
 */
import type { CategoryCue } from './expense-categories';

export const MARKET_CATEGORY_CUES: CategoryCue[] = [
  { key: 'produits laitiers', cues: ['produits laitiers', 'laitiers', 'laitier', 'laitages', 'crèmerie', 'dairy', 'dairy products', 'ألبان', 'الألبان', 'الالبان', 'منتجات الألبان', 'مشتقات الحليب', 'الحليب ومشتقاتو', 'الحليب ومشتقاته', 'produits lai'] },
  { key: 'boissons', cues: ['boissons', 'boisson', 'sodas', 'jus', 'beverages', 'beverage', 'drinks', 'soft drinks', 'مشروبات', 'المشروبات', 'العصائر', 'المشروبات الغازية', 'لي بواصون', 'les boissons'] },
  { key: 'épicerie', cues: ['épicerie', 'epicerie', 'épicerie sèche', 'alimentation générale', 'grocery', 'groceries', 'staples', 'بقالة', 'المواد الغذائية', 'مواد غذائية', 'ليبيسري'] },
  { key: 'conserves', cues: ['conserves', 'conserve', 'boîtes de conserve', 'canned food', 'canned goods', 'tinned food', 'canned', 'معلبات', 'المعلبات', 'الكونسارف', 'conserve'] },
  { key: 'boulangerie', cues: ['boulangerie', 'pain', 'viennoiseries', 'bakery', 'bread', 'مخبزة', 'المخبوزات', 'الخبز'] },
  { key: 'confiserie', cues: ['confiserie', 'confiseries', 'sucreries', 'bonbons', 'biscuits', 'chocolat', 'snacks', 'confectionery', 'sweets', 'candy', 'حلويات', 'الحلويات', 'الحلوى'] },
  { key: 'fruits et légumes', cues: ['fruits et légumes', 'fruits', 'légumes', 'primeurs', 'fruit and vegetables', 'vegetables', 'produce', 'خضر وفواكه', 'الخضر', 'الفواكه', 'الخضرة', 'خضرة'] },
  { key: 'hygiène', cues: ['hygiène', 'hygiene', 'soins', 'cosmétiques', 'toiletries', 'personal care', 'النظافة الشخصية', 'نظافة', 'مواد التجميل'] },
  { key: 'entretien', cues: ['entretien', 'produits d entretien', 'ménager', 'ménagers', 'nettoyage', 'cleaning', 'cleaning products', 'household', 'مواد التنظيف', 'التنظيف', 'المنظفات', 'منظفات'] },
];
