import { EXPENSE_CATEGORY_LABELS, GOODS_PURCHASE_CATEGORY } from '@tajer/contract';
import { resolveExpenseCategory } from '../expenses/expense-categories';
import { canonicalCategory } from '../expenses/expense-view';
import type { Localized } from '../common/localisation/localized';

/**
 * An expense category's name in the three languages: the contract's label of the key it resolves to (a stored name
 * outside the vocabulary is shown as stored). Product categories are labelled by the contract's
 * `productCategoryLabel`: the same word can mean another thing there ("entretien" is upkeep of the shop as an
 * expense, cleaning products on a shelf).
 */
export function expenseCategoryLabel(category: string): Localized {
  const key = resolveExpenseCategory(category);
  return key ? EXPENSE_CATEGORY_LABELS[key] : { fr: category, ar: category, en: category };
}

/**
 * Purchases of goods for resale. Their cost reaches the result through the cost of goods sold (gross margin) when the
 * goods sell, so counting them again as an expense would charge the same stock twice. The expenses module's
 * canonical category decides, so the dashboard's "operating expenses" and the expenses page's split always add up.
 */
export const isGoodsPurchase = (category: string) => canonicalCategory(category) === GOODS_PURCHASE_CATEGORY;
