import type { BaseChatModel, BindToolsInput } from '@langchain/core/language_models/chat_models';
import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import { type AIMessageChunk, type BaseMessage, SystemMessage, type ToolCall, ToolMessage } from '@langchain/core/messages';
import type { Runnable } from '@langchain/core/runnables';
import { concat } from '@langchain/core/utils/stream';
import type { ToolDefinition } from '@tajer/tools';
import type { DeltaBatcher } from './delta-batcher';
import type { TurnContext } from './turn-context';

/**
 * What one turn brings to the shared loop: its model (the offline one carries the tenant's catalogue and the turn's
 * language and attachments; an OpenAI-compatible one its model name), its system prompt, who asks, where its text goes.
 */
export interface TurnRun {
  turn: TurnContext;
  model: BaseChatModel;
  systemPrompt?: string;
  deltas: DeltaBatcher;
}

export interface AgentLoopDeps {
  /** Runs a tool call of the turn (validates, records, runs a read, parks a write for approval). */
  execute(turn: TurnContext, name: string, args: unknown, callId?: string): Promise<unknown>;
  /** A tool that threw outside the executor: logged, and the model gets a generic failure. */
  unexpected(error: unknown, toolName: string): void;
}

/**
 * Model calls a turn may make, each followed by its tools: what LangGraph's `recursionLimit: 12` allowed the agent
 * this loop replaced (a model step and a tools step each). A model still calling tools after that fails the turn.
 */
export const MAX_MODEL_CALLS = 6;

/** What the model reads when a tool threw: never the exception's text or stack (file paths, internals). */
const TOOL_FAILURE = JSON.stringify({
  status: 'failed',
  summary: 'The tool failed unexpectedly.',
  error: { code: 'TOOL_ERROR', message: 'Unexpected error' },
});

type ToolModel = Runnable<BaseLanguageModelInput, AIMessageChunk>;

/**
 * The agent loop: the turn's chat model, bound to the tools, streamed; its tool calls run through the executor and
 * answered with ToolMessages; again until the model answers without calling a tool.
 *
 * Why not LangChain's `createAgent`: its LangGraph graph cost about 30 % of a turn's CPU for nothing this loop needs.
 * Every node went through `runWithConfig`, which builds a callback manager and a langsmith RunTree (~100 µs each, even
 * with tracing off), plus config merging, channel bookkeeping and message reducers per step, and
 * `streamMode: 'messages'` put a callback handler on every runnable to get the tokens out. Here the tokens come
 * straight from `model.stream`, and a turn costs one stream per model call.
 */
export class AgentLoop {
  private readonly tools: BindToolsInput[];
  /** The tools are bound once per model: an OpenAI-compatible model converts every tool's zod schema when bound. */
  private readonly bound = new WeakMap<BaseChatModel, ToolModel>();

  constructor(
    tools: ToolDefinition[],
    private readonly deps: AgentLoopDeps,
  ) {
    this.tools = tools.map((t) => ({ name: t.name, description: t.description, schema: t.schema }));
  }

  /** Streams the model's chunks, every model call of the turn in turn; tools run between calls. */
  async *stream(run: TurnRun, conversation: BaseMessage[]): AsyncGenerator<AIMessageChunk> {
    const { turn } = run;
    const model = this.withTools(run.model);
    const messages = run.systemPrompt ? [new SystemMessage(run.systemPrompt), ...conversation] : [...conversation];
    for (let calls = 1; ; calls++) {
      turn.signal.throwIfAborted();
      const chunks: AIMessageChunk[] = [];
      let callsTools = false;
      // `_streamIterator`, not `stream`: the same generator (callbacks, tracing, the tools bound, the signal checked
      // after every chunk, the provider's request aborted by it), without the wrappers `Runnable.stream` puts around
      // it for callers that nest runnables — per chunk a `runWithConfig` (which configures a callback manager and
      // reads process.env), a `raceWithSignal` (a Promise.race and an abort listener) and a web ReadableStream pull.
      for await (const chunk of model._streamIterator(messages, { signal: turn.signal })) {
        chunks.push(chunk);
        callsTools ||= hasToolCalls(chunk);
        yield chunk;
      }
      // The chunks are merged only when the answer calls tools (it goes back to the model with the tools' answers): a
      // text answer's merge was a new message (and a merge of its metadata) per chunk, for nothing.
      if (!callsTools) return;
      const answer = chunks.reduce((merged, chunk) => concat(merged, chunk));
      const toolCalls = answer.tool_calls ?? [];
      if (!toolCalls.length) return;
      messages.push(answer);
      // Text the model streamed before the calls goes out before the calls' events.
      await run.deltas.flush();
      // The calls of one answer run together, as LangGraph ran them (a task each); their answers keep the calls' order.
      messages.push(...(await untilAborted(Promise.all(toolCalls.map((call) => this.runTool(turn, call))), turn.signal)));
      if (calls >= MAX_MODEL_CALLS) throw new Error(`the model was still calling tools after ${MAX_MODEL_CALLS} calls`);
    }
  }

  private withTools(model: BaseChatModel): ToolModel {
    let bound = this.bound.get(model);
    if (!bound) {
      if (!model.bindTools) throw new Error(`model ${model._llmType()} cannot call tools`);
      bound = model.bindTools(this.tools) as ToolModel;
      this.bound.set(model, bound);
    }
    return bound;
  }

  /**
   * Every call goes to the executor as the model sent it: arguments that don't match the tool's schema are recorded and
   * answered INVALID_ARGUMENTS in words the model can act on, an unknown tool UNKNOWN_TOOL. Anything else thrown is
   * logged and the model gets a generic failure.
   */
  private async runTool(turn: TurnContext, call: ToolCall): Promise<ToolMessage> {
    const base = { tool_call_id: call.id ?? '', name: call.name };
    try {
      return new ToolMessage({ ...base, content: JSON.stringify(await this.deps.execute(turn, call.name, call.args, call.id)) });
    } catch (error) {
      if (turn.signal.aborted) throw error;
      this.deps.unexpected(error, call.name);
      return new ToolMessage({ ...base, content: TOOL_FAILURE, status: 'error' });
    }
  }
}

/** Whether a streamed chunk carries (a piece of) a tool call. */
function hasToolCalls(chunk: AIMessageChunk): boolean {
  return !!(chunk.tool_call_chunks?.length || chunk.tool_calls?.length || chunk.invalid_tool_calls?.length);
}

/** A stopped turn stops waiting for its tools at once (they finish on their own, as their events say). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
