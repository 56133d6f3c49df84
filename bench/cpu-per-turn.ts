import { spawn } from 'node:child_process';
/**
 * Server CPU per chat turn (offline model) and per streamed chunk (the paced OpenAI-compatible mock), measured from the
 * backend's /proc CPU time over a fixed number of turns that all complete (no time limit, long turn timeout).
 *
 *   npm run bench:cpu                (root script)
 *   npm run bench:cpu -- --alternate dist-main/main.js,dist/main.js [--pairs 4]
 *                                    offline turns only, two builds (entries relative to backend/, not rebuilt) started in
 *                                    turn on the same database, N pairs: each run with the load average at its start
 *   … --alternate a,b --pairs 1 --syscalls
 *                                    the same with the backend's system calls a turn (strace -c; its CPU figures are void)
 *   … --alternate a,b --stream [--pairs 3]
 *                                    streamed turns only (the paced mock, a new conversation each), the two builds
 *                                    alternated the same way: CPU a turn and a chunk, its user / system split, the
 *                                    cold warm-up round's CPU a turn, and what the idle backend spends a second
 *
 * On a machine shared with other work, wall-clock figures (turns/s, latencies) swing with the neighbours' load and
 * turns time out; the CPU the backend spends per turn moves much less. A diagnostic to compare two builds run back to
 * back (e.g. a branch and its base), not a substitute for `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { startChildServer } from './lib/child-server';
import { closeClients, connectClients, runChatLoad } from './lib/chat-load';
import { cpuMs, login, postgresCpuMs, startProductBackend, startSeededDatabase } from './lib/product-stack';
import { CHAT_MESSAGES } from './scenarios/chat.bench';

const log = (msg: string) => process.stdout.write(`[cpu] ${msg}\n`);
const CLIENTS = 20;

/**
 * Server CPU per offline turn of one backend process (20 clients × 15 turns, after 3 warm-up turns each), and the CPU
 * of the PostgreSQL processes over the same turns: both share the machine's cores, so a turn costs their sum.
 */
async function chatCpu(backend: Awaited<ReturnType<typeof startProductBackend>>, pgdata: string, syscalls = false) {
  const token = await login(backend.url);
  const { clients } = await connectClients({ url: backend.url, token, count: CLIENTS });
  try {
    const opts = { messages: CHAT_MESSAGES, turnTimeoutMs: 600_000, turnsPerConversation: 10 };
    await runChatLoad(clients, { ...opts, turnsPerClient: 3, runId: `cpu-w-${Date.now()}` });
    const trace = syscalls ? await traceSyscalls(backend.pid) : undefined;
    const [cpu0, pg0, t0] = [cpuMs(backend.pid), postgresCpuMs(pgdata), Date.now()];
    const load = await runChatLoad(clients, { ...opts, turnsPerClient: 15, runId: `cpu-${Date.now()}` });
    const [cpu, pg, ms] = [cpuMs(backend.pid) - cpu0, postgresCpuMs(pgdata) - pg0, Date.now() - t0];
    const perTurn = (v: number) => Math.round((v / load.turns) * 100) / 100;
    const calls = trace ? await trace() : undefined;
    return {
      ...(calls ? { syscallsPerTurn: Object.fromEntries(Object.entries(calls).map(([k, v]) => [k, perTurn(v)])) } : {}),
      turns: load.turns,
      lost: load.lost,
      cpuMsPerTurn: perTurn(cpu),
      postgresCpuMsPerTurn: perTurn(pg),
      turnsPerSecond: Math.round((load.turns / ms) * 1000 * 10) / 10,
    };
  } finally {
    closeClients(clients);
  }
}

/**
 * `--syscalls`: the backend's system calls over the measured turns, counted by `strace -c -f` (write-side and socket
 * reads): exact counts a turn, unlike its CPU, but ptrace slows every call, so that run's CPU figures are not comparable.
 */
async function traceSyscalls(pid: number): Promise<() => Promise<Record<string, number>>> {
  const strace = spawn(
    'strace',
    ['-c', '-f', '-e', 'trace=write,writev,sendto,sendmsg,read,readv,recvfrom,epoll_wait', '-p', String(pid)],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let out = '';
  strace.stderr.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((resolve) => setTimeout(resolve, 1000)); // attached to every thread
  return async () => {
    const exited = new Promise((resolve) => strace.once('exit', resolve));
    strace.kill('SIGINT');
    await exited;
    const counts: Record<string, number> = {};
    for (const line of out.split('\n')) {
      const m = /^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(\w+)\s*$/.exec(line);
      if (m && m[2] !== 'total') counts[m[2]] = Number(m[1]);
    }
    return counts;
  };
}

/** The backend of `entry` (or the default build) talking to the paced OpenAI-compatible mock, for `work`. */
async function withStreamingBackend<T>(
  db: Awaited<ReturnType<typeof startSeededDatabase>>,
  entry: string | undefined,
  work: (backend: Awaited<ReturnType<typeof startProductBackend>>, chunks: () => Promise<number>) => Promise<T>,
): Promise<T> {
  const mock = await startChildServer('paced-openai-server.ts');
  const env = {
    LLM_PROVIDER: 'openai',
    OPENAI_API_BASE: `${mock.url}/v1`,
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_MODEL: 'bench-model',
    LLM_FALLBACK_LOCAL: 'false',
    MAX_CONCURRENT_TURNS: '100',
    TURN_QUEUE_PER_TENANT: '100',
  };
  const chunks = async () => ((await (await fetch(`${mock.url}/stats`)).json()) as { chunks: number }).chunks;
  try {
    const backend = await startProductBackend(db, env, entry);
    try {
      return await work(backend, chunks);
    } finally {
      await backend.stop();
    }
  } finally {
    await mock.stop();
  }
}

/** User and system CPU time of a process so far, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuSplitMs(pid: number): { user: number; system: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
}

/**
 * Server CPU of 50 clients × 3 streamed turns, each a new conversation (a tool call, then a 42-chunk answer, from the
 * paced mock), after a warm-up turn each; split into user and system time (a socket write's system time includes the loopback delivery),
 * and the CPU the backend spent idle over 5 s before (timers, pollers), which the paced turns' seconds also carry. The
 * warm-up round's CPU a turn is reported too (`coldCpuMsPerTurn`): a fresh process compiles the stream's code then.
 */
async function streamCpu(backend: Awaited<ReturnType<typeof startProductBackend>>, chunks: () => Promise<number>) {
  const token = await login(backend.url);
  const { clients } = await connectClients({ url: backend.url, token, count: 50 });
  try {
    // Each turn a new conversation's question, as in the stream scenario: a tool call, then a 42-word answer (46 chunks
    // over two model requests). A later turn of the same conversation would be answered without the tool.
    const opts = { messages: ['Combien de semoule en stock ?'], turnTimeoutMs: 600_000, turnsPerConversation: 1 };
    const warm0 = cpuMs(backend.pid);
    const warmup = await runChatLoad(clients, { ...opts, turnsPerClient: 1, runId: `cpu-sw-${Date.now()}` });
    const warmupMsPerTurn = (cpuMs(backend.pid) - warm0) / warmup.turns;
    const idle0 = cpuMs(backend.pid);
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const idleMsPerSecond = (cpuMs(backend.pid) - idle0) / 5;
    const [cpu0, chunks0, t0] = [cpuSplitMs(backend.pid), await chunks(), Date.now()];
    const load = await runChatLoad(clients, { ...opts, turnsPerClient: 3, runId: `cpu-s-${Date.now()}` });
    const [cpu1, streamed, seconds] = [cpuSplitMs(backend.pid), (await chunks()) - chunks0, (Date.now() - t0) / 1000];
    const [user, system] = [cpu1.user - cpu0.user, cpu1.system - cpu0.system];
    const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
    return {
      turns: load.turns,
      lost: load.lost,
      chunks: streamed,
      cpuMsPerChunk: round((user + system) / streamed, 3),
      cpuMsPerTurn: round((user + system) / load.turns),
      userMsPerTurn: round(user / load.turns),
      systemMsPerTurn: round(system / load.turns),
      idleCpuMsPerSecond: round(idleMsPerSecond, 1),
      // The first turn of each conversation, in a process that has streamed nothing yet: code compiled on first use.
      coldCpuMsPerTurn: round(warmupMsPerTurn),
      seconds: round(seconds, 1),
      eventsPerTurn: load.eventsPerTurn,
    };
  } finally {
    closeClients(clients);
  }
}

/** Two builds alternated on one database: a, b, a, b… so that both meet the same neighbours' load. */
async function alternate(entries: string[], pairs: number, syscalls = false, stream = false): Promise<void> {
  const db = await startSeededDatabase(log);
  const runs: ({ entry: string; load: number } & { cpuMsPerTurn: number })[] = [];
  try {
    for (let i = 0; i < pairs; i++) {
      for (const entry of entries) {
        const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
        if (stream) {
          const r = await withStreamingBackend(db, entry, streamCpu);
          runs.push({ entry, load, ...r });
          log(`${entry} (load ${load}): ${JSON.stringify(r)}`);
          continue;
        }
        const backend = await startProductBackend(db, {}, entry);
        try {
          const r = await chatCpu(backend, db.pgdata, syscalls);
          runs.push({ entry, load, ...r });
          log(`${entry} (load ${load}): ${JSON.stringify(r)}`);
        } finally {
          await backend.stop();
        }
      }
    }
  } finally {
    await db.stop();
  }
  const ratios = [];
  for (let i = 0; i + 1 < runs.length; i += 2) ratios.push(Math.round((runs[i + 1].cpuMsPerTurn / runs[i].cpuMsPerTurn) * 100) / 100);
  process.stdout.write(`${JSON.stringify({ runs, ratiosSecondToFirst: ratios })}\n`);
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--alternate');
  if (at > 0) {
    const pairs = process.argv.includes('--pairs') ? Number(process.argv[process.argv.indexOf('--pairs') + 1]) : 4;
    const stream = process.argv.includes('--stream');
    return alternate(process.argv[at + 1].split(','), pairs, process.argv.includes('--syscalls'), stream);
  }
  const db = await startSeededDatabase(log);
  const report: Record<string, unknown> = {};
  try {
    const backend = await startProductBackend(db);
    try {
      report.chat = await chatCpu(backend, db.pgdata);
      log(`chat: ${JSON.stringify(report.chat)}`);
    } finally {
      await backend.stop();
    }
    report.stream = await withStreamingBackend(db, undefined, streamCpu);
    log(`stream: ${JSON.stringify(report.stream)}`);
  } finally {
    await db.stop();
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
