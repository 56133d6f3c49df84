import { EXPENSE_TOTALS } from '@tajer/contract';
import type { Language } from '../common/localisation/localized';

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

export const REPORT_WORDS: Record<Language, ReportWords> = {
  fr: {
    title: "Rapport d'analyse de marché",
    titleOn: (topic) => `Rapport de marché : ${topic}`,
    business: 'Commerce',
    period: 'Période',
    generatedOn: 'Établi le',
    source: "Sources : ventes enregistrées et relevés de prix concurrents de l'entreprise. Montants en dinars algériens (DA).",
    sections: {
      overview: "Vue d'ensemble",
      categories: 'Performance par catégorie',
      seasonality: 'Tendance mensuelle et saisonnalité',
      movers: 'Produits en progression et en recul',
      competition: 'Prix face à la concurrence',
      recommendations: 'Recommandations',
    },
    figures: {
      revenue: "Chiffre d'affaires",
      revenueChange: 'Évolution du CA',
      sales: 'Nombre de ventes',
      basket: 'Panier moyen',
      grossMargin: 'Marge brute',
      marginRate: 'Taux de marge',
      expenses: EXPENSE_TOTALS.operating.label.fr,
      netResult: 'Résultat net',
      share: 'Part du CA total',
      averageMonth: 'Mois moyen',
      peak: 'Mois le plus fort',
      trough: 'Mois le plus faible',
      priceIndex: 'Indice de prix moyen',
      cheaper: 'Produits moins chers',
      dearer: 'Produits plus chers',
      aligned: 'Produits alignés',
    },
    charts: {
      categoryRevenue: "Chiffre d'affaires par catégorie",
      monthlyRevenue: "Chiffre d'affaires mensuel (12 derniers mois)",
      priceIndex: 'Indice de prix par produit (100 = moyenne des concurrents)',
      revenue: "Chiffre d'affaires",
      index: 'Indice',
    },
    growing: 'En progression',
    declining: 'En recul',
    none: 'aucun',
    noCompetitorPrices: 'Aucun relevé de prix concurrent pour ce périmètre.',
    noAction: 'Aucune action urgente : les chiffres sont dans la norme.',
    vsPrevious: 'par rapport à la période précédente au même stade',
  },
  ar: {
    title: 'تقرير تحليل السوق',
    titleOn: (topic) => `تقرير السوق: ${topic}`,
    business: 'المحل',
    period: 'الفترة',
    generatedOn: 'تاريخ الإعداد',
    source: 'المصادر: مبيعات المحل المسجلة وأسعار المنافسين التي تم رصدها. المبالغ بالدينار الجزائري.',
    sections: {
      overview: 'نظرة عامة',
      categories: 'الأداء حسب الفئة',
      seasonality: 'الاتجاه الشهري والموسمية',
      movers: 'المنتجات في تقدم وفي تراجع',
      competition: 'الأسعار مقارنة بالمنافسين',
      recommendations: 'توصيات',
    },
    figures: {
      revenue: 'رقم الأعمال',
      revenueChange: 'تطور رقم الأعمال',
      sales: 'عدد المبيعات',
      basket: 'متوسط السلة',
      grossMargin: 'الهامش الإجمالي',
      marginRate: 'نسبة الهامش',
      expenses: EXPENSE_TOTALS.operating.label.ar,
      netResult: 'النتيجة الصافية',
      share: 'الحصة من رقم الأعمال',
      averageMonth: 'الشهر المتوسط',
      peak: 'أقوى شهر',
      trough: 'أضعف شهر',
      priceIndex: 'متوسط مؤشر الأسعار',
      cheaper: 'منتجات أرخص',
      dearer: 'منتجات أغلى',
      aligned: 'منتجات متساوية',
    },
    charts: {
      categoryRevenue: 'رقم الأعمال حسب الفئة',
      monthlyRevenue: 'رقم الأعمال الشهري (آخر 12 شهرا)',
      priceIndex: 'مؤشر السعر حسب المنتج (100 = متوسط المنافسين)',
      revenue: 'رقم الأعمال',
      index: 'المؤشر',
    },
    growing: 'في تقدم',
    declining: 'في تراجع',
    none: 'لا شيء',
    noCompetitorPrices: 'لا توجد أسعار منافسين مسجلة لهذا النطاق.',
    noAction: 'لا إجراء عاجل: الأرقام في حدودها العادية.',
    vsPrevious: 'مقارنة بالفترة السابقة في نفس المرحلة',
  },
  en: {
    title: 'Market analysis report',
    titleOn: (topic) => `Market report: ${topic}`,
    business: 'Business',
    period: 'Period',
    generatedOn: 'Generated on',
    source: "Sources: the business's recorded sales and the competitor prices it noted. Amounts in Algerian dinars (DZD).",
    sections: {
      overview: 'Overview',
      categories: 'Performance by category',
      seasonality: 'Monthly trend and seasonality',
      movers: 'Growing and declining products',
      competition: 'Prices vs competitors',
      recommendations: 'Recommendations',
    },
    figures: {
      revenue: 'Revenue',
      revenueChange: 'Revenue change',
      sales: 'Number of sales',
      basket: 'Average basket',
      grossMargin: 'Gross margin',
      marginRate: 'Margin rate',
      expenses: EXPENSE_TOTALS.operating.label.en,
      netResult: 'Net result',
      share: 'Share of total revenue',
      averageMonth: 'Average month',
      peak: 'Strongest month',
      trough: 'Weakest month',
      priceIndex: 'Average price index',
      cheaper: 'Products cheaper',
      dearer: 'Products dearer',
      aligned: 'Products aligned',
    },
    charts: {
      categoryRevenue: 'Revenue by category',
      monthlyRevenue: 'Monthly revenue (last 12 months)',
      priceIndex: "Price index by product (100 = competitors' average)",
      revenue: 'Revenue',
      index: 'Index',
    },
    growing: 'Growing',
    declining: 'Declining',
    none: 'none',
    noCompetitorPrices: 'No competitor prices recorded for this scope.',
    noAction: 'No urgent action: the figures are within their usual range.',
    vsPrevious: 'vs the previous period at the same point',
  },
};
