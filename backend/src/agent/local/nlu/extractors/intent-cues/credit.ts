import { cueRegex, foldForCues, has } from '../cue-regex';

/**
 * Customers' credit, as the notebook (« الكرني ») is kept: money owed to the shop, put on an account, a customer
 * paying back (all or part), the question whether he paid, and a sale paid in part with the rest on credit.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/**
 * Put on a customer's account, as the notebook is kept: « sajel 3la Hichem 500 », « سجل على هشام 500 », « marque 500 DA
 * sur le compte de Hichem » (read as an expense), « put 500 DA on Hichem's tab ». Money owed, and a sale's payment on
 * credit (extractors/sales.ts: « سجل على كريم 2 سكر » was a sale paid cash).
 */
export const ON_ACCOUNT: readonly string[] = [
  'sajel 3la',
  'sajjel 3la',
  'sejjel 3la',
  'sajal 3la',
  'sajel 3and',
  'sajjel 3and',
  'kteb 3la',
  'ktebli 3la',
  'kteb 3and',
  'marki 3la',
  'سجل على',
  'سجل عند',
  'سجلي على',
  'اكتب على',
  'اكتب عند',
  'أكتب على',
  'كتب على',
  'قيد على',
  'dans le carnet',
  's tab',
  'on his tab',
  'on her tab',
  'on the tab',
  'to his tab',
  // « zid 3 sokar l karim f lkarni » (in the notebook) proposed +3 sugar into the stock.
  'f lkarni',
  'fel karni',
  'fi lkarni',
  'في الكرني',
  'فالكرني',
  'في الكارني',
];

/**
 * On credit, the notebook's words (« crédit », « carnet », « kridi », « كريدي », « will pay »): a debt owed to the shop
 * (OWED_TO_SHOP) and a sale's payment put off (extractors/sales.ts' credit payment method). Each adds its own: the debt's
 * « me doit », « dette », « يتسالني »; the payment's « paye demain », « ykhalles ghedwa » — never tried on the other side.
 */
export const ON_CREDIT: readonly string[] = [
  'credit',
  'crédit',
  'a credit',
  'à crédit',
  'carnet',
  'paiera',
  'payera',
  'va payer',
  'will pay',
  'pay later',
  'on credit',
  'on tab',
  'kridi',
  'lkridi',
  'credi',
  'كريدي',
  'الكريدي',
  'بالكريدي',
  'كريدية',
  'دين',
  'بالدين',
  'الكرني',
];

/** Money owed TO the shop: "me doit", "owes me", "يتسالني", "yetsal", "كريدي". */
const OWED_TO_SHOP = cueRegex([
  ...ON_CREDIT,
  ...ON_ACCOUNT,
  // A customer's account, which is also a bank's (« payé sur le compte de sa femme »): a debt's cue, no payment method.
  'sur le compte de',
  'au compte de',
  'sur son compte',
  'me doit',
  'nous doit',
  'me doivent',
  'nous doivent',
  'doit encore',
  'lui reste a payer',
  'reste a payer',
  'doit de l argent',
  'doivent de l argent',
  'crédits',
  'credits',
  'le carnet',
  'dette',
  'dettes',
  'le solde',
  'son solde',
  'solde de',
  'balance of',
  's balance',
  'owes',
  'owe me',
  'owes me',
  'owe us',
  'owes us',
  'debt',
  'debts',
  'unpaid',
  'yetsal',
  'yetsalni',
  'yetsalouni',
  'tetsal',
  'tetsalni',
  'ytsal',
  'ysal',
  'ysalni',
  'tsal',
  'tsalni',
  'ysalouni',
  'يسالني',
  'تسالني',
  'el kridi',
  'dayen',
  'dayn',
  '3lih',
  '3liha',
  '3lihom',
  'يتسال',
  'يتسالني',
  'يتسالوني',
  'تتسال',
  'تتسالني',
  'يسالني',
  'ديون',
  'الدين',
  'الديون',
  'مدين',
  'مدينين',
  'مدينة',
  'عليه دين',
  'عليهم ديون',
  'سلف',
  'السلف',
  'عليه',
  'عليها',
  'الدفتر',
  'تدين',
  'يدين',
  'يدينون',
  'تدينني',
  'يدينني',
  // « li ydinli » (who owes me), Darija's suffix on the verb.
  'يدينلي',
  'يدينولي',
  'تدينلي',
  'ydinli',
  'ydinouli',
  'tdinli',
  'رصيد',
  'رصيده',
  'رصيدها',
]);

/** « chkoun li ma khlasch ? », « qui n'a pas encore payé ? », « who hasn't paid me? »: who still owes — a question. */
const NOT_PAID = cueRegex([
  // Said of a customer (he, they): « je n'ai pas payé le loyer », « I haven't paid the rent » are the shop's own bills.
  'ma khlasch',
  'makhlasch',
  'ma khallasch',
  'ma khlsouch',
  'ma khalsouch',
  'ما خلصش',
  'ماخلصش',
  'ما خلصوش',
  'n a pas paye',
  'n a pas payé',
  'n a pas encore paye',
  'n a pas encore payé',
  'n ont pas paye',
  'n ont pas payé',
  'n ont pas encore paye',
  'n ont pas encore payé',
  'hasn t paid',
  'who haven t paid',
  'haven t paid me',
  'didn t pay me',
]);

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
  ]),
);
/** What takes the « all » back: « n'a pas tout payé », « presque », « never », « مازال ». */
const NOT_ALL = cueRegex([
  ...['n a pas', 'a pas', 'n a jamais', 'jamais', 'presque', 'pas encore', 'pas tout', 'toujours pas'],
  ...['almost', 'nearly', 'never', 'not', 'hasn t', 'didn t', 'has not', 'did not'],
  ...['ما خلص', 'ماخلص', 'ماخلصش', 'مازال', 'تقريبا', 'ma khallas', 'makhlas', 'mazal', 'ta9riban'],
  // Said by someone, or supposed: « Karim pense qu'il a tout payé », « si Karim a tout payé ».
  ...['pense', 'dit qu', 'dit que', 'c est vrai', 'says', 'thinks', 'claims', 'if', 'يقول', 'قال', 'يحسب'],
]);
/**
 * A customer who paid all he owed (« Karim a tout payé », « paid everything he owes », « خلص كامل الكريدي ») — not « Karim
 * n'a pas tout payé », « presque », « never » (they proposed a payment of his whole balance).
 */
export const paysEverything = (text: string): boolean => PAYS_EVERYTHING(text) && !NOT_ALL.test(foldForCues(text));
export const hasNotPaidCue = has(NOT_PAID);
export const hasOwedCue = (text: string) => OWED_TO_SHOP.test(foldForCues(text)) || hasNotPaidCue(text);
/** Someone paid (he/she, or "paid" in English): a customer's payment only when a customer is named. */
export const PAID_THIRD = cueRegex([
  'a paye',
  'a payé',
  'a regle',
  'a réglé',
  'a verse',
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

/** « le reste à crédit », « the rest on credit », « والباقي كريدي »: what was not paid at the sale, on the book. */
const REST_ON_CREDIT = cueRegex([
  'le reste a credit',
  'le reste à crédit',
  'le reste en credit',
  'le reste au carnet',
  'le reste sur le carnet',
  'reste a credit',
  'reste à crédit',
  'the rest on credit',
  'rest on credit',
  'the rest on tab',
  'the rest on the tab',
  'the rest later',
  'le reste plus tard',
  'الباقي كريدي',
  'الباقي بالكريدي',
  'الباقي كريدية',
  'الباقي يخلصو من بعد',
  'lba9i kridi',
  'elba9i kridi',
  'lbaqi kridi',
]);
/** The sum paid at the sale: the number after « payé », « paid », « خلص ». */
const PAID_SUM = /(?:paye|payé|paid|gave|donne|donné|خلص|خلصني|دفع|عطاني|khalas|khlas|dfa3)\s+(?:moi\s+|me\s+|لي\s+)?(\d[\d\s.,]*)/u;

/** A sale paid in part, the rest on credit (« il a payé 200 et le reste à crédit »): the sum paid, or 0 when unsaid. */
export function partlyPaidOnCredit(text: string): { paid?: number } | undefined {
  const folded = foldForCues(text);
  if (!REST_ON_CREDIT.test(folded)) return undefined;
  const paid = PAID_SUM.exec(folded)?.[1];
  const value = paid ? Number(paid.replace(/\s/g, '').replace(',', '.')) : NaN;
  // No sum paid (« il paiera le reste plus tard »): a credit sale, as before.
  return Number.isFinite(value) && value > 0 ? { paid: value } : undefined;
}
