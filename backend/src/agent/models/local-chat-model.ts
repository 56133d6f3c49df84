import { BaseChatModel, BaseChatModelParams } from '@langchain/core/language_models/chat_models';
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { AIMessage, AIMessageChunk, BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { ChatGenerationChunk, ChatResult } from '@langchain/core/outputs';
import { randomUUID } from 'node:crypto';
import type { Lang } from '../../chat/chat-events';
import type { CatalogEntry, HistoryTurn, Nlu } from '../local/nlu';
import { clarifyReply, reply } from './replies';
import type { Clock } from '../../common/time/clock';

interface LocalDeps {
  nlu: Nlu;
  catalog: CatalogEntry[];
  attachmentIds: string[];
  /** The turn's language (detected from the user's text by the chat service). */
  lang: Lang;
  /** Pause between streamed tokens (LOCAL_STREAM_DELAY_MS). */
  tokenDelayMs?: number;
  /** The business clock: relative dates (« hier », « la semaine dernière ») resolve against it. */
  clock?: Clock;
}

const CONVERSATION_INTENTS: Record<string, Parameters<typeof reply>[0]> = {
  greeting: 'greeting',
  thanks: 'thanks',
  help: 'help',
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

  _llmType(): string {
    return 'tajer-local';
  }

  bindTools(tools: { name?: string }[]): this {
    const bound = new LocalChatModel(this.deps) as this;
    bound.boundToolNames = new Set(tools.map((t) => t.name ?? '').filter(Boolean));
    return bound;
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const message = this.decide(messages);
    return { generations: [{ text: typeof message.content === 'string' ? message.content : '', message }] };
  }

  async *_streamResponseChunks(
    messages: BaseMessage[],
    _options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const message = this.decide(messages);
    if (message.tool_calls?.length) {
      yield new ChatGenerationChunk({
        text: '',
        message: new AIMessageChunk({
          content: '',
          tool_call_chunks: message.tool_calls.map((tc, index) => ({ id: tc.id, name: tc.name, args: JSON.stringify(tc.args), index, type: 'tool_call_chunk' })),
        }),
      });
      return;
    }
    const text = typeof message.content === 'string' ? message.content : '';
    // Token by token (words and the spaces between them), like a hosted model streams.
    for (const token of text.match(/\S+\s*|\s+/g) ?? []) {
      if (this.deps.tokenDelayMs) await sleep(this.deps.tokenDelayMs, _options.signal);
      yield new ChatGenerationChunk({ text: token, message: new AIMessageChunk({ content: token }) });
      await runManager?.handleLLMNewToken(token);
    }
  }

  private decide(messages: BaseMessage[]): AIMessage {
    const last = messages[messages.length - 1];
    if (last && ToolMessage.isInstance(last)) return new AIMessage(this.answerFromTools(messages));
    const text = last ? messageText(last) : '';
    const understood = this.deps.nlu.understand({
      text,
      hasAttachment: this.deps.attachmentIds.length > 0,
      attachmentId: this.deps.attachmentIds[0],
      history: toHistory(messages.slice(0, -1)),
      catalog: this.deps.catalog,
      now: this.deps.clock?.now(),
    });
    const lang = this.deps.lang;
    const intent = understood.intent;
    if (intent && this.boundToolNames?.has(intent)) {
      if (understood.missing.length) return new AIMessage(clarifyReply(understood.missing, lang));
      return new AIMessage({ content: '', tool_calls: [{ id: `call_${randomUUID()}`, name: intent, args: understood.args, type: 'tool_call' }] });
    }
    const key = intent ? CONVERSATION_INTENTS[intent] : undefined;
    return new AIMessage(reply(key ?? 'outOfScope', lang));
  }

  /** The answer after tools ran: each tool's summary (already in the user's language), or what is awaited. */
  private answerFromTools(messages: BaseMessage[]): string {
    const results: string[] = [];
    for (let i = messages.length - 1; i >= 0 && ToolMessage.isInstance(messages[i]); i--) {
      results.unshift(this.describeToolMessage(messages[i] as ToolMessage));
    }
    return results.filter(Boolean).join('\n\n');
  }

  private describeToolMessage(message: ToolMessage): string {
    const lang = this.deps.lang;
    let outcome: { status?: string; summary?: string; preamble?: string; error?: { message?: string } } = {};
    try {
      outcome = JSON.parse(messageText(message));
    } catch {
      return messageText(message);
    }
    if (outcome.status === 'awaiting_approval') {
      const ask = reply('approvalAsk', lang);
      return outcome.preamble ? `${outcome.preamble}\n\n${ask}` : ask;
    }
    if (outcome.status === 'failed') return outcome.summary || reply('toolFailed', lang, { error: outcome.error?.message ?? '' });
    return outcome.summary ?? '';
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => (clearTimeout(timer), reject(signal!.reason));
    const timer = setTimeout(() => (signal?.removeEventListener('abort', onAbort), resolve()), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function messageText(message: BaseMessage): string {
  return typeof message.content === 'string' ? message.content : message.text;
}

/** Earlier turns as the NLU reads them: user texts, and the tools the assistant called with their arguments. */
function toHistory(messages: BaseMessage[]): HistoryTurn[] {
  const turns: HistoryTurn[] = [];
  for (const m of messages) {
    if (HumanMessage.isInstance(m)) turns.push({ role: 'user', text: messageText(m) });
    else if (AIMessage.isInstance(m)) {
      const call = m.tool_calls?.[0];
      if (call) turns.push({ role: 'assistant', text: '', intent: call.name, args: call.args });
      else if (messageText(m)) turns.push({ role: 'assistant', text: messageText(m) });
    }
  }
  return turns;
}
