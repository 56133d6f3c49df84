import { FIRST_NAMES_ARABIC, FIRST_NAMES_LATIN } from '../lexicon/people';
import { fold } from '../normalize';
import { extractExpenseCategory } from './categories';
import { cueRegex } from './cue-regex';

/**
 * Goods taken and not paid are on the customer's account (the card asks who, when no one is named): « vendu 3 lait à
 * Karim non réglé », « Karim a pris 3 lait, pas encore payé », « sold 3 milk to Karim unpaid » were sales paid cash. Not
 * a way of paying denied (« Karim n'a pas payé cash, il a versé 500 par CCP ») nor a bill not paid (« le gaz non réglé »,
 * « je n'ai pas payé l'électricité »: extractPaymentMethod in sales.ts). All matched on folded text.
 */
export const UNPAID = new RegExp(
  cueRegex([
    ...['pas paye', 'pas payee', 'pas encore paye', 'pas encore payee', 'non paye', 'non payee', 'impaye', 'impayee'],
    ...['pas regle', 'pas reglee', 'pas encore regle', 'non regle', 'non reglee'],
    ...['unpaid', 'not paid', 'not yet paid', 'hasn t paid', 'hasnt paid', 'didn t pay', 'didnt pay'],
    ...['مازال ما خلص', 'مزال ما خلص', 'ما زال ما خلص', 'لم يدفع', 'لم يخلص', 'غير مدفوع', 'ما دفعش'],
    // Without paying (« بعت 2 سكر لكريم دون أن يدفع », « il est parti sans payer »: a sale paid cash, the reviewers).
    ...['sans payer', 'sans regler', 'without paying', 'دون أن يدفع', 'دون ان يدفع', 'دون أن يخلص', 'دون ان يخلص', 'بدون ما يخلص'],
    ...['بلا ما يخلص', 'bla ma ykhalles', 'bla ma ykhalass', 'bla ma ykhalas'],
  ]).source + String.raw`(?!\s+(?:cash|par|by|en|in|avec|with|bel|b|l|le|la|les|the|de|du|d|son|sa|ses|his|her|its)(?![\p{L}]))`,
  'u',
);

/** The unpaid cues, every one of them: blanked before looking for « paid » said beside them. */
const UNPAID_ALL = new RegExp(UNPAID.source, 'gu');
const LATIN_NAMES = new Set(FIRST_NAMES_LATIN.map((n) => fold(n)));
const ARABIC_NAMES = new Set(FIRST_NAMES_ARABIC.map((n) => fold(n)));

/** Where a clause ends, for the unpaid cue (« …, le livreur pas payé » is the delivery man's clause). */
const UNPAID_CLAUSES = /\s*[,،;.!]\s*|\s+(?:et|mais|and|but|w|و)\s+/u;
/**
 * Someone else not paid, or one's own unpaid debt settled, in the cue's clause (the review): « …, le livreur pas payé »,
 * « …, c'est Nadia qui a pas payé », « Karim a réglé son impayé », « sold 3 milk, supplier not paid ».
 */
const OTHER_UNPAID = new RegExp(
  String.raw`(?<![\p{L}])(?:livreur|fournisseur|grossiste|salaire|salaires|ouvrier|employe|supplier|wholesaler|delivery|driver|wages|worker|` +
    String.raw`khaddam|khddam|lkhaddam|الخدام|الخدامة|المورد|الفورنيسور|son|sa|ses|his|her|their|qui|who|lli|اللي|` +
    // Part of it (« la moitié pas payée », « le reste pas payé »): the rest on credit is partlyPaidOnCredit's, asked.
    String.raw`moitie|reste|partie|half|rest|part|nos|ennos|النص|نص|الباقي|باقي|facture|bill|invoice|فاتورة|الفاتورة)(?![\p{L}])`,
  'u',
);
/**
 * Goods taken and not paid (UNPAID), said of the sale: the cue in a clause that names no one else, in a message that asks
 * nothing (« il a payé ou pas payé ? » is a question).
 */
export function unpaidSale(folded: string): boolean {
  if (/[?؟]\s*$/u.test(folded) || NOT_UNPAID.test(folded)) return false;
  // Paid said too (« il a payé, c'est Nadia qui… », « 3 lait payé et 2 sucre pas payé »): which goods are not paid is unsure.
  if (PAID_TOO.test(folded.replace(UNPAID_ALL, ' '))) return false;
  if (namesTwo(folded)) return false;
  return folded.split(UNPAID_CLAUSES).some((c) => {
    const m = UNPAID.exec(c);
    if (!m || OTHER_UNPAID.test(c) || extractExpenseCategory(c) !== undefined) return false;
    // Before the cue: the sale itself (« vendu 3 lait à Karim non réglé »), or only who did not pay (« il n'a pas payé »,
    // « Karim didn't pay ») — not other goods (« …, le sucre pas payé ») nor a count alone (« …, 2 unpaid »): part of it.
    const before = c
      .slice(0, m.index)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const sale = before.some((w) => /^\d/u.test(w)) && before.some((w) => !/^\d/u.test(w) && !PAYER_WORDS.has(w));
    return sale || before.every((w) => PAYER_WORDS.has(w) || LATIN_NAMES.has(w) || ARABIC_NAMES.has(w));
  });
}
/** Who did not pay, and the little words around it (« il n'a pas encore payé », « the customer hasn't paid »). */
const PAYER_WORDS: ReadonlySet<string> = new Set(
  [
    ...['il', 'elle', 'ils', 'elles', 'lui', 'le', 'la', 'l', 'les', 'client', 'cliente', 'n', 'a', 'ont', 'toujours', 'encore'],
    ...['he', 'she', 'they', 'the', 'customer', 'has', 'have', 'still', 'yet', 'w', 'et', 'and', 'mazal', 'mezal', 'houwa', 'hiya'],
    ...['الزبون', 'هو', 'هي', 'و', 'مازال', 'مزال', 'زبون', 'lclient', 'el'],
    // « …, il est parti sans payer », « mcha bla ma ykhalass », « مشى دون أن يدفع »: he left without paying.
    ...['est', 'parti', 'partie', 'mcha', 'mchat', 'مشى', 'مشات', 'راح', 'ذهب'],
  ].map(fold),
);
/**
 * « rien d'impayé », « nothing unpaid », « he didn't pay last time »: no sale left unpaid now; nor a gift, a theft or goods
 * paid on coming back (« …sans payer, c'est un cadeau », « un voleur a pris 3 sucre sans payer », « … puis il est revenu
 * payer »: credit sales were proposed, the reviewer).
 */
const NOT_UNPAID =
  /(?<![\p{L}])(?:rien d|rien|nothing|aucun|no|derniere fois|fois passee|autre fois|last time|before|avant|avait|had|rembourse|repaid|cadeau|gift|gratuit|gratuitement|free|voleur|vole|thief|stole|stolen|revenu|came back|pour la maison|for home|هدية|سارق|سرق|رجع)(?![\p{L}])/u;
/** Paid, said in so many words (the unpaid cues blanked first). */
const PAID_TOO = /(?<![\p{L}])(?:paye|payee|payes|regle|reglee|paid|khallas|khlas|khalas|khalsat|[وف]?(?:خلص|خلصت|دفع|دفعت))(?![\p{L}])/u;
/** Two people named (« vendu 3 lait à Karim, Nadia n'a pas payé »): whose the unpaid is, is unsure. */
const namesTwo = (folded: string): boolean =>
  new Set(folded.split(/[^\p{L}]+/u).filter((w) => LATIN_NAMES.has(w) || ARABIC_NAMES.has(w))).size >= 2;
