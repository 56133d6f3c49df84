import { cueRegex, foldForCues, has } from '../cue-regex';

/**
 * The shop's figures asked for: busy days and hours, margins, profit or loss, what sold and the stock's value
 * (dashboard_stats, dashboard_insights) — each read, never a product search. Best and slow sellers are sellers.ts'.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/** « Heures de pointe », « busiest day »: the busy times named outright. */
const BUSY_NAMED = cueRegex([
  'heures de pointe',
  'heure de pointe',
  'heures creuses',
  'heure creuse',
  'jour le plus calme',
  'jours les plus calmes',
  'peak hours',
  'peak hour',
  'rush hour',
  'busiest day',
  'busiest days',
  'busiest time',
  'busiest hours',
  'quietest day',
  'best day',
  'my best day',
  'meilleur jour',
  'mon meilleur jour',
  'أفضل يوم',
  'افضل يوم',
  'ahsen nhar',
  'a7sen nhar',
  'ساعات الذروة',
  'ساعة الذروة',
  'وقت الذروة',
]);
/** « Quel jour… », « à quelle heure… », « which day… », « أي يوم… », « wach men nhar… ». */
const BUSY_WHEN = cueRegex([
  'quel jour',
  'quels jours',
  'quelle journee',
  'quelle journée',
  'quelle heure',
  'quelles heures',
  'which day',
  'which days',
  'what day',
  'what days',
  'what time',
  'which hours',
  'what hours',
  'أي يوم',
  'اي يوم',
  'أي أيام',
  'أي ساعة',
  'اي ساعة',
  'واش من نهار',
  'واش من يوم',
  'واش من ساعة',
  'wach men nhar',
  'ach men nhar',
  'wach men sa3a',
  'wachmen nhar',
]);
/** …with the most or the least of it: « …je vends le plus », « …j'ai le plus de clients », « …the busiest ». */
const BUSY_MOST = cueRegex([
  'le plus',
  'le moins',
  'most',
  'least',
  'busiest',
  'quietest',
  'busy',
  'best',
  'meilleur',
  'meilleure',
  'calme',
  'monde',
  'affluence',
  'الأكثر',
  'اكثر',
  'أكثر',
  'أقل',
  'بزاف',
  'ktar',
  'kter',
  'bezzaf',
]);
/** « Quel jour je vends le plus ? », « à quelle heure j'ai le plus de clients ? »: the shop's busy days and hours. */
export const asksBusyTimes = (text: string) => {
  const folded = foldForCues(text);
  return BUSY_NAMED.test(folded) || (BUSY_WHEN.test(folded) && BUSY_MOST.test(folded));
};
/**
 * A margin asked about: « ma marge sur l'huile », « combien je gagne sur la semoule », « what's my margin on sugar »,
 * « كم هامش الربح على السميد », « شحال الفايدة في السكر », « ch7al nrba7 f zit ». With a product named it is that
 * product's margin — the shop's, which is all dashboard_stats has, would be read as the product's.
 */
export const asksMargin = has(
  cueRegex([
    'marge',
    'marges',
    'margin',
    'margins',
    'profit',
    'bénéfice',
    'benefice',
    // « Est-ce que le sucre est rentable ? »: that product's margin (the shop's own result is asksProfitOrLoss).
    'rentable',
    'rentabilite',
    'rentabilité',
    'gagne sur',
    'gagné sur',
    'gagner sur',
    'je gagne combien',
    'make on',
    'earn on',
    // « Combien m'a rapporté le sucre ? »: what a product brought in, answered by its line (sales and margin).
    'rapporte',
    'rapporté',
    'rapportent',
    'rapportait',
    'brought in',
    'bring in',
    'هامش',
    'ربح',
    'أربح',
    'نربح',
    'ربحي',
    'أرباح',
    'فايدة',
    'الفايدة',
    'nrba7',
    'nerba7',
    'fayda',
    'lfayda',
  ]),
);
/**
 * Whether the shop makes or loses money (« wach rani rabe7 ? », « est-ce que je perds de l'argent ? », « am I losing
 * money? », « واش راني خاسر ؟ »): the net result, one of the shop's figures — never the expenses or the sales alone.
 */
export const asksProfitOrLoss = has(
  cueRegex([
    'perds de l argent',
    'perd de l argent',
    'perds des sous',
    'en perte',
    'a perte',
    'à perte',
    'gagne de l argent',
    'gagne des sous',
    'suis rentable',
    'rentable',
    'making money',
    'make money',
    'losing money',
    'lose money',
    'making a profit',
    'making a loss',
    'at a loss',
    'profitable',
    'rabe7',
    'rab7',
    'rba7t',
    'rbe7t',
    'khasser',
    'khaser',
    'khasra',
    'khsert',
    'khsart',
    'nkhser',
    'nkhsar',
    'رابح',
    'خاسر',
    'خسران',
    'خسرت',
    'نخسر',
    'خسارة',
  ]),
);
/** « How many … did I sell »: the question form, which the sale cues (a sale told: « I sold ») leave out. */
export const asksWhatSold = has(cueRegex(['did i sell', 'did we sell', 'have i sold', 'have we sold', 'do i sell', 'do we sell']));
/**
 * « Combien vaut mon stock ? », « what is my stock value? », « قداش قيمة السلعة لي عندي ؟ »: the stock's value, one of
 * the shop's figures (dashboard_stats), never a product search for « value ».
 */
export const asksStockValue = has(
  cueRegex([
    'valeur du stock',
    'valeur de mon stock',
    'valeur de la marchandise',
    'vaut mon stock',
    'stock value',
    'value of my stock',
    'value of the stock',
    'stock worth',
    'worth of my stock',
    'inventory value',
    'قيمة السلعة',
    'قيمة السلع',
    'قيمة المخزون',
    'قيمة الستوك',
    'قيمة السلعه',
    'qimat stock',
    '9imat stock',
    '9imat sel3a',
    'qimat sel3a',
  ]),
);
