/**
 * A product's size as people write it after a number (« 5 L », « 5l », « 5 لتر », « 250 gr ») in one spelling (« 5l »,
 * « 250g »). « Semoule 10kg » and « semoule 25kg » are different products: a size typed that none of a product's sizes
 * equals rules that product out, wherever a name is resolved (the offline model's matcher, the inventory's resolver).
 */

/**
 * Unit words → one spelling. The one list of size units: the offline model's number reader (which numbers are sizes)
 * and the label matcher (sizes printed apart on a label) read theirs from it.
 */
const SIZE_UNITS: Record<string, string> = {
  kg: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  g: 'g',
  gr: 'g',
  grammes: 'g',
  l: 'l',
  litre: 'l',
  litres: 'l',
  liter: 'l',
  liters: 'l',
  ml: 'ml',
  cl: 'cl',
  كغ: 'kg',
  كلغ: 'kg',
  كيلو: 'kg',
  غ: 'g',
  لتر: 'l',
  مل: 'ml',
};

/** The size units as people write them (« kilo », « litres », « كغ »), each spelled once. */
export const SIZE_UNIT_WORDS: readonly string[] = Object.keys(SIZE_UNITS);

/** A unit word's one spelling (« kilos » → « kg », « لتر » → « l »), or undefined when the word is no size unit. */
export const sizeUnit = (word: string): string | undefined => (Object.hasOwn(SIZE_UNITS, word) ? SIZE_UNITS[word] : undefined);

/**
 * « 350 l'unité », « 350 l wahda » (« the one »): a price per piece, « l » being the article — no size of 350 litres (a
 * product « sucre 350 l » was proposed: the twenty-seventh session). « l'unité » always; « wahda / wahed / pièce » only after a
 * figure no bottle holds (30 or more): « zit 5 l wahda » is one 5-litre oil (the review).
 */
const ARTICLE_L = String.raw`(?<=\d\s*l)(?=\s*['’]?\s*unit[eé](?![\p{L}]))|(?<=(?<![\d.,])(?:[3-9]\d|\d{3,})\s*l)(?=\s*['’]?\s*(?:wahda|wa7da|wahed|wa7ed|wahd|pi[eè]ce)(?![\p{L}]))`;

const SIZE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(\\d+(?:[.,]\\d+)?)\\s*(${Object.keys(SIZE_UNITS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}])(?!${ARTICLE_L})`,
  'gu',
);

/** The sizes in a lower-case text, as tokens (« 5l », « 1.5l », « 250g ») with their offsets in that text. */
export function sizeTokens(lowerCase: string): { token: string; start: number; end: number }[] {
  const out: { token: string; start: number; end: number }[] = [];
  for (const m of lowerCase.matchAll(SIZE))
    out.push({ token: `${m[1].replace(',', '.')}${SIZE_UNITS[m[2]]}`, start: m.index, end: m.index + m[0].length });
  return out;
}

/** The sizes a text names, as tokens (any case). */
export const sizesOf = (text: string): string[] => sizeTokens(text.toLowerCase()).map((s) => s.token);

/**
 * True when sizes were typed and the product has sizes of its own, none of them a typed one: « semoule 25kg » is not
 * « Semoule 10kg ». A product whose names hold no size (« Baguette ») is never ruled out by one.
 */
export function sizesContradict(typed: readonly string[], productSizes: readonly string[]): boolean {
  return typed.length > 0 && productSizes.length > 0 && !productSizes.some((s) => typed.includes(s));
}
