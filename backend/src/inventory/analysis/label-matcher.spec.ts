import { editDistance as levenshtein } from '@tajer/contract';
import { labelWords, matchLabelText, wordSimilarity } from './label-matcher';

const catalog = [
  { id: 'semoule', names: ['Semoule 10kg (SIM, moyenne)', 'سميد متوسط سيم 10 كغ', 'SIM medium semolina 10kg'] },
  { id: 'farine', names: ['Farine de blé 1kg', 'دقيق القمح 1 كغ', 'Wheat flour 1kg'] },
  { id: 'couscous', names: ['Couscous moyen 1kg', 'كسكس متوسط 1 كغ', 'Medium couscous 1kg'] },
  { id: 'sucre', names: ['Sucre blanc 1kg', 'سكر أبيض 1 كغ', 'White sugar 1kg'] },
  { id: 'huile5', names: ['Huile de table Elio 5L', null, 'Elio cooking oil 5L'] },
  { id: 'huile2', names: ['Huile de table Elio 2L', null, 'Elio cooking oil 2L'] },
];

describe('label matching', () => {
  it('tolerates OCR misreads in long words but not in sizes', () => {
    expect(levenshtein('semoule', 'semoulf')).toBe(1);
    expect(wordSimilarity('semoule', 'semoulf')).toBeCloseTo(6 / 7, 5);
    expect(wordSimilarity('10kg', '1kg')).toBe(0);
    expect(wordSimilarity('sim', 'sin')).toBe(0);
  });

  it('finds the product from a label that prints words the catalogue lacks', () => {
    const [best, ...rest] = matchLabelText('SEMOULE EXTRA\n10KG', catalog);
    expect(best.id).toBe('semoule');
    expect(best.score).toBeGreaterThan(0.6);
    expect(best.matchedWords).toEqual(expect.arrayContaining(['semoule', '10kg']));
    expect(rest.every((r) => r.score < best.score)).toBe(true);
  });

  it('uses the size to tell two sizes of the same product apart, despite an OCR error', () => {
    const matches = matchLabelText('HUILE DE TABIE ELIO\n5L', catalog);
    expect(matches[0].id).toBe('huile5');
    expect(matches.find((m) => m.id === 'huile2')?.score ?? 0).toBeLessThan(matches[0].score);
  });

  it('joins sizes printed apart from their unit, in French and Arabic', () => {
    expect(labelWords('Huile 5 L')).toEqual(['huile', '5l']);
    expect(labelWords('250 g net')).toEqual(['250g', 'net']);
    expect(labelWords('سميد 10 كغ')).toEqual(['smid', '10kg']);
    // The units are the contract's (`SIZE_UNIT_WORDS`), spelled out too.
    expect(labelWords('Semoule 10 kilos')).toEqual(['semoule', '10kg']);
    expect(labelWords('Huile 2 litres')).toEqual(['huile', '2l']);
    expect(labelWords('سميد 10 كلغ')).toEqual(['smid', '10kg']);
    expect(matchLabelText('ELIO huile de table 5 L', catalog)[0]).toMatchObject({ id: 'huile5', score: 1 });
  });

  it('matches English labels too', () => {
    expect(matchLabelText('white sugar — 1 kg pack', catalog)[0].id).toBe('sucre');
  });

  it('returns nothing for text unrelated to the catalogue', () => {
    expect(matchLabelText('Made in Algeria. Keep dry.', catalog)).toEqual([]);
    expect(matchLabelText('', catalog)).toEqual([]);
  });
});
