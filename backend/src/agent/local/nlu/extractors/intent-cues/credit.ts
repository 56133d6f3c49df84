import { cueRegex, foldForCues, has } from '../cue-regex';
import { hasCustomerPaidCue, hasPaidThirdCue } from './payments';

/**
 * Customers' credit, as the notebook (« الكرني ») is kept: money owed to the shop, put on an account or on credit,
 * who has not paid, and a sale paid in part with the rest on credit. Paying it back is payments.ts'.
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
  'kredi',
  'lkredi',
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
  ...['ma khlas walou', 'ma khalas walou', 'ma khallas walou', 'ما خلص والو', 'ماخلص والو'],
  'ma khlasch',
  'makhlasch',
  'ma khallasch',
  'ma khalsatch',
  'makhalsatch',
  'ma khlsatch',
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
  'hasn t yet paid',
  'has not paid',
  'has not yet paid',
  'never paid',
  'n a jamais paye',
  'n a toujours pas paye',
  'who haven t paid',
  'haven t paid me',
  'didn t pay me',
]);
export const hasNotPaidCue = has(NOT_PAID);

/** A sum named as his (« ses 500 », « his 500 », « the 500 », « ta3ou 500 », « تاعو 500 »): what is already on his account. */
const HIS_SUM = /(?<![\p{L}])(?:his|her|their|the|ses|les|sa|son|leurs?|ta3ou|ta3o|ta3ha|dyalou|dyalha|تاعو|تاعه|تاعها|ديالو|ديالها)\s+\d/u;
/**
 * « Karim hasn't paid his 500 », « Karim n'a pas payé ses 500 »: a debt already on his account, unpaid — his balance to
 * read, never a payment, nor the same sum added to his account again.
 */
export function unpaidKnownDebt(text: string): boolean {
  if (!deniesPaying(text)) return false;
  const folded = foldForCues(text);
  // « …, je lui ai donné 2 jours »: time given to pay a debt he has — on his account already.
  return HIS_SUM.test(folded) || STILL_UNPAID.test(folded) || TIME_GIVEN_ONCE.test(folded);
}
/**
 * « Karim va payer 500 demain », « Karim will pay 500 tomorrow », « Karim dit qu'il paiera 500 »: a promise to pay, no debt
 * told (it was added as a new one) — unless goods taken or sold are said with it (« a pris pour 2000, il paiera demain »).
 */
const PAYS_LATER = cueRegex(
  [
    ...['paiera', 'payera', 'va payer', 'va me payer', 'va te payer', 'will pay', 'will pay me'],
    ...['ykhalas', 'ykhalles', 'ykhelles', 'ykhales', 'يخلص', 'يخلصني', 'يدفع', 'سيدفع'],
  ],
  'gu',
);
/** Told to add it to his account (« ajoute », « marque », « note », « add », « zid », « sajel », « زيد », « سجل »). */
const ADD_TO_ACCOUNT = cueRegex([
  'ajoute',
  'ajoute les',
  'ajouter',
  'rajoute',
  'marque',
  'note',
  'add',
  'put it',
  'zid',
  'zidou',
  'sajel',
  'sajjel',
  'زيد',
  'سجل',
  'زيدها',
]);
/**
 * A promise to pay, told: nothing new owed. (« Karim still owes 500 » is not here: the tools' own examples record a paper
 * notebook's debts that way — « Hocine doit encore 2500 DA depuis le mois dernier » — and the card shows the balance
 * before and after.)
 */
export function promisesToPayOnly(text: string, goods: { taken: boolean; sold: boolean }): boolean {
  const folded = foldForCues(text);
  // « Karim va payer 500 demain, ajoute-les »: told to add them.
  if (ADD_TO_ACCOUNT.test(folded)) return false;
  if (goods.taken || goods.sold || !folded.match(PAYS_LATER)) return false;
  // « il paiera plus tard », « en deux fois »: a sale on credit's words (the review), a new debt.
  if (ON_CREDIT_LATER.test(folded)) return false;
  // « va payer ses 2000 de crédit demain »: the debt on his account already.
  if (HIS_SUM.test(folded)) return true;
  const rest = folded.replace(PAYS_LATER, ' ');
  return !hasOwedCue(rest) && !OWES_VERB.test(rest);
}
/** Paid later or in parts: « plus tard », « later », « en deux fois », « mba3d », « من بعد ». */
const ON_CREDIT_LATER = cueRegex(['plus tard', 'later', 'en deux fois', 'en 2 fois', 'en plusieurs fois', 'mba3d', 'من بعد', 'بعدين']);
/** « doit », « owes »: a debt told beside the promise (« Karim doit 2000 et va payer vendredi »). */
const OWES_VERB = cueRegex(['doit', 'doivent', 'owes', 'owe', 'dayen', 'عليه', '3lih']);

/** « still », « toujours pas », « never », « jamais », « mazal »: a debt he had before this message, still unpaid. */
const STILL_UNPAID = cueRegex(['still', 'toujours', 'never', 'jamais', 'mazal', 'mazel', 'مازال', 'ما زال', 'مزال']);

const NOT_PAID_ALL = new RegExp(NOT_PAID.source, 'gu');
/** Money handed over, besides the paying cues of payments.ts (« gave 1000 », « a versé », « sent 500 by baridimob »). */
const HANDED_OVER = cueRegex([
  ...['gave', 'give', 'sent', 'received', 'brought', 'put down', 'deposited', 'refunded', 'returned', 'transferred'],
  ...['donne', 'verse', 'envoye', 'rembourse', 'rendu', 'depose', 'vire', 'solde', 'ramene', 'apporte', 'recu'],
  ...['3tani', 'a3tani', '3tatni', 'jab', 'jabli', 'sab', 'mdli', 'khallasni', 'khalasni', 'khalas', 'khlas', 'khallas'],
  ...['عطاني', 'عطاتني', 'جاب', 'جابلي', 'بعث', 'حول', 'رجع'],
]);
/**
 * Only a payment denied (« Karim hasn't paid his 500 », « Karim n'a toujours pas payé »): no paying or handing-over word
 * is left once the denials are taken out — « Karim paid 500 but has not paid the rest », « Karim gave 1000, has not paid
 * the rest » still paid.
 */
export function deniesPaying(text: string): boolean {
  if (!hasNotPaidCue(text)) return false;
  const rest = foldForCues(text).replace(NOT_PAID_ALL, ' ').replace(TIME_GIVEN, ' ');
  return !hasCustomerPaidCue(rest) && !hasPaidThirdCue(rest) && !HANDED_OVER_SUM.test(rest);
}
/** Money handed over with its sum (« il a juste donné 1000 »), not anything handed (« il m'a envoyé un message »). */
const HANDED_OVER_SUM = new RegExp(HANDED_OVER.source + String.raw`(?:\s+\S+){0,3}?\s+\d`, 'u');
/** Time given or asked (« he gave me 2 days », « il m'a demandé 2 jours », « 3tani 2 ayam »): no money handed over. */
const TIME_GIVEN = new RegExp(
  String.raw`(?<![\p{L}])(?:gave|given|give|asked|asked for|donne|accorde|demande|3tani|a3tani|3tatni|tlab|عطاني|عطاتني|طلب)` +
    // No figure skipped (« gave me 1000 3 days ago » handed 1000 over), and not a time ago (« il y a », « 9bel », « قبل »).
    String.raw`(?:\s+[^\s\d]+){0,3}?\s+\d+\s*(?:days?|jours?|ayam|iyam|weeks?|semaines?|mois|months?|hours?|heures?|sa3at|أيام|ايام|يوم|ساعات|شهر)(?![\p{L}])(?!\s+(?:ago|avant))`,
  'gu',
);
const TIME_GIVEN_ONCE = new RegExp(TIME_GIVEN.source, 'u');
/** Time given or asked to pay (« Karim m'a donné 2 jours », « Karim gave me 2 days »): its figure is no money handed over. */
export const givesTime = (text: string): boolean => TIME_GIVEN_ONCE.test(foldForCues(text));

/**
 * A denial beside money or goods handed over (« Karim n'a toujours pas payé les 3000, il a juste donné 1000 », « … il a
 * rendu 2 sucre »): neither a debt to add nor a sale — the debt was added again, or a return sold on credit. Asked.
 */
export const deniesBesideHanded = (text: string): boolean => hasNotPaidCue(text) && !deniesPaying(text);
export const hasOwedCue = (text: string) => OWED_TO_SHOP.test(foldForCues(text)) || hasNotPaidCue(text);

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
