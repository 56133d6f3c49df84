import type { SlotReader } from '@tajer/tools';
import { foldForCues } from './extractors/cue-regex';
import type { UnderstandInput, UnderstandResult } from './types';

/**
 * The shop's own money told twice in one message (« dakhalt 20000 lyoum w khallast dhaw 4500 »: the day's takings and
 * the electricity paid; « خلصت الكرا 30000 والضو 4500 »: two bills). Read whole, the takings' 20 000 became the
 * electricity's expense, or the second bill was dropped without a word. Each part is read on its own: when every part
 * is a complete takings or expense, each gets its own card (`also`), in the order said.
 *
 * Only the shop's own money, and only said plainly: a part read alone has lost the rest of the message. Two reviews of
 * a wider split (customers' debts and payments, sales) found a part's sum, subject or verb taken from its neighbours
 * (« … et Nadia a payé 300 total 800 » paid 800, « sold 3 oil and he paid 1950 » a salary of 1950), so customers and
 * sales are never split; nor is a message that asks, cancels, corrects, reports, denies, promises, says what is due,
 * unpaid or only received, is unsure (« 300 ou 400 »), names a customer, or a day or a means once.
 */

/** The writes a part may be: the shop's own money, its takings and its expenses. */
const SHOP_MONEY = new Set(['expenses_add', 'sales_daily_total']);

/** Between two things told: a comma (not a decimal one: « 1,5L »), « et », « w », « and », « puis », « و » glued to the next word. */
const JOINS =
  /\s*(?:(?<!\d)[,;،]|[,;،](?!\d))\s*(?:(?:et|w|and|puis|then|و)\s+)?|\s+(?:et|w|and|puis|then|mba3d|ba3d)\s+|\s+و(?=\p{L})|\s+و\s+/iu;

/** The message's parts, each holding a figure (a part without one belongs to the one before it). */
export function partsOf(text: string): string[] {
  const parts: string[] = [];
  for (const piece of text.split(new RegExp(JOINS.source, 'giu'))) {
    const part = piece.trim();
    if (!part) continue;
    if (/\d/u.test(part) || !parts.length) parts.push(part);
    else parts[parts.length - 1] += ` ${part}`;
  }
  // A first part without a figure (« la recette, 20000 ») is the next one's head.
  if (parts.length > 1 && !/\d/u.test(parts[0])) parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
  return parts;
}

const complete = (r: UnderstandResult): boolean =>
  SHOP_MONEY.has(r.intent ?? '') &&
  !r.missing.length &&
  !r.notice &&
  !r.stockCount &&
  !r.payAll &&
  !r.more?.length &&
  !r.also?.length &&
  !r.uncounted?.length &&
  typeof r.args.amount === 'number' &&
  r.args.customer === undefined;

const sameCall = (a: UnderstandResult, b: UnderstandResult) => a.intent === b.intent && JSON.stringify(a.args) === JSON.stringify(b.args);

/**
 * What a part read alone loses (folded text): a question, a cancellation or correction, a denial, a promise or what is
 * owed still, the shop's own debt.
 */
const NOT_PLAIN = new RegExp(
  String.raw`[?؟]|(?<![\p{L}])(?:` +
    [
      ...['wach', 'est ce', 'did i', 'have i', 'do i', 'is it', 'هل', 'واش', 'kifach', 'ida', 'si', 'if'],
      ...['annule', 'annuler', 'supprime', 'efface', 'cancel', 'delete', 'remove', 'non', 'no', 'pardon', 'plutot', 'plutôt'],
      ...['ghalta', 'ghalat', 'غلطة', 'غلط', 'لا', 'la2', 'machi', 'ماشي', 'not', 'pas', 'jamais', 'never', 'didn t', 'hasn t'],
      ...['ghodwa', 'ghedwa', 'غدوة', 'demain', 'tomorrow', 'va', 'vont', 'will', 'bach', 'باش', 'devrait', 'should'],
      ...['encore', 'still', 'toujours', 'mazal', 'مازال', 'ba9i', 'باقي', 'reste', 'left', 'je dois', 'je lui dois', 'i owe', 'we owe'],
      // Told by someone, corrected, or still to pay (« Karim dit qu'il a payé… », « corrige : … », « lazem nkhalas … »).
      ...['dit', 'says', 'said', '9al', 'قال', 'corrige', 'corriger', 'rectifie', 'sa77a7', 'صحح', 'lazem', 'لازم', 'nkhalas', 'نخلص'],
      ...['must', 'have to', 'need to', 'doit payer', 'dois payer'],
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
    ].join('|') +
    String.raw`)(?![\p{L}])|(?<![\p{L}])ma\s+\p{L}+ch(?![\p{L}])|(?<![\p{L}])ما\s*\p{L}+ش(?![\p{L}])`,
  'u',
);

/**
 * The message read as several cards of the shop's own money, when the whole reading is one of them, the message says
 * plainly what was done, no part names a customer, and each part (2 to 6) reads alone as a complete takings or
 * expense. Undefined otherwise: the whole reading stands.
 */
export function severalWrites(
  whole: UnderstandResult,
  input: UnderstandInput,
  readOne: (input: UnderstandInput) => UnderstandResult,
  slotsOf: (text: string) => SlotReader,
): UnderstandResult | undefined {
  if (input.hasAttachment || whole.followUp || !SHOP_MONEY.has(whole.intent ?? '')) return undefined;
  const parts = partsOf(input.text);
  if (parts.length < 2 || parts.length > 6) return undefined;
  if (NOT_PLAIN.test(foldForCues(input.text))) return undefined;
  // A day said once (« hier », « le mois dernier ») or a means of payment would stay with one part only.
  const said = slotsOf(input.text);
  const period = said.period();
  if ((said.date() ?? today(slotsOf)) !== today(slotsOf) || (period && period !== 'today') || said.paymentMethod()) return undefined;
  if (parts.some((text) => slotsOf(text).customer())) return undefined;
  const read = parts.map((text) => readOne({ ...input, text, history: [] }));
  if (!read.every(complete)) return undefined;
  if (read.filter((r) => r.intent === 'sales_daily_total').length > 1) return undefined;
  if (read.every((r) => sameCall(r, read[0]))) return undefined;
  const [first, ...rest] = read;
  return { ...first, also: rest.map((r) => ({ intent: r.intent!, args: r.args })) };
}

/** A customer's own account: a payment or a debt. */
const ACCOUNT = new Set(['customers_credit_add', 'customers_payment']);

/** Today's date as the slots read it (« aujourd'hui »), in the business clock. */
const today = (slotsOf: (text: string) => SlotReader): string | undefined => slotsOf("aujourd'hui").date();

/**
 * A payment or a debt read whole whose sum is not in the part that names its customer, while another part names another
 * customer (« Karim 3tani 500 amana w Nadia khalsat 300 », « Karim dayen 3lia 5000 w Nadia khalsat 300 »): the sum was
 * the other customer's. Asked instead (the amount left out); undefined when the reading stands.
 */
export function anotherCustomersSum(
  whole: UnderstandResult,
  input: UnderstandInput,
  slotsOf: (text: string) => SlotReader,
): UnderstandResult | undefined {
  if (!ACCOUNT.has(whole.intent ?? '') || typeof whole.args.amount !== 'number' || typeof whole.args.customer !== 'string')
    return undefined;
  const parts = partsOf(input.text);
  if (parts.length < 2) return undefined;
  const named = parts.map((text) => ({ text, customer: slotsOf(text).customer() }));
  const first = (name: string) => name.toLowerCase().split(/\s+/u)[0];
  const own = named.find((p) => p.customer && first(p.customer) === first(whole.args.customer as string));
  const others = named.some((p) => p.customer && first(p.customer) !== first(whole.args.customer as string));
  if (!own || !others) return undefined;
  const reader = slotsOf(own.text);
  const sum = whole.intent === 'customers_payment' ? reader.paidAmount() : reader.amount();
  if (sum === whole.args.amount) return undefined;
  const { amount: _other, ...args } = whole.args;
  return { ...whole, args, missing: [...new Set([...whole.missing, 'amount'])] };
}

/**
 * A money write read whole whose sum is another part's of another kind (« dakhalt 20000 w lazem nkhalas dhaw 4500 » read
 * as an electricity bill of 20 000: the takings' sum), when the message is not split: its sum is asked.
 */
export function anotherPartsSum(
  whole: UnderstandResult,
  input: UnderstandInput,
  readOne: (input: UnderstandInput) => UnderstandResult,
): UnderstandResult | undefined {
  // The shop's own money only: a customer's part read alone (« il a payé 200 ») reads as an expense.
  if (input.hasAttachment || whole.followUp || !SHOP_MONEY.has(whole.intent ?? '') || typeof whole.args.amount !== 'number')
    return undefined;
  const parts = partsOf(input.text);
  if (parts.length < 2) return undefined;
  const read = parts.map((text) => readOne({ ...input, text, history: [] }));
  const sum = whole.args.amount;
  const ownKind = read.some((r) => r.intent === whole.intent && r.args.amount === sum);
  const otherKind = read.some((r) => complete(r) && r.intent !== whole.intent && r.args.amount === sum);
  if (ownKind || !otherKind) return undefined;
  const { amount: _other, ...args } = whole.args;
  return { ...whole, args, missing: [...new Set([...whole.missing, 'amount'])] };
}
