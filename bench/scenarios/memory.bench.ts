/**
 * Scenario 5 — server memory: RSS of the backend process (VmRSS) with 1,000 idle sockets, then sampled while 50 of
 * those clients run 10,000 turns (quick: 2,000); the trend is the slope of RSS over the last half of the run. Same
 * protocol against the bare Socket.IO server. Runs first, on the freshly started backend, so nothing from another
 * scenario is in its heap.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { closeClients, connectClients, recordTurnScript, runChatLoad } from '../lib/chat-load';
import { startChildServer } from '../lib/child-server';
import type { BenchContext } from '../lib/context';
import { heapUsedMb, rssMb } from '../lib/product-stack';
import type { Row, ScenarioResult } from '../lib/report';
import { round, slope } from '../lib/stats';
import { CHAT_MESSAGES } from './chat.bench';

const IDLE_SOCKETS = 1000;
const ACTIVE_CLIENTS = 50;
const SAMPLES = 40;
/** Users start a new conversation now and then; history (and the event buffer per conversation) stays realistic. */
const TURNS_PER_CONVERSATION = 10;

interface Sample {
  turns: number;
  rssMb: number;
  /** V8 heap in use (product only, from its Prometheus endpoint): tells heap growth from native memory. */
  heapUsedMb?: number;
}

interface MemoryRun {
  rssStartMb: number;
  rssIdleSocketsMb: number;
  kbPerIdleSocket: number;
  samples: Sample[];
  rssEndMb: number;
  /** MB per 1,000 turns, least squares over the second half of the samples. */
  slopeLastHalfMbPer1kTurns: number;
  turns: number;
  lost: number;
  duplicated: number;
}

async function sample(url: string, pid: number, turns: number, withHeap: boolean): Promise<Sample> {
  const rss = round(rssMb(pid), 1);
  return withHeap ? { turns, rssMb: rss, heapUsedMb: await heapUsedMb(url) } : { turns, rssMb: rss };
}

async function measure(
  url: string,
  token: string,
  pid: number,
  turns: number,
  timeLimitMs: number,
  turnTimeoutMs: number,
  runId: string,
  withHeap: boolean,
): Promise<MemoryRun> {
  await sleep(1000);
  const rssStartMb = rssMb(pid);
  const { clients } = await connectClients({ url, token, count: IDLE_SOCKETS });
  try {
    await sleep(2000); // let the handshakes' garbage settle before reading
    const rssIdleSocketsMb = rssMb(pid);
    const active = clients.slice(0, ACTIVE_CLIENTS);
    const every = Math.max(1, Math.floor(turns / SAMPLES));
    const samples: Sample[] = [await sample(url, pid, 0, withHeap)];
    const load = await runChatLoad(active, {
      messages: CHAT_MESSAGES,
      turnsPerClient: Math.ceil(turns / ACTIVE_CLIENTS),
      turnsPerConversation: TURNS_PER_CONVERSATION,
      turnTimeoutMs,
      timeLimitMs,
      graceMs: 5_000,
      runId,
      onTurn: async (done) => {
        if (done % every === 0) samples.push(await sample(url, pid, done, withHeap));
      },
    });
    const secondHalf = samples.slice(Math.floor(samples.length / 2));
    return {
      rssStartMb: round(rssStartMb, 1),
      rssIdleSocketsMb: round(rssIdleSocketsMb, 1),
      kbPerIdleSocket: round(((rssIdleSocketsMb - rssStartMb) * 1024) / IDLE_SOCKETS, 1),
      samples,
      rssEndMb: samples.at(-1)!.rssMb,
      slopeLastHalfMbPer1kTurns: round(
        slope(
          secondHalf.map((s) => s.turns),
          secondHalf.map((s) => s.rssMb),
        ) * 1000,
        2,
      ),
      turns: load.turns,
      lost: load.lost,
      duplicated: load.duplicated,
    };
  } finally {
    closeClients(clients);
  }
}

export async function runMemoryBench(ctx: BenchContext): Promise<ScenarioResult> {
  const turns = ctx.quick ? 2000 : 10_000;
  // Bounded in time too: on a slow or busy machine the quick run samples fewer turns rather than overrunning.
  const timeLimitMs = ctx.quick ? 30_000 : 300_000;
  const turnTimeoutMs = ctx.quick ? 10_000 : 60_000;
  const pid = ctx.backend.pid;
  // The baseline streams what the product streams: record it (these two turns also warm the product up).
  const {
    clients: [recorder],
  } = await connectClients({ url: ctx.backend.url, token: ctx.token, count: 1 });
  const script = await recordTurnScript(recorder, CHAT_MESSAGES, `${ctx.runId}-mem`);
  recorder.close();
  const scriptFile = join(ctx.tmpDir, 'memory-turn-script.json');
  writeFileSync(scriptFile, JSON.stringify(script));

  const product = await measure(ctx.backend.url, ctx.token, pid, turns, timeLimitMs, turnTimeoutMs, `${ctx.runId}-mp`, true);
  ctx.log(
    `memory product: ${product.rssStartMb} MB → ${product.rssIdleSocketsMb} MB with ${IDLE_SOCKETS} sockets → ${product.rssEndMb} MB after ${product.turns} turns (slope ${product.slopeLastHalfMbPer1kTurns} MB/1k turns)`,
  );
  const bare = await startChildServer('bare-socketio-server.ts', [scriptFile]);
  let baseline: MemoryRun;
  try {
    // A few turns first, as the product had: both are measured warm.
    const {
      clients: [warm],
    } = await connectClients({ url: bare.url, token: 'bare', count: 1 });
    await recordTurnScript(warm, CHAT_MESSAGES, `${ctx.runId}-mb-warm`);
    warm.close();
    baseline = await measure(bare.url, 'bare', bare.pid, turns, timeLimitMs, turnTimeoutMs, `${ctx.runId}-mb`, false);
  } finally {
    await bare.stop();
  }
  ctx.log(
    `memory bare: ${baseline.rssStartMb} MB → ${baseline.rssIdleSocketsMb} MB → ${baseline.rssEndMb} MB (slope ${baseline.slopeLastHalfMbPer1kTurns} MB/1k turns)`,
  );

  const s = 'memory';
  const rows: Row[] = [
    { scenario: s, metric: 'RSS before sockets', unit: 'MB', product: product.rssStartMb, baseline: baseline.rssStartMb },
    {
      scenario: s,
      metric: `RSS with ${IDLE_SOCKETS} idle sockets`,
      unit: 'MB',
      product: product.rssIdleSocketsMb,
      baseline: baseline.rssIdleSocketsMb,
    },
    { scenario: s, metric: 'RSS per idle socket', unit: 'KB', product: product.kbPerIdleSocket, baseline: baseline.kbPerIdleSocket },
    {
      scenario: s,
      metric: 'RSS after the turns',
      unit: 'MB',
      product: product.rssEndMb,
      baseline: baseline.rssEndMb,
      note: `${product.turns} vs ${baseline.turns} turns; product lost ${product.lost}, dup ${product.duplicated}`,
    },
    {
      scenario: s,
      metric: 'RSS slope, last half of the turns',
      unit: 'MB/1k turns',
      product: product.slopeLastHalfMbPer1kTurns,
      baseline: baseline.slopeLastHalfMbPer1kTurns,
      note: '~0 = flat',
    },
  ];
  // The heap's floor (its lowest sample) in each half: garbage comes and goes with each GC, the floor is what stays.
  const heap = product.samples.filter((x) => x.heapUsedMb !== undefined).map((x) => x.heapUsedMb!);
  if (heap.length >= 4) {
    const mid = Math.floor(heap.length / 2);
    rows.push({
      scenario: s,
      metric: 'V8 heap floor, last half − first half',
      unit: 'MB',
      product: round(Math.min(...heap.slice(mid)) - Math.min(...heap.slice(0, mid)), 1),
      baseline: NaN,
      note: 'product only (its /metrics); ~0 = no leak',
    });
  }
  // What one turn streams, serialised: the order of magnitude of what the event buffer keeps per turn.
  const bytesPerTurn = Object.fromEntries(
    Object.entries(script).map(([text, events]) => [text, Buffer.byteLength(JSON.stringify(events))]),
  );
  return {
    name: 'memory',
    rows,
    details: {
      idleSockets: IDLE_SOCKETS,
      activeClients: ACTIVE_CLIENTS,
      turnsPerConversation: TURNS_PER_CONVERSATION,
      turns,
      timeLimitMs,
      bytesPerTurn,
      product,
      baseline,
    },
  };
}
