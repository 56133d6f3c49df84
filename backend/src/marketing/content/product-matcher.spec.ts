import { selectProducts, type CandidateProduct } from './product-matcher';
import { detectOccasion } from './topic-lexicon';

let n = 0;
const p = (nameFr: string, nameAr: string | null, category: string, unitsSold: number, stock = 10): CandidateProduct => ({
  id: `p${n++}`,
  nameFr,
  nameAr,
  nameEn: null,
  category,
  stock,
  unitsSold,
});
const catalog = [
  p('Dattes Deglet Nour 1kg', 'تمر دقلة نور', 'Fruits secs', 50),
  p('Semoule moyenne Safina 10kg', 'سميد متوسط', 'Épicerie', 300),
  p('Semoule fine 1kg', 'سميد رقيق', 'Épicerie', 100),
  p('Lait UHT Candia 1L', 'حليب كانديا', 'Produits laitiers', 900),
  p('Huile Elio 5L', 'زيت إيليو', 'Épicerie', 500),
  p('Huile Afia 1L', 'زيت عافية', 'Épicerie', 800, 0),
  p('Laitue', 'خس', 'Légumes', 60),
  p('Limonade Hamoud Boualem 1L', 'ليموناضة حمود بوعلام', 'Boissons', 400),
  p('Thé vert 250g', 'شاي أخضر', 'Boissons chaudes', 40),
];

describe('selectProducts', () => {
  it('turns "promo ramadan" into one product per item of the Ramadan shopping list', () => {
    const sel = selectProducts('promo ramadan', detectOccasion('promo ramadan'), catalog, 4);
    expect(sel.reason).toBe('occasion');
    expect(sel.products.map((x) => x.nameFr)).toEqual([
      'Dattes Deglet Nour 1kg',
      'Semoule moyenne Safina 10kg',
      'Lait UHT Candia 1L',
      'Huile Elio 5L',
    ]);
  });

  it('reads the Darija words for the shop’s generic products (« promo smid » features the semolina)', () => {
    const semolina = ['Semoule moyenne Safina 10kg', 'Semoule fine 1kg'];
    expect(selectProducts('promo smid', null, catalog, 3)).toMatchObject({ reason: 'named' });
    expect(selectProducts('promo smid', null, catalog, 3).products.map((x) => x.nameFr)).toEqual(semolina);
    expect(selectProducts('3la zit w 7lib', null, catalog, 3).products.map((x) => x.nameFr)).toEqual([
      'Huile Elio 5L',
      'Lait UHT Candia 1L',
    ]);
  });

  it('finds named products in any language, best sellers first, never out-of-stock ones', () => {
    expect(selectProducts('promo huile', null, catalog, 3).products.map((x) => x.nameFr)).toEqual(['Huile Elio 5L']);
    expect(selectProducts('عروض السميد', null, catalog, 3).products.map((x) => x.nameFr)).toEqual([
      'Semoule moyenne Safina 10kg',
      'Semoule fine 1kg',
    ]);
    const both = selectProducts('semoule et dattes', null, catalog, 2).products.map((x) => x.nameFr);
    expect(both).toEqual(['Semoule moyenne Safina 10kg', 'Dattes Deglet Nour 1kg']);
  });

  it('does not mistake lettuce for milk, nor hot tea for a summer drink', () => {
    expect(selectProducts('promo lait', null, catalog, 5).products.map((x) => x.nameFr)).toEqual(['Lait UHT Candia 1L']);
    const summer = selectProducts('offre été', detectOccasion('offre été'), catalog, 5).products.map((x) => x.nameFr);
    expect(summer).toContain('Limonade Hamoud Boualem 1L');
    expect(summer).not.toContain('Thé vert 250g');
  });

  it('falls back to best sellers in stock when the topic names nothing known', () => {
    const sel = selectProducts('nouveautés', null, catalog, 2);
    expect(sel.reason).toBe('best_sellers');
    expect(sel.products.map((x) => x.nameFr)).toEqual(['Lait UHT Candia 1L', 'Huile Elio 5L']);
  });
});

describe('detectOccasion', () => {
  it.each([
    ['promo ramadan', 'ramadan'],
    ['عروض رمضان', 'ramadan'],
    ["gâteaux de l'Aïd", 'aid_fitr'],
    ['عيد الأضحى', 'aid_adha'],
    ['rentrée scolaire', 'rentree'],
    ['back to school deals', 'rentree'],
    ['spécial été', 'ete'],
    ['عروض الصيف', 'ete'],
    ['huile et sucre', null],
  ])('%s → %s', (topic, occasion) => expect(detectOccasion(topic)).toBe(occasion));
});

describe('selectProducts: head nouns', () => {
  it('prefers products named after the word ("Huile…") over those merely containing it ("Thon à l\'huile")', () => {
    const items = [
      p('Thon à l’huile 160g', 'تونة بالزيت', 'Conserves', 900),
      p('Huile de table Elio 2L', 'زيت المائدة إيليو', 'Épicerie', 100),
    ];
    expect(selectProducts('promo huile', null, items, 3).products.map((x) => x.nameFr)).toEqual(['Huile de table Elio 2L']);
    expect(selectProducts('عروض الزيت', null, items, 3).products.map((x) => x.nameFr)).toEqual(['Huile de table Elio 2L']);
    expect(selectProducts('promo thon', null, items, 3).products.map((x) => x.nameFr)).toEqual(['Thon à l’huile 160g']);
  });
});
