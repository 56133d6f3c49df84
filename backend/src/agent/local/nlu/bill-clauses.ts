import { extractExpenseCategory } from './extractors/categories';
import { fold } from './normalize';
import { cueRegex, foldForCues } from './extractors/cue-regex';
import { hasEarnedCue, hasTakingsCue, namesTakings, saysBillUnpaid, saysShopNotPaid, saysToCome } from './extractors/intent-cues/takings';
import { extractNumbers } from './extractors/numbers';
import { JOINS_SOURCE } from './neighbour-sums';
import type { UnderstandResult } from './types';

/**
 * The shop's takings or bill, paired with its own sum and its own denial, clause by clause.
 *
 * A message of two bills or of takings and a bill was read whole: the first category with the largest sum
 * (« électricité 4500 et loyer 30000 » → electricity 30,000), the takings with the rent's sum (« recette 20000 et le loyer
 * passe à 30000 »), and a bill said unpaid as paid (« je n'ai pas payé l'électricité, j'ai payé le loyer 30000 » →
 * electricity 30,000). Only the sum and the category of the reading are mended here, from the clause that names them:
 * never a card built from a clause read alone (see neighbour-sums.ts for why).
 */

/** The clauses: the parts' joins, and a contrast (« mais », « but », « bessah », « لكن »). */
const CLAUSES = new RegExp(String.raw`${JOINS_SOURCE}|\s*[,;،]?\s*(?:mais|but|bessah|bsa7|walakin|لكن|بصح|بصاح)\s+`, 'giu');

/** What a clause is about: the day's takings, or a bill's category. */
type Subject = string | undefined;

interface Clause {
  text: string;
  subject: Subject;
  /** The sums said in it, in dinars (never a foreign sum, a weak count or zero). */
  sums: number[];
  /** The bill said not paid in it (« je n'ai pas payé », « pas encore payée », « ma khallasthach »). */
  unpaid: boolean;
  /** Paid, said in so many words and done (« j'ai payé le loyer 30000 », « khallast lkra »). */
  paid: boolean;
}

export function clausesOf(text: string): string[] {
  return text
    .split(CLAUSES)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

const TAKINGS = 'takings';
/** A clause that corrects the one before (« enfin », « non », « plutôt », « I mean », « ghalta », « لا »). */
const CORRECTS =
  /^(?:enfin|non|pardon|plutot|je veux dire|je voulais dire|i mean|sorry|no|la2|ghalta|smahli|لا|عفوا|اقصد|أقصد)(?![\p{L}])/u;
/** The least sum of dinars a clause's own figure must be to be its bill's (a count, « 2 malyin », is not). */
const MIN_SUM = 100;

function read(text: string): Clause {
  // A bill named beside the till (« électricité 4500 payée avec la caisse ») is that bill's clause; the till alone (« la
  // caisse », « the till ») is no takings named (« j'ai pris 10000 de la caisse »: the review).
  const category = extractExpenseCategory(text);
  const subject = category ?? (namesTakings(text) ? TAKINGS : undefined);
  // The takings' figure must be bare money (« la recette de 300 baguettes », « avec 500 de monnaie » count); a bill's only
  // not counting something (« 4500 d'électricité » is its sum — the reviews).
  const sums = extractNumbers(text)
    .filter((n) => !n.weak && !n.foreign && n.value > 0 && (subject === TAKINGS ? bareMoney(n) : moneyLike(n)))
    .map((n) => n.value);
  return { text, subject, sums, unpaid: subject !== TAKINGS && saysUnpaid(text), paid: toldPaid(text) };
}

/**
 * A figure said as money: with its currency, or not followed by what it counts (« 150 clients », « 200 litres », « 3
 * mois » count; « le loyer 2026 » is a year — the second review). « 4500 d'électricité », « 30000 payé » are money.
 */
function moneyLike(n: { value: number; currency: boolean; unit?: string }): boolean {
  if (n.currency) return true;
  if (Number.isInteger(n.value) && n.value >= 2020 && n.value < 2036) return false;
  return !n.unit || !COUNTED.test(n.unit);
}
/** A figure with its currency, or with no word after it but a join. */
function bareMoney(n: { value: number; currency: boolean; unit?: string }): boolean {
  return n.currency || ((!n.unit || JOIN_WORDS.has(n.unit)) && !(Number.isInteger(n.value) && n.value >= 2020 && n.value < 2036));
}
const JOIN_WORDS = new Set(['et', 'w', 'and', 'puis', 'then', 'mais', 'but', 'bessah', 'wla', 'ou', 'or', 'و', 'لكن', 'بصح', 'ولا']);
/** What a figure counts: people, sales, goods, sizes, time. */
const COUNTED =
  /^(?:clients?|customers?|ventes?|sales?|personnes?|people|employes?|ouvriers?|litres?|liters?|l|kg|g|m2|m|km|mois|months?|jours?|days?|heures?|hours?|semaines?|weeks?|ans?|years?|colis|cartons?|sacs?|bags?|pieces?|bouteilles?|bottles?|boites?|boxes?|trajets?|trips?|fois|times|x|ayam|chhour|sa3at|زبون|زبائن|لتر|كغ|شهر|شهور|أيام|ايام|يوم|ساعات|كيس|كراطن)$/u;

/**
 * Said unpaid, and not paid now: « j'ai enfin payé l'électricité 4500 qui était impayée », « خلصت الضو 4500 لي ما
 * خلصتوش » are paid (the review).
 */
export function saysUnpaid(text: string): boolean {
  return (saysShopNotPaid(text) || saysBillUnpaid(text)) && !toldPaid(text);
}
const unpaidWordsOut = (text: string): string => foldForCues(text).replace(UNPAID_WORDS, ' ');
/** The denials themselves, taken out before looking for a paying word. */
const UNPAID_WORDS = cueRegex(
  [
    ...['je n ai pas paye', 'je n ai pas encore paye', 'j ai pas paye', 'j ai pas encore paye', 'je n avais pas paye'],
    ...['n ai pas paye', 'n avais pas paye', 'pas paye', 'pas payee', 'pas payes', 'pas encore paye', 'pas encore payee'],
    ...['impaye', 'impayee', 'non paye', 'non payee', 'pas regle', 'pas reglee', 'i haven t paid', 'i didn t pay'],
    ...['i have not paid', 'not paid', 'unpaid', 'not yet paid', 'ma khallastch', 'ma khalastch', 'makhallastch'],
    ...['ba9i ma khallast', 'mazal ma khallast', 'باقي ما خلصت', 'مازال ما خلصت'],
    // « non réglée » was « réglée », told paid (the twenty-second review).
    ...['non regle', 'non reglee', 'non regles', 'pas encore regle', 'pas encore reglee', 'not settled'],
    ...['ma khallasthach', 'ma khlasthach', 'ما خلصتش', 'ماخلصتش', 'ما خلصتوش', 'ما خلصتهاش', 'لم أدفع', 'لم ادفع', 'غير مدفوعة'],
  ],
  'gu',
);
/**
 * Told paid, in so many words and done (« j'ai payé », « réglé », « paid », « khallast », « خلصت »): never « sera payé »,
 * « doit être payé », « n'a pas été payé », « to be paid », a question or a condition (the second review).
 */
const TOLD_PAID = cueRegex([
  ...['j ai paye', 'j ai enfin paye', 'j ai regle', 'j ai enfin regle', 'je l ai paye', 'je l ai payee', 'paye', 'payee'],
  ...['regle', 'reglee', 'i paid', 'i ve paid', 'paid', 'settled', 'khallast', 'khlast', 'khalast', 'khallastha'],
  ...['khallastou', 'khallasto', 'dfa3t', 'خلصت', 'دفعت', 'خلصتها', 'خلصتو', 'دفعتو'],
]);
/** What makes a paying word no payment done: a future, an obligation, a passive denied, a question, a condition. */
const NOT_DONE =
  /(?<![\p{L}])(?:sera|seront|etre|ete|a|to|be|been|need|needs|must|doit|dois|pas|not|will|going|va|vais|isn t|hasn t|wasn t)\s+(?:\S+\s+)?(?:paye|payee|payes|regle|reglee|paid|settled)(?![\p{L}])|[?؟]|(?<![\p{L}])(?:si|if|ila|ida|إذا|اذا|demain|tomorrow|ghodwa|غدوة)(?![\p{L}])/u;
const toldPaid = (text: string): boolean => {
  const rest = unpaidWordsOut(text);
  return TOLD_PAID.test(rest) && !NOT_DONE.test(rest);
};

/**
 * The clauses read, a denial of its own carried back onto the bill before it: « loyer 30000, je ne l'ai pas encore payé »,
 * « électricité 4500, pas encore payée » (no bill and no sum of its own: it speaks of the one just named — proposed as
 * paid, the twenty-first review).
 */
function readAll(text: string): Clause[] {
  const clauses = clausesOf(text).map(read);
  clauses.forEach((c, i) => {
    const next = clauses[i + 1];
    if (
      next?.unpaid &&
      !next.subject &&
      !next.sums.length &&
      !SOMEONE_ELSE.test(foldForCues(next.text)) &&
      !!c.subject &&
      c.subject !== TAKINGS &&
      c.sums.length &&
      !c.paid
    )
      c.unpaid = true;
  });
  return clauses;
}

/**
 * Someone not paying the owner (« loyer 30000, le client ne m'a pas encore payé » is a customer's denial); « il n'est pas
 * encore payé » is the bill's.
 */
const SOMEONE_ELSE = /(?<![\p{L}])(?:client|cliente|clients|customer|m a|paid me|pay me|khallasni|khalasni|خلصني|الزبون)(?![\p{L}])/u;

/** Every sum of the message said in a clause that says its bill unpaid: nothing of it was spent. */
export function onlyUnpaidSums(text: string): boolean {
  const clauses = readAll(text);
  // « je n'ai pas payé le loyer 30000 et l'électricité 4500 »: the denial runs on over the bills listed after it, unless
  // one is told paid.
  const firstUnpaid = clauses.findIndex((c) => c.unpaid);
  const runsOn = (c: Clause, i: number) =>
    i > firstUnpaid && !!c.subject && c.subject !== TAKINGS && !clauses.slice(firstUnpaid, i + 1).some((b) => b.paid);
  return firstUnpaid >= 0 && clauses.every((c, i) => c.unpaid || !c.sums.length || runsOn(c, i));
}
/** The takings to come (« la recette sera 20000 », « المدخول غدوة 25000 »): a future word before the sum, in its clause. */
export function takingsToCome(text: string): boolean {
  return clausesOf(text).some((c) => {
    if (!hasTakingsCue(c)) return false;
    const digit = c.search(/\d/u);
    return digit > 0 && saysToCome(c.slice(0, digit));
  });
}

/**
 * The reading with its sum and category taken from the clauses that say them, a notice when its bill is said unpaid and
 * no other bill is told plainly; undefined when the reading stands (one clause, or the sum in the clause that names it).
 */
export function billOfItsClause(whole: UnderstandResult, text: string): { args: Record<string, unknown> } | 'unclear' | undefined {
  const takings = whole.intent === 'sales_daily_total';
  if ((!takings && whole.intent !== 'expenses_add') || whole.followUp || typeof whole.args.amount !== 'number') return undefined;
  const clauses = readAll(text);
  if (clauses.length < 2) return takings ? undefined : paidOfItInline(whole, text);
  const amount = whole.args.amount;
  const ownSubject = takings ? TAKINGS : whole.args.category;
  const own = clauses.find((c) => c.subject === ownSubject);
  const at = clauses.find((c) => c.sums.includes(amount));
  // « j'ai acheté 10 sucre à 350 et l'électricité 4500 pas payée »: a sum no clause says (10 × 350) under the bill said unpaid
  // (an electricity bill of 3,500 was proposed: the twenty-fourth session's reviewers) — asked.
  if (own && !at && !takings && own.unpaid) return 'unclear';
  if (!own || !at) return undefined;
  // A day said (« … le loyer 30000 payé hier ») may be another clause's: a new pairing with it is asked (the fourth review).
  const dated = whole.args.date !== undefined;
  // The takings are never denied here: only a bill is « not paid ».
  const unpaid = (c: Clause) => !takings && c.unpaid;
  const otherBill = (c: Clause) => !!c.subject && c.subject !== ownSubject && c.subject !== TAKINGS;
  // « j'ai payé l'électricité 4500, enfin le gaz 4600 »: another bill named in a correction — which bill is unsure, asked
  // (« recette 20000, non 25000 » corrects the sum only: read as before).
  if (clauses.some((c, i) => i > 0 && !!c.subject && c.subject !== ownSubject && CORRECTS.test(foldForCues(c.text)))) return 'unclear';
  // « électricité 9000, j'ai payé 4500, le reste pas encore »: the bill's sum, then what was paid of it in a clause of no
  // bill — the part paid is the expense (the whole 9,000 was proposed: the twenty-second review); more than the bill, asked.
  // Only the clause right after the bill's, saying no more than « paid » and the sum (« j'ai payé Samir 25000 et le loyer
  // 30000 », « …, payé 4500 de sucre », « …, payé 10000 le mois dernier » are others' or another day's: the reviews).
  const partPaid = clauses.filter(
    (c, i) =>
      i === clauses.indexOf(own) + 1 &&
      !c.subject &&
      c.paid &&
      !c.unpaid &&
      c.sums.length === 1 &&
      c.sums[0] >= MIN_SUM &&
      onlyPaid(c.text),
  );
  if (
    !takings &&
    !!own.subject &&
    own === at &&
    !own.paid &&
    !own.unpaid &&
    own.sums.length === 1 &&
    partPaid.length === 1 &&
    partPaid[0].sums[0] !== amount
  )
    return partPaid[0].sums[0] < amount && !dated
      ? { args: withoutDescription({ ...whole.args, amount: partPaid[0].sums[0] }) }
      : 'unclear';
  if (!unpaid(own) && !unpaid(at)) {
    // « électricité 4500 et loyer 30000 »: the sum is in another bill's (or the takings') clause, and its own clause says one.
    // A sum of dinars (« recette 2 malyin »: 2 is no sum of its own).
    if (at.subject && at.subject !== ownSubject && own.sums.length === 1 && own.sums[0] >= MIN_SUM)
      return dated ? 'unclear' : { args: { ...whole.args, amount: own.sums[0] } };
    return undefined;
  }
  // « je n'ai pas payé l'électricité, j'ai payé le loyer 30000 »: the sum is another bill's, told paid in so many words
  // (« je n'ai pas payé le loyer 30000 et l'électricité 4500 » says neither paid: the review).
  if (!unpaid(at) && otherBill(at) && at.paid)
    return dated ? 'unclear' : { args: withoutDescription({ ...whole.args, category: at.subject, amount }) };
  if (!unpaid(at) && otherBill(at)) return 'unclear';
  // The sum follows the unpaid bill in a clause of no bill (« …, ce mois j'ai payé 9000 »): the reading stands — unless
  // that clause tells money made (« j'ai fait 20000, je paierai le loyer » was a rent of 20,000: the review), asked.
  if (!unpaid(at)) return hasEarnedCue(at.text) || hasTakingsCue(at.text) ? 'unclear' : undefined;
  // « j'ai payé l'électricité 4500 et je paierai le loyer 30000 »: the sum taken is the unpaid bill's, the reading's own
  // bill is told paid with its one sum — that one.
  if (own !== at && own.paid && !unpaid(own) && own.sums.length === 1 && own.sums[0] >= MIN_SUM && !dated)
    return { args: withoutDescription({ ...whole.args, amount: own.sums[0] }) };
  // The sum is the unpaid bill's: the one other bill told paid with its one sum, or asked.
  const paid = clauses.filter((c) => !c.unpaid && c.paid && otherBill(c) && c.sums.length === 1 && c.sums[0] >= MIN_SUM);
  if (paid.length === 1 && !dated)
    return { args: withoutDescription({ ...whole.args, category: paid[0].subject, amount: paid[0].sums[0] }) };
  return 'unclear';
}

/**
 * A customer's debt whose sum is in a clause naming a bill and not him (« Karim n'a pas payé, c'est l'électricité 4500 »,
 * « Karim hasn't paid, the rent is 30000 »): a credit of 4,500 was proposed — whose the sum is, is asked.
 */
export function creditSumIsABill(whole: UnderstandResult, text: string): boolean {
  const { amount, customer } = whole.args;
  if (whole.intent !== 'customers_credit_add' || typeof amount !== 'number' || typeof customer !== 'string') return false;
  const name = foldForCues(customer);
  const at = clausesOf(text)
    .map(read)
    .find((c) => c.sums.includes(amount));
  return !!at && !!at.subject && at.subject !== TAKINGS && !foldForCues(at.text).includes(name);
}

/** « loyer 30000 payé 10000 »: the bill's sum, then a paying word and what else is said after it, in one clause. */
const PAID_AFTER_SUM =
  /^(.*\d)\s+((?:j ai |i )?(?:paye|payee|regle|reglee|paid|settled|khallast|khlast|khalast|dfa3t|خلصت|دفعت)\s.*\d.*)$/u;

/**
 * A bill paid in part, told without a comma (« loyer 30000 payé 10000 », « electricity 9000 paid 4500 », « الضو 9000
 * خلصت 4500 »): the bill's whole sum was proposed. The part paid is, as in two clauses (billOfItsClause), when nothing
 * but paying words follow it; anything else, or more than the bill, is asked.
 */
function paidOfItInline(whole: UnderstandResult, text: string): { args: Record<string, unknown> } | 'unclear' | undefined {
  const m = PAID_AFTER_SUM.exec(foldForCues(text));
  if (!m) return undefined;
  const bill = read(m[1]);
  const paid = read(m[2]);
  const amount = whole.args.amount;
  if (bill.subject !== whole.args.category || bill.paid || bill.unpaid || bill.sums.length !== 1 || bill.sums[0] !== amount)
    return undefined;
  if (paid.subject || paid.sums.length !== 1 || paid.sums[0] < MIN_SUM || paid.sums[0] === amount) return undefined;
  // Anything else said of the second sum (« … à Karim », « … plus tard », « … hier »), or more than the bill: asked.
  return !paid.unpaid && onlyPaid(paid.text) && paid.sums[0] < amount && whole.args.date === undefined
    ? { args: withoutDescription({ ...whole.args, amount: paid.sums[0] }) }
    : 'unclear';
}

/** A clause of paying words and its sum only (« j'ai payé 4500 », « I paid 10000 of it », « ce mois j'ai payé 30000 »). */
function onlyPaid(text: string): boolean {
  const words = foldForCues(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !/^\d/u.test(w));
  return words.every((w) => PAID_ONLY.has(w));
}
const PAID_ONLY: ReadonlySet<string> = new Set(
  [
    ...['j', 'ai', 'je', 'l', 'i', 've', 'paye', 'payee', 'regle', 'reglee', 'paid', 'settled', 'deja', 'already', 'seulement'],
    ...['only', 'of', 'it', 'en', 'dessus', 'ce', 'mois', 'this', 'month', 'da', 'dzd', 'dinars', 'khallast', 'khlast'],
    ...['khalast', 'khallastha', 'dfa3t', 'menha', 'ghir', 'برك', 'غير', 'منها', 'خلصت', 'دفعت', 'دج', 'le', 'reste', 'pas', 'encore'],
    // Not « plus tard », « later », « en plus » (« je paye 4500 plus tard » is not paid yet: the review).
    ...['the', 'rest', 'not', 'yet', 'ba9i', 'mazal', 'باقي', 'مازال'],
  ].map(fold),
);

/** The description was the words left over from the whole message: after a new pairing they describe nothing. */
function withoutDescription(args: Record<string, unknown>): Record<string, unknown> {
  const { description: _left, ...rest } = args;
  return rest;
}
