import { EXPENSE_CATEGORY_LABELS, productCategoryLabel } from '@tajer/contract';
import { expenseCategoryLabel, isGoodsPurchase } from './category-labels';

describe('categories', () => {
  it('labels the same word differently for products and expenses', () => {
    expect(productCategoryLabel('entretien').en).toBe('Household cleaning');
    expect(expenseCategoryLabel('entretien')).toEqual(EXPENSE_CATEGORY_LABELS.entretien);
    expect(expenseCategoryLabel('entretien').en).not.toBe(productCategoryLabel('entretien').en);
    expect(expenseCategoryLabel('catégorie maison')).toEqual({ fr: 'catégorie maison', ar: 'catégorie maison', en: 'catégorie maison' });
  });

  it('knows goods purchases apart from operating expenses', () => {
    expect(isGoodsPurchase('marchandises')).toBe(true);
    expect(isGoodsPurchase('achats marchandises')).toBe(true);
    expect(isGoodsPurchase('Achats de marchandises')).toBe(true);
    expect(isGoodsPurchase('loyer')).toBe(false);
  });
});
