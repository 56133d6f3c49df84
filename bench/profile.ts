/**
 * Where a chat turn and a REST request spend their time: the product under a small chat load with `node --cpu-prof`,
 * and PostgreSQL logging every statement so the statements per turn and per request can be counted.
 *
 *   npm run bench:profile                 (root script; writes bench/results/profile-*.json and the .cpuprofile)
 *   npm run bench:profile -- --rest       each REST endpoint alone under load (cache hits): self and inclusive shares
 *   npm run bench:profile -- --pg-stats   the offline chat turns' statements as PostgreSQL counts them (pg_stat_statements):
 *                                         calls, execution time, buffers, WAL records a turn, foreign-key checks included
 *   npm run bench:profile -- --stream     the same for turns with a model that streams (the bench's paced
 *                                         OpenAI-compatible mock): statements per turn, profile per streamed chunk, and
 *                                         the sampled CPU a turn by stage (lib/profile-stages.ts)
 *
 * Not a benchmark (no baseline, no ratios): a diagnostic to read beside `npm run bench`. Logging every statement and
 * profiling slow the product down, so its timings say nothing; its counts and its profile's proportions do.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import WebSocket from 'ws';
import { Client } from 'pg';
import autocannon from 'autocannon';
import { closeClients, connectClients, runChatLoad } from './lib/chat-load';
import { startChildServer } from './lib/child-server';
import { cpuMs, login, postgresCpuMs, startProductBackend, startSeededDatabase } from './lib/product-stack';
import { OFFLINE_STAGES, stageShares } from './lib/profile-stages';
import { CHAT_MESSAGES } from './scenarios/chat.bench';
import { REST_ENDPOINTS } from './scenarios/rest.bench';

const log = (msg: string) => process.stdout.write(`[profile] ${msg}\n`);

/** The statements PostgreSQL logged since `from` (bytes into its log file). */
function statementsSince(file: string, from: number): string[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file).subarray(from).toString('utf8');
  const out: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = /LOG:\s+(?:statement|execute [^:]*):\s+(.*)$/.exec(line);
    if (!m) return;
    // A raw statement written over several lines (a CTE) starts on the next lines: its first ones name it.
    let statement = m[1];
    for (let j = i + 1; statement.trim().length < 300 && j < lines.length && !/^\S*\d{4}-\d\d-\d\d /.test(lines[j]); j++) {
      statement += ` ${lines[j]}`;
    }
    out.push(statement.trim().replace(/\s+/g, ' ').slice(0, 300));
  });
  return out;
}

const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);

/** Groups statements by their first words and table, most frequent first. */
function histogram(statements: string[], per: number): Record<string, number> {
  const counts = new Map<string, number>();
  for (const s of statements) {
    const key = s
      .replace(/\$\d+/g, '?')
      .replace(/'[^']*'/g, "'…'")
      // The CTE that records a chat event's seq (conversations.repository's recordSeq) names the write after it.
      .replace(/^WITH recorded AS \(.*?"lastSeq" < \?\s*\)\s*/, '[seq] ')
      .slice(0, 110);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round((v / per) * 100) / 100]));
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time by function and by package, and inclusive time of a few named frames, from a V8 .cpuprofile. */
function summarizeProfile(raw: unknown) {
  const p = raw as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const short = url
      .replace(/^file:\/\//, '')
      .replace(/.*\/node_modules\//, 'nm:')
      .replace(/.*\/(backend|tools)\//, '$1/');
    fn.set(
      `${functionName || '(anon)'} ${short}:${lineNumber + 1}`,
      (fn.get(`${functionName || '(anon)'} ${short}:${lineNumber + 1}`) ?? 0) + us,
    );
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    const key = m
      ? m[1]
      : /\/backend\/(src|dist)\//.test(url)
        ? 'backend'
        : url.includes('/tools/')
          ? 'tools'
          : url
            ? 'node internals'
            : functionName || '(vm)';
    pkg.set(key, (pkg.get(key) ?? 0) + us);
  }
  const pct = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
  return {
    totalMs: Math.round(total / 1000),
    topFunctions: pct(fn, 30),
    topPackages: pct(pkg, 20),
    inclusive: inclusiveShares(p, byId, total),
  };
}

/**
 * Inclusive time by function (the function and everything it called), each sample counted once per function even
 * when it recurses: where a request's time goes, top-down, beside the self times above.
 */
function inclusiveShares(p: { samples: number[]; timeDeltas: number[] }, byId: Map<number, ProfileNode>, total: number): string[] {
  const parent = new Map<number, number>();
  for (const n of byId.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url
      .replace(/^file:\/\//, '')
      .replace(/.*\/node_modules\//, 'nm:')
      .replace(/.*\/(backend|tools)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
  const incl = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(label(byId.get(at)!));
    for (const k of seen) incl.set(k, (incl.get(k) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  return [...incl]
    .filter(([k]) => !/^\((root|program|anon)\) :0$/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
}

/** A free TCP port on 127.0.0.1 (for the backend's inspector: other processes on this machine may use 9229). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** The backend's V8 profiler over the inspector protocol: started and stopped around the load only (not the boot). */
async function inspector(port: number) {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const ws = new WebSocket(targets[0].webSocketDebuggerUrl, { maxPayload: 1 << 30 });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  const call = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve) => {
      id += 1;
      pending.set(id, resolve as (r: unknown) => void);
      ws.send(JSON.stringify({ id, method, params }));
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 200 });
  return {
    start: () => call('Profiler.start'),
    stop: async () => (await call<{ profile: unknown }>('Profiler.stop')).profile,
    close: () => ws.close(),
  };
}

/** Turns with the paced OpenAI-compatible mock: statements per turn, CPU per chunk the model streamed, the profile. */
async function streamProfile(): Promise<void> {
  const db = await startSeededDatabase(log, {
    log_statement: 'all',
    logging_collector: 'on',
    log_directory: 'pglog',
    log_filename: 'pg.log',
  });
  const pgLog = join(db.pgdata, 'pglog', 'pg.log');
  const mock = await startChildServer('paced-openai-server.ts');
  const inspectPort = await freePort();
  const conversations = 50;
  const backend = await startProductBackend(db, {
    NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}`,
    LLM_PROVIDER: 'openai',
    OPENAI_API_BASE: `${mock.url}/v1`,
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_MODEL: 'bench-model',
    LLM_FALLBACK_LOCAL: 'false',
    MAX_CONCURRENT_TURNS: String(conversations),
    TURN_QUEUE_PER_TENANT: String(conversations),
  });
  const profiler = await inspector(inspectPort);
  const outDir = join(__dirname, 'results');
  mkdirSync(outDir, { recursive: true });
  const report: Record<string, unknown> = {};
  const chunks = async () => ((await (await fetch(`${mock.url}/stats`)).json()) as { chunks: number }).chunks;
  try {
    const token = await login(backend.url);
    const { clients } = await connectClients({ url: backend.url, token, count: conversations });
    const runId = `prof-stream-${Date.now().toString(36)}`;
    const messages = ['Combien de semoule en stock ?'];
    await runChatLoad(clients, { messages, turnsPerClient: 1, runId: `${runId}-w` });
    const serialTurns = 5;
    const from = size(pgLog);
    await runChatLoad(clients.slice(0, 1), { messages, turnsPerClient: serialTurns, runId: `${runId}-s` });
    await new Promise((r) => setTimeout(r, 500));
    const st = statementsSince(pgLog, from);
    report.sqlPerStreamedTurn = { turns: serialTurns, statements: st.length / serialTurns, byStatement: histogram(st, serialTurns) };
    log(`SQL statements per streamed turn: ${st.length / serialTurns}`);
    const cpu0 = cpuMs(backend.pid);
    const chunks0 = await chunks();
    await profiler.start();
    const load = await runChatLoad(clients, { messages, turnsPerClient: 3, runId: `${runId}-l` });
    const profile = await profiler.stop();
    const streamed = (await chunks()) - chunks0;
    writeFileSync(join(outDir, 'stream.cpuprofile'), JSON.stringify(profile));
    report.streamProfile = summarizeProfile(profile);
    report.streamStages = stageShares(profile, load.turns);
    report.streamLoad = {
      turns: load.turns,
      chunks: streamed,
      cpuMsPerChunk: Math.round(((cpuMs(backend.pid) - cpu0) / Math.max(1, streamed)) * 1000) / 1000,
      note: 'with statement logging and the profiler on',
    };
    closeClients(clients);
    profiler.close();
  } finally {
    await backend.stop();
    await mock.stop();
    await db.stop();
  }
  const out = join(outDir, `profile-stream-${Date.now().toString(36)}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2));
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  log(`written to ${out} (profile: results/stream.cpuprofile)`);
}

/**
 * `--rest`: each REST endpoint of the `rest` scenario alone, warmed up (its read cache hit from the second request on),
 * then REQUESTS (default 5,000) requests over 10 connections under the profiler: one profile per endpoint.
 */
async function restProfile(): Promise<void> {
  const db = await startSeededDatabase(log);
  const inspectPort = await freePort();
  const backend = await startProductBackend(db, { NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` });
  const profiler = await inspector(inspectPort);
  const outDir = join(__dirname, 'results');
  mkdirSync(outDir, { recursive: true });
  const report: Record<string, unknown> = {};
  const requests = Number(process.env.REQUESTS ?? 5000);
  try {
    const headers = { Authorization: `Bearer ${await login(backend.url)}` };
    for (const e of REST_ENDPOINTS) {
      const url = `${backend.url}${e.path}`;
      await autocannon({ url, headers, amount: 2000, connections: 10 });
      const cpu0 = cpuMs(backend.pid);
      await profiler.start();
      const r = await autocannon({ url, headers, amount: requests, connections: 10, timeout: 30 });
      const profile = await profiler.stop();
      const name = e.path.replace(/\W+/g, '-').replace(/^-|-$/g, '');
      writeFileSync(join(outDir, `rest-${name}.cpuprofile`), JSON.stringify(profile));
      report[e.name] = {
        requests: r.requests.total,
        non2xx: r.non2xx,
        cpuMsPerRequest: Math.round(((cpuMs(backend.pid) - cpu0) / r.requests.total) * 1000) / 1000,
        note: 'with the profiler on',
        ...summarizeProfile(profile),
      };
      log(`${e.name}: profiled ${r.requests.total} requests`);
    }
    profiler.close();
  } finally {
    await backend.stop();
    await db.stop();
  }
  const out = join(outDir, `profile-rest-${Date.now().toString(36)}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2));
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  log(`written to ${out} (profiles: results/rest-*.cpuprofile)`);
}

/**
 * `--pg-stats`: what each statement of an offline turn costs PostgreSQL (the other quarter to half of a turn's CPU, on
 * the same cores), from pg_stat_statements (shipped with the embedded server, loaded at start): calls, mean execution
 * time (wall time inside the server: at 20 concurrent clients on 2 cores it includes waiting for a core), shared
 * buffers hit and dirtied, WAL records and rows, nested statements (foreign-key checks) included. 20 clients × 15 turns
 * after 3 warm-up turns each, as `bench:cpu`; `BENCH_BACKEND_ENTRY` picks the build.
 */
async function pgStatements(): Promise<void> {
  const db = await startSeededDatabase(log, { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' });
  const backend = await startProductBackend(db);
  const stats = new Client({ connectionString: db.url });
  await stats.connect();
  try {
    await stats.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const token = await login(backend.url);
    const { clients } = await connectClients({ url: backend.url, token, count: 20 });
    const opts = { messages: CHAT_MESSAGES, turnTimeoutMs: 600_000, turnsPerConversation: 10 };
    await runChatLoad(clients, { ...opts, turnsPerClient: 3, runId: `pgs-w-${Date.now().toString(36)}` });
    await stats.query('SELECT pg_stat_statements_reset()');
    const pg0 = postgresCpuMs(db.pgdata);
    const load = await runChatLoad(clients, { ...opts, turnsPerClient: 15, runId: `pgs-${Date.now().toString(36)}` });
    const pgMs = postgresCpuMs(db.pgdata) - pg0;
    closeClients(clients);
    const { rows } = await stats.query<{
      calls: string;
      exec_ms: number;
      hit: string;
      dirtied: string;
      wal_records: string;
      wal_bytes: string;
      rows: string;
      query: string;
    }>(
      `SELECT calls, total_exec_time AS exec_ms, shared_blks_hit AS hit, shared_blks_dirtied AS dirtied, wal_records, wal_bytes, rows,
              regexp_replace(query, '\\s+', ' ', 'g') AS query
         FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC`,
    );
    const turns = load.turns;
    const per = (v: string | number) => Math.round((Number(v) / turns) * 100) / 100;
    const report = {
      turns,
      lost: load.lost,
      postgresCpuMsPerTurn: per(pgMs),
      walRecordsPerTurn: per(rows.reduce((a, r) => a + Number(r.wal_records), 0)),
      walBytesPerTurn: Math.round(rows.reduce((a, r) => a + Number(r.wal_bytes), 0) / turns),
      statements: rows
        .filter((r) => Number(r.calls) / turns >= 0.01)
        .map((r) => ({
          perTurn: per(r.calls),
          meanExecUs: Math.round((r.exec_ms / Number(r.calls)) * 1000),
          blocksHit: Math.round((Number(r.hit) / Number(r.calls)) * 10) / 10,
          blocksDirtied: Math.round((Number(r.dirtied) / Number(r.calls)) * 100) / 100,
          walRecords: Math.round((Number(r.wal_records) / Number(r.calls)) * 10) / 10,
          rows: Math.round((Number(r.rows) / Number(r.calls)) * 10) / 10,
          statement: r.query.replace(/^WITH recorded AS \(.*?"lastSeq" < \$\d+\s*\)\s*/, '[seq] ').slice(0, 140),
        })),
      note: 'mean execution time is wall time inside the server (a core shared by 20 clients, the backend and the load)',
    };
    const outDir = join(__dirname, 'results');
    mkdirSync(outDir, { recursive: true });
    const out = join(outDir, `profile-pg-${Date.now().toString(36)}.json`);
    writeFileSync(out, JSON.stringify(report, null, 2));
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    log(`written to ${out}`);
  } finally {
    await stats.end();
    await backend.stop();
    await db.stop();
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--stream')) return streamProfile();
  if (process.argv.includes('--rest')) return restProfile();
  if (process.argv.includes('--pg-stats')) return pgStatements();
  const dir = mkdtempSync(join(tmpdir(), 'tajer-profile-'));
  const db = await startSeededDatabase(log, {
    log_statement: 'all',
    logging_collector: 'on',
    log_directory: 'pglog',
    log_filename: 'pg.log',
  });
  const pgLog = join(db.pgdata, 'pglog', 'pg.log');
  const inspectPort = await freePort();
  const backend = await startProductBackend(db, { NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` });
  const profiler = await inspector(inspectPort);
  const outDir = join(__dirname, 'results');
  mkdirSync(outDir, { recursive: true });
  const report: Record<string, unknown> = {};
  try {
    const token = await login(backend.url);
    const { clients } = await connectClients({ url: backend.url, token, count: 20 });
    const runId = `prof-${Date.now().toString(36)}`;
    // Warm up (JIT, caches), then one client alone so every statement logged belongs to its turns.
    await runChatLoad(clients, { messages: CHAT_MESSAGES, turnsPerClient: 2, runId: `${runId}-w`, turnsPerConversation: 10 });
    const serialTurns = 20;
    let from = size(pgLog);
    await runChatLoad(clients.slice(0, 1), {
      messages: CHAT_MESSAGES,
      turnsPerClient: serialTurns,
      runId: `${runId}-s`,
      turnsPerConversation: 10,
    });
    await new Promise((r) => setTimeout(r, 500));
    const turnStatements = statementsSince(pgLog, from);
    report.sqlPerTurn = {
      turns: serialTurns,
      statements: turnStatements.length / serialTurns,
      byStatement: histogram(turnStatements, serialTurns),
    };
    log(`SQL statements per chat turn: ${turnStatements.length / serialTurns}`);

    const cpu0 = cpuMs(backend.pid);
    await profiler.start();
    // CHAT_TURNS (default 15) turns per client under the profiler: more samples for a steadier split.
    const turnsPerClient = Number(process.env.CHAT_TURNS ?? 15);
    const load = await runChatLoad(clients, { messages: CHAT_MESSAGES, turnsPerClient, runId: `${runId}-l`, turnsPerConversation: 10 });
    const chatProfile = await profiler.stop();
    writeFileSync(join(outDir, 'chat.cpuprofile'), JSON.stringify(chatProfile));
    report.chatProfile = summarizeProfile(chatProfile);
    report.chatStages = stageShares(chatProfile, load.turns, OFFLINE_STAGES);
    report.chatLoad = {
      turns: load.turns,
      cpuMsPerTurn: (cpuMs(backend.pid) - cpu0) / load.turns,
      note: 'with statement logging and the profiler on',
    };
    closeClients(clients);

    const rest: Record<string, unknown> = {};
    for (const e of REST_ENDPOINTS) {
      const n = 20;
      await fetch(`${backend.url}${e.path}`, { headers: { Authorization: `Bearer ${token}` } });
      from = size(pgLog);
      for (let i = 0; i < n; i += 1) {
        const res = await fetch(`${backend.url}${e.path}`, { headers: { Authorization: `Bearer ${token}` } });
        await res.text();
      }
      await new Promise((r) => setTimeout(r, 500));
      const st = statementsSince(pgLog, from);
      rest[e.name] = { statementsPerRequest: st.length / n, byStatement: histogram(st, n) };
      log(`SQL statements per ${e.name}: ${st.length / n}`);
    }
    report.sqlPerRequest = rest;
    await profiler.start();
    for (const e of REST_ENDPOINTS) {
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          for (let i = 0; i < 50; i += 1)
            await (await fetch(`${backend.url}${e.path}`, { headers: { Authorization: `Bearer ${token}` } })).text();
        }),
      );
    }
    const restProfile = await profiler.stop();
    writeFileSync(join(outDir, 'rest.cpuprofile'), JSON.stringify(restProfile));
    report.restProfile = summarizeProfile(restProfile);
    profiler.close();
  } finally {
    await backend.stop();
    await db.stop();
  }
  const out = join(outDir, `profile-${Date.now().toString(36)}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2));
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  log(`written to ${out} (profiles: results/chat.cpuprofile, results/rest.cpuprofile — open them in Chrome DevTools)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
