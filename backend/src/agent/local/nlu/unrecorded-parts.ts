import { escapeRegex, foldForCues } from './extractors/cue-regex';
import { extractNumbers } from './extractors/numbers';
import { JOINS_SOURCE, partsOf } from './neighbour-sums';
import type { UnderstandInput, UnderstandResult } from './types';

/**
 * The second write of a message, named (« la recette 20000 et j'ai payé l'électricité 4500 » proposed the takings and
 * said nothing of the bill): quoted as typed in the answer, with a button that sends it on its own — never a card built
 * from a part read alone (taken back in the nineteenth session: a part loses its neighbours' subject, tense, negation).
 *
 * A button that sends a part invites its write, so only the plainest messages name one: the shop's own money (takings,
 * expenses) told plainly, each part a complete takings or expense of another kind with a sum the reading did not use. The
 * review of the first version found parts corrected away (« recette 20000, non 25000 »), a sale's or a customer's payment
 * read alone as an expense, a balance as a new debt, a shortfall as takings, dates as sums (« du 12, 13 et 14 »).
 */

/** The shop's own money: its takings and its expenses. */
const SHOP_MONEY = new Set(['expenses_add', 'sales_daily_total']);

/** Asked, cancelled, corrected, denied, promised or still owed, told by someone: not a thing done, said plainly. */
const NOT_DONE_WORDS = [
  ...['wach', 'est ce', 'did i', 'have i', 'do i', 'is it', 'هل', 'واش', 'kifach', 'ida', 'si', 'if'],
  ...['annule', 'annuler', 'supprime', 'efface', 'cancel', 'delete', 'remove', 'non', 'no', 'pardon', 'plutot', 'plutôt'],
  ...['ghalta', 'ghalat', 'غلطة', 'غلط', 'لا', 'la2', 'machi', 'ماشي', 'not', 'pas', 'jamais', 'never', 'didn t', 'hasn t'],
  ...['ghodwa', 'ghedwa', 'غدوة', 'demain', 'tomorrow', 'va', 'vais', 'vas', 'vont', 'allons', 'going', 'gonna', 'will', 'bach', 'باش'],
  ...['devrait', 'should', 'rani', 'راني', 'rah n', 'nroh', 'sa3a', 'later', 'plus tard', 'ba3d', 'mba3d', 'من بعد', 'بعد'],
  ...['encore', 'still', 'toujours', 'mazal', 'مازال', 'ba9i', 'باقي', 'reste', 'left', 'je dois', 'je lui dois', 'i owe', 'we owe'],
  // Told by someone, corrected, or still to pay (« Karim dit qu'il a payé… », « corrige : … », « lazem nkhalas … »).
  ...['dit', 'says', 'said', '9al', 'قال', 'corrige', 'corriger', 'rectifie', 'sa77a7', 'صحح', 'lazem', 'لازم', 'nkhalas', 'نخلص'],
  ...['must', 'have to', 'need to', 'doit payer', 'dois payer'],
];

/** Besides: a day or a means of payment said once, someone else's money, a price, a breakdown (a part read alone). */
const OTHER_WORDS = [
  // A bill received is not a bill paid; net takings are after the expenses said beside them.
  ...['recu la facture', 'jatni', 'jatna', 'jat', 'جاتني', 'جات', 'came to', 'nette', 'net'],
  // Due, unpaid, to come (the second review): « électricité 4500 impayée », « dhaw 4500 ma zal », « khassni nkhalsou ».
  ...['due', 'pending', 'unpaid', 'arrived', 'impaye', 'impayee', 'a regler', 'a payer', 'prevue', 'prevu', 'arrivee', 'arrive'],
  ...[
    'ma zal',
    'ما زال',
    'ghadi',
    'rayah',
    'khass',
    'khassni',
    'خاص',
    'خاصني',
    'يلزم',
    'ylzem',
    'facture',
    'bill',
    'fatoura',
    'فاتورة',
    'فاتوره',
  ],
  // Unsure, a total or a share said beside the sums, a question word of the west.
  ...[
    'ou',
    'or',
    'wela',
    'wla',
    'wala',
    'ولا',
    'maybe',
    'peut etre',
    'ta9riban',
    'تقريبا',
    'total',
    'المجموع',
    'kamel',
    'sur',
    'out of',
    'على',
  ],
  ...['wesh', 'wech', 'وش', 'kima', 'كيما'],
  // A day, a means of payment or a number of months said once, for one part only.
  ...['samedi', 'dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'saturday', 'sunday', 'monday', 'tuesday'],
  ...['wednesday', 'thursday', 'friday', 'sebt', 'l7ad', 'letnin', 'tlata', 'larb3a', 'lkhmis', 'jem3a', 'jom3a', 'nhar', 'youm'],
  ...['السبت', 'الاحد', 'الأحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الأربعاء', 'الخميس', 'الجمعة', 'الجمعه', 'نهار'],
  ...['cheque', 'ccp', 'carte', 'lcarte', 'card', 'baridimob', 'virement', 'شيك', 'بطاقة', 'بطاقه'],
  ...['chhour', 'chhar', 'mois', 'months', 'شهور', 'اشهر', 'أشهر', 'x', '×', 'fois', 'times'],
  // Someone else: a customer, a worker paid back, change given.
  ...['client', 'lclient', 'zbouna', 'zboun', 'الزبون', 'customer', 'il', 'elle', 'he', 'she', 'rendu', 'change', 'remise', 'discount'],
  // A shortfall, the stock, another day or time of day, goods to come (the review of the mentions).
  ...['manque', 'missing', 'short', 'na9es', 'ناقص', 'stock', 'maintenant', 'now', 'viendra', 'apportera', 'hier', 'yesterday'],
  ...['lbare7', 'lbareh', 'البارح', 'matin', 'soir', 'morning', 'evening', 'sbah', 'l3chia', 'الصباح', 'العشية', 'caisse', 'erreur'],
  ...['sorry', 'en fait', 'actually', 'je voulais dire', 'i mean', 'c est', 'it s'],
  // The second review: more denials and futures, already recorded, another week or month, a price or a rise, someone
  // else who paid, the bank, a breakdown's colon.
  ...['haven t', 'wasn t', 'won t', 'can t', 'paierai', 'payerai', 'je paye', 'compte', 'i ll', 'i d', 'i m', 'about to'],
  ...['سأدفع', 'سوف', 'لم', 'لن', 'ولم', 'nkhalles', 'n5alles', 'nkhallas', 'mazel', 'deja', 'already', 'sajjalt', 'sajjaltha'],
  ...['مسجلة', 'سجلتها', 'سجلت', 'من قبل', 'prochaine', 'prochain', 'derniere', 'dernier', 'next', 'last', 'month', 'semaine'],
  ...['week', 'الجاي', 'فات', 'غدا', 'القادم', 'coute', 'coutera', 'cost', 'costs', 'augmente', 'went up', 'hausse', 'passe'],
  ...['reclame', 'wants', 'veut', 'frere', 'patron', 'voisin', 'voisine', 'associe', 'brother', 'boss', 'banque', 'bank'],
  ...['depose', 'deposited', 'verse', 'dont', 'including', 'منها', 'a paye', 'a regle', 'a donne', 'regle', 'paid by'],
  ...['environ', 'estime', 'about', 'approx', 'roughly', 'donne', 'gave', 'mendiant', 'fils', 'fille', 'son', 'daughter'],
  ...['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
];

/** The words folded as the text is (« غدوة » is « غدوه » there), with the negations « ma …ch » / « ما …ش » and `extra`. */
const wordsRegex = (words: string[], extra = ''): RegExp =>
  new RegExp(
    String.raw`[?؟]|(?<![\p{L}])(?:` +
      words.map((w) => escapeRegex(foldForCues(w))).join('|') +
      String.raw`)(?![\p{L}])|(?<![\p{L}])ma\s*\p{L}+ch(?![\p{L}])|(?<![\p{L}])m\p{L}*(?:tch|ech|ch)(?![\p{L}])|(?<![\p{L}])و?ما\s*\p{L}+ش(?![\p{L}])` +
      extra,
    'u',
  );
const NOT_DONE = wordsRegex(NOT_DONE_WORDS);
/** Words that make a part read alone say something else than in its message. */
const NOT_PLAIN = wordsRegex([...NOT_DONE_WORDS, ...OTHER_WORDS], String.raw`|[:]|\d\s*h(?![\p{L}])`);

/** A message asked, cancelled, corrected, denied, promised, or told by someone. */
export const saysNotDone = (text: string): boolean => NOT_DONE.test(foldForCues(text));
const saysNotPlainly = (text: string): boolean => NOT_PLAIN.test(foldForCues(text));

/** A list of numbers (« du 12, 13 et 14 », « 1,5 »): the comma is no break between two things told. */
const NUMBER_LIST = /\d\s*[,،]\s*\d/u;

/** The parts of the message, as typed, that tell another of the shop's money writes than the one read (none: []). */
export function unrecordedParts(
  whole: UnderstandResult,
  input: UnderstandInput,
  readOne: (input: UnderstandInput) => UnderstandResult,
): string[] {
  if (input.hasAttachment || whole.followUp || whole.notice || !SHOP_MONEY.has(whole.intent ?? '')) return [];
  if (saysNotPlainly(input.text) || NUMBER_LIST.test(input.text)) return [];
  const parts = partsOf(input.text);
  if (parts.length < 2) return [];
  // « rent 30000 and water and electricity 5700 »: a piece without a figure was joined to its neighbour — the parts no
  // longer say what each is.
  if (input.text.split(new RegExp(JOINS_SOURCE, 'giu')).filter((p) => p.trim()).length !== parts.length) return [];
  // « dépenses 7000 : loyer 5000 et électricité 2000 »: the other sums make up the whole's — a breakdown, nothing more told.
  const sums = extractNumbers(input.text).filter((n) => !n.weak && !n.foreign && (n.currency || n.value >= 100));
  const others = sums.filter((n) => n.value !== whole.args.amount);
  if (others.length > 1 && others.reduce((sum, n) => sum + n.value, 0) === whole.args.amount) return [];
  const ownCategory = whole.args.category;
  return parts.filter((text) => {
    const part = readOne({ ...input, text, history: [] });
    if (!SHOP_MONEY.has(part.intent ?? '') || part.missing.length || part.notice || part.also?.length || part.more?.length) return false;
    if (part.args.customer !== undefined || typeof part.args.amount !== 'number' || part.args.amount < 100) return false;
    if (part.args.amount === whole.args.amount) return false;
    // A second takings would replace the first; an expense of the same kind is the one proposed (or asked).
    if (part.intent === whole.intent && (part.intent === 'sales_daily_total' || !part.args.category || part.args.category === ownCategory))
      return false;
    return true;
  });
}
