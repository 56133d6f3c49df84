/**
 * Month names as Algerian shops write them: French, English, the Maghreb's Arabic names (جانفي, أفريل, جوان, جويلية,
 * أوت) and the Mashriq's (يناير, أبريل, يونيو, يوليو, أغسطس). Index 0 is January. Darija in Latin letters uses the
 * French names.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['janvier', 'january', 'jan', 'جانفي', 'يناير'],
  ['fevrier', 'février', 'february', 'feb', 'فيفري', 'فبراير'],
  ['mars', 'march', 'mar', 'مارس'],
  ['avril', 'april', 'apr', 'أفريل', 'افريل', 'أبريل', 'ابريل'],
  ['mai', 'may', 'ماي', 'مايو'],
  ['juin', 'june', 'jun', 'جوان', 'يونيو'],
  ['juillet', 'july', 'jul', 'جويلية', 'يوليو'],
  ['aout', 'août', 'august', 'aug', 'أوت', 'اوت', 'أغسطس', 'اغسطس'],
  ['septembre', 'september', 'sept', 'sep', 'سبتمبر'],
  ['octobre', 'october', 'oct', 'أكتوبر', 'اكتوبر'],
  ['novembre', 'november', 'nov', 'نوفمبر'],
  ['decembre', 'décembre', 'december', 'dec', 'ديسمبر'],
];

/**
 * Names that are also ordinary words (« may », « march », the chocolate bar « Mars », « ماي » for water) (« sept » is seven, « Jan » a first name): a month only
 * after a preposition that says « during » (« en mars », « in May », « في ماي », not « combien de Mars »), after a day,
 * or before a year.
 */
export const AMBIGUOUS_MONTH_NAMES: ReadonlySet<string> = new Set(['mars', 'march', 'mar', 'may', 'ماي', 'jan', 'sept']);

/**
 * English abbreviations (« Dec 1 », « Sept 3 »): « paid the rent on Dec 1 35000 » had no date (and its 1 was money or a
 * count). Written before their day like the full names.
 */
export const ENGLISH_MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** What may stand before a month's name: « en octobre », « du mois d'octobre », « in October », « f octobre », « في أكتوبر ». */
export const MONTH_PREPOSITIONS = [
  'en',
  'de',
  'du',
  'd',
  'depuis',
  'pendant',
  'in',
  'of',
  'for',
  'during',
  'on',
  'f',
  'fi',
  'في',
  'شهر',
  'خلال',
];

/** The prepositions that make an ambiguous name a month. */
export const DURING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'en',
  'depuis',
  'pendant',
  'in',
  'during',
  'f',
  'fi',
  'في',
  'شهر',
  'خلال',
]);
