import { cueRegex, foldForCues } from './cue-regex';
import { PAST_PERIOD_CUES, PAST_WITHOUT_PERIOD_CUES } from '../lexicon/past-periods';

/**
 * Words that decide what KIND of act a message is, whatever tool the classifier prefers: a question (a read), an
 * order to a supplier, a cancellation, a sale, a new product, money a customer owes or pays back. The trust rules
 * (../trust-rules.ts) use them so that a message is never turned into the nearest write.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/** Asking for a figure: "combien", "il en reste", "how many", "chhal", "شحال", "كم". */
/** « ma b9ach … » (there is no … left), in its Darija spellings. */
const NONE_LEFT = ['ma b9ach', 'mab9ach', 'ma bqach', 'mabqach', 'ma b9atch', 'ma bqatch'];

const INFO_QUESTION = cueRegex([
  'combien',
  'il reste',
  'il en reste',
  'reste t il',
  'reste-t-il',
  'en reste',
  'me reste',
  'nous reste',
  'reste-t-il encore',
  'est ce qu il reste',
  'est ce que j ai',
  'est-ce que j ai',
  'est ce qu on a',
  'y a t il',
  'y a-t-il',
  'on a encore',
  'j ai encore',
  'quel est',
  'quelle est',
  'quels sont',
  'quelles sont',
  'c est combien',
  'où en est',
  'ou en est',
  'je demande',
  'juste savoir',
  'savoir combien',
  'qu est ce que',
  'qu est ce qui',
  'qu est-ce que',
  'qu est-ce qui',
  'est-ce que',
  'est-ce qu',
  'quoi',
  'le plus vendu',
  'les plus vendus',
  'la plus vendue',
  'les plus vendues',
  'le moins vendu',
  'les moins vendus',
  'meilleures ventes',
  'meilleure vente',
  'best selling',
  'best sellers',
  'best seller',
  'top selling',
  'most sold',
  'sold the most',
  'sells the most',
  'what did',
  'what have',
  'did i sell',
  'did we sell',
  'how did',
  'show me',
  'list my',
  'liste des',
  'liste de',
  'montre moi',
  'how much',
  'how many',
  'is there',
  'are there',
  'do i have',
  'do we have',
  'do i still have',
  'have i got',
  'left',
  'what is',
  'what s',
  'whats',
  'chhal',
  'ch7al',
  'chal',
  '9adech',
  '9adach',
  'qadech',
  'kadech',
  'bqa',
  'b9a',
  'bqali',
  'b9ali',
  'bqat',
  'b9at',
  'mazal',
  'kayen',
  'kayn',
  'wach kayen',
  'wach bi3t',
  'wach bi3na',
  'wach chra',
  'wach chrat',
  'wach chraw',
  'wach b9a',
  // « ma b9ach sucre » (no sugar left): said to the assistant, it is the stock to look at — never a count to write.
  ...NONE_LEFT,
  'wach bqa',
  'wach dkhal',
  'chkoun',
  'chkon',
  'tetba3 bezzaf',
  'yetba3 bezzaf',
  'li tetba3',
  'werini',
  'warini',
  'كم',
  'شحال',
  'قداش',
  'بقي',
  'باقي',
  'بقا',
  'ما بقاش',
  'مابقاش',
  'بقات',
  'بقالي',
  'تبقى',
  'يتبقى',
  'مازال',
  'كاين',
  'واش كاين',
  'هل',
  'هل بقي',
  'ما هو',
  'ما هي',
  'ماهو',
  'ماهي',
  'شكون',
  'من هم',
  'من هو',
  'ماذا',
  'ماذا بعت',
  'أشنو',
  'اشنو',
  'واشنو',
  'شنو',
  'achno',
  'wachno',
  'واش شرا',
  'واش شرات',
  'واش بعت',
  'الأكثر مبيعا',
  'الاكثر مبيعا',
  'الأكثر بيعا',
  'الأقل مبيعا',
  'لي تتباع بزاف',
  'تتباع بزاف',
  'وريني',
  'أرني',
  'اعرض',
]);

/** Explicitly asking not to change anything: "ne change rien", "je demande juste", "just asking". */
const NO_CHANGE = cueRegex([
  'ne change rien',
  'change rien',
  'ne modifie rien',
  'modifie rien',
  'sans rien changer',
  'sans rien modifier',
  'ne touche a rien',
  'ne touche pas',
  'je demande juste',
  'je demande seulement',
  'juste une question',
  'simple question',
  'c est juste une question',
  'ne rajoute rien',
  'n ajoute rien',
  'don t change',
  'dont change',
  'do not change',
  'don t add',
  'dont add',
  'just asking',
  'only asking',
  'just a question',
  'without changing',
  'ma tbedel walou',
  'ma tbadel walou',
  'matbadel walou',
  'ma tbedel walo',
  'ma tzid walou',
  'nsa9si ghir',
  'ghir nsa9si',
  'ghir nes9si',
  'ghir su2al',
  'لا تغير شيئا',
  'لا تغير شيء',
  'لا تغير',
  'لا تعدل',
  'دون تغيير',
  'بدون تغيير',
  'مجرد سؤال',
  'أسأل فقط',
  'اسأل فقط',
  'ما تبدل والو',
  'ماتبدل والو',
  'ما تزيد والو',
  'غير نسقسي',
  'نسقسي برك',
  'غير سؤال',
]);

/** A command that changes something, said at the start: "ajoute", "retire", "zid", "add", "أضف"… */
const WRITE_COMMAND = cueRegex([
  'ajoute',
  'ajouter',
  'ajoutez',
  'rajoute',
  'retire',
  'retirer',
  'enleve',
  'enlever',
  'enlève',
  'supprime',
  'note',
  'enregistre',
  'mets',
  'rentre',
  'zid',
  'zidli',
  'na7i',
  'nahi',
  'na9es',
  'n9es',
  'sajel',
  'sajal',
  'kteb',
  'add',
  'remove',
  'record',
  'log',
  'put',
  'take out',
  'subtract',
  'أضف',
  'اضف',
  'زد',
  'زيد',
  'زيدلي',
  'نحي',
  'نقص',
  'أنقص',
  'انقص',
  'سجل',
  'سجّل',
  'اكتب',
  'احذف',
  'أزل',
]);

/** Cancelling or undoing: "annule", "je me suis trompé", "laisse tomber", "undo", "ألغ", "batel". */
const CANCEL = cueRegex([
  'annule',
  'annuler',
  'annulez',
  'annulation',
  'je me suis trompe',
  'je me suis trompee',
  'je me suis trompé',
  'on s est trompe',
  'erreur de ma part',
  'laisse tomber',
  'oublie ca',
  'oublie ça',
  'efface ca',
  'efface ça',
  'defais',
  'défais',
  'reviens en arriere',
  'reviens en arrière',
  'c etait une erreur',
  'undo',
  'cancel',
  'cancel that',
  'never mind',
  'nevermind',
  'scratch that',
  'forget it',
  'forget that',
  'i made a mistake',
  'my mistake',
  'revert',
  'ghlat',
  'ghlatt',
  'rani ghalet',
  'ghalt',
  'batel',
  'btel',
  'batlha',
  'khalliha',
  'ma t3melch',
  'ma tdirch',
  'matdirch',
  'sma7li ghlatt',
  'annuli',
  'ألغ',
  'الغ',
  'الغي',
  'ألغي',
  'إلغاء',
  'الغاء',
  'ألغِ',
  'تراجع',
  'أخطأت',
  'اخطات',
  'غلطت',
  'راني غالط',
  'بطل',
  'بطلها',
  'ماتديرش',
  'ما تديرش',
  'انسى',
  'انس الأمر',
  'خلاص ماتديرش',
]);

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
const SUPPLIER = cueRegex([
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
]);

/**
 * Darija's verbs of a customer taking goods (« كريم داه 2 سكر كريدي »: took it; « نادية داتلي 3 حليب »: took from me):
 * sale cues, and never a family name (extractors/sales.ts). Karim « داه » owed 2 DA.
 */
export const TAKING_VERBS: readonly string[] = [
  ...['ddah', 'ddaha', 'ddali', 'ddatli', 'khda', 'khdat'],
  // Not « ادا » (also إذا, « if »), « شراه » (« فاش شراه ؟ », when did he buy it?), « دالي » or « dah » (family names).
  ...['داه', 'داها', 'داتلي', 'اداه', 'خدا', 'خدات', 'خداه', 'اشرى', 'اشرات'],
];

/** Selling: "j'ai vendu", "une vente", "I sold", "بعت", "bi3t". Not "mes ventes" (figures). */
const SALE = cueRegex([
  'vendu',
  'vendus',
  'vendue',
  'vendues',
  'j ai vendu',
  'on a vendu',
  'je viens de vendre',
  'une vente',
  'vente',
  'nouvelle vente',
  'enregistre une vente',
  'enregistrer une vente',
  'note une vente',
  'vendre a',
  'vendu a',
  'achete par',
  'a achete',
  'ont achete',
  'client a pris',
  'a pris',
  'ont pris',
  'vient d acheter',
  'viennent d acheter',
  'vient de prendre',
  'customer bought',
  'customers bought',
  'client bought',
  'he bought',
  'she bought',
  'they bought',
  'somebody bought',
  'someone bought',
  'sold',
  'i sold',
  'we sold',
  'a sale',
  'record a sale',
  'new sale',
  'log a sale',
  'sale of',
  'took',
  'has taken',
  'bi3t',
  'b3t',
  'bie3t',
  'bi3na',
  'b3na',
  'ba3',
  'bya3t',
  'chra',
  'chrat',
  'chraw',
  'dda',
  'ddat',
  'بعت',
  'بعنا',
  'باع',
  'عملية بيع',
  'سجل بيع',
  'سجل عملية بيع',
  'اشترى',
  'اشترت',
  'اشتروا',
  'شرا',
  'شرات',
  'شراو',
  'دا',
  'دات',
  'داو',
]);

/** The day's takings without lines: "la recette", "la caisse du jour", "takings", "الدخل", "dakhla". */
const TAKINGS = cueRegex([
  'recette',
  'recettes',
  'la caisse',
  'en caisse',
  'dans la caisse',
  'dans ma caisse',
  'caisse du jour',
  'chiffre de la journee',
  'encaisse',
  'encaissé',
  'total de la journee',
  'total du jour',
  'pour la journee',
  'pour la journée',
  'de la journee',
  'de la journée',
  'total des ventes',
  'ventes du jour',
  'takings',
  'till total',
  'cash up',
  'day s total',
  'days total',
  'the till',
  'total sales',
  'sales came to',
  'sales total',
  'la recette ta3',
  'dakhla',
  'dakhlet',
  // « ch7al dakhli lyoum »: my income of the day.
  'dakhli',
  'dekhli',
  'dkhli',
  'دخلي',
  'مدخولي',
  'recetta',
  'lcaisse',
  'el caisse',
  'المدخول',
  'مدخول',
  'الدخل',
  // « الدخلة » alone is also an arrival (« الدخلة تاع السكر 20 »): the day's only.
  'الدخلة تاع اليوم',
  'الدخلة اليوم',
  'دخلة اليوم',
  'دخل اليوم',
  'الروسات',
  'روسات',
  'الكيس',
  'الصندوق',
  'الكاسة',
  'مداخيل اليوم',
  'المداخيل',
  'مداخيل',
  'حصيلة',
  'الحصيلة',
]);

/** Verbs of "making" money in a day ("drt lyoum 41200", "I took 38,500 DA today"): takings when money and no product. */
const EARNED = cueRegex([
  'j ai fait',
  'on a fait',
  'fait',
  'encaisse',
  'made',
  'i made',
  'we made',
  'took',
  'took in',
  'earned',
  'drt',
  'dert',
  'derna',
  'khdemt',
  'khdemna',
  'dkhalt',
  'dkhelt',
  'dakhalt',
  'jma3t',
  'درت',
  'درنا',
  'خدمت',
  'خدمنا',
  'دخلت',
  'دخلنا',
  'جمعت',
  'جمعنا',
  'ربحت',
]);

/** Sales as a subject ("les ventes à crédit", "credit sales", "البيعات"), not a sale being told. */
const SALES_NOUN = cueRegex([
  'ventes',
  'les ventes',
  'mes ventes',
  'sales',
  'my sales',
  'tickets',
  'المبيعات',
  'مبيعات',
  'البيعات',
  'بيعات',
  'lventes',
  'lbi3at',
]);

/** A product that is not in the catalogue yet: "nouveau produit", "new product", "منتج جديد". */
const NEW_PRODUCT = cueRegex([
  'nouveau produit',
  'nouvel article',
  'nouvelle reference',
  'nouvelle référence',
  'un produit',
  'au catalogue',
  'dans le catalogue',
  'creer un produit',
  'crée un produit',
  'cree le produit',
  'ajoute le produit',
  'ajouter un produit',
  'ajoute un article',
  'nouveau article',
  'cree un article',
  'crée un article',
  'creer un article',
  'créer un article',
  'create an item',
  'create item',
  'new product',
  'new item',
  'add a product',
  'add product',
  'to the catalogue',
  'to the catalog',
  'create a product',
  'add the product',
  'add an item',
  'produit jdid',
  'sel3a jdida',
  'article jdid',
  'produit jdida',
  'منتج جديد',
  'منتجا جديدا',
  'منتوج جديد',
  'منتوجا جديدا',
  'زيد منتوج',
  'mantouj jdid',
  'montouj jdid',
  'سلعة جديدة',
  'سلعه جديده',
  'برودوي جديد',
  'اضف منتج',
  'أضف منتج',
  'أضف منتجا',
  'إلى الكتالوج',
  'الى الكتالوج',
  'للكتالوج',
]);

/**
 * Put on a customer's account, as the notebook is kept: « sajel 3la Hichem 500 », « سجل على هشام 500 », « marque 500 DA
 * sur le compte de Hichem » (read as an expense), « put 500 DA on Hichem's tab ». Money owed, and a sale's payment on
 * credit (extractors/sales.ts: « سجل على كريم 2 سكر » was a sale paid cash).
 */
export const ON_ACCOUNT: readonly string[] = [
  'sajel 3la',
  'sajjel 3la',
  'sejjel 3la',
  'sajal 3la',
  'sajel 3and',
  'sajjel 3and',
  'kteb 3la',
  'ktebli 3la',
  'kteb 3and',
  'marki 3la',
  'سجل على',
  'سجل عند',
  'سجلي على',
  'اكتب على',
  'اكتب عند',
  'أكتب على',
  'كتب على',
  'قيد على',
  'dans le carnet',
  's tab',
  'on his tab',
  'on her tab',
  'on the tab',
  'to his tab',
  // « zid 3 sokar l karim f lkarni » (in the notebook) proposed +3 sugar into the stock.
  'f lkarni',
  'fel karni',
  'fi lkarni',
  'في الكرني',
  'فالكرني',
  'في الكارني',
];

/** Money owed TO the shop: "me doit", "owes me", "يتسالني", "yetsal", "كريدي". */
const OWED_TO_SHOP = cueRegex([
  ...ON_ACCOUNT,
  // A customer's account, which is also a bank's (« payé sur le compte de sa femme »): a debt's cue, no payment method.
  'sur le compte de',
  'au compte de',
  'sur son compte',
  'me doit',
  'nous doit',
  'me doivent',
  'nous doivent',
  'doit encore',
  'lui reste a payer',
  'reste a payer',
  'doit de l argent',
  'doivent de l argent',
  'credit',
  'crédit',
  'crédits',
  'credits',
  'a credit',
  'à crédit',
  'le carnet',
  'carnet',
  'dette',
  'dettes',
  'le solde',
  'son solde',
  'solde de',
  'paiera',
  'payera',
  'va payer',
  'will pay',
  'pay later',
  'balance of',
  's balance',
  'owes',
  'owe me',
  'owes me',
  'owe us',
  'owes us',
  'on credit',
  'on tab',
  'debt',
  'debts',
  'unpaid',
  'yetsal',
  'yetsalni',
  'yetsalouni',
  'tetsal',
  'tetsalni',
  'ytsal',
  'ysal',
  'ysalni',
  'tsal',
  'tsalni',
  'ysalouni',
  'يسالني',
  'تسالني',
  'kridi',
  'lkridi',
  'el kridi',
  'credi',
  'kredi',
  'lkredi',
  'dayen',
  'dayn',
  '3lih',
  '3liha',
  '3lihom',
  'يتسال',
  'يتسالني',
  'يتسالوني',
  'تتسال',
  'تتسالني',
  'يسالني',
  'كريدي',
  'الكريدي',
  'بالكريدي',
  'كريدية',
  'دين',
  'ديون',
  'الدين',
  'الديون',
  'مدين',
  'مدينين',
  'مدينة',
  'عليه دين',
  'عليهم ديون',
  'بالدين',
  'سلف',
  'السلف',
  'عليه',
  'عليها',
  'الدفتر',
  'الكرني',
  'تدين',
  'يدين',
  'يدينون',
  'تدينني',
  'يدينني',
  // « li ydinli » (who owes me), Darija's suffix on the verb.
  'يدينلي',
  'يدينولي',
  'تدينلي',
  'ydinli',
  'ydinouli',
  'tdinli',
  'رصيد',
  'رصيده',
  'رصيدها',
]);

/** « chkoun li ma khlasch ? », « qui n'a pas encore payé ? », « who hasn't paid me? »: who still owes — a question. */
const NOT_PAID = cueRegex([
  // Said of a customer (he, they): « je n'ai pas payé le loyer », « I haven't paid the rent » are the shop's own bills.
  'ma khlasch',
  'makhlasch',
  'ma khallasch',
  'ma khalsatch',
  'makhalsatch',
  'ma khlsatch',
  'ma khlsouch',
  'ma khalsouch',
  'ما خلصش',
  'ماخلصش',
  'ما خلصوش',
  'n a pas paye',
  'n a pas payé',
  'n a pas encore paye',
  'n a pas encore payé',
  'n ont pas paye',
  'n ont pas payé',
  'n ont pas encore paye',
  'n ont pas encore payé',
  'hasn t paid',
  'who haven t paid',
  'haven t paid me',
  'didn t pay me',
]);

/**
 * The shop's own bill not paid yet (« je n'ai pas encore payé le loyer », « I haven't paid the rent yet », « ma
 * khallastch la facture »): nothing was spent, so no expense to record — what is on file for it is read instead.
 */
const SHOP_NOT_PAID = cueRegex([
  'je n ai pas paye',
  'je n ai pas payé',
  'je n ai pas encore paye',
  'je n ai pas encore payé',
  'j ai pas paye',
  'j ai pas payé',
  'j ai pas encore paye',
  'j ai pas encore payé',
  'on n a pas paye',
  'on n a pas payé',
  'i haven t paid',
  'i have not paid',
  'i didn t pay',
  'i did not pay',
  'we haven t paid',
  'ma khallastch',
  'ma khalastch',
  'makhallastch',
  'ma khlastch',
  'ما خلصتش',
  'ماخلصتش',
  'لم أدفع',
  'لم ادفع',
]);
export const saysShopNotPaid = (text: string) => SHOP_NOT_PAID.test(foldForCues(text));

/** A customer paying back: "m'a payé", "a remboursé", "paid me back", "خلصني", "khallasni". */
const CUSTOMER_PAID = cueRegex([
  'm a paye',
  'm a payé',
  'nous a paye',
  'nous a payé',
  'a rembourse',
  'a remboursé',
  'a regle',
  'a réglé',
  'a payé sa dette',
  'a paye sa dette',
  'a payé son crédit',
  'remboursement',
  'versement',
  'a verse',
  'a versé',
  'paiement reçu',
  'paiement recu',
  'm a donne',
  'm a donné',
  'nous a donne',
  'paid me',
  'paid us',
  'paid back',
  'paid off',
  'repaid',
  'payment from',
  'payment received',
  'gave me',
  'paid his',
  'paid her',
  'khallasni',
  // « Karim khallas 500 » (he paid); « khlas » (it ran out) and « khallast » (I paid) are other words.
  'khallas',
  'khalles',
  'khelles',
  'khalasni',
  'khlasni',
  'khallesni',
  'rjja3li',
  'rajja3li',
  'ja khallas',
  'dfa3li',
  'rajja3tli',
  'rj3atli',
  'khalsatni',
  'khallsatni',
  'dfa3tli',
  'خلصني',
  'خلصنا',
  'رجعلي',
  'رجع لي',
  'رجعتلي',
  'خلصتني',
  'دفعتلي',
  'سدد',
  'سدّد',
  'دفع لي',
  'دفعلي',
  'تسديد',
  'دفعة',
  // « Karim 3tani 2000 w ba9i 3lih 500 » (gave me 2000, still owes 500) added 2000 to his debt.
  '3tani',
  'a3tani',
  '3tatni',
  'a3tatni',
  'عطاني',
  'عطاتني',
  // « Samir jab 500 men kridi ta3o » (brought 500 off his credit) added 500 to his debt.
  'men kridi',
  'men kredi',
  'mel kridi',
  'mel kredi',
  'men lkridi',
  'men lkredi',
  'من الكريدي',
  'من كريدي',
]);

/** Explicit stock words: a sale that ALSO says "enlève-les du stock" is a stock removal (d010). */
const STOCK_WORD = cueRegex(['stock', 'inventaire', 'inventory', 'hors caisse', 'مخزون', 'المخزون', 'الستوك', 'ستوك', 'stok']);

/** Changing a price: no tool does it. */
const PRICE_CHANGE = cueRegex([
  'change le prix',
  'changer le prix',
  'modifie le prix',
  'modifier le prix',
  'mets le prix',
  'augmente le prix',
  'baisse le prix',
  'nouveau prix',
  'prix a',
  'change the price',
  'set the price',
  'update the price',
  'raise the price',
  'lower the price',
  'new price',
  'bedel le prix',
  'beddel soum',
  'bedel soum',
  'zid f soum',
  'na9es f soum',
  'soum jdid',
  'غير السعر',
  'بدل السعر',
  'عدل السعر',
  'سعر جديد',
  'زيد في السوم',
  'نقص في السوم',
  'بدل السوم',
  'السوم الجديد',
  // « سومة » / « soumet » (the price of): « بدل سومة السكر ل 120 ».
  // Not « غير سومة »: « غير » is also « only » (« قولي غير سومة السكر », just tell me the sugar's price).
  'بدل سومة',
  'بدل سومت',
  'بدل السومة',
  'عدل السوم',
  'beddel soumet',
  'bedel soumet',
  'baddel soumet',
  'beddel soumt',
  'beddel le prix',
  'beddel prix',
]);

/**
 * Any past period named (« hier », « le mois dernier », « le trimestre dernier », « البارح »): the trust rules refuse only
 * those that extractPastPeriod does not read as a whole past period the tools take.
 */
const PAST_PERIOD = cueRegex([...PAST_PERIOD_CUES.flatMap(([, cues]) => cues), ...PAST_WITHOUT_PERIOD_CUES]);

/** Asking what sold most: "le plus vendu", "meilleures ventes", "best sellers", "الأكثر مبيعا", "li tetba3 bezzaf". */
const BEST_SELLER = cueRegex([
  'le plus vendu',
  'les plus vendus',
  'la plus vendue',
  'les plus vendues',
  'plus vendu',
  'plus vendus',
  'meilleures ventes',
  'meilleure vente',
  'mes meilleures ventes',
  'se vendent le mieux',
  'se vend le mieux',
  'vendu le plus',
  'vendus le plus',
  'produits phares',
  'produit phare',
  'top des ventes',
  'top ventes',
  'top produits',
  'meilleurs produits',
  'meilleur produit',
  'mes meilleurs articles',
  'best products',
  'my best products',
  'أحسن المنتجات',
  'أفضل المنتجات',
  'احسن المنتجات',
  'افضل المنتجات',
  'أحسن سلعة',
  'احسن سلعة',
  'best seller',
  'best sellers',
  'best selling',
  'best-selling',
  'top selling',
  'top sellers',
  'most sold',
  'sold the most',
  'sells the most',
  'top products',
  'star products',
  'bestseller',
  'bestsellers',
  'tetba3 bezzaf',
  'yetba3 bezzaf',
  'li tetba3 ktar',
  'li tetba3 kter',
  'li bi3t menha bezzaf',
  'li bi3t bezzaf',
  'top ta3i',
  'ybi3 bezzaf',
  'tbi3 bezzaf',
  'yetbi3 bezzaf',
  'ybi3 ktar',
  'ybi3 kter',
  'ybi3 ktir',
  'tbi3 ktar',
  'yetba3 ktar',
  'tetba3 ktar',
  'yetba3 kter',
  // « ch7al ktar produit tba3 had chhar ? » asked for a photo to read: the most sold, worded around the product.
  'tba3 ktar',
  'tba3at ktar',
  'ktar produit tba3',
  'ktar produit tba3at',
  'ktar haja tba3at',
  'ktar sel3a tba3at',
  'ktar produit bi3t',
  'ktar haja bi3t',
  'كثر حاجة تباعت',
  'كثر سلعة تباعت',
  'أكثر سلعة تباعت',
  'كثر منتوج تباع',
  'يبيع بزاف',
  'يتباع كثر',
  'يتباع اكثر',
  'تتباع كثر',
  'الأكثر مبيعا',
  'الاكثر مبيعا',
  'الأكثر بيعا',
  'الاكثر بيعا',
  'أكثر منتج مبيعا',
  'اكثر منتج مبيعا',
  'أفضل مبيعات',
  'افضل مبيعات',
  'أفضل مبيعاتي',
  'تتباع بزاف',
  'يتباع بزاف',
  'لي بعت منها بزاف',
  'لي بعت منو بزاف',
  'المنتجات الرئيسية',
  'منتجاتي الرئيسية',
]);

/**
 * « Top 3 products », « top 5 des ventes », « mes 10 meilleurs produits »: a ranking with its length, which the cue list
 * cannot spell out (« top 3 clients » is about customers, not sales, and is left out).
 */
const TOP_N =
  /(?<![\p{L}\p{N}])(?:top\s*\d{0,2}\s+(?:des |de mes |of my |my )?(?:ventes|produits|articles|products|items|sellers|sales)|(?:mes |my )?\d{1,2}\s+(?:meilleurs? (?:produits|articles|ventes)|best(?:-| )?(?:selling|sellers|products)))(?![\p{L}\p{N}])/u;

const has = (re: RegExp) => (text: string) => re.test(foldForCues(text));
export const asksBestSellers = (text: string) => BEST_SELLER.test(foldForCues(text)) || TOP_N.test(foldForCues(text));

/**
 * Asking what sells least: « le produit le moins vendu », « ce qui ne se vend pas », « which items aren't selling »,
 * « السلعة الراكدة », « sel3a li ra9da » — the slow sellers of dashboard_insights, never its general findings.
 */
const SLOW_SELLER = cueRegex([
  'moins vendu',
  'moins vendus',
  'moins vendue',
  'moins vendues',
  'se vend le moins',
  'se vendent le moins',
  'se vend pas',
  'se vendent pas',
  'se vend plus',
  'se vendent plus',
  'dorment en rayon',
  'dort en rayon',
  'qui dorment',
  'stock dormant',
  'invendus',
  'least sold',
  'sold least',
  'sells least',
  'sell least',
  'worst seller',
  'worst sellers',
  'worst selling',
  'slow sellers',
  'slow movers',
  'slow moving',
  'not selling',
  'aren t selling',
  'isn t selling',
  'don t sell',
  'doesn t sell',
  'sit on the shelf',
  'sitting on the shelf',
  'dead stock',
  'الأقل مبيعا',
  'الاقل مبيعا',
  'أقل مبيعا',
  'اقل مبيعا',
  'الراكدة',
  'راكدة',
  'لا تباع',
  'لا يباع',
  'راقدة',
  'ما راهيش تتباع',
  'ماراهيش تتباع',
  'ما تتباعش',
  'ما يتباعش',
  'ra9da',
  'raqda',
  'rakda',
  'ma rahich yetba3',
  'ma rahich tetba3',
  'ma tetba3ch',
  'ma yetba3ch',
]);
export const asksSlowSellers = has(SLOW_SELLER);

/** « Heures de pointe », « busiest day »: the busy times named outright. */
const BUSY_NAMED = cueRegex([
  'heures de pointe',
  'heure de pointe',
  'heures creuses',
  'heure creuse',
  'jour le plus calme',
  'jours les plus calmes',
  'peak hours',
  'peak hour',
  'rush hour',
  'busiest day',
  'busiest days',
  'busiest time',
  'busiest hours',
  'quietest day',
  'best day',
  'my best day',
  'meilleur jour',
  'mon meilleur jour',
  'أفضل يوم',
  'افضل يوم',
  'ahsen nhar',
  'a7sen nhar',
  'ساعات الذروة',
  'ساعة الذروة',
  'وقت الذروة',
]);
/** « Quel jour… », « à quelle heure… », « which day… », « أي يوم… », « wach men nhar… ». */
const BUSY_WHEN = cueRegex([
  'quel jour',
  'quels jours',
  'quelle journee',
  'quelle journée',
  'quelle heure',
  'quelles heures',
  'which day',
  'which days',
  'what day',
  'what days',
  'what time',
  'which hours',
  'what hours',
  'أي يوم',
  'اي يوم',
  'أي أيام',
  'أي ساعة',
  'اي ساعة',
  'واش من نهار',
  'واش من يوم',
  'واش من ساعة',
  'wach men nhar',
  'ach men nhar',
  'wach men sa3a',
  'wachmen nhar',
]);
/** …with the most or the least of it: « …je vends le plus », « …j'ai le plus de clients », « …the busiest ». */
const BUSY_MOST = cueRegex([
  'le plus',
  'le moins',
  'most',
  'least',
  'busiest',
  'quietest',
  'busy',
  'best',
  'meilleur',
  'meilleure',
  'calme',
  'monde',
  'affluence',
  'الأكثر',
  'اكثر',
  'أكثر',
  'أقل',
  'بزاف',
  'ktar',
  'kter',
  'bezzaf',
]);
/** « Quel jour je vends le plus ? », « à quelle heure j'ai le plus de clients ? »: the shop's busy days and hours. */
export const asksBusyTimes = (text: string) => {
  const folded = foldForCues(text);
  return BUSY_NAMED.test(folded) || (BUSY_WHEN.test(folded) && BUSY_MOST.test(folded));
};

export const isInfoQuestion = has(INFO_QUESTION);
export const forbidsChanges = has(NO_CHANGE);
/** A cancellation opens the message ("Annule, je me suis trompé") or is most of it ("cancel that"). */
export function hasCancelCue(text: string): boolean {
  const folded = foldForCues(text);
  const m = CANCEL.exec(folded);
  return !!m && (m.index <= 20 || folded.split(' ').length <= 6);
}
/**
 * Undoing a recorded sale (« supprime la dernière vente », « cancel my last sale », « الغي آخر بيعة », « n7i lvente »):
 * a verb of cancelling or deleting, then within a few words a sale. Over folded text (ة → ه, accents dropped).
 */
const SALE_UNDO =
  /(?<![\p{L}\p{N}])(?:annul\p{L}*|supprim\p{L}*|effac\p{L}*|cancel\p{L}*|delete|remove|undo|void|[وف]?(?:ا?لغ\p{L}*|احذف\p{L}*|امسح\p{L}*|نحي|نحيلي)|n7i|na7i|batel|btel)(?:\s+\S+){0,4}?\s+(?:(?:la|les|une|the|my|a|l)\s+)?(?:l?vente|ventes|sales?|bi3a|lbi3a|(?:ال)?بيعه|(?:ال)?بيع|مبيعه|عمليه بيع)(?![\p{L}\p{N}])/u;
export const asksToUndoSale = has(SALE_UNDO);

/**
 * A customer who brought goods back: « un client m'a rendu 2 cafés », « A customer returned 2 bags of sugar », « الزبون
 * رجعلي 2 قهوة », « Karim a annulé son achat ». « rendu » alone once took goods OUT of the stock (it is a return to the
 * supplier there): a customer's return puts them back and refunds the sale — done on the sale itself, never guessed.
 */
const CUSTOMER = String.raw`(?:client|cliente|clients|clientes|customer|customers|klyan|kliyan|lclient|l client|[وف]?(?:ال)?(?:زبون|زبونه|زبائن|كليان|كليون))`;
const RETURN_VERB = String.raw`(?:rendu|rendue|rendus|ramene|ramenee|ramenes|rapporte|rapportee|retourne|retournee|returned|brought back|took back|rajja3\p{L}*|raja3\p{L}*|rja3\p{L}*|rjja3\p{L}*|rejja3\p{L}*|redd\p{L}*|radd\p{L}*|رجع\p{L}{0,3}|ارجع\p{L}{0,3}|اعاد\p{L}{0,3}|رد\p{L}{0,3})`;
const CUSTOMER_RETURN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    // the customer, then a return verb a few words on (« le client m'a rendu », « customer has returned »)
    String.raw`${CUSTOMER}(?:\s+\S+){0,3}?\s+${RETURN_VERB}` +
    // Arabic's verb first (« أرجع الزبون », « رجعلي الزبون »)
    String.raw`|(?:رجع|ارجع|اعاد|رد)\p{L}{0,3}(?:\s+\S+){0,2}?\s+${CUSTOMER}` +
    // the noun (« un retour client », « retour d'un client », « customer return », « إرجاع زبون »)
    String.raw`|retour(?:\s+(?:d un|du|de))?\s+client|customer return|(?:ا?رجاع|استرجاع)(?:\s+\S+){0,2}?\s+${CUSTOMER}` +
    String.raw`)(?![\p{L}\p{N}])`,
  'u',
);
export const saysCustomerReturned = has(CUSTOMER_RETURN);
/** A purchase called off by its customer (« Karim a annulé son achat », « he cancelled his order »). */
const PURCHASE_CALLED_OFF =
  /(?<![\p{L}\p{N}])(?:annul\p{L}*\s+(?:son|sa|ses|leur)\s+(?:achat|achats|commande)|cancel\p{L}*\s+(?:his|her|their)\s+(?:purchase|order))(?![\p{L}\p{N}])/u;
export const saysPurchaseCalledOff = has(PURCHASE_CALLED_OFF);
/** Goods given back to the owner by someone the message names (« Karim m'a rendu 2 cafés », « Karim rja3li 2 lait »). */
const RETURNED_TO_ME = cueRegex([
  "m'a rendu",
  "m'a ramené",
  "m'a rapporté",
  "m'a retourné",
  'returned',
  'brought back',
  'rja3li',
  'rajja3li',
  'raja3li',
  'rejja3li',
  'reddli',
  'raddli',
  'رجعلي',
  'رجعتلي',
  'ردلي',
  'ردتلي',
]);
export const saysReturnedToMe = has(RETURNED_TO_ME);
/** A customer who paid all he owed (« Karim a tout payé », « paid everything he owes », « خلص كامل الكريدي »). */
const PAYS_EVERYTHING = has(
  cueRegex([
    'tout payé',
    'tout paye',
    'tout réglé',
    'tout regle',
    'tout remboursé',
    "tout ce qu'il me doit",
    "tout ce qu'elle me doit",
    'tout ce qu il doit',
    'tout ce qu elle doit',
    'toute sa dette',
    'tout son crédit',
    'tout son credit',
    'soldé son compte',
    'solde son compte',
    'paid everything',
    'paid it all',
    'paid all',
    'paid in full',
    'paid off',
    'paid his whole',
    'paid her whole',
    'settled his',
    'settled her',
    'خلص كامل',
    'خلصني كامل',
    'خلص قاع',
    'خلصني قاع',
    'خلص كلش',
    'khlas kamel',
    'khalas kamel',
    'khallas kamel',
    'khlasni kamel',
    'khlas ga3',
    'khalas ga3',
    'khlasni ga3',
    'khlas kolch',
    'khalas kolchi',
    'khlas koulech',
    'khalas koulech',
    'khallas koulech',
    'khlas koulchi',
    'khlasni koulech',
  ]),
);
/** What takes the « all » back: « n'a pas tout payé », « presque », « never », « مازال ». */
const NOT_ALL = cueRegex([
  ...['n a pas', 'a pas', 'n a jamais', 'jamais', 'presque', 'pas encore', 'pas tout', 'toujours pas'],
  ...['almost', 'nearly', 'never', 'not', 'hasn t', 'didn t', 'has not', 'did not'],
  ...['ما خلص', 'ماخلص', 'ماخلصش', 'مازال', 'تقريبا', 'ma khallas', 'makhlas', 'mazal', 'ta9riban'],
  // Said by someone, or supposed: « Karim pense qu'il a tout payé », « si Karim a tout payé ».
  ...['pense', 'dit qu', 'dit que', 'c est vrai', 'says', 'thinks', 'claims', 'if', 'يقول', 'قال', 'يحسب'],
]);
/**
 * A customer who paid all he owed (« Karim a tout payé », « paid everything he owes », « خلص كامل الكريدي ») — not « Karim
 * n'a pas tout payé », « presque », « never » (they proposed a payment of his whole balance).
 */
export const paysEverything = (text: string): boolean => PAYS_EVERYTHING(text) && !NOT_ALL.test(foldForCues(text));
/**
 * The owner paid goods back (« Amine a ramené 2 cocas, je l'ai remboursé » was +2 in the stock, the refund lost): with
 * goods named, a customer's return. The owner's side only — « Karim m'a remboursé 500 » is Karim paying (CUSTOMER_PAID).
 */
export const saysRefunded = has(
  cueRegex([
    "je l'ai remboursé",
    "je l'ai remboursée",
    'je lui ai remboursé',
    'je les ai remboursés',
    "j'ai remboursé le client",
    "j'ai remboursé la cliente",
    'i refunded',
    'refunded him',
    'refunded her',
    'refunded the customer',
    'رجعتلو الدراهم',
    'رجعتلها الدراهم',
    'رديتلو دراهمو',
    'رديتلها دراهمها',
  ]),
);
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
/** "Sold out" and "épuisé" are about stock, not a sale. */
const NOT_A_SALE = /\bsold out\b|\bsold-out\b/gu;
export const hasSaleCue = (text: string) => SALE.test(foldForCues(text).replace(NOT_A_SALE, ' '));
const TAKING = cueRegex(TAKING_VERBS);
/**
 * A verb of taking (« كريم داه 2 سكر »), no supplier named (« الموزع داه 5 كرطونات »: the distributor took them). Only a
 * sale with a named customer and goods counted (trust-rules' `goodsTaken`): « الضو خدا 3000 » (the electricity took
 * 3000), « خدا 2 سكر للدار », « khda lwe9t bezaf » are not.
 */
export const saysTaken = (text: string): boolean => {
  const folded = foldForCues(text);
  // Not asked (« karim ddah 2 sokar ? », « wach… »), nor brought back (« … و رجعهم »).
  if (/[?؟]/u.test(text) || /(?<![\p{L}])(?:wach|واش|رجعهم|رجعها|rejja3hom|rja3hom|raja3hom)(?![\p{L}])/u.test(folded)) return false;
  return TAKING.test(folded) && !SUPPLIER.test(folded);
};
/**
 * Words that show or point at something (a photo, « ce », « this », « هذا »): with understand.ts's receipt and product
 * words, what a question for the image tools has even before its photo arrives. « j'ai fermé à 22h » has none, and was
 * asked for a photo.
 */
const POINTS_AT = cueRegex([
  ...['photo', 'image', 'picture', 'scan', 'scanne', 'scanner', 'document', 'doc', 'pdf', 'ce', 'cet', 'cette', 'celle', 'ca', 'ça'],
  ...['this', 'that', 'these', 'هذا', 'هذه', 'هاذي', 'صورة', 'الصورة', 'التصويرة', 'تصويرة', 'tswira'],
]);
export const pointsAtSomething = has(POINTS_AT);

/**
 * How to start, asked by a new shop: adding its products, importing its catalogue (« comment j'importe mon catalogue ? »
 * read the expenses, « how do I add my products? » the insights).
 */
const GOODS_WORDS = String.raw`(?:mes |les |des |mon |le |du |une |un |my |the |our |an |a )?(?:produits?|articles?|catalogue|catalog|marchandises?|products?|items?|stock|depenses?|dépenses?|expenses?|السلعة|سلعتي|السلع|المنتجات|منتجاتي|منتوجات|الكتالوج|مصروف|المصاريف|sel3a|sel3ti|produits)`;
const HOW_TO_START = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      // « comment j'importe mon catalogue ? », « comment faire pour ajouter mes produits ? »
      String.raw`comment\s+(?:(?:je|j|on)\s+)?(?:(?:peux|dois|fais pour|faire pour)\s+)?(?:ajout\p{L}*|import\p{L}*|mettre|mets|entrer|entre|saisir|saisis)\s+${GOODS_WORDS}`,
      String.raw`how\s+(?:do|can|should)\s+(?:i|we)\s+(?:add|import|enter|put|upload)\s+${GOODS_WORDS}`,
      String.raw`how to (?:add|import) ${GOODS_WORDS}`,
      String.raw`(?:كيف|كيفاش|كيفاه|kifach|kifech|kifah)\s+(?:أضيف|اضيف|نزيد|ندخل|نستورد|أستورد|استورد|nzid|ndakhel|nda5el)\s+${GOODS_WORDS}`,
    ].join('|') +
    String.raw`)`,
  'u',
);
/** « par où commencer ? », « how do I get started? », « كيفاش نبدا ؟ »: how to start, said alone or after a greeting. */
const START_ALONE =
  /^(?:(?:salam|slm|salut|bonjour|bonsoir|hello|hi|السلام عليكم|السلام|سلام|مرحبا)[\s,،!.]+)?(?:par ou (?:je )?commencer?|comment (?:bien )?(?:commencer|demarrer)|how (?:do i|to|can i) (?:get started|start|set up)(?: my shop| the shop)?|where do i start|(?:كيف|كيفاش|kifach) (?:نبدا|نبدأ|أبدأ|ابدا|nbda|nebda))\s*[?؟!.]*$/u;
export const asksHowToStart = (text: string): boolean => {
  const folded = foldForCues(text).trim();
  // « comment mettre mes produits en promotion ? » is marketing's.
  if (/promo|remise|solde|discount|offer|تخفيض|عرض/u.test(folded)) return false;
  return (
    START_ALONE.test(folded) || (HOW_TO_START.test(folded) && (/[?؟]/.test(text) || /^(?:comment|how|كيف|كيفاش|kifach)/u.test(folded)))
  );
};

const EQUIPMENT = cueRegex([
  'balance',
  'frigo',
  'frigidaire',
  'refrigerateur',
  'réfrigérateur',
  'congelateur',
  'congélateur',
  'climatiseur',
  'clim',
  'imprimante',
  'tpe',
  'terminal de paiement',
  'caisse enregistreuse',
  'tiroir caisse',
  'scale',
  'fridge',
  'freezer',
  'printer',
  'card machine',
  'card reader',
  'cash register',
  'الميزان',
  'ميزان',
  'الثلاجة',
  'ثلاجة',
  'الفريجيدار',
  'الفريجو',
  'المجمد',
  'الكونجلاتور',
  'الطابعة',
  'المكيف',
  'lmizan',
  'mizan',
  'frijidar',
  'tlaja',
]);
const OUT_OF_ORDER = cueRegex([
  'en panne',
  'ne marche plus',
  'ne marche pas',
  'ne fonctionne plus',
  'ne fonctionne pas',
  'est cassee',
  'est casse',
  'broken',
  'broke down',
  'not working',
  'stopped working',
  'doesn t work',
  'does not work',
  'is down',
  'خاسر',
  'خاسرة',
  'ما يخدمش',
  'ماتخدمش',
  'ما تخدمش',
  'مايخدمش',
  'معطل',
  'معطلة',
  'عطلان',
  'khasra',
  'khaser',
  'ma tekhdemch',
  'ma yekhdemch',
  'matekhdemch',
  'mat5dmch',
]);
/**
 * The shop's equipment out of order: « la balance est en panne » read the carnet (« balance »), « the scale is broken »
 * asked how many scales to remove, « le frigo est en panne » asked for a photo. Nothing a tool reads or records.
 */
export const reportsEquipmentFault = (text: string): boolean => {
  const folded = foldForCues(text);
  // Said alone: « the printer is down, show me today's sales » still asks for the figures.
  // Not asked (« wach l mizan khaser ? »: is the balance sheet in loss?).
  return !/[?؟]/u.test(text) && folded.split(/\s+/u).length <= 6 && EQUIPMENT.test(folded) && OUT_OF_ORDER.test(folded);
};

/**
 * The till's float, counted in before selling: « j'ai ouvert la caisse avec 2000 » set the day's takings at 2,000. No
 * tool records a float; it is no takings.
 */
const TILL_FLOAT = cueRegex([
  'fond de caisse',
  'ouvert la caisse',
  'ouvert la caisse avec',
  'ouvre la caisse',
  'monnaie de depart',
  'opened the till',
  'opening float',
  'cash float',
  'float',
  'fon de caisse',
  'fathet lcaisse',
  'fta7t lcaisse',
  'حليت الكاسة',
  'فتحت الكاسة',
  'فتحت الصندوق',
]);
/** The takings' words outside the float's (« fond de caisse 2000, recette 45000 » is the day's 45,000). */
export const hasTakingsCue = (text: string): boolean => {
  const folded = foldForCues(text).replace(new RegExp(TILL_FLOAT.source, 'gu'), ' ');
  // « … و الدخلة 40000 »: « الدخلة » before a sum in thousands is the day's (before a count, an arrival).
  return TAKINGS.test(folded) || /(?<![\p{L}])و?\s*الدخل[ةه]\s+\d{4,}/u.test(folded);
};
export const hasNewProductCue = has(NEW_PRODUCT);
export const hasNotPaidCue = has(NOT_PAID);
export const hasOwedCue = (text: string) => OWED_TO_SHOP.test(foldForCues(text)) || hasNotPaidCue(text);
/** Someone paid (he/she, or "paid" in English): a customer's payment only when a customer is named. */
export const PAID_THIRD = cueRegex([
  'a paye',
  'a payé',
  'a regle',
  'a réglé',
  'a verse',
  'paid',
  'settled',
  'received',
  'recu de',
  'reçu de',
  'khalsat',
  'khalles',
  'khelles',
  'خلص',
  'خلصت',
  'دفع',
  'دفعت',
  'سدد',
  'سددت',
  'استلمت من',
]);
export const hasCustomerPaidCue = has(CUSTOMER_PAID);
export const hasPaidThirdCue = has(PAID_THIRD);
export const hasEarnedCue = has(EARNED);
export const hasSalesNoun = has(SALES_NOUN);
/**
 * A margin asked about: « ma marge sur l'huile », « combien je gagne sur la semoule », « what's my margin on sugar »,
 * « كم هامش الربح على السميد », « شحال الفايدة في السكر », « ch7al nrba7 f zit ». With a product named it is that
 * product's margin — the shop's, which is all dashboard_stats has, would be read as the product's.
 */
export const asksMargin = has(
  cueRegex([
    'marge',
    'marges',
    'margin',
    'margins',
    'profit',
    'bénéfice',
    'benefice',
    // « Est-ce que le sucre est rentable ? »: that product's margin (the shop's own result is asksProfitOrLoss).
    'rentable',
    'rentabilite',
    'rentabilité',
    'gagne sur',
    'gagné sur',
    'gagner sur',
    'je gagne combien',
    'make on',
    'earn on',
    // « Combien m'a rapporté le sucre ? »: what a product brought in, answered by its line (sales and margin).
    'rapporte',
    'rapporté',
    'rapportent',
    'rapportait',
    'brought in',
    'bring in',
    'هامش',
    'ربح',
    'أربح',
    'نربح',
    'ربحي',
    'أرباح',
    'فايدة',
    'الفايدة',
    'nrba7',
    'nerba7',
    'fayda',
    'lfayda',
  ]),
);
/**
 * Whether the shop makes or loses money (« wach rani rabe7 ? », « est-ce que je perds de l'argent ? », « am I losing
 * money? », « واش راني خاسر ؟ »): the net result, one of the shop's figures — never the expenses or the sales alone.
 */
export const asksProfitOrLoss = has(
  cueRegex([
    'perds de l argent',
    'perd de l argent',
    'perds des sous',
    'en perte',
    'a perte',
    'à perte',
    'gagne de l argent',
    'gagne des sous',
    'suis rentable',
    'rentable',
    'making money',
    'make money',
    'losing money',
    'lose money',
    'making a profit',
    'making a loss',
    'at a loss',
    'profitable',
    'rabe7',
    'rab7',
    'rba7t',
    'rbe7t',
    'khasser',
    'khaser',
    'khasra',
    'khsert',
    'khsart',
    'nkhser',
    'nkhsar',
    'رابح',
    'خاسر',
    'خسران',
    'خسرت',
    'نخسر',
    'خسارة',
  ]),
);
/** « How many … did I sell »: the question form, which the sale cues (a sale told: « I sold ») leave out. */
export const asksWhatSold = has(cueRegex(['did i sell', 'did we sell', 'have i sold', 'have we sold', 'do i sell', 'do we sell']));
export const hasStockWord = has(STOCK_WORD);
/** An order to change a price opens the message ("Change le prix du sucre…"); "les concurrents ont baissé le prix" is news. */
export function hasPriceChangeCue(text: string): boolean {
  const folded = foldForCues(text);
  const m = PRICE_CHANGE.exec(folded);
  return (!!m && m.index <= 15) || PRICE_BECOMES.test(folded);
}
/**
 * « Le prix du sucre passe à 150 DA », « the price of sugar is now 150 », « سعر السكر ولى 150 »: a price said to
 * change, which was read as an unclear write. News about competitors (« ont baissé le prix ») has no such verb.
 */
const PRICE_BECOMES =
  /(?<![\p{L}\p{N}])(?:prix (?:du |de la |de l |des |de |d )?\S+(?:\s+\S+){0,3}? (?:passe|devient|est maintenant|est desormais|monte a|descend a)|price of \S+(?:\s+\S+){0,3}? (?:is now|goes up to|goes down to|goes to|becomes)|(?:سعر|ثمن|سوم|السوم) \S+(?:\s+\S+){0,3}? (?:ولى|ولي|ولات|صار|اصبح|راه ب)|soum \S+(?:\s+\S+){0,3}? (?:wela|wlat|rah b))(?![\p{L}\p{N}])/u;
/** « Mets le sucre à 150 DA », « set sugar to 150 DA »: a product put at an amount of money is its price. */
export const setsPriceOfNamed = has(
  /^(?:mets?|mettez|passe|fixe|set|حط)\s.{1,40}?\s(?:a|at|to|b|ب)\s?\d[\d\s.,]*\s?(?:da|dzd|dinars?|دج|دينار)(?![\p{L}\p{N}])/u,
);

/** Comparing with the past, or naming today too, is answered by the period-to-date figures and their change. */
const COMPARED_OR_CURRENT = cueRegex([
  'par rapport',
  'compare',
  'comparé',
  'comparer',
  'comparaison',
  'vs',
  'versus',
  'contre',
  'augmenté',
  'baissé',
  'progressé',
  'evolution',
  'évolution',
  'compared',
  'قارن',
  'مقارنة',
  'than',
  'up',
  'down',
  'growth',
  'kter men',
  'ktar men',
  'mqarna',
  'مقارنة',
  'مقارنه',
  'بالمقارنة',
  'أكثر من',
  'اكثر من',
  'ارتفعت',
  'زادت',
  'نقصت',
  'aujourd hui',
  'today',
  'lyoum',
  'اليوم',
  'ce mois',
  'this month',
  'cette semaine',
  'this week',
  'cette annee',
  'this year',
  'had chhar',
  'هذا الشهر',
  'هاد الشهر',
]);
export const hasPastPeriodCue = (text: string) => PAST_PERIOD.test(foldForCues(text)) && !COMPARED_OR_CURRENT.test(foldForCues(text));
/** « Par rapport au mois dernier », « compared with last week », « ce mois et… »: the past is the comparison, not the period. */
/**
 * « Compare cette semaine à la semaine dernière », « this month vs last month », « قارن هذا الأسبوع بالأسبوع الماضي »:
 * two periods set side by side, which dashboard_stats answers (each figure with its change), never a list of sales.
 */
const COMPARING = cueRegex([
  'compare',
  'comparer',
  'comparez',
  'comparaison',
  'compared',
  'comparison',
  'vs',
  'versus',
  'قارن',
  'مقارنة',
  'qaren',
  '9aren',
]);
export const comparesPeriods = (text: string) => COMPARING.test(foldForCues(text)) && PAST_PERIOD.test(foldForCues(text));
/**
 * « Combien vaut mon stock ? », « what is my stock value? », « قداش قيمة السلعة لي عندي ؟ »: the stock's value, one of
 * the shop's figures (dashboard_stats), never a product search for « value ».
 */
export const asksStockValue = has(
  cueRegex([
    'valeur du stock',
    'valeur de mon stock',
    'valeur de la marchandise',
    'vaut mon stock',
    'stock value',
    'value of my stock',
    'value of the stock',
    'stock worth',
    'worth of my stock',
    'inventory value',
    'قيمة السلعة',
    'قيمة السلع',
    'قيمة المخزون',
    'قيمة الستوك',
    'قيمة السلعه',
    'qimat stock',
    '9imat stock',
    '9imat sel3a',
    'qimat sel3a',
  ]),
);
export const comparesOrNamesCurrent = (text: string) => COMPARED_OR_CURRENT.test(foldForCues(text));

/** A write command in the first words ("Ajoute 10…", "zid…", "أضف…"), not one buried in a question. */
export function startsWithWriteCommand(text: string): boolean {
  const folded = foldForCues(text).replace(
    /^[\s,.!:;-]*(?:(?:s il te plait|stp|svp|please|3afak|عافاك|من فضلك|bonjour|salam|salut|hello|hi)[\s,!.]+)?/u,
    '',
  );
  const m = WRITE_COMMAND.exec(folded);
  return !!m && m.index <= 12;
}

/** A question by its opening word: « wach … », « est-ce que … », « did … », « has … », « هل … » (on folded text). */
const QUESTION_OPENER = /^(?:wach|wash|wesh|est ce qu|did|does|has|have|هل|واش|وش)(?![\p{L}\p{N}])/u;
/** « did Karim pay me? »: the customer's « pay me » said around his name, which no fixed cue spans. */
const PAY_ME = /(?<![\p{L}\p{N}])pa(?:y|id) (?:me|us)(?![\p{L}\p{N}])/u;

/**
 * Whether a customer paid, asked (« wach Riad khallasni ? », « has Karim paid me? », « Karim m'a payé ? », « واش خلصني
 * كريم ؟ »): a question — by its mark or its opening word — about a payment. A payment told always says how much, so
 * the caller also checks that no number is given; « Karim khallasni 500 » stays a payment to record.
 */
/** « did Karim pay everything? » listed his sales: the present's « pay », only in a question (never a payment). */
const PAY_IT_ALL = /(?<![\p{L}\p{N}])pay (?:it all|everything|all (?:he|she) owes?|his debt|her debt)(?![\p{L}\p{N}])/u;
export function asksWhetherPaid(text: string): boolean {
  const folded = foldForCues(text).trim();
  // « Karim a tout payé ? », « كريم خلص كلش؟ » proposed a payment of his whole balance: asked, it is a read.
  if (!hasCustomerPaidCue(text) && !PAY_ME.test(folded) && !PAYS_EVERYTHING(text) && !PAY_IT_ALL.test(folded)) return false;
  return /[?؟]\s*$/u.test(text) || QUESTION_OPENER.test(folded);
}

/**
 * Whether a product is still there (« kayen l9ahwa ? », « ma b9atch zit », « il reste du sucre ? », « do I have any
 * milk left? », « واش مازال الحليب ؟ »): with a product named, its stock line — « kayen l9ahwa ? » got the alerts.
 */
export const asksIfInStock = has(
  cueRegex([
    'kayen',
    'kayn',
    'mazal',
    'mazel',
    'b9a',
    'bqa',
    'b9at',
    'bqat',
    'b9ali',
    'bqali',
    ...NONE_LEFT,
    'il reste',
    'il en reste',
    'reste t il',
    'me reste',
    'en reste',
    'il y a encore',
    'y a encore',
    'j ai encore',
    'on a encore',
    'do i have',
    'do we have',
    'any left',
    'in stock',
    'كاين',
    'مازال',
    'بقا',
    'بقات',
    'بقى',
    'باقي',
    'ما بقاش',
    'مابقاش',
    'هل يوجد',
    'هل بقي',
  ]),
);

/**
 * A promotion's offer: « promo 1 acheté 1 offert sur le café », « buy 2 get 1 free », « اشري 2 و خود 1 ». Its counts
 * are the offer's, not goods in or out (« 1 acheté » proposed one coffee into the stock).
 */
const PROMOTION_OFFER =
  /(?<![\p{L}\p{N}])(?:\d+\s+achetes?\s*,?\s*(?:\+\s*)?\d+\s+(?:offerts?|gratuits?)|buy\s+\d+\s*,?\s*get\s+\d+|(?:ا?شري|اشتري)\s+\d+\s+و\s*(?:خود|خذ)\s+\d+)(?![\p{L}\p{N}])/u;
export const namesPromotionOffer = has(PROMOTION_OFFER);

/**
 * A count of what is on the shelf, not a movement: « j'ai compté 37 sucre », « corrige le stock de sucre à 37 », « il y a
 * 37 sucre en vrai », « I counted 37 sugar », « set the sugar stock to 37 », « حسبت 37 سكر », « 7sebt 37 sucre ». Each
 * proposed +37 — a stock of 45 would have become 82. The difference with the stock on file is the movement.
 */
const STOCK_COUNTED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      // Words that say « counted » or « the real stock » by themselves; fillers (« en vrai », « bessa7 ») and « wrong »
      // alone (a price can be wrong) only count beside the stock.
      String.raw`j ai compte|jai compte|on a compte|apres comptage|comptage|inventaire|stock reel|stock physique|en stock en vrai|stock est faux|stock faux|stock is wrong|wrong stock`,
      // « corrige le stock de sucre à 37 » — never the alert level (« le stock minimum du sucre à 10 »).
      String.raw`(?:corrig\p{L}*|rectifi\p{L}*|ajust\p{L}*|mets|mettez|mettre|remets|remettre)\s+(?:le\s+)?stock(?!\s+(?:minimum|mini|min|d alerte|alerte|seuil))(?:\s+\S+){0,3}?\s+a\s+\d+`,
      String.raw`stock(?!\s+(?:minimum|mini|min|d alerte|alerte|seuil))(?:\s+\S+){0,3}?\s+est\s+(?:de|a)\s+\d+`,
      String.raw`stock(?:\s+\S+){0,3}?\s+(?:is wrong|est faux|ghalet|ghalta)`,
      String.raw`i counted|we counted|actual stock|actually have|there are actually|real stock|physical count|stock count`,
      String.raw`(?:set|correct|fix|adjust)\s+(?:the\s+)?(?:\S+\s+){0,2}?stock(?!\s+(?:alert|threshold|minimum|level))(?:\s+\S+){0,3}?\s+to\s+\d+`,
      String.raw`جرد|الجرد|جردت|العدد الحقيقي|المخزون الحقيقي|المخزون غالط|الستوك غالط|السطوك غالط`,
      String.raw`(?:صحح|عدل|اجعل|دير)\p{L}{0,2}\s+(?:ال)?(?:مخزون|ستوك|سطوك)(?:\s+\S+){0,3}?\s+(?:الي|ل)\s*\d+`,
      String.raw`7sebt|hsebt|el jard|ljard|stock ghalet|stock ghalta`,
      // « sa77a7 stock zit 12 », « 3andi 12 zit f stock, sa77a7 » (correct it), « stock ta3 zit rah 12 machi 0 »: +12 was
      // proposed on top of the stock on file.
      String.raw`(?:sa77a7|sa7a7|sahhah|sa77ah)\s+(?:l\s*)?stock|stock\W*(?:\s+\S+){0,3}?\s+(?:sa77a7|sa7a7|sahhah|sa77ah)`,
      String.raw`stock(?:\s+\S+){0,3}?\s+rah\s+\d+\s+(?:machi|mechi|mchi|mashi)\s+\d+`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'u',
);
/** « حسبت 37 سكر » (I counted) — also « I charged » with a customer (« حسبت لكريم 3 سكر »): a count only without one. */
const COUNTED_AR = /(?<![\p{L}\p{N}])حسبت(?![\p{L}\p{N}])/u;
export const saysCountedInArabic = has(COUNTED_AR);
export const saysStockCounted = has(STOCK_COUNTED);

/**
 * Goods kept aside for someone: « mets 5 sucre de côté pour Karim », « set aside 2 oil for Nadia », « خبيلو 3 حليب ». They
 * stay in the shop (« mets » proposed +5 into the stock): no movement until they are sold.
 */
export const setsAside = has(
  cueRegex([
    'de cote',
    'reserve pour',
    'reserve-lui',
    'reserver',
    'garde pour',
    'garde lui',
    'garde-lui',
    'set aside',
    'put aside',
    'keep aside',
    'hold for',
    'خبي',
    'خبيلو',
    'خبيلها',
    'احجز',
    'khabbi',
    'khabi',
    'khabilou',
    'khabbilou',
  ]),
);

/** « عطيت لكريم 3 خبزات », « a3tit l Karim 2 zit », « I gave Karim 3 breads »: goods given to a customer (with a product). */
export const saysGaveGoods = has(
  cueRegex(['عطيت', 'اعطيت', 'أعطيت', 'a3tit', '3tit', '3titlo', '3titha', 'i gave', 'j ai donne', 'j ai donné']),
);

/** A customer's complaint reported (« un client s'est plaint », « a customer complained », « زبون اشتكى »). */
const COMPLAINED = cueRegex([
  'plaint',
  'plainte',
  'se plaindre',
  'réclamation',
  'reclamation',
  'complained',
  'complains',
  'complaint',
  'complaining',
  'اشتكى',
  'اشتكات',
  'تشكى',
  'شكوى',
  'chka',
  'tchka',
]);
/** A customer telling the owner something (« un client m'a dit que… », « a customer told me… », « زبون قالي… »). */
const CUSTOMER_TOLD = cueRegex([
  "client m'a dit",
  "cliente m'a dit",
  "un client m'a dit",
  'a customer told me',
  'a customer said',
  'customer told me',
  'customer said',
  'زبون قالي',
  'زبونة قالتلي',
  'زبون قال لي',
  'كليان قالي',
  'klyan qalli',
  'klyan 9alli',
  'client qalli',
  'client 9alli',
]);
/** A customer as the subject: the shop owner's own complaint (« je me plains de l'appli ») is feedback about Tajer. */
const A_CUSTOMER = cueRegex(['client', 'cliente', 'clients', 'customer', 'customers', 'زبون', 'زبونة', 'الزبون', 'كليان', 'klyan', 'zbon']);
/** What is wrong with goods: stale, off, broken. */
const BAD_GOODS = cueRegex([
  'rassis',
  'périmé',
  'perime',
  'pas frais',
  'pas bon',
  'mauvais',
  'abîmé',
  'abime',
  'moisi',
  'cassé',
  'stale',
  'expired',
  'not fresh',
  'spoiled',
  'spoilt',
  'rotten',
  'mouldy',
  'moldy',
  'gone off',
  'broken',
  'بايت',
  'فاسد',
  'خامج',
  'منتهي الصلاحية',
  'ماشي مليح',
  'مكسور',
  'bayet',
  'khamej',
  'fased',
]);
/**
 * A customer's complaint about the shop's goods (« un client m'a dit que le pain était rassis », « a customer complained
 * the bread was stale », « زبون قالي الخبز كان بايت »): it was read as a stock search or the audience's insights. Not
 * feedback about Tajer (feedback_submit), nothing to record: thanked, with what the assistant can do.
 */
export function reportsCustomerComplaint(text: string): boolean {
  const folded = foldForCues(text);
  return (COMPLAINED.test(folded) && A_CUSTOMER.test(folded)) || (CUSTOMER_TOLD.test(folded) && BAD_GOODS.test(folded));
}

/** « le reste à crédit », « the rest on credit », « والباقي كريدي »: what was not paid at the sale, on the book. */
const REST_ON_CREDIT = cueRegex([
  'le reste a credit',
  'le reste à crédit',
  'le reste en credit',
  'le reste au carnet',
  'le reste sur le carnet',
  'reste a credit',
  'reste à crédit',
  'the rest on credit',
  'rest on credit',
  'the rest on tab',
  'the rest on the tab',
  'the rest later',
  'le reste plus tard',
  'الباقي كريدي',
  'الباقي بالكريدي',
  'الباقي كريدية',
  'الباقي يخلصو من بعد',
  'lba9i kridi',
  'elba9i kridi',
  'lbaqi kridi',
]);
/** The sum paid at the sale: the number after « payé », « paid », « خلص ». */
const PAID_SUM = /(?:paye|payé|paid|gave|donne|donné|خلص|خلصني|دفع|عطاني|khalas|khlas|dfa3)\s+(?:moi\s+|me\s+|لي\s+)?(\d[\d\s.,]*)/u;

/** A sale paid in part, the rest on credit (« il a payé 200 et le reste à crédit »): the sum paid, or 0 when unsaid. */
export function partlyPaidOnCredit(text: string): { paid?: number } | undefined {
  const folded = foldForCues(text);
  if (!REST_ON_CREDIT.test(folded)) return undefined;
  const paid = PAID_SUM.exec(folded)?.[1];
  const value = paid ? Number(paid.replace(/\s/g, '').replace(',', '.')) : NaN;
  // No sum paid (« il paiera le reste plus tard »): a credit sale, as before.
  return Number.isFinite(value) && value > 0 ? { paid: value } : undefined;
}
