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
    // « الفارينة » (with its alif) was no product at all.
    expect(id('و الفارينة؟', 'ar')).toBe('p-farine');
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

describe('a catalogue name written out in full', () => {
  const shop = new ProductMatcher([
    { id: 'tomates', names: { fr: 'Tomates', ar: 'طماطم', en: 'Tomatoes' } },
    { id: 'concentre', names: { fr: 'Concentré de tomate 400g', ar: 'طماطم مركزة 400 غ', en: 'Tomato paste 400g' } },
    { id: 'bimo', names: { fr: 'Biscuits Bimo au lait 200g', ar: 'بسكويت بيمو بالحليب 200 غ', en: 'Bimo milk biscuits 200g' } },
    { id: 'lait', names: { fr: 'Lait', ar: 'حليب', en: 'Milk' } },
    { id: 'poudre', names: { fr: 'Lait en poudre 500g', ar: 'حليب بودرة 500 غ', en: 'Powdered milk 500g' } },
  ]);
  const found = (text: string, lang: 'fr' | 'ar' | 'en') => shop.find(text, lang)?.entry?.id;

  // What a choice's button sends: the name as the catalogue spells it. The concept its words name (tomato, milk) took
  // over: « Tomates » was the paste, « Bimo milk biscuits 200g » was milk.
  it.each([
    [' 2 Tomates', 'fr', 'tomates'],
    [' 2 Tomatoes to Amel', 'en', 'tomates'],
    [' 2 Bimo milk biscuits 200g', 'en', 'bimo'],
    [' 2 Concentré de tomate 400g', 'fr', 'concentre'],
    [' 2 طماطم مركزة 400 غ', 'ar', 'concentre'],
  ] as const)('"%s" is the product it spells', (text, lang, id) => {
    expect(found(text, lang)).toBe(id);
  });

  it('is not taken when the next word makes it another product’s name (« lait en poudre », « Lait » on file too)', () => {
    expect(found(' 2 lait en poudre', 'fr')).toBe('poudre');
    expect(found(' 2 milk', 'en')).toBe('lait');
  });
});
