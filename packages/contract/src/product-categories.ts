/**
 * Product categories: the one list of the categories Tajer knows, with their fr/ar/en labels and the words shops use
 * for them. Unlike expense categories, a product's category is stored as the shop typed it (an imported catalogue
 * brings its own), so a stored name outside this list is valid and shown as stored; these keys are the demo's and
 * the default's, and what "dairy", "ألبان" or "laitiers" resolve to.
 */
import type { Localized } from './lang';
import { normalizeText } from './text/normalize';
import { matchScore, searchable } from './text/product-resolver';

export const PRODUCT_CATEGORY_LABELS = {
  épicerie: { fr: 'Épicerie', ar: 'مواد غذائية', en: 'Groceries' },
  conserves: { fr: 'Conserves', ar: 'معلبات', en: 'Canned food' },
  boissons: { fr: 'Boissons', ar: 'مشروبات', en: 'Beverages' },
  'produits laitiers': { fr: 'Produits laitiers', ar: 'مشتقات الحليب', en: 'Dairy' },
  boulangerie: { fr: 'Boulangerie', ar: 'مخبزة', en: 'Bakery' },
  confiserie: { fr: 'Confiserie', ar: 'حلويات', en: 'Confectionery' },
  'fruits et légumes': { fr: 'Fruits et légumes', ar: 'خضر وفواكه', en: 'Fruit and vegetables' },
  hygiène: { fr: 'Hygiène', ar: 'نظافة شخصية', en: 'Personal care' },
  entretien: { fr: 'Entretien', ar: 'مواد التنظيف', en: 'Household cleaning' },
  divers: { fr: 'Divers', ar: 'متفرقات', en: 'Miscellaneous' },
} as const satisfies Record<string, Localized>;

export type ProductCategory = keyof typeof PRODUCT_CATEGORY_LABELS;
/** The keys, in display order (the demo catalogue's order, the default last). */
export const PRODUCT_CATEGORIES = Object.keys(PRODUCT_CATEGORY_LABELS) as [ProductCategory, ...ProductCategory[]];

export const isProductCategory = (value: unknown): value is ProductCategory =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(PRODUCT_CATEGORY_LABELS, value);

/** Where a product added or imported without a category goes. */
export const DEFAULT_PRODUCT_CATEGORY = 'divers' satisfies ProductCategory;

/** Other words for a category (its labels count too): what lets "dairy" find « produits laitiers ». */
export const PRODUCT_CATEGORY_SYNONYMS: Record<ProductCategory, readonly string[]> = {
  épicerie: ['epicerie', 'grocery', 'groceries', 'alimentation', 'بقالة', 'مواد غذائية', 'food staples'],
  conserves: ['conserve', 'canned', 'cans', 'tinned', 'معلبات', 'مصبرات'],
  boissons: ['boisson', 'beverage', 'drink', 'soft drinks', 'مشروبات', 'مشروب', 'عصير', 'limonade'],
  'produits laitiers': ['laitier', 'laitiers', 'dairy', 'milk products', 'ألبان', 'البان', 'مشتقات الحليب', 'حليب', 'lait'],
  boulangerie: ['pain', 'bread', 'bakery', 'خبز', 'مخبزة', 'مخبوزات'],
  confiserie: ['bonbons', 'sweets', 'candy', 'biscuits', 'confectionery', 'حلويات', 'حلوى'],
  'fruits et légumes': ['fruits', 'legumes', 'vegetables', 'produce', 'خضر', 'خضار', 'فواكه', 'خضر وفواكه'],
  hygiène: ['hygiene', 'toiletries', 'personal care', 'cosmetiques', 'نظافة', 'تجميل'],
  entretien: ['menage', 'cleaning', 'household', 'detergent', 'تنظيف', 'منظفات'],
  divers: ['misc', 'miscellaneous', 'other', 'autres', 'متفرقات', 'أخرى'],
};

/** Stored names as the shop may have typed them ("Epicerie", "PRODUITS LAITIERS") → the key they mean. */
const BY_FOLDED = new Map(PRODUCT_CATEGORIES.map((key) => [normalizeText(key), key]));
const knownCategory = (stored: string): ProductCategory | undefined => BY_FOLDED.get(normalizeText(stored));

/** A stored category's name in the three languages; one outside the vocabulary is shown as stored in every language. */
export function productCategoryLabel(category: string): Localized {
  const key = knownCategory(category);
  return key ? PRODUCT_CATEGORY_LABELS[key] : { fr: category, ar: category, en: category };
}

/**
 * Resolves what a user typed to one of the business's own categories, or null. Exact names win, then known
 * translations and synonyms, then the best partial match.
 */
export function matchProductCategory(input: string, available: readonly string[]): string | null {
  const wanted = normalizeText(input);
  if (!wanted) return null;
  const exact = available.find((c) => normalizeText(c) === wanted);
  if (exact) return exact;
  let best: { category: string; score: number } | null = null;
  for (const category of available) {
    const key = knownCategory(category);
    const haystack = searchable(
      category,
      ...(key ? [...Object.values(PRODUCT_CATEGORY_LABELS[key]), ...PRODUCT_CATEGORY_SYNONYMS[key]] : []),
    );
    const score = matchScore(input, haystack);
    if (score > (best?.score ?? 0)) best = { category, score };
  }
  return best && best.score >= 0.5 ? best.category : null;
}
