import { daysAgoSpans } from './past-day';
import { JOINS_NEXT, JOINS_PREVIOUS } from '../../../../customers/name-skeleton';
import { FIRST_NAMES_ARABIC, FIRST_NAMES_LATIN, NAME_TITLES } from '../lexicon/people';
import { fold, foldOffsets, isArabicWord, stripArabicPrefix, tokenize } from '../normalize';
import { cueRegex, escapeRegex, foldForCues } from './cue-regex';
import { PACKAGING_WORDS } from './cues';
import { namesBill } from './categories';
import { extractHour } from './hour';
import { extractNamedMonth } from './named-month';
import { NEW_PRODUCT_NAMED } from './intent-cues/catalog';
import { hasOwedCue, ON_ACCOUNT, ON_CREDIT } from './intent-cues/credit';
import { hasCustomerPaidCue } from './intent-cues/payments';
import { isInfoQuestion } from './intent-cues/questions';
import { TAKING_VERBS } from './intent-cues/sales';
import { mentionsSupplier } from './intent-cues/suppliers';
import { extractNumbers, saysHasBefore, type NumberMention } from './numbers';
import { UNPAID, unpaidSale } from './unpaid-sale';
import { entryName, entryNames, type ProductMatcher } from './product';
import type { NluLang, Resolution } from '../types';

/**
 * What a sale, a payment or a new product is made of, read from the owner's words: the lines of a sale ("3 sucre et
 * 2 café à 95 DA"), the customer ("à Ahmed", "لأحمد", "Karim a pris…"), how it was paid ("kridi", "CIB", "بالذهبية"),
 * and a new product's name, price, cost and stock. Offsets are in the folded text, like every extractor's.
 */

import type { PaymentMethod } from '@tajer/contract';

export type { PaymentMethod };

const PAYMENT_CUES: [PaymentMethod, RegExp][] = [
  [
    'credit',
    cueRegex([
      ...ON_CREDIT,
      'en credit',
      'sur le carnet',
      'au carnet',
      'will pay later',
      // « Karim took 3 breads, he'll pay tomorrow » was recorded as paid cash.
      'he ll pay',
      'she ll pay',
      'they ll pay',
      'pay tomorrow',
      // Any day to come (« karim a pris 3 sucre, il paie lundi prochain », « he pays tomorrow »: paid cash — the review).
      'pays tomorrow',
      'pays next week',
      'paie dans',
      'paiera dans',
      'paiement demain',
      'l argent demain',
      'demain il paie',
      'ghodwa ykhalas',
      'ghodwa ykhalles',
      'غدوة يخلص',
      'pays in',
      'will pay in',
      'paie lundi prochain',
      'paie la semaine prochaine',
      'paiera la semaine prochaine',
      'paie le mois prochain',
      'paiera le mois prochain',
      'paie demain',
      'paye demain',
      'payer demain',
      'ykhalles ghedwa',
      'ykhalless ghedwa',
      'ykhalas ghodwa',
      'يخلص غدوة',
      'bel kridi',
      'b kridi',
      // Latin Darija spells it with an e too (« kredi », « lkredi »: ON_CREDIT): « Karim ddah 2 zit kredi » was paid cash.
      'bel kredi',
      'b kredi',
      'ykhalles mba3d',
      'ykhalas mba3d',
      'يخلص من بعد',
      'يخلص مبعد',
      // Without paying: « كريم داه 2 سكر بلا ما يخلص ».
      'بلا ما يخلص',
      'بلا ما خلص',
      'bla ma ykhalles',
      'bla ma ykhalas',
      'ما خلصش',
      'ماخلصش',
      'ma khallasch',
      'makhallasch',
      ...ON_ACCOUNT,
    ]),
  ],
  // « Nadia ddat 3 hlib w ma khalsatch » (and she did not pay) was a sale paid cash. Only after « w », « و » or a comma:
  // « lhlib ma khalsatch », « الستوك ما خلصش » say the goods have not run out.
  [
    'credit',
    /(?:(?:^|\s)(?:w|و)\s*|,\s*|،\s*)(?:ma\s+khl?al?l?s(?:at)?ch|makhal?l?s(?:at)?ch|ما\s*خلصت?ش)(?![\p{L}\p{N}])(?!\s+(?:l|el|ال)?(?:stock|stok|ستوك|مخزون|sel3a|سلعة))/u,
  ],
  // Right after goods taken, ending the message (« Nadia ddat 3 hlib ma khalsatch »): the one who took them did not pay.
  // Not asked or supposed (« wach / wesh / ida … »), not denied (« Karim ma dda … »), one taker only (« Karim ddah 2 sokar w
  // Nadia ddat 3 zit ma khalsatch » put both on one account), the goods one word, nothing after (« …, khlas cash »).
  [
    'credit',
    /(?<!(?:^|\s)(?:wach|wesh|wech|ida|ila|kima|واش|وش|إذا|اذا|كيما|ma|ما|ddat|ddah|dda|ddaha|داه|دات|داها)(?:\s[^]*)?)(?:^|\s)(?:ddat|ddah|dda|ddaha|داه|دات|داها)\s+\d+\s+[^\s,،]+\s+(?:ma\s+khl?al?l?s(?:at)?ch|makhal?l?s(?:at)?ch|ما\s*خلصت?ش)\s*[.!]?\s*$/u,
  ],
  ['baridimob', cueRegex(['baridimob', 'baridi mob', 'baridi', 'بريدي موب', 'بريدي موبايل', 'بريدي'])],
  [
    'edahabia',
    cueRegex([
      'edahabia',
      'dahabia',
      'eddahabia',
      'carte dorée',
      'carte doree',
      'carte edahabia',
      'golden card',
      'الذهبية',
      'البطاقة الذهبية',
      'بالذهبية',
      'الداهبية',
    ]),
  ],
  ['cib', cueRegex(['cib', 'carte cib', 'بطاقة cib'])],
  [
    'card',
    cueRegex([
      'carte',
      'carte bancaire',
      'par carte',
      'card',
      'by card',
      'tpe',
      'visa',
      'mastercard',
      'بطاقة',
      'بالبطاقة',
      'لاكارط',
      'karta',
    ]),
  ],
  [
    'cash',
    cueRegex([
      'cash',
      'espèces',
      'especes',
      'en liquide',
      'liquide',
      'cache',
      'comptant',
      'in cash',
      'كاش',
      'نقدا',
      'نقدًا',
      'كاش كاش',
      'بالدراهم',
      'bel cash',
    ]),
  ],
  // « vendu 3 sucre sur le compte de Karim », « on Karim's account »: his account in the shop — not a payment made to
  // an account (« payé sur le compte de sa femme », « versement sur son compte CCP »), nor « pas sur son compte ». Last:
  // a method said outright (« baridimob sur le compte de ma femme », « cash, rien sur son compte ») comes first.
  [
    'credit',
    /(?<!(?:paye|payee|versement|virement|verse|transfer|paid|pas|rien|not|no|never)\s+)(?<![\p{L}])(?:sur (?:le |son )?compte(?! ccp| bancaire| postal)|on (?:his|her|the|\p{L}+ s) account)(?![\p{L}])/u,
  ],
];

/** Each payment method's cues (« kridi », « cash », « بالذهبية »…), for the readers that only need to spot one. */
export const PAYMENT_VALUE_REGEXES: readonly RegExp[] = [...PAYMENT_CUES.map(([, re]) => re), UNPAID];

/** Credit denied: « cash, machi kredi », « pas de crédit », « ma bghach kridi », « بلا كريدي ». */
const NOT_ON_CREDIT =
  /(?<![\p{L}\p{N}])(?:machi|mechi|mashi|pas de|pas a|pas à|pas en|pas|sans|bla|bidoun|ma bghach|ma kanch|ma kanech|ماشي|بلا|بدون|not on|no)\s+(?:(?:b|bel|bl|bi|à|a|en|ب)\s*)?(?:l|el|ال)?(?:kridi|kredi|credit|crédit|كريدي|الكريدي)(?![\p{L}\p{N}])/u;

export const deniesCredit = (text: string): boolean => NOT_ON_CREDIT.test(foldForCues(text));

export function extractPaymentMethod(text: string): PaymentMethod | undefined {
  const folded = foldForCues(text);
  // A credit the message denies is no credit: the next method said (« cash ») or none.
  const denied = NOT_ON_CREDIT.test(folded);
  const method = PAYMENT_CUES.find(([method, re]) => !(denied && method === 'credit') && re.test(folded))?.[0];
  return method ?? (!denied && unpaidSale(folded) && !namesBill(text) ? 'credit' : undefined);
}

export interface NameMention {
  /** As the user wrote it (title removed): "Ahmed", "أحمد", "Mme Nadia" → "Nadia". */
  name: string;
  /** Span in the folded text, preposition included, so the other extractors can ignore it. */
  start: number;
  end: number;
}

const NO_NAMES: ReadonlySet<string> = new Set();
const LATIN_NAMES = new Set(FIRST_NAMES_LATIN.map((n) => fold(n)));
const ARABIC_NAMES = new Set(FIRST_NAMES_ARABIC.map((n) => fold(n)));
const TITLES = new Set(NAME_TITLES.map((t) => fold(t)));
/** Words that introduce the customer: "à Ahmed", "pour Karim", "to Samir", "l Ahmed", "3and Karim". */
export const TO_WORDS: ReadonlySet<string> = new Set([
  'a',
  'pour',
  'to',
  'for',
  'l',
  'chez',
  'de',
  'from',
  'par',
  'client',
  'cliente',
  '3and',
  'and',
  'عند',
  'على',
  'من',
]);
/** Verbs after a customer who opens the sentence: "Karim a pris…", "Ahmed khallasni…", "كريم يتسالني…". */
/** The word before a customer's name in a question about what they owe: « combien me doit X », « how much does X owe ». */
const OWING_BEFORE_NAME = new Set(['doit', 'does', 'did']);
/** Darija prepositions and conjunctions that follow a name (« bel kridi », « fel carnet », « m3a … »), and « non » / « not » (« à Karim non réglé »). */
const NOT_SURNAMES = new Set([
  'non',
  'not',
  'ولم',
  'لم',
  'وما',
  'دون',
  'بدون',
  // « sold 3 milk to Karim without paying », « l karim bla ma ykhalass »: « Karim without » was the customer.
  'without',
  'sans',
  'bla',
  'bela',
  'بلا',
  'bel',
  'bl',
  'fel',
  'fl',
  'men',
  'mel',
  'm3a',
  'ma3a',
  '3la',
  'lel',
  'wel',
  'ta3',
  'dyal',
  // « vendu 4 café à samir dimanche » named « samir dimanche » (the review): a day is no family name.
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'demain', 'aujourd', 'ce', 'cet'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'tomorrow', 'today'],
  ...['lbare7', 'ghodwa', 'lyoum', 'البارح', 'غدوة', 'اليوم', 'السبت', 'الاحد', 'الخميس', 'الجمعه', 'الثلاثاء', 'الاربعاء'],
]);

const AFTER_SUBJECT = cueRegex([
  'a',
  'm a',
  'nous a',
  'me doit',
  'doit',
  'a pris',
  'a achete',
  'ont pris',
  'a paye',
  'a rembourse',
  'a regle',
  'a une dette',
  'est passe',
  'owes',
  'paid',
  'took',
  'bought',
  'has',
  'repaid',
  'settled',
  'khallasni',
  'khalasni',
  'khalsat',
  'khallas',
  // What someone says, and a denial (« Karim dit qu'il a payé 500 », « كريم قالي خلصت 500 », « Karim never paid ») named
  // « Karim dit », « كريم قالي », « Karim never »: a new customer of that name was proposed.
  // Not « said »: « Saïd » is a name (« Mohamed Said a payé 500 »); typed in lower case after a name it is the verb (isSurname).
  ...['dit', 'dis', 'says', 'told', 'tells', 'never', 'still', 'hasn', 'didn', 'gal', 'galli', 'galet', 'galetli'],
  ...['9al', '9alli', '9alet', 'qal', 'قال', 'قالي', 'قاللي', 'قالت', 'قالتلي', 'يقول', 'تقول'],
  // A wish, a present or a future after the name (« Karim veut 3 sucre à crédit », « بعت 3 سكر لكريم يخلص غدوة », « bi3t 3
  // sokar l karim ykhalas ghodwa » named « Karim veut », « كريم يخلص », « karim ykhalas »: the twenty-sixth review).
  ...['veut', 'voudrait', 'prend', 'prendra', 'paie', 'paye', 'paiera', 'payera', 'wants', 'will', 'pays'],
  ...['ykhalas', 'ykhalass', 'ykhalles', 'ykhales', 'bgha', 'يخلص', 'يدفع', 'يبغي', 'يريد', 'بغى'],
  // « كريم أخذ 3 سكر بالدين », « كريم يحب 2 حليب » named « كريم أخذ », « كريم يحب » (the fourth review).
  ...['اخذ', 'أخذ', 'خذا', 'خذى', 'خدا', 'داه', 'دا', 'شرى', 'اشترى', 'يحب', 'حب', 'حاب', 'جاب', 'عطاني', 'ادى', 'voulait', 'a voulu'],
  ...['عطيتو', 'عطيتلو', 'عطيته', 'اعطيته', 'عطيتها'],
  // « Karim khlas kamel » named « Karim khlas »: his balance was not found.
  'khlas',
  'khalas',
  'khlasni',
  'chra',
  'chrat',
  'yetsalni',
  'tetsalni',
  'ysalni',
  'tsalni',
  'yetsal',
  'tetsal',
  'ysal',
  'tsal',
  'rajja3li',
  'dfa3li',
  'dda',
  // « Hichem khda crédit 500 DA » named « Hichem khda »: she/he took (Darija, TAKING_VERBS below), never a family name.
  'ddat',
  'khed',
  'dda b',
  '3lih',
  '3liha',
  'jab',
  'jabli',
  'khallsat',
  'khallsatni',
  'ddit',
  'nakas',
  'na9as',
  'na9es',
  'نقص',
  'جاب',
  'جابلي',
  'خلصني',
  'خلصت',
  'خلص',
  'يتسالني',
  'تتسالني',
  'يتسال',
  'تتسال',
  'دا',
  'دات',
  ...TAKING_VERBS,
  'شرا',
  'شرات',
  'رجعلي',
  'عليه',
  'عليها',
  'مدين',
  'مدينة',
  'سدد',
  'دفع',
  // « كريم عطاني 1000 » (Karim gave me) named « كريم عطاني ».
  'عطاني',
  'عطاتني',
  'a3tani',
  '3tani',
  '3tatni',
  'a3tatni',
]);

/** The display form of a folded Latin name: "ahmed" → "Ahmed". */
const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * The customer a message names, if any. Capitalised words after "à/pour/to" or opening the sentence before a verb of
 * buying or owing, first names the lexicon knows in either script, and titles ("Mme Nadia") are recognised; a word
 * that is a product in the catalogue is never a customer.
 */
export function extractCustomer(
  text: string,
  matcher: ProductMatcher,
  lang: NluLang,
  commonWords: ReadonlySet<string>,
  /** The first names of the shop's own customers (folded): « combien me doit Hichem ? » names one of them. */
  knownNames: ReadonlySet<string> = NO_NAMES,
): NameMention | undefined {
  const named = nameMention(text, matcher, lang, commonWords, knownNames);
  if (!named) return undefined;
  const mention = reportedName(text, named, matcher, lang, commonWords, knownNames) ?? named;
  // « Amel Ait Kaci (05 46 37 60 03) »: two customers of the same name are told apart by their phone — the text a
  // choice sends for namesakes. The phone goes with the name (the customer's lookup matches it), and its digits are
  // no quantity or amount.
  const phone = PHONE_AFTER_NAME.exec(foldForCues(text).slice(mention.end));
  const digits = phone?.[1].replace(/\D/g, '') ?? '';
  if (!phone || digits.length < 9 || digits.length > 12) return mention;
  return { name: `${mention.name} (${phone[1].trim()})`, start: mention.start, end: mention.end + phone[0].length };
}

/** What someone says, right after his name (« Karim said », « Karim dit que », « كريم قالي »): the news is about another. */
const SAYS_THAT =
  /^\s*(?:said|says|told me|dit|a dit|m a dit|gal|galli|galet|9al|9alli|qal|قال|قالي|قاللي|قالت|قالتلي)\s+(?:que\s+|qu\s+|that\s+|belli\s+|بلي\s+|بأن\s+|ان\s+)?/u;

const TOLD_TO = /^\s*(?:a|à|to|l|ل)(?![\p{L}])|^\s*ل/u;
const ABOUT_HIM = /(?<![\p{L}])(?:him|lui|lih|lah|ليه|لو|for him|pour lui)(?![\p{L}])/u;

/**
 * « Karim said Nadia paid 500 », « كريم قال نادية خلصت 500 »: the customer is the one named after what Karim says (Karim's
 * account was proposed). Undefined when no one else is named (« Karim dit qu'il a payé 500 » is Karim's).
 */
function reportedName(
  text: string,
  speaker: NameMention,
  matcher: ProductMatcher,
  lang: NluLang,
  commonWords: ReadonlySet<string>,
  knownNames: ReadonlySet<string>,
): NameMention | undefined {
  const says = SAYS_THAT.exec(foldForCues(text).slice(speaker.end));
  if (!says) return undefined;
  // Folding keeps the length of what a name and these words are made of: the same offset in the text as typed, so the
  // name keeps its case and letters (« Nadia », « نادية »).
  const from = speaker.end + says[0].length;
  const rest = text.slice(from);
  // « Karim dit à Nadia … » (the one he told), « Nadia paid him 500 », « lui doit » (the money is the speaker's): no.
  if (TOLD_TO.test(fold(rest)) || ABOUT_HIM.test(fold(rest))) return undefined;
  const other = nameMention(rest, matcher, lang, commonWords, knownNames);
  if (!other || fold(other.name) === fold(speaker.name)) return undefined;
  return { name: other.name, start: other.start + from, end: other.end + from };
}

/** A phone number right after a name: « (05 46 37 60 03) », « , tel 0546376003 », « 0550 12 34 56 ». */
const PHONE_AFTER_NAME = /^\s*,?\s*\(?\s*(?:tel\.?\s*:?\s*|هاتف\s*:?\s*)?((?:\+213|0)(?:[\s.]?\d){8,9})(?!\d)\s*\)?/u;

function nameMention(
  text: string,
  matcher: ProductMatcher,
  lang: NluLang,
  commonWords: ReadonlySet<string>,
  knownNames: ReadonlySet<string>,
): NameMention | undefined {
  const folded = foldForCues(text);
  const tokens = tokenize(folded);
  const original = text.replace(/\s+/g, ' ').trim();
  const rawWords = original.match(/[\p{L}\p{M}\p{N}'’-]+/gu) ?? [];
  const isProductWord = (w: string) => !!matcher.find(w, lang)?.entry || !!matcher.findConcepts(w, lang).length;
  // A word that may be someone's name: no product, common word or packaging word (« carton », « كيس »).
  const plainWord = (w: string) => !isProductWord(w) && !commonWords.has(w) && !PACKAGING_WORDS.has(w);
  // A verb or cue right after a subject (« a payé », « yetsalni », « khallasni »): never part of a name.
  const subjectCue = (w: string) => AFTER_SUBJECT.test(w) || hasCustomerPaidCue(w) || hasOwedCue(w);
  const displayOf = (folded: string): string => {
    // The word as typed (case, accents, hamza), when it can be found again.
    const hit = rawWords.find((r) => fold(r).replace(/^(?:l|el)['’]/, '') === folded || stripArabicPrefix(fold(r), 2) === folded);
    if (!hit) return isArabicWord(folded) ? folded : capitalize(folded);
    const bare = hit.replace(/^(?:l|el)['’]/i, '');
    // "لسمير" → "سمير": drop the glued preposition the folded name was found without.
    return isArabicWord(bare)
      ? bare
          .replace(/^ـ/u, '')
          .slice(Math.max(0, fold(bare).length - folded.length))
          .replace(/^ـ/u, '')
      : bare;
  };
  const mention = (i: number, from = i): NameMention => ({
    name: displayOf(bareName(tokens[i].text)),
    start: tokens[from].start,
    end: tokens[i].end,
  });
  // « Karim Haddad m'a payé 500 DA »: the family name the user typed (up to two words: « Ait Kaci ») stays in the name —
  // with the first name alone, five Karims were offered instead of the one named. Capitalised, or in a chat's lower case
  // (« riad mebarki »), or in Arabic, which has no capitals (« كريم حداد »): any word that is no product, common word,
  // verb of owing or paying, or question word.
  const isSurname = (k: number) => {
    const tk = tokens[k];
    if (!tk) return false;
    const cue = (w: string) => subjectCue(w) || isInfoQuestion(w);
    // « كريم بن علي »: « بن » (son of; coffee beans too) opens the family name when a name follows it, whatever else
    // that word means (« علي » is « on me » too).
    const nameAfterBen = (w?: string) => !!w && isArabicWord(w) && w.length >= 3 && !cue(w) && !PACKAGING_WORDS.has(w);
    if (tk.text === 'بن') return nameAfterBen(tokens[k + 1]?.text);
    if (tokens[k - 1]?.text === 'بن' && nameAfterBen(tk.text)) return true;
    if (!plainWord(tk.text)) return false;
    // « l Hichem bel kridi » named « Hichem bel »: Darija's little words (with, in, from, on) are never a family name.
    if (NOT_SURNAMES.has(tk.text)) return false;
    if (cue(tk.text)) return false;
    if (isArabicWord(tk.text)) return tk.text.length >= 3;
    const typed = rawWords.find((r) => fold(r) === tk.text);
    // « Karim said he paid 500 »: the verb, unless typed as a name (« Mohamed Said », « Karim Saïd »).
    if (tk.text === 'said' && typed && !/^\p{Lu}/u.test(typed)) return false;
    return !!typed && (/^\p{Lu}[\p{Ll}'’-]+$/u.test(typed) || /^[a-z]{3,}$/.test(tk.text));
  };
  const withSurname = (first: NameMention, i: number): NameMention => {
    let last = i;
    while (last - i < 2 && isSurname(last + 1)) last += 1;
    if (last === i) return first;
    const surname = tokens.slice(i + 1, last + 1).map((tk) => displayOf(tk.text));
    return { name: [first.name, ...surname].join(' '), start: first.start, end: tokens[last].end };
  };

  const compound = compoundName(tokens, commonWords, knownNames, subjectCue);
  if (compound !== undefined) {
    const [a, b] = [tokens[compound], tokens[compound + 1]];
    const first = { name: `${displayOf(a.text)} ${displayOf(b.text)}`, start: a.start, end: b.end };
    const from = compound > 0 && TO_WORDS.has(tokens[compound - 1].text) ? compound - 1 : compound;
    return withSurname({ ...first, start: tokens[from].start }, compound + 1);
  }
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i].text;
    const bare = bareName(t);
    // Titles: "Mme Nadia", "khalti Zohra", "عمي صالح".
    if (TITLES.has(t) && tokens[i + 1] && !isProductWord(tokens[i + 1].text)) return mention(i + 1, i);
    const known = knownNames.has(t) && plainWord(t);
    if (LATIN_NAMES.has(bare) || ARABIC_NAMES.has(bare) || ARABIC_NAMES.has(t) || known) {
      // « لريم بن موسى »: a first name after « بن » is the family name of the word before (« Rym Benmoussa », not
      // a customer « موسى »).
      const before = tokens[i - 2]?.text.replace(/^(?:ل|لل)(?=[\u0621-\u064A]{3,})/u, '') ?? '';
      if (i >= 2 && tokens[i - 1].text === 'بن' && bare === t && isArabicWord(before) && before.length >= 3 && plainWord(before)) {
        return withSurname({ name: displayOf(before), start: tokens[i - 2].start, end: tokens[i - 2].end }, i - 2);
      }
      const from = i > 0 && TO_WORDS.has(tokens[i - 1].text) ? i - 1 : i;
      return withSurname(mention(i, from), i);
    }
  }
  // A capitalised word after "à/pour/to…" or opening the sentence before a verb of buying or owing.
  const capitalised = /(?:^|[\s,.:;!?])([\p{Lu}][\p{Ll}'’-]{2,})/gu;
  let m: RegExpExecArray | null;
  while ((m = capitalised.exec(original))) {
    const word = fold(m[1]);
    const k = tokens.findIndex((tk) => tk.text === word);
    if (k < 0 || isProductWord(word) || commonWords.has(word)) continue;
    const before = tokens[k - 1]?.text;
    const followedBySubjectVerb = (i: number) =>
      AFTER_SUBJECT.test(
        folded
          .slice(tokens[i].end, tokens[i].end + 14)
          .trim()
          .split(' ')
          .slice(0, 2)
          .join(' '),
      );
    // « Lotfi Bensaid me doit 1500 DA »: a new customer's full name opens the message before its verb.
    const opening = k === 0 && (followedBySubjectVerb(k) || (isSurname(k + 1) && !!tokens[k + 2] && followedBySubjectVerb(k + 1)));
    if (opening) return withSurname(mention(k), k);
    if (before && TO_WORDS.has(before)) return mention(k, k - 1);
    // « Combien me doit Lotfi Bensaid ? », « how much does Lotfi owe me? »: the name right after the verb of owing.
    if (before && OWING_BEFORE_NAME.has(before)) return withSurname(mention(k), k);
  }
  // Arabic after "لـ" written apart, or "عند/على" ("لـ يونس", "على نادية"): any word that is no product or common word.
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (!['ل', 'لـ', 'عند', 'على'].includes(tokens[i].text)) continue;
    const next = tokens[i + 1].text;
    if (isArabicWord(next) && plainWord(next)) return mention(i + 1, i);
  }
  // « sajel 3la Hichem 500 », « سجل على هشام 500 » (write it on Hichem): a name the lexicon lacks, after « on » right
  // after a verb of writing down. Only there: « على » folds to « علي » (also the name Ali), and « 3la » is also « about ».
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    if (!ON_WORDS.has(tokens[i].text) || !WRITE_DOWN.has(tokens[i - 1].text)) continue;
    const next = tokens[i + 1].text;
    // A word with Darija's or Arabic's article (« lgrossiste », « lkaier », « الجار ») or a word of the book itself
    // (« hsabi », « rassi », « carnet ») is no one's name: « sajel 3la lgrossiste 500 » is asked, as before.
    const notAName = /^(?:l[^aeiouy\s]|el|ال)/u.test(next) || NOT_A_NAME_ON.test(next) || mentionsSupplier(next);
    if (/^\p{L}{3,}$/u.test(next) && plainWord(next) && !subjectCue(next) && !notAName) {
      return mention(i + 1, i);
    }
  }
  return undefined;
}

/** « on » before the customer a debt is written on (folded: « على » → « علي »). */
const ON_WORDS: ReadonlySet<string> = new Set(['3la', 'ala', 'علي']);
/** After « sajel 3la »: the book, oneself, a neighbour or a vague someone, never a customer's name. */
const NOT_A_NAME_ON =
  /^(?:hsab\p{L}*|7sab\p{L}*|ras\p{L}*|ro7\p{L}*|rou7\p{L}*|روح\p{L}*|carnet|cahier|kaier|daftar|دفتر\p{L}*|tab|dyoun|cheque|wahd|wa7d|wahed|dak|dik|hadak|sidi|chikh|jar\p{L}*|صاحب\p{L}*|جار\p{L}*|واحد|حساب\p{L}*|راس\p{L}*)$/u;
/** Verbs of writing a debt down (« sajel », « سجل », « ktab », « كتب »), before « on » and the customer. */
const WRITE_DOWN: ReadonlySet<string> = new Set(['sajel', 'sajjel', 'sejel', 'sajal', 'سجل', 'ktab', 'kteb', 'كتب', 'اكتب', 'قيد']);

/** « بن » and « ben » open a family name: the first name before them is read as before (`withSurname`). */
const OPENS_FIRST_NAME = [...JOINS_NEXT].filter((w) => w !== 'بن' && w !== 'ben');

/**
 * A first name of two words (« Abdel Kader », « عبد القادر », « نور الدين », « Nour Eddine »), as the customers' resolver
 * joins them (customers/name-skeleton.ts): its index in `tokens`. Read word by word, « Abdel Kader a payé 500 » named
 * « Kader », and « نور الدين » was no name at all — « نور » became the product Deglet Nour.
 */
function compoundName(
  tokens: readonly { text: string }[],
  commonWords: ReadonlySet<string>,
  knownNames: ReadonlySet<string>,
  /** A verb or cue after the subject (« عبد خلص 500 » named « عبد خلص »). */
  isCue: (w: string) => boolean,
): number | undefined {
  const isWord = (w?: string) => !!w && /^[\p{L}]{2,}$/u.test(w) && !commonWords.has(w) && !isCue(w);
  const isFirstName = (w?: string) => !!w && (LATIN_NAMES.has(w) || ARABIC_NAMES.has(w) || knownNames.has(w));
  // « الدين » is also « the debt » (« كريم خلص الدين »: Karim paid the debt, never a customer « خلص الدين »): only a
  // word that opens such names, or a first name, goes with it.
  const opensDin = (w: string) => DIN_HEADS.has(w) || LATIN_NAMES.has(w) || ARABIC_NAMES.has(w) || knownNames.has(w);
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [a, b] = [tokens[i].text, tokens[i + 1].text];
    // « Karim Abdel Kader »: a compound after a first name is his family name (the loop below keeps both).
    if (isFirstName(tokens[i - 1]?.text)) continue;
    if (OPENS_FIRST_NAME.includes(a) && isWord(b) && !JOINS_PREVIOUS.has(b)) return i;
    if (JOINS_PREVIOUS.has(b) && isWord(a) && opensDin(a)) return i;
  }
  return undefined;
}

/** The first words of the names closed by « الدين » / « Eddine » (Nour Eddine, Salah Eddine, Djamel Eddine…), folded. */
const DIN_HEADS: ReadonlySet<string> = new Set(
  [
    'نور',
    'صلاح',
    'عز',
    'نصر',
    'خير',
    'جمال',
    'بدر',
    'علاء',
    'شمس',
    'سيف',
    'محي',
    'محيي',
    'تاج',
    'زين',
    'فخر',
    'كمال',
    'ضياء',
    'شرف',
    'بهاء',
    'حسام',
    'عماد',
    'نجم',
    'سعد',
    'nour',
    'nor',
    'salah',
    'azz',
    'ezz',
    'izz',
    'nasr',
    'kheir',
    'khir',
    'djamel',
    'jamel',
    'badr',
    'alaa',
    'chems',
    'chams',
    'seif',
    'saif',
    'mohie',
    'mohi',
    'tadj',
    'taj',
    'zine',
    'zin',
    'fakhr',
    'kamel',
    'diaa',
    'charaf',
    'bahaa',
    'houssem',
    'hossam',
    'imed',
    'imad',
    'nadjm',
    'saad',
  ].map((w) => fold(w)),
);

/** The shop's customers' names as `extractCustomer` knows them: each name's first word, folded like the message's. */
export function customerFirstNames(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const first = tokenize(foldForCues(name))[0]?.text;
    if (first && first.length >= 3 && !/\d/.test(first)) out.add(first);
  }
  return out;
}

/** "لأحمد" → "احمد", "l'ahmed" → "ahmed": the name without a glued preposition or article. */
function bareName(word: string): string {
  // « Lamine », « لمين »: a name of its own, not « l » + Amine.
  if (LATIN_NAMES.has(word) || ARABIC_NAMES.has(word)) return word;
  if (isArabicWord(word)) {
    const stripped = word.replace(/^(?:ول|ل|لل|و|ب)(?=[\u0621-\u064A]{3,})/u, '');
    return ARABIC_NAMES.has(stripped) ? stripped : word;
  }
  const glued = /^(?:el|l)(.{3,})$/.exec(word);
  return glued && LATIN_NAMES.has(glued[1]) ? glued[1] : word;
}

export interface SaleLineSlot {
  product?: string;
  quantity?: number;
  unitPrice?: number;
  resolution?: Resolution;
  /** On the last line: a total said after several lines, the whole sale's (see tools' SaleLineSlot). */
  saleTotal?: number;
}

/**
 * Price names a new product's card reads too: its name ends before them (NAME_END) and the number after is its price.
 * French, English and « its price » in written Arabic.
 */
const CARD_PRICE_NAMES = ['prix', 'price', 'priced', 'بسعر', 'ثمنه', 'سعره'];
/**
 * Words that name a price (« prix 120 », « سومتو 120 », « soumtou 120 »): the number after them is money. The card's,
 * and the bare « سعر », « ثمن » and Darija's « soum » family, which a new product's card has never been tried with.
 */
const PRICE_NAMES = [
  ...CARD_PRICE_NAMES,
  ...['سعر', 'سعرها', 'ثمن', 'سومة', 'السومة', 'سومتو', 'سومتها'],
  ...['soumtou', 'soumetha', 'soumet', 'soum'],
].map(fold);
/** A time unit right after a figure (« il y a 3 heures », « 2 days ago »). */
const TIME_AGO = /^\s*(?:heures?|h|minutes?|min|jours?|semaines?|mois|ans?|hours?|days?|weeks?|months?|years?)(?![\p{L}])/u;
/** Words before a price: "à 95 DA", "b 35", "بـ 30", "at 650", "pour 1300 DA" (a total). */
const UNIT_PRICE_WORDS = new Set(['a', 'at', 'b', 'ب', 'بـ', 'bi', 'sold at', 'chaque', 'each', ...PRICE_NAMES]);
const TOTAL_PRICE_WORDS = new Set(['pour', 'for', 'total', 'soit', 'بمجموع', 'مجموع', 'fi', 'f']);

const PRICE_NAME_SET = new Set(PRICE_NAMES);

/**
 * A number a stock movement must not count, being money: with its currency, or after a word naming a price (« سومتو
 * 120 », « prix 120 ») — « زيد سكر سومتو 120 » (add sugar, its price is 120) proposed +120 sugar. Not after « à », « b »
 * or « at », which also give a count (« corrige le stock de sucre à 37 », « nakes sokar b 5 », « set the stock at 37 »).
 * `folded` is `foldForCues(text)`, where `n`'s offsets are.
 */
export function namesAPrice(folded: string, n: NumberMention): boolean {
  if (n.currency) return true;
  const before = previousWord(folded, n.start);
  return !!before && PRICE_NAME_SET.has(before);
}

const EACH = cueRegex([
  'chacun',
  'chacune',
  'each',
  'la piece',
  'la pièce',
  'l unite',
  'l unité',
  'pièce',
  'الواحدة',
  'للواحدة',
  'كل واحدة',
  'كل واحد',
  'كل وحدة',
  'lwahda',
  'lwahed',
]);

/**
 * Words after a price that make it the line's total: « ب 300 كامل », « pour 300 en tout », « 300 altogether ». Not a
 * bare « total » nor one before a number (« à 100, total 300 » gives the total itself), nor « قاع » / « ga3 » (« ب 100
 * قاع » is « 100 each, all of them »).
 */
const TOTAL_AFTER = new RegExp(
  '^\\s*(?:da|dzd|dinars?|دج|دينار)?\\s*' +
    cueRegex(['كامل', 'الكل', 'kamel', 'en tout', 'au total', 'in total', 'altogether']).source +
    '(?!\\s*\\d)',
  'u',
);

function previousWord(folded: string, at: number): string | undefined {
  return /([\p{L}\p{N}]+)[\s'’]*$/u.exec(folded.slice(0, at))?.[1];
}

/**
 * The lines of a sale: each counted number starts a line whose product is what follows it ("3 sucre et 2 café"),
 * a price after a line belongs to it ("6 yaourts à 30 DA"). Sizes inside names ("Huile Elio 5L") and the customer's
 * name are no product or quantity. A product named without a number gets a line without quantity (to ask).
 */
export function extractSaleLines(
  text: string,
  ctx: {
    matcher: ProductMatcher;
    lang: NluLang;
    commonWords: ReadonlySet<string>;
    isSizeInName: (n: NumberMention) => boolean;
    residual: (text: string) => string | undefined;
  },
  skip?: { start: number; end: number },
): SaleLineSlot[] {
  let folded = foldForCues(text);
  if (skip) folded = folded.slice(0, skip.start) + ' '.repeat(skip.end - skip.start) + folded.slice(skip.end);
  // « … le 5 décembre 2026 » names the sale's day: its digits are no line (the whole sale was lost to them).
  // « … البارح على 7 تاع الليل »: the hour's digits are no line either (a sale of 7 « الليل »).
  const hour = extractHour(text)?.span;
  // « hadi 2 ayam », « قبل 3 أيام »: days ago, no goods (« أيام » ×3 was sold).
  const dateDigits = [...(extractNamedMonth(text)?.digitSpans ?? []), ...(hour ? [hour] : []), ...daysAgoSpans(text)];
  const numbers = extractNumbers(text).filter(
    (n) =>
      n.value > 0 &&
      !ctx.isSizeInName(n) &&
      !(skip && n.start >= skip.start && n.end <= skip.end) &&
      !dateDigits.some(([start, end]) => n.start >= start && n.start < end) &&
      // « il y a 3 heures », « il y a 2 jours », « à crédit pour 2 semaines »: a time, neither a price nor goods counted (a
      // unit price of 3, « semaines » ×2 were proposed: the reviewers).
      !TIME_AGO.test(folded.slice(n.end)),
  );
  // « il y a 2 clients », « il a 2 enfants », « vendu 2 sucre et il y a 3 lait »: a figure after the verb « avoir » is what
  // someone has or what is there — whose goods and how many were sold is unsure: the lines are asked (unit prices of 2, or
  // milk ×1 once its count was dropped, were proposed: the reviewers).
  if (numbers.some((n) => saysHasBefore(folded.slice(0, n.start)))) return [];
  const isPrice = (n: NumberMention) => {
    const before = previousWord(folded, n.start);
    // « à un voisin »: an article after « à » is nobody's price (it made a sale at 1 DA).
    // « à crédit pour 2 semaines »: a time, no price (a unit price of 0.67 was proposed: the review).
    if (TIME_AGO.test(folded.slice(n.end))) return false;
    return n.currency || (!n.weak && !!before && (UNIT_PRICE_WORDS.has(before) || TOTAL_PRICE_WORDS.has(before)));
  };
  const toOriginal = foldOffsets(text);
  const productAt = (from: number, to: number) => {
    // Cut from what the user typed when possible ("thé" is tea, "the" is an article; "Chips Mahboul" keeps its case).
    const blanked = skip && from < skip.end && to > skip.start;
    const whole = toOriginal && !blanked ? text.slice(toOriginal(from), toOriginal(to)) : folded.slice(from, to);
    const span = firstOfTwo(whole, ctx.matcher, ctx.lang);
    const match = ctx.matcher.find(span, ctx.lang);
    if (match) {
      const resolution = match.entry ? { id: match.entry.id, names: entryNames(match.entry) } : undefined;
      return { product: match.entry ? entryName(match.entry, ctx.lang) : match.canonical, resolution, known: true };
    }
    const residual = ctx.residual(span);
    return residual ? { product: residual } : undefined;
  };
  // The one product named before `to`; two named (« le sucre et le lait 4 sachets ») — whose count it is is not guessed.
  const soleProductBefore = (to: number) => {
    const found = ctx.matcher.find(folded.slice(0, to), ctx.lang);
    if (!found?.entry) return undefined;
    const { start, end } = found.extent;
    // Right before the count, a verb at most between (« السكر نقص 4 », « بعت السكر 4 »): across a clause (« pas de lait
    // aujourd'hui, j'ai vendu 10 bouteilles », « au lieu du sucre, … 3 bouteilles ») the goods are another's (the review).
    if (!/^\s*(?:[\p{L}]+\s+)?$/u.test(folded.slice(end, to))) return undefined;
    const rest = folded.slice(0, start) + ' '.repeat(end - start) + folded.slice(end, to);
    return ctx.matcher.find(rest, ctx.lang) ? undefined : productAt(0, to);
  };
  const buildLines = (counts: NumberMention[]) =>
    counts.map((q, i) => {
      const end = counts[i + 1]?.start ?? folded.length;
      // The product is in the words after the count, before a price ("à 95 DA") or the next line.
      const priceAt = numbers.find((n) => n.start > q.end && n.start < end && isPrice(n));
      const stop = priceAt ? Math.max(q.end, previousWordStart(folded, priceAt.start) ?? priceAt.start) : end;
      // Only a unit after the first count (« السكر نقص 4 أكياس », « بعت السكر 4 أكياس »): the goods were named before it —
      // the unit alone had named « حليب الأكياس » (bagged milk), −4 milk proposed for the sugar (the review).
      const before = i === 0 && onlyUnits(folded.slice(q.end, stop)) ? soleProductBefore(q.start) : undefined;
      const p = before?.known ? before : productAt(q.end, stop);
      return { at: q.start, weak: q.weak, quantity: q.value, ...(p ?? {}) } as SaleLineSlot & {
        at: number;
        weak: boolean;
        known?: boolean;
      };
    });
  // An article that also means "one" ("un client a pris…", French "a") only counts when a product of the catalogue
  // follows it (« à une cliente », « to a neighbour » were lines of a product « cliente »).
  // « un demi kilo de café », « half a box »: a fraction the catalogue's units may not hold (a 250 g pack) — asked, never
  // read as one.
  // « كل واحدة ب 100 » (each one at 100): the « one » of « each one » counts nothing (it emptied the sale).
  const counts = numbers.filter(
    (n) => !isPrice(n) && !(n.weak && HALF.test(folded.slice(n.end, n.end + 8))) && previousWord(folded, n.start) !== 'كل',
  );
  // The one number said, after a paying verb: money, no count (with goods counted beside it, as before). No line at all,
  // rather than the goods at a quantity guessed (« Karim a pris du sucre, il paiera 500 » sold 1 sugar on credit — the
  // twenty-second review): the goods are asked.
  const strong = counts.filter((n) => !n.weak);
  if (strong.length === 1 && paysSum(folded, strong[0])) return [];
  const kept = buildLines(counts).filter((l) => !l.weak || l.known);
  const lines = buildLines(counts.filter((n) => kept.some((l) => l.at === n.start)));
  for (const price of numbers.filter(isPrice)) {
    const line = [...lines].reverse().find((l) => l.at < price.start) ?? lines[0];
    if (!line || line.unitPrice !== undefined || !line.quantity) continue;
    const before = previousWord(folded, price.start);
    const after = folded.slice(price.end, price.end + 24);
    const total = ((!!before && TOTAL_PRICE_WORDS.has(before)) || TOTAL_AFTER.test(after)) && !EACH.test(after.slice(0, 16));
    // « 4 pain et 1 lait pour 150 »: after several lines none of which has its price, a total is the sale's (150 was
    // put on the milk alone, « ب 250 كامل » made the bread 83.33 each).
    if (total && lines.length > 1 && line === lines[lines.length - 1] && lines.every((l) => l.unitPrice === undefined)) {
      line.saleTotal = price.value;
      continue;
    }
    line.unitPrice = total ? Math.round((price.value / line.quantity) * 100) / 100 : price.value;
    // « 3 sucre et 2 huile à 100 chacun »: « each » after several lines is every line's price — the lines before it
    // that have none of their own (only the oil was at 100, the sugar's price was asked). One with its own keeps it.
    if (!total && EACH.test(after.slice(0, 16)))
      for (let i = lines.indexOf(line) - 1; i >= 0 && lines[i].unitPrice === undefined && lines[i].quantity; i--)
        lines[i].unitPrice = price.value;
  }
  if (!lines.length) {
    const p = productAt(0, folded.length);
    if (p) lines.push({ at: 0, weak: false, ...p });
  }
  return lines.map(({ at: _at, weak: _weak, known: _known, ...l }) => l);
}

const HALF = /^\s*(?:demi|half|nos|nss|نص|نصف)(?![\p{L}\p{N}-])/u;
/** Words that are all units or packs (« sacs », « أكياس », « de sacs »), one at least. */
const onlyUnits = (span: string): boolean => {
  const ws = tokenize(span)
    .map((t) => t.text)
    .filter((w) => !/^\d/.test(w) && !UNIT_JOINS.has(w));
  return ws.length > 0 && ws.every((w) => PACKAGING_WORDS.has(w));
};
const UNIT_JOINS = new Set(['de', 'des', 'd', 'of', 'men', 'من']);
/**
 * A paying verb right before a number, and nothing after it but what follows money (« Karim paiera 500 pour le sucre
 * qu'il a pris », « will pay 500 for the sugar »): the number is money — 500 sugar were sold on credit (the twenty-first
 * review). Not a line's price either: what he pays may be part of it. `extractSaleLines` asks only when it is the one
 * number: beside goods counted (« a pris 3 sucre et a payé 500 ») the lines are read as before. Never a stock
 * movement's count either (`pickQuantity`).
 */
export const paysSum = (folded: string, n: NumberMention): boolean =>
  PAYS_BEFORE.has(previousWord(folded, n.start) ?? '') && (!n.unit || MONEY_NEXT.has(n.unit));
/** What may follow a sum paid (« paiera 500 pour le sucre », « … 500 demain »), never goods (« n'a pas payé 2 sucre »). */
const MONEY_NEXT = new Set(
  [
    ...['pour', 'for', 'sur', 'on', 'de', 'demain', 'tomorrow', 'ghodwa', '3la', 'ala', 'da', 'dzd', 'dinar', 'dinars'],
    // How it was paid (« payé 4500 par chèque / cash / en espèces / le tout »: the review).
    ...['par', 'by', 'in', 'en', 'cash', 'cheque', 'check', 'especes', 'le', 'the', 'tout', 'all', 'kamel', 'كامل', 'نقدا'],
    'على',
    'غدوة',
    'دج',
  ].map(fold),
);
const PAYS_BEFORE = new Set(
  [
    ...['paiera', 'payera', 'paye', 'payee', 'payer', 'paie', 'paies', 'paid', 'pay', 'pays', 'khallas', 'khalas', 'khlas'],
    ...['ykhalas', 'ykhalles', 'ykhales', 'dfa3', 'ydfa3', 'خلص', 'خلصلي', 'يخلص', 'دفع', 'يدفع', 'سيدفع', 'سدد', 'يسدد'],
    // The owner's own (« j'ai reçu du sucre, réglé / versé 4500 », « khalasto 3000 », « ودفعت 4500 »: the review).
    ...['regle', 'reglee', 'verse', 'paierai', 'payerai', 'khallast', 'khlast', 'khalast', 'khalasto', 'khallasto', 'khallastou'],
    ...['dfa3t', 'خلصت', 'دفعت', 'ودفعت', 'ودفع', 'وخلصت', 'خلصتو', 'سددت'],
  ].map(fold),
);

/** « and », « et », « w », a spaced « و » or a comma between two goods (not inside a name's brackets). */
const JOINS_GOODS = /(?:,|\s(?:and|et|w|و)\s)(?![^(]*\))/iu;

/**
 * A count's words that name two catalogue products (« 48 Ifri and Selecto »): the count is the first one's. The matcher
 * alone took Selecto for the 48 Ifri; the product left without a count is asked about by the tool's answer.
 */
function firstOfTwo(span: string, matcher: ProductMatcher, lang: NluLang): string {
  const at = JOINS_GOODS.exec(span);
  if (!at) return span;
  const first = span.slice(0, at.index);
  const head = matcher.find(first, lang)?.entry;
  const rest = matcher.find(span.slice(at.index + at[0].length), lang)?.entry;
  return head && rest && head.id !== rest.id ? first : span;
}

function previousWordStart(folded: string, at: number): number | undefined {
  const m = /([\p{L}\p{N}]+)[\s'’]*$/u.exec(folded.slice(0, at));
  return m ? m.index : undefined;
}

export interface NewProductSlots {
  name?: string;
  price?: number;
  cost?: number;
  stock?: number;
  unit?: string;
  barcode?: string;
}

/**
 * What opens a new product's name: "nouveau produit :", "new product:", "منتج جديد:", "au catalogue". The names of a new
 * product the cue reads (NEW_PRODUCT_NAMED, longest first so « produit jdida » is not cut at « produit jdid »), then
 * the openers' own patterns: accents in either place, « the product », and « منتج » alone last (after its longer forms).
 */
const NAMED_OPENERS = [...NEW_PRODUCT_NAMED]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|');
const NEW_PRODUCT_OPENERS = new RegExp(
  String.raw`(?:${NAMED_OPENERS}|nouvelle r[ée]f[ée]rence|un article|le produit|an item|a product|the product|to the catalogu?e|منتجا? جديدا?|منتوجا? جديدا?|منتج)\s*[:：,-]?\s*`,
  'iu',
);
/**
 * What closes it: a price, a cost, a stock, a comma. The cost's words are fewer than COST's: « Lait purchase price 80 »
 * ends at « price » (its name « Lait purchase »); making them COST's would change that reading — left for a tested change.
 */
const NAME_END = new RegExp(
  String.raw`\s*(?:,|;|\s(?:à|a|au prix de|${CARD_PRICE_NAMES.join('|')}|at|for|pour|b|bi|coût|cout|cost|stock|avec|with|qui coûte|بـ|ب)\s*[:：]?\s*\d|\s(?:à|a|at|b|بـ|ب)\s*\d|\s\d+\s*(?:da|dzd|dinars?|دج|دينار)(?![\p{L}\p{N}])|$)`,
  'iu',
);
const LEADING_ARTICLE = /^(?:le|la|les|l['’]|un|une|the|a|an|des)\s+/iu;
const COST =
  /(?:co[uû]t(?:e|ant)?|cost|prix d['’]achat|achet[ée]s? [àa]|purchase price|سعر الشراء|تكلفة|التكلفة|شريتو ب|chritou b)\s*[:：]?\s*(\d[\d\s.,]*)/iu;
const STOCK =
  /(?:(\d+)\s*(?:en stock|in stock|dans le stock|au stock|f stock|في المخزون|فالستوك)|(?:stock|مخزون|j['’]en ai|i have|i['’]ve got|عندي منو|عندي منها|3andi mno)\s*[:：]?\s*(\d+)|(?<![\p{L}\p{N}])(?:عندي|3andi)\s*[:：]?\s*(\d+)(?!\s*(?:%|[.,]\d|l\b|litres?|liters?|kg|g\b|gr\b|كيلو|كغ|لتر|cartons?|كراطن|كرطون\p{L}*|packs?|par\b|f pack|anwa3|أنواع|انواع|fournisseurs?|ayam|jours?|mois|ans\b|sa3a\p{L}*|أيام|ايام|da\b|dzd|دج|dinars?|l?prix|l?soum|سوم))(?![\p{L}\p{N}]))/iu;
const BARCODE = /(?<!\d)(\d{8}|\d{12,14})(?!\d)/u;
const BARCODE_ONLY =
  /^(?:(?:avec |with )?(?:le |the )?(?:code[- ]?barres?|barcode|ean(?:13)?|الباركود|باركود|الرمز الشريطي)\s*[:：nN°]*\s*)?\d{8,14}$/iu;

/**
 * The word before a new product's price: « à », « at », « b », « pour », and the card's price names but « سعره » (never
 * tried here: « … سعره 100 » gets its price only with a currency).
 */
const NEW_PRODUCT_PRICE_BEFORE = new Set([...['a', 'at', 'b', 'ب', 'بـ', 'for', 'pour'], ...CARD_PRICE_NAMES.filter((w) => w !== 'سعره')]);

/** A new product's name as typed (case and accents kept, sizes included), price, cost, stock and barcode. */
export function extractNewProduct(text: string): NewProductSlots {
  const out: NewProductSlots = {};
  const clean = text.replace(/\s+/g, ' ').trim();
  const opener = NEW_PRODUCT_OPENERS.exec(clean);
  if (opener) {
    const rest = clean.slice(opener.index + opener[0].length);
    const end = NAME_END.exec(rest);
    const name = rest
      .slice(0, end ? end.index : rest.length)
      .replace(LEADING_ARTICLE, '')
      .replace(/[.!?؟]+$/u, '')
      .trim();
    // « code-barres 6130… » is the barcode, not the product's name (which the tool then asks for).
    if (name && /\p{L}/u.test(name) && !BARCODE_ONLY.test(name)) out.name = name;
  }
  const cost = COST.exec(clean);
  if (cost) out.cost = Number(cost[1].replace(/\s/g, '').replace(',', '.'));
  const stock = STOCK.exec(clean);
  if (stock) out.stock = Number(stock[1] ?? stock[2] ?? stock[3]);
  const barcode = BARCODE.exec(clean);
  if (barcode) out.barcode = barcode[1];
  const costAt = cost ? fold(clean.slice(0, cost.index)).length : -1;
  const price = extractNumbers(clean).find(
    (n) =>
      (n.currency || NEW_PRODUCT_PRICE_BEFORE.has(previousWord(fold(clean), n.start) ?? '')) &&
      n.start !== costAt &&
      !(cost && n.value === out.cost && n.start > costAt),
  );
  if (price) out.price = price.value;
  return out;
}
