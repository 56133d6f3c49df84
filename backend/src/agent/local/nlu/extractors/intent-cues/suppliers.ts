import { CLAUSES, TYPED_CLAUSES } from '../clauses';
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

/**
 * Goods to come, not come (« le sucre arrive demain, 10 sacs », « je vais recevoir 10 sucre », « tomorrow I'll receive 10
 * sugar », « le fournisseur livre 10 sucre demain », « غدوة يوصل 10 سكر »): +10 was proposed before anything arrived.
 * Never with goods said come (« j'ai reçu … », « est arrivé », « hier », « jani », « وصلني »).
 */
const COMING_VERBS = String.raw`(?:arrive|arrivent|arrivera|arriveront|livre|livrent|livrera|livreront|vient|viennent|viendra|arrives|comes|coming|arriving|yji|yjini|tji|يجي|يجيني|يوصل|توصل|جاي)`;
// Not « ce soir », « cet après-midi »: today, said of goods come as well (« 10 sacs de sucre arrivés ce soir »: the review).
const LATER = String.raw`(?:demain|apres demain|tomorrow|ghodwa|ghedwa|غدوة|غدوه|غدا|semaine prochaine|next week)`;
const TO_COME = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    String.raw`(?:vais|va|allons|vont|will|ll|going to|ghadi|rah|راح|رايح)\s+(?:me\s+|nous\s+|m\s+|le\s+|les\s+)?(?:recevoir|livrer|receive|deliver|get|yjib|yjibli|يجيب|يجيبلي)` +
    String.raw`|recevrai|recevrons|livrera|livreront|arrivera|arriveront` +
    // Owed a delivery or waiting for it (« le fournisseur doit me livrer 10 sucre », « on attend la livraison de 10
    // sucre »), and Arabic's future (« سيأتي المورد غدا ب 10 أكياس سكر »): the reviewers' goods to come still added.
    String.raw`|(?:doit|doivent|dois|must|should|is supposed to|are supposed to)\s+(?:me\s+|nous\s+|m\s+)?(?:livrer|ramener|apporter|deliver|bring)` +
    // « المورد لازم يجيبلي 10 سكر », « lazem yjibli 10 sokar » (he must bring me): the reviewers' +10.
    String.raw`|(?:لازم|خاص|lazem|lazm|khass)\s+(?:يجيب|يجيبلي|يجيبلنا|يوصل|يوصلي|yjib|yjibli|yjibelna|ywasal|ywasalli)` +
    String.raw`|(?:attend|attends|attendons|attendent|en attente|waiting for|awaiting|wait for|nestanna|nstenna|نستنى|نستني|نستنا|ننتظر|أنتظر|انتظر)\s+(?:\d|(?:\S+\s+){0,4}?(?:livraison|livreur|fournisseur|commande|delivery|supplier|order|lkomand|السلعة|الطلبية|المورد|التوصيل))` +
    String.raw`|سيأتي|سياتي|سيصل|ستصل|سيوصل|سيجلب|ستأتي|ستاتي|سأستلم|سااستلم|سنستلم|سيسلم` +
    String.raw`|${COMING_VERBS}(?:\s+\S+){0,4}?\s+${LATER}` +
    String.raw`|${LATER}(?:\s+\S+){0,3}?\s+(?:je recois|recois|${COMING_VERBS}|i receive|i get)` +
    String.raw`)(?![\p{L}])`,
  'u',
);
const COME = cueRegex([
  ...['recu', 'recue', 'recus', 'est arrive', 'sont arrives', 'est arrivee', 'a ete livre', 'ont ete livres', 'hier'],
  // Just done (« le livreur vient de passer »), and goods taken out of the stock (« I will get 5 milk out of the stock »).
  ...['vient de', 'viennent de', 'viens de', 'out of the stock', 'from the stock', 'du stock', 'livre ce matin'],
  ...['received', 'delivered', 'arrived', 'came', 'yesterday', 'jani', 'jabouli', 'jatni', 'وصلني', 'جاني', 'جابولي', 'البارح'],
]);
/** A clause that is only the count (« …, 10 sacs », « …, avec 10 sacs »): it belongs to the clause before it. */
const COUNT_ONLY = /^(?:avec\s+|with\s+|b\s+)?\d/u;
/**
 * Read clause by clause: every clause with a figure says the goods are to come, or is only the count after such a clause
 * (« le sucre arrive demain, 10 sacs »). A delivery told beside a future clause is a delivery (« le fournisseur a livré 10
 * sucre, il repasse demain », « chrit 10 sokar, ghodwa yji zit »), and so is a removal (« j'ai jeté 5 lait, le livreur
 * vient demain »): reading the whole message lost them.
 */
export const saysDeliveryToCome = (text: string): boolean => {
  const folded = foldForCues(text);
  if (COME.test(folded)) return false;
  const clauses = folded.split(CLAUSES).filter((c) => c.trim());
  if (!/\d/.test(folded)) return TO_COME.test(folded);
  const toCome = clauses.map((c) => TO_COME.test(c));
  return clauses.every((c, i) => !/\d/.test(c) || toCome[i] || (COUNT_ONLY.test(c) && toCome.slice(0, i).some(Boolean)));
};
/**
 * The message without its clauses that count goods to come (« vendu 3 lait, demain 10 sucre arrive » → « vendu 3 lait »),
 * and without a count alone after one (« …, le sucre arrive demain, 10 sacs »); empty when every clause is one, undefined
 * when none is. Split as typed, so that what is left reads as the owner wrote it.
 */
export const withoutGoodsToCome = (text: string): string | undefined => {
  const clauses = text.split(TYPED_CLAUSES).filter((c) => c.trim());
  let dropped = false;
  const kept = clauses.filter((c) => {
    const folded = foldForCues(c);
    const toCome = /\d/.test(folded) && TO_COME.test(folded) && !COME.test(folded);
    const countAfter = dropped && COUNT_ONLY.test(folded.trim());
    dropped = toCome || (countAfter && dropped);
    return !toCome && !countAfter;
  });
  return kept.length < clauses.length ? kept.join(', ') : undefined;
};
/**
 * The message without its clauses that tell of the supplier with a figure (« vendu 3 sucre, le fournisseur livre 10 lait ce
 * soir » → « vendu 3 sucre »): a sale beside them stands only when it reads the same without them — the milk was sold
 * (the twenty-fifth session's reviewers, at both bases). Undefined when there is none, or nothing else.
 */
export const withoutSupplierClauses = (text: string): string | undefined => {
  const clauses = text.split(CLAUSES).filter((c) => c.trim());
  // And goods received beside the sale (« j'ai vendu 3 sucre et j'ai reçu 10 lait » sold the milk: the second review).
  const kept = clauses.filter((c) => !(/\d/.test(c) && (SUPPLIER.test(foldForCues(c)) || ARRIVED.test(foldForCues(c)))));
  // A message that is all the supplier's (« vendu 3 sucre au fournisseur ») is read whole, as before.
  return kept.length && kept.length < clauses.length ? kept.join(', ') : undefined;
};
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
