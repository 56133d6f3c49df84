import { EXPENSE_CATEGORY_LABELS } from '@tajer/contract';
import { categoryLabel, isGoodsPurchase, matchCategory } from '../../dashboard/category-labels';
import { matchScore, normalizeText, searchable, tokens } from './text-normalize';

describe('normalizeText / tokens', () => {
  it('drops French accents and unifies Arabic letter variants', () => {
    expect(normalizeText('Épicerie  Fine')).toBe('epicerie fine');
    expect(normalizeText('أرز')).toBe(normalizeText('ارز'));
    expect(normalizeText('مربى')).toBe('مربي');
    expect(normalizeText('طماطم مركزة')).toBe('طماطم مركزه');
  });

  it('strips stop words, plural s and the Arabic article', () => {
    expect(tokens("Huile de l'olive")).toEqual(['huile', 'olive']);
    expect(tokens('Sardines')).toEqual(['sardine']);
    expect(tokens('الزيت')).toEqual(['زيت']);
  });

  it('scores a query by the share of its words found at a word start', () => {
    const hay = searchable('Huile de table Elio 5L', 'زيت المائدة إيليو 5 لتر', 'Elio cooking oil 5L');
    expect(matchScore('huile', hay)).toBe(1);
    expect(matchScore('الزيت', hay)).toBe(1);
    expect(matchScore('oil elio', hay)).toBe(1);
    expect(matchScore('huile olive', hay)).toBe(0.5);
    expect(matchScore('sucre', hay)).toBe(0);
  });
});

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
