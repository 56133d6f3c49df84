/**
 * Scenario `stream` — the product with a model that streams like a real one (issue 13): a local OpenAI-compatible
 * server (`baselines/paced-openai-server.ts`: first chunk after ~400 ms, then 40 tokens/s, a tool call then the answer)
 * and 1,000 concurrent conversations (quick: 200), each asking a stock question once.
 *
 * Baseline: the same number of bare HTTP clients talking to the same mock directly, each doing what the agent does —
 * the tool-call completion read to the end, then the answer's completion — timed to the answer's first token. The
 * product's first token (first `message.delta` on the socket) minus the baseline's is what the server adds.
 * Also: events lost and duplicated (every client audits its seqs), and the backend's CPU per streamed token.
 */
import { performance } from 'node:perf_hooks';
import { closeClients, connectClients, runChatLoad } from '../lib/chat-load';
import { startChildServer } from '../lib/child-server';
import type { BenchContext } from '../lib/context';
import { cpuMs, login, startProductBackend } from '../lib/product-stack';
import type { ScenarioResult } from '../lib/report';
import { round, summarize, type Summary } from '../lib/stats';

const QUESTION = 'Combien de semoule en stock ?';

/** One bare client: the agent's two completions against the mock, timed like the chat client times a turn. */
async function bareTurn(base: string): Promise<{ firstTokenMs: number; turnMs: number }> {
  const started = performance.now();
  const post = (messages: object[]) =>
    fetch(`${base}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
      body: JSON.stringify({ model: 'bench-model', stream: true, messages }),
    });
  const question = [
    { role: 'system', content: 'Tajer' },
    { role: 'user', content: QUESTION },
  ];
  await (await post(question)).text();
  const res = await post([
    ...question,
    { role: 'assistant', content: null, tool_calls: [] },
    { role: 'tool', content: '{"items":[]}', tool_call_id: 'x' },
  ]);
  let firstTokenMs = NaN;
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    if (Number.isNaN(firstTokenMs) && /"content":"[^"]/.test(decoder.decode(chunk))) firstTokenMs = performance.now() - started;
  }
  return { firstTokenMs, turnMs: performance.now() - started };
}

async function bareLoad(base: string, clients: number): Promise<{ firstTokenMs: Summary; turnMs: Summary; failed: number }> {
  const results = await Promise.allSettled(Array.from({ length: clients }, () => bareTurn(base)));
  const ok = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  return {
    firstTokenMs: summarize(ok.map((r) => r.firstTokenMs)),
    turnMs: summarize(ok.map((r) => r.turnMs)),
    failed: clients - ok.length,
  };
}

const mockStats = async (url: string, reset = false): Promise<{ requests: number; chunks: number; maxInFlight: number }> =>
  (await fetch(`${url}/stats${reset ? '?reset' : ''}`)).json() as never;

export async function runStreamBench(ctx: BenchContext): Promise<ScenarioResult> {
  // BENCH_STREAM_CONVERSATIONS: fewer (or more) conversations, to see how the added first token grows with the burst.
  const clients = Number(process.env.BENCH_STREAM_CONVERSATIONS) || (ctx.quick ? 200 : 1000);
  const mock = await startChildServer('paced-openai-server.ts');
  // The turn is I/O-bound with a remote model: as many turns in flight as conversations (the offline model's default
  // of 16 would measure the queue, not the streams).
  const backend = await startProductBackend(ctx.db, {
    LLM_PROVIDER: 'openai',
    OPENAI_API_BASE: `${mock.url}/v1`,
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_MODEL: 'bench-model',
    LLM_FALLBACK_LOCAL: 'false',
    MAX_CONCURRENT_TURNS: String(clients),
    TURN_QUEUE_PER_TENANT: String(clients),
  });
  try {
    const baseline = await bareLoad(`${mock.url}/v1`, clients);
    ctx.log(`stream: bare clients first token p95 ${baseline.firstTokenMs.p95} ms (${baseline.failed} failed)`);

    const token = await login(backend.url);
    const { clients: sockets } = await connectClients({ url: backend.url, token, count: clients });
    const before = { cpu: cpuMs(backend.pid), mock: await mockStats(mock.url, true) };
    let product;
    try {
      product = await runChatLoad(sockets, {
        messages: [QUESTION],
        turnsPerClient: 1,
        runId: `${ctx.runId}-stream`,
        turnTimeoutMs: ctx.quick ? 30_000 : 60_000,
        timeLimitMs: ctx.quick ? 30_000 : 60_000,
        graceMs: 10_000,
      });
    } finally {
      closeClients(sockets);
    }
    const cpu = cpuMs(backend.pid) - before.cpu;
    const after = await mockStats(mock.url);
    const chunks = after.chunks - before.mock.chunks;
    ctx.log(`stream: the model served at most ${after.maxInFlight} completions at once`);
    ctx.log(
      `stream: product first token p95 ${product.firstTokenMs.p95} ms, ${product.turns}/${product.attempted} turns, lost ${product.lost}, dup ${product.duplicated}`,
    );
    const s = `stream ${clients} conversations`;
    return {
      name: 'stream',
      rows: [
        ...(['p50', 'p95', 'p99'] as const).map((q) => ({
          scenario: s,
          metric: `first token ${q}`,
          unit: 'ms',
          product: product.firstTokenMs[q],
          baseline: baseline.firstTokenMs[q],
        })),
        {
          scenario: s,
          metric: 'added to first token p95 (target ≤ 20)',
          unit: 'ms',
          product: round(product.firstTokenMs.p95 - baseline.firstTokenMs.p95, 1),
          baseline: NaN,
        },
        { scenario: s, metric: 'full turn p95', unit: 'ms', product: product.turnMs.p95, baseline: baseline.turnMs.p95 },
        {
          scenario: s,
          metric: 'server CPU per streamed chunk',
          unit: 'ms',
          product: round(cpu / Math.max(1, chunks), 3),
          baseline: NaN,
          note: `${chunks} chunks from the model, ${round(cpu)} ms CPU`,
        },
        {
          scenario: s,
          metric: 'events lost (must be 0)',
          unit: 'events',
          product: product.lost,
          baseline: baseline.failed,
          note: `${product.turns}/${product.attempted} turns in time${product.failedTurns ? `, ${product.failedTurns} failed` : ''}`,
        },
        { scenario: s, metric: 'events duplicated (must be 0)', unit: 'events', product: product.duplicated, baseline: 0 },
      ],
      details: { clients, baseline, product, modelChunks: chunks, serverCpuMs: cpu },
    };
  } finally {
    await backend.stop();
    await mock.stop();
  }
}
