import { CLAUSES } from './clauses';
import type { Channel, Tone } from '@tajer/contract';
import { cueRegex, escapeRegex, foldForCues } from './cue-regex';

/**
 * Small closed-class cue lists: stock direction, low-stock questions, marketing channels, tone,
 * feedback kind, follow-ups and corrections. All matched on folded text.
 */

/**
 * Goods spoilt or broken (« périmé », « cassé », « expired », « فاسد »): taken out of the stock when the owner says so
 * (NEGATIVE_STOCK), and what a customer's complaint says of them (intent-cues/conversation.ts' BAD_GOODS). Each list adds
 * its own: the stock's plurals and verbs (« cassés », « jeté », « تلف »), the complaint's tastes (« rassis », « pas
 * frais », « بايت ») — words never tried on the other side, so not shared.
 */
export const DAMAGED_GOODS: readonly string[] = [
  ...['périmé', 'perime', 'abîmé', 'cassé', 'broken', 'expired', 'spoiled'],
  ...['فاسد', 'مكسور', 'fased'],
];

const NEGATIVE_STOCK = cueRegex([
  ...DAMAGED_GOODS,
  'retire',
  'retirer',
  'retirez',
  'retiré',
  'retires',
  'retrait',
  // Out of the stock: « prélevé 2 sucre du stock », « أخذت 2 سكر من المخزون », « jbedt 10 sokar mel stock » were +2 (+10).
  // Not « prélevé » alone: the bank's debit (« j'ai reçu 20 sucre, prélevé sur le compte »: the review).
  'du stock',
  'de mon stock',
  'من المخزون',
  'من الستوك',
  'mel stock',
  'men stock',
  'from the stock',
  'enleve',
  'enlever',
  'enlevez',
  'enlevé',
  'supprime',
  'supprimer',
  'sors',
  'sortir',
  'sortie',
  'déduis',
  'déduire',
  'deduis',
  'perdu',
  'perdus',
  'perdues',
  'perte',
  'pertes',
  'cassés',
  'cassées',
  'abîmés',
  'abimes',
  'abîmées',
  'périmés',
  'périmées',
  'jeté',
  'jetés',
  'jete',
  'volé',
  'volés',
  'vole',
  'diminue',
  'diminuer',
  'baisse',
  'baisser',
  'moins',
  'enlève',
  'mouillés',
  'avariés',
  'pourris',
  'vendu hors caisse',
  'hors caisse',
  'défectueux',
  'retour fournisseur',
  'rendu',
  'remove',
  'removed',
  'take out',
  'take off',
  'subtract',
  'deduct',
  'write off',
  'written off',
  'lost',
  'broke',
  'damaged',
  'stolen',
  'reduce',
  'decrease',
  'minus',
  'throw away',
  'threw away',
  'discard',
  'discarded',
  'أنقص',
  'انقص',
  'نقص',
  'نقّص',
  'اسحب',
  'سحب',
  'أزل',
  'ازل',
  'احذف',
  'حذف',
  'أخرج',
  'اخرج',
  'خرج',
  'تلف',
  'تلفت',
  'تالف',
  'تالفة',
  'ضاع',
  'ضاعت',
  'ضاعو',
  'مكسورة',
  'منتهية',
  'منتهي',
  'فاسدة',
  'فاسدين',
  'خفض',
  'خفّض',
  'نحي',
  'نحّي',
  'نحيلي',
  'تكسرو',
  'تكسر',
  'خسرو',
  'خسر',
  'خرّج',
  'مبلولين',
  'سرقو',
  'na9es',
  'n9es',
  'nakes',
  'na9ess',
  'na7i',
  'nahi',
  'na7ili',
  'nahili',
  'n7i',
  'kharej',
  'khrej',
  'tkasrou',
  'tkasro',
  // « طاحو 3 قارورات زيت »: they fell (and broke) — asked before. Not the singular « طاح », « tah »: « سوم الزيت طاح »
  // is the price that fell.
  'طاحو',
  'tahou',
  'tahw',
  'fasdin',
  // « فسدو 5 ياوورت », « fesdou 5 yaourt » (they went bad) proposed +5.
  'fesdou',
  'fasdou',
  'fesdet',
  'فسدو',
  'فسدت',
  'dhaw',
  'dha3',
  'khesrou',
  'khesro',
  'retiri',
  'mabloulin',
  'ser9ou',
  'tlef',
]);

const POSITIVE_STOCK = cueRegex([
  'ajoute',
  'ajouter',
  'ajoutez',
  'rajoute',
  'rajouter',
  'reçu',
  'recu',
  'reçus',
  'livré',
  'livrés',
  'réceptionné',
  'réception',
  'entrée',
  'plus',
  'augmente',
  'add',
  'added',
  'received',
  'receive',
  'restock',
  'stock in',
  'got',
  'increase',
  'delivered',
  'زد',
  'أضف',
  'اضف',
  'أدخل',
  'ادخل',
  'استلمت',
  'استلام',
  'وصلتني',
  'وصل',
  'ارفع',
  'زيد',
  'زيدلي',
  'زيدهم',
  'زيدها',
  'دخل',
  'دخّل',
  'دخلت',
  'جاتني',
  // « جاني 20 سكر و 10 زيت » (came to me), « وصلني 20 سكر » (reached me): a delivery, said of the goods. Read without
  // them, the money paid beside the goods became the purchase's expense alone and the delivery was lost.
  'جاني',
  'جاوني',
  'وصلني',
  'وصلوني',
  'جابلي',
  'zid',
  'zidli',
  'zidhom',
  'zidha',
  'dakhel',
  'dkhelt',
  'dakhalt',
  // « dkhalt 10 smid » (I brought in) was asked about: the commonest Latin spelling of « دخلت ».
  'dkhalt',
  'dkhlt',
  'jatni',
  'jani',
  'jawni',
  'wsalni',
  'wselni',
  'wasalni',
  'jabli',
  'ajouti',
  '7ot',
]);

/** −1 when the message removes stock (retire, casse, périmé, نقص, na9es…), +1 otherwise. */
/** Verb and particle split around the object: "take 6 bags out", "sors 3 cartons du stock". */
const SPLIT_NEGATIVE = /\b(take|took|taking|get)\b.*\b(out|off|away)\b|\bsors\b|\bsortez\b/u;

/** Goods given to the shop (by a supplier, a distributor): « m'a donné », « gave me », « عطاني », « a3tani ». */
const GIVEN_TO_ME =
  /(?<![\p{L}\p{N}])(?:m a donne|m a offert|nous a donne|gave me|gave us|given to me|a3tani|3tani|عطاني|اعطاني|عطانا|fournisseurs?|grossistes?|suppliers?|distributeur|(?:ال)?(?:فورنيسور|مورد|موزع))(?![\p{L}\p{N}])/u;

/** « rja3t mel fournisseur b 10 yaourt » (back from the supplier with them): goods that came in. */
const FROM_SUPPLIER =
  /(?<![\p{L}\p{N}])(?:mel|men|from|de chez|du|chez|3and|من|عند)\s+(?:(?:l|el|the|le)\s+)?(?:(?:ال)?(?:فورنيسور|مورد|موزع)|fournisseurs?|grossistes?|suppliers?|wholesalers?)(?![\p{L}\p{N}])/u;

/**
 * Goods sent back to the supplier: « rja3t 3 yaourt lel fournisseur », « رجعت 3 ياغورت للمورد », « returned 3 yogurts to
 * the supplier » (+3 was proposed: « rja3t » alone also means « I came back »).
 */
const BACK_TO_SUPPLIER =
  // « rdit l fournisseur 3 sokar »: the supplier said before the goods (the second reviewer).
  /(?<![\p{L}\p{N}])(?:rja3t|rdit|raddit|rddit|redit|rjja3t|رجعت|رديت)\s+(?:(?:l|lel|el|to|to the)\s+)?(?:[لب]{0,2}(?:ال)?(?:فورنيسور|مورد|موزع|ليفرور)|fournisseurs?|grossistes?|suppliers?|frnisseur|fornisseur)\s+\d+(?![\p{N}])|(?<![\p{L}\p{N}])(?:rja3t|rjaat|rajja3t|raja3t|rejja3t|rjja3t|raddit|radit|reddit|redit|rdit|rddit|retour|retourner|rendu|rendus|retourne|retournes|returned|sent back|رجعت|رجّعت|رديت)(?:\s+\S+){0,3}?\s+\d+(?:\s+\S+){0,4}?\s+(?:(?:l|lel|el|au|aux|a|to|to the|the)\s+)?(?:[لب]{0,2}(?:ال)?(?:فورنيسور|مورد|موزع|ليفرور)|fournisseurs?|grossistes?|suppliers?|wholesalers?|frnisseur|fornisseur)(?![\p{L}\p{N}])/u;

/**
 * Goods given for nothing: « j'ai donné 2 sucre gratuitement », « j'ai offert 1 café », « I gave away 3 breads », « عطيت
 * 2 حليب مجانا ». They leave the shelf and bring no money: a stock removal, never a sale (it was one at 1 DA).
 */
const FREE_GIFT = cueRegex([
  // taken for the family: the same — out of the stock, no money (« j'ai pris 2 café pour la maison », « خذيت 2 قهوة للدار »)
  'pour la maison',
  'pour chez moi',
  'consommation personnelle',
  'for home',
  'for the house',
  'for personal use',
  'للدار',
  'للمنزل',
  'l dar',
  'lel dar',
  'ldar',
  'gratuitement',
  'gratuit',
  'gratuits',
  'gratis',
  'en cadeau',
  'j ai offert',
  'on a offert',
  'ai offert',
  'for free',
  'free of charge',
  'gave away',
  'given away',
  'as a gift',
  'مجانا',
  'مجاني',
  'بلاش',
  'هديه',
  'blech',
  'blach',
  'bla drahem',
]);
export const saysGaveForFree = (text: string) => FREE_GIFT.test(foldForCues(text));
/** Free goods the shop was given (« le fournisseur m'a donné 5 sucre gratuitement »): a delivery's evidence. */
export const saysGivenFreeToShop = (text: string) => FREE_GIFT.test(foldForCues(text)) && GIVEN_TO_ME.test(foldForCues(text));

/**
 * The owner taking goods for the family (« I took 2 coffee for home »), or one of the family taking them (« mon fils a
 * pris 2 coca pour la maison » was a sale: the twenty-fifth session's reviewers): « took » is no sale there. A customer
 * taking goods home (« Karim a pris 2 coca pour la maison ») still buys them.
 */
const FAMILY = String.raw`(?:mon fils|ma fille|ma femme|mon mari|mon frere|ma soeur|mon pere|ma mere|my son|my daughter|my wife|my husband|my brother|my sister|my father|my mother|wlidi|weldi|benti|bnti|mrati|khouya|khoya|khti|ولدي|بنتي|مرتي|خويا|ختي|ابني|ابنتي|زوجتي|اخي|اختي)`;
const TOOK_FOR_HOME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:i took|i ve taken|i have taken|j ai pris|on a pris|khdit|ddit|dit|خذيت|اخذت|ديت|${FAMILY}\s+(?:a pris|took|has taken|khda|khdat|dda|ddat|خذا|خذات|دا|دات|اخذ|اخذت))(?![\p{L}\p{N}]).*(?<![\p{L}\p{N}])(?:for home|home|for the house|pour la maison|a la maison|pour chez moi|l dar|lel dar|ldar|للدار|للمنزل)(?![\p{L}\p{N}])`,
  'u',
);
/**
 * A thief took the goods (« un voleur a pris 3 sucre », « a thief took 2 milk », « السارق دا 3 سكر »): gone from the shelf,
 * never sold (« a pris » made it a sale: the twenty-fifth session's reviewers).
 */
const STOLEN = cueRegex([
  ...['voleur', 'voleurs', 'voleuse', 'vole', 'voles', 'volee', 'volees', 'vol', 'thief', 'thieves', 'stole', 'stolen'],
  ...['shoplifter', 'shoplifted', 'sarrak', 'serrak', 'sarek', 'sra9', 'sre9', 'sar9ouli', 'ser9ouli', 'سارق', 'سراق'],
  ...['السارق', 'سرق', 'سرقو', 'سرقوا', 'سرقولي', 'تسرق', 'تسرقو'],
]);
/**
 * The goods counted were stolen: a clause with a figure and a thief, nothing received, sold or denied in it (« après le vol
 * j'ai reçu 20 sucre » is a delivery, « le voleur n'a rien pris » no theft: the review).
 */
/** A theft named anywhere (« on a volé 3000 dans la caisse »): no takings are told with it. */
export const namesTheft = (text: string): boolean => STOLEN.test(foldForCues(text));
/** One of the family took goods (« ma femme a pris 2 lait »): no customer's sale — asked (the second review). */
const FAMILY_TOOK = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${FAMILY}\s+(?:a pris|a achete|took|bought|has taken|khda|khdat|dda|ddat|chrat|chra|خذا|خذات|دا|دات|اخذ|اخذت|شرات|شرى)(?![\p{L}\p{N}])`,
  'u',
);
export const familyTook = (text: string): boolean => FAMILY_TOOK.test(foldForCues(text));
export const saysStolen = (text: string): boolean =>
  foldForCues(text)
    .split(CLAUSES)
    .some((c) => /\d/.test(c) && STOLEN.test(c) && !POSITIVE_STOCK.test(c) && !NOT_STOLEN.test(c));
/** What says the goods were not stolen, or came in, or were sold. */
const NOT_STOLEN =
  /(?<![\p{L}])(?:rien|pas|not|nothing|walou|والو|ما|recu|recus|rachete|livre|livres|vendu|sold|received|bi3t|بعت|وصلني|jani)(?![\p{L}])/u;
export const saysTookForHome = (text: string) => TOOK_FOR_HOME.test(foldForCues(text));

export function stockDirection(text: string): 1 | -1 {
  const folded = foldForCues(text);
  if (NEGATIVE_STOCK.test(folded) || SPLIT_NEGATIVE.test(folded) || saysStolen(text)) return -1;
  // « I returned to the supplier and got 10 yogurts »: « returned » is also « went back »; goods coming in win.
  if (BACK_TO_SUPPLIER.test(folded) && !FROM_SUPPLIER.test(folded) && !POSITIVE_STOCK.test(folded)) return -1;
  // Given away leaves the shelf; free goods received (« reçu 10 sucre gratuits », « le fournisseur m'a donné 5 sucre
  // gratuitement ») come in.
  return FREE_GIFT.test(folded) && !POSITIVE_STOCK.test(folded) && !GIVEN_TO_ME.test(folded) ? -1 : 1;
}

/** Whether a message says which way its goods moved (in, out, back to the supplier, given, stolen), not only a figure. */
export function saysStockMovement(text: string): boolean {
  const folded = foldForCues(text);
  return (
    [NEGATIVE_STOCK, SPLIT_NEGATIVE, POSITIVE_STOCK, FROM_SUPPLIER, BACK_TO_SUPPLIER, FREE_GIFT].some((re) => re.test(folded)) ||
    namesTheft(text)
  );
}

export function hasPositiveStockCue(text: string): boolean {
  return POSITIVE_STOCK.test(foldForCues(text));
}

/**
 * Stock running out (« rupture », « out of stock », « نفاد », « qrib ykhlas »): a low-stock question (LOW_STOCK) and the
 * words that make a message an inventory one (keyword-evidence.ts). LOW_STOCK adds the softer « na9es », « قليلة »,
 * « bientôt fini »…, never tried as that evidence; keyword-evidence.ts adds « low on stock », « قربت تكمل ».
 */
export const RUNNING_OUT: readonly string[] = [
  'rupture',
  'épuisé',
  'épuisés',
  'running low',
  'run out',
  'out of stock',
  'النفاد',
  'نفاد',
  'نفدت',
  'تكمل',
  '9rib tkmel',
  'qrib tkmel',
  'qrib ykhlas',
  '9rib ykhlas',
  'qrib ykhlsou',
  '9rib ykhlsou',
  '9rib ykamlou',
  'qrib ykamlou',
  '9rib ykamel',
  'qrib ykamel',
  'stock faible',
];
const LOW_STOCK = cueRegex([
  ...RUNNING_OUT,
  'ruptures',
  'epuise',
  'presque fini',
  'presque finis',
  'bientôt fini',
  'manquer',
  'manque',
  'manquent',
  'stocks faibles',
  'faible',
  'faibles',
  'bas',
  'seuil',
  'recommander',
  'racheter',
  'rachat',
  'à commander',
  'réapprovisionnement',
  'acheter de nouveau',
  'buy again',
  'need to buy',
  'to order',
  'أعيد شراء',
  'إعادة شراء',
  'اعادة شراء',
  'نشري من جديد',
  'réapprovisionner',
  'réassort',
  'à commander',
  'arrivent à la fin',
  'low',
  'running out',
  'almost out',
  'reorder',
  'reordering',
  'restock',
  'below',
  'threshold',
  'short',
  'نفد',
  'ينفد',
  'تنفد',
  'أوشكت',
  'اوشكت',
  'قاربت',
  'منخفض',
  'ضعيف',
  'ناقص',
  'ناقصة',
  'إعادة الطلب',
  'اعادة الطلب',
  'قليل',
  'قليلة',
  'قلال',
  'كملت',
  'تخلاص',
  'قربت',
  'نعاود نشري',
  'kmlet',
  'tkmel',
  '9lal',
  'n3awed nechri',
  'na9es',
  'na9sa',
  'rahou na9es',
  'qrib ykhelsou',
  'qrib ykmel',
  'qrib ykemlou',
  '9rib ykemlou',
  'rahom ykhlsou',
  'rah ykhlas',
  'qrib tkhlas',
  '9rib tkhlas',
  'rahi tkhlas',
  'rahi qrib tkhlas',
  'qrib tkhlass',
  'قربت تخلص',
  'قريب تخلص',
  'راهي تخلص',
  'راها تخلص',
  'راهي قريب تخلص',
  // « wach ya9ss men sel3a ? », « wach ma b9ach f stock ? », « ما هي السلع التي تنقص ؟ »: what is short, what is left no more.
  'ya9ss',
  'ya9es',
  'yna9es',
  'yn9es',
  'ynaqes',
  'yanqos',
  'b9ach',
  'bqach',
  'ينقص',
  'تنقص',
  'نقصت',
  'ما بقاش',
]);

/**
 * Words for the shop's goods (« produits », « السلعة », « sel3a », « stock »): with a low-stock cue they make the
 * question the stock's (« فيه سلعة قربت تخلص ؟ »), not the customers' or the figures'.
 */
const GOODS = cueRegex([
  'produit',
  'produits',
  'article',
  'articles',
  'marchandise',
  'marchandises',
  'stock',
  'stocks',
  'product',
  'products',
  'items',
  'goods',
  'sel3a',
  'sal3a',
  'sla3',
  'slaa',
  'سلعة',
  'سلعه',
  'سلع',
  'السلعة',
  'السلع',
  'منتج',
  'منتجات',
  'المنتجات',
  'مخزون',
  'المخزون',
  'ستوك',
]);

/**
 * « Je dois commander quoi ? », « wach lazem nechri ? », « ماذا يجب أن أشتري ؟ »: what to buy again is the reorder list
 * (it went to the help, the whole stock, or the sales list).
 */
const WHAT_TO_REORDER = cueRegex([
  'commander quoi',
  'quoi commander',
  'je dois commander quoi',
  'quoi acheter',
  'acheter quoi',
  'que dois je commander',
  'que dois je acheter',
  'que faut il commander',
  'que faut il acheter',
  'what should i order',
  'what should i buy',
  'what do i need to order',
  'what do i need to buy',
  'what to order',
  'what to buy',
  'lazem nechri',
  'wach nechri',
  'ach nechri',
  'chno nechri',
  'wach lazem nechri',
  'wach nakhdem commande',
  'ماذا يجب أن أشتري',
  'ماذا يجب ان اشتري',
  'ماذا أشتري',
  'ماذا اشتري',
  'واش نشري',
  'واش لازم نشري',
  'شنو نشري',
  'ماذا أطلب',
  'ماذا اطلب',
  'واش نطلب',
  // « quels produits je dois commander ? » listed the falling sales; « qu'est-ce que je dois commander ? » the help.
  'quels produits je dois commander',
  'quels produits dois je commander',
  'produits a commander',
  'dois je commander',
  'qu est ce que je dois commander',
  'qu est ce qu il faut commander',
  // Typed with its hyphen (« qu'est-ce que je dois commander ? »), which folding keeps: it got the help text.
  "qu'est-ce que je dois commander",
  "qu'est-ce qu'il faut commander",
  "qu'est-ce que je dois acheter",
  'شنو لازم نطلب',
  'واش لازم نطلب',
  'شنو نطلب',
  'chnou lazem ntleb',
  'wach lazem ntleb',
  'lazem nchri',
  'wach lazem nchri',
  'chnou lazem nchri',
  'wach nkomandi',
  'chnou nkomandi',
  'واش نكوموندي',
  'واش لازم نكوموندي',
  'شنو نكوموندي',
]);

export const asksWhatToReorder = (text: string) => WHAT_TO_REORDER.test(foldForCues(text));

/** « Quels produits vont manquer ? », « فيه سلعة قربت تخلص ؟ »: the low-stock list, whatever else the words resemble. */
export function asksLowStockGoods(text: string): boolean {
  const folded = foldForCues(text);
  return (LOW_STOCK.test(folded) && GOODS.test(folded)) || WHAT_TO_REORDER.test(folded);
}

/** True for "what is running low / about to run out" questions, and « what should I buy again? ». */
export function isLowStockQuestion(text: string): boolean {
  const folded = foldForCues(text);
  return LOW_STOCK.test(folded) || WHAT_TO_REORDER.test(folded);
}

// Channels and tones are the contract's vocabularies: a cue list for a key outside them fails the type check.
export type { Channel, Tone } from '@tajer/contract';

const CHANNEL_CUES: [Channel, RegExp][] = [
  ['facebook', cueRegex(['facebook', 'fb', 'fcb', 'face', 'fesbouk', 'facebouk', 'فيسبوك', 'فايسبوك', 'فيس بوك', 'الفيس', 'فيس'])],
  [
    'instagram',
    cueRegex(['instagram', 'insta', 'ig', 'instgram', 'انستغرام', 'إنستغرام', 'انستقرام', 'إنستقرام', 'انستا', 'إنستا', 'انستجرام']),
  ],
  ['whatsapp', cueRegex(['whatsapp', 'whatsap', 'watsap', 'wats', 'whats app', 'واتساب', 'واتسآب', 'الواتساب', 'واتس اب', 'واتس'])],
  [
    'email',
    cueRegex([
      'email',
      'e-mail',
      'mail',
      'mails',
      'emails',
      'courriel',
      'newsletter',
      'ايميل',
      'إيميل',
      'بريد إلكتروني',
      'بريد الكتروني',
      'بريدا إلكترونيا',
      'بريدا الكترونيا',
      'الإيميل',
      'لايميل',
      'ميل',
    ]),
  ],
  [
    'sms',
    cueRegex([
      'sms',
      'texto',
      'textos',
      'text message',
      'text',
      'texts',
      'رسالة نصية',
      'رسالة قصيرة',
      'رسائل قصيرة',
      'رسالة sms',
      'message court',
      'الرسائل القصيرة',
    ]),
  ],
];

export const CHANNEL_VALUE_REGEXES: readonly RegExp[] = CHANNEL_CUES.map(([, re]) => re);

/** Marketing channel named in the message; the first one mentioned wins. */
export function extractChannel(text: string): { channel: Channel; start: number; end: number } | undefined {
  const folded = foldForCues(text);
  let best: { channel: Channel; start: number; end: number } | undefined;
  for (const [channel, re] of CHANNEL_CUES) {
    const m = re.exec(folded);
    if (m && (!best || m.index < best.start)) best = { channel, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** A bare "message"/"ميساج"/"post" without a channel: SMS for messages to customers, Facebook for posts. */
const GENERIC_MESSAGE = cueRegex(['message', 'messages', 'msg', 'رسالة', 'رساله', 'ميساج', 'mesage']);
const GENERIC_POST = cueRegex([
  'post',
  'poste',
  'publication',
  'statut',
  'status',
  'منشور',
  'بوست',
  'publi',
  'pub',
  'annonce',
  'ad',
  'إعلان',
  'اعلان',
]);

export function defaultChannel(text: string): Channel | undefined {
  const folded = foldForCues(text);
  if (GENERIC_MESSAGE.test(folded)) return 'sms';
  if (GENERIC_POST.test(folded)) return 'facebook';
  return undefined;
}

const TONE_CUES: [Tone, RegExp][] = [
  [
    'humorous',
    cueRegex([
      'drôle',
      'drole',
      'humour',
      'humoristique',
      'marrant',
      'funny',
      'humorous',
      'joke',
      'مضحك',
      'فكاهي',
      'بالضحك',
      'ydahhak',
      'dahek',
    ]),
  ],
  ['festive', cueRegex(['festif', 'festive', 'fête', 'joyeux', 'celebration', 'celebrate', 'احتفالي', 'بهيج', 'عيد سعيد'])],
  [
    'urgent',
    cueRegex([
      'urgent',
      'vite',
      'dernière chance',
      'derniers jours',
      'last chance',
      'hurry',
      'limited',
      'عاجل',
      'آخر فرصة',
      'اخر فرصه',
      'بسرعة',
    ]),
  ],
  [
    'professional',
    cueRegex(['professionnel', 'professionnelle', 'formel', 'sérieux', 'professional', 'formal', 'serious', 'رسمي', 'مهني', 'احترافي']),
  ],
  ['informative', cueRegex(['informatif', 'informative', 'factuel', 'factual', 'إخباري', 'اخباري'])],
  ['friendly', cueRegex(['sympa', 'amical', 'chaleureux', 'convivial', 'friendly', 'warm', 'casual', 'ودي', 'لطيف', 'خفيف'])],
];

export function extractTone(text: string): Tone | undefined {
  const folded = foldForCues(text);
  return TONE_CUES.find(([, re]) => re.test(folded))?.[0];
}

export type ContentLanguage = 'fr' | 'ar' | 'en' | 'darija';

const CONTENT_LANGUAGE_CUES: [ContentLanguage, RegExp][] = [
  [
    'darija',
    cueRegex(['en darija', 'en dziri', 'in darija', 'بالدارجة', 'بالدارجه', 'دارجة', 'b darja', 'bel darja', 'darija', 'derja', 'dziriya']),
  ],
  [
    'ar',
    cueRegex([
      'en arabe',
      'in arabic',
      'arabic',
      'arabe',
      'بالعربية',
      'بالعربيه',
      'بالعربي',
      'بالعربى',
      'b l3arbiya',
      'bel 3arbia',
      'bl3arbia',
    ]),
  ],
  [
    'fr',
    cueRegex([
      'en français',
      'en francais',
      'in french',
      'french',
      'بالفرنسية',
      'بالفرنسيه',
      'بالفرونسي',
      'bel fran9a',
      'b fransawiya',
      'bel français',
    ]),
  ],
  [
    'en',
    cueRegex(['en anglais', 'in english', 'english', 'anglais', 'بالإنجليزية', 'بالانجليزيه', 'بالانجليزية', 'بالإنقليزية', 'bel anglais']),
  ],
];

/** Language the marketing text should be written in, when the user says so. */
export function extractContentLanguage(text: string): ContentLanguage | undefined {
  const folded = foldForCues(text);
  return CONTENT_LANGUAGE_CUES.find(([, re]) => re.test(folded))?.[0];
}

export type FeedbackCategory = 'bug' | 'suggestion' | 'comment';

const BUG = cueRegex([
  'bug',
  'bugs',
  'bogue',
  'beug',
  'plante',
  'planté',
  'crash',
  'crashes',
  'crashed',
  'erreur',
  'error',
  'marche pas',
  'fonctionne pas',
  'ne marche',
  'ne fonctionne',
  'ne s affiche',
  's affiche pas',
  'affiche mal',
  'bloque',
  'bloqué',
  'problème',
  'probleme',
  'broken',
  "doesn't work",
  'doesnt work',
  'not working',
  'keeps failing',
  'fails',
  'failing',
  'won t',
  'wont',
  'glitch',
  'issue',
  'problem',
  'خطأ',
  'خلل',
  'عطل',
  'مشكل',
  'مشكلة',
  'لا يعمل',
  'ما يخدمش',
  'يبلوكي',
  'بوغ',
  'يتوقف',
  'لا تظهر',
  'لا يظهر',
  'ما تطلعش',
  'ma yekhdemch',
  'tbloki',
  'problème',
  'ma tla3ch',
  'plantage',
  // Darija « problem », and slowness (« l'application est lente »): a fault to look at, not a comment.
  'mochkil',
  'mouchkil',
  'mochkel',
  'machakil',
  'مشاكل',
  'lent',
  'lente',
  'trop lent',
  'slow',
  'بطيء',
  'بطيئة',
]);

/** The app itself or one of its screens: with a fault named, the message is feedback for the team. */
const APP_WORDS = cueRegex([
  'appli',
  'application',
  'lapli',
  'app',
  'tajer',
  'scan',
  'scanner',
  'bouton',
  'ecran',
  'écran',
  'page',
  'screen',
  'button',
  'التطبيق',
  'البرنامج',
  'السكان',
  'الشاشة',
  'تاجر',
]);

/** « 3andi mochkil f scan », « le scan ne marche pas », « the app crashes »: a fault of the app, reported. */
export function reportsAppFault(text: string): boolean {
  const folded = foldForCues(text);
  return BUG.test(folded) && APP_WORDS.test(folded);
}

const SUGGESTION = cueRegex([
  'suggestion',
  'suggestions',
  'suggère',
  'suggere',
  'idée',
  'idee',
  'propose',
  'proposition',
  'ce serait bien',
  'serait bien',
  'ce serait pratique',
  'serait pratique',
  "j'aimerais",
  'j aimerais',
  'il faudrait',
  'pourriez',
  'ajouter',
  'ajoutez',
  'suggest',
  'idea',
  'feature request',
  'would be nice',
  'would be great',
  'it would be',
  'please add',
  'add a',
  'could you add',
  'wish',
  'اقتراح',
  'أقترح',
  'اقترح',
  'فكرة',
  'أتمنى',
  'اتمنى',
  'أضيفوا',
  'اضيفوا',
  'لو تضيفون',
  'لوكان',
  'لوكان تزيدو',
  'تزيدو',
  'lokan',
  'tzidou',
]);

export function extractFeedbackCategory(text: string): FeedbackCategory {
  const folded = foldForCues(text);
  if (SUGGESTION.test(folded) && !/(bug|crash|plante|erreur|خطأ|خلل)/.test(folded)) return 'suggestion';
  if (BUG.test(folded)) return 'bug';
  if (SUGGESTION.test(folded)) return 'suggestion';
  return 'comment';
}

/** "Et pour le sucre ?", "and rice?", "w sokkar?", "و السكر؟", "what about…", "même chose pour…". */
const FOLLOW_UP = cueRegex([
  'et',
  'et pour',
  'et le',
  'et la',
  'et les',
  'et du',
  'et de',
  'et pour le',
  'et ce',
  'et cette',
  'pareil',
  'pareil pour',
  'même chose',
  'meme chose',
  'la même chose',
  'idem',
  'aussi pour',
  'maintenant pour',
  'fais pareil',
  'refais',
  'and',
  'and for',
  'what about',
  'how about',
  'same for',
  'same thing',
  'the same',
  'now do',
  'do it for',
  'again for',
  'و',
  'وال',
  'وماذا عن',
  'ماذا عن',
  'و بالنسبة',
  'بالنسبة',
  'نفس الشيء',
  'نفس الحاجة',
  'كيف كيف',
  'ودرك',
  'w',
  'wel',
  'ou',
  'w l',
  'w el',
  'kif kif',
  'nafs',
  'nafs l7aja',
  'pareil l',
  'et si',
  'و زادة',
  'zada',
]);

export function looksLikeFollowUp(text: string): boolean {
  const folded = foldForCues(text);
  const m = FOLLOW_UP.exec(folded);
  // Only a cue at the start of the message makes a follow-up ("et le café ?"), or an explicit "même chose".
  return !!m && (m.index <= 2 || /meme chose|same thing|the same|kif kif|نفس|idem|pareil/.test(folded));
}

/** "mets-en plutôt 20", "make it 20 instead", "non, 15", "la, dir 25", "لا، خليها 30". */
const CORRECTION = cueRegex([
  'plutôt',
  'plutot',
  'non',
  'pas',
  'corrige',
  'correction',
  'change',
  'remplace',
  'modifie',
  'mets en',
  'mets',
  'fais',
  'finalement',
  'en fait',
  'erreur',
  'instead',
  'make it',
  'change it',
  'no',
  'actually',
  'correct',
  'rather',
  'sorry',
  'i meant',
  'la',
  'lala',
  'dir',
  'dirha',
  'khaliha',
  'balak',
  'bedel',
  'beddel',
  'لا',
  'بدل',
  'بدلها',
  'خليها',
  'دير',
  'ديرها',
  'عوض',
  'صحح',
  'غير',
  'بل',
  'اجعلها',
  'اجعله',
  'ضع',
]);

export function looksLikeCorrection(text: string): boolean {
  return CORRECTION.test(foldForCues(text));
}

/** Units and packaging words that sit between a quantity and the product ("30 sacs de semoule"). */
export const PACKAGING_WORDS = new Set(
  (
    'sac sacs sachet sachets paquet paquets boite boites boîte boîtes carton cartons caisse caisses bidon bidons bouteille bouteilles pot pots ' +
    'kilo kilos kg g gr litre litres l ml cl unite unites unité unités piece pieces pièce pièces plateau plateaux pack packs fardeau fardeaux ' +
    'bag bags bottle bottles box boxes can cans pack packs packet packets carton cartons crate crates sack sacks jar jars tin tins unit units ' +
    'piece pieces kilos liter liters litre litres tray trays case cases dozen ' +
    'كيس أكياس اكياس علبة علب علبه قارورة قارورات قاروره صندوق صناديق كرتونة كرتونه كرتون كيلو كغ لتر قطعة قطع حبة حبات ' +
    'شكارة شكاره شكاير شكارات بيدون بيدونات باكية باكيه باكيات قرعة قرعه قرعات كرطونة كرطونه كرطونات طبلة ' +
    'chkara chkayer chkarat bidon bidonet paquet kartona kartonat kartouna 9er3a 9ra3i sachet sachia boita'
  ).split(' '),
);

/** A count in packs (« 6 bouteilles », « 10 sacs »), in folded text: goods counted, whatever else the words mean. */
const COUNTED_PACKS = new RegExp(String.raw`\d\s*(?:${[...PACKAGING_WORDS].map(escapeRegex).join('|')})(?![\p{L}])`, 'u');
export const countsPacks = (folded: string): boolean => COUNTED_PACKS.test(folded);
