import type { PastPeriod } from '@tajer/contract';

/**
 * A whole past period: « le mois dernier », « last week », « الشهر الماضي », « chhar li fat ». Read before the current
 * ones, whose words they contain (« mois »). « Avant-hier » is a day (a date), not « hier ».
 */
export const PAST_PERIOD_CUES: [PastPeriod, string[]][] = [
  ['yesterday', ['hier', 'yesterday', 'lbare7', 'lbareh', 'elbare7', 'البارح', 'البارحة', 'أمس', 'امس']],
  [
    'last_week',
    [
      'la semaine derniere',
      'semaine dernière',
      'semaine passee',
      'semaine passée',
      'last week',
      'previous week',
      'simana li fatet',
      'simana li fat',
      'الأسبوع الماضي',
      'الاسبوع الماضي',
      'الأسبوع الفائت',
      'السيمانة لي فاتت',
    ],
  ],
  [
    'last_month',
    [
      'le mois dernier',
      'mois dernier',
      'mois passe',
      'mois passé',
      'last month',
      'previous month',
      'chhar li fat',
      'chhar li fet',
      'الشهر الماضي',
      'الشهر الفائت',
      'الشهر لي فات',
    ],
  ],
  [
    'last_year',
    [
      'l annee derniere',
      'l année dernière',
      'annee derniere',
      'année dernière',
      'l an dernier',
      'an dernier',
      'annee passee',
      'année passée',
      'last year',
      'previous year',
      'l3am li fat',
      'l3am li fet',
      'السنة الماضية',
      'العام الماضي',
      'العام لي فات',
    ],
  ],
];

/** « Avant-hier » is a day (a date), not « hier ». */
export const BEFORE_YESTERDAY_CUES = ['avant-hier', 'avant hier', 'day before yesterday', 'قبل البارح', 'قبل أمس'];

/**
 * Past mentions no period key covers (the day before yesterday, the last quarter): the NLU says plainly it cannot show
 * them, rather than give the current period's figures.
 */
export const PAST_WITHOUT_PERIOD_CUES = [
  'avant hier',
  'avant-hier',
  'trimestre dernier',
  'trimestre precedent',
  'trimestre précédent',
  'last quarter',
  'الفصل الماضي',
];
