/** Languages the NLU reports: Darija in Arabic script counts as `ar`, Darija in Latin letters as `fr`. */
export type NluLang = 'fr' | 'ar' | 'en';

/** A product the shop sells, as the NLU needs it to resolve names typed in any language. */
export interface CatalogEntry {
  id: string;
  names: { fr: string; ar?: string; en?: string };
  /** Extra spellings: Darija, brand names, abbreviations. */
  aliases?: string[];
  category?: string;
}

export type ConversationIntentName = 'greeting' | 'thanks' | 'help' | 'getting_started' | 'out_of_scope' | 'cancel' | 'unsupported';

/** Why a request gets a plain "I can't do that yet" instead of a tool (see trust-rules.ts). */
export type NoticeReason =
  | 'supplier_order'
  /** What the shop owes its suppliers: the credit book only holds what customers owe. */
  | 'supplier_debt'
  | 'price_change'
  | 'past_period'
  | 'sale'
  | 'new_product'
  | 'customer_credit'
  /** A customer brought goods back: the sale's refund (the sales page) returns the money and the goods together. */
  | 'customer_return'
  /**
   * A customer's complaint told (« un client m'a dit que le pain était rassis »): no stock search, no feedback about Tajer
   * — thanked, with what the assistant can do about it.
   */
  | 'customer_complaint'
  /**
   * « Karim a pris 3 sucre, il a payé 200 et le reste à crédit »: a sale partly paid — asked, in two steps (the payment's
   * card would show his balance before the sale's is applied).
   */
  | 'partial_payment'
  /** A write command whose kind is unclear ("ajoute 1800 DA": an expense? the day's takings?): ask, never guess. */
  | 'unclear_write'
  /** « j'ai vendu 12 œufs » where the catalogue sells eggs by the tray of 30: 12 trays would be recorded — asked. */
  | 'pack_pieces'
  /** « 4 pain et 1 lait pour 150 »: the sale's total with no price per line — asked, never split by a guess. */
  | 'sale_total'
  /** « j'ai pris 5000 de la caisse »: money out of the till, neither takings nor an expense — said, nothing written. */
  | 'till_withdrawal'
  /** « j'ai retiré 5000 de la banque »: the shop's own money moved, no expense — said, nothing written. */
  | 'bank_withdrawal'
  /** « j'ai versé 5000 à la banque »: the shop's own money put in its account, no expense — said, nothing written. */
  | 'bank_deposit'
  /** « le sucre arrive demain, 10 sacs »: goods to come — nothing added to the stock before they arrive. */
  | 'delivery_to_come'
  /** « demain je paie le loyer 30000 », « Karim veut 3 sucre à crédit »: told for later — nothing written before it is done. */
  | 'to_come'
  | 'no_tool';

/** What the assistant should say instead of calling a tool: a cancellation, or a request no tool can do. */
export interface Notice {
  kind: 'cancel' | 'unsupported';
  reason?: NoticeReason;
  /** A cancellation that names a sale (« annule la dernière vente »): a recorded sale, undone from the sales page. */
  sale?: boolean;
  /** The product the request named, as the catalogue calls it, for the suggestions ("voir le stock de semoule"). */
  product?: string;
  /** The quantity or amount the request named, for the choices of an unclear write. */
  quantity?: number;
  amount?: number;
  /** The quantity was said beside the stock (« stock sucre 37 »): a count is offered first, then an arrival. */
  counted?: boolean;
  /** A sum read two ways (« 2 millions »: of centimes, 20,000 DA, or of dinars): each offered for `tool`. */
  readings?: number[];
  /** The customer a partly paid sale names (« Karim »), for the sentences the answer suggests. */
  customer?: string;
  /** The read tool the question resembled (a past period: the same figures to date are offered instead). */
  tool?: string;
  /** The request said more than its goods (a customer, a payment): no choice may repeat it without them. */
  terms?: boolean;
  /** An unclear sum told of another day than today: « yesterday » (its choices say so), or « other » (no choice of a sum). */
  day?: 'yesterday' | 'other';
}

export interface HistoryTurn {
  role: 'user' | 'assistant';
  text: string;
  intent?: string | null;
  args?: Record<string, unknown>;
  /** The outcome of that tool call: awaiting_approval, succeeded, failed, rejected (a write's fate matters to "annule"). */
  status?: string;
  /** The tool's own one-line summary of what it did or proposed. */
  summary?: string;
  /** A stock movement proposed from a count: its quantity is a difference, never a count to carry on. */
  stockCount?: boolean;
  /** The assistant's question for the write's sum (« Quel est le montant, en DA ? »): the next bare sum answers it. */
  askedAmount?: boolean;
}

export interface UnderstandInput {
  text: string;
  hasAttachment?: boolean;
  /** Id of the attached upload, copied into `attachmentId` for the image tools. */
  attachmentId?: string;
  history?: HistoryTurn[];
  catalog: CatalogEntry[];
  /** The shop's customers' names: a name the NLU's list of first names lacks is still a customer. */
  customers?: readonly string[];
  /** Reference time for relative dates ("hier", "البارح"); defaults to now. */
  now?: Date;
}

/** A string argument resolved to a catalogue entity, with its names in every language (for display and scoring). */
export interface Resolution {
  id: string;
  names: string[];
}

export interface IntentScore {
  intent: string;
  score: number;
}

export interface UnderstandResult {
  lang: NluLang;
  /** A tool name, a conversation intent, or null when nothing fits. */
  intent: string | null;
  args: Record<string, unknown>;
  /** Required arguments of the chosen tool that the message did not provide. */
  missing: string[];
  confidence: number;
  alternatives: IntentScore[];
  resolved: Record<string, Resolution>;
  /** Other catalogue products the product mention could mean (for a clarifying question). */
  candidates?: Resolution[];
  /** True when the intent was carried over from the previous turn (follow-up or correction). */
  followUp: boolean;
  /** Set with the `cancel` and `unsupported` intents: what to say instead of calling a tool. */
  notice?: Notice;
  /**
   * inventory_adjust only: the quantities are counts of the shelf (« j'ai compté 37 sucre »), not movements — the model
   * reads the stock on file and proposes the difference.
   */
  stockCount?: boolean;
  /**
   * customers_payment only: the customer paid all he owes (« Karim a tout payé », « خلص كامل الكريدي »), no sum said —
   * the model reads his balance and proposes that payment.
   */
  payAll?: boolean;
  /** Further calls of the same tool, each with its own arguments (one stock movement per product). */
  more?: Record<string, unknown>[];
  /**
   * Calls of other tools the same message asks for: the money paid for a delivery (« reçu 20 sucre et 10 huile, payé
   * 5000 ») is the purchase's expense, proposed beside the stock movements rather than lost.
   */
  also?: { intent: string; args: Record<string, unknown> }[];
  /**
   * Products named beside counted ones without a count of their own (a delivery's, a sale's: « 2 coca et pepsi ») —
   * asked, never dropped.
   */
  uncounted?: string[];
  /**
   * A follow-up that tells more goods sold after a sale (« and 3 more », « and 3 sprite too »): a sale of its own card,
   * never the correction of the one before, even of the same goods.
   */
  added?: boolean;
  /** « How many days will my coffee last? »: the stock read with its recent sales (`also`), answered as days of cover. */
  cover?: boolean;
  /**
   * Parts of the message, as typed, that tell another write than the one read (« la recette 20000 et j'ai payé
   * l'électricité 4500 »: the electricity): not recorded — the answer names them, to be sent on their own.
   */
  unrecorded?: string[];
  /**
   * « je n'ai pas payé l'électricité 4500 », « je paierai le loyer 30000 »: a bill with its sum, said unpaid — read, not
   * recorded; the answer says why before the bill's expenses on file (the owner told a figure that was not written).
   */
  unpaidBill?: boolean;
}
