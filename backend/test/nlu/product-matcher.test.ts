import { ProductMatcher } from '../../src/agent/local/nlu/extractors/product';
import { TEST_CATALOG } from './fixtures/catalog';

const matcher = new ProductMatcher(TEST_CATALOG, new Set(['stock', 'ajoute', 'combien', 'reste']));
const id = (text: string, lang: 'fr' | 'ar' | 'en' = 'fr') => matcher.find(text, lang)?.entry?.id;

describe('product matching against the catalogue', () => {
  it.each([
    ['Ajoute 30 sacs de semoule', 'p-semoule'],
    ['stock farine', 'p-farine'],
    ['Il me reste combien de sucre ?', 'p-sucre'],
    ['How much flour do I have left?', 'p-farine'],
    ['Remove 3 packs of biscuits', 'p-biscuits'],
  ])('"%s" → %s', (text, expected) => {
    expect(id(text, /[a-z]/.test(text) && /\b(how|remove)\b/i.test(text) ? 'en' : 'fr')).toBe(expected);
  });

  it('tolerates accents and typos', () => {
    expect(id('combien de cafe')).toBe('p-cafe');
    expect(id('stock de semoul')).toBe('p-semoule');
    expect(id('les lentiles')).toBe('p-lentilles');
  });

  it('normalises Arabic hamza, taa marbuta and diacritics', () => {
    expect(id('كم بقي من الدقيق؟', 'ar')).toBe('p-farine');
    expect(id('أَضِفْ 20 كِيسَ سُكَّرٍ', 'ar')).toBe('p-sucre');
    expect(id('هل بقي ارز؟', 'ar')).toBe('p-riz');
    expect(id('قهوه', 'ar')).toBe('p-cafe');
  });

  it('resolves Darija aliases in both scripts', () => {
    expect(id('zid 20 kilo smid')).toBe('p-semoule');
    expect(id('wach kayen 7lib')).toBe('p-lait');
    expect(id('chhal 3andi men sokkar')).toBe('p-sucre');
    expect(id('kayen qahwa?')).toBe('p-cafe');
    expect(id('شحال باقي من الفرينة؟', 'ar')).toBe('p-farine');
    expect(id('chhal bqa men l3dess')).toBe('p-lentilles');
  });

  it('answers with the concept word in the message language', () => {
    expect(matcher.find('wach kayen zit', 'fr')?.canonical).toBe('huile');
    expect(matcher.find('واش كاين الزيت', 'ar')?.canonical).toBe('زيت');
    expect(matcher.find('any oil left?', 'en')?.canonical).toBe('oil');
  });

  it('reports ambiguity instead of guessing', () => {
    const m = matcher.find("Ajoute 3 bidons d'huile", 'fr');
    expect(m?.entry).toBeUndefined();
    expect(m?.candidates.map((c) => c.entry.id).sort()).toEqual(['p-huile-1', 'p-huile-5']);
  });

  it('weighs the head word: chocolate with milk is not milk', () => {
    expect(id('stock de lait')).toBe('p-lait');
    expect(id('chocolat au lait')).toBe('p-chocolat');
  });

  it('prefers the longest lexicon entry ("eau de javel" is not water)', () => {
    expect(id('Ajoute 5 eau de javel')).toBe('p-javel');
  });

  it('finds nothing in a message about something else', () => {
    expect(matcher.find('Quelles sont mes dépenses ce mois ?', 'fr')).toBeUndefined();
  });
});
