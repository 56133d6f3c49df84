import { cleanNumericOcr } from './receipt-amounts';
import type { AnalyzedLine } from './receipt-analysis';
import { monthNamed } from './receipt-dates';
import { arabicLetterForms, clamp01, letterCount, normalizeLine } from './receipt-text';

const ARABIC = /\p{Script=Arabic}/u;

/** Header lines that are contact details, identifiers or addresses rather than the shop's name. */
const NOT_A_NAME = new RegExp(
  [
    '\\b(?:EMAIL|E-MAIL|WWW|HTTP|WEBSITE)\\b',
    '\\w@\\w|\\.COM\\b|\\.DZ\\b|\\.MY\\b',
    '\\b(?:GST|SST|TVA|VAT|TAX)\\s*(?:ID|REG|NO|N°)',
    '\\b(?:CO|COMPANY|ROC|BUSINESS)[.\\s-]*(?:REG|NO)',
    '\\b(?:REG|REGISTRATION)\\.?\\s*NO',
    '\\bNO\\s*[:.#]\\s*\\S*\\d',
    // « PREPAY CHIT NUMBER » above the number itself.
    '\\b(?:REF|INVOICE|RECEIPT|BILL|ORDER|TABLE|CASHIER|TERMINAL|POS|TRANS|DOC|TICKET|FACTURE|CAISSE|CHIT)\\.?\\s*(?:NO|N°|NUM|NUMBER|#)',
    // « Owned by : » alone on its line, above the owning company's name.
    '^\\W*(?:OWNED BY|DIMILIKI(?:\\s*OLEH)?)\\W*$',
    // A document title beside specks: « pam   SIMPLIFIED TAX INVOICE ».
    '\\b(?:TAX\\s*INVOICE|SIMPLIFIED|CASH\\s*SALES?|OFFICIAL\\s*RECEIPT)\\b',
    '\\b(?:RETURNABLE|REFUNDABLE|EXCHANGEABLE|THANK|MERCI|WELCOME|BIENVENUE|OPEN|OUVERT)\\b',
    // A sentence to the customer: « THIS IS NOT A RECEIPT », « THIS IS YOUR TAX INVOICE ».
    '\\bTHIS IS\\b',
    // Who served and where: « Table 11   Serveur : Lyes », « Caissier : Karim », « الطاولة 12   النادل: أمين ».
    '\\b(?:SERVEUR|SERVEUSE|SERVER|WAITER|WAITRESS|CAISSIER|CAISSIERE|CASHIER|VENDEUR|VENDEUSE|OPERATEUR|OPERATOR)\\b',
    '^TABLE\\b\\s*(?:N°|NO|#)?\\s*:?\\s*\\d',
    // The customer, not the shop: « Client : EURL Bati Plus », « CUSTOMER: ».
    '\\b(?:CLIENT|CUSTOMER|PELANGGAN)\\s*:',
    // The items table's column headings: « DESC   QTY   PRICE   AMOUNT », « Désignation  Qté  Prix ».
    '\\b(?:DESC|DESCRIPTION|DESIGNATION|ITEMS?|QTY|QTE|QT)\\b.*\\b(?:QTY|QTE|PRICE|PRIX|AMOUNT|AMT|MONTANT|TOTAL|RM)\\b',
    '\\b(?:NIF|NIS|RC|N°\\s*RC|ART\\.?\\s*IMP|AI|SIRET|SIREN|RIB|CCP)\\b',
    // Addresses (Malaysia, Algeria, France). « LA ROUTE » after its article is a name (« AUTO ECOLE LA ROUTE », « CAFE DE
    // LA ROUTE »: twenty-ninth round, unseen group L); an address says « Route de Sétif », « Route nationale ».
    '\\b(?:JALAN|JLN|TAMAN|LORONG|PERSIARAN|LEBUH|BANDAR|KAMPUNG|WISMA|PLAZA|RUE|(?<!\\bLA )ROUTE|AVENUE|AV|BD|BOULEVARD|CITE|LOTISSEMENT|LOT|ZONE|BP|LEVEL|FLOOR|FLR|BLOCK|BLK|UNIT|SUITE|ETAGE|IMMEUBLE|WILAYA|COMMUNE|DAIRA|CEDEX|NO\\.?\\s?\\d)\\b',
    '\\b\\d{5}\\b',
    // A line of only states and country: « SELANGOR DARUL EHSAN, MALAYSIA », « MALAYSIA ».
    '^(?:(?:SELANGOR|JOHOR|KEDAH|KELANTAN|MELAKA|MALACCA|NEGERI SEMBILAN|PAHANG|PERAK|PERLIS|PULAU PINANG|PENANG|SABAH|SARAWAK|TERENGGANU|KUALA LUMPUR|PUTRAJAYA|LABUAN|WILAYAH PERSEKUTUAN|DARUL [A-Z]+|D\\.?\\s?E|MALAYSIA)[\\s,.]*)+$',
    // Whole words only (twenty-third round, unseen group F): « حي » is inside « الصالحين », a hammam's name; « الهاتف »
    // names the shop in « محل الهاتف النقال ياسين » and is a contact before a colon or a number (or alone, its number
    // taken off as a registration's).
    // « تجزئة » is the « Lotissement » of an Arabic address (« تجزئة 23 بئر مراد رايس », twenty-ninth round, unseen group L).
    '(?<![\\u0621-\\u064a\\u0671-\\u06d3])(?:ال)?(?:شارع|حي|تجزئة|تجزية)(?![\\u0621-\\u064a\\u0671-\\u06d3])',
    '(?<![\\u0621-\\u064a\\u0671-\\u06d3])(?:ال)?هاتف\\s*(?:[:.]|\\d|$)',
    // « وصل رقم: 41734 » (receipt number), « رقم السجل التجاري », the till, the table, the waiter, the seller.
    'رقم|الصندوق|الطاولة|النادل|البائع',
    // The items table's Arabic headings (« السلعة الكمية الثمن المجموع ») and the goods-sold footer (« السلعة المباعة »).
    'السلعة|الكمية|الثمن',
    // A row that labels a value, « نوع المركبة: سيارة رباعية الدفع » (the car's kind on a car wash's ticket, twenty-sixth
    // round, unseen group I): what is described or who is served, not the shop, whose name carries no colon.
    '[\\u0621-\\u064a]{2,}\\s*:\\s*[\\u0621-\\u064a\\d]',
  ].join('|'),
);

/**
 * A phone or fax label: « Mob : 0557 41 91 42 », « TEL 03-8024 », « GSM » alone. In a shop's name without a number
 * or a colon (« ELITE MOBILE », « GSM AMINE », « SMART PHONE CENTER ») the word says what the shop sells.
 */
const CONTACT_WORD = /\b(?:TEL|TELEPHONE|PHONE|FAX|MOB|MOBILE|GSM|HP)\b/;
function isContactLine(upper: string): boolean {
  if (!CONTACT_WORD.test(upper)) return false;
  return (
    /\d|(?:TEL|TELEPHONE|PHONE|FAX|MOB|MOBILE|GSM|HP)\s*[:./]/.test(upper) ||
    !upper.replace(new RegExp(CONTACT_WORD.source, 'g'), '').trim()
  );
}

/**
 * Rows past the header (twenty-sixth round, unseen group I, normalised text: no hamza, capitals): the day opened by its
 * weekday (« الأحد 16 أوت 2026 », « SAMEDI 14 MARS 2026 ») — a date line, like a numeric one — and an Arabic row
 * describing the goods or the car, a label and an Arabic value (« نوع المركبة: سيارة سياحية »), printed under the shop's
 * name: the rows below them are the ticket's (the washes), not names.
 */
const WEEKDAY_ROW =
  /(?:^|\s)(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعة|سبت)\s+\d|\b(?:LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE)\s+\d/;
/**
 * A month's name and a year on the row (« حرر في ٢٧ فيفري ٢٠٢٤ », « Oran, le 12 mars 2026 »): the date, which ends the
 * header like a numeric one — « حرر في … » was taken for a dairy's name lost to specks (twenty-ninth round, unseen L).
 */
function monthAndYearRow(upper: string): boolean {
  return /(?<![\d٠-٩])(?:19|20|١٩|٢٠)[\d٠-٩]{2}(?![\d٠-٩])/u.test(upper) && upper.split(/\s+/).some((w) => monthNamed(w) !== undefined);
}
const DESCRIBED_VALUE = /[\u0621-\u064a]{2,}\s*:\s*[\u0621-\u064a]{2,}/;

/** Total rows: one with an amount ends the header (not a payment row: « Cash Sale 2 » heads a SROIE receipt). */
const MONEY_ROW: ReadonlySet<string> = new Set(['total-strong', 'total', 'subtotal']);

/**
 * Document titles and greetings printed above or below the name; a coach's « BILLET DE VOYAGE », « TITRE DE TRANSPORT »
 * (twenty-fourth round, unseen group G: the company's name read as specks made the title the name); a payment's « REÇU DE
 * VERSEMENT », « QUITTANCE DE PAIEMENT » (twenty-ninth round, unseen group L's driving school).
 */
const TITLE_ONLY =
  /^(?:(?:SIMPLIFIED|OFFICIAL|TAX|CASH|SALES?|INVOICE|RECEIPT|BILL|FACTURE|TICKET|BON|DE|VENTE|LIVRAISON|COMMANDE|PROFORMA|DEVIS|CAISSE|RECU|DUPLICATA|COPY|COPIE|CUSTOMER|CLIENT|ORIGINAL|WELCOME|BIENVENUE|TO|A|MERCI|THANK|YOU|BILLET|VOYAGE|TITRE|TRANSPORT|PASSAGER|VERSEMENT|PAIEMENT|QUITTANCE|ENCAISSEMENT|[^\p{L}\p{N}])+|(?:مرحبا|فاتورة|وصل)\S*)$/u;

/** Words that mark a business name. */
const BUSINESS_WORD =
  /\b(?:SDN\.? ?BHD|BHD|S\/B|ENTERPRISE|ENTERPRISES|TRADING|RESTAURANT|RESTORAN|SARL|EURL|SPA|SNC|ETS|STE|SOCIETE|SUPERETTE|SUPERMARCHE|SUPERMARKET|HYPERMARKET|ALIMENTATION|GENERALE|MARKET|MART|PHARMACIE|PHARMACY|FARMASI|BOULANGERIE|PATISSERIE|BOUCHERIE|LIBRAIRIE|MAGASIN|DEPOT|STORE|SHOP|CAFE|HOTEL|STATION|HARDWARE|BOOK|BOOKS|COMPANY|GROUP|MARKETING|SERVICES?|HOLDINGS?|INDUSTRIES|CENTRE|CENTER|KEDAI|STATIONERY|BAKERY|BAKERIES|PETRO|TRADERS?|MINIMARKET|EPICERIE|QUINCAILLERIE|COSMETIQUE|BISTRO|PASAR|PASARAYA|PERNIAGAAN|SYARIKAT|KOPITIAM|BORONG|RUNCIT)\b|مؤسسة|شركة|متجر|محل|سوبيرات/;

/** A line that only holds the legal form that belongs to the name above it: "(M) SDN BHD", "SARL". */
const LEGAL_FORM_ONLY =
  /^[^\p{L}\p{N}(]*\(?[A-Z.]{0,4}\)?\s*(?:SDN\.?\s*BHD|BHD|S\/B|SARL|EURL|SPA|SNC)\.?(?:\s*\(?\d[\d\s-]*[A-Z]?\)?)?$/u;

/**
 * Company registration numbers printed after the name: "(1248446-V)", "(CO. NO: 20154-T)", "(139386 X)", with the
 * outlet's code in brackets after it, letters or letters and a digit ("273500-U (KL1)").
 */
const REGISTRATION_SUFFIX =
  /\s*[({[]?(?:CO\.?\s*NO\.?\s*:?\s*)?\d[\d\s-]{3,}\s?-?\s?[A-Z]{0,2}[)}\];:.]?(?:\s*[({[][A-Z][A-Z0-9]{0,3}[)}\]]?)?\s*$/i;

/**
 * The name's own registration number in brackets, misread or not (« (524101-5) », « (819%) », a sole trader's
 * « (JM0712345-T) »): the name is the registered company's. A digit within the first four characters, so
 * « (SEMENYIH) » or « (M) » stay.
 */
const REGISTRATION_IN_BRACKETS = /\s*[({[]\s*[A-Z]{0,3}\d[^(){}[\]]{2,12}[)}\]]\s*$/;

/** A line that only holds a company registration number, labelled (« Company No : 1174703-K ») or bare (« (742016-H) »). */
const REGISTRATION_LINE =
  /^[^\p{L}\p{N}]*(?:(?:CO|COMPANY|ROC|BR|BUSINESS)\.?[\s.-]*(?:REG(?:ISTRATION)?\.?\s*)?(?:NO|N°)\b|REG(?:ISTRATION)?\.?\s*NO\b|[A-Z]{0,3}\d{4,}[\s-]?[A-Z0-9]?[\s-]*[A-Z]\s*[)}\]]?[^\p{L}\p{N}]*$)/u;

/**
 * The legal form of a company (Malaysia: Sdn Bhd, Bhd, S/B, Enterprise; Algeria and France: SARL, EURL, SPA, SNC), also
 * as OCR misreads it (« SON BHD », « SDH BHD », « Sdn.Ehd »). The name printed with it is the one receipts are filed under.
 */
const LEGAL_FORM = /\b(?:S[DO0][NH]\.?\s?[BES8][HN]D|BHD|S\/B|ENTERPRISES?|SARL|EURL|SPA|SNC)\b/;

const LEGAL_WORDS = 'S[DO0][NH]\\.?\\s?[BES8][HN]D|BHD|S\\/B';

/**
 * The second half of a name broken over lines: it opens with « & », a bracket or the legal form (« & TEA LEAF (M) SDN.
 * BHD. », « (SEMENYIH) SDN BHD », « ENTERPRISE (SETIA », « CO. (M) SDN BHD »), or is the trade before the legal form
 * (« RESTAURANT SDN BHD », any single word). One proper word and the country before it (« TRENDYMAX (M) SDN. BHD. »)
 * is a whole name.
 */
function nameTail(upper: string): boolean {
  if (/^(?:[&(]|(?:ENTERPRISES?|CO\.?\s*\([A-Z]{1,3}\))(?![A-Z])|(?:SDN|BHD|S\/B)\b)/.test(upper)) return true;
  // A single word before the legal form finishes the name above it, whether a trade (« RESTAURANT SDN BHD ») or not
  // (« WESTERN EASTERN » / « STATIONERY SDN. BHD », OCR'd « STAITONERY »; « JTJFOODS SDN BHD »): a registered name
  // is rarely one bare word.
  return new RegExp(`^[A-Z]{2,}\\s+(?:${LEGAL_WORDS})\\b`).test(upper);
}

/** « TAX INVOICE », « SIMPLIFIED TAX INVOICE », « FACTURE »: the document's title, between the shop and the customer. */
const INVOICE_TITLE = /\b(?:INVOICE|INVOIS|FACTURE)\b/;

const OWNED_BY = /^\W*(?:OWNED BY|DIMILIKI(?:\s*OLEH)?)\W*$/;

/** Generic words only (« BISTRO & CAFE », « RESTAURANT »): what the shop is, printed under its name. */
function descriptorOnly(upper: string): boolean {
  const words = upper.split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !/^(?:AND|ET|DE|DU|DES|LA|LE|THE)$/.test(w));
  return words.length > 0 && words.every((w) => BUSINESS_WORD.test(w) && !LEGAL_FORM.test(w));
}

/** A lone Arabic letter at either end of a name of two words or more: a speck or a neighbour's letter (« ح سوبيرات النور »). */
const LONE_ARABIC_LETTER = /^\p{Script=Arabic}\s+(?=\S+\s+\S)|(?<=\S\s+\S+)\s+\p{Script=Arabic}$/gu;

function cleanName(s: string): string {
  return (
    withoutRegistration(arabicLetterForms(s))
      .replace(/^[^\p{L}\p{N}(]+|[^\p{L}\p{N}).]+$/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(LONE_ARABIC_LETTER, '')
      // Dotted initials are letters: OCR reads « D.I.Y. » as « 0.1.7. »; the look-alike digits go back to letters.
      .replace(/(?<=^|[\s.(])[0158](?=\.(?!\d\d))/g, (d) => INITIAL_LOOKALIKE[d] ?? d)
  );
}

const INITIAL_LOOKALIKE: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B' };

/** « SELASIH SDN BHD (524101-5)   - »: the trailing speck first, then the registration number. */
function withoutRegistration(s: string): string {
  return (
    s
      .replace(/[^\p{L}\p{N})}\].]+$/u, '')
      // Bracketed first: the bare-number rule would take « 0712345-T) » out of « (JM0712345-T) » and leave « (JM ».
      .replace(REGISTRATION_IN_BRACKETS, '')
      .replace(REGISTRATION_SUFFIX, '')
      // « #000002 BAIFU (M) Sdn Bhd »: a long number before the name is a counter or a code.
      .replace(/^[^\p{L}\p{N}]*\d{6,}\s+(?=\p{L})/u, '')
  );
}

function hasOwnRegistration(s: string): boolean {
  const t = s.replace(/[^\p{L}\p{N})}\].]+$/u, '');
  const m = REGISTRATION_SUFFIX.exec(t) ?? REGISTRATION_IN_BRACKETS.exec(t);
  return m !== null && m.index > 0 && (/[({[]/.test(m[0]) || /\d\s?-?\s?[A-Z]\b/.test(m[0]));
}

/**
 * A header row printed in columns (OCR marks a column gap with three spaces): « SONELGAZ   سونلغاز » is the name and
 * its translation, « SONELGAZ   Distribution » the name and a word of the logo. On a Latin receipt the Arabic column
 * goes; of what remains, a capitalised first column beside smaller-case ones is the name.
 */
function nameColumn(text: string, latinReceipt: boolean): string {
  let columns = text.split(/\s{3,}/).filter((c) => letterCount(c) > 0);
  if (columns.length < 2) return text;
  if (latinReceipt) {
    const latin = columns.filter((c) => !ARABIC.test(c));
    if (latin.length) columns = latin;
  }
  const capitalised = (c: string) => letterCount(c) >= 3 && c === c.toUpperCase();
  // « SAM   SAM   TRADING   CO »: capitals throughout and the business word further on: one name spaced out.
  const spacedName =
    columns.every((c) => c === c.toUpperCase()) && !BUSINESS_WORD.test(columns[0]) && BUSINESS_WORD.test(columns.slice(1).join(' '));
  if (columns.length > 1 && capitalised(columns[0]) && !columns.slice(1).every(capitalised) && !spacedName) return columns[0];
  return columns.join(' ');
}

function capitals(s: string): boolean {
  const letters = letterCount(s);
  return letters > 0 && (s.match(/\p{Lu}/gu) ?? []).length >= letters * 0.8;
}

/** `next` carries on the name read so far (`name`, whose last line is `last`). */
function continues(last: AnalyzedLine, name: string, next: AnalyzedLine | undefined, latinReceipt: boolean): boolean {
  if (!next || ARABIC.test(name) || next.amounts.some((a) => a.decimals === 2)) return false;
  const tail = cleanName(nameColumn(next.text, latinReceipt));
  if (letterCount(tail) < 2 || !capitals(name) || !capitals(tail)) return false;
  const tailUpper = next.upper.replace(/^[^\p{L}\p{N}&(]+/u, '');
  const named = LEGAL_FORM.test(normalizeLine(name));
  // An outlet in brackets may name a place (« ENTERPRISE (BANDAR », « (SEMENYIH) SDN BHD »): the legal form says the
  // line is still the name; otherwise an address line ends it.
  const legalTail = !named && LEGAL_FORM.test(tailUpper) && nameTail(tailUpper);
  // A line read unsurely is texture, unless it reads as the name's legal form going on (« ENTERPRISE   (SETIS » at
  // 0.37 between « AIK HUAT   HARDWARE » and « ALAM)   SUN   BHD »): left out, the name's end stood alone as the shop.
  if (next.confidence < 0.4 && !legalTail) return false;
  const unclosed = (name.match(/\(/g) ?? []).length > (name.match(/\)/g) ?? []).length;
  // « AIK HUAT HARDWARE ENTERPRISE (SETIA » / « ALAM) SDN BHD »: an open bracket goes on to where it closes.
  if (unclosed && (tail.includes(')') || !named)) return true;
  if (legalTail) return true;
  const tailId = normalizeLine(cleanNumericOcr(withoutRegistration(tail)));
  return /&[^\p{L}\p{N}]*$/u.test(last.text) && !NOT_A_NAME.test(tailId) && !isContactLine(tailId);
}

/**
 * A header line that is an address, a registration or tax number, a contact or a document title — not a shop's name
 * (the tests `findMerchant` skips such a line by). The shop's name is printed above the first of them: the header
 * re-read (`header-rereads.ts`) reads the band above it again.
 */
export function identifiesNoShop(text: string): boolean {
  const identifying = normalizeLine(cleanNumericOcr(withoutRegistration(nameColumn(text, true))));
  return NOT_A_NAME.test(identifying) || isContactLine(identifying) || REGISTRATION_LINE.test(normalizeLine(text));
}

/**
 * The merchant is usually the first name-like line of the header. Lines that are noise, titles, addresses or
 * identifiers are skipped; business words ("SARL", "SUPERETTE", "SDN BHD") and upper case make a line more likely.
 */
export function findMerchant(lines: readonly AnalyzedLine[]): { merchant: string | null; evidence: number; line: AnalyzedLine | null } {
  const header = lines.slice(0, 10);
  // On a French or bilingual print the name to keep is the Latin one; the Arabic line beside it is a translation.
  const arabicLines = lines.filter((l) => ARABIC.test(l.text)).length;
  const latinReceipt = arabicLines < lines.length * 0.5;
  const scored: { name: string; score: number; line: AnalyzedLine }[] = [];
  let rank = 0;
  /** An invoice title was printed after a name: the names below it are the customer's (« bill to »). */
  let billTo = false;
  let legalForm: { name: string; index: number } | null = null;
  for (let i = 0; i < header.length; i += 1) {
    const line = header[i];
    if (line.amounts.some((a) => a.decimals === 2)) break; // prices: the header is over
    // A money row (« نقدا الصافي ٢٢٨٠ دج », « TOTAL 450 »): the header is over too, even in whole dinars — its label was
    // once taken for the shop's name when the real name was read as specks (twenty-second round, unseen group E).
    if (MONEY_ROW.has(line.kind) && line.amounts.length) break;
    if (line.confidence < 0.4) continue; // texture or a fold read as letters
    const column = nameColumn(line.text, latinReceipt);
    const name = cleanName(column);
    const letters = letterCount(name);
    const visible = name.replace(/\s/g, '').length;
    // A legal form vouches for a name whose dotted initials OCR read as digits (« MR. 0.1.7. (M) SON BHD »).
    if (letters < 3 || letters < visible * (LEGAL_FORM.test(line.upper) ? 0.45 : 0.6)) continue;
    // Titles are compared without OCR specks ("TAX INVOICE<<e").
    const words = line.upper
      .replace(/[^\p{L}\s]/gu, ' ')
      .replace(/(?:^|\s)\p{L}(?=\s|$)/gu, ' ')
      .trim();
    // When a name column was picked out of the row, the other columns are the logo's word or OCR specks: « SALON DE
    // THE   4   AN   LOT » is not an address because a speck read as « LOT ».
    // The registration number goes first: « YONG SOON FATT S/B (81497-P) » is not an address for its five digits.
    const identifying = normalizeLine(cleanNumericOcr(withoutRegistration(column)));
    if (WEEKDAY_ROW.test(identifying) || DESCRIBED_VALUE.test(identifying) || monthAndYearRow(identifying)) break;
    if (NOT_A_NAME.test(identifying) || isContactLine(identifying) || TITLE_ONLY.test(words)) {
      // Specks of a logo read as letters above the title (« Aou O41 » over « TAX INVOICE » / « DOMINO'S PIZZA ») are no
      // shop: only a name read as one makes the names below the customer's.
      if (INVOICE_TITLE.test(identifying) && scored.some((s) => s.line.confidence >= 0.7 && letterCount(s.name) >= 5)) billTo = true;
      continue;
    }
    if (/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(line.clean)) break; // the date line ends the header
    if (LEGAL_FORM_ONLY.test(line.upper) && scored.length && scored[scored.length - 1].line === header[i - 1]) {
      // "NANDO'S CHICKENLAND MALAYSIA" / "SDN BHD": the legal form completes the name above.
      const prev = scored[scored.length - 1];
      prev.name = `${prev.name} ${name}`;
      prev.score += 0.6;
      continue;
    }
    const next = header[i + 1];
    if (LEGAL_FORM_ONLY.test(line.upper) && next && !LEGAL_FORM_ONLY.test(next.upper)) {
      // « SARL » / « EL BARAKA DISTRIBUTION »: alone above the name, the legal form opens it (on its own it scored as
      // a short capitalised business word and won).
      legalForm = { name, index: i };
      continue;
    }
    // A Malaysian form read above its name (« N BHD » over « LIGHTROOM GALLERY SEF. »: OCR put the end of the name's
    // line first) goes after it, where it is printed; « SARL », « EURL » open the name.
    const formAfter = legalForm && /\b(?:BHD|S\/B)\b/.test(normalizeLine(legalForm.name));
    let full = legalForm?.index === i - 1 ? (formAfter ? `${name} ${legalForm.name}` : `${legalForm.name} ${name}`) : name;
    legalForm = null;
    if (next && LEGAL_FORM_ONLY.test(next.upper)) {
      full = `${name} ${cleanName(next.text)}`;
      i += 1;
    }
    // A name broken over lines, in capitals like its first half: « THE COFFEE BEAN » / « & TEA LEAF (M) SDN. BHD. ».
    for (let joined = 0; joined < 2 && continues(header[i], full, header[i + 1], latinReceipt); joined += 1) {
      const tail = header[i + 1];
      full = `${full} ${/^\W*&/.test(tail.text) || /&\W*$/.test(header[i].text) ? '& ' : ''}${cleanName(nameColumn(tail.text, latinReceipt))}`;
      i += 1;
    }
    const fullUpper = normalizeLine(full);
    const after = header[i + 1];
    let score = 1 - 0.15 * rank;
    const arabic = ARABIC.test(name);
    const upperRatio = arabic ? 1 : (name.match(/\p{Lu}/gu) ?? []).length / letters;
    // A business word in a capitalised name ("BOULANGERIE EL AMIR") marks it; in a sentence ("Société de
    // Distribution de l'Electricité") it describes the business under its name.
    if (BUSINESS_WORD.test(line.upper) || BUSINESS_WORD.test(full.toUpperCase())) score += upperRatio > 0.5 ? 0.6 : 0.15;
    if (upperRatio > 0.8) score += 0.2;
    else if (upperRatio < 0.2) score -= 0.3; // small lower-case print above the name is usually a slogan or owner
    if (arabic && latinReceipt) score -= 0.6;
    if (letters < 5) score -= 0.3;
    score += 0.3 * (line.confidence - 0.7);
    // The registered company (its legal form, its registration number beside or under it) is the name receipts are
    // filed under, rather than the brand or outlet printed above it (« FamilyMart » / « Haxincone Resources Sdn Bhd »).
    // Under « Owned by : » it is the owner, in small print below the shop's own name (« SANYU STATIONERY SHOP »).
    const owner = header.some((h) => h.index === line.index - 1 && OWNED_BY.test(h.upper));
    const namedAbove = after && REGISTRATION_LINE.test(after.upper) && (capitals(full) || LEGAL_FORM.test(fullUpper));
    if (LEGAL_FORM.test(fullUpper) && !owner) score += 0.5;
    if ((hasOwnRegistration(header[i].text) || namedAbove) && !owner) score += 0.4;
    if (descriptorOnly(fullUpper)) score -= 0.6;
    if (billTo) score -= 1;
    scored.push({ name: full, score, line });
    rank += 1;
  }
  if (!scored.length) return { merchant: null, evidence: 0, line: null };
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  return { merchant: best.name, evidence: clamp01(0.25 + 0.35 * best.score), line: best.line };
}
