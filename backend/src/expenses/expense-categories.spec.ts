import { resolveExpenseCategory, suggestCategory } from './expense-categories';

describe('resolveExpenseCategory', () => {
  it.each([
    ['loyer', 'loyer'],
    ['Électricité', 'électricité'],
    ['electricite', 'électricité'],
    ['Sonelgaz', 'électricité'],
    ['facture Sonelgaz', 'électricité'],
    ['الكهرباء', 'électricité'],
    ['فاتورة الكهرباء', 'électricité'],
    ['rent', 'loyer'],
    ['الكراء', 'loyer'],
    ['gasoil', 'carburant'],
    ['Naftal', 'carburant'],
    ['salaries', 'salaires'],
    ['الخلصة', 'salaires'],
    ['achats marchandises', 'marchandises'],
    ['achat de marchandises', 'marchandises'],
    ['goods', 'marchandises'],
    ['internet/téléphone', 'internet'],
    ['Djezzy', 'téléphone'],
    ['impôts', 'taxes'],
    ['G50', 'taxes'],
    ['pub', 'publicité'],
    ['إشهار', 'publicité'],
    ['divers', 'autre'],
  ])('%s → %s', (input, expected) => expect(resolveExpenseCategory(input)).toBe(expected));

  it('refuses what it does not know, and ambiguous mixes', () => {
    expect(resolveExpenseCategory('vacances')).toBeNull();
    expect(resolveExpenseCategory('')).toBeNull();
    expect(resolveExpenseCategory('loyer et salaires')).toBeNull();
  });
});

describe('suggestCategory', () => {
  it('reads the merchant and the lines of a receipt', () => {
    expect(suggestCategory('SONELGAZ Distribution Centre', ['Consommation 420 kWh']).category).toBe('électricité');
    expect(suggestCategory('Station NAFTAL Bab Ezzouar', ['Gasoil 40 L']).category).toBe('carburant');
    expect(suggestCategory('Ets Boudiaf — Marché de gros', ['Semoule 10kg x 5', 'Huile 5L x 4']).category).toBe('marchandises');
    expect(suggestCategory('Quincaillerie El Amel', ['Eau de Javel 1L', 'Ampoule LED']).category).toBe('entretien');
    expect(suggestCategory(null, [])).toEqual({ category: 'autre', confidence: 0 });
  });
});
