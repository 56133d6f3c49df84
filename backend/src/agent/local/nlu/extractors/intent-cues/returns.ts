import { cueRegex, has } from '../cue-regex';

/**
 * Goods brought back by a customer (« un client m'a rendu 2 cafés », « الزبون رجعلي »), a purchase called off
 * and a refund by the owner: done on the sale itself, never guessed as a stock movement.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

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
