import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenAI-compatible server speaking the real wire format (chat completions with `stream: true`: SSE chunks,
 * `delta.tool_calls` streamed in pieces, a usage chunk, `[DONE]`). It stands in for OpenAI/Gemini/Ollama/vLLM, which
 * can't be reached here; the script decides each reply from the request it receives.
 */
export type Reply =
  | { toolCall: { name: string; args: Record<string, unknown> } }
  | { text: string }
  | { status: number; body: unknown }
  /** Streams the text, then keeps the response open (a model still thinking) until the client closes it. */
  | { textThenHold: string };

export class OpenAiStubServer {
  readonly requests: any[] = [];
  /** Held responses the client closed (a stopped turn aborts its request). */
  closedByClient = 0;
  private server?: Server;

  constructor(private readonly script: (body: any, index: number) => Reply) {}

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const body = JSON.parse((await readBody(req)) || '{}');
      this.requests.push({ path: req.url, headers: req.headers, body });
      const reply = this.script(body, this.requests.length - 1);
      if ('status' in reply) {
        res.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply.body));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      const base = { id: `chatcmpl-${this.requests.length}`, object: 'chat.completion.chunk', created: 1_760_000_000, model: body.model };
      const send = (choice: object, extra: object = {}) =>
        res.write(`data: ${JSON.stringify({ ...base, choices: [choice], ...extra })}\n\n`);
      if ('textThenHold' in reply) {
        send({ index: 0, delta: { role: 'assistant', content: reply.textThenHold }, finish_reason: null });
        res.on('close', () => (this.closedByClient += 1));
        return;
      }
      if ('toolCall' in reply) {
        const args = JSON.stringify(reply.toolCall.args);
        const cut = Math.floor(args.length / 2);
        send({
          index: 0,
          delta: {
            role: 'assistant',
            content: null,
            tool_calls: [{ index: 0, id: 'call_abc123', type: 'function', function: { name: reply.toolCall.name, arguments: '' } }],
          },
          finish_reason: null,
        });
        send({ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: args.slice(0, cut) } }] }, finish_reason: null });
        send({ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: args.slice(cut) } }] }, finish_reason: null });
        send({ index: 0, delta: {}, finish_reason: 'tool_calls' });
      } else {
        send({ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null });
        for (const token of reply.text.match(/\S+\s*/g) ?? []) send({ index: 0, delta: { content: token }, finish_reason: null });
        send({ index: 0, delta: {}, finish_reason: 'stop' });
      }
      if (body.stream_options?.include_usage) {
        res.write(
          `data: ${JSON.stringify({ ...base, choices: [], usage: { prompt_tokens: 120, completion_tokens: 18, total_tokens: 138 } })}\n\n`,
        );
      }
      res.end('data: [DONE]\n\n');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
