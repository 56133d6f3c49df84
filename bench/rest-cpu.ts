/**
 * Server CPU per REST request: the backend's and PostgreSQL's /proc CPU time over a fixed number of requests
 * (autocannon, 10 connections), per endpoint of the `rest` scenario. Like `bench:cpu`, a diagnostic to compare two
 * builds back to back on a shared machine, where req/s swings with the neighbours and CPU per request much less.
 *
 *   npm run bench:rest-cpu                                   the current sources (built into backend/dist)
 *   npm run bench:rest-cpu -- dist-main/main.js dist/main.js  builds already made, each started in turn, ROUNDS times
 *
 * REQUESTS (default 3,000) per endpoint and run, ROUNDS (default 1) over the list of builds. PostgreSQL's CPU is
 * that of the cluster's processes alive at both ends of a run (the pool keeps its connections under this load).
 */
import os from 'node:os';
import autocannon from 'autocannon';
import { cpuMs, login, postgresCpuMs, startProductBackend, startSeededDatabase } from './lib/product-stack';
import { REST_ENDPOINTS } from './scenarios/rest.bench';

const log = (msg: string) => process.stdout.write(`[rest-cpu] ${msg}\n`);
const REQUESTS = Number(process.env.REQUESTS ?? 3000);
const ROUNDS = Number(process.env.ROUNDS ?? 1);
const round3 = (n: number) => Math.round(n * 1000) / 1000;

async function main(): Promise<void> {
  const entries: (string | undefined)[] = process.argv.slice(2).length ? process.argv.slice(2) : [undefined];
  const db = await startSeededDatabase(log);
  const report: Record<string, unknown>[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const entry of entries) {
        const backend = await startProductBackend(db, {}, entry);
        try {
          const headers = { Authorization: `Bearer ${await login(backend.url)}` };
          for (const e of REST_ENDPOINTS) {
            const url = `${backend.url}${e.path}`;
            await autocannon({ url, headers, amount: 500, connections: 10 });
            const [cpu0, pg0, t0] = [cpuMs(backend.pid), postgresCpuMs(db.pgdata), Date.now()];
            const r = await autocannon({ url, headers, amount: REQUESTS, connections: 10, timeout: 30 });
            const [cpu, pg, ms] = [cpuMs(backend.pid) - cpu0, postgresCpuMs(db.pgdata) - pg0, Date.now() - t0];
            const ok = r.requests.total - r.non2xx - r.errors;
            const row = {
              build: entry ?? 'dist/main.js',
              endpoint: e.path,
              load: Math.round(os.loadavg()[0] * 10) / 10,
              requests: r.requests.total,
              non2xx: r.non2xx,
              backendCpuMsPerRequest: round3(cpu / ok),
              postgresCpuMsPerRequest: round3(pg / ok),
              requestsPerSecond: Math.round((ok / ms) * 1000),
            };
            report.push(row);
            log(JSON.stringify(row));
          }
        } finally {
          await backend.stop();
        }
      }
    }
  } finally {
    await db.stop();
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
