/**
 * Search-text normalisation, shared by the database (SQL function `tajer_search_norm`, migration
 * 20261122000200_inventory_search) and the app (label matching, unit specs). Both must produce the same string;
 * test/inventory/search.test.ts compares them on the whole demo catalogue.
 *
 * The output is lowercase ASCII words ([a-z0-9] separated by single spaces):
 * - Latin: accents removed (é → e, œ → oe), so "cafe" finds "Café".
 * - Arabic: tashkeel and tatweel stripped, alef/hamza forms unified, taa marbuta → ha, alef maqsura → ya, then each
 *   letter is written in Latin (سَمِيد → سميد → "smid"). Transliterating is what lets pg_trgm work on Arabic at all:
 *   pg_trgm only builds trigrams from characters the database's LC_CTYPE calls alphanumeric, and under the C ctype of
 *   our clusters Arabic letters are not. As a bonus, the Latin form is close to how Darija is typed ("smid", "zit").
 */

/** Arabic letters written with one Latin letter. Letters that sound alike share one (ص/س, ط/ت, ح/ه/ة, ى/ي…). */
const ARABIC_TO_LATIN: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'a',
  آ: 'a',
  ٱ: 'a',
  ع: 'a',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ط: 't',
  ج: 'j',
  ح: 'h',
  ه: 'h',
  ة: 'h',
  ۀ: 'h',
  د: 'd',
  ض: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ص: 's',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ک: 'k',
  گ: 'g',
  ڤ: 'g', // Algerian spelling writes the /g/ of Darija with ڤ
  ل: 'l',
  م: 'm',
  ن: 'n',
  و: 'u',
  ؤ: 'u',
  ي: 'i',
  ى: 'i',
  ئ: 'i',
  ی: 'i',
  // Arabic-Indic and Eastern Arabic-Indic digits.
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
};

/** Letters written with two Latin letters (done after the one-letter map, like the SQL `replace` calls). */
const ARABIC_DIGRAPHS: Record<string, string> = { ث: 'th', خ: 'kh', ذ: 'dh', ظ: 'dh', ش: 'ch', غ: 'gh', چ: 'ch' };

/** Deleted: tashkeel and other Arabic marks (U+064B–U+065F, U+0670), tatweel, a lone hamza. */
const ARABIC_DELETED = /[\u064B-\u065F\u0670\u0640\u0621]/g;

/** Latin letters that do not decompose under NFKD but that PostgreSQL's unaccent rewrites. */
const LATIN_SPECIAL: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ĳ: 'ij',
  ŀ: 'l',
};

const ONE_LETTER = new RegExp(`[${Object.keys(ARABIC_TO_LATIN).join('')}]`, 'g');
const DIGRAPH = new RegExp(`[${Object.keys(ARABIC_DIGRAPHS).join('')}]`, 'g');
const SPECIAL = new RegExp(`[${Object.keys(LATIN_SPECIAL).join('')}]`, 'g');

/** Normalises text for searching and matching; see the file comment. */
export function normalizeSearchText(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(SPECIAL, (c) => LATIN_SPECIAL[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents, and Arabic tashkeel (NFKD also splits أ into ا + hamza above)
    .replace(ARABIC_DELETED, '')
    .replace(ONE_LETTER, (c) => ARABIC_TO_LATIN[c])
    .replace(DIGRAPH, (c) => ARABIC_DIGRAPHS[c])
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words of a normalised text. */
export function searchTokens(input: string): string[] {
  const normalized = normalizeSearchText(input);
  return normalized ? normalized.split(' ') : [];
}

/** The SQL `translate()` arguments that mirror ARABIC_TO_LATIN + ARABIC_DELETED (used to write/check the migration). */
export function sqlTranslateArguments(): { from: string; to: string } {
  const letters = Object.keys(ARABIC_TO_LATIN);
  const deleted =
    '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065A\u065B\u065C\u065D\u065E\u065F\u0670\u0640\u0621';
  return { from: letters.join('') + deleted, to: letters.map((l) => ARABIC_TO_LATIN[l]).join('') };
}

export const SQL_DIGRAPHS = ARABIC_DIGRAPHS;
