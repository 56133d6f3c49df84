import { cueRegex, foldForCues, has } from '../cue-regex';

/**
 * A customer paying back what he owes: « m'a payé », « khallasni », « خلصني », someone paid (a customer's payment only
 * when one is named), all of it (« a tout payé ») or not, and whether he paid, asked.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/** A customer paying back: "m'a payé", "a remboursé", "paid me back", "خلصني", "khallasni". */
const CUSTOMER_PAID = cueRegex([
  'm a paye',
  'm a payé',
  'nous a paye',
  'nous a payé',
  'a rembourse',
  'a remboursé',
  'a regle',
  'a réglé',
  'a payé sa dette',
  'a paye sa dette',
  'a payé son crédit',
  'remboursement',
  'versement',
  'a verse',
  'a versé',
  'paiement reçu',
  'paiement recu',
  'm a donne',
  'm a donné',
  'nous a donne',
  'paid me',
  'paid us',
  'paid back',
  'paid off',
  'repaid',
  'payment from',
  'payment received',
  'gave me',
  'paid his',
  'paid her',
  'khallasni',
  // « Karim khallas 500 » (he paid); « khlas » (it ran out) and « khallast » (I paid) are other words.
  'khallas',
  'khalles',
  'khelles',
  'khalasni',
  'khlasni',
  'khallesni',
  'rjja3li',
  'rajja3li',
  'ja khallas',
  'dfa3li',
  'rajja3tli',
  'rj3atli',
  'khalsatni',
  'khallsatni',
  'dfa3tli',
  'خلصني',
  'خلصنا',
  'رجعلي',
  'رجع لي',
  'رجعتلي',
  'خلصتني',
  'دفعتلي',
  'سدد',
  'سدّد',
  'دفع لي',
  'دفعلي',
  'تسديد',
  'دفعة',
]);

/**
 * Money a customer handed over, said plainly: « Karim 3tani 2000 » (gave me 2000; « w ba9i 3lih 500 » added 2000 to
 * his debt), « Samir jab 500 men kridi ta3o », « سمير جاب 500 من الكريدي » (brought 500 off his credit). The sum right
 * after the verb; not denied (« ma 3tani walou »), not promised (« ykhalles ghodwa », « bach »). Goods, a sale or a
 * supplier beside it are trust-rules' to rule out (« ddah 2 zit b 2700, 3tani 2000 »: two things, asked).
 */
const GAVE_ME_SUM = /(?<![\p{L}\p{N}])(?:a?3tani|a?3tatni|عطاني|عطاتني)\s+\d/u;
// « jab 500 men kridi », « khlas lkredi 1500 », « khallsat kredi ta3ha 2000 », « نقص من الكريدي 500 »: paid off the book.
const PAID_OFF = String.raw`(?:jab|jabet|jabli|khlas|khalas|khallas|khalles|khallsat|khalsat|nakas|na9as|na9es|جاب|جابت|جابلي|خلص|خلصت|نقص)`;
const BOOK = String.raw`(?:l|el|ال)?(?:kridi|kredi|credit|كريدي)`;
const BROUGHT_OFF_CREDIT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${PAID_OFF}\s+(?:\d[\d\s.,]*(?:(?:da|dzd|dinars?|دج)\s+)?(?:men|mel|من)\s+${BOOK}|${BOOK}\s+(?:(?:ta3|تاع)\p{L}*\s+)?\d)`,
  'u',
);
const NOT_GIVEN = cueRegex([
  ...['ma 3tani', 'ma3tani', '3tanich', 'ma 3tatni', 'ما عطاني', 'ماعطاني', 'عطانيش', 'mazal ma', 'ma khlas', 'ma khalas'],
  // Goods handed over, not money (« سمير عطاني 30000 سلعة »).
  ...['sel3a', 'سلعة', 'marchandise', 'marchandises'],
]);
const PROMISED = cueRegex([
  ...['ghodwa', 'ghedwa', 'ghadwa', 'غدوة', 'bach', 'باش', 'rdv', 'waqt', 'ykhalles', 'ykhalas', 'يخلص'],
  // Asked, supposed or told by someone (« wach Karim 3tani 1000 ? », « ida … », « Karim 9al 3tani 1000 »).
  ...['wach', 'ida', 'ila', 'kifach', '9al', 'ygoul', 'واش', 'إذا', 'اذا', 'كيفاش', 'قال', 'يقول'],
  // Money that is no payment of his book: change, a deposit, a loan, a mistake, another currency.
  ...['sarf', 'nsaraf', 'nsarafha', 'amana', 'أمانة', 'امانة', 'khabi', 'slef', 'sellef', 'tsalaf', 'سلف', 'dyoun'],
  ...['ghalat', 'zayda', 'faux', 'euro', 'euros', 'dollar', 'dollars'],
]);
export const saysGaveMoney = (text: string): boolean => {
  const folded = foldForCues(text);
  return (
    (GAVE_ME_SUM.test(folded) || BROUGHT_OFF_CREDIT.test(folded)) &&
    !NOT_GIVEN.test(folded) &&
    !PROMISED.test(folded) &&
    !/[?؟]/u.test(text)
  );
};
/** What is left owed after a payment: « ba9i », « باقي », « reste ». */
export const LEFT_OWED = cueRegex(['ba9i', 'baqi', 'ba9ilou', 'khalla', 'khallat', 'باقي', 'بقالو', 'خلا', 'reste', 'left', 'still owes']);

/** Paying words beside a debt: « khlas », « khalesni », « khallsat », « خلص »… (not « ma khlasch »: hasNotPaidCue). */
// Not bare « khlas » (« that's it »), « jab » or « rja3 »: they say more than paying.
const PAYS_BACK = cueRegex([
  ...['khallas', 'khalles', 'khalesni', 'khallesni', 'khalasni', 'khlasni', 'khallsat', 'khalsat', 'khalsatni'],
  ...['nakas', 'na9as', 'na9es', 'خلصني', 'خلصتني', 'نقص'],
]);
/** Bare « khlas », « jab » only before the book or a sum (« khalas lkredi kamel 5000 », « jab 1000 ta3 lkridi », « khlas 2000 »). */
const PAID_ON_BOOK = /(?<![\p{L}])(?:khlas|khalas|jab)\s+(?:(?:\S+\s+){0,2}?(?:l|el)?(?:kridi|kredi)(?![\p{L}])|\d)/u;

/**
 * Paying back said beside a debt (« Karim khlas lkredi 1500 », « … w khalesni 500 », « Karim 3tani 2000 »): a debt is
 * not added on such words, it is asked (trust-rules, customers_credit_add).
 */
export const speaksOfPayingBack = (text: string): boolean => {
  const folded = foldForCues(text);
  return PAYS_BACK.test(folded) || PAID_ON_BOOK.test(folded) || saysGaveMoney(text);
};
/** A customer who paid all he owed (« Karim a tout payé », « paid everything he owes », « خلص كامل الكريدي »). */
const PAYS_EVERYTHING = has(
  cueRegex([
    'tout payé',
    'tout paye',
    'tout réglé',
    'tout regle',
    'tout remboursé',
    "tout ce qu'il me doit",
    "tout ce qu'elle me doit",
    'tout ce qu il doit',
    'tout ce qu elle doit',
    'toute sa dette',
    'tout son crédit',
    'tout son credit',
    'soldé son compte',
    'solde son compte',
    'paid everything',
    'paid it all',
    'paid all',
    'paid in full',
    'paid off',
    'paid his whole',
    'paid her whole',
    'settled his',
    'settled her',
    'خلص كامل',
    'خلصني كامل',
    'خلص قاع',
    'خلصني قاع',
    'خلص كلش',
    'khlas kamel',
    'khalas kamel',
    'khallas kamel',
    'khlasni kamel',
    'khlas ga3',
    'khalas ga3',
    'khlasni ga3',
    'khlas kolch',
    'khalas kolchi',
    'khlas koulech',
    'khalas koulech',
    'khallas koulech',
    'khlas koulchi',
    'khlasni koulech',
  ]),
);
/** What takes the « all » back: « n'a pas tout payé », « presque », « never », « مازال ». */
const NOT_ALL = cueRegex([
  ...['n a pas', 'a pas', 'n a jamais', 'jamais', 'presque', 'pas encore', 'pas tout', 'toujours pas'],
  ...['almost', 'nearly', 'never', 'not', 'hasn t', 'didn t', 'has not', 'did not'],
  ...['ما خلص', 'ماخلص', 'ماخلصش', 'مازال', 'تقريبا', 'ma khallas', 'makhlas', 'mazal', 'ta9riban'],
  // « Karim ma khlas koulech », « khlas nos » (half): not all of it.
  ...['ma khlas', 'ma khalas', 'machi koulech', 'machi kolch', 'nos', 'ness'],
  // Said by someone, or supposed: « Karim pense qu'il a tout payé », « si Karim a tout payé ».
  ...['pense', 'dit qu', 'dit que', 'c est vrai', 'says', 'thinks', 'claims', 'if', 'يقول', 'قال', 'يحسب'],
]);
/**
 * A customer who paid all he owed (« Karim a tout payé », « paid everything he owes », « خلص كامل الكريدي ») — not « Karim
 * n'a pas tout payé », « presque », « never » (they proposed a payment of his whole balance).
 */
export const paysEverything = (text: string): boolean => PAYS_EVERYTHING(text) && !NOT_ALL.test(foldForCues(text));
/** Someone paid (he/she, or "paid" in English): a customer's payment only when a customer is named. */
export const PAID_THIRD = cueRegex([
  'a paye',
  'a payé',
  'a regle',
  'a réglé',
  'a verse',
  // « il a encore payé 300 » after a sale was 300 more goods (the twenty-fourth session's reviewers).
  ...['a encore paye', 'a aussi paye', 'a encore regle'],
  'paid',
  'settled',
  'received',
  'recu de',
  'reçu de',
  'khalsat',
  'khalles',
  'khelles',
  'خلص',
  'خلصت',
  'دفع',
  'دفعت',
  'سدد',
  'سددت',
  'استلمت من',
]);
export const hasCustomerPaidCue = has(CUSTOMER_PAID);

/**
 * Money handed over towards a debt (« Karim m'a rendu 500 de sa dette », « a versé 2000 sur son crédit », « رجعلي 500 من
 * الدين », « paid 300 off his debt »): a repayment — « dette » made it a credit of +500 (the twenty-fifth session's
 * reviewers, at both bases).
 */
const PAID_ON_DEBT =
  /(?<![\p{L}])(?:rendu|rend|rendre|rendra|remis|laisse|retire|enleve|jabli|rembourse|rembourser|rembourcer|remboursera|paye|payer|paie|paiera|verse|donne|regle|khalas|khallas|rja3li|rajja3li|رجعلي|يرجعلي|يرجع|رد|خلص|يخلص|دفع|يدفع|عطاني|paid|gave|returned|repaid)(?:\s+\S+){0,3}?\s+(?:de|du|sur|pour|for|of|off|on|towards|from|ta3|من|على|men|mel|3la|f)\s+(?:(?:sa|son|ses|his|her|their|la|the|ta3|dyal)\s+)?(?:dette|dettes|credit|credi|debt|debts|dyn|kridi|lkridi|الدين|دينه|دينو|الكريدي|كريدي)(?![\p{L}])|(?<![\p{L}])(?:solde|regle|settled|cleared|paid off)\s+(?:son|sa|his|her|their)\s+(?:credit|dette|debt)(?![\p{L}])/u;
/** The owner handing money over (« j'ai donné 500 à Karim sur son crédit »: lent, not repaid — the review). */
const OWNER_GAVE =
  /(?<![\p{L}])(?:j ai|je|i|ana)\s+(?:lui\s+|l\s+)?(?:donne|verse|paye|rendu|prete|avance|gave|paid|lent|given|3tit|a3tit|sellaft|khallast)|عطيت|اعطيت|سلفت|دفعت(?![\p{L}])/u;
/** To be paid, not paid (« karim va rembourser 500 de sa dette », « will pay back », « راح يرجعلي »: the second review). */
const TO_PAY =
  /(?<![\p{L}])(?:(?:va|vais|vont|doit|dois|veut|will|going to|gonna|ghadi|rah|راح|سوف)\s+(?:\S+\s+)?(?:rembours\p{L}*|pay|payer|rendre|khalas|ykhalas|يرجع|يرجعلي|يخلص|يدفع)|paiera|payera|remboursera|rendra|will pay|سيدفع|سيرجع)(?![\p{L}])/u;
/** Time given, no money (« Karim m'a donné 2 jours pour sa dette »). */
const TIME_GIVEN = /\d+\s*(?:jours?|days?|semaines?|weeks?|mois|months?|ayam|iyam|ايام|اسابيع|يوم)(?![\p{L}])/u;
export const paysOnDebt = (text: string) =>
  PAID_ON_DEBT.test(foldForCues(text)) &&
  !OWNER_GAVE.test(foldForCues(text)) &&
  !TO_PAY.test(foldForCues(text)) &&
  !TIME_GIVEN.test(foldForCues(text));
/** Any money named towards a debt, paid or not: never more owed (see understand.ts). */
export const speaksOfPayingDebt = (text: string) => PAID_ON_DEBT.test(foldForCues(text)) && !TIME_GIVEN.test(foldForCues(text));
export const hasPaidThirdCue = has(PAID_THIRD);

/** A question by its opening word: « wach … », « est-ce que … », « did … », « has … », « هل … » (on folded text). */
const QUESTION_OPENER = /^(?:wach|wash|wesh|est ce qu|did|does|has|have|هل|واش|وش)(?![\p{L}\p{N}])/u;
/** « did Karim pay me? »: the customer's « pay me » said around his name, which no fixed cue spans. */
const PAY_ME = /(?<![\p{L}\p{N}])pa(?:y|id) (?:me|us)(?![\p{L}\p{N}])/u;

/**
 * Whether a customer paid, asked (« wach Riad khallasni ? », « has Karim paid me? », « Karim m'a payé ? », « واش خلصني
 * كريم ؟ »): a question — by its mark or its opening word — about a payment. A payment told always says how much, so
 * the caller also checks that no number is given; « Karim khallasni 500 » stays a payment to record.
 */
/** « did Karim pay everything? » listed his sales: the present's « pay », only in a question (never a payment). */
const PAY_IT_ALL = /(?<![\p{L}\p{N}])pay (?:it all|everything|all (?:he|she) owes?|his debt|her debt)(?![\p{L}\p{N}])/u;
export function asksWhetherPaid(text: string): boolean {
  const folded = foldForCues(text).trim();
  // « Karim a tout payé ? », « كريم خلص كلش؟ » proposed a payment of his whole balance: asked, it is a read.
  if (!hasCustomerPaidCue(text) && !PAY_ME.test(folded) && !PAYS_EVERYTHING(text) && !PAY_IT_ALL.test(folded)) return false;
  return /[?؟]\s*$/u.test(text) || QUESTION_OPENER.test(folded);
}
