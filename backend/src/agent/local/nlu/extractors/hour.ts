import { SHOP_UTC_OFFSET_MINUTES } from '../../../../common/time/period';
import { foldForCues } from './cue-regex';

/**
 * The hour a sale was made, said with its day (« hier à 19h », « yesterday at 7pm », « البارح على 7 تاع الليل »). The
 * day alone became midday: the hour was dropped, and the Arabic « 7 » of the hour was a sale of 7 « الليل ». Only an
 * hour said — never one made up — and its digits, which are no count of goods. Offsets are in the folded text.
 */
export interface HourMention {
  hour: number;
  minute: number;
  /** Where its digits are, in the folded text (a sale line never starts there). */
  span: [number, number];
}

const NOT_AFTER = '(?![\\p{L}\\p{N}])';
/** « à 19h », « vers 19h30 », « 19 h 30 », « à 7h du soir ». */
const FRENCH = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\s?h(?:\\s?(\\d{2}))?${NOT_AFTER}(?:\\s+du\\s+(soir|matin))?`, 'u');
/** « at 7pm », « at 7 pm », « at 19:30 », « at 7:30 in the evening ». */
const ENGLISH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:at|around)\\s+(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm|a m|p m)?${NOT_AFTER}(?:\\s+in\\s+the\\s+(evening|morning|afternoon))?`,
  'u',
);
const ENGLISH_SUFFIX = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm)${NOT_AFTER}`, 'u');
/** Words as the folded text spells them (« على » is « علي », « الليلة » « الليله »). */
const alt = (words: readonly string[]) => [...new Set(words.map(foldForCues))].join('|');
const EVENING_WORDS = [
  'soir',
  'pm',
  'p m',
  'evening',
  'afternoon',
  'الليل',
  'الليلة',
  'العشية',
  'لعشية',
  'المسا',
  'المساء',
  'lil',
  'l3chiya',
];
const MORNING_WORDS = ['matin', 'am', 'a m', 'morning', 'الصباح', 'الصبح', 'sbah'];
/** « على 7 تاع الليل », « الساعة 7 متاع العشية », « 3la 7 ta3 lil », « الساعة 19 ». */
const ARABIC = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alt(['على', 'ع', 'في', '3la'])}|(${alt(['الساعة', 'saa', 'sa3a'])}))\\s*(\\d{1,2})(?::(\\d{2}))?${NOT_AFTER}` +
    `(?:\\s+(?:${alt(['تاع', 'متاع', 'ta3', 'nta3'])})?\\s*(${alt(['الليل', 'الليلة', 'العشية', 'لعشية', 'المسا', 'المساء', 'الصباح', 'الصبح', 'lil', 'l3chiya', 'sbah'])}))?`,
  'u',
);

const EVENING = new Set(EVENING_WORDS.map(foldForCues));
const MORNING = new Set(MORNING_WORDS.map(foldForCues));

export function extractHour(text: string): HourMention | undefined {
  const folded = foldForCues(text);
  for (const re of [FRENCH, ENGLISH, ENGLISH_SUFFIX, ARABIC]) {
    const m = re.exec(folded);
    if (!m) continue;
    // The Arabic one has the word « الساعة » (the hour) first: its groups come one later.
    const [said, hours, minutes, part] = re === ARABIC ? [m[1], m[2], m[3], m[4]] : [undefined, m[1], m[2], m[3] ?? m[4]];
    // A bare « على 7 », « at 15 » is a count or a price as often as an hour (« sold 3 sugar at 15 »): only with the
    // part of the day or the minutes, the French « h », or « الساعة », which say it is one.
    if (re !== FRENCH && !part && !minutes && !said) continue;
    let hour = Number(hours);
    const minute = minutes ? Number(minutes) : 0;
    if (part && EVENING.has(part) && hour < 12) hour += 12;
    if (part && MORNING.has(part) && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) continue;
    const start = m.index + m[0].indexOf(hours, said ? m[0].indexOf(said) + said.length : 0);
    // « 7:30 », « 19h30 »: the minutes' digits are the hour's too.
    const end = minutes ? m.index + m[0].indexOf(minutes, start - m.index + hours.length) + minutes.length : start + hours.length;
    return { hour, minute, span: [start, end] };
  }
  return undefined;
}

/**
 * The day said (YYYY-MM-DD) at the hour said, in the shop's time (Algiers, UTC+1 all year), as the sales module takes it — or the
 * day alone when no hour was said, or when that hour is still to come (a sale is never in the future).
 */
export function dayAtHour(day: string, text: string, now: Date): string {
  const said = /^\d{4}-\d{2}-\d{2}$/.test(day) ? extractHour(text) : undefined;
  if (!said) return day;
  const [y, m, d] = day.split('-').map(Number);
  const at = Date.UTC(y, m - 1, d, said.hour, said.minute) - SHOP_UTC_OFFSET_MINUTES * 60_000;
  return at <= now.getTime() ? `${day}T${pad(said.hour)}:${pad(said.minute)}:00${OFFSET}` : day;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The shop's offset as ISO 8601 writes it (« +01:00 »). */
const OFFSET = `+${pad(Math.floor(SHOP_UTC_OFFSET_MINUTES / 60))}:${pad(SHOP_UTC_OFFSET_MINUTES % 60)}`;
