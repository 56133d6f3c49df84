import { CLAUSES, clauseSpan } from './clauses';
import { foldForCues } from './cue-regex';

/**
 * A past day said as days ago (« il y a 2 jours », « 3 days ago », « قبل يومين », « hadi 2 ayam ») or as a weekday
 * (« lundi », « samedi dernier », « on Monday », « يوم الأحد », « nhar sebt »). Neither was read: « il y a 2 jours j'ai
 * vendu 5 sucre », « la recette de samedi 20000 » were written today, and « combien j'ai vendu lundi ? » showed today's
 * figures (the twenty-sixth session's review). Matched on folded text (no accents, « أ » as « ا », « ة » as « ه »).
 */

const COUNT_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  a: 1,
  one: 1,
  deux: 2,
  two: 2,
  jouj: 2,
  zouj: 2,
  trois: 3,
  three: 3,
  tlata: 3,
  ثلاث: 3,
  ثلاثه: 3,
  quatre: 4,
  four: 4,
  arba3: 4,
  اربع: 4,
  اربعه: 4,
  cinq: 5,
  five: 5,
  khamsa: 5,
  خمس: 5,
  خمسه: 5,
  six: 6,
  sitta: 6,
  سته: 6,
  sept: 7,
  seven: 7,
};
const COUNT = String.raw`(\d{1,3}|${Object.keys(COUNT_WORDS).join('|')})`;
const DAYS = String.raw`(jours?|days?|ayam|iyam|yam|ايام|يوم)`;
const WEEKS = String.raw`(semaines?|weeks?|simana|اسابيع|اسبوع|جمعه)`;
const UNIT = String.raw`(?:${DAYS}|${WEEKS})`;

const AGO: RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:il y a|ca fait|y a|ya|il ya|ilya|yena|yana|avant)\s+${COUNT}\s+${UNIT}(?![\p{L}])`, 'u'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])${COUNT}\s+${UNIT}\s+(?:ago|back|de ca)(?![\p{L}])`, 'u'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:قبل|منذ|من|hadi|9bel|qbel|men)\s+${COUNT}\s+${UNIT}(?![\p{L}])`, 'u'),
];
/** Arabic's dual (« قبل يومين », « hadi yomin »): two days, two weeks. */
const AGO_TWO = /(?<![\p{L}\p{N}])(?:قبل|منذ|من|hadi|9bel|qbel|men)\s+(يومين|اسبوعين|yomin|youmin)(?![\p{L}])/u;
/** « a week ago », « il y a une semaine », « قبل اسبوع », « 9bel jem3a »: one week (« hadi jem3a » is also « this week »: not read). */
const WEEK_AGO =
  /(?<![\p{L}\p{N}])(?:(?:il y a|ca fait)\s+une\s+semaine|a week ago|one week ago|(?:قبل|منذ)\s+اسبوع|9bel simana|9bel jem3a|qbel jem3a|قبل جمعه)(?![\p{L}])/u;

/** Any days-ago phrase, once. */
const AGO_ANY_ONCE = new RegExp([...AGO, AGO_TWO, WEEK_AGO].map((re) => re.source).join('|'), 'u');
/** Any days-ago phrase, to blank its count. */
const AGO_ANY = new RegExp([...AGO, AGO_TWO, WEEK_AGO].map((re) => re.source).join('|'), 'gu');

/** Weekday numbers as Date#getDay() counts them (Sunday 0). Arabic's « الاثنين », « الاحد », « الجمعه » are also « the two », « anyone », « the week »: with « يوم » or « نهار » only. */
const WEEKDAYS: [number, RegExp][] = (
  [
    [
      1,
      [
        'lundi',
        'monday',
        'nhar letnin',
        'nhar tnin',
        'nhar lethnin',
        'letnin li fat',
        'يوم الاثنين',
        'نهار الاثنين',
        'نهار الثنين',
        'الاثنين الماضي',
        'الاثنين اللي فات',
      ],
    ],
    [2, ['mardi', 'tuesday', 'nhar tlata', 'nhar ttlata', 'الثلاثاء', 'الثلاثا']],
    [3, ['mercredi', 'wednesday', 'nhar larb3a', 'nhar larba', 'الاربعاء', 'الاربعا', 'لربعا']],
    [4, ['jeudi', 'thursday', 'nhar lekhmis', 'nhar lkhmis', 'nhar khmis', 'ta3 lekhmis', 'ta3 lkhmis', 'lekhmis', 'lkhmis', 'الخميس']],
    [
      5,
      [
        'vendredi',
        'friday',
        'nhar jem3a',
        'nhar jom3a',
        'nhar ljem3a',
        'nhar ljom3a',
        'jem3a li fatet',
        'يوم الجمعه',
        'نهار الجمعه',
        'الجمعه الماضيه',
        'الجمعه اللي فاتت',
        'الجمعه لي فاتت',
      ],
    ],
    [
      6,
      [
        'samedi',
        'saturday',
        'nhar sebt',
        'nhar ssebt',
        'ta3 sebt',
        'ta3 ssebt',
        'ta3 lsebt',
        'sebt',
        'ssebt',
        'lsebt',
        'sebt li fat',
        'ssebt li fat',
        'lsebt li fat',
        'السبت',
      ],
    ],
    [
      0,
      [
        'dimanche',
        'sunday',
        'nhar l7ad',
        'nhar lhad',
        'nhar l7ed',
        'ta3 l7ad',
        'ta3 lhad',
        'l7ad li fat',
        'يوم الاحد',
        'نهار الاحد',
        'نهار لحد',
        'الاحد الماضي',
        'الاحد اللي فات',
        'الاحد لي فات',
      ],
    ],
  ] as [number, string[]][]
).map(([day, words]) => [day, new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${words.join('|')})(?![\p{L}\p{N}])`, 'u')]);
/** « lundi prochain », « next Monday », « الخميس الجاي »: a day to come (days-to-come.ts), never a past date. */
const NEXT = /(?<![\p{L}])(?:prochain|prochaine|next|coming|qui vient|qui arrive|jay|jaya|القادم|المقبل|الجاي|الجايه)(?![\p{L}])/u;
/** « samedi dernier », « last Saturday », « السبت الماضي »: a week back when it is today's weekday. */
const LAST = /(?<![\p{L}])(?:dernier|derniere|passe|passee|last|li fat|li fet|الماضي|اللي فات|لي فات)(?![\p{L}])/u;

const count = (word: string): number => (/^\d/.test(word) ? Number(word) : (COUNT_WORDS[word] ?? NaN));
const isWeek = (unit: string): boolean => new RegExp(`^${WEEKS}$`, 'u').test(unit);

/** How many days back the message says, if it says so (a year at most). */
function daysBack(said: string, today: number): number | undefined {
  const folded = withoutPartOfDay(said);
  for (const re of AGO) {
    const m = re.exec(folded);
    if (m) {
      const n = count(m[1]) * (isWeek(m[3] ?? '') ? 7 : 1);
      return n >= 1 && n <= 366 ? n : undefined;
    }
  }
  const two = AGO_TWO.exec(folded);
  if (two) return /اسبوعين/u.test(two[1]) ? 14 : 2;
  if (WEEK_AGO.test(folded)) return 7;
  // « samedi j'étais fermé, recette d'aujourd'hui 20000 »: today named, the weekday is another day's (the review).
  if (TODAY.test(folded)) return undefined;
  const clause = weekdayClause(folded);
  const figure = FIGURE.exec(clause)?.index ?? clause.length;
  for (const [day, re] of WEEKDAYS) {
    const m = clause ? re.exec(clause) : null;
    if (!m || NEXT.test(clause) || FUTURE.test(clause) || closedThatDay(clause, m.index + m[0].length)) continue;
    // « depuis lundi », « men sebt »: a span up to today, not that one day (« combien on a fait depuis lundi ? » showed
    // Monday's sales alone, on any day but a Monday).
    if (SINCE_BEFORE.test(clause.slice(0, m.index))) continue;
    if (m.index > figure && NOT_THE_FIGURES_DAY.test(clause.slice(figure, m.index))) continue;
    // « j'ai vendu 3 sucre mardi je reçois 20 »: the weekday opens a thing of its own (the third review).
    if (m.index > figure && SUBJECT_NEXT.test(clause.slice(m.index + m[0].length))) continue;
    const back = (today - day + 7) % 7;
    return back === 0 && LAST.test(clause) ? 7 : back;
  }
  return undefined;
}

/** A figure, not Arabizi's letters (« ma7allitch », « 3andi »: a 7 or a 3 inside a word dated the clause: the reviewer). */
const FIGURE = /(?<![\p{L}])\d+(?!\p{L}{3})/u;

/** Another's visit or payment that day (« le fournisseur passe samedi », « karim paie lundi »). */
const SOMEONE_ELSES_DAY =
  /(?<![\p{L}])(?:passe|passera|vient|viendra|livre|livrera|arrive|arrivera|paie|paye|paiera|regle|reglera|comes|visits|delivers|pays|yji|yjib|ykhalles|ykhallas|يجي|يجيب|يخلص)(?![\p{L}])/u;

/** « depuis », « since », « men », « من » right before a weekday. */
const SINCE_BEFORE = /(?<![\p{L}])(?:depuis|since|men|mel|من)\s+$/u;

/**
 * A future said (« il réglera samedi », « il va payer lundi », « he will pay on Monday »), or the owner's present, which
 * with a weekday is to come (« samedi je paie le loyer 30000 »: the review): the weekday is to come.
 */
const FUTURE =
  /(?<![\p{L}])(?:(?:paie|pai|paye|regle|passe|vien|pren|livre|ren|verse|achete|donne|ramene|apporte|arrive|se|fe)(?:ra|rai|ras|ront)|(?:va|vais|vont)\s+\p{L}+(?:er|ir|re)|will|going to|ghadi|راح|سوف|سي\p{L}+|ست\p{L}+|je paie|je paye|je regle|je verse|je vends|j ajoute|je rajoute|on paie|on paye|nkhalas|nkhalles|ndfa3|nbi3|nzid|نخلص|ندفع|نبيع|نزيد)(?![\p{L}])/u;
/**
 * What says the weekday after the figure is another thing's day: a payment or a deadline (« karim a pris 3 sucre a credit
 * il paie samedi », « … échéance samedi »), someone else doing something (« recette 20000 je ferme samedi », « … le
 * fournisseur passe jeudi »): the sale, takings or bill were dated that day (the second review).
 */
const NOT_THE_FIGURES_DAY =
  /(?<![\p{L}])(?:paie|paye|paiera|payer|pays|pay|paid|regle|reglera|paiement|jusqu|pour|avant|echeance|ferme|passe|vient|livre|arrive|until|by|due|till|il|elle|he|she|je|j|i|ykhal\p{L}*|nkhal\p{L}*|يخلص|يدفع|يجي|نخلص|ندفع|حتى|قبل)(?![\p{L}])/u;
/**
 * A clause that is a day and nothing else (« lundi », « samedi dernier », « nhar sebt »): « samedi fermé, recette 20000 »
 * says what Saturday was, and the takings are today's (the fourth review).
 */
const dayAlone = (clause: string): boolean => {
  let rest = clause;
  for (const [, re] of WEEKDAYS) rest = rest.replace(re, ' ');
  return (
    rest
      .replace(LAST, ' ')
      // « hier et avant hier j'ai vendu 10 sucre »: « hier » alone is a day said for the figures too (the third review).
      .replace(new RegExp(BEFORE_YESTERDAY, 'gu'), ' ')
      .replace(new RegExp(YESTERDAY, 'gu'), ' ')
      .replace(/(?<![\p{L}])(?:le|on|nhar|يوم|نهار)(?![\p{L}])/gu, ' ')
      // « samedi soir, recette 15000 »: a time of that day is still the day alone (the twenty-eighth session's reviewer).
      .replace(PART_OF_DAY, ' ')
      .trim() === ''
  );
};

/** « sebt sbah », « samedi ce matin »: the morning of that day, no « today » (the second reviewer). */
const withoutPartOfDay = (folded: string): string => folded.replace(DAY_THEN_PART, '$1');
const PART_OF_DAY =
  /(?<![\p{L}])(?:soir|matin|apres midi|apres-midi|aprem|midi|la3chiya|la3chia|l3chiya|fel3chiya|sbah|fesbah|evening|morning|afternoon|night|العشيه|الصباح|المساء|الصبح|في الصباح|في العشيه)(?![\p{L}])/gu;

/**
 * The day named was one the shop was closed, said right after it (« hier fermé recette 20000 », « samedi j'étais fermé,
 * … », « nhar sebt msaker dakhla 20000 », « البارح مسكر المدخول 20000 »): no figure's day (the twenty-sixth session's fourth
 * review). Only the closed words themselves up to the clause's end or the takings named: closing late, in the morning, for
 * lunch, till noon, or someone else off (« hier fermé tard, recette 25000 », « hier mon employé était en congé … ») is a
 * day the shop was open, and another day closed (« hier recette 20000 demain fermé ») dates nothing away (the review).
 */
const CLOSED_AFTER_DAY = new RegExp(
  // Between the day and « fermé », only who or what was closed being the shop (« hier la banque fermée » kept the takings
  // of the day: the fourth review).
  // Another day joined before it (« hier et avant hier fermé ») and the owner's own words (« je n'ai pas ouvert », « je suis
  // resté fermé », « kont msaker ») too (the fifth review).
  String.raw`^(?:\s+(?:c|j|je|n|ai|suis|reste|restee|on|nous|we|i|it|the|le|la|l|ma|mon|shop|store|magasin|boutique|hanout|lhanout|etait|etais|etions|etaient|was|were|est|kan|kant|kanet|kenna|kunt|kont|kount|rani|rana|راني|كان|كنت|كانت|كنا|الحانوت|المحل|et|w|and|avant|avant-hier|hier|day|before|yesterday|lbare7|lbareh|qbel|9bel|و|قبل|البارح)){0,6}\s+` +
    String.raw`(?:ferme|fermee|fermes|closed|msaker|msakar|msekker|msakrin|مسكر|مسكره|مغلق|مغلقه|عطله|pas ouvert|not open|ma fta7tch|ma ftahtch|ma fta7nach|مافتحتش|ما فتحتش)` +
    // « fermé pour maladie / congé / l'aïd »: closed all day for it.
    String.raw`(?:\s+pour\s+(?:maladie|conge|la fete|fete|l aid|aid|deuil|travaux|inventaire|jour ferie))?` +
    String.raw`(?=\s*$|\s*[,.;!?،(]|\s+(?:(?:et|w|and)\s+)?(?:la\s+|ma\s+)?(?:recette|recettes|dakhla|takings|revenue|المدخول|مدخول|والمدخول))`,
  'u',
);
/** Whether folded `text` says the shop was closed the day named ending at `dayEnd`. */
export const closedThatDay = (text: string, dayEnd: number): boolean => CLOSED_AFTER_DAY.test(text.slice(dayEnd));

/** A subject right after the weekday: what follows is another clause's. */
const SUBJECT_NEXT = /^\s+(?:je|j|il|elle|on|nous|ils|i|he|she|we|they|ana|houwa)(?![\p{L}])/u;
/**
 * Today named, or now: « aujourd'hui », « today », « lyoum », « اليوم », « ce matin », « maintenant », « and now », « daba ». One
 * list for the past day read here and for goods added after a card (« et 2 lait aujourd'hui » after Saturday's sale).
 */
const TODAY =
  /(?<![\p{L}])(?:aujourd hui|aujourdhui|aujourd hu|today|lyoum|lyouma|elyoum|el youm|liyoum|ce matin|maintenant|a l instant|juste maintenant|cet aprem|cet apres midi|ce soir|this morning|now|just now|right now|tonight|this afternoon|this evening|daba|drk|dorka|l3chia|sbah|[وفبل]{0,2}(?:اليوم|ليوم|الان|توا|الليله|الصباح))(?![\p{L}])/u;
/** Whether folded text names today (TODAY). */
export const saysToday = (folded: string): boolean => TODAY.test(folded);
/** Whether folded text names today, a weekday's part (« sebt sbah ») aside. */
export const namesTodayBesideDays = (folded: string): boolean => TODAY.test(withoutPartOfDay(folded));

/**
 * The text a weekday may date: up to the end of the clause with the message's first figure (« lundi, j'ai vendu 5 sucre »,
 * « la recette de samedi 20000 »). A weekday after it is another clause's day (« Mourad a pris 2 sacs de farine, il
 * réglera samedi »; « la recette 20000 et électricité 4500 samedi »).
 */
function weekdayClause(folded: string): string {
  const clauses = folded.split(CLAUSES);
  const first = clauses.findIndex((c) => FIGURE.test(c));
  if (first < 0) return folded;
  // A clause before the figure's dates it only when it is the day alone (« lundi, j'ai vendu 5 sucre »), not a thing of
  // its own (« samedi j'étais fermé, … »).
  const before = clauses.slice(0, first).filter(dayAlone);
  return [...before, clauses[first]].join(' , ');
}

/**
 * A weekday said in a clause of its own before the figures', which is more than the day (« samedi j'ai fermé tôt, recette
 * 15000 »): the figures may be that day's or today's — the write was dated today (the twenty-seventh session's note, at
 * both bases). Not a day the shop was closed (« samedi fermé, recette 20000 » is today's), nor one to come, nor with today
 * named (« samedi j'étais fermé, recette d'aujourd'hui 20000 »).
 */
export function weekdayOfAnotherClause(text: string): boolean {
  const folded = foldForCues(text);
  if (TODAY.test(folded)) return false;
  const clauses = folded.split(CLAUSES);
  const first = clauses.findIndex((c) => FIGURE.test(c));
  // Before the figures' clause only: a day alone there dates them (weekdayClause). After it, a weekday is as often a day
  // to come, a day off or another thing's (« recette 15000, dimanche repos », « …, lkhmis njib sokar »: the second
  // reviewer found the first form, any weekday clause after, asking those).
  return clauses.slice(0, Math.max(first, 0)).some(
    (clause) =>
      !dayAlone(clause) &&
      !NEXT.test(clause) &&
      // « le fournisseur passe samedi, recette 15000 »: another's visit or payment, not the takings' day (the reviewer).
      !SOMEONE_ELSES_DAY.test(clause) &&
      !FUTURE.test(clause) &&
      WEEKDAYS.some(([, re]) => {
        const m = re.exec(clause);
        return !!m && !closedThatDay(clause, m.index + m[0].length);
      }),
  );
}

/**
 * Where the message says days ago (« hadi 2 ayam », « قبل 3 أيام »), as [start, end) in its folded text (the same offsets
 * as the text's): the count there is no goods (« قبل 3 أيام بعت 5 سكر » sold « أيام » ×3).
 */
export function daysAgoSpans(text: string): [number, number][] {
  const folded = foldForCues(text);
  return [...AGO, AGO_TWO, WEEK_AGO].flatMap((re) => {
    const m = re.exec(folded);
    return m ? [[m.index, m.index + m[0].length] as [number, number]] : [];
  });
}

/**
 * The past day the message names as days ago or as a weekday, « YYYY-MM-DD » (as period.ts's days are computed); none for
 * today's weekday alone, which is today.
 */
export function pastDayNamed(text: string, now: Date): string | undefined {
  const back = daysBack(foldForCues(text), now.getDay());
  if (!back) return undefined;
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() - back)).toISOString().slice(0, 10);
}

const YESTERDAY = /(?<![\p{L}])(?:hier|yesterday|lbare7|lbareh|elbare7|el bare7|el bareh|lbera7|البارح|البارحه|امس)(?![\p{L}])/u;
const BEFORE_YESTERDAY =
  /(?<![\p{L}])(?:avant hier|avant-hier|day before yesterday|9bel lbare7|qbel lbare7|اول امس|قبل البارح|قبل امس)(?![\p{L}])/u;

/**
 * A span of days or a past no day can be read from (« en 3 jours », « pendant 2 semaines », « il y a 1 mois », « last week »,
 * « il y a quelques jours »): no one day to put a write on (the second review: written today, or dated by a guess).
 */
const NO_ONE_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:en|pendant|during|over|in|f|fi|خلال|في)\s+${COUNT}\s+${UNIT}` +
    String.raw`|(?:il y a|ca fait|avant|hadi|9bel|qbel|قبل|منذ)\s+(?:\d+|un|une|deux|trois|quelques|qq)\s+(?:mois|ans?|annees?|chhar|chhour|شهر|اشهر|شهور|سنه)` +
    String.raw`|(?:\d+|a|one|two|three)\s+(?:months?|years?)\s+ago|a few days ago|a couple of days ago|few days ago|il y a quelques jours|quelques jours|ces derniers jours` +
    String.raw`|la semaine derniere|semaine derniere|la semaine passee|last week|the other day|l autre jour|simana li fatet|الاسبوع الماضي|الاسبوع اللي فات|قبل شهر|قبل ايام)(?![\p{L}])`,
  'u',
);

/** The days a piece of folded text names, as days back from today (-1 for a day that cannot be read). */
function daysIn(said: string, today: number): number[] {
  const folded = withoutPartOfDay(said);
  const days: number[] = WEEKDAYS.filter(([, re]) => re.test(folded)).map(([d]) => (today - d + 7) % 7);
  const before = BEFORE_YESTERDAY.test(folded);
  if (before) days.push(2);
  if (YESTERDAY.test(before ? folded.replace(new RegExp(BEFORE_YESTERDAY, 'gu'), ' ') : folded)) days.push(1);
  if ([...AGO, AGO_TWO, WEEK_AGO].some((re) => re.test(folded))) days.push(daysBack(folded, today) ?? -1);
  if (TODAY.test(folded)) days.push(0);
  return days;
}

/**
 * Two days or more named for the figures (« samedi j'ai vendu 3 sucre et dimanche 2 lait », « samedi et dimanche recette
 * 40000 », « recette 25000 et hier 20000 »), or a span or a past with no one day (NO_ONE_DAY): one write has one day — the
 * whole message was put on the first (the reviews). Only the clauses with a figure count, with a day said alone just before
 * one (« samedi et dimanche … »); a figure's clause with no day is today's when it comes before any day, else the day before
 * it goes on (« hier j'ai vendu 3 sucre et 2 lait »). « samedi j'étais fermé, recette d'aujourd'hui 20000 » names one day.
 * « hier dimanche » (said on a Monday) is one day.
 */
export function namesSeveralDays(text: string, now: Date): boolean {
  const folded = foldForCues(text);
  // « depuis lundi j'ai vendu 30 sucre »: a span up to today, no one day (it was dated Monday, then today: the reviewer).
  // In the figures' clause only (« recette 20000, karim n'est pas venu depuis lundi » is today's: the fourth reviewer).
  const figures0 = folded.split(CLAUSES).find((c) => FIGURE.test(c)) ?? '';
  if (NO_ONE_DAY.test(folded) || SINCE_DAY.test(figures0)) return true;
  // Each figure's clause: the days it names (with a day said alone just before it), and whether one comes before the figure.
  const figures: { days: number[]; dayFirst: boolean }[] = [];
  let alone: number[] = [];
  for (const clause of folded.split(CLAUSES)) {
    const named = daysIn(clause, now.getDay());
    // The figure, not the days counted (« il y a 3 jours c'était 15000 » says its day first: the review).
    const digit = FIGURE.exec(clause.replace(AGO_ANY, (m) => ' '.repeat(m.length)));
    if (digit) {
      const ownFirst = named.length > 0 && daysIn(clause.slice(0, digit.index), now.getDay()).length > 0;
      figures.push({ days: [...alone, ...named], dayFirst: alone.length > 0 || ownFirst });
      alone = [];
    } else alone = dayAlone(clause) ? [...alone, ...named] : [];
  }
  const days = new Set<number>();
  figures.forEach(({ days: named }, i) => {
    if (named.length) return named.forEach((d) => days.add(d));
    // No day of its own: the day before it goes on (« hier j'ai vendu 3 sucre et 2 lait »); before any, it is today's when a
    // later figure has its day first (« recette 25000 et hier 20000 »), the later day's when said last (« I paid 4500
    // electricity and 1200 water yesterday »).
    if (figures.slice(0, i).some((f) => f.days.length)) return;
    if (figures.slice(i + 1).some((f) => f.days.length && f.dayFirst)) days.add(0);
  });
  return days.size > 1 || days.has(-1);
}

/** The weekdays' names, for « depuis lundi » (a span up to today). */
const WEEKDAY_WORDS = [
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday'],
  ...['friday', 'saturday', 'sunday', 'letnin', 'tlata', 'larb3a', 'lkhmis', 'ljem3a', 'sebt', 'l7ad', 'السبت', 'الاحد'],
  ...['الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه'],
].join('|');

/** A weekday and the part of it said right after (« sebt sbah », « samedi soir »). */
const DAY_THEN_PART = new RegExp(
  String.raw`(?<![\p{L}])(${WEEKDAY_WORDS})\s+(?:ce\s+|fel\s+|f\s+|in the\s+)?${PART_OF_DAY.source.replace('(?<![\\p{L}])', '')}`,
  'gu',
);
/** A span of days named (« des 3 jours », « depuis 3 jours », « the last 3 days », « ta3 3 ayam », « يومين », « depuis lundi »). */
const TAKINGS_OF_DAYS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:des|les|ces|de|sur|pour|depuis|for|over|the last|the past|ta3|nta3|dyal|نتاع|ديال|تاع|طول)\s+(?:derniers\s+|last\s+|past\s+)?${COUNT}\s+(?:derniers\s+|last\s+)?${UNIT}` +
    String.raw`|(?:مدخول|دخل|الدخل|المدخول|dakhla|recette|takings)\s+${COUNT}\s+${UNIT}` +
    String.raw`|(?:ta3|nta3|dyal|de|des|مدخول|المدخول|dakhla|نتاع|تاع|ديال)\s+(?:يومين|yamin|youmin|yomin|deux jours|2 jours)` +
    String.raw`|(?:depuis|since|men|من)\s+(?:${WEEKDAY_WORDS}))(?![\p{L}])`,
  'u',
);
/** Two days joined (« hier et avant hier », « vendredi et samedi », « depuis hier », « men lbare7 »): the takings of both. */
const PAST_DAY_WORD = String.raw`(?:d\s+)?(?:hier|avant[\s-]hier|yesterday|lbare7|lbareh|el bare7|el bareh|elbare7|9bel lbare7|qbel lbare7|قبل البارح|البارح|امس|${WEEKDAY_WORDS})`;
/** « depuis lundi », « men sebt », « depuis hier », « men el bare7 »: a span up to today. */
const SINCE_DAY = new RegExp(String.raw`(?<![\p{L}])(?:depuis|since|men|mel|من)\s+${PAST_DAY_WORD}(?![\p{L}])`, 'u');
const DAY_WORD = String.raw`(?:${PAST_DAY_WORD}|aujourd hui|today|ce matin|lyoum|اليوم)`;
const TWO_DAYS = new RegExp(
  // Not « depuis ce matin » (today), nor a day restated after a comma (« recette hier, mardi, 20000 »: the fourth review).
  String.raw`(?<![\p{L}])(?:${DAY_WORD}\s*(?:\s(?:et|w|and|&)\s|\s+و)\s*${DAY_WORD}|(?:depuis|since|men|mel|من)\s+${PAST_DAY_WORD}` +
    // « hier, avant hier »: two days after a comma only when they differ by their names.
    String.raw`|(?:d\s+)?(?:hier|yesterday|lbare7|lbareh|البارح|امس)\s*,\s*(?:d\s+)?(?:avant[\s-]hier|9bel lbare7|qbel lbare7|قبل البارح)` +
    String.raw`|(?:d\s+)?(?:avant[\s-]hier|9bel lbare7|qbel lbare7|قبل البارح)\s*,\s*(?:d\s+)?(?:hier|yesterday|lbare7|lbareh|البارح|امس)` +
    // « recette 2j 40000 », « 48h », « du 16 au 18 » — not an amount's last digit before « j'ai » (« recette 12345 j'ai »).
    String.raw`|(?<!\p{N})[2-9]\s*j(?!\s*ai)|(?:48|72)\s*h|du\s+\d{1,2}\s+au\s+\d{1,2})(?![\p{L}\p{N}])`,
  'u',
);
/** Days counted (« 2 jours », « 3 days », « يومين »), as a correction after the takings (« non c'était 2 jours »). */
const DAYS_COUNTED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${COUNT}\s+${UNIT}|يومين|yamin|youmin|yomin)(?![\p{L}])`, 'u');
export const countsDays = (text: string): boolean => {
  const m = DAYS_COUNTED.exec(foldForCues(text));
  return !!m && (m[1] === undefined || count(m[1]) > 1);
};
/** A span of more than one day in `folded` (« des 3 jours », not « de 1 jour »). */
const spansDays = (folded: string): boolean => {
  const m = TAKINGS_OF_DAYS.exec(folded);
  return !!m && (m[1] === undefined || count(m[1]) !== 1) && (m[4] === undefined || count(m[4]) !== 1);
};
const TAKINGS_WORD = /(?<![\p{L}])(?:recette|recettes|takings|dakhla|المدخول|مدخول|الدخل|revenue)(?![\p{L}])/u;

/**
 * Takings said for several days (« recette des 3 jours 60000 », « recette 20000 depuis 3 jours », « dakhla ta3 3 ayam »,
 * « مدخول يومين », « depuis lundi recette 60000 », « recette hier et avant hier 40000 », « recette 30000 2 jours »): no one
 * day's — a day's takings of them was proposed (the twenty-sixth session's fourth review, at both bases). In the takings'
 * own clause only (« recette 20000, depuis 2 jours le lait manque » is today's); the whole message after a takings card,
 * which names no takings (« et hier et avant hier 30000 »).
 */
export const takingsOfSeveralDays = (text: string): boolean => {
  const folded = foldForCues(text);
  const word = TAKINGS_WORD.exec(folded);
  if (!word) return TWO_DAYS.test(folded) || spansDays(folded);
  const [start, end] = clauseSpan(folded, word.index);
  const clause = folded.slice(start, end);
  // Two days starting in the takings' clause (« recette hier et avant hier 40000 »; not « …, le frigo en panne depuis hier »).
  const two = TWO_DAYS.exec(folded);
  if (two && two.index >= start && two.index <= end) return true;
  // Days counted there, not days ago (« recette 20000 il y a 2 jours » is that day's).
  return spansDays(clause) || (countsDays(clause) && !AGO_ANY_ONCE.test(clause));
};
