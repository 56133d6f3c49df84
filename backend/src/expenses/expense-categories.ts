/**
 * The canonical expense categories and the words owners use for them (French, Arabic, Darija, English, brand names
 * on the bills). "Sonelgaz", "الضو" and "electricity" all file under électricité; anything unknown is refused with
 * the list, rather than silently becoming "autre".
 */
import { EXPENSE_CATEGORIES, normalizeText, type ExpenseCategory } from '@tajer/contract';

// The list and its fr/ar/en labels are the contract's (one definition); this file keeps only the words that find them.
export { EXPENSE_CATEGORIES, EXPENSE_CATEGORY_LABELS as CATEGORY_LABELS, type ExpenseCategory } from '@tajer/contract';

/** What owners type for each category, keyed by the contract's list: a category without its words fails the build. */
const SYNONYMS: Record<ExpenseCategory, string[]> = {
  loyer: ['loyer', 'loyers', 'location', 'bail', 'rent', 'rental', 'كراء', 'الكراء', 'ايجار', 'kra', 'kira', 'lkra'],
  électricité: [
    'electricite',
    'electricity',
    'electric',
    'sonelgaz',
    'courant',
    'kahraba',
    'كهرباء',
    'الكهرباء',
    'ضو',
    'الضو',
    'trisinti',
    'trisiti',
    'dhaw',
  ],
  eau: ['eau', 'water', 'seaal', 'ade', 'ماء', 'الماء', 'مياه', 'lma'],
  gaz: ['gaz', 'gas', 'butane', 'bonbonne', 'غاز', 'قاز', 'الغاز', 'الغاز الطبيعي'],
  transport: [
    'transport',
    'transports',
    'livraison',
    'livraisons',
    'taxi',
    'fret',
    'fourgon',
    'shipping',
    'delivery',
    'freight',
    'نقل',
    'النقل',
    'توصيل',
    'كراء الشاحنة',
  ],
  carburant: [
    'carburant',
    'essence',
    'gasoil',
    'gazole',
    'diesel',
    'naftal',
    'fuel',
    'petrol',
    'gasoline',
    'بنزين',
    'مازوت',
    'وقود',
    'الوقود',
    'lessence',
    'lmazout',
  ],
  salaires: [
    'salaire',
    'salaires',
    'paie',
    'paye',
    'prime',
    'primes',
    'employe',
    'employes',
    'wages',
    'salary',
    'salaries',
    'payroll',
    'اجور',
    'الاجور',
    'راتب',
    'رواتب',
    'خلصه',
    'الخلصه',
    'khalsa',
    'khelsa',
  ],
  marchandises: [
    'marchandises',
    'marchandise',
    'achats marchandises',
    'achat marchandises',
    'achats',
    'achat',
    'stock',
    'reapprovisionnement',
    'approvisionnement',
    'fournisseur',
    'grossiste',
    'goods',
    'purchases',
    'purchase',
    'inventory',
    'merchandise',
    'سلع',
    'السلع',
    'بضاعه',
    'البضاعه',
    'سلعه',
    'sel3a',
    'selaa',
    'slaa',
  ],
  fournitures: [
    'fournitures',
    'fourniture',
    'papeterie',
    'sachets',
    'consommables',
    'supplies',
    'stationery',
    'لوازم',
    'اللوازم',
    'اكياس',
    'ادوات',
  ],
  internet: [
    'internet',
    'wifi',
    'adsl',
    'fibre',
    'idoom',
    'algerie telecom',
    '4g',
    'انترنت',
    'الانترنت',
    'internet/telephone',
    'internet telephone',
  ],
  téléphone: [
    'telephone',
    'tel',
    'mobile',
    'forfait',
    'recharge',
    'flexy',
    'djezzy',
    'mobilis',
    'ooredoo',
    'phone',
    'هاتف',
    'الهاتف',
    'تيليفون',
    'فليكسي',
    'telephone/internet',
  ],
  entretien: [
    'entretien',
    'nettoyage',
    'menage',
    'maintenance',
    'cleaning',
    'produits de nettoyage',
    'صيانه',
    'الصيانه',
    'تنظيف',
    'التنظيف',
  ],
  réparations: ['reparation', 'reparations', 'depannage', 'repair', 'repairs', 'plombier', 'electricien', 'اصلاح', 'تصليح', 'الاصلاحات'],
  taxes: [
    'taxe',
    'taxes',
    'impot',
    'impots',
    'g50',
    'tva',
    'tap',
    'ibs',
    'irg',
    'tax',
    'cnas',
    'casnos',
    'ضرائب',
    'الضرائب',
    'ضريبه',
    'رسوم',
  ],
  assurance: ['assurance', 'assurances', 'saa', 'caat', 'insurance', 'تامين', 'التامين'],
  emballage: ['emballage', 'emballages', 'packaging', 'cartons d emballage', 'تغليف', 'التغليف'],
  publicité: [
    'publicite',
    'pub',
    'marketing',
    'sponsoring',
    'flyers',
    'affiches',
    'facebook ads',
    'advertising',
    'ads',
    'ad',
    'اشهار',
    'الاشهار',
    'اعلان',
    'اعلانات',
    'اشهارات',
  ],
  banque: [
    'banque',
    'frais bancaires',
    'frais de banque',
    'agios',
    'commission bancaire',
    'bank',
    'bank fees',
    'bank charges',
    'بنك',
    'البنك',
    'مصاريف بنكيه',
    'المصاريف البنكيه',
    'الفوائد البنكيه',
  ],
  autre: ['autre', 'autres', 'divers', 'other', 'misc', 'miscellaneous', 'اخري', 'اخرى', 'متفرقات'],
};

/** The contract's one normaliser (accents, Arabic letter variants, case, Eastern digits), "/" kept ("eau/gaz"). */
export function foldCategory(input: string): string {
  return normalizeText(input, { keep: '/' });
}

const INDEX = new Map<string, ExpenseCategory>();
for (const category of EXPENSE_CATEGORIES) {
  for (const word of [category, ...SYNONYMS[category]]) INDEX.set(foldCategory(word), category);
}

/** The canonical category for what the owner typed, or null when it is not recognisably one. */
export function resolveExpenseCategory(input: string): ExpenseCategory | null {
  const folded = foldCategory(input);
  if (!folded) return null;
  const exact = INDEX.get(folded);
  if (exact) return exact;
  // "facture sonelgaz", "achat de marchandises": one known word is enough, if only one category is named.
  const found = new Set<ExpenseCategory>();
  for (const word of folded.split(/[ /]/)) {
    const hit = INDEX.get(word) ?? INDEX.get(word.replace(/^(ال|لل)/, ''));
    if (hit) found.add(hit);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** Brands and words on a receipt that tell what it was for, weighted by where they appear. */
const RECEIPT_HINTS: Array<[RegExp, ExpenseCategory]> = [
  [/sonelgaz|electricite|kwh/, 'électricité'],
  [/seaal|\bade\b|algerienne des eaux|\bm3\b/, 'eau'],
  [/naftal|gasoil|gazole|essence|sans plomb|carburant|diesel/, 'carburant'],
  [/algerie telecom|idoom|adsl|fibre|internet/, 'internet'],
  [/djezzy|mobilis|ooredoo|flexy|recharge/, 'téléphone'],
  [/quincaillerie|droguerie|javel|detergent|nettoyant|peinture|ampoule|neon/, 'entretien'],
  [/reparation|depannage|main d.?oeuvre|piece de rechange|plombier|compresseur/, 'réparations'],
  [/papeterie|sachets|emballage|rouleau|ticket caisse|cartouche/, 'fournitures'],
  [/impots|recette des|g50|cnas|casnos/, 'taxes'],
  [/assurance|\bsaa\b|\bcaat\b/, 'assurance'],
  [/imprimerie|affiche|flyer|banderole|publicite/, 'publicité'],
  [/taxi|transport|livraison|fret/, 'transport'],
  [
    /semoule|farine|huile|sucre|\blait\b|cafe|\bthe\b|pates|couscous|lentilles|riz|eau minerale|yaourt|fromage|biscuit|limonade|grossiste|marche de gros/,
    'marchandises',
  ],
];

/**
 * A category guessed from what a receipt says (merchant counts twice as much as an item line), with a 0..1
 * confidence; 'autre' with 0 when nothing points anywhere.
 */
export function suggestCategory(merchant: string | null, lines: string[]): { category: ExpenseCategory; confidence: number } {
  const scores = new Map<ExpenseCategory, number>();
  const add = (text: string, weight: number) => {
    const folded = foldCategory(text);
    for (const [pattern, category] of RECEIPT_HINTS) if (pattern.test(folded)) scores.set(category, (scores.get(category) ?? 0) + weight);
  };
  if (merchant) add(merchant, 2);
  for (const line of lines) add(line, 1);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return { category: 'autre', confidence: 0 };
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  return { category: ranked[0][0], confidence: Math.round((ranked[0][1] / total) * Math.min(1, ranked[0][1] / 3) * 100) / 100 };
}
