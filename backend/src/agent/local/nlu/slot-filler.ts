import { daysAgoSpans } from './extractors/past-day';
import { CATEGORY_VALUE_REGEXES, extractExpenseCategory, extractMarketCategory } from './extractors/categories';
import {
  CHANNEL_VALUE_REGEXES,
  PACKAGING_WORDS,
  defaultChannel,
  extractChannel,
  extractContentLanguage,
  extractFeedbackCategory,
  extractTone,
  isLowStockQuestion,
  stockDirection,
} from './extractors/cues';
import { cueRegex, foldForCues } from './extractors/cue-regex';
import { asksBusyTimes } from './extractors/intent-cues/insights';
import { asksBestSellers, asksSlowSellers } from './extractors/intent-cues/sellers';
import { takesFromBank, withoutBank } from './extractors/intent-cues/takings';
import { extractCustomer, extractNewProduct, extractPaymentMethod, extractSaleLines, namesAPrice, paysSum } from './extractors/sales';
import { extractAmount, extractPaidAmount, extractNumbers, isSizeUnit, type NumberMention } from './extractors/numbers';
import { extractDate, extractPeriod, PERIOD_VALUE_REGEXES } from './extractors/period';
import { entryName, entryNames, productVocabulary, type ProductMatch, type ProductMatcher } from './extractors/product';
import { messageSpan, rawTokens, reasonSpan, topicSpan } from './extractors/spans';
import { fold, tokenize, words } from './normalize';
import type { NluLang, Resolution } from './types';
import type { CueList, SlotReader, ToolSlots } from '@tajer/tools';

/** What the slot filling needs of a tool: its slots hook (tools/src/<tool>/<tool>.slots.ts). */
export interface SlotTool {
  slots?: ToolSlots;
}

export interface SlotContext {
  text: string;
  lang: NluLang;
  matcher: ProductMatcher;
  /** Ordinary words of the domain (from the tools' examples): never taken for an unknown product. */
  commonWords: ReadonlySet<string>;
  /** First names of the shop's customers (`customerFirstNames`). */
  knownNames?: ReadonlySet<string>;
  now: Date;
  attachmentId?: string;
}

export interface Slots {
  args: Record<string, unknown>;
  resolved: Record<string, Resolution>;
  candidates?: Resolution[];
  /** More calls of the same tool the message asks for ("ajoute 10 sucre et 5 farine": one movement per product). */
  more?: Record<string, unknown>[];
}

/**
 * The slot values' cues, global (every match is blanked), compiled once: a `new RegExp` of these long alternations
 * at each call was 2.6 % of an offline turn's profile. Stateful (`lastIndex`), so each use starts from 0.
 */
const SLOT_VALUE_REGEXES: readonly RegExp[] = [...PERIOD_VALUE_REGEXES, ...CHANNEL_VALUE_REGEXES, ...CATEGORY_VALUE_REGEXES].map(
  (re) => new RegExp(re.source, 'gu'),
);

const toResolution = (m: ProductMatch): Resolution | undefined => (m.entry ? { id: m.entry.id, names: entryNames(m.entry) } : undefined);

/** Conversational words that are never a product, whatever the examples say. */
const NEVER_PRODUCT = new Set(
  (
    'non oui ok okay d accord plutot plutôt stp svp merci please thanks no yes yeah nope instead rather actually sorry ' +
    'encore aussi alors donc bon bien voila voilà hein quoi ah oh eh bref sinon ' +
    'لا نعم واه ايه أيه بصح برك زادة كذلك ايضا أيضا شكرا wah la lala ih iyeh barka zada ' +
    // Verbs and money, never goods (« on m'a volé 5000 », « il m'a rendu 500 », « karim a pris 500 en espèces » proposed a
    // product « volé », « rendu », « especes »: the review).
    'vole voles volee volees rendu rendus rendue especes espece cash liquide argent monnaie stole stolen returned ' +
    'salaire salary avance ' +
    // « … qui a voulu payer demain » added a « Café moulu » (« voulu » read as « moulu »: the review).
    'voulu voulait voulaient'
  )
    .split(' ')
    .map((w) => fold(w)),
);

/** Words of the message that are neither instructions nor function words: an unknown product's name. */
function residualProduct(ctx: SlotContext): string | undefined {
  const tokens = rawTokens(ctx.text).filter((t) => !NEVER_PRODUCT.has(t.folded));
  const numbers = extractNumbers(ctx.text);
  const keep = tokens.filter(
    (t) =>
      !ctx.commonWords.has(t.folded) &&
      !PACKAGING_WORDS.has(t.folded) &&
      !/^\d/.test(t.folded) &&
      t.folded.length > 2 &&
      !numbers.some((n) => n.value && fold(t.raw) === String(n.value)),
  );
  if (!keep.length) return undefined;
  // Contiguous words only: the first run of unknown words is the product ("piles", "papier alu").
  const run = [keep[0]];
  for (const t of keep.slice(1)) {
    const prev = run[run.length - 1];
    const between = ctx.text.slice(prev.end, t.start);
    if (/^[\s'’-]*$/.test(between)) run.push(t);
    else break;
  }
  return ctx.text.slice(run[0].start, run[run.length - 1].end);
}

/**
 * The goods a sale names that the catalogue does not hold (« a phone charger », « شارجور », « an iPhone 13 »), the
 * customer's name left out: such a sale is of something, never the day's takings.
 */
export function unknownGoods(ctx: SlotContext): string | undefined {
  const customer = extractCustomer(ctx.text, ctx.matcher, ctx.lang, ctx.commonWords, ctx.knownNames);
  const text = customer
    ? ctx.text.slice(0, customer.start) + ' '.repeat(customer.end - customer.start) + ctx.text.slice(customer.end)
    : ctx.text;
  return residualProduct({ ...ctx, text });
}

/**
 * What to search for: the concept word for a generic mention ("huile" lists every oil), the catalogue name when the
 * user typed more of it than the concept ("Huile de table Elio 5L" is that one product).
 */
function searchQuery(match: ProductMatch, lang: NluLang): string {
  const named = match.extent.end - match.extent.start > match.end - match.start;
  if (match.entry && (!match.concept || named)) return entryName(match.entry, lang);
  return match.concept ? match.canonical : match.mention;
}

interface ProductSlot {
  value?: string;
  query?: string;
  resolution?: Resolution;
  candidates?: Resolution[];
}

function productSlot(ctx: SlotContext, exclude: ReadonlySet<string> = new Set(), allowResidual = true): ProductSlot {
  const match = ctx.matcher.find(ctx.text, ctx.lang, exclude);
  if (match) {
    const resolution = toResolution(match);
    const candidates =
      !match.entry && match.candidates.length > 1
        ? match.candidates.map((c) => ({ id: c.entry.id, names: entryNames(c.entry) }))
        : undefined;
    return {
      // A write needs the exact product: the catalogue name when it is unambiguous, else the user's word.
      value: match.entry ? entryName(match.entry, ctx.lang) : match.canonical,
      query: searchQuery(match, ctx.lang),
      resolution,
      candidates,
    };
  }
  const residual = allowResidual ? residualProduct(ctx) : undefined;
  return residual ? { value: residual, query: residual } : {};
}

/**
 * True when a sized number belongs to a product's name ("Huile Elio 5L", "Semoule 10kg", "زيت إيليو 5 لتر"): it
 * follows a product word rather than a verb ("ajoute 30 kg de riz", "zid 20 kilo smid" count kilos).
 */
export function isSizeInName(text: string, n: NumberMention, commonWords?: ReadonlySet<string>): boolean {
  if (!isSizeUnit(n.unit)) return false;
  const before = /([\p{L}\p{N}]+)[\s'’(-]*$/u.exec(fold(text).slice(0, n.start))?.[1];
  if (!before || /^\d/.test(before) || PACKAGING_WORDS.has(before) || NAME_BREAKS.has(before)) return false;
  // "Jus Rouiba orange 1L": a size glued to its number right after a word is the name's, unless a command or a count
  // introduces it ("ajoute 30kg de riz").
  const glued = /\p{L}/u.test(fold(text)[n.end] ?? '');
  if (glued && /\p{L}/u.test(before) && !QUANTITY_INTRO.test(before)) return true;
  if (commonWords) return !commonWords.has(before) || CONCEPT_WORDS.has(before);
  return CONCEPT_WORDS.has(before);
}

/** Commands after which a number counts something, even glued to a unit ("ajoute 30kg", "zid 5l"). */
const QUANTITY_INTRO = cueRegex([
  'ajoute',
  'ajouter',
  'rajoute',
  'retire',
  'retirer',
  'enleve',
  'mets',
  'met',
  'rentre',
  'recu',
  'reçu',
  'livre',
  'vendu',
  'vendre',
  'perdu',
  'jete',
  'add',
  'remove',
  'put',
  'received',
  'sold',
  'sell',
  'got',
  'take',
  'bought',
  'zid',
  'zidli',
  'na7i',
  'nahi',
  'n9es',
  'na9es',
  'dakhel',
  'bi3t',
  'jatni',
  'chrit',
  'khrej',
  'kharej',
  'زيد',
  'زيدلي',
  'اضف',
  'أضف',
  'نحي',
  'نقص',
  'انقص',
  'بعت',
  'جاتني',
  'شريت',
  'استلمت',
  'دخل',
  'اسحب',
  'احذف',
  'سجل',
]);

/** Words after which a sized number is a quantity, not part of a name ("de 5 L", "men 2 kilo"). */
const NAME_BREAKS = new Set(['de', 'du', 'des', 'd', 'of', 'men', 'ta3', 'من', 'تاع', 'a', 'à', 'en', 'plus', 'moins', 'stock']);
const CONCEPT_WORDS = productVocabulary([]);

/** « machi 12 », « ماشي 12 », « not 12 »: a number denied, with the right one said beside it. */
const DENIED_BEFORE = /(?:^|[\s,،])(?:ماشي|مشي|مش|ليس|machi|mechi|mchi|mashi|pas|pas de|pas a|n est plus|not|isn t|aren t|no longer)\s*$/u;

/** The quantity of a stock movement: a number that counts units, not a pack size ("2 bidons de 5L" → 2), nor a price. */
function pickQuantity(numbers: NumberMention[], folded: string, paid: boolean): NumberMention | undefined {
  // « j'ai reçu du sucre, j'ai payé 4500 »: the sum paid is money, no count (+4,500 sugar was proposed: the review).
  // Unless `paid`: a notice's figures name it as said.
  const said = numbers.filter((n) => !n.weak && n.value > 0 && !namesAPrice(folded, n) && (paid || !paysSum(folded, n)));
  // « الستوك ماشي 12، راهو 10 » (not 12: it is 10): the denied number was the count (+12 was proposed).
  const affirmed = said.filter((n) => !DENIED_BEFORE.test(folded.slice(0, n.start)));
  const strong = affirmed.length ? affirmed : said;
  const counted = strong.filter((n) => n.unit && PACKAGING_WORDS.has(n.unit));
  if (counted.length) return counted[0];
  const notSize = strong.filter((n) => !isSizeUnit(n.unit));
  if (notSize.length) return notSize[0];
  if (strong.length) return strong[0];
  return numbers.find((n) => n.weak && n.unit && PACKAGING_WORDS.has(n.unit));
}

/** The signed quantity of a stock movement; sizes inside a product's name never count ("Huile Elio 5L"). */
export function signedQuantity(
  text: string,
  ctx?: Pick<SlotContext, 'commonWords'> & Partial<Pick<SlotContext, 'matcher'>>,
  paid = false,
): number | undefined {
  // « il y a 2 jours j'ai reçu 20 sucre »: the days counted are no goods (+2 was proposed: the review).
  const ago = daysAgoSpans(text);
  // « J'ai reçu 20 Lait en sachet 1L » (the text a choice sends): the « 1 » is the name's — it read +1 (the reviewer).
  const named = ctx?.matcher?.sizedNameSpans(text) ?? [];
  const numbers = extractNumbers(text).filter(
    (n) =>
      !isSizeInName(text, n, ctx?.commonWords) &&
      !named.some((s) => n.start >= s.start && n.end <= s.end) &&
      !ago.some(([start, end]) => n.start >= start && n.start < end),
  );
  const q = pickQuantity(numbers, foldForCues(text), paid);
  if (!q) return undefined;
  const magnitude = Math.round(Math.abs(q.value));
  if (!magnitude) return undefined;
  const sign = q.sign ?? stockDirection(text);
  return sign * magnitude;
}

/** A number that belongs to a product's name: spelt inside a catalogue name, or a size after a product word. */
function inNameOf(ctx: SlotContext): (n: NumberMention) => boolean {
  const spans = ctx.matcher.sizedNameSpans(ctx.text);
  return (n) => spans.some((s) => n.start >= s.start && n.end <= s.end) || isSizeInName(ctx.text, n, ctx.commonWords);
}

/** What the sale-lines extractor needs from the slot context. */
function saleCtx(ctx: SlotContext) {
  return {
    matcher: ctx.matcher,
    lang: ctx.lang,
    commonWords: ctx.commonWords,
    isSizeInName: inNameOf(ctx),
    residual: (text: string) => residualProduct({ ...ctx, text }),
  };
}

/** The shared extractors bound to one message: what a tool's slots hook (tools/src/<tool>/<tool>.slots.ts) reads. */
export function slotReader(ctx: SlotContext): SlotReader {
  const { text } = ctx;
  const customer = () => extractCustomer(text, ctx.matcher, ctx.lang, ctx.commonWords, ctx.knownNames);
  return {
    text,
    lang: ctx.lang,
    attachmentId: ctx.attachmentId,
    period: () => extractPeriod(text, ctx.now),
    date: () => extractDate(text, ctx.now),
    amount: () => extractAmount(text),
    paidAmount: () => extractPaidAmount(text),
    // « j'ai retiré 5000 de la banque pour payer le loyer »: the bank is where the money came from, the rent what it paid (a
    // bank expense was proposed: the twenty-fourth session's reviewers).
    expenseCategory: () => (takesFromBank(text) && extractExpenseCategory(withoutBank(text))) || extractExpenseCategory(text),
    marketCategory: () => extractMarketCategory(text),
    product: (options) => productSlot(ctx, new Set(), options?.residual ?? true),
    signedQuantity: () => signedQuantity(text, ctx),
    stockDirection: () => stockDirection(text),
    isLowStockQuestion: () => isLowStockQuestion(text),
    asksBestSellers: () => asksBestSellers(text),
    asksSlowSellers: () => asksSlowSellers(text),
    asksBusyTimes: () => asksBusyTimes(text),
    reason: () => reasonSpan(text),
    topic: (instructionWords) => topicSpan(text, instructionWords ? foldedSet(instructionWords) : undefined),
    message: () => messageSpan(text),
    channel: () => extractChannel(text)?.channel,
    defaultChannel: () => defaultChannel(text),
    contentLanguage: () => extractContentLanguage(text),
    tone: () => extractTone(text),
    feedbackCategory: () => extractFeedbackCategory(text),
    customer: () => customer()?.name,
    saleLines: (options) => extractSaleLines(text, saleCtx(ctx), options?.skipCustomer ? customer() : undefined),
    paymentMethod: () => extractPaymentMethod(text),
    newProduct: () => extractNewProduct(text),
    firstCue: <K extends string>(cues: CueList<K>) => {
      const folded = foldForCues(text);
      return compiledCues(cues).find(([, re]) => re.test(folded))?.[0] as K | undefined;
    },
    mention: (cues) => mentionOf(text, cues),
    onlyWords: (span, list) => {
      const known = foldedSet(list);
      return words(span).every((w) => known.has(w) || w.length < 2);
    },
  };
}

// A tool's word lists are module constants: folded and compiled once each.
const FOLDED = new WeakMap<readonly string[], ReadonlySet<string>>();
const foldedSet = (list: readonly string[]): ReadonlySet<string> => {
  let set = FOLDED.get(list);
  if (!set) FOLDED.set(list, (set = new Set(list.map((w) => fold(w)))));
  return set;
};
const COMPILED = new WeakMap<object, [string, RegExp][]>();
const compiledCues = (cues: CueList<string>): [string, RegExp][] => {
  let out = COMPILED.get(cues);
  if (!out) COMPILED.set(cues, (out = cues.map(([key, list]) => [key, cueRegex(list)])));
  return out;
};
const MENTIONS = new WeakMap<readonly string[], RegExp>();

/** The first cue of `cues` in the message, as the user wrote it. */
function mentionOf(text: string, cues: readonly string[]): string | undefined {
  let re = MENTIONS.get(cues);
  if (!re) MENTIONS.set(cues, (re = cueRegex(cues)));
  const m = re.exec(foldForCues(text));
  if (!m) return undefined;
  const hit = rawTokens(text).find((t) => foldForCues(t.raw) === m[0].split(' ')[0]);
  return hit ? text.slice(hit.start, hit.start + m[0].length) : m[0];
}

/** Arguments of one tool, read from the message by the tool's own slots hook. Only what the message says is returned. */
export function fillSlots(tool: SlotTool | undefined, ctx: SlotContext): Slots {
  const filled = tool?.slots?.fill(slotReader(ctx));
  if (!filled) return { args: {}, resolved: {} };
  const { args, resolved = {}, candidates, more } = filled;
  return more ? { args, resolved, more } : { args, resolved, candidates };
}

/** Slots a short follow-up can carry on its own ("et le sucre ?", "et ce mois-ci ?", "pour Instagram"). */
export function followUpSlots(tool: SlotTool | undefined, ctx: SlotContext): Record<string, unknown> {
  return tool?.slots?.followUp?.(slotReader(ctx)) ?? {};
}

export { tokenize };

/** Words a follow-up wraps its new value in ("et pour le…", "what about…", "و بالنسبة لـ…", "nafs l7aja l…"). */
const FOLLOW_UP_FILLER = new Set(
  (
    'et pour le la les l du de des d ce cette cet ci c est quoi alors aussi avec sur en au aux a maintenant meme chose fais fait refais pareil idem ' +
    'mets mettre fais-le fais-la plutot non oui stp svp merci question combien ' +
    'and for what about how the this that now same do it thing again too also then with on please instead ' +
    'و ماذا عن بالنسبة ل هذا هذه هاد هادي نفس الشيء الحاجه دير ديرها وماذا وبالنسبه بالنسبه كذلك ايضا زاده ' +
    'w l el ou kifach ta3 wach 3la f fi men nafs l7aja kif dir dirha zada ghir'
  )
    .split(' ')
    .map((w) => fold(w)),
);

/**
 * True when the message is only a follow-up's filler plus slot values ("Et ce mois-ci ?", "and rice?",
 * "Fais la même chose pour Instagram"): nothing in it asks for a different tool.
 */
export function isBareFollowUp(ctx: SlotContext): boolean {
  let folded = foldForCues(ctx.text);
  const blank = (start: number, end: number) => {
    folded = folded.slice(0, start) + ' '.repeat(end - start) + folded.slice(end);
  };
  const product = ctx.matcher.find(ctx.text, ctx.lang);
  if (product) blank(product.extent.start, product.extent.end);
  for (const g of SLOT_VALUE_REGEXES) {
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(folded))) blank(m.index, m.index + m[0].length);
  }
  const left = tokenize(folded).filter((t) => !FOLLOW_UP_FILLER.has(t.text) && !NEVER_PRODUCT.has(t.text) && !/^\d/.test(t.text));
  // A lone unknown word is a product the catalogue does not know ("and biscuits?").
  return left.length === 0 || (left.length === 1 && !ctx.commonWords.has(left[0].text));
}
