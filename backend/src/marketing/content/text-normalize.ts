/**
 * Folding used to compare what the owner typed with product names: case, French accents, Arabic diacritics and
 * letter variants (أ/إ/آ → ا, ة → ه, ى → ي) and curly quotes must not decide whether "semoule" finds "Sémoule".
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[’‘`´]/g, "'")
    .replace(/œ/g, 'oe')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%'\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const STOPWORDS = new Set([
  // fr
  'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'd', 'l', 'et', 'ou', 'pour', 'avec', 'sur', 'en', 'au', 'aux',
  'a', 'à', 'nos', 'notre', 'vos', 'votre', 'ce', 'cette', 'ces', 'promo', 'promos', 'promotion', 'promotions', 'offre',
  'offres', 'special', 'spécial', 'speciale', 'spéciale', 'pack', 'prix', 'produits', 'produit', 'semaine', 'mois', 'jour', 'jours',
  // en
  'the', 'of', 'for', 'and', 'or', 'with', 'on', 'in', 'to', 'our', 'your', 'sale', 'sales', 'deal', 'deals',
  'offer', 'offers', 'discount', 'week', 'month', 'day', 'products', 'product', 'price', 'prices',
  // ar (already folded: ى → ي, ة → ه)
  'في', 'من', 'علي', 'الي', 'مع', 'عن', 'و', 'عرض', 'عروض', 'تخفيض', 'تخفيضات', 'سعر', 'اسعار', 'منتجات', 'منتوجات',
  // darija (latin)
  'f', 'fi', 'men', 'mta3', 'ta3', 'dyal',
]);

/** Function words of product names and lexicon terms ("pois de terre", "ras el hanout"); "thé" is kept there. */
const NAME_FILLERS = new Set(['de', 'd', 'l', 'a', 'el', 'du', 'des', 'la', 'le', 'au', 'of']);

const hasLatinAccent = (word: string) => /[\u00C0-\u024F]/.test(word);

const splitWords = (folded: string) => folded.split(/[\s'-]+/).filter(Boolean);

/**
 * Meaningful words of a topic, folded; French/English plurals reduced so "dattes" meets "datte". The stopword test
 * runs before accents are folded, so "thé" (tea) survives while "the" and "à" go.
 */
export function keywords(input: string): string[] {
  const raw = input.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}%]+/u).filter(Boolean);
  return raw
    .filter((w) => !STOPWORDS.has(w) && (hasLatinAccent(w) || !STOPWORDS.has(normalizeText(w))))
    .flatMap((w) => splitWords(normalizeText(w)))
    .filter((w) => w.length >= 2 && !/^\d+%?$/.test(w))
    .map(stem);
}

/** Words of a product name or lexicon term, folded, keeping content words such as "thé" or "eau". */
export function nameWords(input: string): string[] {
  return splitWords(normalizeText(input))
    .filter((w) => !NAME_FILLERS.has(w))
    .map(stem);
}

export function stem(word: string): string {
  if (/^[a-z]+$/.test(word) && word.length > 4 && /[sx]$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds max (names are short). */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
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
  if (short.length >= 5) return editDistance(short, long, short.length >= 8 ? 2 : 1) <= (short.length >= 8 ? 2 : 1);
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
