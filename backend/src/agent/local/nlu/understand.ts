import { TOOLS, type SlotReader } from '@tajer/tools';
import type { z } from 'zod';
import {
  asksLowStockGoods,
  asksWhatToReorder,
  hasPositiveStockCue,
  looksLikeCorrection,
  looksLikeFollowUp,
  PACKAGING_WORDS,
  countsPacks,
  reportsAppFault,
} from './extractors/cues';
import { cueRegex, foldForCues } from './extractors/cue-regex';
import { extractAmount, extractNumbers, moneySums, type NumberMention } from './extractors/numbers';
import { namedGoods } from './extractors/named-goods';
import { extractDate, extractPeriod, isoDay } from './extractors/period';
import { dayAtHour } from './extractors/hour';
import { uncountedSaleGoods } from './extractors/uncounted';
import { asksDaysOfCover } from './extractors/cover';
import { entryName, ProductMatcher, productKey, productVocabulary } from './extractors/product';
import { IntentClassifier, type Classification } from './intent-classifier';
import { EXPENSE_WORDS, keywordCuesOf } from './keyword-evidence';
import { extractExpenseCategory, namesBill } from './extractors/categories';
import { detectLanguage } from './language';
import { fold, foldOffsets, isArabicWord, stripArabicPrefix, tokenize } from './normalize';
import {
  fillSlots,
  followUpSlots,
  isBareFollowUp,
  isSizeInName,
  signedQuantity,
  slotReader,
  unknownGoods,
  type SlotContext,
  type SlotTool,
} from './slot-filler';
import { buildTrainingCorpus, type ExampleSource } from './training-corpus';
import {
  hasWriteEvidence,
  missingToolReason,
  readAct,
  saysZero,
  takesFromBankOnly,
  putsInBankOnly,
  goodsCameIn,
  someoneElsePaid,
  takesFromTillOnly,
  thirdPartyMoney,
  unsupportedAct,
  type Act,
} from './trust-rules';
import { startsWithWriteCommand } from './extractors/intent-cues/commands';
import { reportsCustomerComplaint, reportsEquipmentFault, asksHowToStart } from './extractors/intent-cues/conversation';
import { givesTime, partlyPaidOnCredit, promisesToPayOnly, unpaidKnownDebt } from './extractors/intent-cues/credit';
import { hasPaidThirdCue, paysEverything } from './extractors/intent-cues/payments';
import { namesProduct, namesReceipt, showsOrPointsAt } from './extractors/intent-cues/images';
import { asksBusyTimes, asksMargin, asksProfitOrLoss, asksStockValue, asksWhatSold } from './extractors/intent-cues/insights';
import { asksBestSellers, asksSlowSellers } from './extractors/intent-cues/sellers';
import { comparesPeriods } from './extractors/intent-cues/periods';
import { asksIfInStock } from './extractors/intent-cues/questions';
import { withoutGoodsToCome, withoutSupplierClauses } from './extractors/intent-cues/suppliers';
import { withoutDaysToCome } from './extractors/intent-cues/days-to-come';
import { countsDays, daysAgoSpans, namesSeveralDays, saysToday, takingsOfSeveralDays } from './extractors/past-day';
import {
  namesInvoice,
  namesTakings,
  putsInTill,
  putsInBank,
  paysBillFromTill,
  saysBillUnpaid,
  saysDaySumOnly,
  saysShopNotPaid,
  saysToCome,
} from './extractors/intent-cues/takings';
import { saysSomeoneBought, saysTaken } from './extractors/intent-cues/sales';
import { piecesOfPack } from './extractors/packs';
import { customerFirstNames, extractCustomer, namesAPrice, paysSum } from './extractors/sales';
import type { CatalogEntry, HistoryTurn, Notice, NoticeReason, UnderstandInput, UnderstandResult } from './types';
import { billOfItsClause, creditSumIsABill, takingsToCome } from './bill-clauses';
import { amountAsked, anotherCustomersSum, anotherPartsSum, anotherShopSum } from './neighbour-sums';
import { saysNotDone, unrecordedParts } from './unrecorded-parts';
import { givesMoneyBack, SHOP_MONEY_TOOLS, unsureWrite, type Unsure } from './write-guards';

/** What the NLU needs from a tool definition (a subset of @tajer/tools' ToolDefinition). */
export interface NluTool extends ExampleSource {
  kind: 'read' | 'write' | 'read-then-write';
  /** Writes that change the business's data wait for approval; feedback is a write that changes none of it. */
  requiresApproval?: boolean;
  schema: z.ZodObject;
  /** How the tool's arguments are read from a message (its folder's slots hook). */
  slots?: SlotTool['slots'];
}

export const CONVERSATION_INTENTS = ['greeting', 'thanks', 'help', 'getting_started', 'out_of_scope', 'cancel', 'unsupported'] as const;

/** The market, not the shop: "ce qui se vend le plus sur le marché" is market_trends. */
const MARKET = /\b(marche|market|secteur|wilaya|algerie|algeria)\b|السوق/u;

/** The app itself (a complaint about it is feedback to the team), and a removal asked (a complaint that asks a write). */
const ABOUT_THE_APP = /\b(?:sms|appli|application|app|tajer|تاجر|التطبيق)\b/u;
const ASKS_REMOVAL = /(?:retire|enleve|remove|take (?:it |them )?out|throw (?:it |them )?away|jette|na7i|nahi|نحي|نحيه|نحيها|نحيهم)/u;

/** "Pareil", "même chose", "same again": a write repeated on purpose (no new number needed). */
const REPEAT = /\b(pareil|meme chose|la meme|idem|same|again|kif kif|nafs)\b|نفس|كيف كيف/u;
const IMAGE_TOOLS = ['expenses_scan_receipt', 'inventory_analyze_image'] as const;
/** How much less likely an image tool is when no image came with the message. */
const NO_IMAGE_PRIOR = 0.5;

/** Leading greetings and trailing politeness that should not hide the request they wrap. */
const WRAPPERS =
  /^(bonjour|bonsoir|salut|salam|slm|coucou|hello|hi|hey|السلام عليكم|سلام|مرحبا|أهلا|اهلا|صباح الخير|مساء الخير|sba7 l?khir|wesh|wach rak)[\s,!.،:]+/iu;

interface CatalogContext {
  matcher: ProductMatcher;
  productWords: Set<string>;
}

interface ToolKinds {
  /** Tools with a `period`: it cannot express a past period ("hier", "le mois dernier"), figures are always to date. */
  period: ReadonlySet<string>;
  /** Writes with an `amount`: their correction "non, 47 000" changes the amount. */
  amount: ReadonlySet<string>;
  /** Tools with a `customer`: they answer about customers' credit; a credit question never gets another tool's figures. */
  credit: ReadonlySet<string>;
  /** The read that answers a question about what a write changes ("et le café ?" after a stock movement). */
  readCounterpart: ReadonlyMap<string, string>;
}

function toolKinds(tools: readonly NluTool[]): ToolKinds {
  const withArg = (arg: string, kind?: NluTool['kind']) =>
    new Set(tools.filter((t) => arg in (t.schema?.shape ?? {}) && (!kind || t.kind === kind)).map((t) => t.name));
  return {
    period: withArg('period'),
    amount: withArg('amount', 'write'),
    credit: withArg('customer'),
    readCounterpart: new Map(tools.flatMap((t) => (t.slots?.readCounterpart ? [[t.name, t.slots.readCounterpart] as const] : []))),
  };
}

function isTool(intent: string | null | undefined, tools: ReadonlyMap<string, NluTool>): intent is string {
  return !!intent && tools.has(intent);
}

/** « la facture … », « la note … »: French's article before a bill's own word, never Darija's « la » (no). */
const LA_ARTICLE =
  /^\s*la\s+(?:facture|note|quittance|location|livraison|reparation|consommation|taxe|cotisation|commande|connexion)(?![\p{L}])/u;

/** A sum and nothing else (« 4500 », « 4 500 DA », « 4500 دج »): the answer to « how much? ». */
const BARE_SUM = /^\s*(?:\d{1,3}(?:[ .\u00a0\u202f]\d{3}){1,2}|\d{1,9})\s*(?:da|dzd|dinars?|دج|دينار)?\s*[.!]?\s*$/u;

/** A customer's purchases asked about: « how much did Riad buy », « qu'a acheté Karim », « شحال شرا رياض ». */
const CUSTOMER_BOUGHT = /(?:^|[^\p{L}])(?:buy|bought|purchased|achete|achet[ée]s?|acheter|شرى|شرا|اشترى|chra)(?![\p{L}])/u;

/**
 * The offline model's understanding layer: trained once from the tools' examples, then answers each
 * message synchronously with the tool to call, its arguments, and what is still missing.
 */
export class Nlu {
  private readonly tools: ReadonlyMap<string, NluTool>;
  /** What the tools' own definitions say (their schemas and slots hooks), read once. */
  private readonly kinds: ToolKinds;
  private readonly catalogs = new WeakMap<readonly CatalogEntry[], CatalogContext>();
  private readonly customerNames = new WeakMap<readonly string[], ReadonlySet<string>>();
  /** Folded words of the examples that are not product words: the domain's ordinary vocabulary. */
  private readonly commonWords: Set<string>;

  private constructor(
    tools: readonly NluTool[],
    private readonly classifier: IntentClassifier,
    commonWords: Set<string>,
  ) {
    this.tools = new Map(tools.map((t) => [t.name, t]));
    this.kinds = toolKinds(tools);
    this.commonWords = commonWords;
  }

  /** Trains the classifier from the tools' examples (and the conversation intents). No file is written. */
  static async create(tools: readonly NluTool[] = TOOLS as unknown as readonly NluTool[]): Promise<Nlu> {
    const corpus = buildTrainingCorpus(tools);
    const conceptWords = productVocabulary([]);
    const classifier = IntentClassifier.train(corpus, conceptWords, keywordCuesOf(tools));
    const common = new Set<string>();
    for (const { text } of corpus) {
      for (const t of tokenize(foldForCues(text))) {
        const bare = isArabicWord(t.text) ? stripArabicPrefix(t.text, 2) : t.text;
        if (!conceptWords.has(t.text) && !conceptWords.has(bare) && !conceptWords.has(productKey(t.text))) common.add(t.text);
      }
    }
    // Verbs one letter away from a product's word, never goods (« qui a voulu payer » sold a « Café moulu »: the review).
    for (const word of ['voulu', 'voulue', 'voulus']) common.add(word);
    // « each » said after a price (« 60 chacun », « 20 l wahda »), never goods (a line « chacun », a product « wahda »).
    for (const word of ['chacun', 'chacune', 'each', 'wahda', 'wa7da', 'lwahda', 'وحدة', 'للواحدة']) common.add(word);
    return new Nlu(tools, classifier, common);
  }

  get trainingMs(): number {
    return this.classifier.trainingMs;
  }

  get intents(): readonly string[] {
    return this.classifier.intents;
  }

  /** The shop's customers' first names, folded once per list (the list is the model factory's cached one). */
  private namesOf(customers: readonly string[] | undefined): ReadonlySet<string> | undefined {
    if (!customers?.length) return undefined;
    let names = this.customerNames.get(customers);
    if (!names) this.customerNames.set(customers, (names = customerFirstNames(customers)));
    return names;
  }

  private catalogContext(catalog: readonly CatalogEntry[]): CatalogContext {
    let ctx = this.catalogs.get(catalog);
    if (!ctx) {
      const productWords = productVocabulary([]);
      // Only the head word of each catalogue name stands for "a product" in the classifier's eyes.
      for (const e of catalog) {
        const heads: (string | undefined)[] = [e.names.fr, e.names.ar]
          .filter((n): n is string => !!n)
          .map((n) => tokenize(foldForCues(n))[0]?.text);
        if (e.names.en)
          heads.push(
            tokenize(foldForCues(e.names.en))
              .filter((t) => !/^\d/.test(t.text))
              .at(-1)?.text,
          );
        for (const h of heads)
          if (h && h.length > 2 && !this.commonWords.has(h)) productWords.add(isArabicWord(h) ? stripArabicPrefix(h, 2) : h);
      }
      ctx = { matcher: new ProductMatcher(catalog, this.commonWords), productWords };
      this.catalogs.set(catalog, ctx);
    }
    return ctx;
  }

  private classify(text: string, lang: UnderstandResult['lang'], productWords: Set<string>): Classification {
    const whole = this.classifier.classify(text, lang, productWords);
    const unwrapped = text.replace(WRAPPERS, '').trim();
    // "Bonjour, quel est mon stock ?" is a stock question: what follows the greeting decides, when it
    // is clearly a request ("Salut, ça va ?" stays a greeting).
    if (unwrapped !== text.trim() && tokenize(fold(unwrapped)).length >= 2) {
      const inner = this.classifier.classify(unwrapped, lang, productWords);
      if (this.tools.has(inner.intent) && inner.score >= 0.5) return inner;
    }
    return whole;
  }

  private requiredArgs(tool: string): string[] {
    const shape = this.tools.get(tool)?.schema.shape ?? {};
    return Object.keys(shape).filter((k) => !(shape[k] as z.ZodType).safeParse(undefined).success);
  }

  understand(input: UnderstandInput): UnderstandResult {
    const answer = this.answerToAmountAsked(input);
    if (answer) return answer;
    const whole = this.readOne(input);
    // « dakhalt 20000 w khallast dhaw 4500 » read as a 20,000 bill: a sum another part of the message says is asked
    // (neighbour-sums.ts).
    const slotsOf = (text: string): SlotReader => slotReader(this.slotContext({ ...input, text }));
    // The guards below read the same parts alone (each a whole reading): each part is read once per message.
    const parts = new Map<string, UnderstandResult>();
    const readOne = (part: UnderstandInput) => {
      let read = parts.get(part.text);
      if (!read) parts.set(part.text, (read = this.readOne(part)));
      return read;
    };
    // « vendu 3 lait, demain 10 sucre arrive »: goods to come told beside a write, whose figures went into it (10 sugar
    // sold) — the write stands only when the message without them reads the same (« ajoute 10 sucre, 5 arrivent demain »).
    // Every clause to come (« بعت 3 زيت والمورد راح يجيبلي 10 سكر », one clause): the write took its figures — asked.
    const rest = withoutGoodsToCome(input.text);
    if (
      rest !== undefined &&
      whole.intent &&
      this.isWriteTool(whole.intent) &&
      (!rest || !sameWrite(whole, readOne({ ...input, text: rest })))
    )
      return this.figuresAsked(input);
    const besideSupplier = whole.intent === 'sales_record' ? withoutSupplierClauses(input.text) : undefined;
    if (besideSupplier && !sameWrite(whole, readOne({ ...input, text: besideSupplier }))) return this.figuresAsked(input);
    // « samedi j'ai vendu 3 sucre et dimanche 2 lait »: two days, one card dated the first — asked.
    if (whole.intent && this.isWriteTool(whole.intent) && !whole.missing.length && namesSeveralDays(input.text, input.now ?? new Date()))
      return this.figuresAsked(input);
    // « demain je paie le loyer 30000 », « Karim veut 3 sucre à crédit »: a figure to come, written as done today — the
    // same rule: the write stands only when the message without those clauses reads the same. A debt is owed now, whenever
    // it is to be paid (« Karim va payer 500 demain, ajoute-les »), and a figure already asked is proposed after its answer.
    const done = withoutDaysToCome(input.text);
    if (
      done !== undefined &&
      whole.intent &&
      this.isWriteTool(whole.intent) &&
      whole.intent !== 'customers_credit_add' &&
      !whole.missing.length &&
      (!done || !sameWrite(whole, readOne({ ...input, text: done })))
    )
      // Said « for later » only when all of it is; part done is asked (« j'ai vendu 3 sucre, karim veut 2 lait »).
      return this.figuresAsked(input, done ? 'unclear_write' : 'to_come');
    const read =
      anotherCustomersSum(whole, input, slotsOf) ??
      anotherShopSum(whole, input, readOne) ??
      anotherPartsSum(whole, input, readOne) ??
      // « Karim n'a pas payé, c'est l'électricité 4500 »: the sum's clause names a bill, not him (a credit of 4,500 was
      // proposed) — asked, as another part's sum is.
      (creditSumIsABill(whole, input.text) ? amountAsked(whole) : whole);
    // « la recette 20000 et j'ai payé l'électricité 4500 »: the bill was not said to be left out — now it is named.
    const unrecorded = unrecordedParts(read, input, readOne);
    const said = unrecorded.length ? { ...read, unrecorded } : read;
    return saysBillUnpaidWithSum(said, input.text) ? { ...said, unpaidBill: true } : said;
  }

  /** « De quoi s'agit-il ? »: nothing proposed, the message's figures offered back. */
  private figuresAsked(input: UnderstandInput, reason: NoticeReason = 'unclear_write'): UnderstandResult {
    const slotCtx = this.slotContext(input);
    const cls = this.classify(slotCtx.text, slotCtx.lang, this.catalogContext(input.catalog).productWords);
    return this.noticeResult({ kind: 'unsupported', reason, ...this.figures(slotCtx.text, slotCtx) }, slotCtx.lang, cls, input);
  }

  /**
   * « Quel est le montant, en DA ? » answered « 4500 »: the message that was asked about, read again with the sum given.
   * The offline model asks the same way every time, so the question is the previous message's own reading — which still
   * lacks only its amount. Anything but a bare sum, or another question before it, is read as a message of its own (a
   * bare « 4500 » read nothing, or corrected an older card).
   */
  private answerToAmountAsked(input: UnderstandInput): UnderstandResult | undefined {
    const history = input.history ?? [];
    const [asked, question] = history.slice(-2);
    if (asked?.role !== 'user' || !question?.askedAmount || input.hasAttachment) return undefined;
    // One whole sum of dinars (not « 500 1000 », « 12.12 », « 3, 4500 », a count of 5), for a message that told a thing
    // done (not asked, deleted, corrected, denied, promised or told by someone: « supprime la recette » then « 20000 »),
    // never the foreign sum it said echoed. The question names the write whose sum it asks (« le montant de la dépense »),
    // so a message of two figures is answered too (« dakhalt 20000 … w khallast dhaw 4500 », then « 4500 »).
    const said = extractNumbers(input.text).filter((n) => !n.weak);
    if (!BARE_SUM.test(foldForCues(input.text)) || said.length !== 1 || !Number.isInteger(said[0].value) || said[0].value < 10)
      return undefined;
    const before = extractNumbers(asked.text);
    if (before.some((n) => n.foreign && n.value === said[0].value) || saysNotDone(asked.text)) return undefined;
    const sum = said[0].value;
    const earlier = this.understand({ ...input, text: asked.text, history: history.slice(0, -2) });
    if (!isTool(earlier.intent, this.tools) || !this.isWriteTool(earlier.intent) || earlier.missing.join() !== 'amount') return undefined;
    const { unrecorded: _named, ...read } = earlier;
    // A card of its own: as a follow-up, it would replace an older card still waiting (the model's correction rule).
    return { ...read, args: { ...read.args, amount: sum }, missing: [], followUp: false };
  }

  /** What the slot readers need of a message: its text and language, with the shop's catalogue and customers. */
  private slotContext(input: UnderstandInput): SlotContext {
    const text = input.text.trim();
    return {
      text,
      lang: detectLanguage(text),
      matcher: this.catalogContext(input.catalog).matcher,
      commonWords: this.commonWords,
      knownNames: this.namesOf(input.customers),
      now: input.now ?? new Date(),
      attachmentId: input.attachmentId,
    };
  }

  /** One reading of the whole message. */
  private readOne(input: UnderstandInput): UnderstandResult {
    const slotCtx = this.slotContext(input);
    const { text, lang, knownNames } = slotCtx;
    const cls = this.classify(text, lang, this.catalogContext(input.catalog).productWords);
    // « De quoi s'agit-il ? »: nothing proposed, the message's figures offered back (the guards below).
    // The figures offered back; a sum out of the till as money (« sortie caisse 2000 pour le pain »: no 2,000 bread), a
    // figure beside the stock with its count first.
    const whatIsIt = (unsure: Unsure = true, tool?: string) => {
      const { quantity, ...figures } = this.figures(text, slotCtx);
      // « recette 2 millions »: 20,000 DA (centimes, as said aloud) or 2,000,000 — both offered, for the tool read.
      const sum = figures.amount ?? quantity;
      if (unsure === 'million' && sum !== undefined)
        return this.noticeResult({ kind: 'unsupported', reason: 'unclear_write', readings: [sum / 100, sum], tool }, lang, cls, input);
      const offered =
        unsure === 'money' && quantity !== undefined && figures.amount === undefined
          ? { amount: quantity }
          : { ...figures, ...(quantity !== undefined ? { quantity } : {}), ...(unsure === 'count' ? { counted: true } : {}) };
      return this.noticeResult({ kind: 'unsupported', reason: 'unclear_write', ...offered }, lang, cls, input);
    };

    let intent: string = cls.intent;
    let confidence = cls.score;

    // Without an image, the image tools need much stronger evidence ("scanne ce reçu" still gets there,
    // "c'est quoi ce total ?" does not).
    if (!input.hasAttachment && IMAGE_TOOLS.includes(intent as (typeof IMAGE_TOOLS)[number])) {
      const next = cls.alternatives.find((a) => !IMAGE_TOOLS.includes(a.intent as (typeof IMAGE_TOOLS)[number]));
      if (next && cls.score * NO_IMAGE_PRIOR < next.score) {
        intent = next.intent;
        confidence = next.score;
      } else if (!showsOrPointsAt(text)) {
        // Nothing shown and nothing pointed at (« j'ai fermé à 22h » asked for a photo): not the image tools'.
        intent = next && next.score >= 0.5 ? next.intent : 'out_of_scope';
        confidence = next?.score ?? confidence;
      }
    }

    // Words the network has never seen and no confident intent: not a shop question.
    if (cls.known < 0.34 && cls.score < 0.6 && !input.hasAttachment) {
      intent = 'out_of_scope';
    }

    if (input.hasAttachment) intent = this.imageIntent(text, cls);

    const act = this.act(text, input.catalog, lang, input.now, knownNames);
    if (!input.hasAttachment) {
      // "Annule, je me suis trompé" is about the last change: answered plainly, never a tool named after its words; a
      // sale named (« supprime la dernière vente ») is the one recorded, never a stock movement of « dernière ».
      if (act.saleUndo) return this.noticeResult({ kind: 'cancel', sale: true }, lang, cls, input);
      if (act.customerReturn)
        return this.noticeResult({ kind: 'unsupported', reason: 'customer_return', ...this.figures(text, slotCtx) }, lang, cls, input);
      if (act.cancel && !act.hasNumber && !act.readOnly) return this.noticeResult({ kind: 'cancel' }, lang, cls, input);
      // « j'ai pris 5000 de la caisse »: no takings and no expense — said so, with where the day's figures are.
      if (takesFromTillOnly(text, act) && !act.readOnly) {
        const amount = extractAmount(text);
        return this.noticeResult({ kind: 'unsupported', reason: 'till_withdrawal', ...(amount ? { amount } : {}) }, lang, cls, input);
      }
      if (takesFromBankOnly(text, act) && !act.readOnly) {
        const amount = extractAmount(text);
        return this.noticeResult({ kind: 'unsupported', reason: 'bank_withdrawal', ...(amount ? { amount } : {}) }, lang, cls, input);
      }
      if (putsInBankOnly(text, act) && !act.readOnly) {
        const amount = extractAmount(text);
        return this.noticeResult({ kind: 'unsupported', reason: 'bank_deposit', ...(amount ? { amount } : {}) }, lang, cls, input);
      }
      // « le plombier a pris 2000 », « mon voisin a payé 500 »: someone's money, neither the takings nor the shop's expense.
      // A bill one of them paid (« ma femme a payé le loyer 30000 ») is the shop's expense, as before (the third review).
      if (thirdPartyMoney(text) && (act.hasMoney || act.oneSum) && !act.productNamed && !act.readOnly && !paidABill(text, act))
        return whatIsIt();
      // Money put in the bank beside anything else (« j'ai mis 5000 à la banque et 3000 dans la caisse » became takings of
      // 5,000: the reviewer): which sum is what, is asked — the takings named beside it are still read (« recette 20000 et
      // j'ai versé 15000 à la banque »).
      if (putsInBank(text) && !act.readOnly && !namesTakings(text)) return whatIsIt();
      // « un client m'a dit que le pain était rassis »: a customer's complaint, no stock search — thanked, with what can be
      // done (a count in it is a write told, read as before).
      // « Karim a pris 3 sucre, il a payé 200 et le reste à crédit »: the rest became a product (« rest » ×200) or the lines
      // were lost. Two steps asked, never two cards at once: see the notice's reply.
      const partly = act.sale || (act.customer && act.productNamed) ? partlyPaidOnCredit(text) : undefined;
      if (partly) {
        const customer = slotReader(slotCtx).customer();
        const notice: Notice = { kind: 'unsupported', reason: 'partial_payment', ...(partly.paid ? { amount: partly.paid } : {}) };
        return this.noticeResult({ ...notice, ...(customer ? { customer } : {}) }, lang, cls, input);
      }
      // « la recette sera 20000 », « المدخول غدوة 25000 »: takings hoped for, said before their sum — declared, they replaced
      // the day's figure; after a card, they corrected it (the review). Asked, whatever came before.
      if (act.takings && act.hasNumber && takingsToCome(text)) return whatIsIt();
      // « Karim a acheté pour 2000 » set the whole day's takings at 2,000 (a day declared again replaces its figure): a named
      // customer's purchase with money and no goods is asked — part paid (« … et a payé 1500 ») says how to record it in
      // two steps; never the day's takings.
      if (
        (act.sale || saysSomeoneBought(text)) &&
        act.customer &&
        !act.productNamed &&
        act.hasMoney &&
        !act.owed &&
        !act.takings &&
        !unknownGoods(slotCtx)
      ) {
        const customer = slotReader(slotCtx).customer();
        const paid = paidPartOfPurchase(text);
        const notice: Notice = paid
          ? { kind: 'unsupported', reason: 'partial_payment', amount: paid }
          : { kind: 'unsupported', reason: 'unclear_write', ...this.figures(text, slotCtx) };
        return this.noticeResult({ ...notice, ...(customer ? { customer } : {}) }, lang, cls, input);
      }
      // Not one about the app (« réclamation : les clients ne reçoivent pas les SMS » is feedback), nor one with a write
      // asked (« …le lait est périmé, retire-le ») or a customer's account named (« …, Karim me doit encore »).
      if (
        reportsCustomerComplaint(text) &&
        !act.hasNumber &&
        !act.customer &&
        !act.owed &&
        !reportsAppFault(text) &&
        !ABOUT_THE_APP.test(foldForCues(text)) &&
        !ASKS_REMOVAL.test(foldForCues(text))
      )
        return this.noticeResult({ kind: 'unsupported', reason: 'customer_complaint' }, lang, cls, input);

      const cover = asksDaysOfCover(text) && act.productNamed ? this.daysOfCover(slotCtx) : undefined;
      if (cover) return { ...this.finish({ lang, ...cover, confidence, cls, followUp: false, input }), also: cover.also, cover: true };

      // « la balance est en panne », « الثلاجة خاسرة »: the shop's equipment, no goods and no money — no tool's.
      if (reportsEquipmentFault(text) && !act.productNamed && !act.hasNumber && !act.customer)
        return this.finish({ lang, intent: 'out_of_scope', args: {}, confidence, cls, followUp: false, input, resolved: {} });
      // « comment j'importe mon catalogue ? », « how do I add my products? » (a new shop's first question) read the
      // expenses or the insights: how to start, with where the catalogue is imported.
      if (asksHowToStart(text) && !act.hasNumber && !act.productNamed)
        return this.finish({ lang, intent: 'getting_started', args: {}, confidence, cls, followUp: false, input, resolved: {} });

      const previous = lastToolTurn(input.history, this.tools);
      // « et le lait : 20 » after a count carried the sign of its difference (−20 milk): read on its own.
      // « et 4500 », « + 4500 », « moins 4500 », « zid 2 » after a write's card: a figure added to it or taken off — the card's
      // figure replaced by it (the takings became 4,500, the sale 2 sugar: the twenty-second review) was never meant; asked.
      // « and 3 more » after a sale is more sold (moreOfTheSame, in carryOver), a sale of its own.
      // Not a figure in thousands (« 1500 de plus », « 2000 more » sold 1,500 sugar: the second review).
      const moreSold =
        previous?.intent === 'sales_record' &&
        !moneyAfterGoods(text, act) &&
        !!moreOfTheSame(previous.args ?? {}, slotCtx, tokenize(foldForCues(text)).length);
      if (previous && this.isWriteTool(previous.intent!) && addsOrTakes(text) && !moreSold) {
        // A money card's figure is a sum: named as one (it was offered back as a quantity: the review).
        const sum = this.kinds.amount.has(previous.intent!) ? extractAmount(text) : undefined;
        const figures = sum !== undefined ? { amount: sum } : this.figures(text, slotCtx);
        return this.noticeResult({ kind: 'unsupported', reason: 'unclear_write', ...figures }, lang, cls, input);
      }
      // « payé 500 », « à 150 », « 25000 », « il a payé 500 » after a sale's or a delivery's card: money, but whose — the
      // customer's payment or the owner's? Read alone it was an expense (money out for money in: the review); asked.
      // The owner's own « j'ai payé 4500 », « khallast 4500 » is still an expense of its own card.
      if (previous && GOODS_CARDS.has(previous.intent!) && moneyAfterGoods(text, act)) {
        const sum = extractAmount(text);
        return this.noticeResult(
          { kind: 'unsupported', reason: 'unclear_write', ...(sum !== undefined ? { amount: sum } : this.figures(text, slotCtx)) },
          lang,
          cls,
          input,
        );
      }
      if (previous && !previous.stockCount) {
        const carried = this.carryOver(previous, cls, slotCtx, act);
        if (carried === 'unclear') return whatIsIt();
        if (carried) {
          const read = this.finish({
            lang,
            intent: carried.intent,
            args: carried.args,
            confidence: Math.max(confidence, 0.5),
            cls,
            followUp: true,
            input,
            resolved: {},
          });
          // More goods sold are a sale of their own, never the correction of the card before.
          return carried.fresh ? { ...read, added: true } : read;
        }
      }

      const chosen = this.choose(intent, cls, act, text, slotCtx);
      if ('notice' in chosen) return this.noticeResult(chosen.notice, lang, cls, input);
      if (chosen.intent !== intent) confidence = cls.ranked.find((r) => r.intent === chosen.intent)?.score ?? confidence;
      intent = chosen.intent;
    }

    if (!isTool(intent, this.tools)) {
      return this.finish({ lang, intent, args: {}, confidence, cls, followUp: false, input, resolved: {} });
    }
    const slots = fillSlots(this.tools.get(intent), slotCtx);
    // « hier à 19h »: the day said keeps its hour (it was midday), as the sales module takes a date-time.
    if (intent === 'sales_record' && typeof slots.args.soldAt === 'string')
      slots.args = { ...slots.args, soldAt: dayAtHour(slots.args.soldAt, text, slotCtx.now) };
    const pieces =
      intent === 'sales_record' || intent === 'inventory_adjust'
        ? piecesOfPack(intent === 'sales_record' ? ((slots.args.lines as { product?: unknown }[] | undefined) ?? []) : [slots.args], text)
        : undefined;
    if (pieces) {
      const notice: Notice = {
        kind: 'unsupported',
        reason: 'pack_pieces',
        product: pieces.product,
        quantity: Math.abs(pieces.quantity),
        tool: intent,
        ...(slots.args.customer || slots.args.paymentMethod ? { terms: true } : {}),
      };
      return this.noticeResult(notice, lang, cls, input);
    }
    if (intent === 'sales_record') {
      const saleTotal = slotReader(slotCtx)
        .saleLines({ skipCustomer: true })
        .find((l) => l.saleTotal)?.saleTotal;
      if (saleTotal)
        return this.noticeResult({ kind: 'unsupported', reason: 'sale_total', amount: saleTotal, tool: intent }, lang, cls, input);
    }
    const read = this.finish({
      lang,
      intent,
      args: slots.args,
      confidence,
      cls,
      followUp: false,
      input,
      resolved: slots.resolved,
      candidates: slots.candidates,
    });
    // « électricité 4500 et loyer 30000 », « je n'ai pas payé l'électricité, j'ai payé le loyer 30000 »: the bill's sum
    // and category are the clause's that says them (bill-clauses.ts); a bill said unpaid with no other told paid is asked.
    const paired = billOfItsClause(read, text);
    const unsure = paired === 'unclear' || unsureWrite({ intent, args: read.args, ctx: slotCtx, act, more: slots.more, paired: !!paired });
    if (unsure) return whatIsIt(unsure, intent);
    const result = paired ? { ...read, args: paired.args } : read;
    // A count's quantities are the shelf's, not a movement: the model reads the stock on file before proposing one.
    if (intent === 'inventory_adjust' && act.stockCount) {
      // A count of zero is no movement the slots read (they skip 0): the shelf is empty — only when a 0 is said (a count
      // an extractor dropped became « empty », and the card removed the whole stock).
      const zero = result.args.quantity === undefined && saysZero(text);
      const args = zero ? { ...result.args, quantity: 0 } : result.args;
      const missing = zero ? result.missing.filter((m) => m !== 'quantity') : result.missing;
      return { ...result, args, missing, stockCount: true, ...(slots.more?.length ? { more: slots.more } : {}) };
    }
    // Goods put on a customer's account are sold on credit, whatever words said it (« sur le compte de Karim »).
    if (intent === 'sales_record' && act.goodsOnAccount && !result.args.paymentMethod)
      return { ...result, args: { ...result.args, paymentMethod: 'credit' } };
    // « Karim paid everything he owes »: no sum to ask, his balance is the sum — read first by the model.
    if (intent === 'customers_payment' && result.args.customer && result.missing.includes('amount') && paysEverything(text))
      return { ...result, missing: result.missing.filter((m) => m !== 'amount'), payAll: true };
    const uncounted =
      intent === 'inventory_adjust' && !result.missing.length
        ? uncountedGoods(slotCtx, [result.args, ...(slots.more ?? [])])
        : intent === 'sales_record' && !result.missing.length
          ? uncountedSaleGoods(slotCtx, (result.args.lines as { product?: unknown }[] | undefined) ?? [])
          : [];
    const countOf =
      intent === 'inventory_adjust' && uncounted.length && !slots.more?.length
        ? countAfterOther(slotCtx, result.args, uncounted)
        : undefined;
    if (countOf)
      return this.noticeResult(
        { kind: 'unsupported', reason: 'unclear_write', quantity: Math.abs(result.args.quantity as number), product: countOf },
        lang,
        cls,
        input,
      );
    const withMore = {
      ...result,
      ...(slots.more?.length ? { more: slots.more } : {}),
      ...(uncounted.length ? { uncounted } : {}),
    };
    const paid = intent === 'inventory_adjust' && !result.missing.length ? this.deliveryPaid(text, withMore) : undefined;
    if (paid) return { ...withMore, also: [paid] };
    const received = intent === 'expenses_add' && !result.missing.length ? this.goodsReceived(slotCtx, result.args) : [];
    if (!received.length) return withMore;
    // The expense's description names the goods, as the stock-first reading's does (it was « payé 5000 DA »).
    const goods = received.map((r) => r.args.product).filter((p): p is string => typeof p === 'string');
    return { ...withMore, args: { ...withMore.args, description: goods.join(', ') }, also: received };
  }

  /**
   * Goods received with the money paid for them (« j'ai reçu 20 sucre et 10 huile, payé 5000 DA »): read as the
   * purchase's expense, the goods were lost. Each catalogue product counted that came in is its stock movement, beside the
   * expense's card.
   */
  private goodsReceived(ctx: SlotContext, expense: Record<string, unknown>): { intent: string; args: Record<string, unknown> }[] {
    if (!this.tools.has('inventory_adjust') || !hasPositiveStockCue(ctx.text) || BOUGHT_ONLY.test(foldForCues(ctx.text))) return [];
    const slots = fillSlots(this.tools.get('inventory_adjust'), ctx);
    const moves = [slots.args, ...(slots.more ?? [])];
    const counted = moves.every(
      (m) => typeof m.product === 'string' && typeof m.quantity === 'number' && m.quantity > 0 && m.quantity !== expense.amount,
    );
    // Catalogue goods only: a word the catalogue does not know beside the money is no delivery.
    if (!counted || !slots.resolved.product) return [];
    return moves.map((args) => ({ intent: 'inventory_adjust', args }));
  }

  /**
   * The money paid for goods received (« received 48 Ifri, 24 Selecto, paid 3500 »): the purchase's expense, as
   * « I bought 10 sugar for 3000 » proposes it (goods bought for resale, `marchandises`), on a card of its own beside the
   * movements — the owner approves or refuses it alone. Only for goods coming in, and only an amount that counts none
   * of them (« reçu 2000 sachets de lait » is no money).
   */
  private deliveryPaid(text: string, result: UnderstandResult): { intent: string; args: Record<string, unknown> } | undefined {
    if (!this.tools.has('expenses_add')) return undefined;
    const amount = extractAmount(text);
    if (amount === undefined || amount <= 0) return undefined;
    // Money said as paid (« paid 3500 », « خلصت 5000 ») or with its currency: a pack's size (« 3 cartons de 24 coca ») or
    // a unit price (« reçu 20 sucre à 90 ») is no payment the owner told.
    if (!PAID_WORD.test(foldForCues(text)) && !extractNumbers(text).some((n) => n.currency && n.value === amount)) return undefined;
    const moves = [result.args, ...(result.more ?? [])];
    const quantities = moves.map((m) => (typeof m.quantity === 'number' ? m.quantity : 0));
    if (quantities.some((q) => q <= 0 || q === amount)) return undefined;
    const goods = moves.map((m) => m.product).filter((p): p is string => typeof p === 'string');
    return {
      intent: 'expenses_add',
      args: { amount, category: 'marchandises', ...(goods.length ? { description: goods.join(', ') } : {}) },
    };
  }

  /**
   * « How many days will my coffee last? »: the product's stock (inventory_search) and its sales from the start of last
   * month to now (dashboard_insights' one-product line, for last month and this month to date — the periods the contract
   * gives), read together; the answer divides them. No new tool argument: the tools' own results are the figures.
   */
  private daysOfCover(ctx: SlotContext):
    | {
        intent: string;
        args: Record<string, unknown>;
        resolved: UnderstandResult['resolved'];
        candidates?: UnderstandResult['candidates'];
        also: NonNullable<UnderstandResult['also']>;
      }
    | undefined {
    if (!this.tools.has('inventory_search') || !this.tools.has('dashboard_insights')) return undefined;
    const slots = fillSlots(this.tools.get('inventory_search'), ctx);
    // The catalogue's own name: « coffee » alone would list every coffee, and the sales line would ask which.
    const product = slots.resolved.query?.names[0];
    // « my oil » of two oils: which one is asked (`candidates`, no read) — the month's sales were answered instead.
    if (!product && slots.candidates && slots.candidates.length > 1 && typeof slots.args.query === 'string')
      return { intent: 'inventory_search', args: { query: slots.args.query }, resolved: {}, candidates: slots.candidates, also: [] };
    if (!product) return undefined;
    const sales = (period: string) => ({ intent: 'dashboard_insights', args: { focus: 'best_sellers', product, period } });
    return { intent: 'inventory_search', args: { query: product }, resolved: slots.resolved, also: [sales('last_month'), sales('month')] };
  }

  /** A tool that changes the shop's data (stock, expenses, sales…); feedback to the team is not one. */
  /** What kind of act the message is (trust-rules.ts), with what the catalogue and the names say about it. */
  act(
    text: string,
    catalog: readonly CatalogEntry[],
    lang = detectLanguage(text),
    now = new Date(),
    knownNames?: ReadonlySet<string>,
  ): Act {
    const { matcher } = this.catalogContext(catalog);
    // Offsets are in the folded text (the matcher's); the category reader folds again, which changes nothing.
    const folded = foldForCues(text);
    const customer = extractCustomer(text, matcher, lang, this.commonWords, knownNames);
    // A product word inside the customer's name is no product named: « Nour Eddine paid 500 » was an unclear write about
    // the dates Deglet Nour.
    const found = matcher.find(text, lang);
    const inName = !!customer && !!found && found.extent.start >= customer.start && found.extent.end <= customer.end;
    const named = inName
      ? matcher.find(folded.slice(0, customer.start) + ' '.repeat(customer.end - customer.start) + folded.slice(customer.end), lang)
      : found;
    // « facture d'eau 2000 à régler », « water bill »: the bill's kind, no product (the mineral water lifted the unpaid
    // bill's rule: an expense was proposed — the twenty-second review).
    const billsKind =
      !!named &&
      BILL_KIND.test(folded.slice(named.extent.start, named.extent.end)) &&
      !countsPacks(folded) &&
      (BILL_OF.test(folded.slice(0, named.extent.start)) || BILL_AFTER.test(folded.slice(named.extent.end)));
    const product = billsKind ? undefined : named;
    return readAct(text, this.commonWords, {
      customerNamed: !!customer,
      productNamed: !!product,
      besideProduct: product ? `${folded.slice(0, product.extent.start)} ${folded.slice(product.extent.end)}` : undefined,
      productAt: product?.extent.start,
      now,
    });
  }

  /**
   * The customer or goods a follow-up names are on the card it follows (« non, Karim 25000 » after « salaire de Karim
   * 20000 », « sucre 3500 » after a sugar purchase): the card's own words, still its correction.
   */
  private namedOnCard(prevArgs: Record<string, unknown>, ctx: SlotContext, act: Act): boolean {
    const card = foldForCues(
      Object.values(prevArgs)
        .filter((v): v is string => typeof v === 'string')
        .join(' '),
    );
    // A debt, a sale or a payment told (« Karim doit 500 »), or goods counted (« sucre 5 », « 10 sucre »): no sum of the card.
    if (!card || act.owed || act.sale || act.customerPaid || OWES.test(foldForCues(ctx.text))) return false;
    if (extractNumbers(ctx.text).some((n) => !n.weak && !n.currency && n.value < 100)) return false;
    const customer = slotReader(ctx).customer();
    if (customer && card.includes(foldForCues(customer).split(/\s+/u)[0])) return true;
    const product = ctx.matcher.find(ctx.text, ctx.lang);
    const word = product ? foldForCues(ctx.text).slice(product.extent.start, product.extent.end).trim() : '';
    return !!word && card.includes(word);
  }

  /** A tool that changes the shop's data (stock, expenses, sales…); feedback to the team is not one. */
  isWriteTool(tool: string): boolean {
    const t = this.tools.get(tool);
    return t?.kind === 'write' && t.requiresApproval !== false;
  }

  /** A tool the message's words allow: no write for a question, and each write only with its own evidence. */
  private allows(tool: string, act: Act, text: string): boolean {
    if (!isTool(tool, this.tools)) return true;
    if (act.readOnly && this.isWriteTool(tool)) return false;
    if (act.owed && !act.sale && !act.customerPaid && !this.kinds.credit.has(tool)) return false;
    return hasWriteEvidence(tool, text, act);
  }

  /**
   * The tool the act itself names ("j'ai vendu…" → a sale, "nouveau produit" → the catalogue, "me doit" → credit),
   * whatever the classifier's ranking; undefined when the words leave it to the classifier.
   */
  private preferredTool(act: Act, ctx: SlotContext): string | undefined {
    // « Compare cette semaine à la semaine dernière »: the figures with their change (a sales list compares nothing).
    const folded = foldForCues(ctx.text);
    const market = MARKET.test(folded);
    if (
      comparesPeriods(ctx.text) &&
      !act.productNamed &&
      !act.customer &&
      !act.hasNumber &&
      !act.owed &&
      !market &&
      // Expenses compared are expenses_list's (its totals), not the shop's figures.
      !EXPENSE_WORDS.test(folded)
    )
      return 'dashboard_stats';
    if (act.readOnly) {
      // « electricity 4500 unpaid »: a bill named unpaid is the shop's expenses, not a customer's account (« unpaid »).
      // An invoice for goods too (« facture de sucre 25000 à payer », « milk bill 12000 unpaid »).
      if (saysBillUnpaid(ctx.text) && act.expenseCategory && !act.customer && (!act.productNamed || namesInvoice(ctx.text)) && !market)
        return 'expenses_list';
      if (act.owed) return act.sale || act.salesNoun ? 'sales_list' : 'customers_credit';
      // « Est-ce que Riad m'a payé ? » listed the expenses: a customer's payments are read in what they still owe.
      if (act.customerPaid && act.customer && !act.hasNumber) return 'customers_credit';
      // « I haven't paid the rent yet » searched the stock for « haven »: what is on file for that bill is the expenses'.
      if (saysShopNotPaid(ctx.text) && !act.customer && !act.productNamed && !market) return 'expenses_list';
      // "Combien j'ai vendu à Samir ?": one customer's purchases; « how much did Riad buy? » too (it gave the shop's month).
      if ((act.sale || act.salesNoun || CUSTOMER_BOUGHT.test(foldForCues(ctx.text))) && act.customer) return 'sales_list';
      // « Quel jour je vends le plus ? » got the general findings: the busy days and hours (never a product's ranking).
      if (asksBusyTimes(ctx.text) && !act.productNamed && !market) return 'dashboard_insights';
      // "Produit le plus vendu ce mois-ci": the shop's ranking (the market's movers are market_trends).
      if (asksBestSellers(ctx.text) && !market) return 'dashboard_insights';
      // « Quel produit se vend le moins ? », « السلعة الراكدة »: the shop's slow sellers.
      if (asksSlowSellers(ctx.text) && !market) return 'dashboard_insights';
      // « Combien j'ai vendu de lait cette semaine ? »: one product's sales (dashboard_insights' product line) — the
      // shop's totals, which is all dashboard_stats has, would be read as the product's.
      if ((act.sale || act.salesNoun || asksWhatSold(ctx.text)) && act.productNamed && !market) return 'dashboard_insights';
      // « C'est quoi ma marge sur l'huile ? »: that product's margin, on the same line (never the shop's margin).
      if (asksMargin(ctx.text) && act.productNamed && !market) return 'dashboard_insights';
      // « Kayen l9ahwa ? », « ma b9atch zit » got the alerts or a post: whether that product is still there is its stock.
      if (asksIfInStock(ctx.text) && act.productNamed && !act.sale && !act.salesNoun && !act.owed && !market) return 'inventory_search';
      // « فيه سلعة قربت تخلص ؟ », « wach men sel3a rahi qrib tkhlas »: the goods running low, never the customers or figures.
      if (asksLowStockGoods(ctx.text) && !asksMargin(ctx.text) && !act.sale && !act.salesNoun && !market) return 'inventory_search';
      // « ماذا يجب أن أشتري ؟ »: its verb of buying is no sale told — what to buy again is the reorder list.
      if (asksWhatToReorder(ctx.text) && !act.productNamed && !market) return 'inventory_search';
      // « Wach rani rabe7 ? », « est-ce que je perds de l'argent ? » got the sales list or the expenses: it is the net result.
      if (asksProfitOrLoss(ctx.text) && !act.productNamed && !act.owed && !market) return 'dashboard_stats';
      // « What is my stock value? » searched products for « value »: the stock's worth is one of the shop's figures.
      if (asksStockValue(ctx.text) && !act.productNamed) return 'dashboard_stats';
      // « Combien il me reste en caisse ? », « la recette de la semaine ? »: the day's (or period's) takings, not the stock
      // whose « il reste » the words share.
      if (act.takings && !act.productNamed && !act.customer) return 'dashboard_stats';
      return undefined;
    }
    // « sales of sugar this month » (no question word) gave the shop's totals with confidence: a product's sales.
    if (act.salesNoun && act.productNamed && !act.hasNumber && !act.customer && !act.sale && this.tools.has('dashboard_insights'))
      return 'dashboard_insights';
    if (act.stockCount) return 'inventory_adjust';
    // « promo 1 acheté 1 offert sur le café » proposed a coffee into the stock: an offer is a post's topic.
    if (act.promotion && !act.readOnly && this.tools.has('marketing_generate_content')) return 'marketing_generate_content';
    // « J'ai offert 2 sucre »: the goods leave the stock, no money comes in.
    if (act.gift) return 'inventory_adjust';
    // "Les ventes à crédit de ce mois": sales on credit, listed.
    if (act.owed && act.salesNoun && !act.hasNumber && !act.sale) return 'sales_list';
    if (act.newProduct) return 'products_add';
    if (act.customerPaid && !act.sale) return 'customers_payment';
    // « Karim m'a donné 2 jours », « Karim gave me 2 days »: time to pay what he owes — his balance, read.
    if (act.customer && !act.hasMoney && !act.productNamed && !act.sale && givesTime(ctx.text) && this.tools.has('customers_credit'))
      return 'customers_credit';
    if (act.sale) {
      if (act.stockRemoval && hasWriteEvidence('inventory_adjust', ctx.text, act)) return 'inventory_adjust';
      // « sold a phone charger for 1500 » set the whole day's takings: goods named, even unknown, make a sale (the
      // tool says the product is not in the catalogue); only money alone is the day's total.
      // « Riad took goods for 1500 on credit »: a named customer's debt without the goods — the credit book asks what
      // was taken (a customer on file) or opens the page (a new one); never the day's takings.
      if (!act.productNamed && act.hasMoney && act.customer && act.owed && this.tools.has('customers_credit_add'))
        return 'customers_credit_add';
      if (!act.productNamed && act.hasMoney && !unknownGoods(ctx)) return 'sales_daily_total';
      return 'sales_record';
    }
    if (act.takings && act.hasNumber) return 'sales_daily_total';
    // « j'ai payé l'électricité 4500 avec l'argent de la caisse »: a bill paid from the till is that bill's expense (the
    // till's words read as a question of money: the bills were listed).
    if (act.expenseCategory && act.hasMoney && paysBillFromTill(ctx.text) && !act.customer && !act.productNamed) return 'expenses_add';
    if (act.owed)
      return act.hasNumber &&
        !unpaidKnownDebt(ctx.text) &&
        !promisesToPayOnly(ctx.text, { taken: saysTaken(ctx.text), sold: act.sale || act.productNamed })
        ? 'customers_credit_add'
        : 'customers_credit';
    return undefined;
  }

  /** Applies the trust rules to the classifier's choice: the tool to call, or what to say instead. */
  private choose(intent: string, cls: Classification, act: Act, text: string, ctx: SlotContext): { intent: string } | { notice: Notice } {
    // What no tool does, whatever tool the words resemble: ordering from a supplier, changing a price.
    const refused = unsupportedAct(act, false);
    if (refused) return { notice: { kind: 'unsupported', reason: refused, ...this.figures(text, ctx) } };
    // Feedback is about the app, whatever it talks about ("je propose une fonction pour les crédits").
    if (intent === 'feedback_submit' && cls.score >= 0.4 && this.allows(intent, act, text)) return { intent };
    // A fault of the app named (« 3andi mochkil f scan » was taken for a photo to read): reported, whatever it resembles.
    if (reportsAppFault(text) && !act.hasNumber && !act.sale && !act.owed && this.tools.has('feedback_submit'))
      return { intent: 'feedback_submit' };
    const preferred = this.preferredTool(act, ctx);
    if (preferred) {
      if (this.tools.has(preferred) && this.allows(preferred, act, text)) return this.checked(preferred, act, ctx);
      // The act needs a tool this assistant does not have: say so, never answer with the nearest tool.
      if (!this.tools.has(preferred) || this.isWriteTool(preferred))
        return { notice: { kind: 'unsupported', reason: this.missingReason(act) } };
    }
    if (this.allows(intent, act, text)) return this.checked(intent, act, ctx);
    const wasWrite = isTool(intent, this.tools) && this.isWriteTool(intent);
    const next = cls.ranked.find(
      (r) => r.intent !== intent && this.tools.has(r.intent) && this.allows(r.intent, act, text) && r.score >= 0.05,
    );
    const readNext = next && !this.isWriteTool(next.intent) ? next : undefined;
    // A question that looked like a write is the read of the same thing ("combien de thon ?").
    if (act.readOnly) {
      if (readNext) return this.checked(readNext.intent, act, ctx);
      const counterpart = this.kinds.readCounterpart.get(intent);
      if (counterpart && this.tools.has(counterpart)) return this.checked(counterpart, act, ctx);
    }
    if (!wasWrite && next) return this.checked(next.intent, act, ctx);
    // Another write whose own words are there ("I paid … in wages" is an expense, whatever it resembled); a stock
    // movement also needs its product.
    if (next && this.isWriteTool(next.intent) && (next.intent !== 'inventory_adjust' || ctx.matcher.find(text, ctx.lang)))
      return this.checked(next.intent, act, ctx);
    // A write without its words: a bare product name is a look at that product; a command with a number is asked
    // about ("ajoute 1800 DA": an expense or the day's takings?), never guessed.
    if (!act.hasNumber && !startsWithWriteCommand(text)) {
      if (this.tools.has('inventory_search') && ctx.matcher.find(text, ctx.lang) && isBareFollowUp(ctx))
        return this.checked('inventory_search', act, ctx);
      if (readNext) return this.checked(readNext.intent, act, ctx);
    }
    if (act.hasNumber || startsWithWriteCommand(text)) {
      const reason = this.missingReason(act);
      return { notice: { kind: 'unsupported', reason: reason === 'no_tool' ? 'unclear_write' : reason, ...this.figures(text, ctx) } };
    }
    return { notice: { kind: 'unsupported', reason: this.missingReason(act) } };
  }

  /**
   * Why no tool answered. « I can't track your customers' credit yet » is only true where the credit tools are absent:
   * with them here, a debt or payment the trust rules refused (« sajel 3la lgrossiste 500 ») was unclear, and is asked.
   */
  private missingReason(act: Act): NoticeReason {
    const reason = missingToolReason(act);
    const creditTools = this.tools.has('customers_credit_add') || this.tools.has('customers_payment');
    return reason === 'customer_credit' && creditTools ? 'unclear_write' : reason;
  }

  /** The quantity and amount an unclear write named, for the choices offered back. */
  private figures(text: string, ctx: SlotContext): { quantity?: number; amount?: number } {
    const amount = extractNumbers(text).find((n) => n.currency)?.value;
    const quantity = amount === undefined ? signedQuantity(text, ctx, true) : undefined;
    return { ...(amount !== undefined ? { amount } : {}), ...(quantity !== undefined ? { quantity: Math.abs(quantity) } : {}) };
  }

  private checked(intent: string, act: Act, ctx: SlotContext): { intent: string } | { notice: Notice } {
    // « Mes ventes d'hier »: one past day of sales is what sales_list reads (figures to date cannot).
    if (
      (act.pastPeriod || act.pastDay) &&
      ['dashboard_stats', 'sales_list'].includes(intent) &&
      this.tools.has('sales_list') &&
      extractDate(ctx.text, ctx.now)
    ) {
      return { intent: 'sales_list' };
    }
    // « mes dépenses de lundi », « combien j'ai dépensé il y a 3 jours »: one past day no period covers — said, never the
    // current period's figures.
    if (act.pastDay && this.kinds.period.has(intent) && !extractPeriod(ctx.text, ctx.now))
      return { notice: { kind: 'unsupported', reason: 'past_period', tool: intent } };
    const reason = unsupportedAct(act, this.kinds.period.has(intent));
    return reason ? { notice: { kind: 'unsupported', reason, tool: intent } } : { intent };
  }

  private noticeResult(notice: Notice, lang: UnderstandResult['lang'], cls: Classification, input: UnderstandInput): UnderstandResult {
    // The product is offered back in the suggestions ("voir le stock de semoule") where the request was about one.
    const aboutProduct =
      notice.reason &&
      [
        'supplier_order',
        // Goods bought on credit still came in: the card offers their arrival (« J'ai reçu 10 Sucre »).
        'supplier_debt',
        'delivery_to_come',
        'to_come',
        'price_change',
        'unclear_write',
        'sale',
        'new_product',
        'customer_return',
        'customer_complaint',
      ].includes(notice.reason);
    // A bill named (« le loyer passe à 30000 ») is no product's: « passe » offered the tomato paste's stock (the review).
    const bill = namesBill(input.text);
    const offered = aboutProduct && (notice.reason !== 'supplier_debt' || goodsCameIn(input.text, notice.quantity));
    const product = offered && !bill ? this.catalogContext(input.catalog).matcher.find(input.text, lang) : undefined;
    const named = product?.entry ? entryName(product.entry, lang) : product?.canonical;
    const withProduct: Notice = named && !notice.product ? { ...notice, product: named } : notice;
    // « and yesterday 18000 » asked: the choices offered today's takings and an expense of today — the day said goes on them.
    const day = notice.reason === 'unclear_write' && notice.amount !== undefined ? saidDay(input.text, input.now ?? new Date()) : undefined;
    return {
      ...this.finish({ lang, intent: notice.kind, args: {}, confidence: 1, cls, followUp: false, input, resolved: {} }),
      notice: day ? { ...withProduct, day } : withProduct,
    };
  }

  /** With an image: a receipt unless the words talk about a product (or about something else entirely). */
  private imageIntent(text: string, cls: Classification): string {
    const ranked = [{ intent: cls.intent, score: cls.score }, ...cls.alternatives];
    const strongOther = ranked[0] && !IMAGE_TOOLS.includes(ranked[0].intent as (typeof IMAGE_TOOLS)[number]) && ranked[0].score > 0.85;
    // "Écris un post Instagram avec cette photo" keeps its own tool.
    if (strongOther && ['marketing_generate_content', 'feedback_submit'].includes(ranked[0].intent)) return ranked[0].intent;
    const receipt = namesReceipt(text);
    const product = namesProduct(text);
    if (receipt && !product) return 'expenses_scan_receipt';
    if (product && !receipt) return 'inventory_analyze_image';
    const image = ranked.filter((r) => IMAGE_TOOLS.includes(r.intent as (typeof IMAGE_TOOLS)[number]));
    if (image.length) return image[0].intent;
    return 'expenses_scan_receipt';
  }

  /**
   * Follow-ups reuse the previous tool: "et pour le sucre ?" swaps the product, "et ce mois-ci ?" the period,
   * "mets-en plutôt 20" the quantity of the previous write. A write is only carried on with a new number, or to
   * answer the clarifying question it asked ("Huile de table Elio 5L" after "which oil?"), or when the user says
   * "pareil": a question after a stock change is a read of that stock, never the same change again.
   */
  private carryOver(
    previous: HistoryTurn,
    cls: Classification,
    ctx: SlotContext,
    act: Act,
  ): { intent: string; args: Record<string, unknown>; fresh?: boolean } | 'unclear' | undefined {
    const tool = previous.intent!;
    const prevArgs = previous.args ?? {};
    const tokens = tokenize(foldForCues(ctx.text));
    const short = tokens.length <= 6;
    const clsIsOther = isTool(cls.intent, this.tools) && cls.intent !== tool && cls.score >= 0.8;
    const cue = looksLikeFollowUp(ctx.text);
    // « and 3 sprite too », « zid 3 sokkar » after a sale: more goods sold, before any other reading of the words. A
    // sale of its own (`fresh`): never the correction of the card before, even of the same goods (« and 3 coca too »).
    const added =
      tool === 'sales_record' ? (moreOfTheSame(prevArgs, ctx, tokens.length) ?? addedToSale(prevArgs, ctx, act, tokens.length)) : undefined;
    if (added) return { ...added, fresh: true };
    // Words that name another act ("j'ai vendu…", "nouveau produit", "commande…") start a new request.
    const other = this.preferredTool(act, ctx);
    if ((other && other !== tool) || act.supplierOrder || act.priceChange) return undefined;

    if (this.tools.get(tool)?.kind !== 'read') {
      const quantity = tool === 'inventory_adjust' ? signedQuantity(ctx.text, ctx) : undefined;
      const asks = act.readOnly || (/[?؟]\s*$/u.test(ctx.text) && !act.hasNumber);
      if (asks) {
        const read = this.kinds.readCounterpart.get(tool);
        const product = tool === 'inventory_adjust' ? followUpSlots(this.tools.get(tool), ctx).product : undefined;
        return read === 'inventory_search' && product && short && this.tools.has(read)
          ? { intent: read, args: { query: product } }
          : undefined;
      }
      if (clsIsOther || !short) return undefined;
      // A bill named (« خلصت الضو 3000 », « الضو خدا 3000 » after a sugar sale) is an expense of its own: as the
      // correction of the card before, it proposed 3,000 sugar on credit.
      if (act.expenseCategory && tool !== 'expenses_add' && !looksLikeCorrection(ctx.text)) return undefined;
      // « Karim 500 », « non Karim 500 », « sucre 5 » after a rent card: a customer or goods the card has no place for — a
      // message of its own (it corrected the rent to 500). « non, sucre 5000 » may still correct a purchase's sum.
      if (
        SHOP_MONEY_TOOLS.has(tool) &&
        (act.customer || (act.productNamed && !looksLikeCorrection(ctx.text))) &&
        !this.namedOnCard(prevArgs, ctx, act)
      )
        return undefined;
      // « the electricity 4500 » after « I paid the rent 30000 »: another bill, not the rent's sum corrected (it proposed a
      // rent of 4500 in place of the card waiting). « non, l'électricité 4500 » corrects the card, its kind with it.
      const category = tool === 'expenses_add' ? extractExpenseCategory(ctx.text) : undefined;
      const otherBill = !!category && !!prevArgs.category && category !== prevArgs.category;
      // « la facture d'électricité 4500 »: French's article, not Darija's « no » (« la, dir 25 », « la dhaw 4500 »).
      const corrects = looksLikeCorrection(ctx.text) && !LA_ARTICLE.test(foldForCues(ctx.text));
      if (otherBill && !corrects) return undefined;
      // « khallast 4500 », « I paid 4500 » after a takings card: the owner paid something — money out, not the day's takings
      // corrected (the twenty-first review); « non, j'ai payé 25000 » still corrects them. After goods' card (a sale, a
      // delivery) a sum paid is never their count, « non » or not (« khallast 4500 » made 4,500 sugar: the review).
      // « he paid 300 », « il doit 300 » after the takings or a bill: someone else's money — not the card's sum corrected
      // (the takings and the rent became 300: the reviewer). Read afresh.
      if (SHOP_MONEY_TOOLS.has(tool) && (someoneElsePaid(ctx.text) || act.owed)) return undefined;
      const ownerPaid = OWNER_PAID.test(foldForCues(ctx.text));
      if (ownerPaid && (GOODS_CARDS.has(tool) || (tool === 'sales_daily_total' && !looksLikeCorrection(ctx.text)))) return undefined;
      // After the takings: « payé 7000 », « paid 7000 », « khalso 7000 » (paid, by whom?), « des 2 jours » (of several days),
      // « mis 5000 dans la caisse » (put in the till) — no takings corrected to 7,000 or to 2, nor an expense of 7,000
      // guessed: asked (the twenty-seventh session's reviews, at both bases).
      if (
        tool === 'sales_daily_total' &&
        !ownerPaid &&
        (putsInTill(ctx.text) ||
          takingsOfSeveralDays(ctx.text) ||
          countsDays(ctx.text) ||
          (!looksLikeCorrection(ctx.text) && (PAID_WORD.test(foldForCues(ctx.text)) || THEY_PAID.test(foldForCues(ctx.text)))))
      )
        return 'unclear';
      // Money given back after goods or a debt (« je lui ai rendu 90 », « rendu monnaie 90 », « rja3li 200 » after a credit):
      // change or a repayment, never the goods' count nor the debt's sum (the review).
      if ((GOODS_CARDS.has(tool) || tool === 'customers_credit_add') && givesMoneyBack(ctx.text, act, { anySum: true })) return 'unclear';
      // Sizes belong to names ("zit Elio 2L" answers "which oil?", it does not make the quantity 2).
      // « non, il y a 2 jours » after a bill: the days counted are no sum (its amount became 2: the second review).
      const ago = daysAgoSpans(ctx.text);
      const strong = extractNumbers(ctx.text).filter(
        (n) => !n.weak && n.value > 0 && !isSizeInName(ctx.text, n, ctx.commonWords) && !ago.some(([s, e]) => n.start >= s && n.start < e),
      );
      const numbered = tool === 'inventory_adjust' ? quantity !== undefined : strong.length > 0;
      // « et hier 18000 » after today's takings (a rent, a payment): another day's, not the card's sum corrected — it
      // replaced today's takings. A day the card has (« non, hier 18000 » after yesterday's) still corrects it.
      // « et demain 18000 », « la recette sera 18000 » after the takings: a guess, not the day's figure corrected.
      if (tool === 'sales_daily_total' && saysToCome(ctx.text)) return undefined;
      const day = extractDate(ctx.text, ctx.now);
      if (day && day !== prevArgs.date && day !== prevArgs.soldAt) {
        // After the takings, a past day and its sum alone (« et hier 18000 », « w lbareh 18000 ») are that day's takings: a
        // card of its own, its day on it.
        const said = tool === 'sales_daily_total' && saysDaySumOnly(ctx.text) && strong.length === 1 ? extractAmount(ctx.text) : undefined;
        const past = day < isoDay(ctx.now);
        return said !== undefined && said >= 100 && past && !looksLikeCorrection(ctx.text)
          ? { intent: tool, args: { amount: said, date: day }, fresh: true }
          : undefined;
      }
      // « et lundi 15000 », « et le mois dernier 30000 », « و الشهر الماضي 30000 »: another day or period named (no date
      // read) — not the card's figure corrected (the review).
      const period = extractPeriod(ctx.text, ctx.now);
      if (numbered && !day && (OTHER_DAY.test(foldForCues(ctx.text)) || (period && period !== 'today'))) return undefined;
      // « non, aujourd'hui 20000 » after yesterday's takings (a card with its day): today's, not yesterday's sum corrected — it
      // put 20,000 on the 17th (the twenty-fourth session's reviewers). Today's takings, a card of their own; else afresh.
      const cardDay = prevArgs.date ?? prevArgs.soldAt;
      if (numbered && !day && period === 'today' && typeof cardDay === 'string' && cardDay.slice(0, 10) !== isoDay(ctx.now)) {
        const said = tool === 'sales_daily_total' && saysDaySumOnly(ctx.text) && strong.length === 1 ? extractAmount(ctx.text) : undefined;
        return said !== undefined && said >= 100 ? { intent: tool, args: { amount: said }, fresh: true } : undefined;
      }
      // « et Nadia 300 » after « Karim a payé 500 » (or a sale to him, or none): another customer's, not Karim's sum
      // corrected — it made Karim's payment 300 (« non Karim 600 » after a sugar sale: 600 sugar). Read afresh.
      if (!SHOP_MONEY_TOOLS.has(tool) && act.customer && numbered && !customerOnCard(prevArgs, ctx)) return undefined;
      // A command of its own, with its goods (« نحي 3 سكر » while « نحي 2 سكر » waits), is a second change, read on its
      // own: taken for a correction, it withdrew the first card. « non, 3 », « la, dir 25 » still correct it.
      const fullCommand =
        numbered && !looksLikeCorrection(ctx.text) && !cue && startsWithWriteCommand(ctx.text) && !!ctx.matcher.find(ctx.text, ctx.lang);
      if (fullCommand) return undefined;
      // « 25000 », « non 4500 » after goods' card: a sum of money as like as a count (25,000 sugar was proposed: the
      // twenty-second review) — a figure in thousands without a unit is read afresh, where it is asked.
      // A price or a sum paid (« à 150 », « payé 500 ») is never their count either.
      const money = (n: NumberMention) =>
        (n.value >= 1000 && !n.unit) || namesAPrice(foldForCues(ctx.text), n) || paysSum(foldForCues(ctx.text), n);
      if (GOODS_CARDS.has(tool) && strong.length === 1 && money(strong[0])) return undefined;
      // « non à 80 » after « j'ai vendu 3 sucre à 70 »: the price corrected, never 80 sugar (the review, at both bases).
      const line =
        Array.isArray(prevArgs.lines) && prevArgs.lines.length === 1 ? (prevArgs.lines[0] as Record<string, unknown>) : undefined;
      const folded = foldForCues(ctx.text);
      const priced = (n: NumberMention) => AT_WORD.test(folded.slice(0, n.start));
      // Only with no other figure (« non 4 kg sucre a 80 » kept the 3 and took the 80: the fourth review).
      const figures = extractNumbers(ctx.text).filter((n) => !n.weak).length;
      if (tool === 'sales_record' && strong.length === 1 && figures === 1 && priced(strong[0]))
        return line?.unitPrice !== undefined
          ? { intent: tool, args: { ...prevArgs, lines: [{ ...line, unitPrice: strong[0].value }] } }
          : 'unclear';
      // « non 4 à 80 »: the count and the price, both corrected (the 80 was dropped: the second review).
      // Only said as a correction of the same goods: « 2 lait a 60 » after the sugar is other goods (the third review).
      const sameGoods = !act.productNamed || (typeof line?.product === 'string' && namesOnly(ctx, line.product));
      if (
        tool === 'sales_record' &&
        line &&
        strong.length === 2 &&
        !priced(strong[0]) &&
        priced(strong[1]) &&
        looksLikeCorrection(ctx.text) &&
        sameGoods
      )
        return { intent: tool, args: { ...prevArgs, lines: [{ ...line, quantity: strong[0].value, unitPrice: strong[1].value }] } };
      // Any other price after a sale (« non 4 kg a 80 », « 4 a 80 » with no « non »): asked, never 80 sold at the old price
      // (the fifth review, at both bases).
      if (tool === 'sales_record' && strong.some(priced)) return 'unclear';
      // A price after a delivery or a purchase (« non à 300 » after « chrit 10 sokar a 350 »): never the count nor the sum.
      if ((tool === 'inventory_adjust' || tool === 'expenses_add') && !act.productNamed && strong.some(priced)) return 'unclear';
      // « non 12 » after « j'ai acheté 10 sucre à 350 » or « … pour 3500 » (goods counted): the count corrected, or the
      // price — never an expense of 12 DA (the reviews, at both bases): asked.
      const goodsCounted = extractNumbers(previous.text).some((n) => !n.weak && n.value < 100 && n.value !== prevArgs.amount);
      if (tool === 'expenses_add' && goodsCounted && strong.length === 1 && strong[0].value < 100) return 'unclear';
      // « 210 » alone after « vendu 3 sucre »: the sale's money as likely as a count — asked; « non 150 » still corrects, and
      // a small count after a priced sale (« 4 » after « … à 70 ») is still the count (the fourth review).
      if (tool === 'sales_record' && tokens.length === 1 && strong.length === 1 && !strong[0].unit && strong[0].value >= 100)
        return 'unclear';
      // « 80 », « non 80 » after « j'ai vendu 3 sucre à 70 »: the price corrected as likely as the count — asked (80 sugar at
      // 70 was proposed: the twenty-seventh session's note, at both bases). A figure nearer the count (« 4 ») is the count.
      if (
        tool === 'sales_record' &&
        typeof line?.unitPrice === 'number' &&
        strong.length === 1 &&
        !strong[0].unit &&
        !act.productNamed &&
        !COUNT_LABEL.test(folded) &&
        Math.abs(strong[0].value - line.unitPrice) < Math.abs(strong[0].value - Number(line.quantity))
      )
        return 'unclear';
      // « 2 » after the takings, « non 3 » after a rent of 30,000: no sum of money that size — asked (the third review).
      if (SHOP_MONEY_TOOLS.has(tool) && strong.length === 1 && strong[0].value < 100 && Number(prevArgs.amount) >= 1000) return 'unclear';
      // « payé 2000 » after a purchase: part of it paid, or another payment — asked (the third review).
      // The card's own sum said paid (« loyer 30000 » then « payé 30000 ») confirms it, as before (the fourth review).
      if (
        tool === 'expenses_add' &&
        !ownerPaid &&
        !looksLikeCorrection(ctx.text) &&
        (PAID_WORD.test(folded) || STILL_OWED.test(folded)) &&
        !strong.some((n) => n.value === prevArgs.amount)
      )
        return 'unclear';
      // Corrections of a write: a new number and little else ("non, plutôt 20", "et 5 de farine").
      if (numbered && (looksLikeCorrection(ctx.text) || cue || tokens.length <= 3)) {
        const merged = { ...prevArgs };
        if (tool === 'inventory_adjust') {
          const prevSign = typeof prevArgs.quantity === 'number' && prevArgs.quantity < 0 ? -1 : 1;
          merged.quantity = strong.some((n) => n.sign) ? quantity : prevSign * Math.abs(quantity!);
          const product = followUpSlots(this.tools.get(tool), ctx).product;
          if (product && !PACKAGING_WORDS.has(fold(String(product)))) merged.product = product;
        } else if (this.kinds.amount.has(tool) || tool === 'products_add') {
          // No sum sure (« non, 12 et à 900 », « non, 50 euros »): read afresh, where it is asked — the first figure, a
          // count, became the card's sum (the fifth review).
          const said = extractAmount(ctx.text);
          if (said === undefined) return undefined;
          if (tool === 'products_add') merged.price = said;
          else merged.amount = said;
          if (otherBill) merged.category = category;
        } else if (tool === 'sales_record' && Array.isArray(prevArgs.lines) && prevArgs.lines.length === 1) {
          // A product named again is a sale of its own (« bi3t 2 khobz » after a milk sale), never the milk with 2.
          if (ctx.matcher.find(ctx.text, ctx.lang)) return undefined;
          merged.lines = [{ ...(prevArgs.lines[0] as object), quantity: strong[0].value }];
        } else return undefined;
        return { intent: tool, args: merged };
      }
      if (numbered) return undefined;
      // No number: the answer to the question the write asked (which product? which customer?), or "pareil pour…".
      const answering = previous.status === 'failed' || REPEAT.test(foldForCues(ctx.text));
      if (!answering) return undefined;
      if (tool === 'sales_record') return this.answerSale(prevArgs, ctx);
      const slots = followUpSlots(this.tools.get(tool), ctx);
      return slots.product && isBareFollowUp(ctx) ? { intent: tool, args: { ...prevArgs, ...slots } } : undefined;
    }

    // « électricité 4500 et loyer 30000 » after the electricity bills were read: a sum of money told is a message of its
    // own, never the read's next value (it read the electricity bills again, the expense lost). Seen in Chromium.
    if (act.hasMoney && !act.readOnly) return undefined;
    if (!(cue || short)) return undefined;
    const slots = followUpSlots(this.tools.get(tool), ctx);
    if (!Object.keys(slots).length) return undefined;
    // Nothing but the new value ("Et ce mois-ci ?", "and rice?"): the previous tool, whatever the classifier thinks.
    // With other words, only an explicit follow-up cue that the classifier does not contradict.
    if (!isBareFollowUp(ctx) && !(cue && !clsIsOther)) return undefined;
    return { intent: tool, args: { ...prevArgs, ...slots } };
  }

  /**
   * The answer to the question a sale asked: a product name replaces the line it was about ("Huile de table Elio 5L"
   * for "which oil?"), a customer's name fills in the customer of a credit sale.
   */
  private answerSale(prevArgs: Record<string, unknown>, ctx: SlotContext): { intent: string; args: Record<string, unknown> } | undefined {
    const lines = Array.isArray(prevArgs.lines) ? (prevArgs.lines as { product: string }[]) : [];
    const product = ctx.matcher.find(ctx.text, ctx.lang);
    if (product && isBareFollowUp(ctx) && lines.length) {
      const name = product.entry ? entryName(product.entry, ctx.lang) : product.canonical;
      const key = foldForCues(product.concept ? product.canonical : product.mention);
      const at = Math.max(
        0,
        lines.findIndex((l) => foldForCues(l.product).includes(key) || key.includes(foldForCues(l.product))),
      );
      return { intent: 'sales_record', args: { ...prevArgs, lines: lines.map((l, i) => (i === at ? { ...l, product: name } : l)) } };
    }
    const customer = extractCustomer(ctx.text, ctx.matcher, ctx.lang, this.commonWords, ctx.knownNames);
    const words = tokenize(foldForCues(ctx.text)).length;
    if (customer && words <= 4) return { intent: 'sales_record', args: { ...prevArgs, customer: customer.name } };
    // A bare word answering "à qui ?" ("Lounes"): the customer, when it is no product.
    if (!product && words <= 2 && /^[\p{L}' -]+$/u.test(ctx.text.trim()))
      return { intent: 'sales_record', args: { ...prevArgs, customer: ctx.text.trim() } };
    return undefined;
  }

  private finish(r: {
    lang: UnderstandResult['lang'];
    intent: string;
    args: Record<string, unknown>;
    confidence: number;
    cls: Classification;
    followUp: boolean;
    input: UnderstandInput;
    resolved: UnderstandResult['resolved'];
    candidates?: UnderstandResult['candidates'];
  }): UnderstandResult {
    const args = { ...r.args };
    if (IMAGE_TOOLS.includes(r.intent as (typeof IMAGE_TOOLS)[number]) && r.input.attachmentId) args.attachmentId = r.input.attachmentId;
    const missing = isTool(r.intent, this.tools)
      ? this.requiredArgs(r.intent).filter(
          // The runtime attaches the upload's id itself when an image came with the message.
          (k) => args[k] === undefined && !(k === 'attachmentId' && r.input.hasAttachment),
        )
      : [];
    const alternatives = [{ intent: r.cls.intent, score: r.cls.score }, ...r.cls.alternatives]
      .filter((a) => a.intent !== r.intent)
      .slice(0, 3);
    return {
      lang: r.lang,
      intent: r.intent,
      args,
      missing,
      confidence: Math.round(r.confidence * 1000) / 1000,
      alternatives,
      resolved: r.resolved,
      ...(r.candidates ? { candidates: r.candidates } : {}),
      followUp: r.followUp,
    };
  }
}

/** The customer a follow-up names is the card's (« Karim khallas 500, la 600 » after Karim's payment), or none is named. */
function customerOnCard(prevArgs: Record<string, unknown>, ctx: SlotContext): boolean {
  const customer = slotReader(ctx).customer();
  if (!customer) return true;
  if (typeof prevArgs.customer !== 'string') return false;
  // « Karim » on « كريم »'s card (or the other way): the same name in another script, not told apart here (the review).
  if (isArabicWord(foldForCues(customer)) !== isArabicWord(foldForCues(prevArgs.customer))) return true;
  const first = foldForCues(customer).split(/\s+/u)[0];
  return foldForCues(prevArgs.customer).split(/\s+/u).includes(first);
}

/** A day other than today the message names: yesterday, or another (« avant-hier », « le 3/12 »). */
function saidDay(text: string, now: Date): Notice['day'] {
  const day = extractDate(text, now);
  if (!day || day === isoDay(now)) return undefined;
  return day === isoDay(new Date(now.getTime() - 86_400_000)) ? 'yesterday' : 'other';
}

/** A weekday or a part of a day, which extractDate does not read (« et lundi 15000 », « وهذا الصباح 2000 »). */
const OTHER_DAY = cueRegex([
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'ce matin', 'cet apres midi', 'ce soir'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'this morning', 'tonight', 'this evening'],
  ...['letnin', 'tlata', 'larb3a', 'lkhmis', 'jom3a', 'ljom3a', 'sebt', 'l7ad', 'sbah', 'lyoum sbah', 'la3chiya'],
  ...['الاثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'الاحد', 'الصباح', 'هذا الصباح', 'العشية'],
]);

/** Someone paid a bill named (« mon frère a payé l'électricité 4500 »). */
const PAID_VERB = /(?<![\p{L}])(?:paye|payee|regle|paid|settled|khallas|khalas|خلص|دفع)(?![\p{L}])/u;
const paidABill = (text: string, act: Act): boolean => act.expenseCategory && PAID_VERB.test(foldForCues(text));

/**
 * Products a stock movement names beside counted ones, without a count of their own (« j'ai reçu 20 sucre et du café »):
 * they get no card, and the answer asks their count — the café was dropped without a word.
 */
function uncountedGoods(ctx: SlotContext, moves: readonly Record<string, unknown>[]): string[] {
  const proposed = new Set(moves.map((m) => (typeof m.product === 'string' ? foldForCues(m.product) : '')));
  return [...new Set(namedGoods(ctx).map((n) => n.name))].filter((n) => !proposed.has(foldForCues(n)));
}

/**
 * The one count follows another product named after the one proposed (« j'ai reçu l'huile et le sucre 4 sacs »: +4 oil
 * was proposed, and the sugar's count asked): whose count it is, is asked — the product right before the count offered.
 */
function countAfterOther(ctx: SlotContext, move: Record<string, unknown>, uncounted: readonly string[]): string | undefined {
  if (typeof move.product !== 'string' || typeof move.quantity !== 'number') return undefined;
  const named = namedGoods(ctx);
  const own = named.find((n) => foldForCues(n.name) === foldForCues(move.product as string));
  const count = extractNumbers(ctx.text).find((n) => n.value === Math.abs(move.quantity as number));
  if (!own || !count || own.end > count.start) return undefined;
  const others = new Set(uncounted.map((u) => foldForCues(u)));
  // Right before the count: nothing but spaces between (« le sucre 4 sacs », not « … est passé, j'ai reçu 20 packs »).
  const folded = foldForCues(ctx.text);
  return named.find(
    (n) => others.has(foldForCues(n.name)) && n.start >= own.end && n.end <= count.start && !folded.slice(n.end, count.start).trim(),
  )?.name;
}

/** A bill's expenses read for a message that told the bill unpaid with its sum (see `UnderstandResult.unpaidBill`). */
const saysBillUnpaidWithSum = (read: UnderstandResult, text: string): boolean =>
  read.intent === 'expenses_list' && !read.followUp && moneySums(text) > 0 && (saysShopNotPaid(text) || saysBillUnpaid(text));

/** « doit », « owes », « dayen », « عليه »: a customer's debt told. */
const OWES = /(?<![\p{L}])(?:doit|doivent|owes|dayen|عليه)(?![\p{L}])/u;

/** Cards of goods counted: a sale, a stock movement. */
const GOODS_CARDS = new Set(['sales_record', 'inventory_adjust']);
/**
 * A figure with words or signs that add it or take it off, and nothing else but packs and its currency: « et 4500 »,
 * « + 2 », « zid 2 », « 4500 de plus », « rajoute 4500 », « w zid 1500 », « retire 2000 », « 4500 more », « et 2 sacs ».
 */
const addsOrTakes = (text: string): boolean => {
  const folded = foldForCues(text);
  if (!/\d/u.test(folded)) return false;
  const words = tokenize(folded.replace(/[?؟!.,،]/gu, ' ')).map((t) => t.text);
  const signed = /(?:^|\s)[+-]\s*\d/u.test(folded);
  const others = words.filter((w) => !/^\d/u.test(w) && !ADD_FILLER.has(w) && !PACKAGING_WORDS.has(w));
  return (signed || words.some((w) => ADD_WORDS.has(w))) && others.every((w) => ADD_WORDS.has(w)) && others.length <= 3;
};
const ADD_WORDS: ReadonlySet<string> = new Set(
  [
    ...['et', 'and', 'w', 'و', 'plus', 'moins', 'minus', 'zid', 'zidlou', 'zidli', 'ajoute', 'ajouter', 'rajoute', 'rajouter'],
    ...['add', 'another', 'more', 'encore', 'aussi', 'also', 'too', 'zada', 'retire', 'retirer', 'enleve', 'enlever', 'remove'],
    ...['n9es', 'nqes', 'na9es', 'nahi', 'kaman', 'kamen', 'زيد', 'وزيد', 'زيدلي', 'زيدلو', 'نقص', 'زادة', 'ايضا', 'كمان'],
  ].map(fold),
);
/** What may stand beside such a figure: its currency, « de » / « en » of « de plus » / « en plus ». */
const ADD_FILLER: ReadonlySet<string> = new Set(['de', 'en', 'da', 'dzd', 'dinar', 'dinars', 'دج'].map(fold));
/**
 * A short message of one sum of money and nothing else named (no goods, customer or bill): a price (« à 150 »), a sum paid
 * not said the owner's (« payé 500 », « il a payé 500 »), or a figure in thousands not counting packs (« 25000 », « 1500 de
 * plus »).
 */
function moneyAfterGoods(text: string, act: Act): boolean {
  const folded = foldForCues(text);
  // The takings named (« the takings were 20000 » after a sale's card) are the takings' (it was asked: seen in Chromium).
  if (act.productNamed || act.customer || act.expenseCategory || act.takings || OWNER_PAID.test(folded)) return false;
  const strong = extractNumbers(text).filter((n) => !n.weak && n.value > 0);
  if (strong.length !== 1) return false;
  // « il a encore payé 300 », « il doit encore 300 »: someone paid or owes a sum — money, however short (300 sugar was
  // proposed: the twenty-fourth session's reviewers).
  const words = tokenize(folded).length;
  if ((hasPaidThirdCue(text) || act.owed) && words <= 6) return true;
  if (words > 4) return false;
  const [n] = strong;
  return (n.value >= 1000 && !PACKAGING_WORDS.has(n.unit ?? '')) || namesAPrice(folded, n) || paysSum(folded, n) || PRICE_ONLY.test(folded);
}
/** « à 150 », « b 150 », « at 150 each », « بـ 150 »: a price alone. */
const PRICE_ONLY = /^\s*(?:a|at|b|bi|ب|بـ|pour|for|chaque|each|le|la)\s*\d[\d\s.,]*(?:\s*(?:da|dzd|دج|l unite|each|chacun|la piece))?\s*$/u;

/** What names a bill right before its kind (« facture d'eau », « la note de gaz ») or right after it (« water bill »). */
const BILL_OF = /(?<![\p{L}])(?:facture|factures|note)\s+(?:d|de|du|des|de la|de l)\s*$/u;
const BILL_AFTER = /^\s*(?:bill|bills)(?![\p{L}])/u;
/** Goods whose word is also a bill's kind (water, gas): « facture de sucre 10 sacs » is the sugar's invoice (the review). */
const BILL_KIND = /^(?:l\s*)?(?:eau|gaz|water|gas|ماء|الماء|مياه|الغاز|غاز)$/u;

/**
 * « Karim a acheté pour 2000 et a payé 1500 »: the smaller of two sums, said after a paying word — what the customer paid
 * of his purchase. Undefined unless exactly two sums are said that way.
 */
function paidPartOfPurchase(text: string): number | undefined {
  const sums = extractNumbers(text).filter((n) => !n.weak && !n.foreign && n.value > 0);
  if (sums.length !== 2 || sums[1].value >= sums[0].value) return undefined;
  const between = foldForCues(text).slice(sums[0].end, sums[1].start);
  // « … et j'ai payé 1500 au fournisseur »: the owner paid, not the customer.
  return CUSTOMER_PAID_WORD.test(between) && !OWNER_PAID.test(between) ? sums[1].value : undefined;
}
/** The owner's own paying (« j'ai payé », « I paid », « khallast », « خلصت »). */
const OWNER_PAID = cueRegex([
  ...['j ai paye', 'j ai payé', 'j ai regle', 'on a paye', 'i paid', 'i ve paid', 'we paid', 'khallast', 'khlast', 'khalast'],
  ...['khallasna', 'dfa3t', 'dfa3na', 'خلصت', 'دفعت', 'خلصنا', 'دفعنا'],
]);
/** A customer's paying words, between the purchase's sum and the sum paid. */
const CUSTOMER_PAID_WORD = cueRegex(['paye', 'payé', 'paid', 'verse', 'donne', 'gave', 'khlas', 'khallas', '3tani', 'خلص', 'عطاني', 'دفع']);

/** The owner saying he paid: « paid 3500 », « payé 5000 », « خلصت 5000 », « khallast 3000 ». */
const PAID_WORD = cueRegex([
  'paid',
  'payé',
  'paye',
  'j ai payé',
  'réglé',
  'regle',
  'versé',
  'verse',
  'خلصت',
  'دفعت',
  'خلصتو',
  'khallast',
  'khlast',
  'khalast',
  'dfa3t',
]);

/** « je dois 400 » after a purchase: part of it still owed. */
const STILL_OWED = /(?<![\p{L}])(?:je dois|je lui dois|i owe|ba9i 3lia|باقي علي)(?![\p{L}])/u;
/** « à 80 », « a 80 », « at 80 », « b 80 » just before the figure: a price. */
const AT_WORD = /(?:^|\s)(?:a|at|b|bi|ب|@)\s*$/u;
/** « khalso 7000 », « خلصو 7000 »: they paid (the customers? someone?) — not the owner's takings told. */
const THEY_PAID = cueRegex(['khalso', 'khalsou', 'khallsou', 'khalsouni', 'خلصو', 'خلصوني', 'payé par carte', 'paid by card']);

/** « I bought… for 3000 »: the purchase's expense, as before (the goods' arrival is not said). */
const BOUGHT_ONLY = cueRegex(['achete', 'acheté', 'bought', 'purchased', 'chrit', 'chrina', 'شريت', 'شرينا', 'اشتريت']);

/** What opens more goods of the same sale: « and… », « et… », « و… », « add / ajoute / zid / زيد… ». */
const ADDS_MORE = new Set(
  ['and', 'et', 'w', 'و', 'add', 'ajoute', 'ajouter', 'rajoute', 'zid', 'zidli', 'zidni', 'زيد', 'زيدلي', 'اضف', 'أضف', 'ضيف'].map((w) =>
    foldForCues(w),
  ),
);
/** « too », « aussi », « زادة » anywhere: goods said in addition to the ones before. */
const TOO = cueRegex(['too', 'also', 'as well', 'aussi', 'en plus', 'zada', 'zeda', 'زادة', 'كذلك', 'ايضا', 'أيضا']);
/** Where the goods go or come from: the stock (« au stock », « reçu », « دخلت »), which is a movement, not a sale. */
const STOCK_SIDE = cueRegex([
  'stock',
  'inventaire',
  'inventory',
  'recu',
  'reçu',
  'received',
  'livre',
  'livré',
  'livraison',
  'delivered',
  'delivery',
  'arrive',
  'arrivé',
  'fournisseur',
  'supplier',
  'grossiste',
  'المخزون',
  'مخزون',
  'السلعة',
  'دخلت',
  'جاني',
  'جاتني',
  'استلمت',
  'وصلتني',
  'stok',
  'jani',
  'jatni',
  'dkhlet',
]);

/**
 * « and 3 sprite too », « و 3 سبرايت », « زيد 3 سكر », « ajoute 3 sucre » right after a sale: more goods sold with it.
 * Read as the previous sale's changes they were a wrong write — the quantity of the Coca-Cola changed to 3 (the Sprite
 * unknown to the catalogue became the Coca-Cola), or 3 sugar put into the stock. They are a sale of their own card,
 * with the customer, payment and day of the sale they follow: the first card stays as it is (still waiting, or
 * applied: an applied sale is not changed), and goods the catalogue does not hold reach the tool under their own name,
 * which says so (« sold 3 sprite » as a first message does). Only short messages of goods and counts: a stock or a
 * supplier named (« et 3 sucre au stock », « reçu… ») is a movement, read as before.
 */
function addedToSale(
  prevArgs: Record<string, unknown>,
  ctx: SlotContext,
  act: Act,
  words: number,
): { intent: string; args: Record<string, unknown> } | undefined {
  if (words > 6 || act.readOnly || act.cancel || act.stockCount || act.supplierOrder || act.owed || act.customerPaid) return undefined;
  if (act.sale || act.newProduct || act.priceChange || act.takings || act.stockRemoval || act.gift) return undefined;
  // « w samir 2 7lib » after Karim's credit sale: another customer's goods, never on Karim's account (the review).
  if (act.customer && !customerOnCard(prevArgs, ctx)) return undefined;
  const folded = foldForCues(ctx.text);
  const first = tokenize(folded)[0]?.text;
  if (!(first && ADDS_MORE.has(first)) && !TOO.test(folded)) return undefined;
  // « et non, 3 coca », « and no, 3 »: a correction of the sale, not more goods.
  if (looksLikeCorrection(ctx.text)) return undefined;
  if (STOCK_SIDE.test(folded)) return undefined;
  // « و 3 خرين سبرايت », « and 3 more sprite »: the words saying « more » are no part of the goods' name (the card was
  // for an unknown product « خرين سبرايت »).
  const lines = slotReader({ ...ctx, text: withoutCues(ctx.text, [MORE_OF_IT_ALL, TOO_ALL]) }).saleLines();
  if (!lines.length || !lines.every((l) => l.product && l.quantity && Number.isInteger(l.quantity) && l.quantity > 0)) return undefined;
  const sale = saleAfter(prevArgs, lines);
  // « samedi j'ai vendu 3 sucre » then « et 2 lait aujourd'hui » (« ce matin », « hier », « lundi »): the day said is the
  // more's, never the card's (the milk was dated Saturday: the third review).
  const own = extractDate(ctx.text, ctx.now);
  if (!own && !OTHER_DAY.test(folded) && !saysToday(folded)) return sale;
  const { soldAt: _cards, ...args } = sale.args;
  return { ...sale, args: own ? { ...args, soldAt: dayAtHour(own, ctx.text, ctx.now) } : args };
}

/** Goods or a debt put on one customer (a payment names its payer: « Karim a payé 500 et Nadia 300 » is Karim's 500). */

/** A sale of its own card with the customer, payment and day of the sale it follows (`saleTerms`): the goods' lines. */
function saleAfter(
  prevArgs: Record<string, unknown>,
  lines: readonly { product?: unknown; quantity?: unknown; unitPrice?: unknown }[],
): { intent: string; args: Record<string, unknown> } {
  const carried = saleTerms(prevArgs);
  return {
    intent: 'sales_record',
    args: {
      ...carried,
      lines: lines.map((l) => ({
        product: l.product,
        quantity: l.quantity,
        ...(l.unitPrice !== undefined ? { unitPrice: l.unitPrice } : {}),
      })),
    },
  };
}

/**
 * The text with the words of these cues (global regexes) blanked out (what the user typed kept around them, when it can
 * be followed).
 */
function withoutCues(text: string, cues: readonly RegExp[]): string {
  const folded = foldForCues(text);
  const toOriginal = foldOffsets(text);
  let out = toOriginal ? text : folded;
  const spans = cues.flatMap((cue) => [...folded.matchAll(cue)].map((m) => [m.index, m.index + m[0].length]));
  for (const [start, end] of spans.sort((a, b) => b[0] - a[0])) {
    const [from, to] = toOriginal ? [toOriginal(start), toOriginal(end)] : [start, end];
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/** The terms of the sale a follow-up adds to: its customer, payment and day (never its goods). */
function saleTerms(prevArgs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(['customer', 'paymentMethod', 'soldAt'].flatMap((k) => (prevArgs[k] !== undefined ? [[k, prevArgs[k]]] : [])));
}

/** « 3 more », « 3 de plus », « encore 3 », « 3 autres », « و 3 خرين », « 3 okhrin »: a count of more of the same goods. */
const MORE_OF_IT = cueRegex([
  'more',
  'another',
  'other',
  'others',
  'de plus',
  'en plus',
  'encore',
  'autres',
  'autre',
  'خرين',
  'اخرين',
  'آخرين',
  'أخرين',
  'أخرى',
  'اخرى',
  'زيادة',
  'khrin',
  'okhrin',
  'o5rin',
  'ukhrin',
  'zyada',
]);
/**
 * MORE_OF_IT and TOO, global and built once, to blank out every match: `replace` starts at 0 and leaves `lastIndex` at 0,
 * `matchAll` works on a copy — neither carries a position from one call to the next (never `test` or `exec` them).
 */
const MORE_OF_IT_ALL = new RegExp(MORE_OF_IT.source, 'gu');
const TOO_ALL = new RegExp(TOO.source, 'gu');

/** Goods still there (« il en reste encore 3 », « I have 3 more left », « مازال 3 خرين »): stock, never more sold. */
const STILL_THERE = cueRegex([
  'reste',
  'restent',
  'il en reste',
  'il me reste',
  "j'en ai",
  'left',
  'i have',
  'i still have',
  'in the fridge',
  'frigo',
  'مازال',
  'مازالو',
  'باقي',
  'بقاو',
  'كاين',
  'كاينين',
  'mazal',
  'mazel',
  'ba9i',
  'kayen',
  'kayn',
  'b9aw',
]);

/**
 * « and 3 more », « et 3 de plus », « و 3 خرين » right after « sold 2 coca »: a shop owner tells 3 more were sold. Read as
 * the sale's correction, the card's 2 became 3 (the owner meant 5 sold, in two sales). Proposed as a sale of its own
 * card: the same goods at the same unit price, with the customer, payment and day of the sale it follows — as goods
 * added after a sale are (`addedToSale`); the first card stays (waiting or applied). A word of correction (« non, 3 »,
 * « non, 3 de plus ») still corrects; a sale of several goods does not say which one had more: read as before.
 */
function moreOfTheSame(
  prevArgs: Record<string, unknown>,
  ctx: SlotContext,
  words: number,
): { intent: string; args: Record<string, unknown> } | undefined {
  if (words > 6 || !Array.isArray(prevArgs.lines) || prevArgs.lines.length !== 1) return undefined;
  const folded = foldForCues(ctx.text);
  if (!MORE_OF_IT.test(folded) || looksLikeCorrection(ctx.text) || STOCK_SIDE.test(folded) || STILL_THERE.test(folded)) return undefined;
  // Terms of its own (« 3 de plus pour Nadia », « 3 more for cash », « 3 de plus hier »): not the first sale's, which
  // would be carried over them — read as before (asked).
  const own = slotReader(ctx);
  if (own.customer() || own.paymentMethod() || extractDate(ctx.text, ctx.now)) return undefined;
  const counts = extractNumbers(ctx.text).filter((n) => !n.weak && n.value > 0 && !n.currency);
  if (counts.length !== 1 || !Number.isInteger(counts[0].value)) return undefined;
  const line = prevArgs.lines[0] as { product?: unknown; unitPrice?: unknown };
  // Other goods named (« and 3 more sprite ») are `addedToSale`'s; the same goods named again are still more of them.
  const named = ctx.matcher.find(ctx.text, ctx.lang);
  if (named && !(typeof line.product === 'string' && sameProduct(named, line.product, ctx))) return undefined;
  // Goods the catalogue does not know (« and 3 more sprite ») are other goods too, never more of the coca.
  if (!named && unknownGoods({ ...ctx, text: folded.replace(MORE_OF_IT_ALL, ' ') })) return undefined;
  return saleAfter(prevArgs, [{ product: line.product, quantity: counts[0].value, unitPrice: line.unitPrice }]);
}

/** The goods a message names are `product` only (« non 4 sucre à 80 » after the sugar's sale). */
function namesOnly(ctx: SlotContext, product: string): boolean {
  const named = namedGoods(ctx);
  const own = ctx.matcher.find(product, ctx.lang);
  const key = (name: string) => foldForCues(ctx.matcher.find(name, ctx.lang)?.canonical ?? name);
  return named.length > 0 && named.every((g) => key(g.name) === (own ? foldForCues(own.canonical) : foldForCues(product)));
}

/** The product a follow-up names is the previous line's (its catalogue name, or the same words). */
function sameProduct(named: ReturnType<ProductMatcher['find']> & object, product: string, ctx: SlotContext): boolean {
  const name = named.entry ? entryName(named.entry, ctx.lang) : named.canonical;
  const line = ctx.matcher.find(product, ctx.lang);
  if (named.entry && line?.entry) return named.entry.id === line.entry.id;
  return foldForCues(name) === foldForCues(product) || (!!line && foldForCues(line.canonical) === foldForCues(named.canonical));
}

function lastToolTurn(history: readonly HistoryTurn[] | undefined, tools: ReadonlyMap<string, NluTool>): HistoryTurn | undefined {
  if (!history) return undefined;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const turn = history[i];
    if (isTool(turn.intent, tools)) return turn;
  }
  return undefined;
}

/** The same tool with the same arguments — the words a card quotes (its reason, its description) apart. */
function sameWrite(a: UnderstandResult, b: UnderstandResult): boolean {
  const figures = (r: UnderstandResult) => {
    const { reason: _reason, description: _description, ...args } = r.args;
    return JSON.stringify(Object.entries(args).sort(([x], [y]) => x.localeCompare(y)));
  };
  return a.intent === b.intent && figures(a) === figures(b) && a.missing.join() === b.missing.join();
}

/** The count named (« quantité 80 », « qte 80 », « الكمية 80 »): a figure after a priced sale that is its count. */
const COUNT_LABEL = /(?<![\p{L}])(?:quantite|qte|qty|quantity|nombre|kmiya|الكميه|العدد)(?![\p{L}])/u;
