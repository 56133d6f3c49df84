import { cueRegex, foldForCues } from './cue-regex';

/**
 * Words that decide what KIND of act a message is, whatever tool the classifier prefers: a question (a read), an
 * order to a supplier, a cancellation, a sale, a new product, money a customer owes or pays back. The trust rules
 * (../trust-rules.ts) use them so that a message is never turned into the nearest write.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/** Asking for a figure: "combien", "il en reste", "how many", "chhal", "شحال", "كم". */
const INFO_QUESTION = cueRegex([
  'combien', 'il reste', 'il en reste', 'reste t il', 'reste-t-il', 'en reste', 'me reste', 'nous reste', 'reste-t-il encore', 'est ce qu il reste',
  'est ce que j ai', 'est-ce que j ai', 'est ce qu on a', 'y a t il', 'y a-t-il', 'on a encore', 'j ai encore', 'quel est', 'quelle est', 'quels sont',
  'quelles sont', 'c est combien', 'où en est', 'ou en est', 'je demande', 'juste savoir', 'savoir combien', 'qu est ce que', 'qu est ce qui', 'qu est-ce que', 'qu est-ce qui', 'est-ce que', 'est-ce qu', 'quoi',
  'le plus vendu', 'les plus vendus', 'la plus vendue', 'les plus vendues', 'le moins vendu', 'les moins vendus', 'meilleures ventes', 'meilleure vente',
  'best selling', 'best sellers', 'best seller', 'top selling', 'most sold', 'sold the most', 'sells the most', 'what did', 'what have', 'did i sell', 'did we sell',
  'how did', 'show me', 'list my', 'liste des', 'liste de', 'montre moi',
  'how much', 'how many', 'is there', 'are there', 'do i have', 'do we have', 'do i still have', 'have i got', 'left', 'what is', 'what s', 'whats',
  'chhal', 'ch7al', 'chal', '9adech', '9adach', 'qadech', 'kadech', 'bqa', 'b9a', 'bqali', 'b9ali', 'bqat', 'b9at', 'mazal', 'kayen', 'kayn', 'wach kayen',
  'wach bi3t', 'wach bi3na', 'wach chra', 'wach chrat', 'wach chraw', 'wach b9a', 'wach bqa', 'wach dkhal', 'chkoun', 'chkon', 'tetba3 bezzaf', 'yetba3 bezzaf', 'li tetba3', 'werini', 'warini',
  'كم', 'شحال', 'قداش', 'بقي', 'باقي', 'بقا', 'بقات', 'بقالي', 'تبقى', 'يتبقى', 'مازال', 'كاين', 'واش كاين', 'هل', 'هل بقي', 'ما هو', 'ما هي', 'ماهو', 'ماهي',
  'شكون', 'من هم', 'من هو', 'ماذا', 'ماذا بعت', 'واش شرا', 'واش شرات', 'واش بعت', 'الأكثر مبيعا', 'الاكثر مبيعا', 'الأكثر بيعا', 'الأقل مبيعا', 'لي تتباع بزاف', 'تتباع بزاف', 'وريني', 'أرني', 'اعرض',
]);

/** Explicitly asking not to change anything: "ne change rien", "je demande juste", "just asking". */
const NO_CHANGE = cueRegex([
  'ne change rien', 'change rien', 'ne modifie rien', 'modifie rien', 'sans rien changer', 'sans rien modifier', 'ne touche a rien', 'ne touche pas',
  'je demande juste', 'je demande seulement', 'juste une question', 'simple question', 'c est juste une question', 'ne rajoute rien', 'n ajoute rien',
  'don t change', 'dont change', 'do not change', 'don t add', 'dont add', 'just asking', 'only asking', 'just a question', 'without changing',
  'ma tbedel walou', 'ma tbadel walou', 'matbadel walou', 'ma tbedel walo', 'ma tzid walou', 'nsa9si ghir', 'ghir nsa9si', 'ghir nes9si', 'ghir su2al',
  'لا تغير شيئا', 'لا تغير شيء', 'لا تغير', 'لا تعدل', 'دون تغيير', 'بدون تغيير', 'مجرد سؤال', 'أسأل فقط', 'اسأل فقط', 'ما تبدل والو', 'ماتبدل والو',
  'ما تزيد والو', 'غير نسقسي', 'نسقسي برك', 'غير سؤال',
]);

/** A command that changes something, said at the start: "ajoute", "retire", "zid", "add", "أضف"… */
const WRITE_COMMAND = cueRegex([
  'ajoute', 'ajouter', 'ajoutez', 'rajoute', 'retire', 'retirer', 'enleve', 'enlever', 'enlève', 'supprime', 'note', 'enregistre', 'mets', 'rentre',
  'zid', 'zidli', 'na7i', 'nahi', 'na9es', 'n9es', 'sajel', 'sajal', 'kteb', 'add', 'remove', 'record', 'log', 'put', 'take out', 'subtract',
  'أضف', 'اضف', 'زد', 'زيد', 'زيدلي', 'نحي', 'نقص', 'أنقص', 'انقص', 'سجل', 'سجّل', 'اكتب', 'احذف', 'أزل',
]);

/** Cancelling or undoing: "annule", "je me suis trompé", "laisse tomber", "undo", "ألغ", "batel". */
const CANCEL = cueRegex([
  'annule', 'annuler', 'annulez', 'annulation', 'je me suis trompe', 'je me suis trompee', 'je me suis trompé', 'on s est trompe', 'erreur de ma part',
  'laisse tomber', 'oublie ca', 'oublie ça', 'efface ca', 'efface ça', 'defais', 'défais', 'reviens en arriere', 'reviens en arrière', 'c etait une erreur',
  'undo', 'cancel', 'cancel that', 'never mind', 'nevermind', 'scratch that', 'forget it', 'forget that', 'i made a mistake', 'my mistake', 'revert',
  'ghlat', 'ghlatt', 'rani ghalet', 'ghalt', 'batel', 'btel', 'batlha', 'khalliha', 'ma t3melch', 'ma tdirch', 'matdirch', 'sma7li ghlatt', 'annuli',
  'ألغ', 'الغ', 'الغي', 'ألغي', 'إلغاء', 'الغاء', 'ألغِ', 'تراجع', 'أخطأت', 'اخطات', 'غلطت', 'راني غالط', 'بطل', 'بطلها', 'ماتديرش', 'ما تديرش',
  'انسى', 'انس الأمر', 'خلاص ماتديرش',
]);

/** Ordering from a supplier (nothing has arrived yet): "commande 50 sacs chez le fournisseur", "order from". */
const SUPPLIER_ORDER = cueRegex([
  'commander', 'commande', 'commandes', 'commandez', 'passe commande', 'passer commande', 'passer une commande', 'recommande', 'recommander',
  'order', 'place an order', 'reorder from', 'buy from', 'order from',
  'commandi', 'ncommandi', 'commandili', 'tcommandi',
  'اطلب', 'أطلب', 'اطلبلي', 'اطلب لي', 'طلبية', 'نطلب', 'كوموندي', 'نكوموندي', 'كومونديلي',
]);

/** The goods already came in: an order that ARRIVED is a reception, not an order. */
const ARRIVED = cueRegex([
  'arrive', 'arrivee', 'arrivée', 'arrivé', 'arrivés', 'arrivées', 'reçu', 'recu', 'reçue', 'livre', 'livré', 'livrée', 'livrés', 'réceptionné',
  'received', 'delivered', 'arrived', 'came in', 'got',
  'jat', 'jatni', 'jawni', 'wslet', 'wesslet', 'wsel',
  'وصلت', 'وصل', 'وصلتني', 'وصلني', 'استلمت', 'استلمنا', 'جات', 'جاتني', 'جاوني', 'جابلي',
]);

/** "…to the supplier", "fournisseur", "grossiste": the other party of an order. */
const SUPPLIER = cueRegex(['fournisseur', 'fournisseurs', 'grossiste', 'supplier', 'suppliers', 'wholesaler', 'fournisseur ta3i', 'المورد', 'مورد', 'الموزع', 'الفورنيسور', 'فورنيسور', 'لفورنيسور', 'grossist']);

/** Selling: "j'ai vendu", "une vente", "I sold", "بعت", "bi3t". Not "mes ventes" (figures). */
const SALE = cueRegex([
  'vendu', 'vendus', 'vendue', 'vendues', 'j ai vendu', 'on a vendu', 'je viens de vendre', 'une vente', 'vente', 'nouvelle vente', 'enregistre une vente',
  'enregistrer une vente', 'note une vente', 'vendre a', 'vendu a', 'achete par', 'a achete', 'ont achete', 'client a pris', 'a pris', 'ont pris',
  'vient d acheter', 'viennent d acheter', 'vient de prendre', 'customer bought', 'customers bought', 'client bought', 'he bought', 'she bought',
  'they bought', 'somebody bought', 'someone bought',
  'sold', 'i sold', 'we sold', 'a sale', 'record a sale', 'new sale', 'log a sale', 'sale of',
  'took', 'has taken', 'bi3t', 'b3t', 'bie3t', 'bi3na', 'b3na', 'ba3', 'bya3t', 'chra', 'chrat', 'chraw', 'dda', 'ddat',
  'بعت', 'بعنا', 'باع', 'عملية بيع', 'سجل بيع', 'سجل عملية بيع', 'اشترى', 'اشترت', 'اشتروا', 'شرا', 'شرات', 'شراو', 'دا', 'دات', 'داو',
]);

/** The day's takings without lines: "la recette", "la caisse du jour", "takings", "الدخل", "dakhla". */
const TAKINGS = cueRegex([
  'recette', 'recettes', 'la caisse', 'caisse du jour', 'chiffre de la journee', 'encaisse', 'encaissé', 'total de la journee', 'total du jour',
  'pour la journee', 'pour la journée', 'de la journee', 'de la journée', 'total des ventes', 'ventes du jour',
  'takings', 'till total', 'cash up', 'day s total', 'days total', 'the till', 'total sales', 'sales came to', 'sales total',
  'la recette ta3', 'dakhla', 'dakhlet', 'recetta', 'lcaisse', 'el caisse',
  'المدخول', 'مدخول', 'الدخل', 'دخل اليوم', 'الروسات', 'روسات', 'الكيس', 'الصندوق', 'الكاسة', 'مداخيل اليوم', 'المداخيل', 'مداخيل', 'حصيلة', 'الحصيلة',
]);

/** Verbs of "making" money in a day ("drt lyoum 41200", "I took 38,500 DA today"): takings when money and no product. */
const EARNED = cueRegex([
  'j ai fait', 'on a fait', 'fait', 'encaisse', 'made', 'i made', 'we made', 'took', 'took in', 'earned',
  'drt', 'dert', 'derna', 'khdemt', 'khdemna', 'dkhalt', 'dkhelt', 'dakhalt', 'jma3t',
  'درت', 'درنا', 'خدمت', 'خدمنا', 'دخلت', 'دخلنا', 'جمعت', 'جمعنا', 'ربحت',
]);

/** Sales as a subject ("les ventes à crédit", "credit sales", "البيعات"), not a sale being told. */
const SALES_NOUN = cueRegex(['ventes', 'les ventes', 'mes ventes', 'sales', 'my sales', 'tickets', 'المبيعات', 'مبيعات', 'البيعات', 'بيعات', 'lventes', 'lbi3at']);

/** A product that is not in the catalogue yet: "nouveau produit", "new product", "منتج جديد". */
const NEW_PRODUCT = cueRegex([
  'nouveau produit', 'nouvel article', 'nouvelle reference', 'nouvelle référence', 'un produit', 'au catalogue', 'dans le catalogue', 'creer un produit',
  'crée un produit', 'cree le produit', 'ajoute le produit', 'ajouter un produit', 'ajoute un article', 'nouveau article', 'cree un article', 'crée un article',
  'creer un article', 'créer un article', 'create an item', 'create item',
  'new product', 'new item', 'add a product', 'add product', 'to the catalogue', 'to the catalog', 'create a product', 'add the product', 'add an item',
  'produit jdid', 'sel3a jdida', 'article jdid', 'produit jdida',
  'منتج جديد', 'منتجا جديدا', 'سلعة جديدة', 'سلعه جديده', 'برودوي جديد', 'اضف منتج', 'أضف منتج', 'أضف منتجا', 'إلى الكتالوج', 'الى الكتالوج', 'للكتالوج',
]);

/** Money owed TO the shop: "me doit", "owes me", "يتسالني", "yetsal", "كريدي". */
const OWED_TO_SHOP = cueRegex([
  'me doit', 'nous doit', 'me doivent', 'nous doivent', 'doit encore', 'lui reste a payer', 'reste a payer', 'doit de l argent', 'doivent de l argent',
  'credit', 'crédit', 'crédits', 'credits', 'a credit', 'à crédit', 'le carnet', 'carnet', 'dette', 'dettes', 'le solde', 'son solde', 'solde de',
  'paiera', 'payera', 'va payer', 'will pay', 'pay later', 'balance of', 's balance',
  'owes', 'owe me', 'owes me', 'owe us', 'owes us', 'on credit', 'on tab', 'debt', 'debts', 'unpaid',
  'yetsal', 'yetsalni', 'yetsalouni', 'tetsal', 'tetsalni', 'ytsal', 'kridi', 'lkridi', 'el kridi', 'credi', 'dayen', 'dayn', '3lih', '3liha', '3lihom',
  'يتسال', 'يتسالني', 'يتسالوني', 'تتسال', 'تتسالني', 'يسالني', 'كريدي', 'الكريدي', 'بالكريدي', 'كريدية', 'دين', 'ديون', 'الدين', 'الديون', 'مدين', 'مدينين',
  'مدينة', 'عليه دين', 'عليهم ديون', 'بالدين', 'سلف', 'السلف', 'عليه', 'عليها', 'الدفتر', 'الكرني', 'تدين', 'يدين', 'يدينون', 'تدينني', 'يدينني',
  'رصيد', 'رصيده', 'رصيدها',
]);

/** A customer paying back: "m'a payé", "a remboursé", "paid me back", "خلصني", "khallasni". */
const CUSTOMER_PAID = cueRegex([
  'm a paye', 'm a payé', 'nous a paye', 'nous a payé', 'a rembourse', 'a remboursé', 'a regle', 'a réglé', 'a payé sa dette', 'a paye sa dette', 'a payé son crédit',
  'remboursement', 'versement', 'a verse', 'a versé', 'paiement reçu', 'paiement recu', 'm a donne', 'm a donné', 'nous a donne',
  'paid me', 'paid us', 'paid back', 'paid off', 'repaid', 'payment from', 'payment received', 'gave me', 'paid his', 'paid her',
  'khallasni', 'khalasni', 'khlasni', 'khallesni', 'rjja3li', 'rajja3li', 'ja khallas', 'dfa3li', 'rajja3tli', 'rj3atli', 'khalsatni', 'khallsatni',
  'dfa3tli', 'خلصني', 'خلصنا', 'رجعلي', 'رجع لي', 'رجعتلي', 'خلصتني', 'دفعتلي', 'سدد', 'سدّد', 'دفع لي', 'دفعلي', 'تسديد', 'دفعة',
]);

/** Explicit stock words: a sale that ALSO says "enlève-les du stock" is a stock removal (d010). */
const STOCK_WORD = cueRegex(['stock', 'inventaire', 'inventory', 'hors caisse', 'مخزون', 'المخزون', 'الستوك', 'ستوك', 'stok']);

/** Changing a price: no tool does it. */
const PRICE_CHANGE = cueRegex([
  'change le prix', 'changer le prix', 'modifie le prix', 'modifier le prix', 'mets le prix', 'augmente le prix', 'baisse le prix', 'nouveau prix', 'prix a',
  'change the price', 'set the price', 'update the price', 'raise the price', 'lower the price', 'new price',
  'bedel le prix', 'beddel soum', 'bedel soum', 'zid f soum', 'na9es f soum', 'soum jdid',
  'غير السعر', 'بدل السعر', 'عدل السعر', 'سعر جديد', 'زيد في السوم', 'نقص في السوم', 'بدل السوم', 'السوم الجديد',
]);

/** Past periods no tool answers ("hier", "le mois dernier", "last year", "البارح", "الشهر الماضي"). */
const PAST_PERIOD = cueRegex([
  'hier', 'avant hier', 'avant-hier', 'le mois dernier', 'mois dernier', 'mois passe', 'mois passé', 'la semaine derniere', 'semaine dernière', 'semaine passee',
  'semaine passée', 'l annee derniere', 'l année dernière', 'annee derniere', 'année dernière', 'l an dernier', 'an dernier', 'annee passee', 'année passée',
  'trimestre dernier', 'trimestre precedent', 'trimestre précédent',
  'yesterday', 'last month', 'last week', 'last year', 'last quarter', 'previous month', 'previous year',
  'lbare7', 'lbareh', 'elbare7', 'chhar li fat', 'chhar li fet', 'simana li fatet', 'l3am li fat', 'l3am li fet',
  'البارح', 'البارحة', 'أمس', 'امس', 'الشهر الماضي', 'الشهر الفائت', 'الشهر لي فات', 'الأسبوع الماضي', 'الاسبوع الماضي', 'السيمانة لي فاتت', 'السنة الماضية',
  'العام الماضي', 'العام لي فات', 'الفصل الماضي',
]);

/** Asking what sold most: "le plus vendu", "meilleures ventes", "best sellers", "الأكثر مبيعا", "li tetba3 bezzaf". */
const BEST_SELLER = cueRegex([
  'le plus vendu', 'les plus vendus', 'la plus vendue', 'les plus vendues', 'plus vendu', 'plus vendus', 'meilleures ventes', 'meilleure vente', 'mes meilleures ventes',
  'se vendent le mieux', 'se vend le mieux', 'vendu le plus', 'vendus le plus', 'produits phares', 'produit phare', 'top des ventes', 'top ventes', 'top produits',
  'best seller', 'best sellers', 'best selling', 'best-selling', 'top selling', 'top sellers', 'most sold', 'sold the most', 'sells the most', 'top products',
  'star products', 'bestseller', 'bestsellers',
  'tetba3 bezzaf', 'yetba3 bezzaf', 'li tetba3 ktar', 'li tetba3 kter', 'li bi3t menha bezzaf', 'li bi3t bezzaf', 'top ta3i',
  'الأكثر مبيعا', 'الاكثر مبيعا', 'الأكثر بيعا', 'الاكثر بيعا', 'أكثر منتج مبيعا', 'اكثر منتج مبيعا', 'أفضل مبيعات', 'افضل مبيعات', 'أفضل مبيعاتي', 'تتباع بزاف',
  'يتباع بزاف', 'لي بعت منها بزاف', 'لي بعت منو بزاف', 'المنتجات الرئيسية', 'منتجاتي الرئيسية',
]);

const has = (re: RegExp) => (text: string) => re.test(foldForCues(text));
export const asksBestSellers = has(BEST_SELLER);

export const isInfoQuestion = has(INFO_QUESTION);
export const forbidsChanges = has(NO_CHANGE);
/** A cancellation opens the message ("Annule, je me suis trompé") or is most of it ("cancel that"). */
export function hasCancelCue(text: string): boolean {
  const folded = foldForCues(text);
  const m = CANCEL.exec(folded);
  return !!m && (m.index <= 20 || folded.split(' ').length <= 6);
}
export const hasSupplierOrderCue = has(SUPPLIER_ORDER);
export const hasArrivedCue = has(ARRIVED);
export const mentionsSupplier = has(SUPPLIER);
/** "Sold out" and "épuisé" are about stock, not a sale. */
const NOT_A_SALE = /\bsold out\b|\bsold-out\b/gu;
export const hasSaleCue = (text: string) => SALE.test(foldForCues(text).replace(NOT_A_SALE, ' '));
export const hasTakingsCue = has(TAKINGS);
export const hasNewProductCue = has(NEW_PRODUCT);
export const hasOwedCue = has(OWED_TO_SHOP);
/** Someone paid (he/she, or "paid" in English): a customer's payment only when a customer is named. */
const PAID_THIRD = cueRegex(['a paye', 'a payé', 'a regle', 'a réglé', 'a verse', 'paid', 'settled', 'received', 'recu de', 'reçu de', 'khalsat', 'khalles', 'khelles', 'خلص', 'خلصت', 'دفع', 'دفعت', 'سدد', 'سددت', 'استلمت من']);
export const hasCustomerPaidCue = has(CUSTOMER_PAID);
export const hasPaidThirdCue = has(PAID_THIRD);
export const hasEarnedCue = has(EARNED);
export const hasSalesNoun = has(SALES_NOUN);
export const hasStockWord = has(STOCK_WORD);
/** An order to change a price opens the message ("Change le prix du sucre…"); "les concurrents ont baissé le prix" is news. */
export function hasPriceChangeCue(text: string): boolean {
  const m = PRICE_CHANGE.exec(foldForCues(text));
  return !!m && m.index <= 15;
}

/** Comparing with the past, or naming today too, is answered by the period-to-date figures and their change. */
const COMPARED_OR_CURRENT = cueRegex([
  'par rapport', 'compare', 'comparé', 'comparer', 'comparaison', 'vs', 'versus', 'contre', 'augmenté', 'baissé', 'progressé', 'evolution', 'évolution',
  'compared', 'than', 'up', 'down', 'growth', 'kter men', 'ktar men', 'mqarna', 'مقارنة', 'مقارنه', 'بالمقارنة', 'أكثر من', 'اكثر من', 'ارتفعت', 'زادت', 'نقصت',
  'aujourd hui', 'today', 'lyoum', 'اليوم', 'ce mois', 'this month', 'cette semaine', 'this week', 'cette annee', 'this year', 'had chhar', 'هذا الشهر', 'هاد الشهر',
]);
export const hasPastPeriodCue = (text: string) => PAST_PERIOD.test(foldForCues(text)) && !COMPARED_OR_CURRENT.test(foldForCues(text));

/** A write command in the first words ("Ajoute 10…", "zid…", "أضف…"), not one buried in a question. */
export function startsWithWriteCommand(text: string): boolean {
  const folded = foldForCues(text).replace(/^[\s,.!:;-]*(?:(?:s il te plait|stp|svp|please|3afak|عافاك|من فضلك|bonjour|salam|salut|hello|hi)[\s,!.]+)?/u, '');
  const m = WRITE_COMMAND.exec(folded);
  return !!m && m.index <= 12;
}
