import { cueRegex, foldForCues } from './cue-regex';
import { PAID_THIRD } from './intent-cues/payments';
import { PERIOD_VALUE_REGEXES } from './period';
import { BEFORE_YESTERDAY_CUES } from '../lexicon/past-periods';
import { PAYMENT_VALUE_REGEXES, TO_WORDS } from './sales';
import { entryName } from './product';
import { extractNumbers } from './numbers';
import { PACKAGING_WORDS } from './cues';
import { unknownGoods, type SlotContext } from '../slot-filler';

/** « and », « et », « w », a spaced « و » or a comma: where goods of their own may start (and where their tail ends). */
const JOIN = /,|\s(?:and|et|w|و)\s/gu;

/** A cue list's regex that only matches at the start of a tail (the cue lists match anywhere). */
const atStart = (re: RegExp) => new RegExp(`^(?:${re.source})`, 'u');

/**
 * Words that open no goods after a join (« et payé », « and Karim paid », « w khalas », « et hier »): a sale's terms,
 * not goods. The payment methods, a customer's paying verbs, the words that introduce him and the days are the cue
 * lists' own (sales, intent cues, periods); what is left here is this reader's: who (« il », « lli »), more of the same
 * (« encore », « zada ») and the little words that are no customer's alone (« at », « au », « b »).
 */
const TERMS: readonly RegExp[] = [
  cueRegex([
    ...['il', 'elle', 'he', 'she', 'they', 'ils', 'li', 'lli', 'elli', 'اللي', 'هو', 'هي', 'c est', 'it s', 'was', 'were'],
    ...['paye', 'payé', 'khalas', 'khallas', 'khlas', 'khalset', 'khalsat', 'dfa3', 'خلص', 'خلصت', 'دفع'],
    // « … w ma khalsatch » (and she did not pay): the sales credit cue reads it only after « w » (not « lhlib ma … »).
    ...['ma khlasch', 'ma khalsatch', 'makhalsatch', 'ma khallsatch', 'ma khlsatch', 'ما خلصتش', 'ماخلصتش'],
    ...['at', 'b', 'ب', 'au', 'aux', 'lel', 'ل', 'de chez'],
    ...['more', 'de plus', 'encore', 'aussi', 'too', 'zada', 'خرين', 'اخرين', 'آخرين', 'كذلك', 'ايضا'],
  ]),
  cueRegex([...TO_WORDS]),
  // « avant-hier » is a day (a date, not a period of the reports).
  cueRegex(BEFORE_YESTERDAY_CUES),
  PAID_THIRD,
  ...PAYMENT_VALUE_REGEXES,
  ...PERIOD_VALUE_REGEXES,
].map(atStart);

/** Articles before goods (« et du pepsi », « and a pepsi »): the goods are what follows. */
const ARTICLE = /^(?:du|de la|des|de|un|une|le|la|les|l|the|a|an|some|chwiya|ال)\s+/u;

/**
 * Goods a sale names after a join without a count of their own (« j'ai vendu 2 coca et pepsi », « بعت 2 كوكا و بيبسي »):
 * the count belongs to the first, so the Pepsi got no line and was dropped without a word. They get no card: the answer
 * asks their count (`replies.uncounted`, as a delivery's uncounted goods are asked), and the counted goods are proposed.
 * Only a tail free of numbers and of a sale's terms (a payment, a customer, a day), naming a product — the catalogue's or
 * one word or two it does not know.
 */
export function uncountedSaleGoods(ctx: SlotContext, lines: readonly { product?: unknown }[]): string[] {
  const folded = foldForCues(ctx.text);
  const proposed = new Set(lines.map((l) => (typeof l.product === 'string' ? foldForCues(l.product) : '')));
  const out: string[] = [];
  const joins = [...folded.matchAll(JOIN)];
  // The goods before the first join (« vendu pepsi et 2 coca »): the sale's verb and its customer are no goods, so only
  // a product named there with no number of its own is asked — it was dropped as silently as one named after.
  const head = joins.length ? folded.slice(0, joins[0].index).trim() : '';
  const segments = [
    ...(head ? [{ tail: head, head: true }] : []),
    ...joins.map((join) => {
      const from = join.index + join[0].length;
      // The tail runs to the next join or the end: a tail with a number is counted goods (their own line) or a price.
      const next = folded.slice(from).search(JOIN);
      const tail = folded
        .slice(from, next < 0 ? undefined : from + next)
        .trim()
        .replace(ARTICLE, '');
      return { tail, head: false };
    }),
  ];
  for (const { tail, head: isHead } of segments) {
    if (!tail || (!isHead && TERMS.some((re) => re.test(tail))) || extractNumbers(tail).some((n) => n.value > 0)) continue;
    const match = ctx.matcher.find(tail, ctx.lang);
    const name = match
      ? match.entry
        ? entryName(match.entry, ctx.lang)
        : match.canonical
      : tail.split(/\s+/u).length <= 2
        ? unknownGoods({ ...ctx, text: tail })
        : undefined;
    if (!name || PACKAGING_WORDS.has(foldForCues(name))) continue;
    // The counted line's own product said again (« 2 coca et coca zero »: matched as one) is no other goods.
    if (proposed.has(foldForCues(name)) || (match && [...proposed].some((p) => p === foldForCues(match.canonical)))) continue;
    out.push(name);
  }
  return [...new Set(out)];
}
