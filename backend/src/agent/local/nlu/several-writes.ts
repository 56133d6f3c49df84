import type { SlotReader } from '@tajer/tools';
import { foldForCues } from './extractors/cue-regex';
import type { UnderstandInput, UnderstandResult } from './types';

/**
 * Two writes told in one message (« dakhalt 20000 lyoum w khallast dhaw 4500 »: the day's takings and the electricity
 * paid; « كريم عليه 500 ونادية عليها 300 »: two customers' debts). Read whole, one of them was proposed and the other
 * dropped without a word — or worse, the takings' 20 000 became the electricity's expense. Each part is read on its own:
 * when every part is a complete money write (or a sale), each gets its own card (`also`), in the order said.
 *
 * A part read alone has lost the rest of the message, so the split is only for messages that say plainly what was done:
 * not asked, cancelled, corrected, denied, promised or owed still (« Karim a payé 500 et Nadia va payer 300 » would add a
 * debt), not dated or paid by a means one part alone would lose, never two parts on one customer's account (the second
 * card's balance would come before the first is approved, see the partial_payment notice), never an expense beside a
 * customer's goods or account (« Karim ddah 3 zit kredi, khlas 1000 »: « khlas 1000 » alone is a salary), never two
 * takings of one day. A part that does not read as a complete write leaves the whole reading as it was.
 */

/** The writes a part may be: money told, and a sale (« bi3t 3 sokar w khallast taxi 200 »). */
const MONEY_WRITES = new Set(['expenses_add', 'sales_daily_total', 'customers_credit_add', 'customers_payment']);
const PART_WRITES = new Set([...MONEY_WRITES, 'sales_record']);

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
  PART_WRITES.has(r.intent ?? '') &&
  !r.missing.length &&
  !r.notice &&
  !r.stockCount &&
  !r.payAll &&
  !r.more?.length &&
  !r.also?.length &&
  !r.uncounted?.length &&
  (r.intent === 'sales_record' || typeof r.args.amount === 'number');

const sameCall = (a: UnderstandResult, b: UnderstandResult) => a.intent === b.intent && JSON.stringify(a.args) === JSON.stringify(b.args);

/** Two parts on one customer's account (a credit sale and its payment): two steps, never two cards at once. */
const oneAccount = (read: UnderstandResult[]): boolean => {
  const customers = read.map((r) => r.args.customer).filter((c): c is string => typeof c === 'string');
  // « Karim » and « Karim Haddad » may be one account: compared by their first word.
  return new Set(customers.map((c) => c.toLowerCase().split(/\s+/u)[0])).size < customers.length;
};

const ACCOUNT = new Set(['customers_credit_add', 'customers_payment']);

/** An expense beside a part that names a customer (his goods, his debt, his payment): « khlas 1000 » was his, not a salary. */
const expenseBesideCustomer = (read: UnderstandResult[]): boolean =>
  read.some((r) => r.intent === 'expenses_add') && read.some((r) => typeof r.args.customer === 'string');

/** Parts that name customers all do one thing (all debts, or all payments): « Karim paid 500 and Nadia still owes 300 ». */
const mixedAccounts = (read: UnderstandResult[]): boolean =>
  new Set(read.filter((r) => typeof r.args.customer === 'string' && r.intent !== 'sales_record').map((r) => r.intent)).size > 1;

/** A sale with no customer after a part that names one (« Karim a payé 500 et m'a pris 2 huile »): the goods were his. */
const subjectCarried = (read: UnderstandResult[]): boolean =>
  read.some((r, i) => r.intent === 'sales_record' && !r.args.customer && read.slice(0, i).some((p) => typeof p.args.customer === 'string'));

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
      ...['recu la facture', 'jatni', 'jatna', 'جاتني', 'came to', 'nette', 'net'],
    ].join('|') +
    String.raw`)(?![\p{L}])|(?<![\p{L}])ma\s+\p{L}+ch(?![\p{L}])|(?<![\p{L}])ما\s*\p{L}+ش(?![\p{L}])`,
  'u',
);

/**
 * The message read as several writes, when the whole reading is a money write or a sale, the message says plainly what
 * was done, and each of its parts (2 to 6) reads alone as a complete write, at least one of them money. Undefined
 * otherwise: the whole reading stands.
 */
export function severalWrites(
  whole: UnderstandResult,
  input: UnderstandInput,
  readOne: (input: UnderstandInput) => UnderstandResult,
  slotsOf: (text: string) => SlotReader,
): UnderstandResult | undefined {
  if (input.hasAttachment || whole.followUp) return undefined;
  if (!MONEY_WRITES.has(whole.intent ?? '') && whole.intent !== 'sales_record') return undefined;
  const parts = partsOf(input.text);
  if (parts.length < 2 || parts.length > 6) return undefined;
  const said = slotsOf(input.text);
  if (NOT_PLAIN.test(foldForCues(input.text))) return undefined;
  // A day said once (« hier ») or a means of payment (« par baridimob ») would stay with one part only.
  const method = said.paymentMethod();
  if ((said.date() ?? today(slotsOf)) !== today(slotsOf) || (method && method !== 'credit')) return undefined;
  const read = parts.map((text) => readOne({ ...input, text, history: [] }));
  if (!read.every(complete) || !read.some((r) => MONEY_WRITES.has(r.intent ?? ''))) return undefined;
  if (oneAccount(read) || expenseBesideCustomer(read) || mixedAccounts(read) || subjectCarried(read)) return undefined;
  if (read.filter((r) => r.intent === 'sales_daily_total').length > 1) return undefined;
  if (read.every((r) => sameCall(r, read[0]))) return undefined;
  const [first, ...rest] = read;
  return { ...first, also: rest.map((r) => ({ intent: r.intent!, args: r.args })) };
}

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
  const SHOP_MONEY = ['expenses_add', 'sales_daily_total'];
  if (input.hasAttachment || whole.followUp || !SHOP_MONEY.includes(whole.intent ?? '') || typeof whole.args.amount !== 'number')
    return undefined;
  const parts = partsOf(input.text);
  if (parts.length < 2) return undefined;
  const read = parts.map((text) => readOne({ ...input, text, history: [] }));
  const sum = whole.args.amount;
  const ownKind = read.some((r) => r.intent === whole.intent && r.args.amount === sum);
  const otherKind = read.some(
    (r) => complete(r) && SHOP_MONEY.includes(r.intent ?? '') && r.intent !== whole.intent && r.args.amount === sum,
  );
  if (ownKind || !otherKind) return undefined;
  const { amount: _other, ...args } = whole.args;
  return { ...whole, args, missing: [...new Set([...whole.missing, 'amount'])] };
}
