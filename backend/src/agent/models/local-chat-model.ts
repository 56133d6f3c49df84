import { BaseChatModel, BaseChatModelParams } from '@langchain/core/language_models/chat_models';
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { AIMessage, AIMessageChunk, BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { ChatGenerationChunk, ChatResult } from '@langchain/core/outputs';
import { randomUUID } from 'node:crypto';
import type { Lang } from '../../chat/chat-events';
import type { CatalogEntry, HistoryTurn, Nlu, UnderstandResult } from '../local/nlu';
import { formatNumber } from '@tajer/tools';
import { looksLikeCorrection } from '../local/nlu/extractors/cues';
import { cancelReply, lastWrite, unsupportedReply } from './notices';
import { bareAnswer, pendingReply } from './pending-reply';
import { balanceRead, payBalance } from './pay-all';
import { messageText, toolOutcome } from './model-messages';
import { CORRECTION_CALL_PREFIX, NEW_CALL_PREFIX } from '../turn-context';
import { amountQuestions, clarifyReply, reply } from './replies';
import { COVER, coverFromCalls, coverWhich } from './stock-cover';
import { COUNTED, correctCount, countReads } from './stock-count';
import { CLARIFICATION, toolCalls, withChoices } from './tool-calls';
import type { Clock } from '../../common/time/clock';

interface LocalDeps {
  nlu: Nlu;
  catalog: CatalogEntry[];
  /** The first words of the shop's customers' names (AgentRepository.customerNames). */
  customers?: readonly string[];
  attachmentIds: string[];
  /** The turn's language (detected from the user's text by the chat service). */
  lang: Lang;
  /** Pause between streamed tokens (LOCAL_STREAM_DELAY_MS). */
  tokenDelayMs?: number;
  /** Word by word even unpaced: the /v1 API's callers read an OpenAI stream of token deltas. */
  wordByWord?: boolean;
  /** The business clock: relative dates (« hier », « la semaine dernière ») resolve against it. */
  clock?: Clock;
  /** Reads a picture sent without a word to tell a receipt from a product (see `routeImageOnly`). */
  pictureKind?: (attachmentId: string) => Promise<PictureKind>;
}

type PictureKind = 'receipt' | 'product' | 'unsure';

const CONVERSATION_INTENTS: Record<string, Parameters<typeof reply>[0]> = {
  greeting: 'greeting',
  thanks: 'thanks',
  help: 'help',
  getting_started: 'gettingStarted',
  out_of_scope: 'outOfScope',
};

/**
 * The offline model: a LangChain chat model, so the same agent loop, tools and streaming run without any provider.
 * On a user message it understands the request with the NLU (intent classifier trained from the tools' examples +
 * argument extraction against the shop's catalogue) and either calls a tool, asks a short clarifying question, or
 * answers a greeting/thanks/help/out-of-scope message. After a tool ran, it answers with the tool's summary, in the
 * user's language, streamed token by token.
 */
export class LocalChatModel extends BaseChatModel {
  private boundToolNames: Set<string> | null = null;

  constructor(
    private readonly deps: LocalDeps,
    params: BaseChatModelParams = {},
  ) {
    super(params);
  }

  /** Key of the choices offered with an answer, in the AI message's additional_kwargs (read by the agent service). */
  static readonly CLARIFICATION = CLARIFICATION;
  /** Key of the products a stock movement named without a count, on the AI message that calls the tools. */
  static readonly UNCOUNTED = 'tajer_uncounted';
  /** Parts of the message that tell another write, not proposed (`unrecorded`): named in the answer, with a button each. */
  static readonly UNRECORDED = 'tajer_unrecorded';
  /** The quantity of more goods sold proposed as a sale of its own beside a waiting one of the same goods. */
  static readonly MORE_SOLD = 'tajer_more_sold';
  /** A bill told unpaid with its sum (`unpaidBill`): the answer says why nothing was recorded, before the bill's list. */
  static readonly UNPAID_BILL = 'tajer_unpaid_bill';
  /** Marks the reads of a « how many days will it last? » question, answered as days of cover. */
  static readonly COVER = COVER;

  _llmType(): string {
    return 'tajer-local';
  }

  bindTools(tools: { name?: string }[]): this {
    const bound = new LocalChatModel(this.deps) as this;
    bound.boundToolNames = new Set(tools.map((t) => t.name ?? '').filter(Boolean));
    return bound;
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const message = await this.decideWithPicture(messages);
    return { generations: [{ text: typeof message.content === 'string' ? message.content : '', message }] };
  }

  async *_streamResponseChunks(
    messages: BaseMessage[],
    _options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const message = await this.decideWithPicture(messages);
    const clarification = message.additional_kwargs?.[LocalChatModel.CLARIFICATION];
    if (message.tool_calls?.length) {
      yield new ChatGenerationChunk({
        text: '',
        message: new AIMessageChunk({
          content: '',
          additional_kwargs: message.additional_kwargs,
          tool_call_chunks: message.tool_calls.map((tc, index) => ({
            id: tc.id,
            name: tc.name,
            args: JSON.stringify(tc.args),
            index,
            type: 'tool_call_chunk',
          })),
        }),
      });
      return;
    }
    const text = typeof message.content === 'string' ? message.content : '';
    // Paced (LOCAL_STREAM_DELAY_MS), token by token (words and the spaces between them), like a hosted model streams;
    // callback handlers (a tracer an operator configured) get each token with its chunk, as a hosted model's do.
    // Unpaced, the answer is there at once: one chunk (but for the /v1 API, `wordByWord`). Word by word it was a
    // LangChain chunk per word through the loop, and two message.delta events instead of one (the batcher sends a
    // first token at once), for a text that reached the screen in the same millisecond.
    const words = this.deps.tokenDelayMs || this.deps.wordByWord;
    const tokens = words ? (text.match(/\S+\s*|\s+/g) ?? []) : text ? [text] : [];
    for (const token of tokens) {
      if (this.deps.tokenDelayMs) await sleep(this.deps.tokenDelayMs, _options.signal);
      const chunk = new ChatGenerationChunk({ text: token, message: new AIMessageChunk({ content: token }) });
      yield chunk;
      await runManager?.handleLLMNewToken(token, undefined, undefined, undefined, undefined, { chunk });
    }
    // An answer may be empty (a tool card that asks already says it all): the stream still needs one chunk.
    if (clarification || !tokens.length) {
      const extra = clarification ? { [LocalChatModel.CLARIFICATION]: clarification } : {};
      const chunk = new ChatGenerationChunk({ text: '', message: new AIMessageChunk({ content: '', additional_kwargs: extra }) });
      yield chunk;
      await runManager?.handleLLMNewToken('', undefined, undefined, undefined, undefined, { chunk });
    }
  }

  /** A picture sent alone is routed by what it shows; anything else by the words (`decide`). */
  private async decideWithPicture(messages: BaseMessage[]): Promise<AIMessage> {
    const last = messages[messages.length - 1];
    const attachmentId = this.deps.attachmentIds[0];
    if (!last || !HumanMessage.isInstance(last) || !attachmentId || !this.deps.pictureKind || !isImageOnly(messageText(last)))
      return this.decide(messages);
    const kind = await this.deps.pictureKind(attachmentId).catch(() => 'unsure' as const);
    const routed = routeImageOnly(kind, attachmentId, this.boundToolNames);
    return routed ?? new AIMessage(reply('pictureKind', this.deps.lang));
  }

  private decide(messages: BaseMessage[]): AIMessage {
    const last = messages[messages.length - 1];
    if (last && ToolMessage.isInstance(last))
      return (
        correctCount(messages, {
          lang: this.deps.lang,
          understand: (at) => this.understand(messages, at),
          describe: (m) => this.describeToolMessage(m),
          canAdjust: !!this.boundToolNames?.has('inventory_adjust'),
        }) ??
        payBalance(messages, !!this.boundToolNames?.has('customers_payment')) ??
        this.answerFromTools(messages)
      );
    const lang = this.deps.lang;
    const earlier = toHistory(messages.slice(0, -1));
    const isWrite = (tool: string) => this.deps.nlu.isWriteTool(tool);
    const waiting = earlier.filter((t) => t.intent && isWrite(t.intent) && t.status === 'awaiting_approval');
    // « oui », « ok approve it » while a card waits: only its button writes, so say where it is (nothing changes).
    const answer = waiting.length && last ? bareAnswer(messageText(last)) : undefined;
    if (answer) return new AIMessage(pendingReply(answer, lang));
    const understood = this.understand(messages, messages.length - 1);
    const intent = understood.intent;
    if (intent && this.boundToolNames?.has(intent)) {
      if (understood.missing.length) return unrecordedSaid(clarifyReply(understood.missing, lang, intent), understood.unrecorded, lang);
      // A count (« j'ai compté 37 sucre ») is no movement of 37: the stock on file is read first (`correctCount`).
      if (understood.stockCount && this.boundToolNames.has('inventory_search')) return countReads(understood);
      // « Karim paid everything he owes »: his balance is read first, then proposed as the payment (`payBalance`).
      if (understood.payAll && this.boundToolNames.has('customers_credit')) return balanceRead(understood.args.customer);
      // « How many days will my oil last? » of two oils: which one, each a question to tap (no figure of the wrong one).
      if (understood.cover && understood.candidates?.length && !understood.also?.length) return coverWhich(understood.candidates, lang);
      // Several products in one request ("ajoute 10 sucre et 5 farine") are several calls: one approval card each.
      // « non, 4 » after a card still waiting corrects that card: marked, so the new card replaces it (ToolExecutor).
      // More goods sold after a sale (« and 3 more », `added`) are a sale of their own: nothing is corrected.
      const corrected = understood.followUp && !understood.added ? lastWrite(earlier, isWrite) : undefined;
      const corrects =
        corrected?.status === 'awaiting_approval' && corrected.intent === intent && sameGoods(corrected.args ?? {}, understood.args);
      // Without a word of correction, no correction whatever its figures: « sold 3 coca » in full while « sold 2 coca »
      // waits is a second sale, both cards stay (NEW_CALL_PREFIX). « non, j'ai vendu 4 coca » is left to the executor's
      // rule (the same goods with other figures replace the waiting card).
      const prefix = corrects ? CORRECTION_CALL_PREFIX : looksLikeCorrection(messageText(last)) ? undefined : NEW_CALL_PREFIX;
      const calls = toolCalls(intent, [understood.args, ...(understood.more ?? [])], prefix);
      // Another tool's call the same message asks for (the money paid for a delivery): its own card, in the same answer.
      const also = (understood.also ?? []).filter((a) => this.boundToolNames?.has(a.intent));
      for (const a of also) calls.tool_calls!.push(...toolCalls(a.intent, [a.args], NEW_CALL_PREFIX).tool_calls!);
      // Goods named without their count get no card: the answer after the cards asks for it (`answerFromTools`).
      if (understood.uncounted?.length) calls.additional_kwargs[LocalChatModel.UNCOUNTED] = understood.uncounted;
      // « la recette 20000 et j'ai payé l'électricité 4500 »: the bill is named after the cards (`answerFromTools`).
      if (understood.unrecorded?.length) calls.additional_kwargs[LocalChatModel.UNRECORDED] = understood.unrecorded;
      if (understood.unpaidBill) calls.additional_kwargs[LocalChatModel.UNPAID_BILL] = true;
      // « and 3 more » while « sold 2 coca » waits: a second card, and the answer says why (and how to correct instead).
      const waitingWrite = understood.added ? lastWrite(earlier, isWrite) : undefined;
      if (waitingWrite?.status === 'awaiting_approval' && sameGoods(waitingWrite.args ?? {}, understood.args))
        calls.additional_kwargs[LocalChatModel.MORE_SOLD] = saleQuantity(understood.args);
      // « How many days will my coffee last? »: the stock and the sales read are answered together (`coverAnswer`).
      if (understood.cover) calls.additional_kwargs[LocalChatModel.COVER] = true;
      return calls;
    }
    if (intent === 'cancel') return withChoices(cancelReply(earlier, lang, isWrite, understood.notice));
    if (intent === 'unsupported' && understood.notice) {
      return withChoices(unsupportedReply(understood.notice, lang, !!this.boundToolNames?.has('sales_daily_total')));
    }
    const key = intent ? CONVERSATION_INTENTS[intent] : undefined;
    return new AIMessage(reply(key ?? 'outOfScope', lang));
  }

  /** The NLU's reading of the user message at `at`, with the conversation before it. */
  private understand(messages: BaseMessage[], at: number): UnderstandResult {
    return this.deps.nlu.understand({
      text: messages[at] ? messageText(messages[at]) : '',
      hasAttachment: this.deps.attachmentIds.length > 0,
      attachmentId: this.deps.attachmentIds[0],
      history: toHistory(messages.slice(0, at)),
      catalog: this.deps.catalog,
      customers: this.deps.customers,
      now: this.deps.clock?.now(),
    });
  }

  /** The answer after tools ran: each tool's summary (already in the user's language), or what is awaited. */
  private answerFromTools(messages: BaseMessage[]): AIMessage {
    let i = messages.length - 1;
    while (i >= 0 && ToolMessage.isInstance(messages[i])) i--;
    const calling = messages[i];
    const cover = calling && coverFromCalls(calling, messages.slice(i + 1), this.deps.lang, this.deps.clock?.now() ?? new Date());
    if (cover) return new AIMessage(cover);
    const unrecorded = calling && AIMessage.isInstance(calling) ? calling.additional_kwargs?.[LocalChatModel.UNRECORDED] : undefined;
    const text = this.toolResultsText(messages.slice(i + 1), calling);
    return unrecordedSaid(text, Array.isArray(unrecorded) ? unrecorded.map(String) : undefined, this.deps.lang);
  }

  /** The tools' results said in order after the message that called them, with what that message left unasked. */
  private toolResultsText(toolMessages: BaseMessage[], calling: BaseMessage | undefined): string {
    const results = toolMessages.map((m) => this.describeToolMessage(m as ToolMessage));
    // « je n'ai pas payé l'électricité 4500 »: the 4,500 told is not written — said first, then what is on file.
    if (calling && AIMessage.isInstance(calling) && calling.additional_kwargs?.[LocalChatModel.UNPAID_BILL])
      results.unshift(reply('unpaidBill', this.deps.lang));
    // « reçu 20 sucre et du café »: the café had no count, so no card — asked here rather than dropped.
    const uncounted = calling && AIMessage.isInstance(calling) ? calling.additional_kwargs?.[LocalChatModel.UNCOUNTED] : undefined;
    if (Array.isArray(uncounted) && uncounted.length)
      results.push(reply('uncounted', this.deps.lang, { products: uncounted.map(String).join(', ') }));
    const more = calling && AIMessage.isInstance(calling) ? calling.additional_kwargs?.[LocalChatModel.MORE_SOLD] : undefined;
    if (typeof more === 'number') results.push(reply('moreSold', this.deps.lang, { n: formatNumber(more, this.deps.lang) }));
    // Several cards in one answer (a delivery of two products and its expense) are said once, as several (« the proposed
    // change » over three cards read as one); other results stay, even when two are alike (two sales of the same goods).
    const ask = reply('approvalAsk', this.deps.lang);
    const waiting = results.filter((r) => r === ask).length;
    const many = reply('approvalAskMany', this.deps.lang, { n: formatNumber(waiting, this.deps.lang) });
    return results
      .filter((r, i) => r && (r !== ask || results.indexOf(r) === i))
      .map((r) => (r === ask && waiting > 1 ? many : r))
      .join('\n\n');
  }

  private describeToolMessage(message: ToolMessage): string {
    const lang = this.deps.lang;
    const outcome = toolOutcome<{
      status?: string;
      summary?: string;
      preamble?: string;
      error?: { message?: string };
      clarification?: unknown;
    }>(message);
    if (outcome === undefined) return messageText(message);
    // The tool asked the user a question with answers to tap: the card says it all.
    if (outcome.clarification) return '';
    if (outcome.status === 'awaiting_approval') {
      const ask = reply('approvalAsk', lang);
      return outcome.preamble ? `${outcome.preamble}\n\n${ask}` : ask;
    }
    if (outcome.status === 'failed') return outcome.summary || reply('toolFailed', lang, { error: outcome.error?.message ?? '' });
    return outcome.summary ?? '';
  }
}

/**
 * The answer, then the parts of the message no card was proposed for (« la recette 20000 et j'ai payé l'électricité
 * 4500 » recorded the takings and said nothing of the bill), quoted as typed, each a button that sends it on its own.
 */
function unrecordedSaid(text: string, parts: string[] | undefined, lang: Lang): AIMessage {
  if (!parts?.length) return new AIMessage(text);
  const quoted = new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts.map((p) => reply('quoted', lang, { text: p })));
  const said = reply('unrecorded', lang, { parts: quoted });
  return withChoices({ text: text ? `${text}\n\n${said}` : said, choices: parts.map((p) => ({ label: p, text: p })) });
}

/**
 * No words at all (an emoji or punctuation at most; the agent writes "(image)" for an empty message): the picture has
 * to speak for itself.
 */
function isImageOnly(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text.replace(/^\(image\)$/, ''));
}

/**
 * Issue 10: a receipt photo sent alone was taken for a product photo. The picture decides: a receipt is scanned into
 * an expense draft, a product analysed for stock; when it is unclear, the caller asks (null).
 */
export function routeImageOnly(kind: PictureKind, attachmentId: string, tools: Set<string> | null): AIMessage | null {
  const tool = kind === 'receipt' ? 'expenses_scan_receipt' : kind === 'product' ? 'inventory_analyze_image' : null;
  if (!tool || (tools && !tools.has(tool))) return null;
  return new AIMessage({
    content: '',
    tool_calls: [{ id: `call_${randomUUID()}`, name: tool, args: { attachmentId }, type: 'tool_call' }],
  });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => (clearTimeout(timer), reject(signal!.reason));
    const timer = setTimeout(() => (signal?.removeEventListener('abort', onAbort), resolve()), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The quantity of a one-line sale's line (« and 3 more »: 3). */
function saleQuantity(args: Record<string, unknown>): number | undefined {
  const lines = Array.isArray(args.lines) ? (args.lines as { quantity?: unknown }[]) : [];
  return lines.length === 1 && typeof lines[0].quantity === 'number' ? lines[0].quantity : undefined;
}

/**
 * Whether a carried-over write is about the same goods as the card it follows (« non, 4 » changes the figure of the
 * coca sale): « et 5 de farine » after « ajoute 10 sucre » is another movement, not a correction of the sugar's.
 */
function sameGoods(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const goods = (args: Record<string, unknown>) => {
    const lines = Array.isArray(args.lines) ? (args.lines as Record<string, unknown>[]) : [args];
    return JSON.stringify(lines.map((l) => (typeof l.product === 'string' ? l.product.toLowerCase() : null)));
  };
  return goods(before) === goods(after);
}

/**
 * Earlier turns as the NLU reads them: user texts, and the tools the assistant called with their arguments and what
 * became of each call (awaiting approval, applied, rejected, or stopped to ask a question).
 */
const LANGS: Lang[] = ['fr', 'ar', 'en'];
let amountQuestionsOnce: string[] | undefined;
/** The offline model's questions for a sum, in its three languages: built once (history is read on every turn). */
const allAmountQuestions = (): string[] => (amountQuestionsOnce ??= LANGS.flatMap(amountQuestions));

function toHistory(messages: BaseMessage[]): HistoryTurn[] {
  const turns: HistoryTurn[] = [];
  const byCall = new Map<string, HistoryTurn>();
  for (const m of messages) {
    if (HumanMessage.isInstance(m)) turns.push({ role: 'user', text: messageText(m) });
    else if (AIMessage.isInstance(m)) {
      const call = m.tool_calls?.[0];
      if (call) {
        const turn: HistoryTurn = {
          role: 'assistant',
          text: '',
          intent: call.name,
          args: call.args,
          ...(call.id?.startsWith(COUNTED) ? { stockCount: true } : {}),
        };
        turns.push(turn);
        if (call.id) byCall.set(call.id, turn);
      } else if (messageText(m)) {
        const text = messageText(m);
        // « Quel est le montant, en DA ? » (the offline model's own question, in any of its languages): a bare sum answers it.
        const askedAmount = allAmountQuestions().some((q) => text.startsWith(q));
        turns.push({ role: 'assistant', text, ...(askedAmount ? { askedAmount } : {}) });
      }
    } else if (ToolMessage.isInstance(m)) {
      const turn = byCall.get(m.tool_call_id);
      if (!turn) continue;
      // A tool answer that isn't ours (an MCP tool's plain text): no status.
      const outcome = toolOutcome<{ status?: string; summary?: string }>(m);
      if (outcome) {
        turn.status = outcome.status?.replace('-', '_');
        turn.summary = outcome.summary;
      }
    }
  }
  return turns;
}
