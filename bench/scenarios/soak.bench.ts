/**
 * Scenario `soak` (issue 11) — the product under a steady mixed load for a long time: chat turns (stock questions,
 * greetings, a stock write proposed then approved with `approval:decide`), REST (dashboard stats, inventory, a sale
 * POSTed with an Idempotency-Key, now and then replayed), and receipt uploads, each at a fixed rate, for 30 minutes
 * (quick: 75 s). Reports errors and lost messages (both must be 0) and whether memory stays flat: RSS and V8 heap
 * sampled all along, least-squares slope over the last half in MB per hour and per 1,000 turns; and, the figure that
 * tells a leak, the heap and RSS right after a forced full GC (inspector) at regular checkpoints, and their slope.
 * It runs its own backend process (with the inspector open), started fresh for it.
 *
 * Product only: a baseline would have to run the same 30 minutes, and "flat" is an absolute criterion (slope ≈ 0).
 * Only with `--only soak` (not in the default list: it would add 30 minutes to `npm run bench`).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import sharp from 'sharp';
import { auditSeqs, closeClients, connectClients, type LoadClient } from '../lib/chat-load';
import type { BenchContext } from '../lib/context';
import { freePort } from '../../backend/test/helpers/processes';
import { connectInspector } from '../lib/inspector';
import { heapUsedMb, login, rssMb, startProductBackend } from '../lib/product-stack';
import type { Row, ScenarioResult } from '../lib/report';
import { round, slope, summarize } from '../lib/stats';
import { CHAT_MESSAGES } from './chat.bench';

/** One write a turn proposes (a stock receipt, approval card) and the client approves. */
export const WRITE_MESSAGE = 'Ajoute 2 paquets de sucre';
/** Each client's cycle: questions and greetings, and one write to approve every fourth turn. */
const CYCLE = [CHAT_MESSAGES[0], CHAT_MESSAGES[1], CHAT_MESSAGES[0], WRITE_MESSAGE];
const CHAT_CLIENTS = 6;
/** Each client starts a turn every this often (6 clients: 3 turns/s), or right away when the previous one ran late. */
const TURN_PERIOD_MS = 2_000;
const TURNS_PER_CONVERSATION = 12;
const REST_PERIOD_MS = 1_000;
/** One sale in this many is sent again with the same Idempotency-Key: the same sale must come back (200, replayed). */
const REPLAY_EVERY = 10;
const UPLOAD_PERIOD_MS = 5_000;

interface Sample {
  atS: number;
  turns: number;
  rssMb: number;
  heapUsedMb?: number;
}

/** Heap and RSS just after a forced full collection. */
interface Checkpoint {
  atS: number;
  turns: number;
  heapAfterGcMb: number;
  rssMb: number;
}

interface Counters {
  turns: number;
  turnsBehind: number;
  approvals: number;
  restRequests: number;
  sales: number;
  replays: number;
  uploads: number;
  /** What failed, by kind: must stay empty. */
  errors: Record<string, number>;
}

/** Runs `step` every `periodMs` until the deadline (at once when a step took longer than its period). */
async function atSteadyRate(periodMs: number, deadline: number, step: (i: number) => Promise<void>, onBehind?: () => void): Promise<void> {
  let next = performance.now();
  for (let i = 0; performance.now() < deadline; i += 1) {
    await step(i);
    next += periodMs;
    const wait = next - performance.now();
    if (wait > 0) await sleep(Math.min(wait, Math.max(0, deadline - performance.now())));
    else {
      onBehind?.();
      next = performance.now();
    }
  }
}

/** A small receipt photo: printed lines on off-white paper, a little different each time (a real upload, ~10 KB). */
async function receiptImage(n: number): Promise<Buffer> {
  const rows = [
    'SUPERETTE EL BARAKA',
    `TICKET ${1000 + n}`,
    'SEMOULE 1KG   2 x 120,00',
    'SUCRE 1KG     1 x 95,00',
    `TOTAL        ${335 + (n % 50)},00 DA`,
  ];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="100%" height="100%" fill="#f7f4ec"/>${rows
    .map((r, i) => `<text x="16" y="${32 + i * 34}" font-family="monospace" font-size="18" fill="#333">${r}</text>`)
    .join('')}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/**
 * The heap's floor over time: the run cut into windows (the first, warm-up, dropped), the lowest heap sample of each
 * (just after a collection: what survives), and their slope. The used heap itself saw-tooths between collections, so
 * its raw slope over a short run says when V8 last collected more than whether anything leaks.
 */
function heapFloorSlope(samples: Sample[], windows = 6): { heapFloors: number[]; heapFloorSlopeMbPerHour: number } {
  const withHeap = samples.filter((s) => s.heapUsedMb !== undefined);
  const size = Math.max(1, Math.floor(withHeap.length / windows));
  const floors: Sample[] = [];
  for (let w = 1; w < windows; w += 1) {
    const part = withHeap.slice(w * size, w === windows - 1 ? undefined : (w + 1) * size);
    if (part.length) floors.push(part.reduce((lo, s) => (s.heapUsedMb! < lo.heapUsedMb! ? s : lo)));
  }
  return {
    heapFloors: floors.map((f) => f.heapUsedMb!),
    heapFloorSlopeMbPerHour: round(
      slope(
        floors.map((f) => f.atS),
        floors.map((f) => f.heapUsedMb!),
      ) * 3600,
      1,
    ),
  };
}

export async function runSoakBench(ctx: BenchContext): Promise<ScenarioResult> {
  const durationMs = ctx.quick ? 75_000 : 30 * 60_000;
  const sampleEveryMs = ctx.quick ? 2_500 : 20_000;
  const turnTimeoutMs = ctx.quick ? 20_000 : 60_000;
  const checkpointEveryMs = ctx.quick ? 12_500 : 180_000;
  // Its own backend, fresh, with the inspector open (for the forced collections); the runner's stays idle meanwhile.
  const inspectPort = await freePort();
  const backend = await startProductBackend(ctx.db, { NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` });
  const v8 = await connectInspector(inspectPort);
  const { url, pid } = backend;
  const token = await login(url);
  const auth = { Authorization: `Bearer ${token}` };
  const c: Counters = { turns: 0, turnsBehind: 0, approvals: 0, restRequests: 0, sales: 0, replays: 0, uploads: 0, errors: {} };
  const fail = (kind: string) => (c.errors[kind] = (c.errors[kind] ?? 0) + 1);
  const turnMs: number[] = [];
  const restMs: number[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  const samples: Sample[] = [];
  const takeSample = async () => {
    samples.push({
      atS: round((performance.now() - started) / 1000, 1),
      turns: c.turns,
      rssMb: round(rssMb(pid), 1),
      heapUsedMb: await heapUsedMb(url),
    });
  };

  const checkpoints: Checkpoint[] = [];
  const checkpoint = async () => {
    const heapAfterGcMb = await v8.heapAfterGcMb();
    checkpoints.push({ atS: round((performance.now() - started) / 1000, 1), turns: c.turns, heapAfterGcMb, rssMb: round(rssMb(pid), 1) });
  };

  const { clients } = await connectClients({ url, token, count: CHAT_CLIENTS });
  const pendingAnswers: { client: LoadClient; clientMessageId: string }[] = [];
  try {
    await takeSample();
    const sampler = atSteadyRate(sampleEveryMs, deadline, takeSample);
    const collector = atSteadyRate(checkpointEveryMs, deadline, checkpoint);

    const chat = clients.map((client, ci) => {
      let conversationId: string | undefined;
      return atSteadyRate(
        TURN_PERIOD_MS,
        deadline,
        async (k) => {
          if (k % TURNS_PER_CONVERSATION === 0) conversationId = undefined;
          const text = CYCLE[(ci + k) % CYCLE.length];
          const clientMessageId = `${ctx.runId}-soak-${ci}-${k}`;
          const t0 = performance.now();
          try {
            const r = await client.turn({ clientMessageId, text, ...(conversationId ? { conversationId } : {}) }, turnTimeoutMs);
            conversationId = r.conversationId;
            if (r.completed.message.status !== 'completed') fail('turn not completed');
            if (r.events.some((e) => e.type === 'tool.finished' && e.status === 'failed')) fail('tool failed');
            if (text === WRITE_MESSAGE) {
              const approval = r.events.find((e) => e.type === 'approval.required');
              if (!approval || approval.type !== 'approval.required') fail('write not proposed');
              else {
                const d = await client.decide(r.conversationId, approval.toolCallId, 'approve', turnTimeoutMs);
                if (d.status !== 'applied' || d.toolStatus !== 'succeeded') fail(`approval ${d.status}/${d.toolStatus}`);
                else c.approvals += 1;
              }
            }
            turnMs.push(performance.now() - t0);
            c.turns += 1;
          } catch (err) {
            fail((err as Error).message.slice(0, 60));
            if (/timed out/.test((err as Error).message)) pendingAnswers.push({ client, clientMessageId });
          }
        },
        () => (c.turnsBehind += 1),
      );
    });

    const product = async () => {
      const res = await fetch(`${url}/api/inventory?q=sucre`, { headers: auth });
      const body = (await res.json()) as { items?: { sku: string }[] };
      return body.items?.[0]?.sku ?? 'EPI-006';
    };
    const sku = await product();
    let lastSale: { key: string; body: string; saleId: string } | undefined;
    const rest = atSteadyRate(REST_PERIOD_MS, deadline, async (i) => {
      const call = async (name: string, path: string, init: RequestInit = {}) => {
        const t0 = performance.now();
        try {
          const res = await fetch(`${url}${path}`, { ...init, headers: { ...auth, ...(init.headers ?? {}) } });
          const text = await res.text();
          restMs.push(performance.now() - t0);
          c.restRequests += 1;
          if (!res.ok) fail(`${name} ${res.status}`);
          return { res, text };
        } catch (err) {
          fail(`${name} ${(err as Error).message.slice(0, 40)}`);
          return undefined;
        }
      };
      await call('stats', '/api/dashboard/stats');
      await call('inventory', '/api/inventory');
      if (lastSale && i % REPLAY_EVERY === 0) {
        // The same key and body again: the same sale, 200 and Idempotent-Replayed, nothing recorded twice.
        const r = await call('sale replay', '/api/sales', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': lastSale.key },
          body: lastSale.body,
        });
        if (r) {
          c.replays += 1;
          const again = JSON.parse(r.text) as { sale?: { id: string } };
          if (r.res.status !== 200 || r.res.headers.get('idempotent-replayed') !== 'true' || again.sale?.id !== lastSale.saleId)
            fail('sale replay differs');
        }
      }
      const key = `${ctx.runId}-sale-${i}-${randomUUID()}`;
      const body = JSON.stringify({ lines: [{ sku, quantity: 1 + (i % 3) }], paymentMethod: 'cash', note: `soak ${i}` });
      const r = await call('sale', '/api/sales', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body,
      });
      if (r?.res.status === 201) {
        c.sales += 1;
        lastSale = { key, body, saleId: (JSON.parse(r.text) as { sale: { id: string } }).sale.id };
      } else if (r?.res.ok) fail('sale not created (201)');
    });

    const uploads = atSteadyRate(UPLOAD_PERIOD_MS, deadline, async (i) => {
      try {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(await receiptImage(i))], { type: 'image/jpeg' }), `ticket-${i}.jpg`);
        const res = await fetch(`${url}/api/attachments`, { method: 'POST', headers: auth, body: form });
        await res.arrayBuffer();
        if (res.status === 201) c.uploads += 1;
        else fail(`upload ${res.status}`);
      } catch (err) {
        fail(`upload ${(err as Error).message.slice(0, 40)}`);
      }
    });

    await Promise.all([...chat, rest, uploads, sampler, collector]);
    await takeSample();
    await checkpoint();
  } finally {
    // Answers given up on may still arrive: a short grace, then whatever has not is lost.
    const graceEnd = performance.now() + 10_000;
    while (pendingAnswers.some((p) => !p.client.hasCompleted(p.clientMessageId)) && performance.now() < graceEnd) await sleep(200);
    closeClients(clients);
    v8.close();
    await backend.stop();
  }
  const wallS = (performance.now() - started) / 1000;
  const missing = pendingAnswers.filter((p) => !p.client.hasCompleted(p.clientMessageId)).length;
  const { gaps, duplicated } = auditSeqs(clients);
  const lost = gaps + missing;
  const errors = Object.values(c.errors).reduce((s, n) => s + n, 0);

  // Flat memory: the slope over the last half (the first half includes warm-up: JIT, pools, caches filling).
  const half = samples.slice(Math.floor(samples.length / 2));
  const heapHalf = half.filter((s) => s.heapUsedMb !== undefined);
  const gcHalf = checkpoints.slice(Math.max(1, Math.floor(checkpoints.length / 2)));
  const perHour = (ys: number[], xs: number[]) => round(slope(xs, ys) * 3600, 1);
  const per1kTurns = (ys: number[], xs: number[]) => round(slope(xs, ys) * 1000, 2);
  const memory = {
    rssStartMb: samples[0].rssMb,
    rssEndMb: samples.at(-1)!.rssMb,
    rssSlopeMbPerHour: perHour(
      half.map((s) => s.rssMb),
      half.map((s) => s.atS),
    ),
    heapSlopeMbPerHour: perHour(
      heapHalf.map((s) => s.heapUsedMb!),
      heapHalf.map((s) => s.atS),
    ),
    rssSlopeMbPer1kTurns: per1kTurns(
      half.map((s) => s.rssMb),
      half.map((s) => s.turns),
    ),
    heapSlopeMbPer1kTurns: per1kTurns(
      heapHalf.map((s) => s.heapUsedMb!),
      heapHalf.map((s) => s.turns),
    ),
    wholeRunRssSlopeMbPerHour: perHour(
      samples.map((s) => s.rssMb),
      samples.map((s) => s.atS),
    ),
    ...heapFloorSlope(samples),
    // After forced GCs, over the last half of the checkpoints (like the other slopes: warm-up left out; the first
    // checkpoint is the start-up state, before any load).
    heapAfterGcSlopeMbPerHour: perHour(
      gcHalf.map((k) => k.heapAfterGcMb),
      gcHalf.map((k) => k.atS),
    ),
    heapAfterGcSlopeMbPer1kTurns: per1kTurns(
      gcHalf.map((k) => k.heapAfterGcMb),
      gcHalf.map((k) => k.turns),
    ),
    rssAfterGcSlopeMbPerHour: perHour(
      gcHalf.map((k) => k.rssMb),
      gcHalf.map((k) => k.atS),
    ),
  };
  ctx.log(
    `soak: ${c.turns} turns (${c.approvals} approved writes), ${c.restRequests} REST requests (${c.sales} sales, ${c.replays} replays), ${c.uploads} uploads in ${wallS.toFixed(0)} s; errors ${errors} ${JSON.stringify(c.errors)}, lost ${lost}, duplicated ${duplicated}; RSS ${memory.rssStartMb} → ${memory.rssEndMb} MB, slope ${memory.rssSlopeMbPerHour} MB/h (heap ${memory.heapSlopeMbPerHour} MB/h)`,
  );

  const s = 'soak';
  const row = (metric: string, unit: string, product: number, note?: string): Row => ({
    scenario: s,
    metric,
    unit,
    product,
    baseline: NaN,
    ...(note ? { note } : {}),
  });
  const turnSummary = summarize(turnMs);
  const restSummary = summarize(restMs);
  const rows: Row[] = [
    row('duration', 's', round(wallS, 0), ctx.quick ? 'quick; full run: 30 min' : undefined),
    row(
      'chat turns (approved writes)',
      'turns',
      c.turns,
      `${c.approvals} approved; ${round(c.turns / wallS, 2)}/s; ${c.turnsBehind} started late`,
    ),
    row('chat turn p95 (incl. approval)', 'ms', turnSummary.p95, `p50 ${turnSummary.p50}`),
    row('REST requests (sales, replays)', 'req', c.restRequests, `${c.sales} sales, ${c.replays} replays; p95 ${restSummary.p95} ms`),
    row('uploads', 'files', c.uploads),
    row('errors', 'count', errors, 'must be 0'),
    row('lost messages', 'count', lost, `must be 0; duplicated ${duplicated}`),
    row('RSS start → end', 'MB', memory.rssEndMb, `from ${memory.rssStartMb}`),
    row('RSS slope, last half', 'MB/h', memory.rssSlopeMbPerHour, `${memory.rssSlopeMbPer1kTurns} MB/1k turns; ~0 = flat`),
    row(
      'V8 heap slope, last half',
      'MB/h',
      memory.heapSlopeMbPerHour,
      `${memory.heapSlopeMbPer1kTurns} MB/1k turns; saw-tooth between GCs`,
    ),
    row('V8 heap floor slope', 'MB/h', memory.heapFloorSlopeMbPerHour, `${memory.heapFloors.length} windows' minima of the samples`),
    row(
      'V8 heap after forced GC, slope, last half',
      'MB/h',
      memory.heapAfterGcSlopeMbPerHour,
      `${memory.heapAfterGcSlopeMbPer1kTurns} MB/1k turns; ${checkpoints.map((k) => k.heapAfterGcMb).join(' → ')} MB; ~0 = no leak`,
    ),
    row(
      'RSS after forced GC, slope, last half',
      'MB/h',
      memory.rssAfterGcSlopeMbPerHour,
      `${checkpoints.map((k) => Math.round(k.rssMb)).join(' → ')} MB`,
    ),
  ];
  return {
    name: 'soak',
    rows,
    details: {
      durationMs,
      chatClients: CHAT_CLIENTS,
      turnPeriodMs: TURN_PERIOD_MS,
      restPeriodMs: REST_PERIOD_MS,
      uploadPeriodMs: UPLOAD_PERIOD_MS,
      counters: c,
      lost,
      gaps,
      missingCompletions: missing,
      duplicated,
      turnMs: turnSummary,
      restMs: restSummary,
      memory,
      samples,
      checkpoints,
    },
  };
}
