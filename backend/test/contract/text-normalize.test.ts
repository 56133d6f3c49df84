import { matchScore, normalizeText, searchable, tokens } from '@tajer/contract';

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
