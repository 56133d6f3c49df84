import { fold } from '../../normalize';
import { extractExpenseCategory } from '../categories';
import { cueRegex, foldForCues, has } from '../cue-regex';

/**
 * The day's takings without lines (« la recette », « dakhla », « المدخول »), the verbs of money made in a day,
 * the till's float (never takings), and the shop's own bill not paid yet (no expense).
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/** The day's takings without lines: "la recette", "la caisse du jour", "takings", "الدخل", "dakhla". */
const TAKINGS = cueRegex([
  'recette',
  'recettes',
  'la caisse',
  'en caisse',
  'dans la caisse',
  'dans ma caisse',
  'caisse du jour',
  'chiffre de la journee',
  'encaisse',
  'encaissé',
  'total de la journee',
  'total du jour',
  'pour la journee',
  'pour la journée',
  'de la journee',
  'de la journée',
  'total des ventes',
  'ventes du jour',
  'takings',
  'till total',
  'cash up',
  'day s total',
  'days total',
  'the till',
  'total sales',
  'sales came to',
  'sales total',
  'la recette ta3',
  'dakhla',
  'dakhlet',
  // « ch7al dakhli lyoum »: my income of the day.
  'dakhli',
  'dekhli',
  'dkhli',
  'دخلي',
  'مدخولي',
  'recetta',
  'lcaisse',
  'el caisse',
  'المدخول',
  'مدخول',
  'الدخل',
  // « الدخلة » alone is also an arrival (« الدخلة تاع السكر 20 »): the day's only.
  'الدخلة تاع اليوم',
  'الدخلة اليوم',
  'دخلة اليوم',
  'دخل اليوم',
  'الروسات',
  'روسات',
  'الكيس',
  'الصندوق',
  'الكاسة',
  'مداخيل اليوم',
  'المداخيل',
  'مداخيل',
  'حصيلة',
  'الحصيلة',
]);

/** Verbs of "making" money in a day ("drt lyoum 41200", "I took 38,500 DA today"): takings when money and no product. */
const EARNED = cueRegex([
  'j ai fait',
  'on a fait',
  'fait',
  'encaisse',
  'made',
  'i made',
  'we made',
  'took',
  'took in',
  'earned',
  'drt',
  'dert',
  'derna',
  'khdemt',
  'khdemna',
  'dkhalt',
  'dkhelt',
  'dakhalt',
  'jma3t',
  'درت',
  'درنا',
  'خدمت',
  'خدمنا',
  'دخلت',
  'دخلنا',
  'جمعت',
  'جمعنا',
  'ربحت',
]);

/**
 * The shop's own bill not paid yet (« je n'ai pas encore payé le loyer », « I haven't paid the rent yet », « ma
 * khallastch la facture »): nothing was spent, so no expense to record — what is on file for it is read instead.
 */
const SHOP_NOT_PAID = cueRegex([
  'je n ai pas paye',
  'je n ai pas payé',
  'je n ai pas encore paye',
  'je n ai pas encore payé',
  'j ai pas paye',
  'j ai pas payé',
  'j ai pas encore paye',
  'j ai pas encore payé',
  'on n a pas paye',
  'on n a pas payé',
  'i haven t paid',
  'i have not paid',
  'i didn t pay',
  'i did not pay',
  'we haven t paid',
  'ma khallastch',
  'ma khalastch',
  'makhallastch',
  'ma khlastch',
  'ما خلصتش',
  'ماخلصتش',
  'لم أدفع',
  'لم ادفع',
]);
export const saysShopNotPaid = (text: string) => SHOP_NOT_PAID.test(foldForCues(text));

/**
 * A bill said unpaid without « I » (« l'électricité 4500 pas encore payée », « electricity 4500 unpaid », « dhaw 4500
 * mazal ma khallasthach », « الضو مازال ما خلصتوش »): an expense of 4,500 was proposed. Read only when no customer or
 * goods are named (« Karim 500 pas payé » is his account's, « 10 sucre pas encore payés » a delivery's).
 */
const BILL_UNPAID = cueRegex([
  ...['pas paye', 'pas payee', 'pas payes', 'pas payees', 'pas encore paye', 'pas encore payee', 'pas encore payes'],
  ...['pas encore payees', 'pas regle', 'pas reglee', 'pas encore regle', 'pas encore reglee', 'impaye', 'impayee'],
  ...['non paye', 'non payee', 'non reglee', 'not paid', 'not yet paid', 'not been paid', 'unpaid', 'not settled'],
  ...['ma khallasthach', 'ma khallasthech', 'ma khallasthouch', 'ma khlasthach', 'ma khalasthach', 'makhallasthach'],
  ...['ma khallasthomch', 'ma dfa3tch', 'ma dfa3thach', 'ma tkhalsetch', 'ma tkhallsetch', 'ma tkhelsetch'],
  ...['ما خلصتهاش', 'ما خلصتوش', 'ماخلصتوش', 'ماخلصتهاش', 'ما خلصتهمش', 'ما تخلصتش', 'ما تخلصش', 'غير مدفوعة', 'غير مدفوع'],
  ...['لم تدفع', 'لم تسدد', 'لم يسدد'],
  // Still to pay (the second review: « je dois payer l'électricité 4500 » was the bill paid beside « j'ai payé le loyer »).
  ...['je dois payer', 'dois payer', 'je vais payer', 'vais payer', 'a payer', 'to be paid', 'will be paid', 'sera paye'],
  ...['sera payee', 'doit etre paye', 'doit etre payee', 'pas ete paye', 'pas ete payee', 'jamais paye', 'jamais payee'],
  ...['need to pay', 'have to pay', 'must pay', 'i ll pay', 'i will pay', 'hasn t been paid', 'has not been paid'],
  ...['isn t paid', 'is not paid', 'wasn t paid', 'was not paid', 'never paid', 'lazem nkhalas', 'lazem nkhalles'],
  ...['lazem nkhallas', 'ghadi nkhalles', 'ghadi nkhalas', 'لازم نخلص', 'باش نخلص', 'راح نخلص', 'لازم ندفع'],
  // The future and the obligation in more words (the twenty-first review: « je paierai l'électricité 4500 », « à régler »,
  // « سأدفع الكهرباء 4500 », « ba9i nkhalas dhaw 4500 » were proposed as paid).
  ...['je paierai', 'paierai', 'payerai', 'reglerai', 'je vais regler', 'vais regler', 'dois regler', 'a regler'],
  ...['reste a payer', 'reste a regler', 'il faut que je paie', 'il faut que je paye', 'faut que je paie', 'faut payer'],
  ...['il faut payer', 'je dois encore', 'pas encore regle', 'still to pay', 'yet to pay', 'still have to pay', 'is due'],
  ...['are due', 'i need to pay', 'i must pay', 'i have to pay', 'i am going to pay', 'i m going to pay', 'ba9i nkhalas'],
  // Not « bach nkhalas » (in order to pay) nor « rah nkhalas » (I am paying now): the review.
  ...['ba9i nkhalles', 'baqi nkhalas', 'mazal nkhalas', 'mazal ma khallast', 'ba9i ma khallast'],
  ...['nkhalas ghodwa', 'سأدفع', 'سادفع', 'سوف أدفع', 'سوف ادفع', 'يجب أن أدفع', 'يجب ان ادفع'],
  ...['علي أن أدفع', 'علي ان ادفع', 'باقي نخلص', 'مازال نخلص', 'باقي ما خلصت', 'مازال ما خلصت', 'مازال ماخلصت'],
  // With an object pronoun and in short forms (the twenty-second review: « je vais le payer demain », « il faut les
  // payer », « non réglé », « lazem nkhalsou », « ghodwa nkhalas » still wrote the bill).
  ...['vais le payer', 'vais la payer', 'vais les payer', 'vais le regler', 'vais la regler', 'vais les regler'],
  ...['faut le payer', 'faut la payer', 'faut les payer', 'faut le regler', 'faut la regler', 'faut les regler'],
  ...['le paierai', 'la paierai', 'les paierai', 'le payerai', 'la payerai', 'les payerai', 'non regle', 'non regles'],
  ...['dois le payer', 'dois la payer', 'dois les payer', 'i ll pay it', 'i will pay it', 'pay it tomorrow'],
  ...['lazem nkhalsou', 'lazem nkhalsah', 'lazem nkhalasha', 'lazem nkhalsha', 'ghodwa nkhalas', 'ghedwa nkhalas'],
  ...['ghodwa nkhalles', 'nkhalsou ghodwa', 'nkhalasha ghodwa', 'لازم نخلصو', 'لازم نخلصها', 'لازم نخلصه', 'غدوة نخلص'],
  ...['نخلصو غدوة', 'نخلصها غدوة', 'غدا ندفع'],
  // The present for tomorrow (« j'ai acheté de l'huile pour 700, je paie demain » was +700 oil: the reviewers).
  ...['je paie demain', 'je paye demain', 'je le paie demain', 'je la paie demain', 'je les paie demain', 'i pay tomorrow'],
  ...['i ll pay tomorrow', 'i will pay tomorrow', 'je regle demain', 'ndfa3 ghodwa', 'ndfa3 ghedwa', 'ندفع غدوة', 'نخلص غدوة', 'ندفع غدا'],
]);
/** « sugar bill 25000 to pay », « electricity 4500 to pay »: « to pay » ending the message (not « I went to pay the rent »). */
const TO_PAY_LAST = /(?<![\p{L}])(?:to pay|to be settled)\s*[.!]*\s*$/u;
export const saysBillUnpaid = (text: string) => {
  const folded = foldForCues(text);
  return BILL_UNPAID.test(folded) || TO_PAY_LAST.test(folded);
};

/**
 * An invoice or bill named in so many words (« facture de sucre 25000 à payer », « sugar bill 25000 to pay »): the goods
 * named are what it is for, no delivery counted — its « not paid » is the shop's bill.
 */
const INVOICE = cueRegex(['facture', 'factures', 'bill', 'invoice', 'factura', 'lfactura', 'فاتورة', 'الفاتورة', 'فاتورات']);
export const namesInvoice = (text: string) => INVOICE.test(foldForCues(text));

/**
 * Takings to come (« la recette sera 20000 », « takings will be 20000 », « ghadi ndakhel 20000 »): a hope or a guess,
 * not the day's takings counted — declared, it replaced the day's figure.
 */
const TO_COME = cueRegex([
  ...['sera', 'seront', 'serait', 'va etre', 'devrait', 'j espere', 'espere', 'demain'],
  ...['will be', 'would be', 'should be', 'going to be', 'hope', 'tomorrow'],
  ...['ghadi', 'ghodwa', 'ghedwa', 'غدوة', 'غدا', 'ستكون', 'سيكون', 'راح تكون', 'نتمنى', 'netmana'],
]);
export const saysToCome = (text: string) => TO_COME.test(foldForCues(text));

/**
 * The till's float, counted in before selling: « j'ai ouvert la caisse avec 2000 » set the day's takings at 2,000. No
 * tool records a float; it is no takings.
 * Global, built once, for `replace` only: `replace` with a /g regex starts at index 0 and leaves `lastIndex` at 0, so
 * the one regex is safe to share between calls — never `test` or `exec` it (they would carry `lastIndex` over).
 */
const TILL_FLOAT = cueRegex(
  [
    'fond de caisse',
    'ouvert la caisse',
    'ouvert la caisse avec',
    'ouvre la caisse',
    'monnaie de depart',
    'opened the till',
    'opening float',
    'cash float',
    'float',
    'fon de caisse',
    'fathet lcaisse',
    'fta7t lcaisse',
    'حليت الكاسة',
    'فتحت الكاسة',
    'فتحت الصندوق',
  ],
  'gu',
);
/**
 * Money taken out of the till or the takings, or a bill paid with it (« j'ai pris 5000 de la caisse », « j'ai payé le loyer
 * 30000 avec la recette », « took 5000 from the till », « خلصت الكراء 30000 من المدخول »): the till is where the money came
 * from, not the day's takings told — declared, the takings were replaced by 5,000 (30,000): the twenty-first review.
 * Global, for `replace` only (as TILL_FLOAT); `takesFromTill` tests its own copy.
 */
const TAKE_VERBS = [
  ...['pris', 'prendre', 'prends', 'retire', 'sorti', 'enleve', 'took', 'taken', 'take', 'withdrew', 'withdrawn', 'ddit'],
  // To come (« je vais retirer 5000 de la banque pour le loyer » was a bank expense: the reviewer) — read as taken out, so
  // never written as the bill (paysBillFromBank wants the owner's « j'ai retiré » first).
  ...['retirer', 'retirerai', 'withdraw'],
  ...['dit', 'khrejt', 'اخذت', 'سحبت', 'ديت', 'خرجت'],
  // The review's words not listed (« prélevé », « utilisé », Darija « khdit / hazit / jbedt », « خذيت / هزيت / جبدت »).
  ...['preleve', 'utilise', 'used', 'khdit', 'khditt', 'hazit', 'hezzit', 'jbedt', 'jbadt', 'خذيت', 'هزيت', 'جبدت', 'استعملت'],
];
const TAKE_A = ['pris', 'prendre', 'prends', 'retire', 'sorti', 'enleve', 'preleve', 'utilise'];
const PAY_VERBS = [
  ...['paye', 'payee', 'regle', 'achete', 'donne', 'paid', 'bought', 'gave', 'khallast', 'khlast', 'dfa3t', 'chrit'],
  ...['شريت', 'خلصت', 'دفعت', 'عطيت'],
];
const TILL_NOUNS = [
  ...['caisse', 'recette', 'recettes', 'till', 'takings', 'dakhla', 'lcaisse', 'الصندوق', 'الكاسة', 'المدخول', 'الروسات'],
];
// Up to seven words between, none a join or a stop (« payé l'électricité 4500 avec l'argent de la caisse »; never across
// « …, et le total de la caisse »).
const BETWEEN = String.raw`(?![\p{L}])(?:\s+(?!(?:et|and|w|puis|mais|but|و)\s)[^\s,;.،]+){0,7}?\s+`;
// The words folded as the text is (« الكاسة » reads « الكاسه »: unfolded, it never matched).
const TILL = String.raw`\s+(?:la\s+|ma\s+|the\s+|my\s+|el\s+|today s\s+)?(?:${TILL_NOUNS.map(fold).join('|')})(?![\p{L}])`;
// Taken « dans » the till, but paid « dans » it is money put in (« Karim a payé 500 dans la caisse »: the review).
const FROM_TILL_SOURCE =
  String.raw`(?<![\p{L}])(?:(?:${TAKE_VERBS.map(fold).join('|')})${BETWEEN}(?:de|dans|sur|depuis|from|out of|men|mel|من)` +
  // « à la caisse » after a French verb only (« il m'a dit 30000 à la caisse » is what was said: the review).
  String.raw`|(?:${TAKE_A.join('|')})${BETWEEN}a` +
  String.raw`|(?:${PAY_VERBS.map(fold).join('|')})${BETWEEN}(?:de|avec|sur|depuis|from|with|men|mel|من|ب))${TILL}`;
const FROM_TILL = new RegExp(FROM_TILL_SOURCE, 'gu');
const FROM_TILL_ONCE = new RegExp(FROM_TILL_SOURCE, 'u');
/** A sum taken out of the till (or a bill paid from it) — see FROM_TILL. */
export const takesFromTill = (text: string): boolean => FROM_TILL_ONCE.test(foldForCues(text));
/**
 * Cash taken out of the bank or the post office account (« j'ai retiré 5000 de la banque », « j'ai pris 5000 à la banque »,
 * « I withdrew 5000 from the bank », « سحبت 5000 من البنك »): the shop's own money moved — it was a bank expense.
 */
const BANK = String.raw`\s+(?:la\s+|ma\s+|the\s+|my\s+|el\s+|l\s+)?(?:${['banque', 'bank', 'lbanka', 'banka', 'ccp', 'poste', 'البنك', 'البنكة', 'بنك', 'البريد', 'لابوست'].map(fold).join('|')})(?![\p{L}])`;
const FROM_BANK = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${TAKE_VERBS.map(fold).join('|')})${BETWEEN}(?:de|du|dans|sur|depuis|from|out of|at|men|mel|من)` +
    String.raw`|(?:${TAKE_A.join('|')})${BETWEEN}a)${BANK}`,
  'u',
);
export const takesFromBank = (text: string): boolean => FROM_BANK.test(foldForCues(text));
/** Money put in the bank (« versé », « déposé », « deposited », « حطيت … في البنك »): the shop's money, moved. */
const PUT_VERBS = [
  ...['verse', 'versee', 'depose', 'deposee', 'mis', 'remis', 'deposited', 'put', 'paid in', 'banked', 'depot', 'versement'],
  ...['7atit', 'hatit', 'hattit', '7attit', 'hotit', 'drt', 'dert', 'درت', 'حطيت', 'أودعت', 'اودعت', 'وضعت', 'دخلت'],
];
const INTO_BANK = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${PUT_VERBS.map(fold).join('|')})${BETWEEN}(?:a|au|dans|sur|en|in|into|at|to|f|fi|في|ف)` +
    // « I paid 5000 into the bank », « dépôt (à la) banque 5000 », « versement banque 5000 » (the reviewer).
    String.raw`|paid${BETWEEN}into|(?:depot|versement|deposit)(?:\s+(?:a|au|en|in|at|to))?)${BANK}`,
  'u',
);
export const putsInBank = (text: string): boolean => INTO_BANK.test(foldForCues(text));
/**
 * Money put in the till (« j'ai mis 20000 dans la caisse », « hattit 5000 f la caisse », « I put 5000 in the till »): a float
 * or the owner's own cash as likely as the day's takings — takings of 20,000 were proposed (the fourth review, at both bases).
 * Not « drt / دخلت 20000 f la caisse » (made, brought in: the takings).
 */
const INTO_TILL = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...['mis', 'remis', 'rajoute', 'ajoute', 'put', 'added', 'hattit', 'hatit', '7atit', '7attit', 'zdt', 'zedt', 'zidt'], ...['حطيت', 'وضعت', 'زدت']].map(fold).join('|')})` +
    // « حطيت 5000 فالصندوق »: the preposition glued to the till.
    String.raw`${BETWEEN}(?:(?:a|au|dans|en|in|into|to|f|fi|في|ف)${TILL}|ف(?:ال)?(?:صندوق|كاسه)(?![\p{L}]))`,
  'u',
);
export const putsInTill = (text: string): boolean => INTO_TILL.test(foldForCues(text));
/**
 * A day and a sum, and nothing else but the takings' own words (« non, aujourd'hui 20000 », « et hier 18000 », « w lyoum
 * 20 000 DA », « c'est aujourd'hui la recette 20000 »): the takings of that day. « aujourd'hui dépense 2000 », « hier il
 * doit 500 », « today I spent 2000 » say something else (they became takings: the twenty-fifth session's reviewer).
 */
const DAY_SUM_WORDS: ReadonlySet<string> = new Set(
  [
    ...['non', 'no', 'et', 'and', 'w', 'wa', 'و', 'لا', 'la', 'c', 'est', 'etait', 'it', 'is', 's', 'was', 'plutot', 'rather', 'enfin'],
    ...['recette', 'recettes', 'takings', 'the', 'dakhla', 'eddakhla', 'المدخول', 'مدخول', 'الدخلة', 'j', 'ai', 'fait', 'i', 'made'],
    ...['drt', 'dert', 'درت', 'da', 'dzd', 'dinars', 'dinar', 'دج', 'دينار', 'aujourd', 'hui', 'aujourdhui', 'today', 'lyoum', 'lyouma'],
    ...['اليوم', 'hier', 'yesterday', 'lbareh', 'lbare7', 'البارح', 'امس', 'أمس', 'avant', 'before', 'تاع', 'ta3', 'de', 'd'],
  ].flatMap((w) => foldForCues(w).split(/\s+/u)),
);
export const saysDaySumOnly = (text: string): boolean =>
  foldForCues(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((w) => /^\p{N}/u.test(w) || DAY_SUM_WORDS.has(w));

/**
 * Cash out of the bank for a bill, said in so many words and nothing else: the owner's own « j'ai retiré / I took / سحبت »
 * opening the message, and the bill right after its purpose ending it (« … de la banque pour (payer) le loyer », « … out of
 * the bank to pay rent », « … من البنك لدفع الإيجار », « … et payé l'électricité »). Anything before (« demain », « j'ai pas »,
 * « je vais ») or after (« … de la semaine prochaine », « … mais je ne l'ai pas encore payée », « … de ma maison ») is asked:
 * the reviewers found each of them booked as the bill.
 */
const FOR_BILL =
  /^\s*(?:(?:pour|to|for|bach|bech|باش|باه)(?:\s+(?:payer|regler|pay|nkhalas|nkhalles|نخلص|ندفع))?|لدفع|لخلاص|(?:et|and|w|و)\s*(?:j ai\s+|i\s+)?(?:paye|regle|paid|khallast|khlast|خلصت|دفعت))(?![\p{L}])/u;
const OWNER_OPENS = /^\s*(?:j ai|je|i|ana|on a|nous avons)?\s*$/u;
export const paysBillFromBank = (text: string): boolean => {
  const folded = foldForCues(text);
  const m = FROM_BANK.exec(folded);
  if (!m || !OWNER_OPENS.test(folded.slice(0, m.index))) return false;
  const after = folded.slice(m.index + m[0].length);
  const purpose = FOR_BILL.exec(after);
  const bill = purpose ? after.slice(purpose[0].length) : '';
  // The bill alone: its name with an article at most (« … to pay rent next week » is asked), a sum beside it.
  const words = bill.split(/[^\p{L}\p{N}]+/u).filter((w) => /\p{L}/u.test(w));
  return !!purpose && words.length <= 2 && extractExpenseCategory(bill) !== undefined;
};
/** The message without the bank's words, for the bill it may name beside them (« … de la banque pour le loyer »). */
export const withoutBank = (text: string): string => foldForCues(text).replace(new RegExp(BANK, 'gu'), ' ');

/**
 * The takings or the till named as where money came from (« j'ai mis 5000 de la recette à la banque »): the money moved,
 * no takings told (takings of 5,000 were proposed: the twenty-fifth session's reviewers).
 */
const FROM_TAKINGS =
  /(?<![\p{L}])(?:de la recette|de ma recette|des recettes|avec la recette|avec ma recette|de la caisse|from the takings|from today s takings|from the till|mel dakhla|men dakhla|mel caisse|من المدخول|من الدخلة|من الكاسة|من الصندوق)(?![\p{L}])/u;
/** The takings themselves put in the bank (« hattit dakhla f la banque 20000 », « j'ai versé la recette à la banque »). */
const TAKINGS_PUT =
  /(?<![\p{L}])(?:hattit|7attit|hatit|7atit|mis|verse|depose|put|deposited|حطيت|اودعت)\s+(?:la\s+|el\s+|my\s+|the\s+|today s\s+)?(?:recette|dakhla|ddakhla|takings|المدخول|الدخله)(?![\p{L}])/u;
export const namesTakingsAsSource = (text: string) => FROM_TAKINGS.test(foldForCues(text)) || TAKINGS_PUT.test(foldForCues(text));

/** The message without what it says was taken out of the till (« j'ai fait 20000 et j'ai pris 5000 de la caisse »). */
export const withoutTill = (text: string): string => foldForCues(text).replace(FROM_TILL, ' ');
/**
 * A bill paid from the till, now (« j'ai payé le loyer 30000 avec la recette »): no bill said unpaid or to come, no money
 * taken for oneself or the bank (« … pour moi et l'électricité je ne l'ai pas payée », « je vais prendre 30000 de la
 * caisse pour le loyer », « … pour la mettre à la banque » were the bill's expense: the review).
 */
export const paysBillFromTill = (text: string): boolean =>
  takesFromTill(text) && !saysShopNotPaid(text) && !saysBillUnpaid(text) && !saysToCome(text) && !FOR_ONESELF.test(foldForCues(text));
const FOR_ONESELF = cueRegex([
  ...['pour moi', 'pour la maison', 'pour la banque', 'a la banque', 'for me', 'for home', 'to the bank', 'for the bank'],
  ...['vais prendre', 'va prendre', 'prendrai', 'i ll take', 'i will take', 'going to take', 'l dar', 'للدار', 'للبنكة', 'البنك'],
]);

/**
 * The takings' words outside the float's (« fond de caisse 2000, recette 45000 » is the day's 45,000) and outside money
 * taken from the till (« recette 20000, j'ai pris 5000 de la caisse » is the day's 20,000).
 */
export const hasTakingsCue = (text: string): boolean => {
  const folded = foldForCues(text).replace(TILL_FLOAT, ' ').replace(FROM_TILL, ' ');
  // « … و الدخلة 40000 »: « الدخلة » before a sum in thousands is the day's (before a count, an arrival).
  return TAKINGS.test(folded) || /(?<![\p{L}])و?\s*الدخل[ةه]\s+\d{4,}/u.test(folded);
};
export const hasEarnedCue = has(EARNED);

/** The day's takings named (« recette », « takings », « dakhla », « المدخول »), not the till alone. */
const TAKINGS_NAMED = cueRegex([
  'recette',
  'recettes',
  'takings',
  'dakhla',
  'eddakhla',
  'mdakhel',
  'المدخول',
  'مدخول',
  'الدخل',
  'الدخلة',
  'revenue',
  'chiffre d affaires',
]);
/** The day's takings named in so many words (not the till: « 3000 dans la caisse » is money put in it). */
export const namesTakings = (text: string): boolean => TAKINGS_NAMED.test(foldForCues(text));
