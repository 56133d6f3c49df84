/**
 * Server CPU per chat turn (offline model) and per streamed chunk (the paced OpenAI-compatible mock), measured from the
 * backend's /proc CPU time over a fixed number of turns that all complete (no time limit, long turn timeout).
 *
 *   npm run bench:cpu                (root script)
 *
 * On a machine shared with other work, wall-clock figures (turns/s, latencies) swing with the neighbours' load and
 * turns time out; the CPU the backend spends per turn moves much less. A diagnostic to compare two builds run back to
 * back (e.g. a branch and its base), not a substitute for `npm run bench`.
 */
import { startChildServer } from './lib/child-server';
import { closeClients, connectClients, runChatLoad } from './lib/chat-load';
import { cpuMs, login, startProductBackend, startSeededDatabase } from './lib/product-stack';
import { CHAT_MESSAGES } from './scenarios/chat.bench';

const log = (msg: string) => process.stdout.write(`[cpu] ${msg}\n`);
const CLIENTS = 20;

async function main(): Promise<void> {
  const db = await startSeededDatabase(log);
  const report: Record<string, unknown> = {};
  try {
    let backend = await startProductBackend(db);
    try {
      const token = await login(backend.url);
      const { clients } = await connectClients({ url: backend.url, token, count: CLIENTS });
      const opts = { messages: CHAT_MESSAGES, turnTimeoutMs: 600_000, turnsPerConversation: 10 };
      await runChatLoad(clients, { ...opts, turnsPerClient: 3, runId: `cpu-w-${Date.now()}` });
      const cpu0 = cpuMs(backend.pid);
      const load = await runChatLoad(clients, { ...opts, turnsPerClient: 15, runId: `cpu-${Date.now()}` });
      report.chat = {
        turns: load.turns,
        lost: load.lost,
        cpuMsPerTurn: Math.round(((cpuMs(backend.pid) - cpu0) / load.turns) * 100) / 100,
      };
      log(`chat: ${JSON.stringify(report.chat)}`);
      closeClients(clients);
    } finally {
      await backend.stop();
    }
    const mock = await startChildServer('paced-openai-server.ts');
    backend = await startProductBackend(db, {
      LLM_PROVIDER: 'openai',
      OPENAI_API_BASE: `${mock.url}/v1`,
      OPENAI_API_KEY: 'sk-bench',
      OPENAI_MODEL: 'bench-model',
      LLM_FALLBACK_LOCAL: 'false',
      MAX_CONCURRENT_TURNS: '100',
      TURN_QUEUE_PER_TENANT: '100',
    });
    const chunks = async () => ((await (await fetch(`${mock.url}/stats`)).json()) as { chunks: number }).chunks;
    try {
      const token = await login(backend.url);
      const { clients } = await connectClients({ url: backend.url, token, count: 50 });
      const opts = { messages: ['Combien de semoule en stock ?'], turnTimeoutMs: 600_000 };
      await runChatLoad(clients, { ...opts, turnsPerClient: 1, runId: `cpu-sw-${Date.now()}` });
      const [cpu0, chunks0] = [cpuMs(backend.pid), await chunks()];
      const load = await runChatLoad(clients, { ...opts, turnsPerClient: 3, runId: `cpu-s-${Date.now()}` });
      const streamed = (await chunks()) - chunks0;
      const cpu = cpuMs(backend.pid) - cpu0;
      report.stream = {
        turns: load.turns,
        lost: load.lost,
        chunks: streamed,
        cpuMsPerChunk: Math.round((cpu / streamed) * 1000) / 1000,
        cpuMsPerTurn: Math.round((cpu / load.turns) * 100) / 100,
        eventsPerTurn: load.eventsPerTurn,
      };
      log(`stream: ${JSON.stringify(report.stream)}`);
      closeClients(clients);
    } finally {
      await backend.stop();
      await mock.stop();
    }
  } finally {
    await db.stop();
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
