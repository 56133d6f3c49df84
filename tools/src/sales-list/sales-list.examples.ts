import type { ToolExamples } from '../types';

/** Recent sales and their totals: today's tickets, a customer's purchases, sales on credit. */
export const salesListExamples: ToolExamples = {
  fr: [
    "Montre-moi le détail des ventes d'aujourd'hui",
    "Qu'est-ce que j'ai vendu aujourd'hui ?",
    'Liste de mes dernières ventes',
    "Combien j'ai vendu à Ahmed ce mois-ci ?",
    "Qu'est-ce que Karim a acheté cette semaine ?",
    'Les ventes à crédit de ce mois',
    "Détail des ventes d'hier",
    'Les tickets de la semaine',
  ],
  ar: [
    'أرني تفاصيل مبيعات اليوم',
    'ماذا بعت اليوم؟',
    'قائمة آخر المبيعات',
    'كم بعت لأحمد هذا الشهر؟',
    'ماذا اشترى كريم هذا الأسبوع؟',
    'المبيعات بالدين هذا الشهر',
  ],
  darija: [
    'وريني واش بعت ليوم',
    'واش بعت البارح؟',
    'شحال بعت لأحمد هاد الشهر؟',
    'واش شرا كريم هاد السيمانة؟',
    'البيعات بالكريدي تاع هاد الشهر',
    'آخر البيعات',
  ],
  darija_latin: [
    'werini wach bi3t lyoum',
    'wach bi3t lbare7',
    'chhal bi3t l Ahmed had chhar',
    'wach chra Karim had simana',
    'les ventes kridi ta3 had chhar',
    'les dernières ventes ta3i',
  ],
  en: [
    "Show me the list of today's sales",
    'What did I sell today?',
    'List my recent sales',
    'How much did I sell to Ahmed this month?',
    'What did Karim buy this week?',
    'Credit sales this month',
    "Yesterday's sales in detail",
  ],
};
