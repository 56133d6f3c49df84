import { foldForCues } from './cue-regex';
import { entryName } from './product';
import { extractNumbers } from './numbers';
import { PACKAGING_WORDS } from './cues';
import { unknownGoods, type SlotContext } from '../slot-filler';

/** « and », « et », « w », a spaced « و » or a comma: where goods of their own may start. */
const JOIN = /(?:,|\s(?:and|et|w|و)\s)/gu;

/** Words that open no goods after a join (« et payé », « and Karim paid », « w khalas »): a sale's terms, not goods. */
const TERMS =
  /^(?:(?:il|elle|he|she|they|ils|li|lli|elli|اللي|هو|هي|c est|it s|was|were|paid|paye|payé|a paye|cash|credit|crédit|kridi|khalas|khallas|khlas|dfa3|خلص|خلصت|دفع|كريدي|نقدا|كاش|for|pour|a|à|at|b|ب|to|au|aux|chez|l|lel|ل|من|from|de chez|hier|yesterday|today|aujourd hui|lyoum|lbareh|البارح|اليوم|more|de plus|encore|aussi|too|zada|خرين|اخرين|آخرين|كذلك|ايضا)(?![\p{L}\p{N}]))/u;

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
      const next = folded.slice(from).search(/,|\s(?:and|et|w|و)\s/u);
      const tail = folded
        .slice(from, next < 0 ? undefined : from + next)
        .trim()
        .replace(ARTICLE, '');
      return { tail, head: false };
    }),
  ];
  for (const { tail, head: isHead } of segments) {
    if (!tail || (!isHead && TERMS.test(tail)) || extractNumbers(tail).some((n) => n.value > 0)) continue;
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
