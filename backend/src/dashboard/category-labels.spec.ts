import { EXPENSE_CATEGORY_LABELS } from '@tajer/contract';
import { categoryLabel, isGoodsPurchase, matchCategory } from './category-labels';

describe('categories', () => {
  const shop = ['boissons', 'produits laitiers', 'épicerie', 'entretien'];

  it('resolves a category typed in any language', () => {
    expect(matchCategory('produits laitiers', shop)).toBe('produits laitiers');
    expect(matchCategory('laitiers', shop)).toBe('produits laitiers');
    expect(matchCategory('dairy', shop)).toBe('produits laitiers');
    expect(matchCategory('ألبان', shop)).toBe('produits laitiers');
    expect(matchCategory('Beverages', shop)).toBe('boissons');
    expect(matchCategory('drinks', shop)).toBe('boissons');
    expect(matchCategory('مشروبات', shop)).toBe('boissons');
    expect(matchCategory('EPICERIE', shop)).toBe('épicerie');
  });

  it('returns null rather than a guess', () => {
    expect(matchCategory('voitures', shop)).toBeNull();
    expect(matchCategory('   ', shop)).toBeNull();
  });

  it('labels the same word differently for products and expenses', () => {
    expect(categoryLabel('entretien').en).toBe('Household cleaning');
    expect(categoryLabel('entretien', 'expense')).toEqual(EXPENSE_CATEGORY_LABELS.entretien);
    expect(categoryLabel('entretien', 'expense').en).not.toBe(categoryLabel('entretien').en);
    expect(categoryLabel('catégorie maison')).toEqual({ fr: 'catégorie maison', ar: 'catégorie maison', en: 'catégorie maison' });
  });

  it('knows goods purchases apart from operating expenses', () => {
    expect(isGoodsPurchase('marchandises')).toBe(true);
    expect(isGoodsPurchase('achats marchandises')).toBe(true);
    expect(isGoodsPurchase('Achats de marchandises')).toBe(true);
    expect(isGoodsPurchase('loyer')).toBe(false);
  });
});
