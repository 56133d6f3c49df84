/**
 * Generic product words of an Algerian superette in every language the users type, with the Darija
 * spellings (Arabic script and Arabizi). A Darija word ("smid", "zit", "7lib") is resolved through
 * its concept to the catalogue names, which only hold French, Arabic and English: by the assistant's language
 * understanding, and by the marketing texts' product choice (« promo smid » features the semolina).
 */
export interface ProductConcept {
  /** Canonical French word, used as the concept key. */
  key: string;
  fr: string[];
  ar: string[];
  en: string[];
  /** Darija spellings in both scripts; resolved, never shown back. */
  darija: string[];
}

export const PRODUCT_CONCEPTS: ProductConcept[] = [
  { key: 'semoule', fr: ['semoule'], ar: ['سميد'], en: ['semolina'], darija: ['smid', 'smide', 'ssmid', 'سميده', 'smida'] },
  {
    key: 'farine',
    fr: ['farine'],
    ar: ['دقيق', 'طحين'],
    en: ['flour'],
    darija: ['frina', 'farina', 'فرينه', 'الفرينه', 'فارينه', 'الفارينه', 'd9i9', 'dqiq'],
  },
  {
    key: 'sucre',
    fr: ['sucre'],
    ar: ['سكر'],
    en: ['sugar'],
    darija: ['sokkar', 'sukkar', 'sokar', 'sukar', 'sekkar', 'soukar', 'sokker', 'sucar', 'سكار'],
  },
  { key: 'huile', fr: ['huile'], ar: ['زيت'], en: ['oil'], darija: ['zit', 'zite', 'zeit', 'zayt'] },
  { key: 'lait', fr: ['lait'], ar: ['حليب'], en: ['milk'], darija: ['7lib', 'hlib', 'halib', '7alib'] },
  { key: 'café', fr: ['café', 'cafe'], ar: ['قهوة'], en: ['coffee'], darija: ['9ahwa', 'qahwa', 'kahwa', 'gahwa', '9hwa', 'kawa', 'قهوه'] },
  { key: 'thé', fr: ['thé', 'the'], ar: ['شاي'], en: ['tea'], darija: ['atay', 'ataye', 'tay', 'أتاي', 'اتاي', 'تاي'] },
  { key: 'riz', fr: ['riz'], ar: ['أرز', 'ارز', 'رز'], en: ['rice'], darija: ['rouz', 'roz', 'ruz', 'روز', 'الروز'] },
  {
    key: 'pâtes',
    fr: ['pâtes', 'pates', 'spaghetti', 'macaroni'],
    ar: ['معكرونة', 'معجنات', 'سباغيتي'],
    en: ['pasta', 'spaghetti'],
    darija: ['pate', 'makarouna', 'مقارونة', 'مقرونة', 'spaghetti', 'سباڨيتي'],
  },
  { key: 'couscous', fr: ['couscous'], ar: ['كسكس'], en: ['couscous'], darija: ['kesksou', 'seksou', 'طعام', 'ta3am', 'كسكسي'] },
  { key: 'lentilles', fr: ['lentilles', 'lentille'], ar: ['عدس'], en: ['lentils', 'lentil'], darija: ['3des', '3dess', 'l3des', 'adess'] },
  {
    key: 'pois chiches',
    fr: ['pois chiches', 'pois chiche'],
    ar: ['حمص'],
    en: ['chickpeas', 'chickpea'],
    darija: ['7mes', 'hummus', '7oummos', 'homs'],
  },
  { key: 'haricots', fr: ['haricots', 'haricot'], ar: ['فاصوليا', 'لوبيا'], en: ['beans'], darija: ['loubia', 'lubia', 'لوبيه'] },
  { key: 'sel', fr: ['sel'], ar: ['ملح'], en: ['salt'], darija: ['mel7', 'mle7', 'mal7'] },
  { key: 'poivre', fr: ['poivre'], ar: ['فلفل أسود', 'فلفل'], en: ['pepper'], darija: ['felfel', 'filfil'] },
  { key: 'levure', fr: ['levure'], ar: ['خميرة'], en: ['yeast', 'baking powder'], darija: ['khmira', 'levur'] },
  { key: 'dattes', fr: ['dattes', 'datte'], ar: ['تمر', 'تمور'], en: ['dates'], darija: ['tmar', 'tmer', 'deglet'] },
  { key: 'confiture', fr: ['confiture'], ar: ['مربى', 'معجون'], en: ['jam'], darija: ['confitur', 'كونفيتور'] },
  {
    key: 'tomate',
    fr: ['tomate', 'tomates', 'concentré de tomate'],
    ar: ['طماطم', 'طماطم مركزة'],
    en: ['tomato', 'tomatoes', 'tomato paste'],
    darija: ['tomatich', 'tmatem', 'طماطيش', 'الطماطيش', 'ماطيشة', 'matecha', 'tomat'],
  },
  { key: 'thon', fr: ['thon'], ar: ['تونة', 'تون'], en: ['tuna'], darija: ['tonn', 'طون'] },
  { key: 'sardines', fr: ['sardines', 'sardine'], ar: ['سردين'], en: ['sardines'], darija: ['sardin', 'sardi', 'سردينة'] },
  { key: 'harissa', fr: ['harissa'], ar: ['هريسة'], en: ['harissa'], darija: ['hrissa'] },
  {
    key: 'petits pois',
    fr: ['petits pois', 'petit pois'],
    ar: ['جلبانة', 'بازلاء'],
    en: ['peas', 'green peas'],
    darija: ['jelbana', 'djelbana'],
  },
  { key: 'olives', fr: ['olives', 'olive'], ar: ['زيتون'], en: ['olives'], darija: ['zitoun', 'zitoune'] },
  {
    key: 'eau',
    fr: ['eau', 'eau minérale'],
    ar: ['ماء', 'مياه', 'ماء معدني', 'مياه معدنية'],
    en: ['water', 'mineral water'],
    darija: ['lma', 'el ma', 'الما'],
  },
  {
    key: 'limonade',
    fr: ['limonade', 'soda', 'gazouz'],
    ar: ['ليموناضة', 'مشروب غازي', 'مشروبات غازية'],
    en: ['lemonade', 'soda'],
    darija: ['gazouz', 'gazouze', 'قازوز', 'limonad', 'selecto', 'hamoud'],
  },
  { key: 'coca', fr: ['coca', 'coca-cola'], ar: ['كوكا', 'كوكا كولا'], en: ['coke', 'coca-cola'], darija: ['coca'] },
  { key: 'jus', fr: ['jus'], ar: ['عصير'], en: ['juice'], darija: ['3asir', '3assir', 'assir', 'jou'] },
  {
    key: 'yaourt',
    fr: ['yaourt', 'yaourts', 'yogourt'],
    ar: ['ياغورت', 'زبادي', 'ياوورت'],
    en: ['yogurt', 'yoghurt', 'yogurts'],
    darija: ['yaourt', 'yawourt', 'yaghourt', 'danone', 'دانون', 'ياوورت'],
  },
  { key: 'lben', fr: ['lben', 'leben', 'petit-lait'], ar: ['لبن'], en: ['buttermilk', 'lben'], darija: ['lben', 'leben'] },
  { key: 'fromage', fr: ['fromage'], ar: ['جبن', 'جبنة'], en: ['cheese'], darija: ['fromaj', 'frommage', 'فروماج', 'جبن'] },
  { key: 'beurre', fr: ['beurre'], ar: ['زبدة'], en: ['butter'], darija: ['zebda', 'بور', 'beur'] },
  { key: 'margarine', fr: ['margarine'], ar: ['مارغرين', 'سمن'], en: ['margarine'], darija: ['margarin', 'مرقرين', 'smen'] },
  { key: 'œufs', fr: ['oeufs', 'œufs', 'oeuf', 'œuf'], ar: ['بيض'], en: ['eggs', 'egg'], darija: ['bid', 'beid', 'بيضات'] },
  {
    key: 'pain',
    fr: ['pain', 'baguette', 'baguettes'],
    ar: ['خبز'],
    en: ['bread', 'baguette'],
    darija: ['khobz', 'kho6z', 'khobzat', 'خبزة', 'خبزات'],
  },
  {
    key: 'biscuits',
    fr: ['biscuits', 'biscuit', 'gâteaux secs', 'gaufrettes'],
    ar: ['بسكويت', 'ويفر'],
    en: ['biscuits', 'biscuit', 'cookies', 'wafers'],
    darija: ['biskwi', 'بيسكوي', 'بسكوي', 'gaufrette', 'gofrette'],
  },
  {
    key: 'chocolat',
    fr: ['chocolat'],
    ar: ['شوكولاتة', 'شكولاطة'],
    en: ['chocolate'],
    darija: ['chocola', 'شكلاطة', 'chkla6a', 'chklata'],
  },
  {
    key: 'bonbons',
    fr: ['bonbons', 'bonbon', 'confiserie'],
    ar: ['حلويات', 'حلوى'],
    en: ['sweets', 'candy'],
    darija: ['bonbon', 'بومبون'],
  },
  {
    key: 'pommes de terre',
    fr: ['pommes de terre', 'pomme de terre', 'patates', 'patate'],
    ar: ['بطاطا', 'بطاطس'],
    en: ['potatoes', 'potato'],
    darija: ['batata', 'btata'],
  },
  { key: 'oignons', fr: ['oignons', 'oignon'], ar: ['بصل'], en: ['onions', 'onion'], darija: ['bsal', 'besla'] },
  { key: 'bananes', fr: ['bananes', 'banane'], ar: ['موز'], en: ['bananas', 'banana'], darija: ['banan', 'mouz', 'بنان'] },
  { key: 'savon', fr: ['savon', 'savons'], ar: ['صابون'], en: ['soap'], darija: ['saboun', 'sabon', 'صابونة'] },
  {
    key: 'shampooing',
    fr: ['shampooing', 'shampoing', 'shampoing'],
    ar: ['شامبو'],
    en: ['shampoo'],
    darija: ['champoing', 'chompoi', 'شومبوان'],
  },
  { key: 'dentifrice', fr: ['dentifrice'], ar: ['معجون أسنان', 'معجون الاسنان'], en: ['toothpaste'], darija: ['dontifris', 'دونتيفريس'] },
  {
    key: 'couches',
    fr: ['couches', 'couche', 'couches bébé'],
    ar: ['حفاظات', 'حفاضات'],
    en: ['nappies', 'diapers'],
    darija: ['kouch', 'couch', 'كوش', 'بومبرس', 'pampers'],
  },
  {
    key: 'papier hygiénique',
    fr: ['papier hygiénique', 'papier toilette'],
    ar: ['ورق صحي', 'ورق المرحاض'],
    en: ['toilet paper'],
    darija: ['papier', 'بابيي'],
  },
  {
    key: 'lessive',
    fr: ['lessive', 'détergent'],
    ar: ['مسحوق غسيل', 'صابون الغسيل'],
    en: ['washing powder', 'detergent', 'laundry'],
    darija: ['tide', 'omo', 'isis', 'ليسيف', 'تيد'],
  },
  { key: 'javel', fr: ['javel', 'eau de javel'], ar: ['جافيل', 'ماء جافيل'], en: ['bleach'], darija: ['jafel', 'جافال', 'javal'] },
  {
    key: 'liquide vaisselle',
    fr: ['liquide vaisselle'],
    ar: ['سائل غسيل الأواني'],
    en: ['washing-up liquid', 'dish soap'],
    darija: ['pril', 'بريل'],
  },
  {
    key: 'sacs poubelle',
    fr: ['sacs poubelle', 'sac poubelle'],
    ar: ['أكياس القمامة'],
    en: ['bin bags', 'trash bags'],
    darija: ['chkayer zbel', 'شكاير الزبل'],
  },
  {
    key: 'halwa',
    fr: ['halwa', 'halva', 'halwa turque'],
    ar: ['حلوة الترك', 'حلاوة'],
    en: ['halva'],
    darija: ['7elwa tork', 'halwat tork'],
  },
  { key: 'frik', fr: ['frik'], ar: ['فريك'], en: ['frik'], darija: ['frik'] },
  { key: 'croissant', fr: ['croissant', 'croissants'], ar: ['كرواسون'], en: ['croissant', 'croissants'], darija: ['croissa', 'كرواصة'] },
  { key: 'chips', fr: ['chips'], ar: ['شيبس', 'رقائق البطاطس'], en: ['chips', 'crisps'], darija: ['chipsa', 'شيبسة'] },
];

/** Words for one concept in the language the answer is written in. */
export function conceptWord(concept: ProductConcept, lang: 'fr' | 'ar' | 'en'): string {
  return concept[lang][0] ?? concept.fr[0];
}
