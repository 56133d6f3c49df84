/**
 * A local OpenAI-compatible server that streams like a real model (the `stream` scenario): the first chunk of every
 * completion after FIRST_TOKEN_MS (default 400 ms), then one chunk every 1000/TOKENS_PER_S ms (default 40 tokens/s).
 * A request without a tool result gets an `inventory_search` tool call (its arguments streamed in pieces); a request
 * carrying the tool's result gets an answer of ANSWER_TOKENS words. GET /stats tells how many requests and chunks it
 * served, so the bench can report the product's CPU per streamed token.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

const FIRST_TOKEN_MS = Number(process.env.FIRST_TOKEN_MS ?? 400);
const TOKEN_MS = 1000 / Number(process.env.TOKENS_PER_S ?? 40);
const ANSWER_TOKENS = Number(process.env.ANSWER_TOKENS ?? 40);
const WORDS =
  'Il vous reste 42 sacs de semoule extra fine en rayon et la réserve en compte encore vingt ; pensez à recommander avant vendredi'.split(
    ' ',
  );

const stats = { requests: 0, chunks: 0, inFlight: 0, maxInFlight: 0 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

async function complete(body: { model?: string; messages?: { role: string }[] }, res: ServerResponse): Promise<void> {
  stats.requests += 1;
  stats.inFlight += 1;
  stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  const base = { id: `chatcmpl-${stats.requests}`, object: 'chat.completion.chunk', created: 1_760_000_000, model: body.model ?? 'bench' };
  const send = (choice: object) => {
    stats.chunks += 1;
    res.write(`data: ${JSON.stringify({ ...base, choices: [choice] })}\n\n`);
  };
  await sleep(FIRST_TOKEN_MS);
  if (!body.messages?.some((m) => m.role === 'tool')) {
    const args = JSON.stringify({ query: 'semoule' });
    send({
      index: 0,
      delta: {
        role: 'assistant',
        content: null,
        tool_calls: [{ index: 0, id: `call_${stats.requests}`, type: 'function', function: { name: 'inventory_search', arguments: '' } }],
      },
      finish_reason: null,
    });
    for (const piece of [args.slice(0, 8), args.slice(8)]) {
      await sleep(TOKEN_MS);
      send({ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: piece } }] }, finish_reason: null });
    }
    send({ index: 0, delta: {}, finish_reason: 'tool_calls' });
  } else {
    send({ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null });
    for (let i = 0; i < ANSWER_TOKENS; i++) {
      send({ index: 0, delta: { content: `${WORDS[i % WORDS.length]} ` }, finish_reason: null });
      await sleep(TOKEN_MS);
    }
    send({ index: 0, delta: {}, finish_reason: 'stop' });
  }
  res.end('data: [DONE]\n\n');
  stats.inFlight -= 1;
}

const server = createServer(async (req, res) => {
  if (req.method === 'GET' && req.url?.startsWith('/stats')) {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(stats));
    // ?reset: the peak of concurrent completions is measured again from now on.
    if (req.url.includes('reset')) stats.maxInFlight = stats.inFlight;
    return;
  }
  if (req.method === 'POST' && req.url?.endsWith('/chat/completions')) return complete(JSON.parse((await readBody(req)) || '{}'), res);
  res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: { message: `no route ${req.url}` } }));
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`listening on ${process.env.PORT}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
