/**
 * A date row that names its weekday (« الثلاثاء ٦ من شهر فيفري ٢٠٢٤ », « Mardi 06.02.2024 ») checks its own day
 * (thirty-first round, issue 14, unseen group N's poultry shops: « الثلاثاء 1 من شهر فيفري ٢٠٢٤ », the 6 read « 1 »,
 * gave the first of February, a Thursday). A date that falls on another weekday than the one its row names was misread:
 * no date is better than a wrong one shown as read. Rows naming two weekdays (opening hours) check nothing.
 */

/** Normalised (no hamza, capitals) weekday names, Sunday first, as `Date#getUTCDay` counts: Arabic, French, English. */
export const WEEKDAYS: readonly (readonly string[])[] = [
  ['الاحد', 'DIMANCHE', 'SUNDAY'],
  ['الاثنين', 'LUNDI', 'MONDAY'],
  ['الثلاثاء', 'MARDI', 'TUESDAY'],
  ['الاربعاء', 'MERCREDI', 'WEDNESDAY'],
  ['الخميس', 'JEUDI', 'THURSDAY'],
  ['الجمعة', 'VENDREDI', 'FRIDAY'],
  ['السبت', 'SAMEDI', 'SATURDAY'],
];

const WORD_EDGE = '[^A-Z\\p{Script=Arabic}]';
const NAMED = WEEKDAYS.map((names) => new RegExp(`(?:^|${WORD_EDGE})(?:${names.join('|')})(?=$|${WORD_EDGE})`, 'u'));

/** The one weekday a normalised row names, or null (none, or more than one). */
function weekdayNamed(upper: string): number | null {
  const days = NAMED.flatMap((re, day) => (re.test(upper) ? [day] : []));
  return days.length === 1 ? days[0] : null;
}

/** True when the row names one weekday and the ISO date falls on another. */
export function weekdayContradicts(upper: string, iso: string): boolean {
  const named = weekdayNamed(upper);
  return named !== null && new Date(`${iso}T00:00:00Z`).getUTCDay() !== named;
}

const ISO = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const dayOf = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 ? t.getUTCDay() : -1;
};
/** Years a receipt's lost year may be: this one and the four before (a weekday, day and month come back every 5, 6 or 11 years). */
const YEARS_BACK = 4;

/**
 * A weekday date row that lost its month or its year (thirty-first round, unseen group N's poultry and repair shops:
 * « الثلاثاء ١٢ من شهر   ٢٠٢٥ » with « أوت » lost, « الإثنين 27 من شهر ماي » with the year lost): the weekday, the day and
 * what is left name one date when only one month of that year — or one year of the last five — puts that day on that
 * weekday. Only the weekday's own row, the day right after the weekday; never a day after `reference`. Null when two
 * dates fit (« الثلاثاء ١٧ … ٢٠٢٤ »: September and December).
 */
export function weekdayCompletedDate(upper: string, reference: Date, monthOf: (word: string) => number | undefined): string | null {
  const named = weekdayNamed(upper);
  if (named === null) return null;
  const words = upper.split(/\s+/).filter(Boolean);
  const at = words.findIndex((w) => NAMED[named].test(w));
  const day = Number(/^\d{1,2}$/.test(words[at + 1] ?? '') ? words[at + 1] : NaN);
  if (!(day >= 1 && day <= 31)) return null;
  const rest = words.slice(at + 2).filter((w) => w !== 'من' && w !== 'شهر');
  const months = rest.map(monthOf).filter((m): m is number => m !== undefined);
  const years = rest.filter((w) => /^(?:19|20)\d{2}$/.test(w)).map(Number);
  const today = reference.toISOString().slice(0, 10);
  const fits: string[] = [];
  if (months.length === 0 && years.length === 1) {
    for (let m = 1; m <= 12; m += 1) if (dayOf(years[0], m, day) === named) fits.push(ISO(years[0], m, day));
  } else if (months.length === 1 && years.length === 0) {
    const last = reference.getUTCFullYear();
    for (let y = last - YEARS_BACK; y <= last; y += 1) if (dayOf(y, months[0], day) === named) fits.push(ISO(y, months[0], day));
  }
  const past = fits.filter((iso) => iso <= today);
  return past.length === 1 ? past[0] : null;
}
