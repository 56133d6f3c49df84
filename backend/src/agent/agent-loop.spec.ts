import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessageChunk, type BaseMessage, SystemMessage, ToolMessage } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { ToolDefinition } from '@tajer/tools';
import { z } from 'zod';
import { AgentLoop, MAX_MODEL_CALLS } from './agent-loop';
import { DeltaBatcher } from './delta-batcher';
import type { TurnContext } from './turn-context';

/** A chat model that streams what its script answers to the messages it is sent (text in word chunks, or tool calls). */
class ScriptedModel extends BaseChatModel {
  readonly seen: BaseMessage[][] = [];
  boundTools: { name?: string }[] = [];

  constructor(private readonly script: (messages: BaseMessage[]) => string | { tool: string; args: unknown }) {
    super({});
  }

  _llmType(): string {
    return 'scripted';
  }

  bindTools(tools: { name?: string }[]): this {
    this.boundTools = tools;
    return this;
  }

  _generate(): Promise<ChatResult> {
    return Promise.reject(new Error('the loop streams'));
  }

  async *_streamResponseChunks(messages: BaseMessage[]): AsyncGenerator<ChatGenerationChunk> {
    this.seen.push([...messages]);
    const answer = this.script(messages);
    if (typeof answer !== 'string') {
      // Arguments in two pieces, as a hosted model streams them.
      const args = JSON.stringify(answer.args);
      const pieces = [args.slice(0, 5), args.slice(5)];
      for (const [i, piece] of pieces.entries()) {
        const call = {
          index: 0,
          type: 'tool_call_chunk' as const,
          args: piece,
          ...(i ? {} : { id: `call_${this.seen.length}`, name: answer.tool }),
        };
        yield new ChatGenerationChunk({ text: '', message: new AIMessageChunk({ content: '', tool_call_chunks: [call] }) });
      }
      return;
    }
    for (const word of answer.match(/\S+\s*/g) ?? []) yield new ChatGenerationChunk({ text: word, message: new AIMessageChunk(word) });
  }
}

const search = {
  name: 'inventory_search',
  description: 'Search the stock',
  schema: z.object({ query: z.string() }),
} as unknown as ToolDefinition;
const lastIsTool = (messages: BaseMessage[]) => ToolMessage.isInstance(messages[messages.length - 1]);

function setup(execute: (name: string, args: unknown) => Promise<unknown>) {
  const log: string[] = [];
  const unexpected: unknown[] = [];
  const controller = new AbortController();
  const turn = { signal: controller.signal } as unknown as TurnContext;
  const deltas = new DeltaBatcher(async (d) => void log.push(`delta ${d.trim()}`), 1000, 60_000);
  const loop = new AgentLoop([search], {
    execute: (_turn, name, args) => (log.push(`tool ${name}`), execute(name, args)),
    unexpected: (error) => unexpected.push(error),
  });
  const run = async (model: ScriptedModel, systemPrompt?: string) => {
    let text = '';
    for await (const chunk of loop.stream({ turn, model, systemPrompt, deltas }, [])) {
      text += chunk.text;
      await deltas.push(chunk.text);
    }
    await deltas.flush();
    return text;
  };
  return { log, unexpected, controller, run };
}

describe('AgentLoop (the turn loop: model, tools through the executor, model again)', () => {
  it('binds the tools, puts the system prompt first, feeds the tool result back, and stops at an answer without calls', async () => {
    const model = new ScriptedModel((messages) =>
      lastIsTool(messages) ? 'Il vous reste 42 sacs.' : { tool: 'inventory_search', args: { query: 'semoule' } },
    );
    const { log, run } = setup(async () => ({ status: 'succeeded', summary: '42 sacs' }));
    expect(await run(model, 'You are Tajer.')).toBe('Il vous reste 42 sacs.');
    expect(model.boundTools.map((t) => t.name)).toEqual(['inventory_search']);
    expect(model.seen).toHaveLength(2);
    const [first, second] = model.seen;
    expect(SystemMessage.isInstance(first[0]) && first[0].content).toBe('You are Tajer.');
    expect(second[1]).toMatchObject({ tool_calls: [{ id: 'call_1', name: 'inventory_search', args: { query: 'semoule' } }] });
    const answer = second[2] as ToolMessage;
    expect(answer.tool_call_id).toBe('call_1');
    expect(JSON.parse(answer.content as string)).toEqual({ status: 'succeeded', summary: '42 sacs' });
    expect(log).toEqual(['tool inventory_search', 'delta Il', 'delta vous reste 42 sacs.']);
  });

  it('sends the text streamed before a tool call out before the tool runs', async () => {
    const model = new ScriptedModel((messages) =>
      lastIsTool(messages) ? 'Fini.' : { tool: 'inventory_search', args: { query: 'sucre' } },
    );
    const script = model._streamResponseChunks.bind(model);
    model._streamResponseChunks = async function* (messages: BaseMessage[]) {
      if (!lastIsTool(messages)) yield new ChatGenerationChunk({ text: 'Je regarde, ', message: new AIMessageChunk('Je regarde, ') });
      yield new ChatGenerationChunk({ text: 'un instant. ', message: new AIMessageChunk('un instant. ') });
      yield* script(messages);
    };
    const { log, run } = setup(async () => ({ status: 'succeeded', summary: 'ok' }));
    await run(model);
    expect(log).toEqual(['delta Je regarde,', 'delta un instant.', 'tool inventory_search', 'delta un instant. Fini.']);
  });

  it('hands arguments that do not match the schema to the executor as the model sent them', async () => {
    const model = new ScriptedModel((messages) => (lastIsTool(messages) ? 'ok' : { tool: 'inventory_search', args: { query: 5 } }));
    const seen: unknown[] = [];
    const { unexpected, run } = setup(async (_name, args) => (seen.push(args), { status: 'failed', error: { code: 'INVALID_ARGUMENTS' } }));
    await run(model);
    expect(seen).toEqual([{ query: 5 }]);
    expect(unexpected).toEqual([]);
    expect(JSON.parse(model.seen[1].at(-1)!.content as string)).toMatchObject({ error: { code: 'INVALID_ARGUMENTS' } });
  });

  it('logs a tool that throws and gives the model a generic failure, never the error text', async () => {
    const model = new ScriptedModel((messages) => (lastIsTool(messages) ? 'Désolé.' : { tool: 'inventory_search', args: { query: 'x' } }));
    const { unexpected, run } = setup(async () => {
      throw new Error('relation "Product" does not exist at /app/src/secret.ts');
    });
    expect(await run(model)).toBe('Désolé.');
    expect(unexpected).toHaveLength(1);
    const content = model.seen[1].at(-1)!.content as string;
    expect(JSON.parse(content)).toEqual({
      status: 'failed',
      summary: 'The tool failed unexpectedly.',
      error: { code: 'TOOL_ERROR', message: 'Unexpected error' },
    });
    expect(content).not.toMatch(/relation|secret/);
  });

  it(`fails the turn when the model still calls tools after ${MAX_MODEL_CALLS} calls (their tools ran)`, async () => {
    const model = new ScriptedModel(() => ({ tool: 'inventory_search', args: { query: 'x' } }));
    const { log, run } = setup(async () => ({ status: 'succeeded', summary: 'ok' }));
    await expect(run(model)).rejects.toThrow(/still calling tools/);
    expect(model.seen).toHaveLength(MAX_MODEL_CALLS);
    expect(log.filter((l) => l.startsWith('tool'))).toHaveLength(MAX_MODEL_CALLS);
  });

  it('stops waiting for a tool when the turn is stopped', async () => {
    const model = new ScriptedModel(() => ({ tool: 'inventory_search', args: { query: 'x' } }));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const { controller, run } = setup(() => (started(), new Promise(() => undefined)));
    const turn = run(model);
    await running;
    controller.abort(new Error('stopped'));
    await expect(turn).rejects.toThrow('stopped');
    expect(model.seen).toHaveLength(1);
  });
});
