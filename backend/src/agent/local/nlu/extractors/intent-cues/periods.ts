import { cueRegex, foldForCues } from '../cue-regex';
import { PAST_PERIOD_CUES, PAST_WITHOUT_PERIOD_CUES } from '../../lexicon/past-periods';

/**
 * Past periods named (« hier », « le mois dernier », « البارح ») and comparisons with them, which decide whether
 * the past is the period asked or only the comparison.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/**
 * Any past period named (« hier », « le mois dernier », « le trimestre dernier », « البارح »): the trust rules refuse only
 * those that extractPastPeriod does not read as a whole past period the tools take.
 */
const PAST_PERIOD = cueRegex([...PAST_PERIOD_CUES.flatMap(([, cues]) => cues), ...PAST_WITHOUT_PERIOD_CUES]);

/** Comparing with the past, or naming today too, is answered by the period-to-date figures and their change. */
const COMPARED_OR_CURRENT = cueRegex([
  'par rapport',
  'compare',
  'comparé',
  'comparer',
  'comparaison',
  'vs',
  'versus',
  'contre',
  'augmenté',
  'baissé',
  'progressé',
  'evolution',
  'évolution',
  'compared',
  'قارن',
  'مقارنة',
  'than',
  'up',
  'down',
  'growth',
  'kter men',
  'ktar men',
  'mqarna',
  'مقارنة',
  'مقارنه',
  'بالمقارنة',
  'أكثر من',
  'اكثر من',
  'ارتفعت',
  'زادت',
  'نقصت',
  'aujourd hui',
  'today',
  'lyoum',
  'اليوم',
  'ce mois',
  'this month',
  'cette semaine',
  'this week',
  'cette annee',
  'this year',
  'had chhar',
  'هذا الشهر',
  'هاد الشهر',
]);
export const hasPastPeriodCue = (text: string) => PAST_PERIOD.test(foldForCues(text)) && !COMPARED_OR_CURRENT.test(foldForCues(text));
/** « Par rapport au mois dernier », « compared with last week », « ce mois et… »: the past is the comparison, not the period. */
/**
 * « Compare cette semaine à la semaine dernière », « this month vs last month », « قارن هذا الأسبوع بالأسبوع الماضي »:
 * two periods set side by side, which dashboard_stats answers (each figure with its change), never a list of sales.
 */
const COMPARING = cueRegex([
  'compare',
  'comparer',
  'comparez',
  'comparaison',
  'compared',
  'comparison',
  'vs',
  'versus',
  'قارن',
  'مقارنة',
  'qaren',
  '9aren',
]);
export const comparesPeriods = (text: string) => COMPARING.test(foldForCues(text)) && PAST_PERIOD.test(foldForCues(text));
export const comparesOrNamesCurrent = (text: string) => COMPARED_OR_CURRENT.test(foldForCues(text));
