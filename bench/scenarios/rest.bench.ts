/**
 * Scenario 2 — REST under load with autocannon: the dashboard stats and the inventory listing of the demo shop,
 * against a bare Node `http` server returning the same JSON.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startChildServer } from '../lib/child-server';
import type { BenchContext } from '../lib/context';
import type { Row, ScenarioResult } from '../lib/report';

export const REST_ENDPOINTS = [
  { name: 'GET /api/dashboard/stats', path: '/api/dashboard/stats' },
  { name: 'GET /api/inventory', path: '/api/inventory' },
];

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  mean: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** Closed-loop load: `connections` clients, each sending its next request as soon as the previous answer arrives. */
export async function hammer(url: string, headers: Record<string, string>, durationS: number, connections: number): Promise<LoadFigures> {
  const r = await autocannon({ url, headers, duration: durationS, connections, timeout: 30, warmup: { connections, duration: 1 } });
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    mean: Math.round(r.latency.average * 100) / 100,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

export async function runRestBench(ctx: BenchContext): Promise<ScenarioResult> {
  const durationS = ctx.quick ? 2 : 10;
  // Enough concurrent clients to keep the server busy on 2 cores without measuring the accept queue.
  const connections = 10;
  const auth = { Authorization: `Bearer ${ctx.token}` };
  const bodies: Record<string, string> = {};
  for (const e of REST_ENDPOINTS) {
    const res = await fetch(`${ctx.backend.url}${e.path}`, { headers: auth });
    if (!res.ok) throw new Error(`${e.path}: ${res.status} ${await res.text()}`);
    bodies[e.path] = await res.text();
  }
  const bodiesFile = join(ctx.tmpDir, 'rest-bodies.json');
  writeFileSync(bodiesFile, JSON.stringify(bodies));
  const bare = await startChildServer('bare-http-server.ts', [bodiesFile]);
  const rows: Row[] = [];
  const details: Record<string, unknown> = { durationS, connections, endpoints: {} as Record<string, unknown> };
  try {
    for (const e of REST_ENDPOINTS) {
      const product = await hammer(`${ctx.backend.url}${e.path}`, auth, durationS, connections);
      const baseline = await hammer(`${bare.url}${e.path}`, auth, durationS, connections);
      if (product.non2xx || product.errors) ctx.log(`rest ${e.path}: ${product.non2xx} non-2xx, ${product.errors} errors from the product`);
      ctx.log(`rest ${e.name}: product ${product.requestsPerSecond} req/s p99 ${product.p99} ms, bare ${baseline.requestsPerSecond} req/s`);
      (details.endpoints as Record<string, unknown>)[e.path] = { bodyBytes: Buffer.byteLength(bodies[e.path]), product, baseline };
      const s = `rest ${e.name}`;
      rows.push(
        {
          scenario: s,
          metric: 'requests per second',
          unit: 'req/s',
          product: product.requestsPerSecond,
          baseline: baseline.requestsPerSecond,
        },
        {
          scenario: s,
          metric: 'latency p50',
          unit: 'ms',
          product: product.p50,
          baseline: baseline.p50,
          note: 'autocannon: 1 ms resolution',
        },
        {
          scenario: s,
          metric: 'latency p99',
          unit: 'ms',
          product: product.p99,
          baseline: baseline.p99,
          note: product.non2xx || product.errors ? `${product.non2xx} non-2xx, ${product.errors} errors` : undefined,
        },
      );
    }
  } finally {
    await bare.stop();
  }
  return { name: 'rest', rows, details };
}
