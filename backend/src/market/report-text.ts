import { EXPENSE_TOTALS } from '@tajer/contract';
import type { Language } from '../common/localisation/localized';
import { message, type MessageKey } from '../common/localisation/messages';

/** Fixed wording of market reports, per language. Sentences with figures are built in report-content.builder.ts. */
export interface ReportWords {
  title: string;
  titleOn: (topic: string) => string;
  business: string;
  period: string;
  generatedOn: string;
  source: string;
  sections: Record<'overview' | 'categories' | 'seasonality' | 'movers' | 'competition' | 'recommendations', string>;
  figures: {
    revenue: string;
    revenueChange: string;
    sales: string;
    basket: string;
    grossMargin: string;
    marginRate: string;
    expenses: string;
    netResult: string;
    share: string;
    averageMonth: string;
    peak: string;
    trough: string;
    priceIndex: string;
    cheaper: string;
    dearer: string;
    aligned: string;
  };
  charts: { categoryRevenue: string; monthlyRevenue: string; priceIndex: string; revenue: string; index: string };
  growing: string;
  declining: string;
  none: string;
  noCompetitorPrices: string;
  noAction: string;
  vsPrevious: string;
}

/** The report's fixed wording in one language, read from the server's message catalogues (common/localisation). */
type WordKey<K = MessageKey> = K extends `report.words.${infer W}` ? W : never;

function wordsIn(lang: Language): ReportWords {
  const word = (key: WordKey) => message(lang, `report.words.${key}` as MessageKey);
  return {
    title: word('title'),
    titleOn: (topic) => message(lang, 'report.words.titleOn', { topic }),
    business: word('business'),
    period: word('period'),
    generatedOn: word('generatedOn'),
    source: word('source'),
    sections: {
      overview: word('sections.overview'),
      categories: word('sections.categories'),
      seasonality: word('sections.seasonality'),
      movers: word('sections.movers'),
      competition: word('sections.competition'),
      recommendations: word('sections.recommendations'),
    },
    figures: {
      revenue: word('figures.revenue'),
      revenueChange: word('figures.revenueChange'),
      sales: word('figures.sales'),
      basket: word('figures.basket'),
      grossMargin: word('figures.grossMargin'),
      marginRate: word('figures.marginRate'),
      expenses: EXPENSE_TOTALS.operating.label[lang],
      netResult: word('figures.netResult'),
      share: word('figures.share'),
      averageMonth: word('figures.averageMonth'),
      peak: word('figures.peak'),
      trough: word('figures.trough'),
      priceIndex: word('figures.priceIndex'),
      cheaper: word('figures.cheaper'),
      dearer: word('figures.dearer'),
      aligned: word('figures.aligned'),
    },
    charts: {
      categoryRevenue: word('charts.categoryRevenue'),
      monthlyRevenue: word('charts.monthlyRevenue'),
      priceIndex: word('charts.priceIndex'),
      revenue: word('charts.revenue'),
      index: word('charts.index'),
    },
    growing: word('growing'),
    declining: word('declining'),
    none: word('none'),
    noCompetitorPrices: word('noCompetitorPrices'),
    noAction: word('noAction'),
    vsPrevious: word('vsPrevious'),
  };
}

export const REPORT_WORDS: Record<Language, ReportWords> = { fr: wordsIn('fr'), ar: wordsIn('ar'), en: wordsIn('en') };
