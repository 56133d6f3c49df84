import type { ToolExamples } from '../types';

/** Money a customer already owes from before Tajer (the notebook's page brought in), not a sale of today. */
export const customersCreditAddExamples: ToolExamples = {
  fr: [
    'Karim le voisin me doit 4500 DA',
    'Ajoute au carnet : Samir doit 3200 DA',
    'Mme Nadia a une dette de 1800 DA chez moi',
    'Note que Yacine me doit 6000 dinars',
    'Le fils de Hocine doit encore 2500 DA depuis le mois dernier',
    'Mets une dette de 900 DA pour Fatima',
  ],
  ar: [
    'كريم جارنا مدين لي بـ 4500 دينار',
    'سجل في الدفتر: سمير عليه 3200 دينار',
    'على نادية دين بـ 1800 دينار',
    'ياسين مدين لي بستة آلاف دينار',
    'سجل دين 900 دينار على فاطمة',
    'عند حسين دين قديم 2500 دينار',
  ],
  darija: [
    'كريم يتسالني 4500',
    'سمير عليه 3200 في الكرني',
    'نادية تتسالني 1800 دينار',
    'ياسين يتسالني 6000 من قبل',
    'كتب فاطمة تتسال 900',
    'حسين عليه كريدي قديم 2500',
  ],
  darija_latin: [
    'Karim yetsalni 4500 da',
    'Samir 3lih 3200 f le carnet',
    'Nadia tetsalni 1800 dinar',
    'Yacine yetsalni 6000 men 9bel',
    'kteb Fatima tetsal 900',
    'Hocine 3lih kridi 9dim 2500',
  ],
  en: [
    'Karim next door owes me 4500 DA',
    'Put in the notebook: Samir owes 3200 DA',
    'Nadia has a 1800 DA debt with me',
    'Note that Yacine owes me 6000 dinars',
    'Fatima owes 900 DA from before',
    'Hocine still owes 2500 DA from last month',
  ],
};
