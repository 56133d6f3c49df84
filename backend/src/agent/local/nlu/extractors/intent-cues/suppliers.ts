import { cueRegex, foldForCues, has } from '../cue-regex';

/**
 * The supplier's side: an order placed with a supplier (nothing has arrived), goods that arrived, the supplier
 * named, and the shop's own debt to a supplier — which the credit book (customers only) does not hold.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/** Ordering from a supplier (nothing has arrived yet): "commande 50 sacs chez le fournisseur", "order from". */
const SUPPLIER_ORDER = cueRegex([
  'commander',
  'commande',
  'commandes',
  'commandez',
  'passe commande',
  'passer commande',
  'passer une commande',
  'recommande',
  'recommander',
  'order',
  'place an order',
  'reorder from',
  'buy from',
  'order from',
  'commandi',
  'ncommandi',
  'commandili',
  'tcommandi',
  'اطلب',
  'أطلب',
  'اطلبلي',
  'اطلب لي',
  'طلبية',
  'نطلب',
  'كوموندي',
  'نكوموندي',
  'كومونديلي',
]);

/** The goods already came in: an order that ARRIVED is a reception, not an order. */
const ARRIVED = cueRegex([
  'arrive',
  'arrivee',
  'arrivée',
  'arrivé',
  'arrivés',
  'arrivées',
  'reçu',
  'recu',
  'reçue',
  'livre',
  'livré',
  'livrée',
  'livrés',
  'réceptionné',
  'received',
  'delivered',
  'arrived',
  'came in',
  'got',
  'jat',
  'jatni',
  'jawni',
  // « rani jbt 20 kis smid »: I brought in (from the wholesaler).
  'jbt',
  'jebt',
  'jbet',
  'jibt',
  'jabli',
  'جبت',
  'جبنا',
  'wslet',
  'wesslet',
  'wsel',
  // « wsalt sel3a ta3 Cevital 30 zit »: the goods arrived.
  'wsalt',
  'wslat',
  'wsalet',
  'وصلت',
  'وصل',
  'وصلتني',
  'وصلني',
  'استلمت',
  'استلمنا',
  'جات',
  'جاتني',
  'جاوني',
  'جابلي',
]);

/** "…to the supplier", "fournisseur", "grossiste": the other party of an order. */
export const SUPPLIER = cueRegex([
  'fournisseur',
  'fournisseurs',
  'grossiste',
  'supplier',
  'suppliers',
  'wholesaler',
  'fournisseur ta3i',
  'المورد',
  'مورد',
  'الموردين',
  'موردين',
  'الموزع',
  'الفورنيسور',
  'فورنيسور',
  'لفورنيسور',
  'grossist',
  // Darija's glued article: « lgrossiste 3tani sel3a kredi » is the shop's own debt.
  'lgrossiste',
  'lgrossist',
  'lfournisseur',
]);
export const hasSupplierOrderCue = has(SUPPLIER_ORDER);
export const hasArrivedCue = has(ARRIVED);
export const mentionsSupplier = has(SUPPLIER);
/**
 * Money the shop owes or a debt, in the first person or as a noun: with a supplier named it is the shop's debt to the
 * supplier (« combien je dois au grossiste ? », « pris à crédit chez le grossiste »), which the credit book — customers
 * only — does not hold.
 */
const SHOP_DEBT = cueRegex([
  'je dois',
  'je lui dois',
  'on doit',
  'nous devons',
  'dette',
  'dettes',
  'a credit',
  'à crédit',
  'credit',
  'crédit',
  'i owe',
  'we owe',
  'do i owe',
  'debt',
  'debts',
  'on credit',
  'dayen',
  'dayn',
  'rani dayen',
  'kridi',
  'داين',
  'راني داين',
  'دين',
  'ديون',
  'الديون',
  // « علي » alone is also a name (Ali): only as « how much is on me ».
  'كم علي',
  'شحال علي',
  'قداش علي',
  'عليا',
  'بالكريدي',
  'كريدي',
  'بالدين',
]);
export const owesSupplier = (text: string) => mentionsSupplier(text) && SHOP_DEBT.test(foldForCues(text));
