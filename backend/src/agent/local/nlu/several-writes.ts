import type { SlotReader } from '@tajer/tools';
import type { UnderstandInput, UnderstandResult } from './types';

/**
 * Two writes told in one message (« dakhalt 20000 lyoum w khallast dhaw 4500 »: the day's takings and the electricity
 * paid; « كريم عليه 500 ونادية عليها 300 »: two customers' debts). Read whole, one of them was proposed and the other
 * dropped without a word — or worse, the takings' 20 000 became the electricity's expense. Each part is read on its own:
 * when every part is a complete money write (or a sale), each gets its own card (`also`), in the order said. A part
 * that leaves its verb to the first (« Karim a payé 500 et Nadia 300 », « paid 4500 electricity and 1200 water ») is the
 * first's write for its own customer or bill. Never two cards on one customer's account at once: the second card's
 * balance would be computed before the first is approved (see the partial_payment notice).
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

/**
 * A part read alone that is incomplete but names its own customer (a payment, a debt) or its own bill (an expense) and a
 * sum: the first part's write, for it.
 */
function elliptic(first: UnderstandResult, part: SlotReader): UnderstandResult | undefined {
  const amount = part.amount();
  if (amount === undefined) return undefined;
  if (first.intent === 'customers_payment' || first.intent === 'customers_credit_add') {
    const customer = part.customer();
    return customer && customer !== first.args.customer ? { ...first, args: { customer, amount }, also: undefined } : undefined;
  }
  if (first.intent === 'expenses_add') {
    const category = part.expenseCategory();
    return category && category !== first.args.category ? { ...first, args: { amount, category }, also: undefined } : undefined;
  }
  return undefined;
}

/** Two parts on one customer's account (a credit sale and its payment): two steps, never two cards at once. */
const oneAccount = (read: UnderstandResult[]): boolean => {
  const customers = read.map((r) => r.args.customer).filter((c): c is string => typeof c === 'string');
  return new Set(customers.map((c) => c.toLowerCase())).size < customers.length;
};

/**
 * An expense beside a customer's account: « Karim kredi ta3o 5000, khlas 2000 » — « khlas 2000 » alone is a salary paid,
 * beside Karim's debt it is his payment. Never split so.
 */
const ACCOUNT = new Set(['customers_credit_add', 'customers_payment']);
const expenseBesideAccount = (read: UnderstandResult[]): boolean =>
  read.some((r) => r.intent === 'expenses_add') && read.some((r) => ACCOUNT.has(r.intent ?? ''));

/** Refusals a split may answer instead: not a partly paid sale, a return, a supplier's order or debt. */
const SPLIT_REFUSALS = new Set([undefined, 'unclear_write', 'customer_credit', 'no_tool']);

/**
 * The message read as several writes, when the whole reading is a money write, a refusal or a sale, and each of its parts (2 to 6) reads as a complete write, at least one of them money. Undefined otherwise:
 * the whole reading stands.
 */
export function severalWrites(
  whole: UnderstandResult,
  input: UnderstandInput,
  readOne: (input: UnderstandInput) => UnderstandResult,
  slotsOf: (text: string) => SlotReader,
): UnderstandResult | undefined {
  if (input.hasAttachment || whole.followUp) return undefined;
  const wholeIntent = whole.intent ?? '';
  const considered =
    MONEY_WRITES.has(wholeIntent) ||
    (wholeIntent === 'unsupported' && SPLIT_REFUSALS.has(whole.notice?.reason)) ||
    // A sale, even read whole (« bi3t b 20000 lyoum w Karim ddah 3 zit kredi » sold 3 oil at 20 000 each): a part must
    // then be money told, not goods (« bi3t 3 sokar b 120 w 2 zit b 650 » stays one sale of two lines).
    wholeIntent === 'sales_record';
  if (!considered) return undefined;
  const parts = partsOf(input.text);
  if (parts.length < 2 || parts.length > 6) return undefined;
  const alone = parts.map((text) => readOne({ ...input, text, history: [] }));
  if (!complete(alone[0])) return undefined;
  const read = alone.map((r, i) => (i === 0 || complete(r) ? r : elliptic(alone[0], slotsOf(parts[i]))));
  if (!read.every((r): r is UnderstandResult => !!r && complete(r))) return undefined;
  if (!read.some((r) => MONEY_WRITES.has(r.intent ?? '')) || oneAccount(read) || expenseBesideAccount(read)) return undefined;
  if (read.every((r) => sameCall(r, read[0]))) return undefined;
  const [first, ...rest] = read;
  return { ...first, also: rest.map((r) => ({ intent: r.intent!, args: r.args })) };
}
