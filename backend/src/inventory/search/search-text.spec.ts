import { normalizeSearchText, searchTokens, sqlTranslateArguments } from '../../common/text/search-text';

describe('normalizeSearchText', () => {
  it('removes French accents and ligatures and lowercases', () => {
    expect(normalizeSearchText('Café moulu')).toBe('cafe moulu');
    expect(normalizeSearchText('Œufs (plateau de 30)')).toBe('oeufs plateau de 30');
    expect(normalizeSearchText('Eau minérale Saïda 1,5L')).toBe('eau minerale saida 1 5l');
    // decomposed input (e + combining acute) ends up the same as the composed form
    expect(normalizeSearchText('Cafe\u0301')).toBe('cafe');
  });

  it('strips Arabic diacritics and tatweel so vocalised and plain spellings meet', () => {
    expect(normalizeSearchText('سَمِيد')).toBe(normalizeSearchText('سميد'));
    expect(normalizeSearchText('سـمـيـد')).toBe(normalizeSearchText('سميد'));
    expect(normalizeSearchText('سَمِيد')).toBe('smid');
  });

  it('unifies alef/hamza forms, taa marbuta and alef maqsura', () => {
    expect(normalizeSearchText('أرز')).toBe(normalizeSearchText('ارز'));
    expect(normalizeSearchText('إيليو')).toBe(normalizeSearchText('ايليو'));
    expect(normalizeSearchText('آمن')).toBe(normalizeSearchText('امن'));
    expect(normalizeSearchText('قهوة')).toBe(normalizeSearchText('قهوه'));
    expect(normalizeSearchText('حلوى')).toBe(normalizeSearchText('حلوي'));
    expect(normalizeSearchText('مسؤول')).toBe(normalizeSearchText('مسوول'));
  });

  it('transliterates Arabic close to how Darija is typed in Latin letters', () => {
    expect(normalizeSearchText('حليب')).toBe('hlib');
    expect(normalizeSearchText('زيت')).toBe('zit');
    expect(normalizeSearchText('خبز')).toBe('khbz');
    expect(normalizeSearchText('شاي')).toBe('chai');
  });

  it('maps Arabic-Indic digits and splits on punctuation', () => {
    expect(normalizeSearchText('سكر ١ كغ')).toBe(normalizeSearchText('سكر 1 كغ'));
    expect(searchTokens('  EPI-001 / Semoule, 10kg ')).toEqual(['epi', '001', 'semoule', '10kg']);
    expect(searchTokens('؟!')).toEqual([]);
  });

  it('keeps the SQL translate() arguments aligned (letters first, then deleted marks)', () => {
    const { from, to } = sqlTranslateArguments();
    expect([...from].length).toBeGreaterThan([...to].length);
    expect(/^[a-z0-9]+$/.test(to)).toBe(true);
  });
});
