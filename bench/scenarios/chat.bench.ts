/**
 * Scenario 1 — chat over Socket.IO with the offline model, 100 / 500 / 1,000 concurrent clients (quick: 100 / 500),
 * against a bare Socket.IO server streaming the same events per turn.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeClients, connectClients, recordTurnScript, runChatLoad, type ChatLoadResult } from '../lib/chat-load';
import { startChildServer } from '../lib/child-server';
import type { BenchContext } from '../lib/context';
import { cpuMs } from '../lib/product-stack';
import type { Row, ScenarioResult } from '../lib/report';
import { round } from '../lib/stats';

/** A stock question (a tool call, then the answer) and a greeting (a plain streamed answer). */
export const CHAT_MESSAGES = ['Combien de semoule en stock ?', 'Bonjour'];

interface Level {
  clients: number;
  turnsPerClient: number;
}

interface Limits {
  /** A turn not complete after this long is counted lost. */
  turnTimeoutMs: number;
  /** No new turn starts after this long (per level and server). */
  timeLimitMs: number;
  /** Then how long answers given up on may still arrive (late, not lost). */
  graceMs: number;
}

const FULL: Level[] = [
  { clients: 100, turnsPerClient: 10 },
  { clients: 500, turnsPerClient: 4 },
  { clients: 1000, turnsPerClient: 3 },
];
const QUICK: Level[] = [
  { clients: 100, turnsPerClient: 4 },
  { clients: 500, turnsPerClient: 2 },
];

type LevelResult = ChatLoadResult & { connectMs: number; serverCpuMsPerTurn: number };

async function runLevel(url: string, token: string, pid: number, level: Level, limits: Limits, runId: string): Promise<LevelResult> {
  const { clients, connectMs } = await connectClients({ url, token, count: level.clients });
  try {
    const cpuBefore = cpuMs(pid);
    const result = await runChatLoad(clients, { messages: CHAT_MESSAGES, turnsPerClient: level.turnsPerClient, runId, ...limits });
    const serverCpuMsPerTurn = round((cpuMs(pid) - cpuBefore) / Math.max(1, result.turns), 2);
    return { ...result, connectMs: Math.round(connectMs), serverCpuMsPerTurn };
  } finally {
    closeClients(clients);
  }
}

function rows(level: Level, p: LevelResult, b: LevelResult): Row[] {
  const s = `chat ${level.clients} clients`;
  return [
    { scenario: s, metric: 'turns per second', unit: 'turn/s', product: p.turnsPerSecond, baseline: b.turnsPerSecond },
    { scenario: s, metric: 'server CPU per turn', unit: 'ms', product: p.serverCpuMsPerTurn, baseline: b.serverCpuMsPerTurn },
    ...(['p50', 'p95', 'p99'] as const).map((q) => ({
      scenario: s,
      metric: `first token ${q}`,
      unit: 'ms',
      product: p.firstTokenMs[q],
      baseline: b.firstTokenMs[q],
    })),
    ...(['p50', 'p95', 'p99'] as const).map((q) => ({
      scenario: s,
      metric: `full turn ${q}`,
      unit: 'ms',
      product: p.turnMs[q],
      baseline: b.turnMs[q],
      note: q === 'p99' && p.turns < p.attempted ? 'latencies: completed turns only' : undefined,
    })),
    {
      scenario: s,
      metric: 'events lost (must be 0)',
      unit: 'events',
      product: p.lost,
      baseline: b.lost,
      note: `${p.turns}/${p.attempted} turns in time${p.late ? `, ${p.late} late` : ''}${p.failedTurns ? `, ${p.failedTurns} failed` : ''}${p.cutByTimeLimit ? ' (time limit hit)' : ''}`,
    },
    { scenario: s, metric: 'events duplicated (must be 0)', unit: 'events', product: p.duplicated, baseline: b.duplicated },
  ];
}

export async function runChatBench(ctx: BenchContext): Promise<ScenarioResult> {
  const levels = ctx.quick ? QUICK : FULL;
  const limits: Limits = ctx.quick
    ? { turnTimeoutMs: 10_000, timeLimitMs: 15_000, graceMs: 5_000 }
    : { turnTimeoutMs: 60_000, timeLimitMs: 120_000, graceMs: 20_000 };
  // Record what the product streams for each message (after one warm-up turn each), for the baseline to replay.
  const {
    clients: [recorder],
  } = await connectClients({ url: ctx.backend.url, token: ctx.token, count: 1 });
  const script = await recordTurnScript(recorder, CHAT_MESSAGES, `${ctx.runId}-chat`);
  recorder.close();
  const scriptFile = join(ctx.tmpDir, 'turn-script.json');
  writeFileSync(scriptFile, JSON.stringify(script));
  const chunks = Object.fromEntries(
    Object.entries(script).map(([text, events]) => [text, events.filter((e) => e.type === 'message.delta').length]),
  );
  ctx.log(`chat: chunks per turn ${JSON.stringify(chunks)}`);

  const bare = await startChildServer('bare-socketio-server.ts', [scriptFile]);
  const out: Row[] = [];
  const details: Record<string, unknown> = { messages: CHAT_MESSAGES, chunksPerTurn: chunks, limits, script, levels: [] as unknown[] };
  try {
    for (const level of levels) {
      const product = await runLevel(ctx.backend.url, ctx.token, ctx.backend.pid, level, limits, `${ctx.runId}-c${level.clients}`);
      const baseline = await runLevel(bare.url, 'bare', bare.pid, level, limits, `${ctx.runId}-b${level.clients}`);
      ctx.log(
        `chat ${level.clients} clients: product ${product.turnsPerSecond} turn/s (lost ${product.lost}, dup ${product.duplicated}), bare ${baseline.turnsPerSecond} turn/s`,
      );
      if (Object.keys(product.errors).length) ctx.log(`chat ${level.clients} clients: product errors ${JSON.stringify(product.errors)}`);
      (details.levels as unknown[]).push({ ...level, product, baseline });
      out.push(...rows(level, product, baseline));
    }
  } finally {
    await bare.stop();
  }
  return { name: 'chat', rows: out, details };
}
