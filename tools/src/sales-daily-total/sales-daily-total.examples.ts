import type { ToolExamples } from '../types';

/** The day's takings counted at closing time, without the detail of what was sold. */
export const salesDailyTotalExamples: ToolExamples = {
  fr: [
    "La recette d'aujourd'hui c'est 45 000 DA",
    "J'ai fait 38 500 DA de recette ce soir",
    'Recette du jour : 52 000 dinars',
    "La caisse d'aujourd'hui : 41 200 DA",
    "Note la recette d'hier : 36 000 DA",
    "Aujourd'hui j'ai encaissé 29 800 DA au total",
    'Enregistre 47 000 DA pour la journée',
    "Le total de la journée c'est 33 000 DA",
  ],
  ar: [
    'مداخيل اليوم 45000 دينار',
    'سجل مدخول اليوم: 38500 دج',
    'حصيلة اليوم 52000 دينار',
    'الصندوق اليوم فيه 41200 دينار',
    'سجل مداخيل أمس 36000 دينار',
    'جمعت اليوم 29800 دينار في المجموع',
  ],
  darija: [
    'الروسات تاع ليوم 45000',
    'دخلت ليوم 38500 دينار',
    'الكاسة تاع ليوم 52 ألف',
    'درت ليوم 41 ألف و 200',
    'الروسات تاع البارح 36000 دينار',
    'ليوم خدمت 29800 دج',
  ],
  darija_latin: [
    'la recette ta3 lyoum 45000 da',
    'dakhla ta3 lyoum 38500',
    'lcaisse ta3 lyoum fiha 52 alf',
    'drt lyoum 41200 da',
    'recette ta3 lbare7 36000 da',
    'khdemt lyoum 29800 dinar',
  ],
  en: [
    "Today's takings are 45,000 DA",
    'I took 38,500 DA today',
    'The till total for today is 52,000 dinars',
    "Record yesterday's takings: 36,000 DA",
    'Cash up for today: 41,200 DA',
    "Today's total sales came to 29,800 DA",
  ],
};
