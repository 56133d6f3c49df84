/**
 * Runs an evaluation set through the REAL assistant and scores it as /work/shared/eval/README.md says.
 *
 *   npm run eval:agent -- --file <jsonl> [--out predictions.jsonl] [--verbose]
 *
 * A throwaway embedded PostgreSQL is started in a temp dir, migrated and seeded with the demo business; the Nest app
 * runs with the offline model; each case is sent as owner@demo.dz over a real Socket.IO connection (earlier `turns`
 * first, in the same conversation; `attachment: "image"` uploads a generated picture and sends its id). Scored: the
 * FIRST tool call of the scored turn (tool.started) and its arguments; latency is from send to message.completed of
 * the scored turn. Write tools stay parked awaiting approval: nothing is applied. The last line printed is
 * `agent tool_accuracy=0.xx args_accuracy=0.xx p95_ms=N`.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { io, type Socket } from 'socket.io-client';
import type { ServerEvent } from '../src/chat/chat-events';
import { GENEROUS_LIMITS } from '../test/helpers/harness-limits';
import type { EvalCase, Prediction } from '../src/agent/local/nlu/evaluation';

type Ev<T extends ServerEvent['type']> = Extract<ServerEvent, { type: T }>;

const TURN_TIMEOUT_MS = 120_000;
const DEFAULT_FILE = '/work/shared/eval/utterances.dev.jsonl';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const say = (msg: string) => process.stderr.write(`[eval:agent] ${msg}\n`);

/** The Prisma client is generated code (git-ignored): generate it on a fresh clone before the app loads it. */
function ensurePrismaClient(): void {
  if (existsSync(path.resolve(__dirname, '../src/generated/prisma/client.ts'))) return;
  say('generating the Prisma client …');
  execFileSync(process.execPath, [path.resolve(__dirname, 'prisma-generate.mjs')], { stdio: 'inherit' });
}

/** A small receipt picture (merchant, lines, total, date), drawn with sharp: any image routes, this one also reads. */
async function sampleImage(): Promise<Buffer> {
  const rows = ['ETS BENALI FRERES', 'Date : 09/03/2026', 'Semoule 1kg   240,00', 'Huile Elio 5L   650,00', 'TOTAL TTC   1 520,00 DA'];
  const text = rows
    .map((r, i) => `<text x="24" y="${48 + i * 40}" font-family="DejaVu Sans Mono, monospace" font-size="24" fill="#222">${r}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="${80 + rows.length * 40}"><rect width="100%" height="100%" fill="#f4f2ec"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** One connection to /chat that records every event. */
class Chat {
  readonly events: ServerEvent[] = [];
  private waiters: { pred: (e: ServerEvent) => boolean; resolve: (e: ServerEvent) => void }[] = [];
  readonly socket: Socket;

  constructor(baseUrl: string, token: string) {
    this.socket = io(`${baseUrl}/chat`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
    this.socket.on('chat:event', (e: ServerEvent) => {
      this.events.push(e);
      this.waiters = this.waiters.filter((w) => (w.pred(e) ? (w.resolve(e), false) : true));
    });
  }

  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }

  waitFor(pred: (e: ServerEvent) => boolean): Promise<ServerEvent> {
    const seen = this.events.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for the answer')), TURN_TIMEOUT_MS);
      this.waiters.push({ pred, resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  }

  /** Sends one message and waits for the assistant's completed answer. */
  async turn(text: string, conversationId?: string, attachmentIds?: string[]) {
    const started = performance.now();
    const ack = (await this.socket
      .timeout(TURN_TIMEOUT_MS)
      .emitWithAck('message:send', { clientMessageId: randomUUID(), text, conversationId, attachmentIds })) as
      { ok: true; messageId: string; conversationId: string } | { ok: false; code: string; message: string };
    if (!ack.ok) throw new Error(`message refused: ${ack.code} ${ack.message}`);
    const accepted = (await this.waitFor((e) => e.type === 'message.accepted' && e.message.id === ack.messageId)) as Ev<'message.accepted'>;
    const messageId = accepted.assistantMessageId;
    const done = (await this.waitFor((e) => e.type === 'message.completed' && e.message.id === messageId)) as Ev<'message.completed'>;
    const ms = Math.round(performance.now() - started);
    const mine = <T extends ServerEvent['type']>(type: T) =>
      this.events.filter((e): e is Ev<T> => e.type === type && (e as { messageId?: string }).messageId === messageId);
    return {
      conversationId: ack.conversationId,
      ms,
      text: done.message.text,
      started: mine('tool.started'),
      finished: mine('tool.finished'),
      approvals: mine('approval.required'),
    };
  }
}

type TurnOutcome = Awaited<ReturnType<Chat['turn']>>;

/**
 * Catalogue names of what the first tool call's arguments were resolved to (README: "resolved"): the product of a
 * proposal or of the records a read tool returned, and a category with its labels in every language.
 */
async function resolvedNames(
  outcome: TurnOutcome,
  args: Record<string, unknown>,
  productNames: Map<string, string[]>,
  toolCallRecords: (id: string) => Promise<unknown>,
): Promise<Record<string, string[]> | undefined> {
  const first = outcome.started[0];
  if (!first) return undefined;
  const resolved: Record<string, string[]> = {};
  const approval = outcome.approvals.find((a) => a.toolCallId === first.toolCallId);
  const finished = outcome.finished.find((f) => f.toolCallId === first.toolCallId);
  for (const key of ['product', 'query']) {
    if (typeof args[key] !== 'string') continue;
    let productId = typeof approval?.args.productId === 'string' ? approval.args.productId : undefined;
    if (!productId && finished?.status === 'succeeded') {
      // A read resolved the name when it found one product, or one clearly ahead of the rest (the answer then names
      // it alone); "huile" listing four equally good matches is not a resolution.
      const items = (finished.result as { items?: { id: string; score?: number }[] } | undefined)?.items;
      const [best, next] = Array.isArray(items) ? items : [];
      if (best && (!next || ((best.score ?? 0) >= 0.9 && (best.score ?? 0) - (next.score ?? 0) >= 0.25))) productId = best.id;
      if (!productId && !items) {
        const records = (await toolCallRecords(first.toolCallId)) as { type?: string; id?: string }[] | null;
        const found = Array.isArray(records) ? records.filter((r) => r.type === 'product') : [];
        productId = found.length === 1 ? found[0].id : undefined;
      }
    }
    const names = productId ? productNames.get(productId) : undefined;
    if (names) resolved[key] = names;
  }
  if (typeof args.category === 'string') {
    const result = finished?.result as { category?: { name?: string; key?: string; label?: Record<string, string> } | null } | undefined;
    const category = result?.category;
    if (category?.label) resolved.category = [category.name ?? category.key ?? '', ...Object.values(category.label)].filter(Boolean);
    const proposed = approval?.proposal.changes.find((c) => c.field === 'category');
    if (approval && typeof approval.args.category === 'string')
      resolved.category = [approval.args.category, ...(proposed ? [String(proposed.after)] : [])];
  }
  return Object.keys(resolved).length ? resolved : undefined;
}

async function main(): Promise<void> {
  const file = arg('file') ?? DEFAULT_FILE;
  const out = arg('out');
  const verbose = process.argv.includes('--verbose');
  const cases: EvalCase[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

  ensurePrismaClient();
  // Loaded after the client exists.
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { PrismaClient } = await import('../src/generated/prisma/client');
  const { startEmbeddedPostgres } = await import('../src/database/embedded-postgres');
  const { applyMigrations } = await import('../src/database/migrator');
  const { seedDemo } = await import('../src/seed/seed');
  const { loadConfig } = await import('../src/config/app-config');
  const { createApp } = await import('../src/app.factory');
  const { score } = await import('../src/agent/local/nlu/evaluation');

  const dir = mkdtempSync(path.join(os.tmpdir(), 'tajer-eval-agent-'));
  let stopDatabase = async () => {};
  let closeApp = async () => {};
  const sockets: Chat[] = [];
  try {
    const t0 = performance.now();
    const pg = await startEmbeddedPostgres({ dataDir: dir, ephemeral: true });
    stopDatabase = pg.stop;
    await applyMigrations(pg.url, { log: () => undefined });
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url }) });
    closeApp = async () => prisma.$disconnect();
    const { tenantId } = await seedDemo(prisma);
    say(`database ready in ${Math.round(performance.now() - t0)} ms (${dir})`);

    const config = loadConfig({
      ENVIRONMENT: 'development',
      LOG_LEVEL: 'silent',
      DATABASE_URL: pg.url,
      SECRET_KEY: randomBytes(24).toString('hex'),
      DATA_DIR: dir,
      LLM_PROVIDER: 'local',
      // One user sends every case within a minute or two: the product's limits would refuse most of them.
      ...GENEROUS_LIMITS,
      SEED_DEMO: 'false',
    });
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    closeApp = async () => {
      sockets.forEach((s) => s.socket.close());
      await app.close();
      await prisma.$disconnect();
    };
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@demo.dz', password: 'demo' }),
    });
    if (!login.ok) throw new Error(`login failed: ${login.status}`);
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const image = await sampleImage();
    const uploadImage = async () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'eval.png');
      const res = await fetch(`${base}/api/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      if (!res.ok) throw new Error(`upload failed: ${res.status}`);
      return ((await res.json()) as { id: string }).id;
    };
    const products = await prisma.product.findMany({ where: { tenantId }, select: { id: true, nameFr: true, nameAr: true, nameEn: true } });
    const productNames = new Map(products.map((p) => [p.id, [p.nameFr, p.nameAr, p.nameEn].filter((n): n is string => !!n)]));
    const toolCallRecords = async (id: string) =>
      (await prisma.toolCall.findUnique({ where: { id }, select: { records: true } }))?.records ?? null;

    const chat = new Chat(base, token);
    sockets.push(chat);
    await chat.connected();
    // The offline model trains its classifier at start; a first exchange makes sure it is ready before timing.
    await chat.turn('Bonjour');
    say(`app ready; running ${cases.length} cases from ${file}`);

    const predictions: Prediction[] = [];
    for (const c of cases) {
      const turns = c.turns ?? [c.text ?? ''];
      let prediction: Prediction = { id: c.id, tool: null, args: {} };
      try {
        let conversationId: string | undefined;
        for (let i = 0; i < turns.length; i += 1) {
          const last = i === turns.length - 1;
          const attachmentIds = last && c.attachment === 'image' ? [await uploadImage()] : undefined;
          const outcome = await chat.turn(turns[i], conversationId, attachmentIds);
          conversationId = outcome.conversationId;
          if (!last) continue;
          const first = outcome.started[0];
          const args = (first?.args ?? {}) as Record<string, unknown>;
          const resolved = await resolvedNames(outcome, args, productNames, toolCallRecords);
          prediction = { id: c.id, tool: first?.name ?? null, args, ...(resolved ? { resolved } : {}), ms: outcome.ms };
          if (verbose)
            say(`${c.id} ${prediction.tool ?? '-'} ${JSON.stringify(args)} ${outcome.ms} ms\n    ${outcome.text.replace(/\n/g, '\n    ')}`);
        }
      } catch (err) {
        say(`${c.id} failed: ${(err as Error).message}`);
        prediction = { id: c.id, tool: null, args: {}, ms: TURN_TIMEOUT_MS };
      }
      predictions.push(prediction);
    }

    const s = score(cases, predictions);
    for (const f of s.failures) {
      const said = f.expected.turns ? f.expected.turns.join(' ⟶ ') : f.expected.text;
      say(
        `✗ ${f.id} [${f.reason}] "${said}" expected ${f.expected.tool} ${JSON.stringify(f.expected.args)}, got ${f.predicted.tool} ${JSON.stringify(f.predicted.args)}`,
      );
    }
    if (out)
      writeFileSync(
        out,
        predictions
          .map((p) => JSON.stringify({ id: p.id, tool: p.tool, args: p.args, ...(p.resolved ? { resolved: p.resolved } : {}), ms: p.ms }))
          .join('\n') + '\n',
      );
    const ms = predictions.map((p) => p.ms ?? 0).sort((a, b) => a - b);
    const p95 = ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)] ?? 0;
    const median = ms[Math.floor(ms.length / 2)] ?? 0;
    await closeApp();
    closeApp = async () => {};
    await stopDatabase();
    stopDatabase = async () => {};
    console.log(`cases=${s.cases} tool_right=${Math.round(s.toolAccuracy * s.cases)} median_ms=${median} max_ms=${ms[ms.length - 1] ?? 0}`);
    console.log(`agent tool_accuracy=${s.toolAccuracy.toFixed(2)} args_accuracy=${s.argsAccuracy.toFixed(2)} p95_ms=${p95}`);
  } finally {
    await closeApp().catch(() => undefined);
    await stopDatabase().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
