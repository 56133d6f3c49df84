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
import { asksBestSellers } from './extractors/intent-cues';
import { extractCustomer, extractNewProduct, extractPaymentMethod, extractSaleLines } from './extractors/sales';
import { extractAmount, extractNumbers, isSizeUnit, type NumberMention } from './extractors/numbers';
import { extractDate, extractPeriod, PERIOD_VALUE_REGEXES } from './extractors/period';
import { entryName, entryNames, productVocabulary, type ProductMatch, type ProductMatcher } from './extractors/product';
import { messageSpan, rawTokens, reasonSpan, topicSpan } from './extractors/spans';
import { fold, tokenize, words } from './normalize';
import type { NluLang, Resolution } from './types';

export interface SlotContext {
  text: string;
  lang: NluLang;
  matcher: ProductMatcher;
  /** Ordinary words of the domain (from the tools' examples): never taken for an unknown product. */
  commonWords: ReadonlySet<string>;
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

const SLOT_VALUE_REGEXES: readonly RegExp[] = [...PERIOD_VALUE_REGEXES, ...CHANNEL_VALUE_REGEXES, ...CATEGORY_VALUE_REGEXES];

const toResolution = (m: ProductMatch): Resolution | undefined =>
  m.entry ? { id: m.entry.id, names: entryNames(m.entry) } : undefined;

/** Conversational words that are never a product, whatever the examples say. */
const NEVER_PRODUCT = new Set(
  (
    'non oui ok okay d accord plutot plutôt stp svp merci please thanks no yes yeah nope instead rather actually sorry ' +
    'encore aussi alors donc bon bien voila voilà hein quoi ah oh eh bref sinon ' +
    'لا نعم واه ايه أيه بصح برك زادة كذلك ايضا أيضا شكرا wah la lala ih iyeh barka zada'
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
  'ajoute', 'ajouter', 'rajoute', 'retire', 'retirer', 'enleve', 'mets', 'met', 'rentre', 'recu', 'reçu', 'livre', 'vendu', 'vendre', 'perdu', 'jete',
  'add', 'remove', 'put', 'received', 'sold', 'sell', 'got', 'take', 'bought',
  'zid', 'zidli', 'na7i', 'nahi', 'n9es', 'na9es', 'dakhel', 'bi3t', 'jatni', 'chrit', 'khrej', 'kharej',
  'زيد', 'زيدلي', 'اضف', 'أضف', 'نحي', 'نقص', 'انقص', 'بعت', 'جاتني', 'شريت', 'استلمت', 'دخل', 'اسحب', 'احذف', 'سجل',
]);

/** Words after which a sized number is a quantity, not part of a name ("de 5 L", "men 2 kilo"). */
const NAME_BREAKS = new Set(['de', 'du', 'des', 'd', 'of', 'men', 'ta3', 'من', 'تاع', 'a', 'à', 'en', 'plus', 'moins', 'stock']);
const CONCEPT_WORDS = productVocabulary([]);

/** The quantity of a stock movement: a number that counts units, not a pack size ("2 bidons de 5L" → 2). */
function pickQuantity(numbers: NumberMention[]): NumberMention | undefined {
  const strong = numbers.filter((n) => !n.weak && n.value > 0 && !n.currency);
  const counted = strong.filter((n) => n.unit && PACKAGING_WORDS.has(n.unit));
  if (counted.length) return counted[0];
  const notSize = strong.filter((n) => !isSizeUnit(n.unit));
  if (notSize.length) return notSize[0];
  if (strong.length) return strong[0];
  return numbers.find((n) => n.weak && n.unit && PACKAGING_WORDS.has(n.unit));
}

/** The signed quantity of a stock movement; sizes inside a product's name never count ("Huile Elio 5L"). */
export function signedQuantity(text: string, ctx?: Pick<SlotContext, 'commonWords'>): number | undefined {
  const numbers = extractNumbers(text).filter((n) => !isSizeInName(text, n, ctx?.commonWords));
  const q = pickQuantity(numbers);
  if (!q) return undefined;
  const magnitude = Math.round(Math.abs(q.value));
  if (!magnitude) return undefined;
  const sign = q.sign ?? stockDirection(text);
  return sign * magnitude;
}

const CAMPAIGN_STATUS: [string, RegExp][] = [
  ['active', cueRegex(['actives', 'active', 'actifs', 'actif', 'en cours', 'running', 'live', 'ongoing', 'current', 'نشطة', 'النشطة', 'الجارية', 'جارية', 'خدامين', 'khadmin', 'khedamin'])],
  ['paused', cueRegex(['en pause', 'pause', 'suspendues', 'paused', 'stopped', 'متوقفة', 'الموقوفة', 'موقوفة', 'واقفين'])],
  ['completed', cueRegex(['terminées', 'terminee', 'finies', 'passées', 'finished', 'completed', 'ended', 'past', 'المنتهية', 'منتهية', 'كملو', 'kmlou'])],
  ['draft', cueRegex(['brouillon', 'brouillons', 'draft', 'drafts', 'مسودة', 'المسودات'])],
];

// (Parenthesised: without it `.split` applies to the second literal only and the Set holds single characters.)
const REPORT_WORDS = new Set(
  (
    'rapport rapports etude analyse document pdf marche marches complet complete detaille detaillee annuel trimestriel report study analysis market ' +
    'research full detailed annual document تقرير تقريرا دراسة تحليل السوق سوق كامل مفصل rapor rabor رابور souk marché'
  )
    .split(' ')
    .map((w) => fold(w)),
);

const FILLER_WORDS = new Set(['de', 'du', 'des', 'le', 'la', 'les', 'un', 'une', 'a', 'an', 'the', 'of', 'on', 'about', 'sur', 'me', 'moi', 'my', 'mon', 'ma', 'mes', 'عن', 'لي', 'اعطيني', 'أعطني', 'اعطني', 'give', 'fais', 'make', 'donne', 'genere', 'generate'].map((w) => fold(w)));
const isOnlyReportWords = (span: string) =>
  words(span).every((w) => REPORT_WORDS.has(w) || FILLER_WORDS.has(w) || w.length < 2);

const KNOWN_MERCHANTS = cueRegex([
  'Sonelgaz', 'Seaal', 'ADE', 'Algérie Télécom', 'Algerie Telecom', 'Mobilis', 'Djezzy', 'Ooredoo', 'Naftal', 'Cevital', 'Ifri', 'Soummam',
  'Hamoud Boualem', 'Rouiba', 'Uno', 'Ardis', 'Numidis', 'Yassir', 'سونلغاز', 'سيال', 'نفطال', 'موبيليس', 'جيزي', 'أوريدو', 'اتصالات الجزائر',
]);

function merchantOf(text: string): string | undefined {
  const m = KNOWN_MERCHANTS.exec(foldForCues(text));
  if (m) {
    // Return the merchant as the user wrote it.
    const tokens = rawTokens(text);
    const hit = tokens.find((t) => foldForCues(t.raw) === m[0].split(' ')[0]);
    return hit ? text.slice(hit.start, hit.start + m[0].length) : m[0];
  }
  const chez = /\b(?:chez|at|from|عند)\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)*)/u.exec(text);
  return chez?.[1];
}

/** What the sale-lines extractor needs from the slot context. */
function saleCtx(ctx: SlotContext) {
  return {
    matcher: ctx.matcher,
    lang: ctx.lang,
    commonWords: ctx.commonWords,
    isSizeInName: (n: NumberMention) => isSizeInName(ctx.text, n, ctx.commonWords),
    residual: (text: string) => residualProduct({ ...ctx, text }),
  };
}

/** Arguments of one tool, read from the message. Only what the message says is returned. */
export function fillSlots(tool: string, ctx: SlotContext): Slots {
  const args: Record<string, unknown> = {};
  const resolved: Record<string, Resolution> = {};
  let candidates: Resolution[] | undefined;
  const period = () => extractPeriod(ctx.text);

  switch (tool) {
    case 'dashboard_stats':
    case 'expenses_list':
    case 'market_trends':
    case 'market_report': {
      const p = period();
      if (p) args.period = p;
      break;
    }
  }

  switch (tool) {
    case 'inventory_search': {
      const low = isLowStockQuestion(ctx.text);
      if (low) args.lowStockOnly = true;
      // A low-stock question names a product only through the catalogue, never through leftover words.
      const p = low ? productSlot(ctx, new Set(), false) : productSlot(ctx);
      if (p.query) args.query = p.query;
      if (p.resolution) resolved.query = p.resolution;
      candidates = p.candidates;
      break;
    }
    case 'inventory_adjust':
    case 'market_competitors': {
      const p = productSlot(ctx);
      if (p.value) args.product = p.value;
      if (p.resolution) resolved.product = p.resolution;
      candidates = p.candidates;
      if (tool === 'inventory_adjust') {
        const q = signedQuantity(ctx.text, ctx);
        if (q !== undefined) args.quantity = q;
        const reason = reasonSpan(ctx.text);
        if (reason) args.reason = reason;
        // Several products in one message ("ajoute 10 sucre et 5 farine"): one movement each, never only the first.
        const lines = extractSaleLines(ctx.text, saleCtx(ctx));
        if (lines.length > 1 && lines.every((l) => l.product && l.quantity && Number.isInteger(l.quantity))) {
          const sign = stockDirection(ctx.text);
          const [first, ...rest] = lines.map((l) => ({ product: l.product, quantity: sign * Math.round(l.quantity!), ...(reason ? { reason } : {}) }));
          Object.assign(args, first);
          if (lines[0].resolution) resolved.product = lines[0].resolution;
          else delete resolved.product;
          candidates = undefined;
          return { args, resolved, more: rest };
        }
      }
      break;
    }
    case 'expenses_list': {
      const c = extractExpenseCategory(ctx.text);
      if (c) args.category = c;
      break;
    }
    case 'expenses_add': {
      const amount = extractAmount(ctx.text);
      if (amount !== undefined) args.amount = amount;
      const c = extractExpenseCategory(ctx.text);
      if (c) args.category = c;
      const date = extractDate(ctx.text, ctx.now);
      if (date) args.date = date;
      const merchant = merchantOf(ctx.text);
      if (merchant) args.merchant = merchant;
      // The whole sentence is not a description; keep one only when the user wrote more than the command.
      const description = reasonSpan(ctx.text);
      if (description) args.description = description;
      break;
    }
    case 'market_trends': {
      const c = extractMarketCategory(ctx.text);
      if (c) args.category = c;
      break;
    }
    case 'market_report': {
      const c = extractMarketCategory(ctx.text);
      const topic = c ?? topicSpan(ctx.text, REPORT_WORDS);
      // "un rapport de marché" asks for the general report: a topic made only of report words is no topic.
      if (topic && !isOnlyReportWords(topic)) args.topic = topic;
      break;
    }
    case 'marketing_generate_content': {
      const ch = extractChannel(ctx.text)?.channel ?? defaultChannel(ctx.text);
      if (ch) args.channel = ch;
      const topic = topicSpan(ctx.text);
      if (topic) args.topic = topic;
      const language = extractContentLanguage(ctx.text);
      if (language) args.language = language;
      const tone = extractTone(ctx.text);
      if (tone) args.tone = tone;
      break;
    }
    case 'sales_record': {
      const customer = extractCustomer(ctx.text, ctx.matcher, ctx.lang, ctx.commonWords);
      const lines = extractSaleLines(ctx.text, saleCtx(ctx), customer);
      // A line without its count is asked for, never guessed: `lines` stays missing.
      if (lines.length && lines.every((l) => l.product && l.quantity)) {
        args.lines = lines.map((l) => ({ product: l.product, quantity: l.quantity, ...(l.unitPrice !== undefined ? { unitPrice: l.unitPrice } : {}) }));
        const first = lines.find((l) => l.resolution);
        if (first?.resolution) resolved.product = first.resolution;
      }
      const method = extractPaymentMethod(ctx.text);
      if (method) args.paymentMethod = method;
      if (customer) args.customer = customer.name;
      const date = extractDate(ctx.text, ctx.now);
      if (date) args.soldAt = date;
      break;
    }
    case 'sales_daily_total': {
      const amount = extractAmount(ctx.text);
      if (amount !== undefined) args.amount = amount;
      const date = extractDate(ctx.text, ctx.now);
      if (date) args.date = date;
      break;
    }
    case 'sales_list': {
      const date = extractDate(ctx.text, ctx.now);
      const p = period();
      if (date) args.date = date;
      else if (p) args.period = p;
      const customer = extractCustomer(ctx.text, ctx.matcher, ctx.lang, ctx.commonWords);
      if (customer) args.customer = customer.name;
      if (extractPaymentMethod(ctx.text) === 'credit') args.paymentMethod = 'credit';
      break;
    }
    case 'products_add': {
      const p = extractNewProduct(ctx.text);
      for (const key of ['name', 'price', 'cost', 'stock', 'barcode'] as const) if (p[key] !== undefined) args[key] = p[key];
      break;
    }
    case 'customers_credit': {
      const customer = extractCustomer(ctx.text, ctx.matcher, ctx.lang, ctx.commonWords);
      if (customer) args.customer = customer.name;
      break;
    }
    case 'customers_payment':
    case 'customers_credit_add': {
      const customer = extractCustomer(ctx.text, ctx.matcher, ctx.lang, ctx.commonWords);
      if (customer) args.customer = customer.name;
      const amount = extractAmount(ctx.text);
      if (amount !== undefined) args.amount = amount;
      const method = extractPaymentMethod(ctx.text);
      if (tool === 'customers_payment' && method && method !== 'credit') args.method = method;
      break;
    }
    case 'dashboard_insights': {
      // "Produit le plus vendu ce mois-ci" is a ranking for that period, not the general findings.
      if (asksBestSellers(ctx.text)) {
        args.focus = 'best_sellers';
        const p = period();
        if (p) args.period = p;
      }
      break;
    }
    case 'marketing_campaigns': {
      const folded = foldForCues(ctx.text);
      const status = CAMPAIGN_STATUS.find(([, re]) => re.test(folded))?.[0];
      if (status) args.status = status;
      break;
    }
    case 'feedback_submit': {
      args.category = extractFeedbackCategory(ctx.text);
      args.message = messageSpan(ctx.text);
      break;
    }
    case 'expenses_scan_receipt':
    case 'inventory_analyze_image': {
      if (ctx.attachmentId) args.attachmentId = ctx.attachmentId;
      break;
    }
  }
  return { args, resolved, candidates };
}

/** Slots a short follow-up can carry on its own ("et le sucre ?", "et ce mois-ci ?", "pour Instagram"). */
export function followUpSlots(tool: string, ctx: SlotContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const p = extractPeriod(ctx.text);
  const channel = extractChannel(ctx.text)?.channel;
  const product = ctx.matcher.find(ctx.text, ctx.lang);
  switch (tool) {
    case 'inventory_search':
      if (product) out.query = searchQuery(product, ctx.lang);
      else {
        const r = residualProduct(ctx);
        if (r) out.query = r;
      }
      break;
    case 'inventory_adjust':
    case 'market_competitors':
      if (product) out.product = product.entry ? entryName(product.entry, ctx.lang) : product.canonical;
      else {
        const r = residualProduct(ctx);
        if (r) out.product = r;
      }
      break;
    case 'marketing_generate_content':
      if (channel) out.channel = channel;
      break;
    case 'expenses_list': {
      const c = extractExpenseCategory(ctx.text);
      if (c) out.category = c;
      break;
    }
    case 'market_trends': {
      const c = extractMarketCategory(ctx.text);
      if (c) out.category = c;
      break;
    }
  }
  if (p && ['dashboard_stats', 'expenses_list', 'market_trends', 'market_report', 'dashboard_insights'].includes(tool)) out.period = p;
  return out;
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
  for (const re of SLOT_VALUE_REGEXES) {
    const g = new RegExp(re.source, 'gu');
    let m: RegExpExecArray | null;
    while ((m = g.exec(folded))) blank(m.index, m.index + m[0].length);
  }
  const left = tokenize(folded).filter((t) => !FOLLOW_UP_FILLER.has(t.text) && !NEVER_PRODUCT.has(t.text) && !/^\d/.test(t.text));
  // A lone unknown word is a product the catalogue does not know ("and biscuits?").
  return left.length === 0 || (left.length === 1 && !ctx.commonWords.has(left[0].text));
}
