import type { ToolExamples } from '../types';

/** Who owes the shop what (the notebook, « le carnet », « الكريدي »), and since when. */
export const customersCreditExamples: ToolExamples = {
  fr: [
    "Qui me doit de l'argent ?",
    'Combien Ahmed me doit ?',
    'Liste des clients à crédit',
    'Le carnet : qui doit encore payer ?',
    'Quel est le solde de Karim ?',
    'Les crédits impayés depuis longtemps',
    'Montre-moi les dettes de mes clients',
    'Combien on me doit au total ?',
  ],
  ar: [
    'من هم الزبائن المدينون لي؟',
    'كم يدين لي أحمد؟',
    'قائمة الديون على الزبائن',
    'ما هو رصيد كريم؟',
    'الديون القديمة غير المدفوعة',
    'كم مجموع الديون عند الزبائن؟',
  ],
  darija: [
    'شكون لي عندهم الكريدي',
    'شحال يتسالني أحمد؟',
    'وريني الكريدي تاع الزبائن',
    'شكون مازال ما خلصش؟',
    'شحال يتسالوني الناس في المجموع؟',
    'الكرني تاع الكريدي',
  ],
  darija_latin: [
    'chhal yetsal Ahmed ?',
    'chkoun li 3andhom kridi',
    'werini lkridi ta3 les clients',
    'chkoun mazal ma khallasch',
    'chhal yetsalouni ga3',
    'le carnet ta3 kridi',
  ],
  en: [
    'Who owes me money?',
    'How much does Ahmed owe me?',
    'List customers with unpaid credit',
    "What's Karim's balance?",
    'Oldest unpaid credit',
    'How much are my customers owing in total?',
  ],
};
