/**
 * Dates as printed on receipts: 14/03/2026, 14-03-26, 14.03.2026, 2026-03-14, 20260314, 14 mars 2026, 28 MAR 18,
 * 25/FEB/2017, Mar 28, 2018, and Arabic month names. Day-first is assumed (Algeria, Malaysia, France); month-first is
 * used only when day-first is impossible (12/28/2017).
 */

export interface DateCandidate {
  /** YYYY-MM-DD */
  iso: string;
  start: number;
  /** Day and month are both ≤ 12 and differ: the reading depends on the day-first assumption. */
  ambiguous: boolean;
  fourDigitYear: boolean;
  kind: 'numeric' | 'month-name' | 'year-first' | 'compact';
  /** Read month-first because day-first was impossible (12/28/2017), or from a lossy pattern: less likely. */
  unusual: boolean;
}

/** Month names after `normalizeLine` (upper-case, no accents, Arabic alef forms unified). */
const MONTHS: [number, string[]][] = [
  [1, ['JANVIER', 'JANV', 'JANUARY', 'JAN', 'JANUARI', 'جانفي', 'يناير']],
  [2, ['FEVRIER', 'FEVR', 'FEV', 'FEBRUARY', 'FEB', 'FEBRUARI', 'فيفري', 'فبراير']],
  [3, ['MARS', 'MARCH', 'MAR', 'MAC', 'مارس']],
  [4, ['AVRIL', 'AVR', 'APRIL', 'APR', 'ابريل', 'افريل']],
  [5, ['MAI', 'MAY', 'MEI', 'ماي', 'مايو']],
  [6, ['JUIN', 'JUNE', 'JUN', 'جوان', 'يونيو']],
  [7, ['JUILLET', 'JUIL', 'JULY', 'JUL', 'JULAI', 'جويليه', 'جويلية', 'يوليو']],
  [8, ['AOUT', 'AUGUST', 'AUG', 'OGOS', 'OGO', 'اوت', 'اغسطس']],
  // « سبتمبز »: the final « ر » read « ز » (one dot more; twenty-fourth round, unseen group G), for each month ending so.
  [9, ['SEPTEMBRE', 'SEPTEMBER', 'SEPT', 'SEP', 'سبتمبر', 'سبتمبز']],
  [10, ['OCTOBRE', 'OCTOBER', 'OCT', 'OKT', 'OKTOBER', 'اكتوبر', 'اكتوبز']],
  [11, ['NOVEMBRE', 'NOVEMBER', 'NOV', 'نوفمبر', 'نوفمبز']],
  [12, ['DECEMBRE', 'DECEMBER', 'DEC', 'DIS', 'DISEMBER', 'ديسمبر', 'ديسمبز']],
];
const MONTH_BY_NAME = new Map(MONTHS.flatMap(([m, names]) => names.map((n) => [n, m] as const)));
/** The month a word names (`word` after `normalizeLine`), or undefined. */
export const monthNamed = (word: string): number | undefined => MONTH_BY_NAME.get(word);
const MONTH_ALT = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
const L = '[A-Z\\p{Script=Arabic}]';

/** One separator throughout: « TOTAL : 31.03 -00 » is an amount and a speck, not 31 March 2000. */
const NUMERIC = /(?<!\d)(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?!\d)/g;
/**
 * The time read against the year with no space between them: « 09/02/201811:40 » (PP-OCR's « ch » model writes no
 * space where the print has a narrow one, bench/README.md fourteenth round). Only before a real « hh:mm ».
 */
const NUMERIC_TIME_GLUED = /(?<!\d)(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?((?:19|20)\d{2})(?=(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))/g;
/** OCR dropped the second separator: "30-092017". */
const NUMERIC_LOST_SEPARATOR = /(?<!\d)(\d{1,2})[/.-](\d{2})(20\d{2})(?!\d)/g;
/** OCR dropped the first separator: « DATE: 2504/2017 ». */
/**
 * « 07/0324 » for « 07/03/24 » (thirty-first round, unseen group N's gym: « 07/03/24 à 11h39 », the second slash lost
 * and the time to specks): two digits, a slash, four digits — a two-digit year's date, read as unusual.
 */
const NUMERIC_LOST_SHORT_SEPARATOR = /(?<![\d/.,-])(\d{2})\/(0[1-9]|1[0-2])(\d{2})(?![\d/.,-])/g;
const NUMERIC_LOST_FIRST_SEPARATOR = /(?<!\d)(\d{2})(\d{2})[/.-](20\d{2})(?!\d)/g;
const YEAR_FIRST = /(?<!\d)((?:19|20)\d{2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{1,2})(?!\d)/g;
/**
 * The time read against a year-first date, before it (twenty-second round, unseen group E): « ٢٠٢٤-٠٥-٢٧ ٢١:٢٤ » on a
 * right-to-left row came out « ٢١:٢٤٢٠٢٤-٠٥-٢٧ ». Only after a real « hh:mm », and with both separators.
 */
const YEAR_FIRST_TIME_GLUED = /(?<=(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d)((?:19|20)\d{2})([/.-])(\d{1,2})\2(\d{1,2})(?!\d)/g;
/**
 * A two-digit-year date whose first slash was read as a comma or a dot, right after its label: « DATE 08,07/26 »
 * (twenty-second round, unseen group E). Only after « DATE » and with a slash kept: « 31.03/00 » alone is no date.
 */
const LABELLED_MIXED_SEPARATORS = /(?<=\bDATE ?:? ?)(\d{2})[.,](\d{2})\/(\d{2})(?!\d)/g;
/**
 * « ١٩-٠٧-٢٠٢٥ » on a right-to-left row read « ٠٧- ١٩ ٢٠٢٥ » (twenty-third round, unseen group B): the day and the
 * month swapped, a dash left glued to the month and none before the year. Only on a row with Arabic letters, in exactly
 * that shape; read month, day, year.
 */
const SWAPPED_DAY_MONTH_RTL = /(?<![\d-])(\d{1,2})- (\d{1,2}) +((?:19|20)\d{2})(?![\d/.-])/g;
/**
 * « ٢٠٢٤-٠٧-٠٩ ١١:٣٧ » on a right-to-left row read in pieces, « ١٠: ٣٧ ٠٩ ٠٧-٢٠٢٤ » (twenty-eighth round, unseen group
 * K's roasteries): the time first (a right-to-left mark may follow its colon), then the day, the month and the year,
 * the dash between the day and the month lost. Only right after a time: « 09 07-2024 » alone is no date.
 */
const TIME_THEN_DAY_MONTH_YEAR =
  /(?<=(?<!\d)(?:[01]?\d|2[0-3]) ?:[\u200e\u200f]? ?[0-5]\d +)(\d{1,2}) (\d{1,2})-((?:19|20)\d{2})(?![\d/.-])/g;
/**
 * « ٢٠٢٤.٠١.٠٨ » read « ٢٠٢٤٠٠١.٠٨ » (thirtieth round, unseen group M's party hall): the Eastern zero « ٠ » is a dot,
 * and a year-first date's first dot came out as one more zero between the year and the month. Only on a row with
 * Arabic letters (the Arabic model's confusion), in exactly that shape — the year, « 0 », a month, the separator kept,
 * a day.
 */
const YEAR_FIRST_DOT_AS_ZERO = /(?<!\d)((?:19|20)\d{2})0(0[1-9]|1[0-2])([/.-])(\d{2})(?!\d)/g;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const COMPACT = /(?<!\d)(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/g;
/**
 * « الجمعة 10 أوت ١٣ ٠٣ - ٢٠٢٥ » for « الجمعة ١٥ أوت ٢٠٢٥ - ١٣:٠٣ » (twenty-seventh round, unseen group J): the time,
 * read before the year on a right-to-left row, lost its colon; the dash a till prints between the date and the time
 * stays. Its hour, followed by the minutes, the dash and a year, is no two-digit year (it gave 2013); the four-digit
 * year after it is the date's.
 */
const MINUTES_THEN_YEAR = ' +[0-5]\\d *[-=–—] *(?:19|20)\\d{2}(?!\\d)';
/**
 * « 24 juin 18:51 »: the hour after a month name is a time, not a two-digit year. An Arabic paper may write « of the
 * month » between the day and the month's name (thirty-first round, unseen group N: « الثلاثاء ٧ من شهر جانفي ٢٠٢٥ »,
 * « ١٢ شهر مارس »): `OF_THE_MONTH`, read as a space.
 */
const OF_THE_MONTH = '(?: +(?:من +)?شهر +)?';
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:ER)?${OF_THE_MONTH} ?[/.,-]? ?(${MONTH_ALT})(?!${L})\\.? ?[/.,-]? ?(\\d{4}|\\d{2}(?! ?[:H] ?\\d)(?!${MINUTES_THEN_YEAR}))(?!\\d)`,
  'gu',
);
/**
 * « ١٦ نوفمبر ٢٠٢٥ ١٦:٣١ » read right to left as « ١٦ نوفمبر ١٦:٣١ ٢٠٢٥ » (twenty-first round, unseen group D): the
 * time came out between the month's name and the year. Only a real « hh:mm » and a four-digit year. The dash a till
 * prints between the date and its time stays between them (« ٢٢ فيفري ١٢:٢٢ - ٢٠٢٥ » for « ٢٢ فيفري ٢٠٢٥ - ١٢:٢٢ »,
 * twenty-fifth round, unseen group H), or read « = » (« ١٧ مارس ١٥:٢٦ = ٢٠٢٥ »): `TIME_YEAR_GAP`.
 */
const TIME_YEAR_GAP = ' +(?:[-=–—] +)?';
const DAY_MONTH_TIME_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2}) ?(${MONTH_ALT})(?!${L})\\.? +(?:[01]?\\d|2[0-3]) ?: ?[0-5]\\d(?::[0-5]\\d)?${TIME_YEAR_GAP}((?:19|20)\\d{2})(?!\\d)`,
  'gu',
);
/**
 * « ٢٣ ماي ٢٠٢٤ ٠٧:٥٩ » read right to left as « ماي 23 07:59 2024 » (twenty-third round, unseen group F): the month's
 * name first, the time between the day and the year. Only a real « hh:mm » and a four-digit year; with the dash printed
 * before the time, « سبتمبر 28 11:49 - 2026 » (twenty-fifth round, unseen group H).
 */
const MONTH_DAY_TIME_YEAR = new RegExp(
  `(?<!${L})(${MONTH_ALT})(?!${L})\\.? +(\\d{1,2}) +(?:[01]?\\d|2[0-3]) ?: ?[0-5]\\d(?::[0-5]\\d)?${TIME_YEAR_GAP}((?:19|20)\\d{2})(?!\\d)`,
  'gu',
);
/**
 * The time of a right-to-left « ٣٠ ماي ٢٠٢٥ ١١:١٨ » lost to the reader but a number (twenty-sixth round, unseen group I):
 * « ٣٠ ماي ١٨ ٢٠٢٥ » (the minutes left between the month and the year, read « 18 May »), or read as Latin specks, « ١٤
 * سبتمبر WIOA ٢٠٢٦ ». The day printed before the month's name is the day; only with a four-digit year, and the specks
 * only on a row with Arabic letters (`DAY_MONTH_SPECKS_YEAR`; a direction mark may follow the month).
 */
const DAY_MONTH_NUMBER_YEAR = new RegExp(`(?<!\\d)(\\d{1,2}) ?(${MONTH_ALT})(?!${L}) +\\d{1,2} +((?:19|20)\\d{2})(?!\\d)`, 'gu');
/** The day, the month, then the time with its colon lost and the year (`MINUTES_THEN_YEAR`). */
const DAY_MONTH_TIME_LOST_COLON_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2}) ?(${MONTH_ALT})(?!${L}) +(?:[01]?\\d|2[0-3])${MINUTES_THEN_YEAR.replace('(?:19|20)\\d{2}', '((?:19|20)\\d{2})')}`,
  'gu',
);
const DAY_MONTH_SPECKS_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2}) ?(${MONTH_ALT})(?!${L})[\u200e\u200f]? +[A-Z]{2,6} +((?:19|20)\\d{2})(?!\\d)`,
  'gu',
);
const MONTH_DAY_YEAR = new RegExp(`(?<!${L})(${MONTH_ALT})(?!${L})\\.? ?(\\d{1,2})(?:ST|ND|RD|TH)?,? ?(\\d{4})(?!\\d)`, 'gu');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toIso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function expandYear(raw: string): number {
  return raw.length === 2 ? 2000 + Number(raw) : Number(raw);
}

function valid(year: number, month: number, day: number, maxYear: number): boolean {
  return year >= 2000 && year <= maxYear && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Every date in a line that was cleaned (`cleanNumericOcr`) and normalised (`normalizeLine`).
 * `maxYear` rejects misread years (a receipt is not from the future).
 */
export function findDates(line: string, maxYear: number): DateCandidate[] {
  const out: DateCandidate[] = [];
  const add = (start: number, c: Omit<DateCandidate, 'start' | 'unusual'> & { unusual?: boolean }) => {
    if (!out.some((o) => o.start === start && o.iso === c.iso)) out.push({ unusual: false, ...c, start });
  };

  for (const m of allMatches(YEAR_FIRST, line)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (valid(y, mo, d, maxYear)) add(m.index, { iso: toIso(y, mo, d), ambiguous: false, fourDigitYear: true, kind: 'year-first' });
  }
  for (const m of ARABIC_LETTER.test(line) ? allMatches(YEAR_FIRST_DOT_AS_ZERO, line) : []) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[4])];
    if (valid(y, mo, d, maxYear))
      add(m.index, { iso: toIso(y, mo, d), ambiguous: false, fourDigitYear: true, kind: 'year-first', unusual: true });
  }
  for (const m of allMatches(YEAR_FIRST_TIME_GLUED, line)) {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (valid(y, mo, d, maxYear)) add(m.index, { iso: toIso(y, mo, d), ambiguous: false, fourDigitYear: true, kind: 'year-first' });
  }
  for (const [re, lossy] of [
    [LABELLED_MIXED_SEPARATORS, true],
    [NUMERIC, false],
    [NUMERIC_TIME_GLUED, false],
    [NUMERIC_LOST_SEPARATOR, true],
    [NUMERIC_LOST_FIRST_SEPARATOR, true],
    [NUMERIC_LOST_SHORT_SEPARATOR, true],
  ] as const) {
    for (const m of allMatches(re, line)) {
      // NUMERIC and NUMERIC_TIME_GLUED capture their separator as group 2.
      const [day, month, year] = re === NUMERIC || re === NUMERIC_TIME_GLUED ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
      const [a, b, y] = [Number(day), Number(month), expandYear(year)];
      const fourDigitYear = year.length === 4;
      if (valid(y, b, a, maxYear)) {
        add(m.index, { iso: toIso(y, b, a), ambiguous: a <= 12 && b <= 12 && a !== b, fourDigitYear, kind: 'numeric', unusual: lossy });
      } else if (valid(y, a, b, maxYear)) {
        add(m.index, { iso: toIso(y, a, b), ambiguous: false, fourDigitYear, kind: 'numeric', unusual: true });
      }
    }
  }
  for (const m of [...allMatches(DAY_MONTH_YEAR, line), ...allMatches(DAY_MONTH_TIME_YEAR, line)]) {
    const [d, mo, y] = [Number(m[1]), MONTH_BY_NAME.get(m[2]) ?? 0, expandYear(m[3])];
    if (valid(y, mo, d, maxYear))
      add(m.index, { iso: toIso(y, mo, d), ambiguous: false, fourDigitYear: m[3].length === 4, kind: 'month-name' });
  }
  const specks = ARABIC_LETTER.test(line) ? allMatches(DAY_MONTH_SPECKS_YEAR, line) : [];
  for (const m of [...allMatches(DAY_MONTH_NUMBER_YEAR, line), ...allMatches(DAY_MONTH_TIME_LOST_COLON_YEAR, line), ...specks]) {
    const [d, mo, y] = [Number(m[1]), MONTH_BY_NAME.get(m[2]) ?? 0, Number(m[3])];
    if (valid(y, mo, d, maxYear)) add(m.index, { iso: toIso(y, mo, d), ambiguous: false, fourDigitYear: true, kind: 'month-name' });
  }
  for (const m of [...allMatches(MONTH_DAY_YEAR, line), ...allMatches(MONTH_DAY_TIME_YEAR, line)]) {
    const [mo, d, y] = [MONTH_BY_NAME.get(m[1]) ?? 0, Number(m[2]), Number(m[3])];
    if (valid(y, mo, d, maxYear)) add(m.index, { iso: toIso(y, mo, d), ambiguous: false, fourDigitYear: true, kind: 'month-name' });
  }
  if (ARABIC_LETTER.test(line)) {
    for (const m of allMatches(SWAPPED_DAY_MONTH_RTL, line)) {
      const [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (valid(y, mo, d, maxYear))
        add(m.index, { iso: toIso(y, mo, d), ambiguous: false, fourDigitYear: true, kind: 'numeric', unusual: true });
    }
  }
  for (const m of allMatches(TIME_THEN_DAY_MONTH_YEAR, line)) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (valid(y, mo, d, maxYear))
      add(m.index, { iso: toIso(y, mo, d), ambiguous: false, fourDigitYear: true, kind: 'numeric', unusual: true });
  }
  for (const m of allMatches(COMPACT, line)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (valid(y, mo, d, maxYear)) add(m.index, { iso: toIso(y, mo, d), ambiguous: false, fourDigitYear: true, kind: 'compact' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** « 02/12/202 » at the end of a line: a four-digit year whose last digit was cut at the paper's (or photo's) edge. */
const CUT_YEAR = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](20\d)\s*$/;

/**
 * A date whose year lost its last digit at the edge (« Date : 02/12/202 »), completed with the year that puts it
 * nearest to another date printed on the receipt (a bill's period « du 16/08/2024 au 16/11/2024 », its due date):
 * 02/12/2024, 16 days after the period, rather than 02/12/2025. Null without another date to go by.
 */
export function cutYearDate(line: string, otherDates: readonly string[], maxYear: number): DateCandidate | null {
  const m = CUT_YEAR.exec(line);
  if (!m || !otherDates.length) return null;
  const [d, mo, decade] = [Number(m[1]), Number(m[2]), Number(m[3]) * 10];
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  let best: { iso: string; gap: number } | null = null;
  for (let y = decade; y <= decade + 9; y += 1) {
    if (!valid(y, mo, d, maxYear)) continue;
    const iso = toIso(y, mo, d);
    const gap = Math.min(...otherDates.map((o) => Math.abs(day(o) - day(iso))));
    if (!best || gap < best.gap) best = { iso, gap };
  }
  return best && { iso: best.iso, start: m.index, ambiguous: false, fourDigitYear: false, kind: 'numeric', unusual: true };
}

/**
 * Overlapping matches: in "REG #2- 25/12/2016" a plain global search would consume "2- 25/12" and never see the real
 * date. Every start position is tried; the caller ranks overlapping readings.
 */
function allMatches(re: RegExp, s: string): (RegExpExecArray & { index: number })[] {
  const out: (RegExpExecArray & { index: number })[] = [];
  const r = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let m: RegExpExecArray | null;
  while ((m = r.exec(s)) !== null) {
    out.push(m);
    r.lastIndex = m.index + 1;
  }
  return out;
}
