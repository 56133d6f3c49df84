import { TOOLS } from '@tajer/tools';
import type { z } from 'zod';
import { looksLikeCorrection, looksLikeFollowUp, PACKAGING_WORDS } from './extractors/cues';
import { foldForCues } from './extractors/cue-regex';
import { extractAmount, extractNumbers } from './extractors/numbers';
import { ProductMatcher, productKey, productVocabulary } from './extractors/product';
import { IntentClassifier, type Classification } from './intent-classifier';
import { detectLanguage } from './language';
import { fold, isArabicWord, stripArabicPrefix, tokenize } from './normalize';
import { fillSlots, followUpSlots, isBareFollowUp, signedQuantity, type SlotContext } from './slot-filler';
import { buildTrainingCorpus, type ExampleSource } from './training-corpus';
import type { CatalogEntry, HistoryTurn, UnderstandInput, UnderstandResult } from './types';

/** What the NLU needs from a tool definition (a subset of @tajer/tools' ToolDefinition). */
export interface NluTool extends ExampleSource {
  kind: 'read' | 'write' | 'read-then-write';
  schema: z.ZodObject;
}

export const CONVERSATION_INTENTS = ['greeting', 'thanks', 'help', 'out_of_scope'] as const;
const IMAGE_TOOLS = ['expenses_scan_receipt', 'inventory_analyze_image'] as const;
/** How much less likely an image tool is when no image came with the message. */
const NO_IMAGE_PRIOR = 0.5;

/** Receipt words vs product words decide what an attached image is; a bare image is a receipt. */
const RECEIPT_WORDS =
  /(re[cç]u|ticket|facture|note|bon|justificatif|d[eé]pense|frais|receipt|invoice|bill|expense|وصل|فاتور|ايصال|إيصال|تذكر|مصروف|مصاريف|البون|بون|fatura|factura|tiki|tickit)/iu;
const PRODUCT_WORDS =
  /(produit|article|code[- ]?barre|barcode|qr|[eé]tiquette|marque|label|brand|item|product|celui|stock|منتج|سلعه|سلعة|باركود|الكود|ماركه|ماركة|البرودوي|برودوي|هاد|هادي|هادا|had|hadi|hada|produit)/iu;

/** Leading greetings and trailing politeness that should not hide the request they wrap. */
const WRAPPERS =
  /^(bonjour|bonsoir|salut|salam|slm|coucou|hello|hi|hey|السلام عليكم|سلام|مرحبا|أهلا|اهلا|صباح الخير|مساء الخير|sba7 l?khir|wesh|wach rak)[\s,!.،:]+/iu;

interface CatalogContext {
  matcher: ProductMatcher;
  productWords: Set<string>;
}

function isTool(intent: string | null | undefined, tools: ReadonlyMap<string, NluTool>): intent is string {
  return !!intent && tools.has(intent);
}

/**
 * The offline model's understanding layer: trained once from the tools' examples, then answers each
 * message synchronously with the tool to call, its arguments, and what is still missing.
 */
export class Nlu {
  private readonly tools: ReadonlyMap<string, NluTool>;
  private readonly catalogs = new WeakMap<readonly CatalogEntry[], CatalogContext>();
  /** Folded words of the examples that are not product words: the domain's ordinary vocabulary. */
  private readonly commonWords: Set<string>;

  private constructor(
    tools: readonly NluTool[],
    private readonly classifier: IntentClassifier,
    commonWords: Set<string>,
  ) {
    this.tools = new Map(tools.map((t) => [t.name, t]));
    this.commonWords = commonWords;
  }

  /** Trains the classifier from the tools' examples (and the conversation intents). No file is written. */
  static async create(tools: readonly NluTool[] = TOOLS as unknown as readonly NluTool[]): Promise<Nlu> {
    const corpus = buildTrainingCorpus(tools);
    const conceptWords = productVocabulary([]);
    const classifier = IntentClassifier.train(corpus, conceptWords);
    const common = new Set<string>();
    for (const { text } of corpus) {
      for (const t of tokenize(foldForCues(text))) {
        const bare = isArabicWord(t.text) ? stripArabicPrefix(t.text, 2) : t.text;
        if (!conceptWords.has(t.text) && !conceptWords.has(bare) && !conceptWords.has(productKey(t.text))) common.add(t.text);
      }
    }
    return new Nlu(tools, classifier, common);
  }

  get trainingMs(): number {
    return this.classifier.trainingMs;
  }

  get intents(): readonly string[] {
    return this.classifier.intents;
  }

  private catalogContext(catalog: readonly CatalogEntry[]): CatalogContext {
    let ctx = this.catalogs.get(catalog);
    if (!ctx) {
      const productWords = productVocabulary([]);
      // Only the head word of each catalogue name stands for "a product" in the classifier's eyes.
      for (const e of catalog) {
        const heads: (string | undefined)[] = [e.names.fr, e.names.ar].filter((n): n is string => !!n).map((n) => tokenize(foldForCues(n))[0]?.text);
        if (e.names.en) heads.push(tokenize(foldForCues(e.names.en)).filter((t) => !/^\d/.test(t.text)).at(-1)?.text);
        for (const h of heads) if (h && h.length > 2 && !this.commonWords.has(h)) productWords.add(isArabicWord(h) ? stripArabicPrefix(h, 2) : h);
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
    const text = input.text.trim();
    const lang = detectLanguage(text);
    const catalog = this.catalogContext(input.catalog);
    const cls = this.classify(text, lang, catalog.productWords);
    const slotCtx: SlotContext = {
      text,
      lang,
      matcher: catalog.matcher,
      commonWords: this.commonWords,
      now: input.now ?? new Date(),
      attachmentId: input.attachmentId,
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
      }
    }

    // Words the network has never seen and no confident intent: not a shop question.
    if (cls.known < 0.34 && cls.score < 0.6 && !input.hasAttachment) {
      intent = 'out_of_scope';
    }

    if (input.hasAttachment) intent = this.imageIntent(text, cls);

    const previous = lastToolTurn(input.history, this.tools);
    if (previous && !input.hasAttachment) {
      const carried = this.carryOver(previous, cls, slotCtx);
      if (carried) {
        return this.finish({ lang, intent: previous.intent!, args: carried, confidence: Math.max(confidence, 0.5), cls, followUp: true, input, resolved: {} });
      }
    }

    if (!isTool(intent, this.tools)) {
      return this.finish({ lang, intent, args: {}, confidence, cls, followUp: false, input, resolved: {} });
    }
    const slots = fillSlots(intent, slotCtx);
    return this.finish({ lang, intent, args: slots.args, confidence, cls, followUp: false, input, resolved: slots.resolved, candidates: slots.candidates });
  }

  /** With an image: a receipt unless the words talk about a product (or about something else entirely). */
  private imageIntent(text: string, cls: Classification): string {
    const ranked = [{ intent: cls.intent, score: cls.score }, ...cls.alternatives];
    const strongOther = ranked[0] && !IMAGE_TOOLS.includes(ranked[0].intent as (typeof IMAGE_TOOLS)[number]) && ranked[0].score > 0.85;
    // "Écris un post Instagram avec cette photo" keeps its own tool.
    if (strongOther && ['marketing_generate_content', 'feedback_submit'].includes(ranked[0].intent)) return ranked[0].intent;
    const receipt = RECEIPT_WORDS.test(text);
    const product = PRODUCT_WORDS.test(text);
    if (receipt && !product) return 'expenses_scan_receipt';
    if (product && !receipt) return 'inventory_analyze_image';
    const image = ranked.filter((r) => IMAGE_TOOLS.includes(r.intent as (typeof IMAGE_TOOLS)[number]));
    if (image.length) return image[0].intent;
    return 'expenses_scan_receipt';
  }

  /**
   * Follow-ups reuse the previous tool: "et pour le sucre ?" swaps the product, "et ce mois-ci ?" the
   * period, "mets-en plutôt 20" the quantity of the previous write. Returns the merged arguments.
   */
  private carryOver(previous: HistoryTurn, cls: Classification, ctx: SlotContext): Record<string, unknown> | undefined {
    const tool = previous.intent!;
    const prevArgs = previous.args ?? {};
    const tokens = tokenize(foldForCues(ctx.text));
    const short = tokens.length <= 6;
    const clsIsOther = isTool(cls.intent, this.tools) && cls.intent !== tool && cls.score >= 0.8;

    // Corrections of a write: a new number and little else.
    if (this.tools.get(tool)?.kind !== 'read' && short && !clsIsOther) {
      const strong = extractNumbers(ctx.text).filter((n) => !n.weak && n.value > 0);
      if (strong.length && (looksLikeCorrection(ctx.text) || tokens.length <= 3)) {
        const merged = { ...prevArgs };
        if (tool === 'inventory_adjust') {
          const q = signedQuantity(ctx.text)!;
          const prevSign = typeof prevArgs.quantity === 'number' && prevArgs.quantity < 0 ? -1 : 1;
          const explicit = strong[0].sign;
          merged.quantity = explicit ? q : prevSign * Math.abs(q);
          const product = followUpSlots(tool, { ...ctx, text: ctx.text.replace(/[\d.,]+/g, ' ') }).product;
          if (product && !PACKAGING_WORDS.has(fold(String(product)))) merged.product = product;
        } else if (tool === 'expenses_add') {
          merged.amount = extractAmount(ctx.text) ?? strong[0].value;
        } else return undefined;
        return merged;
      }
    }

    const cue = looksLikeFollowUp(ctx.text);
    if (!(cue || short)) return undefined;
    const slots = followUpSlots(tool, ctx);
    if (!Object.keys(slots).length) return undefined;
    // Nothing but the new value ("Et ce mois-ci ?", "and rice?"): the previous tool, whatever the classifier thinks.
    // With other words, only an explicit follow-up cue that the classifier does not contradict.
    if (!isBareFollowUp(ctx) && !(cue && !clsIsOther)) return undefined;
    return { ...prevArgs, ...slots };
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
    const alternatives = [{ intent: r.cls.intent, score: r.cls.score }, ...r.cls.alternatives].filter((a) => a.intent !== r.intent).slice(0, 3);
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

function lastToolTurn(history: readonly HistoryTurn[] | undefined, tools: ReadonlyMap<string, NluTool>): HistoryTurn | undefined {
  if (!history) return undefined;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const turn = history[i];
    if (isTool(turn.intent, tools)) return turn;
  }
  return undefined;
}
