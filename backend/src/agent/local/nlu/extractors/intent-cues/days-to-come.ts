import { extractExpenseCategory } from '../categories';
import { TYPED_CLAUSES_ARABIC_AND } from '../clauses';
import { cueRegex, foldForCues } from '../cue-regex';

/**
 * What has not happened yet: a clause naming a day to come (« demain je paie le loyer 30000 », « lundi prochain j'ajoute
 * 10 sucre », « tomorrow I pay the rent 30000 », « غدا أدفع الإيجار 30000 ») or a customer's wish or future (« Karim veut 3
 * sucre à crédit », « Karim va prendre 3 sucre à crédit »). Each was written as done today (the twenty-sixth session's
 * review of both bases): a rent paid, +10 sugar, a credit sale to « Karim veut ».
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

const WEEKDAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAYS_AR = ['الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'الاحد'];

const DAY_TO_COME_CUES = cueRegex([
  ...['demain', 'apres demain', 'apres-demain', 'la semaine prochaine', 'semaine prochaine', 'le mois prochain'],
  ...['mois prochain', 'l annee prochaine', 'annee prochaine', 'la prochaine semaine'],
  ...['tomorrow', 'day after tomorrow', 'next week', 'next month', 'next year'],
  ...['ghodwa', 'ghedwa', 'ghadwa', 'ghodoua', 'bokra', 'simana jaya', 'simana jayya', 'chhar jay', 'chhar ljay'],
  ...['غدوة', 'غدوه', 'غدا', 'بكرة', 'بعد غد', 'بعد غدوة', 'الأسبوع القادم', 'الاسبوع القادم', 'الأسبوع المقبل'],
  ...['الاسبوع المقبل', 'الأسبوع الجاي', 'الاسبوع الجاي', 'السيمانة الجاية', 'الشهر القادم', 'الشهر المقبل', 'الشهر الجاي'],
  ...WEEKDAYS_FR.flatMap((d) => [`${d} prochain`, `${d} qui vient`]),
  ...WEEKDAYS_EN.map((d) => `next ${d}`),
  ...WEEKDAYS_AR.flatMap((d) => [`${d} القادم`, `${d} المقبل`, `${d} الجاي`]),
]);

/** « dans 3 jours », « in two weeks », « بعد 3 أيام », « بعد يومين ». */
const IN_SO_MANY_DAYS =
  /(?<![\p{L}])(?:dans|d ici|in|within|بعد)\s+(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|a|two|three|four|five|six|seven|ten)\s+(?:jours?|semaines?|mois|days?|weeks?|months?|ايام|أيام|يوم|اسابيع|أسابيع|اسبوع|أسبوع|شهر|اشهر|أشهر)(?![\p{L}])|بعد\s+(?:يومين|اسبوعين|أسبوعين|شهرين)/u;

/**
 * A weekday with the owner's present (« samedi je paie le loyer 30000 », « jeudi je paie l'électricité 4500 »): a day to
 * come — dated last Saturday, or written today, it was a bill paid (the review).
 */
const WEEKDAY = cueRegex([
  ...WEEKDAYS_FR,
  ...WEEKDAYS_EN,
  ...WEEKDAYS_AR,
  'nhar sebt',
  'nhar l7ad',
  'nhar jem3a',
  'nhar khmis',
  'nhar tlata',
  'nhar larb3a',
  'nhar letnin',
]);
const OWNER_PRESENT = cueRegex([
  ...['je paie', 'je paye', 'je regle', 'je verse', 'je vends', 'j ajoute', 'je rajoute', 'je recois', 'je depose'],
  ...['on paie', 'on paye', 'nous payons'],
  ...['i pay', 'i sell', 'i add', 'i get', 'i receive', 'nkhalas', 'nkhalles', 'ndfa3', 'nbi3', 'nzid', 'nrecevi'],
  ...['نخلص', 'ندفع', 'نبيع', 'نزيد', 'أدفع', 'ادفع', 'أبيع', 'ابيع'],
]);

/**
 * The owner's present before the figure it is about (« samedi je paie le loyer 30000 », « je paie le loyer 30000 lundi »),
 * not a thing of its own after it (« recette 20000 lundi je paie le loyer »: the takings are done — the third review).
 */
const presentBeforeFigure = (folded: string): boolean => {
  const verb = OWNER_PRESENT.exec(folded);
  const figure = /\d/u.exec(folded);
  return !!verb && !!figure && verb.index < figure.index;
};

/** « karim would like 3 sugar »: not « I would like to add 10 sugar », the owner's request. */
const THIRD_WOULD_LIKE = /(?<![\p{L}])(?<!(?:^|\s)(?:i|we)\s)would like(?![\p{L}])/u;

/** A customer's wish or future (third person: « je veux ajouter 10 sucre » is the owner's command). */
const WISH_OR_FUTURE = cueRegex([
  ...[
    'veut',
    'veulent',
    'voudrait',
    'voudraient',
    'voulait',
    'voulaient',
    'a voulu',
    'ont voulu',
    'wanted',
    'va prendre',
    'vont prendre',
    'va acheter',
    'vont acheter',
    'va venir',
  ],
  ...['prendra', 'prendront', 'achetera', 'acheteront', 'passera', 'passeront', 'viendra', 'viendront'],
  ...['wants', 'will take', 'will buy', 'is going to take', 'is going to buy', 'will come'],
  ...['bgha', 'yebghi', 'yheb', 'rah yechri', 'rah yddi', 'ghadi yechri', 'ghadi yddi'],
  ...['يريد', 'يبغي', 'بغى', 'يحب', 'حاب', 'سيأخذ', 'سياخذ', 'سيشتري', 'راح ياخذ', 'راح يدي', 'راح يشري', 'رايح يشري'],
]);

/**
 * Told as done: the French auxiliary and its participle (« j'ai payé »: folded, « je paye » and « payé » are one word), a
 * past only the past has (« vendu », « sold », « بعت »). A clause that says it is about a thing done, whatever day it
 * names (« j'ai vendu 3 sucre à Karim qui paie demain »).
 */
const DONE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:ai|a|as|avons|avez|ont|suis|est|sont)\s+(?:\S+\s+){0,2}?(?:paye|payee|payes|vendu|vendus|vendue|achete|achetes|recu|recus|recue|pris|donne|ajoute|regle|reglee|livre|livres|rendu|mis|fait|depense)` +
    String.raw`|vendu|vendus|sold|paid|bought|received|took|gave|added|spent|bi3t|ba3|chrit|khallast|khlast|khalast|dakhalt|jani|بعت|باع|اشتريت|شريت|خلصت|دفعت|دخلت|وصلني|جاني` +
    // A customer's past in Darija and Arabic (« karim khda 3 sokar ykhalas ghodwa », « كريم داه 3 سكر يخلص غدوة »: asked
    // once these were missing — the review).
    String.raw`|khda|khdat|dda|ddat|chra|chrat|wsalni|jabli|jab|اخذ|خذا|خذات|داه|داها|داو|دات|اشترى|اشتري|شرى|شري|جابلي|جاب)(?![\p{L}])`,
  'u',
);

/** A part of the day after the day named (« demain matin »): the same day to come. */
const PART_OF_DAY = /^\s*(?:matin|soir|midi|apres midi|morning|evening|afternoon|night|sbah|l3chiya|صباحا|الصباح|العشية|مساء)?\s*$/u;
/** Paying or a write told after the day (« loyer 30000 demain je paie »): the sum before it is that day's too. */
const WRITE_VERB =
  /(?<![\p{L}])(?:paie|paye|payer|paierai|regle|verse|ajoute|vends|vend|achete|pay|pays|add|sell|buy|nkhalas|nkhalles|nkhales|ndfa3|nbi3|nechri|nzid|نخلص|ندفع|نبيع|نشري|نزيد|أدفع|ادفع)(?![\p{L}])/u;

/**
 * The part of a clause a day to come speaks of: the whole clause, except when the day comes after the figures and starts
 * something else with no figure and no payment (« dakhla 20000 ghodwa nsaker »: today's takings, then « tomorrow I
 * close »).
 */
const toComePart = (folded: string): boolean => {
  const m = DAY_TO_COME_CUES.exec(folded);
  if (!m) return IN_SO_MANY_DAYS.test(folded);
  const after = folded.slice(m.index + m[0].length);
  const before = folded.slice(0, m.index);
  return !(/\d/.test(before) && !/\d/.test(after) && !PART_OF_DAY.test(after) && !WRITE_VERB.test(after));
};

/** A clause with a figure that is about a day to come or a customer's wish, and says nothing done. */
const isToCome = (clause: string): boolean => {
  const folded = foldForCues(clause);
  // A bill named is a figure's clause too (« j'ai acheté 10 sucre pour 3500 et je paie demain le loyer » was a rent of 3,500).
  return (
    (/\d/.test(folded) || extractExpenseCategory(clause) !== undefined) &&
    (toComePart(folded) ||
      WISH_OR_FUTURE.test(folded) ||
      THIRD_WOULD_LIKE.test(folded) ||
      (WEEKDAY.test(folded) && presentBeforeFigure(folded))) &&
    !DONE.test(folded)
  );
};

/**
 * The message without its clauses that tell a figure to come (« j'ai payé l'électricité 4500, demain le loyer 30000 » →
 * « j'ai payé l'électricité 4500 »); empty when every clause is one, undefined when none is. Split as typed, so that what
 * is left reads as the owner wrote it. The write stands only when what is left reads the same (understand.ts).
 */
export const withoutDaysToCome = (text: string): string | undefined => {
  const clauses = text.split(TYPED_CLAUSES_ARABIC_AND).filter((c) => c.trim());
  const kept = clauses.filter((c) => !isToCome(c));
  return kept.length < clauses.length ? kept.join(', ') : undefined;
};
