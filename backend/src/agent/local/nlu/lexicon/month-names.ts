/**
 * Month names as Algerian shops write them: French, English, the Maghreb's Arabic names (جانفي, أفريل, جوان, جويلية,
 * أوت) and the Mashriq's (يناير, أبريل, يونيو, يوليو, أغسطس). Index 0 is January. Darija in Latin letters uses the
 * French names.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['janvier', 'january', 'جانفي', 'يناير'],
  ['fevrier', 'février', 'february', 'فيفري', 'فبراير'],
  ['mars', 'march', 'مارس'],
  ['avril', 'april', 'أفريل', 'افريل', 'أبريل', 'ابريل'],
  ['mai', 'may', 'ماي', 'مايو'],
  ['juin', 'june', 'جوان', 'يونيو'],
  ['juillet', 'july', 'جويلية', 'يوليو'],
  ['aout', 'août', 'august', 'أوت', 'اوت', 'أغسطس', 'اغسطس'],
  ['septembre', 'september', 'سبتمبر'],
  ['octobre', 'october', 'أكتوبر', 'اكتوبر'],
  ['novembre', 'november', 'نوفمبر'],
  ['decembre', 'décembre', 'december', 'ديسمبر'],
];

/**
 * Names that are also ordinary words (« may », « march », the chocolate bar « Mars », « ماي » for water): a month only
 * after a preposition that says « during » (« en mars », « in May », « في ماي », not « combien de Mars »), after a day,
 * or before a year.
 */
export const AMBIGUOUS_MONTH_NAMES: ReadonlySet<string> = new Set(['mars', 'march', 'may', 'ماي']);

/** What may stand before a month's name: « en octobre », « du mois d'octobre », « in October », « f octobre », « في أكتوبر ». */
export const MONTH_PREPOSITIONS = ['en', 'de', 'du', 'd', 'depuis', 'pendant', 'in', 'of', 'for', 'during', 'f', 'fi', 'في', 'شهر', 'خلال'];

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
