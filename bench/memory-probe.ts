/**
 * Where the backend's RSS goes under chat turns, over a longer run than the quick memory scenario: RSS, the V8 heap
 * (used and total), `external` and `arrayBuffers` from the product's /metrics, and the process's anonymous memory
 * (/proc/<pid>/smaps_rollup) every few hundred turns, for 50 clients with 10 turns a conversation.
 *
 *   npm run bench:memory -- [turns=6000]     (root script; BENCH_BACKEND_ENTRY=dist-main/main.js for another build)
 *
 * A diagnostic, like bench:cpu: its slope says how RSS grows once the process is warm, and which part grows.
 */
import { readFileSync } from 'node:fs';
import { closeClients, connectClients, runChatLoad } from './lib/chat-load';
import { cpuMs, login, rssMb, startProductBackend, startSeededDatabase } from './lib/product-stack';
import { slope } from './lib/stats';
import { CHAT_MESSAGES } from './scenarios/chat.bench';

const log = (msg: string) => process.stdout.write(`[memory] ${msg}\n`);
const CLIENTS = 50;

async function metrics(url: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const read = (name: string) => {
    const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([\\d.e+]+)`, 'm').exec(text);
    return m ? Math.round((Number(m[1]) / 2 ** 20) * 10) / 10 : NaN;
  };
  return {
    heapUsed: read('nodejs_heap_size_used_bytes'),
    heapTotal: read('nodejs_heap_size_total_bytes'),
    external: read('nodejs_external_memory_bytes'),
  };
}

function anonMb(pid: number): number {
  const m = /^Anonymous:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 102.4) / 10 : NaN;
}

async function main(): Promise<void> {
  const turns = Number(process.argv[2] ?? 6000);
  const db = await startSeededDatabase(log);
  try {
    const backend = await startProductBackend(db);
    try {
      const token = await login(backend.url);
      const { clients } = await connectClients({ url: backend.url, token, count: CLIENTS });
      const samples: Record<string, number>[] = [];
      const take = async (done: number) => {
        const s = {
          turns: done,
          rss: Math.round(rssMb(backend.pid) * 10) / 10,
          anon: anonMb(backend.pid),
          ...(await metrics(backend.url)),
        };
        samples.push(s);
        log(JSON.stringify(s));
      };
      await take(0);
      // The backend's CPU over the turns: what more frequent full collections (HEAP_GROWING_PERCENT) cost.
      const cpu0 = cpuMs(backend.pid);
      const every = Math.max(50, Math.floor(turns / 30));
      const load = await runChatLoad(clients, {
        messages: CHAT_MESSAGES,
        turnsPerClient: Math.ceil(turns / CLIENTS),
        turnsPerConversation: 10,
        turnTimeoutMs: 600_000,
        runId: `mem-${Date.now().toString(36)}`,
        onTurn: async (done) => {
          if (done % every === 0) await take(done);
        },
      });
      const cpuMsPerTurn = Math.round(((cpuMs(backend.pid) - cpu0) / load.turns) * 100) / 100;
      closeClients(clients);
      const half = samples.slice(Math.floor(samples.length / 2));
      const per1k = (key: string) =>
        Math.round(
          slope(
            half.map((s) => s.turns),
            half.map((s) => s[key]),
          ) * 100_000,
        ) / 100;
      const report = {
        turns: load.turns,
        lost: load.lost,
        cpuMsPerTurn,
        slopeLastHalfMbPer1kTurns: Object.fromEntries(['rss', 'anon', 'heapUsed', 'heapTotal', 'external'].map((k) => [k, per1k(k)])),
        first: samples[0],
        last: samples.at(-1),
      };
      process.stdout.write(`${JSON.stringify(report)}\n`);
    } finally {
      await backend.stop();
    }
  } finally {
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
