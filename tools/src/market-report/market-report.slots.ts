import type { ToolSlots } from '../slots';

/** Words that ask for a report: "un rapport de marché détaillé" names no topic. */
const REPORT_WORDS = (
  'rapport rapports etude analyse document pdf marche marches complet complete detaille detaillee annuel trimestriel report study analysis market ' +
  'research full detailed annual document تقرير تقريرا دراسة تحليل السوق سوق كامل مفصل rapor rabor رابور souk marché'
).split(' ');

const FILLER_WORDS = [
  'de',
  'du',
  'des',
  'le',
  'la',
  'les',
  'un',
  'une',
  'a',
  'an',
  'the',
  'of',
  'on',
  'about',
  'sur',
  'me',
  'moi',
  'my',
  'mon',
  'ma',
  'mes',
  'عن',
  'لي',
  'اعطيني',
  'أعطني',
  'اعطني',
  'give',
  'fais',
  'make',
  'donne',
  'genere',
  'generate',
];
const NO_TOPIC = [...REPORT_WORDS, ...FILLER_WORDS];

export const marketReportSlots: ToolSlots = {
  // Words that name this tool almost on their own, whatever the rest of the sentence (a tie-breaker for the classifier).
  keywords: ['rapport', 'rapports', 'report', 'reports', 'تقرير', 'تقريرا', 'رابور', 'étude de marché', 'market study', 'دراسة'],
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const period = x.period();
    if (period) args.period = period;
    const topic = x.marketCategory() ?? x.topic(REPORT_WORDS);
    // "un rapport de marché" asks for the general report: a topic made only of report words is no topic.
    if (topic && !x.onlyWords(topic, NO_TOPIC)) args.topic = topic;
    return { args };
  },
  followUp: (x) => {
    const period = x.period();
    return period ? { period } : {};
  },
};
