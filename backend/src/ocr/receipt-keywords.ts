import { keywordRegex } from './receipt-text';

/**
 * What a receipt line is about, from its label. Order matters in `classifyLine`: the specific labels
 * ("TOTAL TTC", "SOUS-TOTAL", "TOTAL TVA") are tested before the generic "TOTAL".
 */
export type LineKind =
  | 'total-strong' // the amount to pay, explicitly: NET A PAYER, TOTAL TTC, ROUNDED TOTAL, GRAND TOTAL, المجموع…
  | 'total' // a plain TOTAL / MONTANT
  | 'subtotal' // before tax or discount: SOUS-TOTAL, TOTAL HT, SUBTOTAL, TOTAL EXCL GST
  | 'tax' // TVA, GST, VAT, SST, TAX
  | 'rounding' // ROUNDING ADJ, ARRONDI
  | 'tendered' // what the customer handed over: CASH, ESPECES, TENDERED (≥ total)
  | 'change' // CHANGE, RENDU, MONNAIE (tendered − total)
  | 'count' // TOTAL QTY, NB ARTICLES: a count, not money
  | 'discount'
  | 'stamp' // TIMBRE, DROIT DE TIMBRE, حق الطابع: stamp duty added on top of the total (then a net to pay)
  | 'third-party' // PART CNAS, CHIFA, TIERS PAYANT: paid by the insurer, not by the customer
  | 'other';

const TOTAL_STRONG = keywordRegex([
  'NET A PAYER',
  'NET APAYER',
  'NET PAYE',
  'A PAYER',
  'TOTAL TTC',
  'MONTANT TTC',
  'TTC',
  'TOTAL NET',
  'NET TOTAL',
  'NETT TOTAL',
  'TOTAL NETT',
  'TOTAL GENERAL',
  'MONTANT TOTAL',
  'TOTAL FACTURE',
  'TOTAL A REGLER',
  // A bill's amount due after its stamp duty: « Montant à régler 4 460,49 » under « Montant TTC 4 415,49 ».
  'MONTANT A REGLER',
  'A REGLER',
  // A top-up slip's value (« Valeur recharge 200,00 »): what the customer paid; the seller's « Solde » below is not.
  'VALEUR RECHARGE',
  'VALEUR DE RECHARGE',
  'MONTANT RECHARGE',
  'GRAND TOTAL',
  'ROUNDED TOTAL',
  'TOTAL ROUNDED',
  'TOTAL AFTER ROUNDING',
  'ROUNDED AMOUNT',
  'TOTAL ROUNDING',
  'TOTAL INCL',
  'TOTAL INCLUSIVE',
  'TOTAL INCLUDING',
  'TOTAL INCLUDE',
  'INCL GST',
  'INCLUDE GST',
  'INCLUSIVE GST',
  'INCLUSIVE OF GST',
  'INCL TAX',
  'INCL VAT',
  'TTC INCLUS',
  'AMOUNT DUE',
  'TOTAL DUE',
  'BALANCE DUE',
  'AMOUNT PAYABLE',
  // « Total Amt Payable », its first word misread (« Tate! Amt Payable »): the abbreviation says the same.
  'AMT PAYABLE',
  'TOTAL PAYABLE',
  'NET AMOUNT',
  'NET AMT',
  'NETT AMT',
  'TOTAL AMOUNT PAYABLE',
  'TOTAL TO PAY',
  'NET TO PAY',
  'MONTANT A PAYER',
  'TOTAL A PAYER',
  'RESTE A PAYER',
  'PART ASSURE',
  'PART ADHERENT',
  'A LA CHARGE DU CLIENT',
  'المجموع',
  'الاجمالي',
  'اجمالي',
  'المبلغ الاجمالي',
  'المجموع الكلي',
  'الصافي للدفع',
  'صافي الدفع',
  'المبلغ المستحق',
  'المبلغ الصافي',
  'المبلغ الواجب دفعه',
  'للدفع',
  'الكلي',
  // « مجموع الفاتورة » (the bill's sum, without the article) and « المبلغ الواجب دفعه » read without its last word.
  'مجموع',
  'مجموع الفاتورة',
  'المبلغ الواجب',
  // « الواجب دفعه ٨٦٠٫٠٠ » (« what is due ») alone on a hammam's ticket (twenty-third round, unseen group F).
  'الواجب دفعه',
  // « الصافي ٢٢٨٠ دج » (the net) alone on a butcher's or grocer's ticket (twenty-second round, unseen group E); joined
  // by OCR to the cash label under it (« نقدا الصافي ٢٢٨٠ دج ») it is still the total, not the cash handed over.
  // « الوزن الصافي » (net weight) is no money: see NET_WEIGHT.
  'الصافي',
]);
/** « الوزن الصافي ١٫٢٥٠ », « وزن صافي »: a scale's net weight, which « الصافي » must not make a total. */
const NET_WEIGHT = /(?:ال)?وزن\s+(?:ال)?صافي/gu;
const SUBTOTAL = keywordRegex([
  'SOUS TOTAL',
  'SOUSTOTAL',
  'S/TOTAL',
  'S TOTAL',
  'SUB TOTAL',
  'SUBTOTAL',
  'TOTAL HT',
  'MONTANT HT',
  'TOTAL H.T',
  'HT',
  'TOTAL EXCL',
  'TOTAL EXCLUSIVE',
  'TOTAL EXCLUDING',
  'EXCL GST',
  'EXCLUDING GST',
  'TOTAL BEFORE',
  'TOTAL SALES EXCL',
  'المجموع الفرعي',
  'المبلغ دون رسوم',
]);
/**
 * « المبلغ خارج الرسم » (the amount before tax, a bill's HT; twenty-fourth round, unseen group G) holds « الرسم » (tax):
 * the longer label decides, as for « المجموع الفرعي ».
 */
const ARABIC_SUBTOTAL = keywordRegex(['المجموع الفرعي', 'المبلغ دون رسوم', 'المبلغ دون الرسوم', 'خارج الرسم', 'خارج الرسوم']);
const COUNT = keywordRegex([
  'TOTAL QTY',
  'TOTAL QTE',
  'TOTAL QUANTITY',
  'TOTAL QUANTITE',
  'TOTAL ITEM',
  'TOTAL ITEMS',
  'TOTAL ARTICLES',
  'TOTAL ARTICLE',
  'TOTAL PCS',
  'TOTAL UNITS',
  'NB ARTICLES',
  'NBR ARTICLES',
  'NBRE ARTICLES',
  'NOMBRE ARTICLES',
  "NOMBRE D'ARTICLES",
  'NO OF ITEMS',
  'NO. OF ITEMS',
  'ITEM COUNT',
  'TOTAL POINTS',
  'TOTAL WEIGHT',
  'ARTICLES',
  'QTE TOTALE',
  'QUANTITE TOTALE',
  'عدد',
  'عدد المواد',
]);
const STAMP = keywordRegex(['TIMBRE', 'DROIT DE TIMBRE', 'TIMBRE FISCAL', 'DROITS DE TIMBRE', 'حق الطابع', 'الطابع', 'طابع']);
const THIRD_PARTY = keywordRegex([
  'PART CNAS',
  'CNAS',
  'CASNOS',
  'CHIFA',
  'TIERS PAYANT',
  'PART ORGANISME',
  'PART MUTUELLE',
  'CARTE CHIFA',
]);
const TAX = keywordRegex(['TVA', 'T.V.A', 'GST', 'VAT', 'SST', 'TAX', 'TAXE', 'TAXES', 'ضريبة', 'الضريبة', 'الرسم']);
const DISCOUNT = keywordRegex(['DISCOUNT', 'DISC', 'REMISE', 'RABAIS', 'SAVINGS', 'YOU SAVED', 'تخفيض']);
const ROUNDING = keywordRegex(['ROUNDING', 'ROUND ADJ', 'ROUNDING ADJ', 'RND ADJ', 'ROUNDING ADJUSTMENT', 'ARRONDI', 'ADJ']);
const TENDERED = keywordRegex([
  'CASH',
  'ESPECES',
  'ESPECE',
  'TENDERED',
  'TENDER',
  'PAID',
  'PAYMENT',
  'RECU',
  'VERSE',
  'REGLEMENT',
  'CREDIT CARD',
  'DEBIT CARD',
  'CARTE',
  'CARTE BANCAIRE',
  'VISA',
  'MASTERCARD',
  'MASTER',
  'CB',
  'CHEQUE',
  'CIB',
  'EDAHABIA',
  'نقدا',
  'المدفوع',
]);
/**
 * « Carte » naming what was sold — « Carte message », « Carte SIM », « Carte mémoire », « Carte grise » — not how it
 * was paid (thirtieth round, issue 14: a florist's « Carte message 100,00 » was taken for a card payment, and the cash
 * handed over caps the total). A card payment names the card (« Carte bancaire / CIB / Edahabia / Visa », « Carte de
 * crédit », « Carte : 2 500 ») or stands alone; any other word after « CARTE » makes it an item.
 */
const CARD_ITEM =
  /\bCARTE\s+(?!(?:BANCAIRE|BANC|BQ|CIB|EDAHABIA|DOREE|VISA|MASTER\w*|CREDIT|DEBIT|DE\s+(?:CREDIT|PAIEMENT)|PAIEMENT)\b)\p{L}{3,}/gu;
/**
 * The cash handed over labelled with a total word (« Paid Amount: 100.00 », « Amount Tendered », « Total Tender »): a
 * payment, not the total, although « AMOUNT » and « TOTAL » are total labels.
 */
const PAYMENT_AMOUNT = keywordRegex([
  'PAID AMOUNT',
  'PAID AMT',
  'AMOUNT PAID',
  'AMT PAID',
  'AMOUNT TENDERED',
  'AMT TENDERED',
  'TENDERED AMOUNT',
  'TOTAL TENDER',
  'TOTAL TENDERED',
  'CASH AMOUNT',
  // « Montant reçu 5000,00 » under « TOTAL 4068,00 » and above « Rendu 932,00 » (twenty-second round, unseen group E):
  // the cash the till received, which the change is counted from — « MONTANT » made it a total.
  'MONTANT RECU',
  'SOMME RECUE',
]);
const CHANGE = keywordRegex(['CHANGE', 'RENDU', 'MONNAIE', 'A RENDRE', 'BALANCE', 'CHANGE DUE', 'الباقي']);
/** The tax amount itself, not a total that mentions the tax ("Total Sales Inclusive GST @6%"). */
const TAX_AMOUNT = keywordRegex([
  'TOTAL GST',
  'TOTAL TAX',
  'TOTAL TVA',
  'TOTAL VAT',
  'TOTAL SST',
  'GST TOTAL',
  'TAX TOTAL',
  'TVA TOTAL',
  'MONTANT TVA',
  'GST AMOUNT',
  'TAX AMOUNT',
  'GST PAYABLE',
  'TOTAL TAXES',
]);
const TOTAL_WORD = keywordRegex(['TOTAL', 'TOTALE', 'MONTANT', 'NET', 'NETT', 'المجموع']);
/** Header of a tax breakdown table ("GST Summary Amount Tax"): its rows are tax lines, it is not a total. */
const SUMMARY = keywordRegex(['SUMMARY', 'RECAPITULATIF', 'RECAP', 'ANALYSIS', 'DETAIL TVA', 'TAX CODE']);
/**
 * « Honoraires » is what a doctor, a vet or a lawyer charges — the note's amount (twenty-ninth round, after unseen group
 * L's veterinary notes); a « TOTAL TTC » below it still wins as the stronger label.
 */
const TOTAL = keywordRegex([
  'TOTAL',
  'TOTAUX',
  'MONTANT',
  'TOTAL AMOUNT',
  'TOTAL AMT',
  'AMOUNT',
  'TOTAL SALES',
  'SUM',
  'TOTALE',
  'المبلغ',
  'HONORAIRES',
]);

/**
 * The VAT share of a total printed after it, « dont TVA 19 % 1 889,66 », « TVA incluse 19% 596,34 », « منها الرسم »:
 * the tax amount, never the total (« TVA incluse » once counted as a total label and took the total's place).
 */
const VAT_INCLUDED = keywordRegex(['DONT TVA', 'TVA INCLUSE', 'TVA INCL', 'INCL. TVA', 'INCL TVA', 'DONT T.V.A', 'منها الرسم', 'منها']);
/** Column headings of the item table (« Désignation Qté P.U Montant »): not a total even though « Montant » is in it. */
const COLUMN_HEADING = keywordRegex([
  'DESIGNATION',
  'PRODUIT',
  'ARTICLE',
  'QTE',
  'QTY',
  'QUANTITE',
  'P.U',
  'PU',
  'PRIX',
  'DESCRIPTION',
  'ITEM',
  'PRICE',
  'الكمية',
  'السعر',
  // « السلعة الكمية الثمن المجموع »: goods, quantity, price, sum — a heading even with a word lost.
  'الثمن',
  'السلعة',
  'المادة',
]);

/** « dont TVA 19 % », « منها الرسم »: the VAT share printed right under the total it belongs to. */
export function isVatShareLine(upper: string): boolean {
  return VAT_INCLUDED.test(upper) && !/\bNET\b|PAYER|للدفع/.test(upper);
}

/**
 * The tax table's columns named without « Summary » (« GST Rate   Amt excl GST(RM)   Tax(RM) », « GST Code   Amount (RM)
 * Tax(RM) »): a rate or code column, an amount (or « excl ») and a tax, no figure and no total word. « Amt excl GST » in it once
 * made it a subtotal, whose amount was taken from the table's first row (the tax, « 4.83 » for a total of 85.10).
 */
const RATE_COLUMN = keywordRegex(['RATE', 'CODE', 'TAUX']);
const AMOUNT_COLUMN = keywordRegex(['AMT', 'AMOUNT', 'MONTANT', 'BASE']);
const EXCL_COLUMN = keywordRegex(['EXCL', 'EXCLUDING', 'HT']);
const TAX_COLUMN = keywordRegex(['TAX', 'GST', 'SST', 'TVA', 'VAT']);

/** « GST Summary   Amount (RM)   Tax (RM) »: the tax table's heading. */
export function isSummaryHeading(upper: string): boolean {
  if (SUMMARY.test(upper)) return true;
  if (/\d/.test(upper) || TOTAL_WORD.test(upper) || !TAX_COLUMN.test(upper)) return false;
  // The amount's own heading may be misread (« Ant excl GST »): « excl » names it.
  return RATE_COLUMN.test(upper) && (AMOUNT_COLUMN.test(upper) || EXCL_COLUMN.test(upper));
}

/**
 * A document's number closing its title row: « REÇU DE VERSEMENT N° 8525 », « FACTURE N° 12 », « BON NO 340 »,
 * « وصل رقم ٧١٠١ ». The figure is the paper's number, never money — « REÇU » made the row a payment whose 8 525 beat
 * the « Montant 45 000 » of a driving school's receipt (twenty-ninth round, unseen group L). A row with cents or a
 * currency sign is left as it was.
 */
const DOCUMENT_NUMBER = /(?:\bN\s?[°º]|\bNO\b|\bNUM(?:ERO)?\b|رقم)\s*[:.#]?\s*[\d٠-٩]+(?:\s+[^\s\p{L}]{1,2})?\s*$/u;
const MONEY_MARK = /[.,٫]\d{2}\b|\b(?:DA|DZD|DINARS?|RM)\b|دج|د\.ج/u;

/** The row ends with its paper's number (« REÇU DE VERSEMENT N° 6024 »), not with money. */
export function isDocumentNumberRow(upper: string): boolean {
  return DOCUMENT_NUMBER.test(upper) && !MONEY_MARK.test(upper);
}

/** `upper` is the line after `normalizeLine`. */
export function classifyLine(upper: string): LineKind {
  if (THIRD_PARTY.test(upper)) return 'third-party';
  if (isDocumentNumberRow(upper)) return 'other';
  if (isVatShareLine(upper)) return 'tax';
  // « المجموع الفرعي » (subtotal) contains « المجموع » (total): the longer label decides.
  if (ARABIC_SUBTOTAL.test(upper)) return 'subtotal';
  if ((COLUMN_HEADING.test(upper) && !/\d/.test(upper)) || isSummaryHeading(upper)) return 'other';
  if (STAMP.test(upper) && !/PAYER|TOTAL|NET|للدفع|المجموع/.test(upper)) return 'stamp';
  if (COUNT.test(upper)) return 'count';
  if (ROUNDING.test(upper) && !/ROUNDED|AFTER/.test(upper)) return 'rounding';
  if (TOTAL_STRONG.test(upper.replace(NET_WEIGHT, ' '))) return 'total-strong';
  if (SUBTOTAL.test(upper)) return 'subtotal';
  if (CHANGE.test(upper) && !TOTAL.test(upper)) return 'change';
  if (TENDERED.test(upper) && (!TOTAL.test(upper) || PAYMENT_AMOUNT.test(upper)) && TENDERED.test(upper.replace(CARD_ITEM, ' ')))
    return 'tendered';
  if (SUMMARY.test(upper)) return 'other';
  if (TAX.test(upper)) return TOTAL_WORD.test(upper) && !TAX_AMOUNT.test(upper) ? 'total' : 'tax';
  if (DISCOUNT.test(upper)) return 'discount';
  if (TOTAL.test(upper) || NET_ALONE.test(upper)) return 'total';
  return 'other';
}

/**
 * « NET   12.892,00 »: the word alone before the amount is the total's label on many tills (short for « net à payer »);
 * « POIDS NET 1,250 kg » or « NET WT » have other words with it and stay what they are.
 */
const NET_ALONE = /^NETT?\s*[:=]?\s*(?:DA|DZD|RM)?\s*\d/;

/** Labels that introduce the transaction date. */
export const DATE_LABEL = keywordRegex(['DATE', 'DATE/TIME', 'DATE & TIME', 'LE', 'DT', 'TARIKH', 'التاريخ', 'تاريخ']);
/**
 * « آخر أجل (للدفع) »: a bill's last day to pay, never the bill's date (twenty-fourth round, unseen group G: with the
 * bill's date misread it was the only date left, and was taken). A date printed after it on its row is refused.
 */
export const LAST_DAY_TO_PAY = /اخر ?اجل/u;
/**
 * The end of what was paid for (thirty-first round, issue 14, unseen group N's gym: « Valable jusqu'au 05/06/2024 »
 * under a membership paid on 07/03/24, whose slash was lost): a validity's or an exchange's last day is never the
 * day the paper was printed — later by construction — so a date on such a row is refused even when it is the only
 * one read: no date, asked, rather than a wrong one shown as read. « صالح إلى » is its Arabic.
 */
export const VALID_UNTIL = keywordRegex(['VALABLE', 'VALABLE JUSQU', 'VALIDE JUSQU', 'VALID UNTIL', 'VALID TILL', 'صالح الى', 'صالحة الى']);
/** Dates that are not the purchase date. */
export const OTHER_DATE_LABEL = keywordRegex([
  'صالح الى',
  'صالحة الى',
  'EXP',
  'EXPIRY',
  'EXPIRE',
  'VALID',
  'VALABLE',
  'ECHEANCE',
  'DUE DATE',
  'DLC',
  'BEST BEFORE',
  'LIMITE',
  'DATE LIMITE',
  'AVANT LE',
  'PERIODE',
  'ORDONNANCE',
  'NAISSANCE',
  'آخر اجل',
  'الفترة',
  // A day to come that the paper names for the customer (twenty-seventh round, unseen group J): a laboratory's
  // « Résultats : Le 06/09/2024 » under « Prélèvement : 02/09/2024 08:17 », an appointment, a tailor's « موعد
  // الاستلام » (the day to collect) — later than the day it was printed on, never that day.
  'RESULTAT',
  'RESULTATS',
  'RENDEZ-VOUS',
  'RDV',
  'PROCHAIN',
  'PROCHAINE',
  'موعد',
  'الاستلام',
  'التسليم',
  // A planned day (twenty-eighth round, unseen group K): an optician's « Livraison prévue : 12/02/2024 10:37 » under
  // the order's « 09.02.24 » — its four-digit year and time outscored the day of the order. Whatever a paper says is
  // « prévu » (delivery, collection, a visit) is still to come on the day it is printed.
  'PREVU',
  'PREVUE',
  'PREVUS',
  'PREVUES',
]);
