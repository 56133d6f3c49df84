import { normalizeText, STOP_WORDS } from './normalize';

/**
 * A variety typed next to a product's word (« sucre roux », « lait en poudre », « pain complet », « huile d'olive »,
 * « حليب غبرة ») is another product than one whose names hold none of its words, as a size is (sizes.ts): a sale of the
 * white sugar was proposed for « sucre roux », of the milk in sachets for « lait en poudre ». One list, in every language,
 * for the NLU and the product resolver; words folded (`normalizeText`), plurals and the Arabic article spelled out.
 * `of`: the products a variety tells apart (« morceaux de fromage », « sel en poudre », « plateau complet » are the
 * ordinary goods — the reviewer); `holds`: more words a product's name may hold for it (« Lait en poudre » is « حليب مجفف »).
 */
const SUGAR = ['sucre', 'sucres', 'sugar', 'sokar', 'sukar', 'سكر', 'السكر'];
const BREADS = ['pain', 'pains', 'baguette', 'baguettes', 'bread', 'khobz', 'خبز', 'farine', 'farines', 'flour', 'pates', 'pasta'];
const VARIETIES: readonly { says: readonly string[]; of: readonly string[]; holds?: readonly string[] }[] = [
  {
    says: ['roux', 'rousse', 'brun', 'brune', 'bruns', 'brunes', 'cassonade', 'brown', 'بني', 'اسمر'],
    of: [...SUGAR, 'riz', 'rice', 'رز', 'ارز', ...BREADS],
  },
  {
    says: ['poudre', 'powder', 'powdered', 'ghobra', 'ghabra', 'غبره', 'بودره', 'مسحوق', 'مجفف'],
    of: ['lait', 'laits', 'milk', 'halib', '7lib', 'hlib', 'حليب', 'الحليب'],
    holds: ['moulu', 'moulue', 'ground', 'مطحون'],
  },
  {
    says: ['complet', 'complete', 'complets', 'completes', 'integral', 'integrale', 'integraux', 'integrales', 'wholemeal'],
    of: [...BREADS, 'riz', 'rice'],
  },
  { says: ['morceau', 'morceaux', 'cube', 'cubes'], of: SUGAR },
  { says: ['olive', 'olives', 'zitoun', 'zitoune', 'زيتون', 'الزيتون'], of: ['huile', 'huiles', 'oil', 'zit', 'زيت', 'الزيت'] },
];
/** Each word that names a variety → its variety. */
const VARIETY_OF = new Map(VARIETIES.flatMap((v) => v.says.map((w): [string, (typeof VARIETIES)[number]] => [w, v])));
/** Said before the product (English's order, « brown sugar », « olive oil »; French « morceaux de sucre »). */
const SAID_BEFORE = new Set(['brown', 'powdered', 'wholemeal', 'olive', 'morceau', 'morceaux', 'cube', 'cubes']);

/** The words a product's name may hold for the variety `word` names next to `product`, if it names one there. */
function varietyNext(product: string, word: string): readonly string[] | undefined {
  const v = VARIETY_OF.get(word);
  return v && v.of.includes(product) ? [...v.says, ...(v.holds ?? [])] : undefined;
}

/** The variety `word` names after `before` (both folded words), if it names one: « roux » after « sucre ». */
export const varietyAfter = (before: string, word: string): readonly string[] | undefined => varietyNext(before, word);

/** The variety `word` names before `after`, if it names one there: « brown » before « sugar », « morceaux » before « sucre ». */
export const varietyBefore = (word: string, after: string): readonly string[] | undefined =>
  SAID_BEFORE.has(word) ? varietyNext(after, word) : undefined;

/** The varieties a product's name as typed names (« sucre roux 1kg », « brown sugar » → the brown ones). */
export function varietiesTyped(text: string): (readonly string[])[] {
  const words = normalizeText(text)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w));
  return words.flatMap((w, i) => {
    const group =
      (i > 0 ? varietyAfter(words[i - 1], w) : undefined) ?? (i + 1 < words.length ? varietyBefore(w, words[i + 1]) : undefined);
    return group ? [group] : [];
  });
}

/** True when a variety was typed that none of the product's names holds: « sucre roux » is not « Sucre blanc 1kg ». */
export function varietiesContradict(typed: readonly (readonly string[])[], productNames: readonly string[]): boolean {
  if (!typed.length) return false;
  const words = new Set(productNames.flatMap((n) => normalizeText(n).split(' ')));
  return typed.some((group) => !group.some((w) => words.has(w)));
}
