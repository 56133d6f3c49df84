import { cueRegex, foldForCues, has } from '../cue-regex';
import { SUPPLIER } from './suppliers';

/**
 * A sale told (« j'ai vendu », « bi3t », « بعت »), a customer taking goods (« كريم داه »), sales as a subject
 * (« mes ventes »), and the sale-like acts that are not one: goods given, kept aside, a promotion's offer.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/**
 * Darija's verbs of a customer taking goods (« كريم داه 2 سكر كريدي »: took it; « نادية داتلي 3 حليب »: took from me):
 * sale cues, and never a family name (extractors/sales.ts). Karim « داه » owed 2 DA.
 */
export const TAKING_VERBS: readonly string[] = [
  ...['ddah', 'ddaha', 'ddali', 'ddatli', 'khda', 'khdat'],
  // Not « ادا » (also إذا, « if »), « شراه » (« فاش شراه ؟ », when did he buy it?), « دالي » or « dah » (family names).
  ...['داه', 'داها', 'داتلي', 'اداه', 'خدا', 'خدات', 'خداه', 'اشرى', 'اشرات'],
];

/** Selling: "j'ai vendu", "une vente", "I sold", "بعت", "bi3t". Not "mes ventes" (figures). */
const SALE = cueRegex([
  'vendu',
  'vendus',
  'vendue',
  'vendues',
  'j ai vendu',
  'on a vendu',
  'je viens de vendre',
  'une vente',
  'vente',
  'nouvelle vente',
  'enregistre une vente',
  'enregistrer une vente',
  'note une vente',
  'vendre a',
  'vendu a',
  'achete par',
  'a achete',
  'ont achete',
  'client a pris',
  'a pris',
  'ont pris',
  'vient d acheter',
  'viennent d acheter',
  'vient de prendre',
  'customer bought',
  'customers bought',
  'client bought',
  'he bought',
  'she bought',
  'they bought',
  'somebody bought',
  'someone bought',
  'sold',
  'i sold',
  'we sold',
  'a sale',
  'record a sale',
  'new sale',
  'log a sale',
  'sale of',
  'took',
  'has taken',
  'bi3t',
  'b3t',
  'bie3t',
  'bi3na',
  'b3na',
  'ba3',
  'bya3t',
  'chra',
  'chrat',
  'chraw',
  'dda',
  'ddat',
  'بعت',
  'بعنا',
  'باع',
  'عملية بيع',
  'سجل بيع',
  'سجل عملية بيع',
  'اشترى',
  'اشترت',
  'اشتروا',
  'شرا',
  'شرات',
  'شراو',
  'دا',
  'دات',
  'داو',
]);

/** Sales as a subject ("les ventes à crédit", "credit sales", "البيعات"), not a sale being told. */
const SALES_NOUN = cueRegex([
  'ventes',
  'les ventes',
  'mes ventes',
  'sales',
  'my sales',
  'tickets',
  'المبيعات',
  'مبيعات',
  'البيعات',
  'بيعات',
  'lventes',
  'lbi3at',
]);
/** "Sold out" and "épuisé" are about stock, not a sale. */
const NOT_A_SALE = /\bsold out\b|\bsold-out\b/gu;
export const hasSaleCue = (text: string) => SALE.test(foldForCues(text).replace(NOT_A_SALE, ' '));
const TAKING = cueRegex(TAKING_VERBS);
/**
 * A verb of taking (« كريم داه 2 سكر »), no supplier named (« الموزع داه 5 كرطونات »: the distributor took them). Only a
 * sale with a named customer and goods counted (trust-rules' `goodsTaken`): « الضو خدا 3000 » (the electricity took
 * 3000), « خدا 2 سكر للدار », « khda lwe9t bezaf » are not.
 */
export const saysTaken = (text: string): boolean => {
  const folded = foldForCues(text);
  // Not asked (« karim ddah 2 sokar ? », « wach… »), nor brought back (« … و رجعهم »).
  if (/[?؟]/u.test(text) || /(?<![\p{L}])(?:wach|واش|رجعهم|رجعها|rejja3hom|rja3hom|raja3hom)(?![\p{L}])/u.test(folded)) return false;
  return TAKING.test(folded) && !SUPPLIER.test(folded);
};
export const hasSalesNoun = has(SALES_NOUN);

/**
 * A promotion's offer: « promo 1 acheté 1 offert sur le café », « buy 2 get 1 free », « اشري 2 و خود 1 ». Its counts
 * are the offer's, not goods in or out (« 1 acheté » proposed one coffee into the stock).
 */
const PROMOTION_OFFER =
  /(?<![\p{L}\p{N}])(?:\d+\s+achetes?\s*,?\s*(?:\+\s*)?\d+\s+(?:offerts?|gratuits?)|buy\s+\d+\s*,?\s*get\s+\d+|(?:ا?شري|اشتري)\s+\d+\s+و\s*(?:خود|خذ)\s+\d+)(?![\p{L}\p{N}])/u;
export const namesPromotionOffer = has(PROMOTION_OFFER);

/**
 * Goods kept aside for someone: « mets 5 sucre de côté pour Karim », « set aside 2 oil for Nadia », « خبيلو 3 حليب ». They
 * stay in the shop (« mets » proposed +5 into the stock): no movement until they are sold.
 */
export const setsAside = has(
  cueRegex([
    'de cote',
    'reserve pour',
    'reserve-lui',
    'reserver',
    'garde pour',
    'garde lui',
    'garde-lui',
    'set aside',
    'put aside',
    'keep aside',
    'hold for',
    'خبي',
    'خبيلو',
    'خبيلها',
    'احجز',
    'khabbi',
    'khabi',
    'khabilou',
    'khabbilou',
  ]),
);

/** « عطيت لكريم 3 خبزات », « a3tit l Karim 2 zit », « I gave Karim 3 breads »: goods given to a customer (with a product). */
export const saysGaveGoods = has(
  cueRegex(['عطيت', 'اعطيت', 'أعطيت', 'a3tit', '3tit', '3titlo', '3titha', 'i gave', 'j ai donne', 'j ai donné']),
);

/** « Karim bought (2 oil, stuff for 2000) », « purchased »: someone else bought — never « I bought », « we've bought ». */
export const saysSomeoneBought = (text: string): boolean => {
  const folded = foldForCues(text);
  return /\b(?:bought|purchased)\b/.test(folded) && !/\b(?:i|we|i ve|we ve)\b(?:\s+\S+){0,2}?\s+(?:bought|purchased)\b/.test(folded);
};
