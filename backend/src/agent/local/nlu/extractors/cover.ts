import { cueRegex, foldForCues } from './cue-regex';

/** How long, in days: « how many days », « combien de jours », « شحال من نهار », « chhal men nhar ». */
const HOW_LONG = cueRegex([
  'how many days',
  'how long',
  'until when',
  'combien de jours',
  'combien de temps',
  'jusqu a quand',
  'شحال من نهار',
  'شحال من يوم',
  'قداش من نهار',
  'قداه من نهار',
  'كم يوم',
  'كم من يوم',
  'الى متى',
  'إلى متى',
  'chhal men nhar',
  'chhal mn nhar',
  'chehal men nhar',
  '9adach men nhar',
  'qadach men nhar',
  'kam yom',
]);

/** Goods lasting: « will my coffee last », « va durer », « يكفيني », « ykfini ». */
const LASTS = cueRegex([
  'last',
  'lasts',
  'durer',
  'dure',
  'durera',
  'tenir',
  'tiendra',
  'tient',
  'suffire',
  'suffira',
  'run out',
  'يكفيني',
  'يكفي',
  'تكفي',
  'تكفيني',
  'يكفو',
  'يدوم',
  'تدوم',
  'يوصلني',
  'ykfini',
  'ykafini',
  'tkafini',
  'yekfi',
  'ykfi',
  'ydoum',
]);

/**
 * « How many days will my coffee last? », « combien de jours va durer mon café ? », « شحال من نهار يكفيني القهوة؟ »: the
 * product's days of cover. Read as a sales question it was answered with the month's sales — a number said with
 * confidence that answered nothing asked. The stock and the recent sales are read, and the answer divides them
 * (models/stock-cover.ts).
 */
export function asksDaysOfCover(text: string): boolean {
  // « how many days last month did I sell bread » is no « last »ing (it answered days of cover).
  const folded = foldForCues(text).replace(/(?<![\p{L}])last (?:month|week|year|quarter|time|night|days?)(?![\p{L}])/gu, ' ');
  return HOW_LONG.test(folded) && LASTS.test(folded);
}
