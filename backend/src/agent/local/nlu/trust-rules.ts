import { extractExpenseCategory } from './extractors/categories';
import {
  countsPacks,
  asksLowStockGoods,
  hasPositiveStockCue,
  saysGaveForFree,
  saysGivenFreeToShop,
  saysTookForHome,
  saysStolen,
  stockDirection,
} from './extractors/cues';
import { cueRegex, foldForCues } from './extractors/cue-regex';
import { setsPriceOfNamed, hasNewProductCue, hasPriceChangeCue, saysGoodsPriceMoved } from './extractors/intent-cues/catalog';
import { asksToUndoSale, hasCancelCue, startsWithWriteCommand } from './extractors/intent-cues/commands';
import {
  deniesBesideHanded,
  deniesPaying,
  givesTime,
  hasOwedCue,
  hasNotPaidCue,
  promisesToPayOnly,
  unpaidKnownDebt,
} from './extractors/intent-cues/credit';
import {
  asksWhetherPaid,
  hasCustomerPaidCue,
  paysOnDebt,
  hasPaidThirdCue,
  LEFT_OWED,
  paysEverything,
  saysGaveMoney,
  speaksOfPayingBack,
} from './extractors/intent-cues/payments';
import { deniesCredit } from './extractors/sales';
import { asksBusyTimes, asksProfitOrLoss } from './extractors/intent-cues/insights';
import { asksBestSellers, asksSlowSellers } from './extractors/intent-cues/sellers';
import { hasPastPeriodCue } from './extractors/intent-cues/periods';
import { forbidsChanges, isInfoQuestion } from './extractors/intent-cues/questions';
import { saysCustomerReturned, saysPurchaseCalledOff, saysReturnedToMe, saysRefunded } from './extractors/intent-cues/returns';
import {
  setsAside,
  namesPromotionOffer,
  hasSalesNoun,
  hasSaleCue,
  saysGaveGoods,
  saysSomeoneBought,
  saysTaken,
  TAKING_VERBS,
} from './extractors/intent-cues/sales';
import { saysStockCounted, saysCountedInArabic, hasStockWord } from './extractors/intent-cues/stock';
import { hasArrivedCue, hasSupplierOrderCue, mentionsSupplier, owesSupplier, saysDeliveryToCome } from './extractors/intent-cues/suppliers';
import {
  hasEarnedCue,
  hasTakingsCue,
  paysBillFromTill,
  saysBillUnpaid,
  namesInvoice,
  takesFromBank,
  putsInBank,
  namesTakingsAsSource,
  withoutBank,
  saysShopNotPaid,
  takesFromTill,
  withoutTill,
} from './extractors/intent-cues/takings';
import { onlyUnpaidSums, saysUnpaid } from './bill-clauses';
import { countsPeople, countsWorkers, extractNumbers } from './extractors/numbers';
import { extractPastPeriod } from './extractors/period';
import { pastDayNamed } from './extractors/past-day';
import { extractNamedMonth, namedMonthDate, namedMonthPeriod } from './extractors/named-month';
import { isSizeInName } from './slot-filler';
import type { NoticeReason } from './types';

/**
 * The trust rules: what kind of act a message is, read from its words, and which tools that act allows. The
 * classifier ranks tools by resemblance; these rules make sure a resemblance never becomes a wrong write — a
 * question is a read, a sale never adds stock, an order to a supplier is not a delivery, money a customer owes is not
 * an expense — and that what no tool does is said plainly instead of answered by the nearest tool.
 */
const REPAID_SALE = /(?<![\p{L}\p{N}])(?:de|sur|pour) (?:sa|ses|son|leur|la) (?:vente|ventes|achat|achats)(?![\p{L}\p{N}])/u;
/**
 * Money taken from someone: « got 1000 from Ilyes », « reçu 1000 de Karim », « كريم عطاني 1000 » (never « took … from »:
 * « Karim took 500 from the till » is no payment).
 */
const MONEY_FROM =
  /(?<![\p{L}\p{N}])(?:(?:got|received|recu|encaisse|قبضت|خذيت|ديت)(?![\p{L}\p{N}]).*(?<![\p{L}\p{N}])(?:from|de|d|من)(?![\p{L}\p{N}])|عطاني|عطاتني|a3tani|a3tatni)/u;

/** Goods or a delivery named: what was taken from someone is no money (« reçu 2 cartons de Karim »). */
const GOODS_TAKEN = cueRegex([
  'livraison',
  'livré',
  'marchandise',
  'carton',
  'cartons',
  'colis',
  'delivery',
  'goods',
  'box',
  'boxes',
  'pack',
  'packs',
  'سلعة',
  'السلعة',
  'البضاعة',
  'كرطونة',
  'كراطن',
  'الكراطن',
  'sel3a',
  'karton',
]);

/**
 * A sum of money among the message's numbers: one of 50 or more, whole, not a day or a time (« 2 days ago », « le 3 »,
 * « for 2 », « 1/2 »). What a named customer hands over is rarely less; a smaller number is asked about.
 */
function smallSum(text: string, numbers: readonly { value: number; start: number; end: number }[]): boolean {
  const folded = foldForCues(text);
  return numbers.some(
    (n) =>
      n.value >= 50 &&
      Number.isInteger(n.value) &&
      !/^\s*(?:\/|days?|jours?|يوم|ايام|أيام|h\b|heures?|hours?|mois|months?)/u.test(folded.slice(n.end, n.end + 10)),
  );
}

export interface Act {
  /** A question or "ne change rien": no write tool may run. */
  readOnly: boolean;
  cancel: boolean;
  /** Undoing a sale already recorded (« supprime la dernière vente »): no tool does it, the sales page does. */
  saleUndo: boolean;
  /** A count of the goods on the shelf (« j'ai compté 37 sucre »): the stock on file is corrected to it. */
  stockCount: boolean;
  /** A promotion's offer named (« promo 1 acheté 1 offert »), no sale told. */
  promotion: boolean;
  /** Goods given for nothing: a stock removal, never a sale. */
  gift: boolean;
  /** A customer brought goods back (« un client m'a rendu 2 cafés »): refunded on the sale, never a stock guess. */
  customerReturn: boolean;
  /** Asking to order from a supplier (nothing has arrived). */
  supplierOrder: boolean;
  /** Goods to come, not come (« le sucre arrive demain, 10 sacs »): nothing moves in the stock yet. */
  deliveryToCome: boolean;
  /** The shop's debt to a supplier (« combien je dois au grossiste ? »): not the customers' credit book. */
  supplierDebt: boolean;
  sale: boolean;
  /** Goods counted onto a named customer's account, no money (« marque 2 sucre sur le compte de Karim »): on credit. */
  goodsOnAccount: boolean;
  takings: boolean;
  newProduct: boolean;
  /** Money owed to the shop (credit, "me doit", "yetsal"). */
  owed: boolean;
  customerPaid: boolean;
  /** Sales as a subject ("les ventes à crédit", "credit sales"). */
  salesNoun: boolean;
  /** A customer is named ("à Ahmed", "لأحمد"). */
  customer: boolean;
  /** A catalogue product is named (the matcher found one in the message). */
  productNamed: boolean;
  priceChange: boolean;
  /** A past period no tool takes (« le trimestre dernier »). */
  pastPeriod: boolean;
  /** « Hier »: one past day, which the sales list reads by its date. */
  pastDay: boolean;
  /** An explicit stock removal ("enlève-les", "retire… du stock"). */
  stockRemoval: boolean;
  /** Some real number (a quantity or an amount) is in the message. */
  hasNumber: boolean;
  /** Goods named with only small counts (« 2 zit », « 3 hlib »), no money said: goods, never a sum of dinars. */
  goodsCount: boolean;
  /** One number said, and it is money (« b 500 », « 500 DA », or 100 and more): a sum, not a count. */
  oneSum: boolean;
  /** A number of hours, days or times (« dhaw tfa 3 sa3at »): no sum of money. */
  timeCounted: boolean;
  hasMoney: boolean;
  /**
   * An expense category is named outside the named product's own words: « Eau minérale Ifri 1,5L » names a product
   * the shop sells, not the water bill, while « facture d'eau » or « électricité 4500 » name a charge.
   */
  expenseCategory: boolean;
}

/**
 * Words that make a message about the app itself (a bug, an idea, an opinion): feedback is recorded without a
 * confirmation, so a question needs them to be feedback — « c'est quoi ma marge sur l'huile ? » is a question about the
 * shop, however close it sounds to « l'appli calcule mal ma marge ».
 */
const FEEDBACK_EVIDENCE = cueRegex([
  'appli',
  'application',
  'app',
  'tajer',
  'bug',
  'bogue',
  'beug',
  'plante',
  'bloque',
  'marche pas',
  'marche plus',
  'fonctionne pas',
  'charge pas',
  'problème',
  'probleme',
  'souci',
  'erreur',
  'faux',
  'fausse',
  'mal',
  'lent',
  'lente',
  'suggestion',
  'propose',
  'idée',
  'idee',
  'avis',
  'remarque',
  'commentaire',
  'retour',
  'bravo',
  'interface',
  'bouton',
  'écran',
  'ecran',
  'affichage',
  'fonction',
  'fonctionnalité',
  'pourriez',
  'pouvez-vous ajouter',
  'ajouter une',
  'serait',
  'faudrait',
  "j'aimerais",
  'signaler',
  'crash',
  'crashes',
  'broken',
  "doesn't work",
  'not working',
  'wrong',
  'slow',
  'suggest',
  'idea',
  'feedback',
  'feature',
  'would be nice',
  'could you add',
  'button',
  'screen',
  'التطبيق',
  'تطبيق',
  'تطبيقكم',
  'الأبليكاسيون',
  'الابليكاسيون',
  'خلل',
  'مشكلة',
  'مشكل',
  'بوغ',
  'اقتراح',
  'أقترح',
  'اقترح',
  'فكرة',
  'ملاحظة',
  'رأيي',
  'خاطئ',
  'خاطئة',
  'غالط',
  'لا يعمل',
  'ما يخدمش',
  'ميخدمش',
  'الزر',
  'البوطون',
  'الصفحة',
  'lapplication',
  'l app',
  'machi mliha',
  'ma tekhdemch',
  'ma yekhdemch',
]);

/** Paying for something the shop uses: the words an expense is recorded with. */
const EXPENSE_EVIDENCE = cueRegex([
  'dépense',
  'depense',
  'dépenses',
  'dépensé',
  'depense',
  'frais',
  'charge',
  'charges',
  'facture',
  'payé',
  'paye',
  'payée',
  'réglé',
  'regle',
  'paiement',
  'j ai donne',
  'j ai donné',
  'acheté',
  'achete',
  'achat',
  'compte',
  'le plein',
  'expense',
  'expenses',
  'spent',
  'spend',
  'paid',
  'pay',
  'bill',
  'bought',
  'gave',
  'purchase',
  'wages',
  'masrouf',
  'masarif',
  'sraft',
  'khallast',
  'khalast',
  '3tit',
  'chrit',
  '7attit',
  'dépense ta3',
  'sala7t',
  'مصروف',
  'مصاريف',
  'مصروفا',
  'المصاريف',
  'أنفقت',
  'انفقت',
  'صرفت',
  'دفعت',
  'خلصت',
  'عطيت',
  'شريت',
  'اشتريت',
  'حطيت',
  'صلحت',
  'فاتورة',
  'نفقات',
  'دفع',
  'شراء',
]);

/** Words that only a stock movement uses, beyond the direction cues ("recevoir", "arrivage", "dans le stock"). */
// Not here: « record », « log », « sajel », « سجل » — they say to write something down, not which way the stock goes
// (« sajel 3 khobz » is as likely a sale as a delivery): alone they get « de quoi s'agit-il ? », never a +3.
const STOCK_EVIDENCE = cueRegex([
  'دخول',
  'خروج',
  'recevoir',
  'reception',
  'réception',
  'arrivage',
  'livraison',
  'livreur',
  'fournisseur',
  'grossiste',
  'deposer',
  'déposer',
  'depose',
  'déposé',
  'déposés',
  'ramene',
  'ramené',
  'apporte',
  'apporté',
  'apportés',
  'camion',
  'arrivent',
  'entrée',
  'entree',
  'rentre',
  'rentrer',
  'mets',
  'met',
  'corrige',
  'ajuste',
  'mouvement',
  'inventaire',
  'rayon',
  'reserve',
  'réserve',
  'dépôt',
  'depot',
  'perime',
  'périmés',
  'cassée',
  'cassees',
  'cassées',
  'offert',
  'gaspille',
  'restock',
  'stock in',
  'put',
  'adjust',
  'new delivery',
  'delivery',
  'in stock',
  'into stock',
  'broke',
  'broken',
  'dropped off',
  'brought',
  'supplier',
  'wholesaler',
  'truck',
  'arrived',
  'came in',
  'shelf',
  'shelves',
  'expired',
  'spoilt',
  'leaked',
  'j ai achete',
  'j ai acheté',
  'achat',
  'bought',
  'purchased',
  'chrit',
  'chrina',
  'شريت',
  'شرينا',
  'اشتريت',
  'اشترينا',
  '7ot',
  'hot',
  'jawni',
  'jabou',
  'jabouli',
  'fournisseur jab',
  'livreur jab',
  'tkasser',
  'tkasrou',
  'fesdou',
  'fassdou',
  'حط',
  'حطيت',
  'جاوني',
  'جابو',
  'جابولي',
  'الليفرور',
  'الفورنيسور',
  'المورد',
  'عدل',
  'عدّل',
  'انكسرت',
  'تكسرو',
  'تكسر',
  'فسدو',
  'فسدت',
  'الرف',
]);

const ZERO = /(?<![\p{N}.,])0(?![\p{N}.,])/u;
/** A 0 said (« le stock de sucre est à 0 »): the one count no number extractor reads. */
export const saysZero = (text: string): boolean => ZERO.test(text);

/** Real numbers of the message; a size inside a product's name ("Huile Elio 5L") is not one. */
/** Paying for something the shop uses ("j'ai fait le plein pour 2000 DA"): an expense, not the day's takings. */
const paysForSomething = (text: string) => EXPENSE_EVIDENCE.test(foldForCues(text)) || extractExpenseCategory(text) !== undefined;

/**
 * Goods come in, or bought for the shop, counted under a thousand and not sold (« j'ai acheté 10 sacs de sucre … pas encore
 * payé », « le grossiste a livré 10 huile, je lui dois 6000 »): their arrival may be offered. Not a sum (« je dois 4500 au
 * fournisseur pour le sucre ») nor goods sold (« j'ai vendu 5 sucre, je dois payer le fournisseur 5000 »).
 */
export function goodsCameIn(text: string, count: number | undefined): boolean {
  const folded = foldForCues(text);
  if (count === undefined || count >= 1000 || !(hasArrivedCue(text) || SHOP_BOUGHT.test(folded)) || hasSaleCue(text)) return false;
  // The figure counts the goods: not a sum (« du lait pour 600 », « je dois 700 au fournisseur », « ب 800 »: the reviewer).
  const n = extractNumbers(text).find((m) => !m.weak && m.value === count);
  return !!n && !n.currency && !SUM_BEFORE.test(folded.slice(0, n.start));
}
/** What makes the figure after it a sum: a price, « for », a debt. */
const SUM_BEFORE = /(?<![\p{L}])(?:pour|a|at|b|bi|ب|for|dois|doit|owe|owes|de|of|montant|prix|price)\s*$/u;
/**
 * The shop bought, in the first person (« the customer bought » is a sale: the reviewer), or with no subject as the message
 * opens (« bought 20 sugar for 7000, paid 5000 », « acheté 10 sucre pour 3500, je paie demain » were spent in full: the
 * fourth review).
 */
const SHOP_BOUGHT = new RegExp(
  String.raw`${
    cueRegex([
      ...['j ai achete', 'on a achete', 'nous avons achete', 'i bought', 'we bought', 'i ve bought'],
      ...['chrit', 'chrina', 'شريت', 'شرينا', 'اشتريت'],
    ]).source
  }|^\s*(?:achete|achetes|achetee|bought|purchased)(?![\p{L}])`,
  'u',
);
/**
 * « bought 10 sugar for 3500, pay tomorrow », « …, paie demain »: to pay later, with no subject, in a clause of its own; or
 * Darija's first person anywhere (« chrit 20 sokar b 7000 nkhalles mba3d »).
 */
const PAY_LATER =
  /(?:(?:^|[,.;]\s*)(?:pay|paying|paie|paye|payer|regle|regler)|(?<![\p{L}])(?:nkhalas|nkhalles|nkhales|nkhallas|ndfa3))\s+(?:tomorrow|later|next week|demain|plus tard|ghodwa|ghedwa|mba3d|ba3d|من بعد)(?![\p{L}])/u;
/** The shop bought, and nothing was said sold (« j'ai acheté 10 sucre, Karim n'a pas encore payé »). */
const SOLD = cueRegex(['vendu', 'vendus', 'j ai vendu', 'sold', 'bi3t', 'ba3', 'بعت', 'باع', 'بعنا', 'bi3na']);
export const shopBoughtOnly = (text: string): boolean => SHOP_BOUGHT.test(foldForCues(text)) && !SOLD.test(foldForCues(text));
/** « je n'ai rien à payer », « rien n'est impayé », « nothing unpaid »: nothing owed. */
const NOTHING_UNPAID = /(?<![\p{L}])(?:rien|nothing|aucun|aucune)(?![\p{L}])/u;

/** He, she or they paid or owe, as the message opens (« il a encore payé 300 », « elle a réglé 500 », « he paid 300 », « il doit 300 »). */
const SOMEONE_ELSE_PAID =
  /^(?:il|elle|ils|elles|he|she|they|houwa|hiya)\s+(?:(?:a|ont|m a|nous a|has|have|m|me|nous)\s+)?(?:(?:encore|aussi|deja|juste|still|also|just)\s+)?(?:paye|payee|payes|regle|reglee|verse|paid|settled|doit|doivent|owes|owe)(?![\p{L}])/u;
export const someoneElsePaid = (text: string): boolean => SOMEONE_ELSE_PAID.test(foldForCues(text));

/**
 * Someone who is neither the owner nor a customer by name did something with money, as the message opens (« le plombier a
 * pris 2000 », « mon voisin a payé 500 », « my neighbour gave 500 », « جاري خلص 500 »): whose money, and which way, is
 * asked — takings of 2,000 and an expense of 500 were proposed (the twenty-fifth session's reviewers, at both bases).
 */
const THIRD_PARTY_MONEY = new RegExp(
  String.raw`^(?:(?:le|la|l|mon|ma|un|une|the|my|a|an)\s+)?` +
    String.raw`(?:voisin|voisine|livreur|fournisseur|grossiste|employe|employee|vendeur|plombier|electricien|macon|peintre|mecanicien|menuisier|ouvrier|ami|amie|copain|cousin|cousine|frere|soeur|fils|fille|pere|mere|femme|mari|neighbour|neighbor|supplier|wholesaler|driver|delivery man|plumber|electrician|painter|mechanic|worker|friend|brother|sister|son|daughter|father|mother|wife|husband|jari|jarti|sa7bi|livrour|l fournisseur|الموزع|المورد|الليفرور|الجار|جاري|جارتي|صاحبي|الرصاص|البلومبي|الكهربائي)` +
    String.raw`\s+(?:(?:a|m a|nous a|has|have|m|me)\s+)?(?:(?:encore|aussi|deja|also|just)\s+)?` +
    String.raw`(?:pris|paye|payee|regle|verse|donne|rendu|took|paid|gave|settled|returned|khda|khdat|dda|ddat|khallas|khalas|khlas|3tani|خذا|دا|خلص|دفع|عطاني)(?![\p{L}])`,
  'u',
);
export const thirdPartyMoney = (text: string): boolean => THIRD_PARTY_MONEY.test(foldForCues(text));

/** The shop buying: « j'ai acheté », « bought », « chrit », « شريت ». */
const BOUGHT_FOR_SHOP = cueRegex(['j ai achete', 'j ai acheté', 'bought', 'i bought', 'purchased', 'chrit', 'chrina', 'شريت', 'شرينا']);

/** A price said without a currency: « at 95 per kg », « à 1100 », « ب 11000 », « pour 900 ». */
const PRICE_SAID = /(?:^|[\s(])(?:a|à|at|b|bi|ب|بـ|for|pour|@)\s*\d/u;

function numbersOf(text: string, commonWords?: ReadonlySet<string>) {
  // « Le 12 octobre 2025 » names a day: its digits are no quantity or amount.
  const dateDigits = extractNamedMonth(text)?.digitSpans ?? [];
  return extractNumbers(text).filter(
    (n) =>
      !n.weak &&
      n.value > 0 &&
      !countsPeople(n) &&
      !isSizeInName(text, n, commonWords) &&
      !dateDigits.some(([start, end]) => n.start >= start && n.start < end),
  );
}

export function readAct(
  text: string,
  commonWords?: ReadonlySet<string>,
  opts: {
    customerNamed?: boolean;
    productNamed?: boolean;
    besideProduct?: string;
    /** Where the product named starts, in the folded text. */
    productAt?: number;
    now?: Date;
  } = {},
): Act {
  const now = opts.now ?? new Date();
  // Folded once: the cue tests below read it, on every message.
  const folded = foldForCues(text);
  const numbers = numbersOf(text, commonWords);
  const hasMoney = numbers.some((n) => n.currency || n.value >= 1000);
  // « I counted the rice, there are 35 left », « j'ai compté le riz, il en reste 35 »: « left » / « il en reste » says
  // what the count found, not a question (it only read the stock).
  const question = isInfoQuestion(text) && !(saysStockCounted(text) && numbers.length > 0 && !/[?؟]\s*$/u.test(text));
  const noChange = forbidsChanges(text);
  const command = startsWithWriteCommand(text);
  const supplierOrder =
    hasSupplierOrderCue(text) && !hasArrivedCue(text) && (mentionsSupplier(text) || numbers.length > 0) && !(question && !command);
  // « Karim m'a remboursé 500 DA de sa vente à crédit »: his earlier sale, named to say what he repays — no new sale.
  // « عطيت لكريم 3 خبزات بالكريدي » became a debt of 3 DA: goods (a product, a count, no money) given are sold.
  // Read once: the gift, the count and the removal below all turn on it.
  const direction = stockDirection(text);
  // Goods given for nothing (« j'ai donné 2 sucre gratuitement à un voisin ») leave the stock without a sale.
  // A sale told with a free extra (« vendu 10 sucre, le sac est gratuit ») stays a sale; free goods from the supplier
  // come in (`stockDirection`).
  const gift =
    saysGaveForFree(text) &&
    !!opts.productNamed &&
    numbers.length > 0 &&
    !hasMoney &&
    (!hasSaleCue(text) || saysTookForHome(text)) &&
    direction < 0;
  // « Karim bought 2 oil, he will pay later » was a debt of 2 DA: goods a named customer bought are a sale.
  const customerBought = !!opts.customerNamed && !!opts.productNamed && saysSomeoneBought(text);
  // « كريم 2 سكر كريدي », « marque 2 sucre sur le compte de Karim »: goods counted onto a named customer's account, no
  // money said — a sale on credit (a debt of 2 DA was proposed).
  // Only a count right before the goods (« 2 سكر »), the message's one number, and a shop's count (under 100): « Karim
  // me doit 300 pour le sucre », « sajel 3la karim 500 sokar » are money owed.
  const goodsCount =
    numbers.length === 1 &&
    numbers[0].value < 100 &&
    opts.productAt !== undefined &&
    /^\s*$/u.test(folded.slice(numbers[0].end, opts.productAt));
  const countedForCustomer = !!opts.customerNamed && !!opts.productNamed && !hasMoney && goodsCount && !question;
  // A sale said (« vendu 3 sucre à Karim, payé sur le compte de sa femme ») keeps its own terms.
  // « Karim ddah 2 zit machi kredi »: a credit denied is no account.
  const goodsOnAccount = countedForCustomer && hasOwedCue(text) && !hasSaleCue(text) && !deniesCredit(text);
  // « كريم داه 2 سكر كريدي » (Darija: took it): a named customer took goods counted — a sale (Karim « داه » owed 2 DA).
  const goodsTaken = countedForCustomer && saysTaken(text) && !saysTookForHome(text);
  // « I took 5000 out of the bank to pay rent »: « took » is no sale here (« bank » ×5,000 was proposed: the reviewers).
  const sale =
    !gift &&
    !takesFromBank(text) &&
    !saysStolen(text) &&
    ((hasSaleCue(text) && !(hasCustomerPaidCue(text) && REPAID_SALE.test(folded))) ||
      customerBought ||
      goodsOnAccount ||
      goodsTaken ||
      (saysGaveGoods(text) && !!opts.productNamed && !hasMoney && numbers.length > 0));
  // "Ahmed paid 2500 DA", "Received 800 DA from Nadia": money from a named customer (not goods received from one).
  // « Wach Riad khallasni ? », « did Karim pay me? »: whether he paid, asked with no amount — a read of what he owes.
  const asksPaid = asksWhetherPaid(text) && !numbers.length && !command;
  // « le fournisseur m'a donné 5 sucre » (goods, from a supplier, no money) is no customer paying.
  // « le fournisseur 3tani 2 cartons »: no customer named, no money — neither.
  const suppliersGoods = mentionsSupplier(text) && !hasMoney && (!!opts.productNamed || !opts.customerNamed);
  // « Karim m'a donné 2 jours », « Karim gave me 2 days »: time to pay, its figure the only one — not 2 DA (the twenty-first
  // review; « … 1000 et m'a demandé 2 jours » still handed 1,000 over).
  const timeOnly = numbers.length === 1 && givesTime(text);
  // « Karim n'a pas rendu 500 de sa dette », « ma rja3li walou »: not handed over.
  const paidOnDebt = paysOnDebt(text) && !hasNotPaidCue(text) && !NOT_HANDED.test(folded);
  const customerPaid =
    !suppliersGoods &&
    (asksPaid ||
      // « Karim 3tani 2 sokar » (gave me 2 sugar): goods counted, no money — no payment of 2 DA.
      (hasCustomerPaidCue(text) && !hasNotPaidCue(text) && !timeOnly && !(goodsCount && !!opts.productNamed && !hasMoney)) ||
      // « Karim m'a rendu 500 de sa dette »: one sum towards his debt, nothing bought beside it.
      ((!!opts.customerNamed || PRONOUN_FIRST.test(folded)) && paidOnDebt && !sale && !opts.productNamed && numbers.length === 1) ||
      // « Karim 3tani 2000 », « Samir jab 500 men kridi »: with no goods, sale, taking or supplier beside it.
      // One sum, or a sum and what is left owed (« … w ba9i 3lih 500 »): « 3tani 2000 w rja3tlou 500 » (change given back)
      // or « f blast 2500 » say more than one payment.
      (!!opts.customerNamed &&
        saysGaveMoney(text) &&
        !timeOnly &&
        !opts.productNamed &&
        !sale &&
        !saysTaken(text) &&
        !mentionsSupplier(text) &&
        (numbers.length === 1 || (numbers.length === 2 && LEFT_OWED.test(folded) && numbers[0].value > numbers[1].value))) ||
      (!!opts.customerNamed &&
        hasPaidThirdCue(text) &&
        // « Karim hasn't paid his 500 », « Karim n'a toujours pas payé »: owing said with the paying verb — no payment.
        !deniesPaying(text) &&
        !sale &&
        // « Karim paid 500 », « كريم خلص 500 »: a named customer's round sum is money even under 1,000 — not a day, a
        // count or a fraction (« Karim paid 2 days ago », « a payé le 3 », « paid for 2 », « paid 1/2 »: asked).
        (hasMoney || hasOwedCue(text) || (!opts.productNamed && smallSum(text, numbers)))) ||
      // « Karim a tout payé », « Karim paid it all », « كريم خلص كلش »: all he owes, paid — read as his balance before.
      // Only a named customer, nothing bought in the sentence (« Karim a pris 3 sucre et a tout payé » is a cash sale), no
      // sum and no question (« est-ce que Karim a tout payé ? » is a read).
      (!!opts.customerNamed && paysEverything(text) && !sale && !opts.productNamed && !numbers.length && !question) ||
      // « got 1000 from Ilyes », « reçu 1000 de Karim », « كريم عطاني 1000 »: money (no goods named) from a customer —
      // never goods or a delivery taken from him (« reçu la livraison de Karim, 5000 », « reçu 2 cartons de Karim »).
      (!!opts.customerNamed &&
        !opts.productNamed &&
        smallSum(text, numbers) &&
        !sale &&
        MONEY_FROM.test(folded) &&
        !GOODS_TAKEN.test(folded))) &&
    // Last: it reads the numbers again, and only a payment needs it.
    !paysWorkers(text, folded);
  // « ما خلصتش » is also « she has not paid » (« نادية دات 3 حليب ما خلصتش », a credit sale): with a sum, only the shop's
  // bill — no customer or goods named.
  // An invoice for goods (« facture de sucre 25000 à payer ») is the shop's bill too, when no pack is counted.
  // Not beside goods counted or come (« le fournisseur a livré 10 sucre, facture pas encore réglée » is the delivery: the
  // review).
  const shopsOwnBill =
    !opts.customerNamed &&
    (!opts.productNamed || (namesInvoice(text) && !countsPacks(folded) && !hasArrivedCue(text) && !countsProduct(folded, opts.productAt)));
  const billUnpaid =
    (saysShopNotPaid(text) && !numbers.length) || ((saysShopNotPaid(text) || saysBillUnpaid(text)) && shopsOwnBill && onlyUnpaidSums(text));
  const expenseCategory = extractExpenseCategory(opts.besideProduct ?? text) !== undefined;
  return {
    // Which goods run low is a question however it is worded (« فيه سلعة قربت تخلص »): no write has those words alone.
    readOnly:
      noChange ||
      (question && !command) ||
      asksBestSellers(text) ||
      asksSlowSellers(text) ||
      asksBusyTimes(text) ||
      // Whether the shop makes money, who has not paid: questions however they are worded (« wach rani rabe7 »).
      ((asksProfitOrLoss(text) || hasNotPaidCue(text)) && !numbers.length && !command) ||
      asksPaid ||
      // « Je n'ai pas encore payé le loyer », « … l'électricité 4500 », « l'électricité 4500 pas encore payée »: no money went
      // out — nothing to record. Every sum must be in a clause said unpaid (« …, j'ai payé le loyer 30000 » is spent).
      (billUnpaid && !command) ||
      (asksLowStockGoods(text) && !numbers.length && !command),
    cancel: hasCancelCue(text),
    saleUndo: asksToUndoSale(text),
    // « rendu » once removed the goods from the stock (its sense with a supplier): a customer's return brings them back
    // and pays him back, which only the sale's refund records together.
    // Goods are named or counted (« le client m'a rendu la monnaie » is change given back); « رجع اشترى » (came back and
    // bought) is a sale.
    customerReturn:
      !mentionsSupplier(text) &&
      (saysPurchaseCalledOff(text) ||
        ((!!opts.productNamed || numbers.length > 0) &&
          (!hasMoney || !!opts.productNamed) &&
          !sale &&
          (saysCustomerReturned(text) ||
            (!!opts.productNamed && saysRefunded(text)) ||
            // « il m'a rendu 2 sucre » (a pronoun for the customer) was −2 in the stock, as « rendu » to a supplier.
            ((!!opts.customerNamed || PRONOUN_FIRST.test(folded)) &&
              !!opts.productNamed &&
              (saysReturnedToMe(text) || (PRONOUN_FIRST.test(folded) && HE_RETURNED.test(folded))))))),
    supplierOrder,
    deliveryToCome: !!opts.productNamed && saysDeliveryToCome(text) && numbers.length > 0 && !(question && !command) && !supplierOrder,
    // « j'ai acheté 10 sacs de sucre pour 25000, pas encore payé »: the shop owes its supplier — no expense spent yet (25,000
    // of goods was proposed as paid: the twenty-fourth session's reviewers).
    // A bill named beside it is what is unpaid (« j'ai acheté 10 sucre à 350 et l'électricité 4500 pas payée »).
    supplierDebt:
      owesSupplier(text) ||
      (SHOP_BOUGHT.test(folded) &&
        !opts.customerNamed &&
        (saysUnpaid(text) || PAY_LATER.test(folded)) &&
        !NOTHING_UNPAID.test(folded) &&
        (extractExpenseCategory(text) ?? 'marchandises') === 'marchandises'),
    sale,
    goodsOnAccount,
    // "drt lyoum 41200", "I took 38,500 DA today": money made in the day, no product named.
    // « took 5000 from the till »: money taken out, not made (« took » is also « I took 38,500 today »).
    // « de la recette j'ai payé l'électricité 4500 »: the bill paid out of the takings, no takings told (the review).
    takings:
      (hasTakingsCue(text) && !(namesTakingsAsSource(text) && expenseCategory)) ||
      (hasEarnedCue(withoutTill(text)) && hasMoney && !opts.productNamed && !paysForSomething(text)),
    newProduct: hasNewProductCue(text),
    // « electricity 4500 unpaid »: the shop's bill, not a customer's account.
    owed: hasOwedCue(text) && !(billUnpaid && expenseCategory && !opts.customerNamed) && !(paidOnDebt && customerPaid),
    customerPaid,
    customer: !!opts.customerNamed,
    productNamed: !!opts.productNamed,
    salesNoun: hasSalesNoun(text),
    // « Mets le sucre à 150 DA »: one product put at one amount of money is its price (a count would make it a stock).
    priceChange:
      hasPriceChangeCue(text) ||
      (!!opts.productNamed && numbers.length === 1 && setsPriceOfNamed(text)) ||
      // « le sucre a augmenté à 150 »: its price, unless the stock is said (« le stock de sucre a augmenté de 20 »).
      (!!opts.productNamed && numbers.length === 1 && saysGoodsPriceMoved(text) && !hasStockWord(text)),
    // A whole past day, week, month or year is a period the tools take (« le mois dernier »); any other past (« le
    // trimestre dernier », « avant-hier » for figures) is not.
    // A month named (« en octobre ») is a period only when it is this month or the last one.
    pastPeriod: (hasPastPeriodCue(text) && !extractPastPeriod(text)) || namedMonthPeriod(text, now) === 'out_of_reach',
    // « Hier », « le 12 octobre »: one past day, which sales_list reads as a date.
    // « combien j'ai vendu lundi ? », « il y a 2 jours » (not today's weekday: today).
    pastDay: extractPastPeriod(text) === 'yesterday' || namedMonthDate(text, now) !== undefined || pastDayNamed(text, now) !== undefined,
    // « J'ai compté 37 sucre »: what is on the shelf, whose difference with the stock on file is the movement (it was +37).
    stockCount:
      (saysStockCounted(text) || (saysCountedInArabic(text) && !opts.customerNamed)) &&
      !!opts.productNamed &&
      !hasMoney &&
      !hasOwedCue(text) &&
      !hasCustomerPaidCue(text) &&
      // A count may be zero (« le stock de sucre est à 0 »), the commonest correction.
      (numbers.length > 0 || ZERO.test(text)) &&
      !sale &&
      !hasPositiveStockCue(text) &&
      !hasArrivedCue(text) &&
      direction > 0 &&
      !(question && !command),
    // « promo 1 acheté 1 offert »: the offer's counts, for a post — never a stock movement or a sale.
    promotion: !sale && namesPromotionOffer(text),
    stockRemoval: gift || direction < 0,
    gift,
    hasNumber: numbers.length > 0,
    goodsCount: goodsCountsOnly(folded, numbers, opts.productAt, !!opts.productNamed && !hasMoney),
    oneSum: numbers.length === 1 && (hasMoney || PRICE_SAID.test(folded) || numbers[0].value >= 100),
    timeCounted: TIME_COUNTED.test(folded),
    hasMoney,
    expenseCategory,
  };
}

/** « il a rendu 2 sucre »: he brought goods back. */
const HE_RETURNED = /^(?:il|elle|he|she)\s+(?:a|has)\s+(?:rendu|ramene|rapporte|retourne|returned|brought back)(?![\p{L}])/u;

/** He, she or they, as the message opens: someone the owner does not name. */
const PRONOUN_FIRST = /^(?:il|elle|ils|elles|he|she|they|houwa|hiya|هو|هي|هوما)\s/u;

/** A denial anywhere beside money towards a debt: no repayment read. */
const NOT_HANDED = /(?<![\p{L}])(?:pas|jamais|rien|not|never|didn t|hasn t|ma|ما|لم|مازال|ba9i|mazal|walou|والو)(?![\p{L}])/u;

/** Hours, days or times counted (« 3 sa3at », « 2 jours »): never a sum. */
/**
 * « Karim a payé 3 ouvriers à 2000 »: he paid workers, not the shop (a payment of 6,000 was proposed: the review). Only
 * workers counted right after the paying verb (« Karim m'a payé 3000, j'ai 2 employés » is still his payment). Workers
 * are people: `numbersOf` has left them out, so the message's numbers are read again.
 */
const paysWorkers = (text: string, folded: string): boolean =>
  extractNumbers(text).some((n) => countsWorkers(n) && PAID_JUST_BEFORE.test(folded.slice(0, n.start)));
/** A paying verb right before (« a payé 3 ouvriers », « paid the 3 workers », « خلص 3 عمال »). */
const PAID_JUST_BEFORE = /(?<![\p{L}])(?:paye|payee|payes|paid|pays|regle|khallas|khalas|khlas|dfa3|خلص|دفع)\s+(?:les\s+|the\s+|el\s+)?$/u;

/** Every figure said is a length of time (« 2 jours », « 3 days ago », « 2 semaines », « 3 أيام »): no sum at all. */
function onlyDurations(text: string): boolean {
  const said = extractNumbers(text).filter((n) => !n.weak && n.value > 0);
  return said.length > 0 && said.every((n) => !!n.unit && DURATIONS.has(n.unit));
}
const DURATIONS = new Set(
  [
    ...['jour', 'jours', 'day', 'days', 'semaine', 'semaines', 'week', 'weeks', 'mois', 'month', 'months', 'heure', 'heures'],
    ...['hour', 'hours', 'minutes', 'ayam', 'iyam', 'jemaa', 'chhour', 'sa3at', 'أيام', 'ايام', 'يوم', 'أسابيع', 'اسابيع', 'أسبوع'],
    ...['اسبوع', 'شهر', 'شهور', 'ساعات', 'ساعة'],
  ].map((w) => foldForCues(w)),
);

const TIME_COUNTED =
  /(?<![\p{L}\p{N}])\d+\s*(?:sa3a\p{L}*|heures?|ayam|jours?|marrat|fois|chhour|mois|ساعات|ساعة|أيام|ايام|مرات)(?![\p{L}\p{N}])/u;

/**
 * Goods named with only small counts, each right before what it counts (« 2 kg sokar », « 3 pain et 2 lait »), and no
 * money: goods, never a sum of dinars. « 80 ta3 khobz », « b 30 » are money.
 */
function goodsCountsOnly(
  folded: string,
  numbers: { value: number; end: number }[],
  productAt: number | undefined,
  goodsNoMoney: boolean,
): boolean {
  if (!goodsNoMoney || !numbers.length || productAt === undefined || numbers.some((n) => n.value >= 100)) return false;
  if (PRICE_SAID.test(folded)) return false;
  const between = folded.slice(numbers[0].end, productAt);
  return productAt >= numbers[0].end && between.length < 24 && !/(?<![\p{L}])(?:ta3|تاع|dyal|pour|for)(?![\p{L}])/u.test(between);
}

/** Goods taken (back) by someone (« dah », « داه », « a repris »; « dah » is a family name too, not here): with a supplier named, the stock went down, not up. */
const SUPPLIER_TOOK = cueRegex([...TAKING_VERBS, 'dah', 'a repris', 'a recupere', 'a récupéré', 'took back']);

/**
 * A bill's new rate, its sum right after the word (« passe à 30000 », « augmente à 150 », « goes up to 30000 », « wla
 * 30000 », « زاد 500 »): what it will cost, not what was paid. « j'ai dépensé 2000 de transport, ça a augmenté » is spent.
 */
const RATE_CHANGED = new RegExp(
  cueRegex([
    ...['passe a', 'passe de', 'passera a', 'augmente', 'a augmente', 'va augmenter', 'augmente a', 'baisse', 'a baisse'],
    ...['goes up', 'went up', 'going up', 'rises', 'rose to', 'raised', 'increased', 'increases', 'goes down', 'went down'],
    ...['wla', 'wlat', 'wallat', 'زاد', 'زادت', 'ولى', 'ولات', 'نقص', 'نقصت'],
  ]).source + String.raw`(?:\s+[^\s\d]+){0,2}?\s*\d`,
  'u',
);
/** Money paid said beside it (« le loyer passe à 30000, je l'ai payé »): an expense still. */
const PAID_NOW = cueRegex([
  ...['paye', 'payé', 'payee', 'regle', 'reglé', 'verse', 'paid', 'settled', 'khallast', 'khlast', 'khalast', 'dfa3t'],
  ...['depense', 'dépensé', 'spent', 'sraft', 'صرفت'],
  ...['khallastha', 'khallastou', 'khallasto', 'khlastha', 'خلصت', 'دفعت', 'خلصتو', 'خلصتها'],
]);

/**
 * The shop's own money moved and nothing else told beside it: no customer, no takings, no goods counted (« chrit 10 sokar
 * mel caisse ») — a product with a sum is no count (« j'ai acheté du café 500 avec la caisse » was +500 coffee: the review).
 */
const nothingElseTold = (act: Act): boolean => !act.customer && !(act.productNamed && act.goodsCount) && !act.takings;

/** Money taken out of the till and nothing else the tools record (see hasWriteEvidence): told so, nothing written. */
export function takesFromTillOnly(text: string, act: Act): boolean {
  return takesFromTill(text) && nothingElseTold(act) && (!act.expenseCategory || !paysBillFromTill(text));
}

/**
 * Only the bank's money moved: one sum, nothing else told, no bill named beside the bank (« … pour payer le loyer » is
 * the rent's; « I took 5000 from the bank and made 20000 today » tells the takings too: the review).
 */
const onlyTheBank = (text: string, act: Act): boolean =>
  nothingElseTold(act) &&
  extractExpenseCategory(withoutBank(text)) === undefined &&
  extractNumbers(text).filter((n) => !n.weak && n.value >= 100).length === 1;
/** « j'ai retiré 5000 de la banque », « I withdrew 5000 from the bank »: the shop's money moved, no expense. */
export const takesFromBankOnly = (text: string, act: Act): boolean => takesFromBank(text) && onlyTheBank(text, act);
/**
 * « j'ai versé 5000 à la banque », « I deposited 5000 at the bank », « حطيت 5000 في البنك »: the shop's money put in its
 * account — no expense (a bank expense of 5,000 was proposed: the twenty-fourth session's reviewers).
 */
export const putsInBankOnly = (text: string, act: Act): boolean =>
  putsInBank(text) && onlyTheBank(text, namesTakingsAsSource(text) ? { ...act, takings: false } : act);

/** A figure right before the product named (« livré 10 sucre »): goods counted. */
function countsProduct(folded: string, productAt: number | undefined): boolean {
  return productAt !== undefined && /\d\s*$/u.test(folded.slice(0, productAt));
}

export function hasWriteEvidence(tool: string, text: string, act: Act): boolean {
  const folded = foldForCues(text);
  // « j'ai pris 5000 de la caisse », « j'ai retiré 5000 de la caisse »: money out of the till for no bill named — no tool
  // records it (declared as the takings, or 5,000 goods out of the stock: the twenty-first review). A bill paid from it
  // now (« j'ai payé le loyer 30000 avec la recette ») is that bill's expense, the takings told beside it (« recette 20000,
  // j'ai pris 5000 de la caisse ») the day's; a customer or goods counted are read as before (« Karim a pris 2 lait de la
  // caisse » is a crate, « chrit 10 sokar mel caisse » goods bought).
  if (takesFromTillOnly(text, act)) return false;
  // Money from the till for a bill (« prélevé 500 de la caisse pour le livreur » moved 500 « prélevé » into the stock: the
  // review): goods move or are sold from it only when counted.
  if (
    takesFromTill(text) &&
    (tool === 'inventory_adjust' || tool === 'sales_record') &&
    !(act.productNamed && (act.goodsCount || countsPacks(folded)))
  )
    return false;
  switch (tool) {
    case 'inventory_adjust':
      // Kept aside for a customer (« mets 5 sucre de côté pour Karim »): still in the shop, nothing moves.
      if (act.promotion || (setsAside(text) && !hasPositiveStockCue(text) && !hasArrivedCue(text))) return false;
      if (act.stockCount) return true;
      // A sale only reaches the stock when the user says to remove it ("On a vendu 8 boîtes hors caisse, enlève-les").
      if (act.sale) return act.stockRemoval && (hasStockWord(text) || startsWithWriteCommand(text) || /enleve|retire|sors/.test(folded));
      if (act.supplierOrder || act.deliveryToCome || act.newProduct || act.owed || act.customerPaid || act.priceChange) return false;
      // « le grossiste dah 10 sucre » (the wholesaler took 10 sugar) read as +10 into the stock: which way is asked.
      if (SUPPLIER_TOOK.test(folded) && mentionsSupplier(text) && !act.stockRemoval) return false;
      // « J'ai payé 12000 au fournisseur pour le sucre » proposed 12,000 bags of sugar in: money paid for goods, with no
      // word of goods arriving, is what was spent, not a count of them.
      if (paysForSomething(text) && act.hasMoney && !hasArrivedCue(text) && !hasStockWord(text)) return false;
      return (
        act.stockRemoval ||
        hasPositiveStockCue(text) ||
        hasArrivedCue(text) ||
        hasStockWord(text) ||
        saysGivenFreeToShop(text) ||
        STOCK_EVIDENCE.test(folded) ||
        extractNumbers(text).some((n) => n.sign !== undefined)
      );
    case 'expenses_add':
      if (act.sale || act.owed || act.newProduct || act.customerPaid || act.takings) return false;
      // « Ilyes paid 500 »: a named customer paying, with no bill named, was a shop expense — asked about instead.
      if (act.customer && !act.expenseCategory) return false;
      // « il a payé 300 », « she paid 500 »: someone else paid, no bill named — money in, not the shop's expense (the
      // twenty-fourth session's reviewers).
      if (SOMEONE_ELSE_PAID.test(folded) && !act.expenseCategory) return false;
      // « dhaw tfa 3 sa3at » (the power was off 3 hours): a bill's name beside small numbers, no money or paying word.
      // Hours or days counted, or goods counted with no money (« الخدام خدا 2 كوكا »): no sum of dinars.
      if ((act.timeCounted || act.goodsCount) && !act.hasMoney) return false;
      // « le loyer passe à 30000 », « lkra wla 30000 »: a bill's new rate, not a sum paid (unless a payment is said).
      if (RATE_CHANGED.test(folded) && !PAID_NOW.test(folded)) return false;
      // « bought 10 semolina »: goods counted, no money said — an expense of 10 DA was proposed.
      // « وصلت سلعة تاع سيفيتال 30 زيت », « rja3t 5 zit l grossiste »: the goods' own category (« sel3a », « grossiste »)
      // beside a count of them and no money was an expense of 30 DA.
      if (act.productNamed && !act.hasMoney && !PRICE_SAID.test(folded)) {
        if (!act.expenseCategory || extractExpenseCategory(text) === 'marchandises') return false;
      }
      return EXPENSE_EVIDENCE.test(folded) || act.expenseCategory;
    case 'sales_record':
      // « Karim never paid the 3 sugar »: goods he took before, still unpaid — his balance to read, not a sale again.
      if (unpaidKnownDebt(text) || (deniesBesideHanded(text) && !saysTaken(text))) return false;
      return act.sale && !act.supplierOrder;
    case 'sales_daily_total':
      // « شريت 10 سكر ب 1000 للكيس »: what the shop bought is never its takings.
      if (BOUGHT_FOR_SHOP.test(folded)) return false;
      return act.takings || (act.sale && act.hasMoney);
    case 'products_add':
      return act.newProduct;
    case 'customers_payment':
      return act.customerPaid && !onlyDurations(text);
    case 'customers_credit_add':
      // « Karim m'a donné 2 jours pour sa dette », « Karim paiera sa dette dans 2 semaines »: a time, never a sum (a debt
      // of 2 DA — the twenty-second review).
      if (onlyDurations(text)) return false;
      // « Riad took goods for 1500 on credit »: a sale with no goods named is the customer's debt, asked about.
      // « ddit 2 zit kredi », « jabli lgrossiste 20 zit kredi »: goods counted, no money — no debt of 2 (20) DA.
      if (act.goodsCount) return false;
      // Goods taken or sold beside the book (« Karim ddah 3 zit b 4000, 3tani 3000 … kredi »): a credit sale and its
      // payment, asked — never one debt of a sum said; a supplier named is the shop's own debt; paying words
      // (« Karim khlas lkredi 1500 », « … w khalesni 500 ») take money off the book, they do not add to it.
      // One sum with the goods (« Karim ddah sokar b 500 kridi ») is his debt, as before.
      if (act.productNamed && (saysTaken(text) || hasSaleCue(text)) && !act.oneSum) return false;
      if (mentionsSupplier(text)) return false;
      if (speaksOfPayingBack(text) && !hasNotPaidCue(text)) return false;
      // « Karim hasn't paid his 500 »: the 500 is on his account already — added again, his debt doubled.
      if (unpaidKnownDebt(text) || (deniesBesideHanded(text) && !act.customerPaid)) return false;
      // « Karim machi kredi, khlas 500 »: a credit denied is no debt.
      if (deniesCredit(text)) return false;
      // « Karim va payer 500 demain »: a promise to pay — nothing new owed.
      if (promisesToPayOnly(text, { taken: saysTaken(text), sold: act.sale || act.productNamed })) return false;
      return act.owed && act.hasNumber && (!act.sale || (act.customer && !act.productNamed));
    case 'feedback_submit':
      return !act.readOnly || FEEDBACK_EVIDENCE.test(folded);
    default:
      return true;
  }
}

/**
 * The unsupported request a message is, when its words say so whatever tool resembles it: an order to a supplier,
 * a price change, a period in the past. Undefined when a tool may answer.
 */
export function unsupportedAct(act: Act, readTool: boolean): NoticeReason | undefined {
  if (act.supplierOrder) return 'supplier_order';
  // The credit book holds what customers owe: a supplier's debt read or written there would be a wrong figure.
  if (act.supplierDebt) return 'supplier_debt';
  if (act.priceChange && !act.newProduct && !act.readOnly) return 'price_change';
  // Figures are "to date" (today, this week…): a past period would get today's figures with confidence.
  if (act.pastPeriod && readTool) return 'past_period';
  return undefined;
}

/** Why a tool the act needs cannot answer, for the plain answer that replaces it. */
export function missingToolReason(act: Act): NoticeReason {
  if (act.owed || act.customerPaid) return 'customer_credit';
  if (act.deliveryToCome) return 'delivery_to_come';
  if (act.newProduct) return 'new_product';
  if (act.sale || act.takings) return 'sale';
  return 'no_tool';
}
