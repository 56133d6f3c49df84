import type { SlotReader } from '@tajer/tools';
import { extractExpenseCategory } from './extractors/categories';
import { saysBillUnpaid, saysShopNotPaid } from './extractors/intent-cues/takings';
import { extractNumbers } from './extractors/numbers';
import type { UnderstandInput, UnderstandResult } from './types';

/**
 * A sum that belongs to another part of the message (« dakhalt 20000 lyoum w khallast dhaw 4500 » read whole as an
 * electricity bill of 20 000 — the takings' sum; « Karim 3tani 500 amana w Nadia khalsat 300 » as Karim paying Nadia's
 * 300): the sum is asked, never written. These guards only ever turn a proposal into a question.
 *
 * Tried this session and taken back: a card for each part, each read alone. Three read-only reviews (2,000 probes)
 * found a part's sum, subject, tense or negation taken from its neighbours each time the word lists were widened
 * (« … et Nadia a payé 300 total 800 » paid 800, « recette 20000 et je vais payer l'électricité 4500 » an expense
 * paid, « dépenses 7000 : loyer 5000 et électricité 2000 » counted twice): a part read alone has lost the message.
 */

/** The shop's own money: its takings and its expenses. */
const SHOP_MONEY = new Set(['expenses_add', 'sales_daily_total']);

/** Between two things told: a comma (not a decimal one: « 1,5L »), « et », « w », « and », « puis », « و » glued to the next word. */
const JOINS =
  /\s*(?:(?<!\d)[,;،]|[,;،](?!\d))\s*(?:(?:et|w|and|puis|then|و)\s+)?|\s+(?:et|w|and|puis|then|mba3d|ba3d)\s+|\s+و(?=\p{L})|\s+و\s+/iu;

/** The joins' pattern, for a reader that splits again (unrecorded-parts). */
export const JOINS_SOURCE = JOINS.source;

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

/** A piece told of someone else (« Karim didn't come, he paid 500 by phone » is his payment, not a phone bill). */
// Not the impersonal « il y a », « il faut », « il reste » (« Karim a payé, il y a le loyer 30000 à payer »: the review).
const SOMEONE_TOLD =
  /^(?:il(?!\s+(?:y|n\s*y|faut|fallait|reste|restait)(?![\p{L}]))|elle|ils|elles|lui|he|she|they|huwa|hiya|houa|hia|هو|هي|هوما)(?![\p{L}])/iu;

/** The message cut at every join, a piece without a figure kept apart. */
const piecesOf = (text: string): string[] =>
  text
    .split(new RegExp(JOINS.source, 'giu'))
    .map((p) => p.trim())
    .filter(Boolean);

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

/** The reading with its sum left out and asked. */
export function amountAsked(whole: UnderstandResult): UnderstandResult {
  const { amount: _other, ...args } = whole.args;
  return { ...whole, args, missing: [...new Set([...whole.missing, 'amount'])] };
}

/**
 * A part that tells a bill unpaid with this sum (« je n'ai pas payé le loyer 30000 et Karim m'a payé 2000 » paid Karim's
 * 30 000: the part reads as the rent's list now, so it was no complete expense to compare — the second review).
 */
function unpaidBillOf(text: string, sum: number): boolean {
  return (
    (saysShopNotPaid(text) || saysBillUnpaid(text)) &&
    extractExpenseCategory(text) !== undefined &&
    extractNumbers(text).some((n) => !n.weak && n.value === sum)
  );
}

/** A customer's own account: a payment or a debt. */
const ACCOUNT = new Set(['customers_credit_add', 'customers_payment']);

/** A customer's first name, lower case: how two parts are told to name the same customer. */
const firstName = (name: unknown): string => String(name).toLowerCase().split(/\s+/u)[0];

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
  const own = named.find((p) => p.customer && firstName(p.customer) === firstName(whole.args.customer));
  const others = named.some((p) => p.customer && firstName(p.customer) !== firstName(whole.args.customer));
  if (!own || !others) return undefined;
  const reader = slotsOf(own.text);
  const sum = whole.intent === 'customers_payment' ? reader.paidAmount() : reader.amount();
  if (sum === whole.args.amount) return undefined;
  return amountAsked(whole);
}

/**
 * A money write read whole whose sum is another part's of another kind (« dakhalt 20000 w lazem nkhalas dhaw 4500 » read
 * as an electricity bill of 20 000: the takings' sum): its sum is asked.
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
  const otherKind =
    read.some((r) => complete(r) && r.intent !== whole.intent && r.args.amount === sum) ||
    (whole.intent !== 'expenses_add' && parts.some((text) => unpaidBillOf(text, sum)));
  if (ownKind || !otherKind) return undefined;
  return amountAsked(whole);
}

/**
 * A customer's payment or debt read whole whose sum is the shop's own bill or takings told in another part (« j'ai payé
 * l'électricité 4500 et Karim a payé 500 » proposed Karim paying 4500): asked. The other part must read alone as the
 * shop's money with its kind named (a bill's category), and not name the customer.
 */
export function anotherShopSum(
  whole: UnderstandResult,
  input: UnderstandInput,
  readOne: (input: UnderstandInput) => UnderstandResult,
): UnderstandResult | undefined {
  if (input.hasAttachment || whole.followUp || !ACCOUNT.has(whole.intent ?? '') || typeof whole.args.amount !== 'number') return undefined;
  // « loyer 30000, Karim n'a pas encore payé » is one part (the customer's words hold no figure), yet the sum is the rent's
  // (30,000 was put on Karim's account: the twenty-second review) — so its pieces then.
  const joined = partsOf(input.text);
  const parts = joined.length > 1 ? joined : piecesOf(input.text);
  if (parts.length < 2) return undefined;
  const customer = firstName(whole.args.customer);
  const shops = parts.some((text) => {
    if ((customer && text.toLowerCase().includes(customer)) || (joined.length < 2 && SOMEONE_TOLD.test(text))) return false;
    if (unpaidBillOf(text, whole.args.amount as number)) return true;
    const read = readOne({ ...input, text, history: [] });
    const named = read.intent === 'sales_daily_total' || (read.intent === 'expenses_add' && typeof read.args.category === 'string');
    return named && complete(read) && read.args.amount === whole.args.amount;
  });
  return shops ? amountAsked(whole) : undefined;
}
