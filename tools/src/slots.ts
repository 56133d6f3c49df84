import type { Channel, ExpenseCategory, PaymentMethod, Period, Tone } from '@tajer/contract';

/**
 * A tool's offline slot filling: how the offline model (no LLM) reads the tool's arguments from a message, written
 * next to the tool's examples. The hook only composes the shared extractors handed to it (a SlotReader, bound to the
 * message: numbers, dates, periods, products, customers… — implemented once by the host's NLU), so a tool needs no
 * parser of its own and this package no NLU dependency. Adding a tool touches its folder (and its UI card) only.
 */
export interface ToolSlots {
  /** The arguments a message gives the tool: only what the message says (a missing required one is asked for). */
  fill(x: SlotReader): FilledSlots;
  /** What a short follow-up carries on its own ("et le sucre ?", "et ce mois-ci ?", "pour Instagram"). */
  followUp?(x: SlotReader): Record<string, unknown>;
  /**
   * A few words that name the tool almost on their own in this domain ("concurrents", "تنبيه"), whatever the rest of
   * the sentence: light evidence the offline classifier adds to break ties. Kept short on purpose.
   */
  keywords?: readonly string[];
  /** A write's read: what answers a question about what the write changes ("et le café ?" after a stock movement). */
  readCounterpart?: string;
}

/** A catalogue product an argument resolved to: its id, and its names in every language. */
export interface SlotResolution {
  id: string;
  names: string[];
}

export interface FilledSlots {
  args: Record<string, unknown>;
  /** Arguments resolved to a catalogue product (for display and scoring). */
  resolved?: Record<string, SlotResolution>;
  /** Other products the mention could mean (for a clarifying question). */
  candidates?: SlotResolution[];
  /** More calls of the same tool the message asks for ("ajoute 10 sucre et 5 farine": one movement per product). */
  more?: Record<string, unknown>[];
}

/** A product the message names. */
export interface ProductSlot {
  /** For a write: the catalogue name when unambiguous, else the user's word. */
  value?: string;
  /** For a search: the concept word for a generic mention ("huile" lists every oil), else the name. */
  query?: string;
  resolution?: SlotResolution;
  candidates?: SlotResolution[];
}

export interface SaleLineSlot {
  product?: string;
  quantity?: number;
  unitPrice?: number;
  resolution?: SlotResolution;
  /**
   * On the last line: a total said after several lines (« 4 pain et 1 lait pour 150 », « ب 250 كامل »), the sale's, whose
   * split between the lines nobody said — never a price of the last line.
   */
  saleTotal?: number;
}

export type SlotPaymentMethod = PaymentMethod;

/** A list of cues per value, in order of precedence (folded like every cue: case, accents, Arabic letter variants). */
export type CueList<K extends string> = readonly (readonly [K, readonly string[]])[];

/** The shared extractors, bound to one message. Every method reads the whole message unless said otherwise. */
export interface SlotReader {
  readonly text: string;
  readonly lang: 'fr' | 'ar' | 'en';
  /** The image sent with the message, if any. */
  readonly attachmentId?: string;
  period(): Period | undefined;
  /** A day named ("hier", "le 3 mars") as YYYY-MM-DD, relative to the business clock. */
  date(): string | undefined;
  amount(): number | undefined;
  /** The sum a customer paid: with two sums said (what he owed, what he paid), the one after the paying verb. */
  paidAmount(): number | undefined;
  expenseCategory(): ExpenseCategory | undefined;
  marketCategory(): string | undefined;
  /** The product named, from the catalogue; else the message's leftover words, unless `residual` is false. */
  product(options?: { residual?: boolean }): ProductSlot;
  /** A stock movement's signed quantity: counted units, never a size inside a name ("Huile Elio 5L"). */
  signedQuantity(): number | undefined;
  /** +1 for goods coming in, -1 for goods going out. */
  stockDirection(): 1 | -1;
  isLowStockQuestion(): boolean;
  asksBestSellers(): boolean;
  /** « Le produit le moins vendu », « ce qui ne se vend pas », « السلعة الراكدة ». */
  asksSlowSellers(): boolean;
  /** « Quel jour je vends le plus ? », « heures de pointe »: the shop's busy days and hours. */
  asksBusyTimes(): boolean;
  /** A reason or description the user wrote beyond the command. */
  reason(): string | undefined;
  /** What a text or a report is about; `instructionWords` are more words that are never the topic. */
  topic(instructionWords?: readonly string[]): string | undefined;
  /** The message itself, its command words removed (feedback). */
  message(): string;
  /** A channel the message names. */
  channel(): Channel | undefined;
  /** The channel a kind of text implies ("une story" → instagram). */
  defaultChannel(): Channel | undefined;
  contentLanguage(): 'fr' | 'ar' | 'en' | 'darija' | undefined;
  tone(): Tone | undefined;
  feedbackCategory(): 'bug' | 'suggestion' | 'comment';
  /** The customer named ("à Ahmed", "Mme Nadia"), never a catalogue product. */
  customer(): string | undefined;
  /** The lines of a sale or of a delivery; with `skipCustomer`, the customer's name is no product. */
  saleLines(options?: { skipCustomer?: boolean }): SaleLineSlot[];
  paymentMethod(): SlotPaymentMethod | undefined;
  /** A new product's name as typed, price, cost, stock and barcode. */
  newProduct(): { name?: string; price?: number; cost?: number; stock?: number; barcode?: string };
  /** The value of the first cue list the message contains. */
  firstCue<K extends string>(cues: CueList<K>): K | undefined;
  /** The first cue the message contains, as the user wrote it. */
  mention(cues: readonly string[]): string | undefined;
  /** True when every word of `span` is one of `words` (or too short to mean anything). */
  onlyWords(span: string, words: readonly string[]): boolean;
}

/** The customer and the sum a message names (« Karim me doit 4500 », « Karim a payé 2000 »): the money owed's writes. */
export function customerAndAmount(x: SlotReader, amountOf: () => number | undefined = () => x.amount()): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  const customer = x.customer();
  if (customer) args.customer = customer;
  const amount = amountOf();
  if (amount !== undefined) args.amount = amount;
  return args;
}
