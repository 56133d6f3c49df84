import type { ToolExamples } from '../types';

/** A customer paying back (part of) what they owe: the balance goes down. */
export const customersPaymentExamples: ToolExamples = {
  fr: [
    "Ahmed m'a payé 2000 DA",
    'Karim a remboursé 1500 DA de son crédit',
    'Samir a réglé sa dette de 3000 DA',
    'Paiement reçu de Fatima : 500 DA',
    "Mme Nadia m'a donné 1 200 DA pour son carnet",
    'Versement de 4000 DA de Yacine',
    'Ahmed a payé 2500 DA par BaridiMob',
  ],
  ar: [
    'دفع لي أحمد 2000 دينار',
    'سدد كريم 1500 دينار من دينه',
    'استلمت دفعة من فاطمة: 500 دينار',
    'سمير سدد 3000 دج',
    'تسديد 4000 دينار من ياسين',
    'دفع أحمد 2500 دينار ببريدي موب',
  ],
  darija: [
    'أحمد خلصني 2000',
    'كريم خلصني 1500 من الكريدي تاعو',
    'سمير رجعلي 3000 دينار',
    'فاطمة خلصت 500 من الكريدي',
    'ياسين خلصني 4000 دج',
    'أحمد خلصني 2500 ب بريدي موب',
  ],
  darija_latin: [
    'Ahmed khallasni 2000 da',
    'Karim khallasni 1500 mel kridi',
    'Samir rajja3li 3000 dinar',
    'Fatima khalsat 500 mel kridi ta3ha',
    'Yacine khallasni 4000',
    'Ahmed dfa3li 2500 b baridimob',
  ],
  en: [
    'Ahmed paid me 2000 DA',
    'Karim paid back 1500 DA of his credit',
    'Payment received from Fatima: 500 DA',
    'Samir settled 3000 DA',
    'Yacine repaid 4000 dinars',
    'Ahmed paid 2500 DA by BaridiMob',
  ],
};
