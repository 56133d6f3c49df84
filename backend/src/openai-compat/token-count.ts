import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'node:worker_threads';

/**
 * Counts tokens for `usage` when the model reports none (the offline model has no tokens of its own): GPT-4o's
 * o200k_base encoding, bundled in js-tiktoken (no download). Building its table takes CPU for a second or two, so it
 * lives in a worker thread, started on first use: the server's event loop never stalls for it.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Tiktoken } = require(workerData.lite);
const ranks = require(workerData.ranks);
const enc = new Tiktoken(ranks.default ?? ranks);
parentPort.on('message', ({ id, texts }) => parentPort.postMessage({ id, counts: texts.map((t) => (t ? enc.encode(t).length : 0)) }));
`;

@Injectable()
export class TokenCounter implements OnModuleDestroy {
  private readonly logger = new Logger(TokenCounter.name);
  private worker?: Worker;
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (counts: number[]) => void; texts: string[] }>();

  /** Tokens of each text (a rough count of ~4 characters per token if the tokenizer cannot run). */
  count(texts: string[]): Promise<number[]> {
    const worker = this.start();
    if (!worker) return Promise.resolve(texts.map(rough));
    return new Promise((resolve) => {
      const id = ++this.seq;
      this.waiting.set(id, { resolve, texts });
      worker.postMessage({ id, texts });
    });
  }

  /** OpenAI's chat accounting: each message costs its content plus 3 tokens of framing, and 3 more prime the reply. */
  async countChat(messages: { role: string; text: string }[]): Promise<number> {
    const counts = await this.count(messages.flatMap((m) => [m.role, m.text]));
    return counts.reduce((n, c) => n + c, 3 + 3 * messages.length);
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.terminate();
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(WORKER, {
        eval: true,
        workerData: { lite: require.resolve('js-tiktoken/lite'), ranks: require.resolve('js-tiktoken/ranks/o200k_base') },
      });
      worker.unref();
      worker.on('message', ({ id, counts }: { id: number; counts: number[] }) => {
        this.waiting.get(id)?.resolve(counts);
        this.waiting.delete(id);
      });
      worker.on('error', (err) => {
        this.logger.warn({ err: err.message }, 'token counter failed; using rough counts');
        for (const w of this.waiting.values()) w.resolve(w.texts.map(rough));
        this.waiting.clear();
      });
      this.worker = worker;
      return worker;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'token counter unavailable; using rough counts');
      return undefined;
    }
  }
}

const rough = (text: string) => (text ? Math.ceil(text.length / 4) : 0);
