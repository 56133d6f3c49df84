/**
 * « J'ai compté 37 sucre »: a count is no movement of 37. The offline model reads the stock on file first
 * (`inventory_search`, its calls marked COUNT_READ), then proposes the difference as the movement (approved like any
 * other: the card shows 45 → 37; its calls marked COUNTED so the history knows them for a count's).
 */
import { AIMessage, HumanMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import { countReason, formatNumber } from '@tajer/tools';
import type { Clarification, Lang } from '../../chat/chat-events';
import type { UnderstandResult } from '../local/nlu';
import { toolOutcome } from './model-messages';
import { reply } from './replies';
import { toolCalls, withChoices } from './tool-calls';

/** The id prefix of the stock reads a count asks for before its proposal, and of the movements it then proposes. */
export const COUNT_READ = 'call_count_';
export const COUNTED = 'call_counted_';

interface Counted {
  product: string;
  /** The catalogue product the name resolved to, when it did. */
  productId?: string;
  count: number;
}

/** Each product counted, with the count said (the NLU's quantities of a count are the shelf's). */
export function countedItems(understood: UnderstandResult): Counted[] {
  return [understood.args, ...(understood.more ?? [])].flatMap((args, i) => {
    const product = typeof args.product === 'string' ? args.product : undefined;
    const count = typeof args.quantity === 'number' ? Math.abs(args.quantity) : undefined;
    if (!product || count === undefined) return [];
    const productId = i === 0 ? understood.resolved.product?.id : undefined;
    return [{ product, count, ...(productId ? { productId } : {}) }];
  });
}

/** The stock reads of a count's products (`correctCount` answers them). */
export function countReads(understood: UnderstandResult): AIMessage {
  return toolCalls(
    'inventory_search',
    countedItems(understood).map((c) => ({ query: c.product })),
    COUNT_READ,
  );
}

/** What the count's flow needs of the model: the NLU's reading of a user message, a tool message's answer. */
export interface CountDeps {
  lang: Lang;
  understand: (at: number) => UnderstandResult;
  describe: (message: ToolMessage) => string;
  canAdjust: boolean;
}

/**
 * After the stock of counted products was read: the difference with the count, proposed as the movement. A product
 * counted as it is on file gets « nothing to correct »; a name that matched several products asks which. Undefined
 * when this turn is no count waiting for its reads.
 */
export function correctCount(messages: BaseMessage[], deps: CountDeps): AIMessage | undefined {
  const human = messages.findLastIndex((m) => HumanMessage.isInstance(m));
  const asked = messages[human + 1];
  if (human < 0 || !asked || !AIMessage.isInstance(asked) || !asked.tool_calls?.length) return undefined;
  // Only the reads a count asked for (their ids say so): any other listing's answer is not read twice by the NLU.
  if (
    asked.tool_calls.some((c) => c.name !== 'inventory_search' || !c.id?.startsWith(COUNT_READ)) ||
    messages.length !== human + 2 + asked.tool_calls.length
  )
    return undefined;
  const understood = deps.understand(human);
  const counted = understood.stockCount ? countedItems(understood) : [];
  if (counted.length !== asked.tool_calls.length || !deps.canAdjust) return undefined;
  const lang = deps.lang;
  const moves: Record<string, unknown>[] = [];
  const said: string[] = [];
  const choices: Clarification['choices'] = [];
  counted.forEach((c, i) => {
    const read = stockOnFile(messages[human + 2 + i], c);
    const n = formatNumber(c.count, lang);
    if (!read.found) {
      // Nothing found says so by itself (the listing's summary); several found ask which, with a button each.
      said.push(deps.describe(messages[human + 2 + i] as ToolMessage));
      if (read.candidates.length) said.push(reply('countWhich', lang));
      // Each product the name matched, as the same count to tap.
      for (const names of read.candidates)
        choices.push({
          label: pickName(names, lang),
          text: reply('countChoice', lang, { n: String(c.count), product: pickName(names, lang) }),
        });
    } else if (read.found.stock === c.count) said.push(reply('countSame', lang, { product: c.product, n }));
    else
      moves.push({
        // The product read, by its own name: the tool resolves the name again, and must land on this one.
        product: pickName(read.found.names, lang) || c.product,
        productId: read.found.id,
        quantity: c.count - read.found.stock,
        reason: countReason(c.count, lang),
      });
  });
  if (!moves.length) return withChoices({ text: said.filter(Boolean).join('\n\n'), choices: choices.slice(0, 6) });
  return toolCalls('inventory_adjust', moves, COUNTED);
}

type Names = Record<string, string | null | undefined>;

/** A product's name in the user's language, French when it has none. */
const pickName = (names: Names, lang: Lang) => names[lang] || names.fr || Object.values(names).find(Boolean) || '';

/**
 * The product a stock read found for a count: the one the name resolved to, the only hit, or the one named exactly;
 * otherwise the products the name matched, to ask which.
 */
function stockOnFile(
  message: BaseMessage | undefined,
  counted: Counted,
): { found?: { id: string; stock: number; names: Names }; candidates: Names[] } {
  type Item = { id?: string; stock?: number; names?: Names };
  const outcome =
    message && ToolMessage.isInstance(message) ? toolOutcome<{ status?: string; data?: { items?: Item[] } }>(message) : undefined;
  if (outcome?.status !== 'succeeded') return { candidates: [] };
  const items = outcome.data?.items ?? [];
  const named = (item: (typeof items)[number]) =>
    Object.values(item.names ?? {}).some((n) => !!n && n.localeCompare(counted.product, undefined, { sensitivity: 'base' }) === 0);
  const item = counted.productId
    ? items.find((p) => p.id === counted.productId)
    : items.length === 1
      ? items[0]
      : items.filter(named).length === 1
        ? items.find(named)
        : undefined;
  if (item?.id && typeof item.stock === 'number')
    return { found: { id: item.id, stock: item.stock, names: item.names ?? {} }, candidates: [] };
  return { candidates: items.flatMap((p) => (p.names ? [p.names] : [])) };
}
