/**
 * A date row that names its weekday (« الثلاثاء ٦ من شهر فيفري ٢٠٢٤ », « Mardi 06.02.2024 ») checks its own day
 * (thirty-first round, issue 14, unseen group N's poultry shops: « الثلاثاء 1 من شهر فيفري ٢٠٢٤ », the 6 read « 1 »,
 * gave the first of February, a Thursday). A date that falls on another weekday than the one its row names was misread:
 * no date is better than a wrong one shown as read. Rows naming two weekdays (opening hours) check nothing.
 */

/** Normalised (no hamza, capitals) weekday names, Sunday first, as `Date#getUTCDay` counts. */
const WEEKDAYS: readonly (readonly string[])[] = [
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
