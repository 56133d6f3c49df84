import { keywords, nameWords, foldTopic, wordsMatch } from './topic-words';

/**
 * What an Algerian shopper buys for each occasion. A topic like "promo ramadan" names no product, so the occasion's
 * shopping list (in the three languages, since product names may be in any of them) tells which of the shop's own
 * products to put forward. Groups are in order of importance; one product is picked per group, so a Ramadan post
 * shows dates, semolina, milk and oil rather than four kinds of oil.
 */
export const OCCASIONS = [
  'ramadan',
  'aid_fitr',
  'aid_adha',
  'rentree',
  'ete',
  'hiver',
  'mawlid',
  'yennayer',
  'menage',
  'petit_dej',
] as const;
export type Occasion = (typeof OCCASIONS)[number];

interface OccasionEntry {
  /**
   * Words or phrases in the topic that reveal the occasion (fr, ar, darija, en). A leading "~" marks a weak trigger:
   * "Aïd" alone means Aïd el-Fitr, but "Aïd el-Adha" must go to the Adha.
   */
  triggers: string[];
  /** Product term groups, most typical first. */
  groups: string[][];
}

export const OCCASION_LEXICON: Record<Occasion, OccasionEntry> = {
  ramadan: {
    triggers: [
      'ramadan',
      'ramadhan',
      'ramdan',
      'ftour',
      'iftar',
      "f'tour",
      'shour',
      "s'hour",
      'suhoor',
      'رمضان',
      'افطار',
      'فطور',
      'سحور',
      'الصيام',
      'siyam',
      'carême',
    ],
    groups: [
      ['datte', 'deglet', 'tmar', 'تمر', 'دقله', 'dates', 'date'],
      ['semoule', 'سميد', 'semolina', 'frik', 'فريك', 'dchicha', 'دشيشه'],
      ['lait', 'laitier', 'حليب', 'milk', 'lben', 'لبن', 'raib', 'رايب'],
      ['huile', 'زيت', 'oil'],
      ['vermicelle', "cheveux d'ange", 'شعريه', 'vermicelli', 'tlitli', 'تليتلي'],
      ['pois chiche', 'حمص', 'chickpea', 'lentille', 'عدس', 'lentil'],
      ['tomate', 'طماطم', 'tomato', 'concentre de tomate'],
      ['sucre', 'سكر', 'sugar'],
      ['jus', 'عصير', 'juice', 'cherbet', 'شربات'],
      ['the', 'شاي', 'tea', 'cafe', 'قهوه', 'coffee'],
      ['miel', 'عسل', 'honey', 'zlabia', 'زلابيه', 'qalb', 'قلب'],
    ],
  },
  aid_fitr: {
    triggers: [
      '~aid',
      '~aïd',
      '~eid',
      '~laid',
      '~العيد',
      '~عيد',
      'fitr',
      'el fitr',
      'seghir',
      'sghir',
      'الفطر',
      'gateaux',
      'gateau',
      'حلويات',
      'cakes',
    ],
    groups: [
      ['farine', 'فرينه', 'دقيق', 'flour'],
      ['sucre', 'سكر', 'sugar', 'glace'],
      ['beurre', 'زبده', 'butter', 'margarine', 'مرغرين', 'smen', 'سمن'],
      ['amande', 'لوز', 'almond', 'noix', 'جوز', 'walnut', 'cacahuete', 'كاوكاو', 'peanut'],
      ['chocolat', 'شوكولا', 'chocolate', 'cacao'],
      ['levure', 'خميره', 'yeast', 'baking powder'],
      ['confiture', 'مربى', 'jam'],
      ['lait', 'حليب', 'milk'],
      ['jus', 'عصير', 'juice', 'limonade', 'gazouz', 'soda'],
    ],
  },
  aid_adha: {
    triggers: ['adha', 'el adha', 'kebir', 'lkbir', 'mouton', 'kabch', 'الاضحى', 'الكبير', 'كبش', 'اضحيه', 'tabaski', 'sacrifice'],
    groups: [
      ['epice', 'توابل', 'spice', 'ras el hanout', 'cumin', 'كمون', 'poivre', 'فلفل اسود', 'paprika'],
      ['oignon', 'بصل', 'onion'],
      ['pomme de terre', 'بطاطا', 'potato'],
      ['charbon', 'فحم', 'charcoal'],
      ['huile', 'زيت', 'oil'],
      ['sel', 'ملح', 'salt'],
      ['tomate', 'طماطم', 'tomato'],
      ['boisson', 'gazouz', 'limonade', 'soda', 'مشروب', 'drink', 'jus', 'عصير'],
      ['pain', 'خبز', 'bread', 'galette', 'kesra', 'كسره'],
    ],
  },
  rentree: {
    triggers: [
      'rentree',
      'rentrée',
      'scolaire',
      'ecole',
      'école',
      'cartable',
      'gouter',
      'goûter',
      'الدخول',
      'المدرسي',
      'المدرسه',
      'مدرسه',
      'back to school',
      'school',
      'lunchbox',
      'dkhoul',
    ],
    groups: [
      ['biscuit', 'بسكويت', 'gaufrette', 'gaufret', 'cookie', 'madeleine', 'cake'],
      ['jus', 'عصير', 'juice'],
      ['chocolat', 'شوكولا', 'chocolate', 'pate a tartiner', 'spread'],
      ['lait', 'حليب', 'milk'],
      ['fromage', 'جبن', 'cheese', 'portion'],
      ['yaourt', 'ياغورت', 'yogurt', 'yoghurt'],
      ['pain', 'خبز', 'bread'],
      ['cahier', 'كراس', 'notebook', 'stylo', 'قلم', 'pen'],
      ['cereale', 'حبوب', 'cereal'],
    ],
  },
  ete: {
    triggers: [
      'ete',
      'été',
      'estival',
      'chaleur',
      'plage',
      'canicule',
      'vacances',
      'صيف',
      'الصيف',
      'حر',
      'الحر',
      'عطله',
      'summer',
      'heat',
      'beach',
      'holiday',
      'sif',
      'skhana',
    ],
    groups: [
      ['eau', 'ماء', 'water', 'mineral', 'معدنيه'],
      ['limonade', 'gazouz', 'soda', 'boisson', 'مشروب', 'drink', 'hamoud', 'selecto', 'cola'],
      ['jus', 'عصير', 'juice'],
      ['glace', 'ice cream', 'مثلجات', 'بوظه'],
      ['yaourt', 'ياغورت', 'yogurt', 'lben', 'لبن', 'raib', 'رايب'],
      ['pasteque', 'دلاع', 'watermelon', 'melon', 'بطيخ', 'fruit', 'فواكه'],
      ['solaire', 'sunscreen', 'واقي'],
    ],
  },
  hiver: {
    triggers: ['hiver', 'froid', 'pluie', 'شتاء', 'الشتاء', 'برد', 'البرد', 'winter', 'cold', 'chta', 'berd'],
    groups: [
      ['lentille', 'عدس', 'lentil'],
      ['pois chiche', 'حمص', 'chickpea', 'haricot', 'لوبيا', 'bean'],
      ['frik', 'فريك', 'chorba', 'شربه', 'soupe', 'soup', 'vermicelle', 'شعريه'],
      ['cafe', 'قهوه', 'coffee'],
      ['the', 'شاي', 'tea'],
      ['lait', 'حليب', 'milk'],
      ['miel', 'عسل', 'honey'],
      ['chocolat', 'شوكولا', 'chocolate'],
    ],
  },
  mawlid: {
    triggers: ['mawlid', 'mouloud', 'mawled', 'moulid', 'مولد', 'المولد', 'النبوي', 'prophet'],
    groups: [
      ['semoule', 'سميد', 'semolina'],
      ['miel', 'عسل', 'honey'],
      ['beurre', 'زبده', 'butter', 'smen', 'سمن'],
      ['farine', 'فرينه', 'دقيق', 'flour'],
      ['sucre', 'سكر', 'sugar'],
      ['bougie', 'شموع', 'شمعه', 'candle'],
      ['chocolat', 'شوكولا', 'chocolate'],
    ],
  },
  yennayer: {
    triggers: ['yennayer', 'yenayer', 'nouvel an amazigh', 'amazigh', 'ناير', 'يناير', 'السنه الامازيغيه'],
    groups: [
      ['amande', 'لوز', 'almond', 'noix', 'جوز', 'walnut', 'cacahuete', 'كاوكاو', 'peanut', 'fruits secs'],
      ['datte', 'تمر', 'dates'],
      ['couscous', 'كسكس', 'semoule', 'سميد'],
      ['bonbon', 'حلوى', 'candy', 'chocolat', 'شوكولا'],
      ['figue', 'كرموس', 'تين', 'fig'],
    ],
  },
  menage: {
    triggers: [
      'menage',
      'ménage',
      'nettoyage',
      'proprete',
      'propreté',
      'hygiene',
      'hygiène',
      'تنظيف',
      'نظافه',
      'cleaning',
      'clean',
      'household',
      'tenguia',
      'تنقيه',
    ],
    groups: [
      ['lessive', 'detergent', 'غسيل', 'تيد', 'isis', 'dixan', 'laundry', 'poudre'],
      ['javel', 'جافيل', 'bleach'],
      ['vaisselle', 'ماعن', 'dish'],
      ['savon', 'صابون', 'soap'],
      ['shampoing', 'شامبو', 'shampoo', 'gel douche'],
      ['papier', 'ورق', 'paper', 'mouchoir', 'tissue'],
    ],
  },
  petit_dej: {
    triggers: ['petit dejeuner', 'petit-déjeuner', 'petit dej', 'matin', 'فطور الصباح', 'الصباح', 'breakfast', 'morning', 'ftour sbah'],
    groups: [
      ['lait', 'حليب', 'milk'],
      ['cafe', 'قهوه', 'coffee'],
      ['pain', 'خبز', 'bread', 'croissant', 'baguette'],
      ['beurre', 'زبده', 'butter'],
      ['confiture', 'مربى', 'jam'],
      ['fromage', 'جبن', 'cheese'],
      ['the', 'شاي', 'tea'],
      ['cereale', 'حبوب', 'cereal'],
    ],
  },
};

/** The occasion a topic is about, if any: the one whose triggers cover most of the topic wins. */
export function detectOccasion(topic: string): Occasion | null {
  const folded = foldTopic(topic);
  const words = keywords(topic);
  let best: { occasion: Occasion; score: number } | null = null;
  for (const occasion of OCCASIONS) {
    let strong = 0;
    let weak = 0;
    for (const raw of OCCASION_LEXICON[occasion].triggers) {
      const isWeak = raw.startsWith('~');
      const t = foldTopic(isWeak ? raw.slice(1) : raw);
      const hit = t.includes(' ') ? ` ${folded} `.includes(` ${t} `) : words.some((w) => wordsMatch(w, t));
      if (!hit) continue;
      // Multi-word triggers ("back to school") are more specific than single words ("school"); weak ones count once.
      if (isWeak) weak = 0.5;
      else strong += t.split(' ').length;
    }
    const score = strong + weak;
    if (score > (best?.score ?? 0)) best = { occasion, score };
  }
  return best?.occasion ?? null;
}

/** The occasion's shopping list: each term as the folded words that must all appear in a product's name. */
export function occasionGroups(occasion: Occasion): string[][][] {
  return OCCASION_LEXICON[occasion].groups.map((g) => g.map((term) => nameWords(term)).filter((words) => words.length > 0));
}
