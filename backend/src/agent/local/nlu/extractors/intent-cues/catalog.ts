import { cueRegex, foldForCues, has } from '../cue-regex';

/**
 * The catalogue: a product that is not in it yet, and a product's price changed or set.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/**
 * How a new product is named, in words that then open its name (« nouveau produit : Lait 1L », « mantouj jdid zit »):
 * cues of a new product here, and the start of its name in extractors/sales.ts' NEW_PRODUCT_OPENERS — a spelling added
 * here is both. Written as the owner types them (the openers read the raw text, case aside).
 */
export const NEW_PRODUCT_NAMED: readonly string[] = [
  ...['nouveau produit', 'nouvel article', 'nouveau article', 'un produit', 'au catalogue', 'dans le catalogue'],
  ...['new product', 'new item'],
  ...['produit jdid', 'produit jdida', 'sel3a jdida', 'article jdid', 'mantouj jdid', 'montouj jdid'],
  ...['سلعة جديدة', 'برودوي جديد', 'إلى الكتالوج', 'الى الكتالوج'],
];

/** A product that is not in the catalogue yet: "nouveau produit", "new product", "منتج جديد". */
const NEW_PRODUCT = cueRegex([
  ...NEW_PRODUCT_NAMED,
  'nouvelle reference',
  'nouvelle référence',
  'creer un produit',
  'crée un produit',
  'cree le produit',
  'ajoute le produit',
  'ajouter un produit',
  'ajoute un article',
  'cree un article',
  'crée un article',
  'creer un article',
  'créer un article',
  'create an item',
  'create item',
  'add a product',
  'add product',
  'to the catalogue',
  'to the catalog',
  'create a product',
  'add the product',
  'add an item',
  'منتج جديد',
  'منتجا جديدا',
  'منتوج جديد',
  'منتوجا جديدا',
  'زيد منتوج',
  'سلعه جديده',
  'اضف منتج',
  'أضف منتج',
  'أضف منتجا',
  'للكتالوج',
]);

/** Changing a price: no tool does it. */
const PRICE_CHANGE = cueRegex([
  'change le prix',
  'changer le prix',
  'modifie le prix',
  'modifier le prix',
  'mets le prix',
  'augmente le prix',
  'baisse le prix',
  'nouveau prix',
  'prix a',
  'change the price',
  'set the price',
  'update the price',
  'raise the price',
  'lower the price',
  'new price',
  'bedel le prix',
  'beddel soum',
  'bedel soum',
  'zid f soum',
  'na9es f soum',
  'soum jdid',
  'غير السعر',
  'بدل السعر',
  'عدل السعر',
  'سعر جديد',
  'زيد في السوم',
  'نقص في السوم',
  'بدل السوم',
  'السوم الجديد',
  // « سومة » / « soumet » (the price of): « بدل سومة السكر ل 120 ».
  // Not « غير سومة »: « غير » is also « only » (« قولي غير سومة السكر », just tell me the sugar's price).
  'بدل سومة',
  'بدل سومت',
  'بدل السومة',
  'عدل السوم',
  'beddel soumet',
  'bedel soumet',
  'baddel soumet',
  'beddel soumt',
  'beddel le prix',
  'beddel prix',
]);
export const hasNewProductCue = has(NEW_PRODUCT);
/** An order to change a price opens the message ("Change le prix du sucre…"); "les concurrents ont baissé le prix" is news. */
export function hasPriceChangeCue(text: string): boolean {
  const folded = foldForCues(text);
  const m = PRICE_CHANGE.exec(folded);
  return (!!m && m.index <= 15) || PRICE_BECOMES.test(folded);
}
/**
 * « Le prix du sucre passe à 150 DA », « the price of sugar is now 150 », « سعر السكر ولى 150 »: a price said to
 * change, which was read as an unclear write. News about competitors (« ont baissé le prix ») has no such verb.
 */
const PRICE_BECOMES =
  /(?<![\p{L}\p{N}])(?:prix (?:du |de la |de l |des |de |d )?\S+(?:\s+\S+){0,3}? (?:passe|devient|est maintenant|est desormais|monte a|descend a)|price of \S+(?:\s+\S+){0,3}? (?:is now|goes up to|goes down to|goes to|becomes)|(?:سعر|ثمن|سوم|السوم) \S+(?:\s+\S+){0,3}? (?:ولى|ولي|ولات|صار|اصبح|راه ب)|soum \S+(?:\s+\S+){0,3}? (?:wela|wlat|rah b))(?![\p{L}\p{N}])/u;
/**
 * Goods said to cost more or less, « prix » unsaid (« le sucre a augmenté à 150 », « sugar went up to 150 », « السكر غلا
 * ب 20 », « sokar tla3 l 150 »): the product's price — read as 150 sugar into the stock (the twenty-first review). Only
 * with a product named and no stock word beside it (the caller's).
 */
export const saysGoodsPriceMoved = has(
  // Never a verb that also moves the stock (« augmente », « نقص », « زاد », « tla3 », « dropped »: « نقص 4 أكياس قهوة » is
  // 4 bags out), nor goods counted after it (« le sucre a augmenté de 20 sacs »).
  /(?<![\p{L}\p{N}])(?:a augmente|ont augmente|est augmente|a baisse|ont baisse|a diminue|est monte|a monte|est descendu|went up|gone up|has gone up|rose|has risen|went down|has gone down|got dearer|got cheaper|ghla|ghlat|rkhas|غلا|غلات|ارتفع|ارتفعت|انخفض|انخفضت|رخص|رخصت)(?:\s+(?:a|de|to|by|l|b|ل|ب|الى|إلى|الي|حتى))?\s*\d+(?:[.,]\d+)?(?!\d|\s*(?:unites?|units?|sacs?|bags?|cartons?|pieces?|bouteilles?|bottles?|boites?|boxes?|packs?|kg|kilos?|litres?|chkayer|أكياس|كياس|كراطن|علب|حبات|قارورات))/u,
);
/** « Mets le sucre à 150 DA », « set sugar to 150 DA »: a product put at an amount of money is its price. */
export const setsPriceOfNamed = has(
  /^(?:mets?|mettez|passe|fixe|set|حط)\s.{1,40}?\s(?:a|at|to|b|ب)\s?\d[\d\s.,]*\s?(?:da|dzd|dinars?|دج|دينار)(?![\p{L}\p{N}])/u,
);
