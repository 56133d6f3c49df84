import { CUSTOMER_NOUNS } from '../../lexicon/people';
import { DAMAGED_GOODS } from '../cues';
import { cueRegex, foldForCues } from '../cue-regex';

/**
 * Messages that are neither a read nor a write: how to start (a new shop), the shop's equipment out of order,
 * and a customer's complaint told — each answered in words, nothing recorded.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

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
/**
 * A customer as the subject: the shop owner's own complaint (« je me plains de l'appli ») is feedback about Tajer. The
 * customer's nouns are PEOPLE's (extractors/numbers.ts) and more: « زبونة », « zbon » are said of one customer here; a
 * count's plurals and other people (« 2 clientes », « 3 personnes », « ناس ») stay PEOPLE's — never tried here.
 */
const A_CUSTOMER = cueRegex([...CUSTOMER_NOUNS, 'زبونة', 'الزبون', 'zbon']);
/** What is wrong with goods: stale, off, broken (the damage's words are the stock removal's, extractors/cues.ts). */
const BAD_GOODS = cueRegex([
  ...DAMAGED_GOODS,
  'rassis',
  'pas frais',
  'pas bon',
  'mauvais',
  'moisi',
  'stale',
  'not fresh',
  'spoilt',
  'rotten',
  'mouldy',
  'moldy',
  'gone off',
  'بايت',
  'خامج',
  'منتهي الصلاحية',
  'ماشي مليح',
  'bayet',
  'khamej',
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
