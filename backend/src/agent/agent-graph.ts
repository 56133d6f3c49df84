import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { tool, ToolInputParsingException } from '@langchain/core/tools';
import { createAgent, createMiddleware, toolErrorMiddleware } from 'langchain';
import type { ToolDefinition } from '@tajer/tools';
import type { DeltaBatcher } from './delta-batcher';
import type { TurnContext } from './turn-context';

// LangChain runs callback handlers that don't ask to be awaited through one process-wide queue (p-queue, concurrency
// 1) unless LANGCHAIN_CALLBACKS_BACKGROUND is "false". The agent's token stream (streamMode 'messages') is such a
// handler: every token of every turn waited its turn in that single queue, behind the other turns' callbacks, and paid
// the queue's bookkeeping. Awaited in place, each turn's tokens go straight to its stream. Read when a handler is
// made, so set before any run; an operator's explicit setting wins.
process.env.LANGCHAIN_CALLBACKS_BACKGROUND ??= 'false';

/**
 * What one turn brings to the shared agent, through LangGraph's run context (`agent.stream(input, { context })`):
 * the model of the turn (the offline one carries the tenant's catalogue and the turn's language and attachments; an
 * OpenAI-compatible one its model name), its system prompt, who asks, and where its text goes.
 */
export interface TurnRun {
  turn: TurnContext;
  model: BaseChatModel;
  systemPrompt?: string;
  deltas: DeltaBatcher;
}

export interface AgentGraphDeps {
  /** Runs a tool call of the turn (validates, records, runs a read, parks a write for approval). */
  execute(turn: TurnContext, name: string, args: unknown): Promise<unknown>;
  /** A tool that threw outside the executor: logged, and the model gets a generic failure. */
  unexpected(error: unknown, toolName: string): void;
}

/** The run's context as LangChain hands it to tools and middleware; a run without one is a programming error. */
function turnRunOf(runtime: { context?: unknown } | undefined): TurnRun {
  const run = runtime?.context as TurnRun | undefined;
  if (!run?.turn) throw new Error('agent run without its turn context');
  return run;
}

/**
 * The model the graph is built with: never called, since every model call gets the turn's own model (middleware
 * below). Should a call ever reach it, it fails rather than answer with another turn's model and catalogue.
 */
class TurnModelSlot extends BaseChatModel {
  _llmType(): string {
    return 'tajer-turn-model-slot';
  }

  _generate(_messages: BaseMessage[]): Promise<ChatResult> {
    return Promise.reject(new Error("the turn's model is chosen by the turnModel middleware"));
  }
}

/**
 * The LangChain agent (graph, tool wrappers, middleware), built once per tool set and shared by every turn: building
 * it per turn cost a graph compilation and a wrapper per tool each time (and their garbage). Everything that belongs
 * to one turn (tenant, user, language, abort signal, model, delta batcher, approvals through the executor) travels in
 * the run's context, never in these closures.
 */
export function buildAgentGraph(tools: ToolDefinition[], deps: AgentGraphDeps) {
  const wrappers = tools.map((def) =>
    tool(
      async (args: unknown, config?: { context?: unknown }) => {
        const run = turnRunOf(config);
        // Text the model streamed before the call goes out before the call's events.
        await run.deltas.flush();
        return JSON.stringify(await deps.execute(run.turn, def.name, args));
      },
      { name: def.name, description: def.description, schema: def.schema },
    ),
  );
  const turnModel = createMiddleware({
    name: 'turnModel',
    wrapModelCall: (request, handler) => {
      const run = turnRunOf(request.runtime);
      return handler({ ...request, model: run.model, systemPrompt: run.systemPrompt ?? request.systemPrompt });
    },
  });
  // Arguments LangChain itself refuses (they don't match the tool's schema) go through the executor like any call
  // (recorded, answered INVALID_ARGUMENTS in words the model can act on); any other error thrown around a tool is
  // logged and the model gets a generic failure — never an exception's text or stack (file paths, internals).
  const toolErrors = toolErrorMiddleware({
    onError: async (error, request) => {
      if (error instanceof ToolInputParsingException) {
        const run = turnRunOf(request.runtime);
        return JSON.stringify(await deps.execute(run.turn, request.toolCall.name, request.toolCall.args));
      }
      deps.unexpected(error, request.toolCall.name);
      return JSON.stringify({
        status: 'failed',
        summary: 'The tool failed unexpectedly.',
        error: { code: 'TOOL_ERROR', message: 'Unexpected error' },
      });
    },
  });
  return createAgent({ model: new TurnModelSlot({}), tools: wrappers, middleware: [turnModel, toolErrors] });
}

export type AgentGraph = ReturnType<typeof buildAgentGraph>;
