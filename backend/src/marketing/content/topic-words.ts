import { normalizeText, STOP_WORDS, withinEdits } from '@tajer/contract';

/**
 * A marketing topic's words, folded by @tajer/contract's normaliser; "%", "'" and "-" are kept so "-20%" and
 * "l'huile" are read as typed.
 */
export function foldTopic(input: string): string {
  return normalizeText(input, { keep: "%'-" });
}

/** Words that make a topic a promotion rather than name what it is about ("promo", "offre"), besides the function words. */
const TOPIC_NOISE = new Set([
  // fr
  'promo',
  'promos',
  'promotion',
  'promotions',
  'offre',
  'offres',
  'special',
  'spécial',
  'speciale',
  'spéciale',
  'pack',
  'prix',
  'produits',
  'produit',
  'semaine',
  'mois',
  'jour',
  'jours',
  // en
  'sale',
  'sales',
  'deal',
  'deals',
  'offer',
  'offers',
  'discount',
  'week',
  'month',
  'day',
  'products',
  'product',
  'price',
  'prices',
  // ar (already folded: ى → ي, ة → ه)
  'عرض',
  'عروض',
  'تخفيض',
  'تخفيضات',
  'سعر',
  'اسعار',
  'منتجات',
  'منتوجات',
]);

/** Function words of product names and lexicon terms ("pois de terre", "ras el hanout"); "thé" is kept there. */
const NAME_FILLERS = new Set(['de', 'd', 'l', 'a', 'el', 'du', 'des', 'la', 'le', 'au', 'of']);

const isNoise = (w: string) => STOP_WORDS.has(w) || TOPIC_NOISE.has(w);

const hasLatinAccent = (word: string) => /[\u00C0-\u024F]/.test(word);

const splitWords = (folded: string) => folded.split(/[\s'-]+/).filter(Boolean);

/**
 * Meaningful words of a topic, folded; French/English plurals reduced so "dattes" meets "datte". The stopword test
 * runs before accents are folded, so "thé" (tea) survives while "the" and "à" go.
 */
export function keywords(input: string): string[] {
  const raw = input
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}%]+/u)
    .filter(Boolean);
  return raw
    .filter((w) => !isNoise(w) && (hasLatinAccent(w) || !isNoise(foldTopic(w))))
    .flatMap((w) => splitWords(foldTopic(w)))
    .filter((w) => w.length >= 2 && !/^\d+%?$/.test(w))
    .map(stem);
}

/** Words of a product name or lexicon term, folded, keeping content words such as "thé" or "eau". */
export function nameWords(input: string): string[] {
  return splitWords(foldTopic(input))
    .filter((w) => !NAME_FILLERS.has(w))
    .map(stem);
}

export function stem(word: string): string {
  if (/^[a-z]+$/.test(word) && word.length > 4 && /[sx]$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Whether two folded words are the same word give or take a typo, a plural or a prefix ("biscuit" ~ "biscuits"). */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // Arabic nouns take the article "ال" and prefixes like "ب"/"و": compare without them.
  if (/^[\u0600-\u06FF]+$/.test(short + long)) {
    const forms = arabicForms(long);
    return arabicForms(short).some((f) => forms.includes(f));
  }
  // Prefixes only from five letters: "lait" must not find "laitue".
  if (short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3) return true;
  if (short.length >= 5) return withinEdits(short, long, short.length >= 8 ? 2 : 1);
  return false;
}

/** The word with and without its article (and a one-letter proclitic before the article: "بال", "وال"). */
function arabicForms(word: string): string[] {
  const forms = [word];
  const bare = word.replace(/^[وبفلك]?ال/, '');
  if (bare !== word && bare.length >= 2) forms.push(bare);
  return forms;
}

/** Deterministic 32-bit hash (FNV-1a): the same topic always gets the same wording. */
export function hashString(input: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
