import { EXPENSE_CATEGORY_LABELS, GOODS_PURCHASE_CATEGORY, matchScore, normalizeText, searchable } from '@tajer/contract';
import { resolveExpenseCategory } from '../expenses/expense-categories';
import { canonicalCategory } from '../expenses/expense-view';
import type { Localized } from '../common/localisation/localized';

/**
 * Product categories are stored as the shop typed them (French in the demo); expense categories are stored as the
 * contract's keys. These labels and synonyms let answers name them in the user's language and let "dairy", "ألبان" or
 * "laitiers" find "produits laitiers". Unknown categories fall back to their stored name in every language.
 */
interface KnownCategory {
  label: Localized;
  synonyms: string[];
}

const PRODUCT_CATEGORIES: Record<string, KnownCategory> = {
  épicerie: {
    label: { fr: 'Épicerie', ar: 'مواد غذائية', en: 'Groceries' },
    synonyms: ['epicerie', 'grocery', 'groceries', 'alimentation', 'بقالة', 'مواد غذائية', 'food staples'],
  },
  conserves: {
    label: { fr: 'Conserves', ar: 'معلبات', en: 'Canned food' },
    synonyms: ['conserve', 'canned', 'cans', 'tinned', 'معلبات', 'مصبرات'],
  },
  boissons: {
    label: { fr: 'Boissons', ar: 'مشروبات', en: 'Beverages' },
    synonyms: ['boisson', 'beverage', 'drink', 'soft drinks', 'مشروبات', 'مشروب', 'عصير', 'limonade'],
  },
  'produits laitiers': {
    label: { fr: 'Produits laitiers', ar: 'مشتقات الحليب', en: 'Dairy' },
    synonyms: ['laitier', 'laitiers', 'dairy', 'milk products', 'ألبان', 'البان', 'مشتقات الحليب', 'حليب', 'lait'],
  },
  boulangerie: {
    label: { fr: 'Boulangerie', ar: 'مخبزة', en: 'Bakery' },
    synonyms: ['pain', 'bread', 'bakery', 'خبز', 'مخبزة', 'مخبوزات'],
  },
  confiserie: {
    label: { fr: 'Confiserie', ar: 'حلويات', en: 'Confectionery' },
    synonyms: ['bonbons', 'sweets', 'candy', 'biscuits', 'confectionery', 'حلويات', 'حلوى'],
  },
  'fruits et légumes': {
    label: { fr: 'Fruits et légumes', ar: 'خضر وفواكه', en: 'Fruit and vegetables' },
    synonyms: ['fruits', 'legumes', 'vegetables', 'produce', 'خضر', 'خضار', 'فواكه', 'خضر وفواكه'],
  },
  hygiène: {
    label: { fr: 'Hygiène', ar: 'نظافة شخصية', en: 'Personal care' },
    synonyms: ['hygiene', 'toiletries', 'personal care', 'cosmetiques', 'نظافة', 'تجميل'],
  },
  entretien: {
    label: { fr: 'Entretien', ar: 'مواد التنظيف', en: 'Household cleaning' },
    synonyms: ['menage', 'cleaning', 'household', 'detergent', 'تنظيف', 'منظفات'],
  },
};

const index = (map: Record<string, KnownCategory>) => new Map(Object.entries(map).map(([key, value]) => [normalizeText(key), value]));
const KNOWN_PRODUCTS = index(PRODUCT_CATEGORIES);
export type CategoryKind = 'product' | 'expense';

/**
 * A category's name in the three languages. Expense categories are the contract's vocabulary (the same word can mean
 * another thing there: "entretien" is upkeep of the shop, not cleaning products); a stored name outside it is shown
 * as stored.
 */
export function categoryLabel(category: string, kind: CategoryKind = 'product'): Localized {
  if (kind === 'expense') {
    const key = resolveExpenseCategory(category);
    return key ? EXPENSE_CATEGORY_LABELS[key] : { fr: category, ar: category, en: category };
  }
  const known = KNOWN_PRODUCTS.get(normalizeText(category));
  return known ? known.label : { fr: category, ar: category, en: category };
}

/**
 * Resolves what a user typed to one of the business's own categories, or null. Exact names win, then known
 * translations and synonyms, then the best partial match.
 */
export function matchCategory(input: string, available: string[]): string | null {
  const wanted = normalizeText(input);
  if (!wanted) return null;
  const exact = available.find((c) => normalizeText(c) === wanted);
  if (exact) return exact;
  let best: { category: string; score: number } | null = null;
  for (const category of available) {
    const known = KNOWN_PRODUCTS.get(normalizeText(category));
    const haystack = searchable(category, ...(known ? [...Object.values(known.label), ...known.synonyms] : []));
    const score = matchScore(input, haystack);
    if (score > (best?.score ?? 0)) best = { category, score };
  }
  return best && best.score >= 0.5 ? best.category : null;
}

/**
 * Purchases of goods for resale. Their cost reaches the result through the cost of goods sold (gross margin) when the
 * goods sell, so counting them again as an expense would charge the same stock twice. The expenses module's
 * canonical category decides, so the dashboard's "operating expenses" and the expenses page's split always add up.
 */
export const isGoodsPurchase = (category: string) => canonicalCategory(category) === GOODS_PURCHASE_CATEGORY;
