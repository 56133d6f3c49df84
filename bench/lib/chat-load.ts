/**
 * Closed-loop chat load over Socket.IO (namespace /chat), the same client code for the product and the bare baseline:
 * every client keeps one turn in flight, sends the next message when the previous answer is complete, and checks
 * that it received every event of its conversations exactly once (seq 1, 2, 3 … without gap or repeat) and one
 * `message.completed` per send.
 */
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { ServerEvent } from '../../backend/src/chat/chat-events';
import { summarize, type Summary } from './stats';

export interface ConnectOptions {
  url: string;
  token: string;
  count: number;
  /** Handshakes in flight at once: 1,000 simultaneous connects would measure the accept backlog, not the chat. */
  concurrency?: number;
}

export interface ChatLoadOptions {
  /** The messages sent in turn (client i's k-th turn sends messages[(i + k) % messages.length]). */
  messages: string[];
  turnsPerClient: number;
  /** Start a new conversation every this many turns (default: never), so no history grows without bound. */
  turnsPerConversation?: number;
  turnTimeoutMs?: number;
  /** No new turn starts after this long (turns in flight finish): bounds a run whatever the server's speed. */
  timeLimitMs?: number;
  /** Called after every completed turn with the number completed so far (memory sampling). */
  onTurn?: (completed: number) => void | Promise<void>;
  /** Tag of this run in client message ids (so a rerun never hits the product's idempotency). */
  runId: string;
  /** After the run, how long to wait for answers the clients gave up on (they count as late, not lost). */
  graceMs?: number;
}

export interface ChatLoadResult {
  clients: number;
  /** Turns sent (a send whose answer never completes counts here, not in `turns`). */
  attempted: number;
  /** Turns completed. */
  turns: number;
  /** True when the time limit stopped the clients before they sent all their turns. */
  cutByTimeLimit: boolean;
  wallMs: number;
  turnsPerSecond: number;
  firstTokenMs: Summary;
  turnMs: Summary;
  /** Events missing: gaps in a conversation's seq, plus sends that never got their `message.completed`. */
  lost: number;
  /** Turns that completed only after the client's timeout (within the grace period): slow, not lost. */
  late: number;
  /** Events received more than once (same conversation, same seq). */
  duplicated: number;
  missingCompletions: number;
  /** Turns whose answer completed with status failed/cancelled (the product apologised instead of answering). */
  failedTurns: number;
  /** Completed turns whose deltas, concatenated, differ from the completed message text. */
  textMismatches: number;
  /** Why sends or turns did not complete, by message (first 80 characters). */
  errors: Record<string, number>;
  failedAcks: number;
  /** Tool calls that finished as failed (the product's answer to a question it could not serve). */
  toolFailures: number;
  /** Events per turn by type (mean), to show what a turn streamed. */
  eventsPerTurn: Record<string, number>;
}

type Completed = Extract<ServerEvent, { type: 'message.completed' }>;

/** One connected client and everything it received, per conversation. */
export class LoadClient {
  /** Every seq received, per conversation (audited for gaps and repeats). */
  readonly seqs = new Map<string, number[]>();
  /** clientMessageId → assistant message id, from `message.accepted`. */
  readonly accepted = new Map<string, string>();
  /** Assistant message ids whose `message.completed` arrived (also after the client gave up waiting). */
  readonly completedIds = new Set<string>();
  lastEventAt = 0;
  private listener: ((e: ServerEvent) => void) | null = null;

  constructor(readonly socket: Socket) {
    socket.on('chat:event', (e: ServerEvent) => {
      const list = this.seqs.get(e.conversationId) ?? [];
      list.push(e.seq);
      this.seqs.set(e.conversationId, list);
      this.lastEventAt = performance.now();
      if (e.type === 'message.accepted' && e.message.clientMessageId) this.accepted.set(e.message.clientMessageId, e.assistantMessageId);
      if (e.type === 'message.completed') this.completedIds.add(e.message.id);
      this.listener?.(e);
    });
  }

  /** Whether the answer to this send has completed by now. */
  hasCompleted(clientMessageId: string): boolean {
    const id = this.accepted.get(clientMessageId);
    return id !== undefined && this.completedIds.has(id);
  }

  /** Sends one message and resolves when its answer is complete (or rejects after the timeout). */
  turn(payload: { clientMessageId: string; text: string; conversationId?: string }, timeoutMs: number) {
    const started = performance.now();
    let firstToken = NaN;
    const received: ServerEvent[] = [];
    return new Promise<{ conversationId: string; firstTokenMs: number; turnMs: number; events: ServerEvent[]; completed: Completed }>(
      (resolve, reject) => {
        let conversationId: string | undefined;
        let assistantId: string | undefined;
        const timer = setTimeout(() => {
          this.listener = null;
          reject(new Error('turn timed out'));
        }, timeoutMs);
        this.listener = (e) => {
          if (!assistantId) {
            // Until this send is accepted, anything else is a late event of an earlier turn the client gave up on.
            if (e.type === 'message.accepted' && e.message.clientMessageId === payload.clientMessageId) {
              assistantId = e.assistantMessageId;
              conversationId = e.conversationId;
              received.push(e);
            }
            return;
          }
          if (e.conversationId !== conversationId) return;
          if ('messageId' in e && e.messageId && e.messageId !== assistantId) return;
          if (e.type === 'message.completed' && e.message.id !== assistantId) return;
          received.push(e);
          if (e.type === 'message.delta' && Number.isNaN(firstToken)) firstToken = performance.now() - started;
          if (e.type === 'message.completed') {
            clearTimeout(timer);
            this.listener = null;
            resolve({
              conversationId: e.conversationId,
              firstTokenMs: firstToken,
              turnMs: performance.now() - started,
              events: received,
              completed: e,
            });
          }
        };
        this.socket.timeout(timeoutMs).emit('message:send', payload, (err: Error | null, ack: { ok: boolean; message?: string }) => {
          if (err || !ack?.ok) {
            clearTimeout(timer);
            this.listener = null;
            reject(new Error(`send not acknowledged: ${err?.message ?? ack?.message}`));
          }
        });
      },
    );
  }

  /**
   * Decides on a pending approval (`approval:decide`) and resolves, with the ack's status, when the decision's
   * follow-up answer is complete: the tool's `tool.finished`, then the short `message.completed` that says the outcome.
   */
  decide(
    conversationId: string,
    toolCallId: string,
    decision: 'approve' | 'reject',
    timeoutMs: number,
  ): Promise<{ status: string; toolStatus?: string }> {
    return new Promise((resolve, reject) => {
      let toolStatus: string | undefined;
      let status: string | undefined;
      const timer = setTimeout(() => {
        this.listener = null;
        reject(new Error('decision timed out'));
      }, timeoutMs);
      const finish = () => {
        if (status === undefined || toolStatus === undefined || !completedAfter) return;
        clearTimeout(timer);
        this.listener = null;
        resolve({ status, toolStatus });
      };
      let completedAfter = false;
      this.listener = (e) => {
        if (e.conversationId !== conversationId) return;
        if (e.type === 'tool.finished' && e.toolCallId === toolCallId) toolStatus = e.status;
        else if (e.type === 'message.completed' && toolStatus !== undefined) completedAfter = true;
        finish();
      };
      this.socket
        .timeout(timeoutMs)
        .emit('approval:decide', { toolCallId, decision }, (err: Error | null, ack: { ok: boolean; status?: string; message?: string }) => {
          if (err || !ack?.ok) {
            clearTimeout(timer);
            this.listener = null;
            reject(new Error(`decision not acknowledged: ${err?.message ?? ack?.message}`));
            return;
          }
          status = ack.status!;
          // Already decided elsewhere: no follow-up comes.
          if (status === 'already-decided') {
            clearTimeout(timer);
            this.listener = null;
            resolve({ status });
            return;
          }
          finish();
        });
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** Events received twice, and seqs missing (a gap below the highest seq seen), over every conversation of the clients. */
export function auditSeqs(clients: readonly LoadClient[]): { gaps: number; duplicated: number } {
  let gaps = 0;
  let duplicated = 0;
  for (const client of clients) {
    for (const seqs of client.seqs.values()) {
      const unique = new Set(seqs);
      duplicated += seqs.length - unique.size;
      // A conversation starts at seq 1 and has no holes: every seq up to the highest seen must have arrived.
      gaps += Math.max(...unique) - unique.size;
    }
  }
  return { gaps, duplicated };
}

function connectOne(url: string, token: string): Promise<LoadClient> {
  const socket = io(`${url}/chat`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 60_000 });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(new LoadClient(socket)));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Opens `count` authenticated sockets, `concurrency` handshakes at a time. */
export async function connectClients(opts: ConnectOptions): Promise<{ clients: LoadClient[]; connectMs: number }> {
  const started = performance.now();
  const clients: LoadClient[] = [];
  let next = 0;
  const lanes = Array.from({ length: Math.min(opts.concurrency ?? 50, opts.count) }, async () => {
    while (next < opts.count) {
      next += 1;
      clients.push(await connectOne(opts.url, opts.token));
    }
  });
  try {
    await Promise.all(lanes);
  } catch (err) {
    clients.forEach((c) => c.close());
    throw err;
  }
  return { clients, connectMs: performance.now() - started };
}

export function closeClients(clients: LoadClient[]): void {
  clients.forEach((c) => c.close());
}

/** Runs the closed loop on already connected clients and audits what each one received. */
export async function runChatLoad(clients: LoadClient[], opts: ChatLoadOptions): Promise<ChatLoadResult> {
  const timeoutMs = opts.turnTimeoutMs ?? 120_000;
  const firstTokens: number[] = [];
  const turnTimes: number[] = [];
  const eventCounts: Record<string, number> = {};
  let completedTurns = 0;
  let attempted = 0;
  let cutByTimeLimit = false;
  let missingCompletions = 0;
  let failedAcks = 0;
  let textMismatches = 0;
  let failedTurns = 0;
  let toolFailures = 0;
  const errors: Record<string, number> = {};
  const gaveUp: { client: LoadClient; clientMessageId: string }[] = [];
  clients.forEach((c) => c.seqs.clear());

  const started = performance.now();
  const deadline = started + (opts.timeLimitMs ?? Infinity);
  await Promise.all(
    clients.map(async (client, i) => {
      let conversationId: string | undefined;
      for (let k = 0; k < opts.turnsPerClient; k += 1) {
        if (performance.now() > deadline) {
          cutByTimeLimit = true;
          break;
        }
        attempted += 1;
        if (opts.turnsPerConversation && k % opts.turnsPerConversation === 0) conversationId = undefined;
        const text = opts.messages[(i + k) % opts.messages.length];
        const clientMessageId = `${opts.runId}-${i}-${k}`;
        try {
          const r = await client.turn({ clientMessageId, text, ...(conversationId ? { conversationId } : {}) }, timeoutMs);
          conversationId = r.conversationId;
          if (Number.isFinite(r.firstTokenMs)) firstTokens.push(r.firstTokenMs);
          turnTimes.push(r.turnMs);
          for (const e of r.events) eventCounts[e.type] = (eventCounts[e.type] ?? 0) + 1;
          const streamed = r.events
            .filter((e): e is Extract<ServerEvent, { type: 'message.delta' }> => e.type === 'message.delta')
            .map((e) => e.delta)
            .join('');
          if (r.completed.message.status !== 'completed') failedTurns += 1;
          else if (streamed !== r.completed.message.text) textMismatches += 1;
          toolFailures += r.events.filter((e) => e.type === 'tool.finished' && e.status === 'failed').length;
          completedTurns += 1;
          await opts.onTurn?.(completedTurns);
        } catch (err) {
          const message = (err as Error).message;
          errors[message.slice(0, 80)] = (errors[message.slice(0, 80)] ?? 0) + 1;
          if (/not acknowledged/.test(message)) failedAcks += 1;
          else gaveUp.push({ client, clientMessageId });
        }
      }
    }),
  );
  const wallMs = performance.now() - started;

  // Answers the clients stopped waiting for may still arrive: wait a little (while events keep coming) so a slow
  // turn is not reported as a lost one.
  const graceEnd = performance.now() + (opts.graceMs ?? 10_000);
  const pending = () => gaveUp.filter((g) => !g.client.hasCompleted(g.clientMessageId)).length;
  while (pending() && performance.now() < graceEnd && performance.now() - Math.max(...clients.map((c) => c.lastEventAt)) < 2000) {
    await new Promise((r) => setTimeout(r, 200));
  }
  missingCompletions = pending();
  const late = gaveUp.length - missingCompletions;

  const { gaps, duplicated } = auditSeqs(clients);
  const turns = completedTurns;
  return {
    clients: clients.length,
    attempted,
    turns,
    cutByTimeLimit,
    wallMs: Math.round(wallMs),
    turnsPerSecond: Math.round((turns / wallMs) * 1000 * 10) / 10,
    firstTokenMs: summarize(firstTokens),
    turnMs: summarize(turnTimes),
    lost: gaps + missingCompletions,
    late,
    duplicated,
    missingCompletions,
    failedTurns,
    textMismatches,
    errors,
    failedAcks,
    toolFailures,
    eventsPerTurn: Object.fromEntries(Object.entries(eventCounts).map(([k, v]) => [k, Math.round((v / Math.max(1, turns)) * 100) / 100])),
  };
}

/**
 * What the product streams for each message (event types and payloads after `message.accepted`), recorded from one
 * real turn, so the bare baseline can stream exactly the same chunks.
 */
export type TurnScript = Record<string, Omit<ServerEvent, 'conversationId' | 'seq' | 'at'>[]>;

export async function recordTurnScript(client: LoadClient, messages: string[], runId: string): Promise<TurnScript> {
  const script: TurnScript = {};
  for (const [i, text] of messages.entries()) {
    const r = await client.turn({ clientMessageId: `${runId}-script-${i}`, text }, 60_000);
    script[text] = r.events
      .filter((e) => e.type !== 'message.accepted')
      .map(({ conversationId: _c, seq: _s, at: _a, ...rest }) => rest as Omit<ServerEvent, 'conversationId' | 'seq' | 'at'>);
  }
  return script;
}
