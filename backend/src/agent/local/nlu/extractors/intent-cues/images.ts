import { cueRegex, foldForCues } from '../cue-regex';

/**
 * What a message says of an image: a receipt, a product, or only something shown or pointed at (« ce », « this »,
 * « هذا »). With a photo attached, the receipt and product words pick the image tool; without one, a message with none
 * of these words is no question for the image tools at all (understand.ts).
 */

/**
 * Receipt words vs product words decide what an attached image is; a bare image is a receipt. Both are matched
 * anywhere in the raw text, case aside (« reçus », « factures », « ticket de caisse »), unlike POINTS_AT's whole words.
 */
const RECEIPT_WORDS =
  /(re[cç]u|ticket|facture|note|bon|justificatif|d[eé]pense|frais|receipt|invoice|bill|expense|وصل|فاتور|ايصال|إيصال|تذكر|مصروف|مصاريف|البون|بون|fatura|factura|tiki|tickit)/iu;
/**
 * Darija's demonstratives (« هادي », « hada ») stand here, not in POINTS_AT: said of a photo they show a product
 * (« شحال هادي ؟ »), so they pick the product tool over the receipt's; POINTS_AT's own (« هذا », « ce », « this »)
 * only say that something is shown, whichever tool reads it.
 */
const PRODUCT_WORDS =
  /(produit|article|code[- ]?barre|barcode|qr|[eé]tiquette|marque|label|brand|item|product|celui|stock|منتج|سلعه|سلعة|باركود|الكود|ماركه|ماركة|البرودوي|برودوي|هاد|هادي|هادا|had|hadi|hada)/iu;

/**
 * Words that show or point at something (a photo, « ce », « this », « هذا »): with the receipt and product words, what
 * a question for the image tools has even before its photo arrives. « j'ai fermé à 22h » has none, and was asked for
 * a photo.
 */
const POINTS_AT = cueRegex([
  ...['photo', 'image', 'picture', 'scan', 'scanne', 'scanner', 'document', 'doc', 'pdf', 'ce', 'cet', 'cette', 'celle', 'ca', 'ça'],
  ...['this', 'that', 'these', 'هذا', 'هذه', 'هاذي', 'صورة', 'الصورة', 'التصويرة', 'تصويرة', 'tswira'],
]);

export const namesReceipt = (text: string): boolean => RECEIPT_WORDS.test(text);
export const namesProduct = (text: string): boolean => PRODUCT_WORDS.test(text);
/** Something shown, pointed at, or named as a receipt or a product: what any question for the image tools has. */
export const showsOrPointsAt = (text: string): boolean => POINTS_AT.test(foldForCues(text)) || namesReceipt(text) || namesProduct(text);
