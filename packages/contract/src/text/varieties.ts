import { normalizeText, STOP_WORDS } from './normalize';

/**
 * A variety typed right after a product's word (« sucre roux », « lait en poudre », « pain complet », « huile d'olive »,
 * « حليب غبرة ») is another product than one whose names hold none of its words, as a size is (sizes.ts): a sale of the
 * white sugar was proposed for « sucre roux », of the milk in sachets for « lait en poudre ». One list, in every language,
 * for the NLU and the product resolver; words folded (`normalizeText`), plurals and the Arabic article spelled out.
 * `holds`: more words a product's name may hold for it (« Café moulu » is coffee in powder — but « moulu » typed names no
 * variety: most coffee sold is ground, whatever its name says).
 */
const VARIETIES: readonly { says: readonly string[]; holds?: readonly string[] }[] = [
  { says: ['roux', 'rousse', 'brun', 'brune', 'bruns', 'brunes', 'cassonade', 'brown', 'asmar', 'بني', 'اسمر'] },
  {
    says: ['poudre', 'powder', 'powdered', 'ghobra', 'ghabra', 'غبره', 'بودره', 'مسحوق', 'مجفف'],
    holds: ['moulu', 'moulue', 'ground', 'مطحون'],
  },
  { says: ['complet', 'complete', 'complets', 'completes', 'integral', 'integrale', 'integraux', 'integrales', 'wholemeal'] },
  { says: ['morceau', 'morceaux', 'cube', 'cubes'] },
  { says: ['olive', 'olives', 'zitoun', 'zitoune', 'زيتون', 'الزيتون'] },
];
/** Each word that names a variety → the words a product's name may hold for it. */
const GROUP_OF = new Map(VARIETIES.flatMap((v) => v.says.map((w): [string, readonly string[]] => [w, [...v.says, ...(v.holds ?? [])]])));
/** Sugar « en poudre » is the ordinary sugar, not a variety of it. */
const POWDER = GROUP_OF.get('poudre');
const SUGAR = new Set(['sucre', 'sugar', 'sokar', 'sukar', 'سكر', 'السكر']);
/** Said before the product (English's order, « brown sugar », « olive oil »; French « morceaux de sucre »). */
const SAID_BEFORE = new Set(['brown', 'powdered', 'wholemeal', 'olive', 'morceau', 'morceaux', 'cube', 'cubes']);

/** The variety `word` names after `before` (both folded words), if it names one: « roux » after « sucre ». */
export function varietyAfter(before: string, word: string): readonly string[] | undefined {
  const group = GROUP_OF.get(word);
  if (!group || GROUP_OF.has(before) || /^\d/.test(before)) return undefined;
  return group === POWDER && SUGAR.has(before) ? undefined : group;
}

/** The variety `word` names before `after`, if it names one there: « brown » before « sugar », « morceaux » before « sucre ». */
export function varietyBefore(word: string, after: string): readonly string[] | undefined {
  return SAID_BEFORE.has(word) && !GROUP_OF.has(after) && !/^\d/.test(after) ? GROUP_OF.get(word) : undefined;
}

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
