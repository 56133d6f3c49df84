/**
 * Scenario 3 — data growth: the dashboard stats and the inventory search of one shop whose sales history grows from
 * 10 k to 100 k to 1 M sales (quick: 10 k and 100 k). The baseline is the data itself: latency should grow far slower
 * than the number of rows, so each size reports latency growth beside data growth.
 *
 * The rows are generated in SQL (generate_series) for a fresh tenant: the demo shop's catalogue, 1–3 lines per sale,
 * sales spread uniformly over the last 365 days (the demo's own window), so a month holds 1/12 of them. The tables
 * are then VACUUM ANALYZEd, the state autovacuum reaches on its own. Requests go through the real HTTP endpoints.
 *
 * Two backends on the same data: the bench's (read caches on, so after the first request of a size it times cache
 * hits) and a second one started with READ_CACHE=false, where every request runs the statements — the rows
 * "(READ_CACHE=false)" show how the queries themselves grow with the data.
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { localMonthStart, splitAtLocalDays } from '../../backend/src/common/time/local-time';
import { DEMO_TENANT } from '../../backend/src/seed/demo-dataset';
import type { BenchContext } from '../lib/context';
import { login, startProductBackend } from '../lib/product-stack';
import type { Row, ScenarioResult } from '../lib/report';
import { ratio, round, summarize, type Summary } from '../lib/stats';

const FULL_SIZES = [10_000, 100_000, 1_000_000];
const QUICK_SIZES = [10_000, 100_000];
const INSERT_BATCH = 250_000;
const EMAIL = 'growth@bench.local';

const ENDPOINTS = [
  { name: 'dashboard stats', path: '/api/dashboard/stats' },
  { name: 'inventory search', path: '/api/inventory?q=semoule' },
];
const UNCACHED = ' (READ_CACHE=false)';
/**
 * Requests before the timed ones, at every size. Three were too few for the first size: its p50 (the baseline every
 * ratio divides by) was partly the backends' warm-up (the second backend starts with the scenario, its code not yet
 * optimised), so the 100k and 1M sizes read faster than 10k (×0.23–0.6 in the eleventh pass's first full run).
 */
const WARMUP_REQUESTS = 100;

/**
 * The shape of the repository's sales totals (dashboard.repository.ts salesTotalsSql), for EXPLAIN only: the whole
 * local days from the daily rollups, the partial days at either end from the sales.
 */
const SALES_TOTALS_SQL = `
  SELECT coalesce(sum("total"), 0)::float8 AS "revenue", coalesce(sum("cost"), 0)::float8 AS "cost",
         coalesce(sum("salesCount"), 0)::int AS "salesCount"
  FROM (
    SELECT "total", "cost", "salesCount" FROM "SaleDay" WHERE "tenantId" = $1 AND "day" >= $2::date AND "day" < $3::date
    UNION ALL
    SELECT sum("total"), sum("cost"), count(*) FROM "Sale" WHERE "tenantId" = $1 AND "soldAt" >= $4 AND "soldAt" < $5
    UNION ALL
    SELECT sum("total"), sum("cost"), count(*) FROM "Sale" WHERE "tenantId" = $1 AND "soldAt" >= $6 AND "soldAt" < $7
  ) figures`;

async function createTenant(pg: Client, runId: string): Promise<string> {
  const {
    rows: [tenant],
  } = await pg.query<{ id: string }>(
    `INSERT INTO "Tenant" (id, name, slug, "updatedAt") VALUES (gen_random_uuid()::text, 'Bench growth', $1, now()) RETURNING id`,
    [`bench-growth-${runId}`],
  );
  // Same password as the demo owner: copy its hash rather than hashing again. The demo shop's catalogue is copied.
  await pg.query(
    `INSERT INTO "User" (id, "tenantId", email, name, "passwordHash", role, "updatedAt")
     SELECT gen_random_uuid()::text, $1, $2, 'Bench growth owner', "passwordHash", 'OWNER', now() FROM "User" WHERE email = 'owner@demo.dz'`,
    [tenant.id, EMAIL],
  );
  await pg.query(
    `INSERT INTO "Product" (id, "tenantId", sku, barcode, "nameFr", "nameAr", "nameEn", category, unit, price, cost, stock, "reorderThreshold", active, "updatedAt")
     SELECT gen_random_uuid()::text, $1, p.sku, p.barcode, p."nameFr", p."nameAr", p."nameEn", p.category, p.unit, p.price, p.cost, p.stock, p."reorderThreshold", p.active, now()
     FROM "Product" p JOIN "Tenant" t ON t.id = p."tenantId" WHERE t.slug = $2`,
    [tenant.id, DEMO_TENANT.slug],
  );
  return tenant.id;
}

/** Adds sales numbered (from, to] with their lines: deterministic pseudo-random products, quantities and times. */
async function insertSales(pg: Client, tenantId: string, from: number, to: number, now: string): Promise<void> {
  await pg.query('BEGIN');
  try {
    await pg.query(
      `CREATE TEMP TABLE bench_products ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY sku) - 1)::int AS idx, id, price, cost FROM "Product" WHERE "tenantId" = $1`,
      [tenantId],
    );
    const {
      rows: [{ n }],
    } = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM bench_products');
    // 525,600 minutes in 365 days; 7919 is prime to it, so sale numbers map onto distinct minutes of the year.
    await pg.query(
      `CREATE TEMP TABLE bench_lines ON COMMIT DROP AS
       SELECT s AS sale_no, p.id AS product_id, 1 + ((s * 31 + l * 17) % 4) AS qty, p.price, p.cost,
              $3::timestamp - ((s * 7919 % 525600) * interval '1 minute') AS sold_at
       FROM generate_series($1::bigint, $2::bigint) s
       CROSS JOIN LATERAL generate_series(1, 1 + (s % 3)) l
       JOIN bench_products p ON p.idx = (s * 104729 + l * 7907) % ${n}`,
      [from + 1, to, now],
    );
    await pg.query(
      `INSERT INTO "Sale" (id, "tenantId", "soldAt", total, cost, channel, "createdAt")
       SELECT md5($1 || '-' || sale_no)::uuid::text, $1, min(sold_at), sum(qty * price), sum(qty * cost), 'store', min(sold_at)
       FROM bench_lines GROUP BY sale_no`,
      [tenantId],
    );
    await pg.query(
      `INSERT INTO "SaleLine" (id, "tenantId", "saleId", "productId", quantity, "unitPrice", "unitCost", "soldAt")
       SELECT gen_random_uuid()::text, $1, md5($1 || '-' || sale_no)::uuid::text, product_id, qty, price, cost, sold_at FROM bench_lines`,
      [tenantId],
    );
    await pg.query('COMMIT');
  } catch (err) {
    await pg.query('ROLLBACK');
    throw err;
  }
}

async function timeRequests(url: string, token: string, count: number): Promise<Summary> {
  const headers = { Authorization: `Bearer ${token}` };
  const times: number[] = [];
  for (let i = 0; i < count + WARMUP_REQUESTS; i += 1) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    if (i >= WARMUP_REQUESTS) times.push(performance.now() - t0); // the first ones warm the JIT, the plan cache and the pool
  }
  return summarize(times);
}

export async function runGrowthBench(ctx: BenchContext): Promise<ScenarioResult> {
  const sizes = ctx.quick ? QUICK_SIZES : FULL_SIZES;
  const requests = ctx.quick ? 20 : 50;
  const pg = new Client({ connectionString: ctx.db.url });
  await pg.connect();
  const uncached = await startProductBackend(ctx.db, { READ_CACHE: 'false' });
  const perSize: { sales: number; saleLines: number; insertMs: number; latency: Record<string, Summary>; explain: string }[] = [];
  try {
    const tenantId = await createTenant(pg, ctx.runId);
    const token = await login(ctx.backend.url, EMAIL);
    const uncachedToken = await login(uncached.url, EMAIL);
    const now = new Date().toISOString();
    let have = 0;
    for (const size of sizes) {
      const t0 = performance.now();
      for (let from = have; from < size; from += INSERT_BATCH)
        await insertSales(pg, tenantId, from, Math.min(size, from + INSERT_BATCH), now);
      await pg.query('VACUUM (ANALYZE) "Sale", "SaleLine"');
      const insertMs = Math.round(performance.now() - t0);
      have = size;
      const {
        rows: [{ lines }],
      } = await pg.query<{ lines: number }>('SELECT count(*)::int AS lines FROM "SaleLine" WHERE "tenantId" = $1', [tenantId]);
      const latency: Record<string, Summary> = {};
      for (const e of ENDPOINTS) {
        latency[e.name] = await timeRequests(`${ctx.backend.url}${e.path}`, token, requests);
        latency[e.name + UNCACHED] = await timeRequests(`${uncached.url}${e.path}`, uncachedToken, requests);
      }
      // The month-to-date window the stats endpoint reads: from the local (UTC+1) midnight the month began.
      const monthStart = localMonthStart(new Date(now));
      const { days, pieces } = splitAtLocalDays(monthStart, new Date(now));
      const plan = await pg.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${SALES_TOTALS_SQL}`, [
        tenantId,
        days.from,
        days.to,
        // Two pieces (the second empty early on the 1st of a month, when the period has no whole day).
        ...[...pieces, [new Date(now), new Date(now)]]
          .slice(0, 2)
          .flat()
          .map((d) => d.toISOString()),
      ]);
      const explain = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      perSize.push({ sales: size, saleLines: lines, insertMs, latency, explain });
      ctx.log(
        `growth ${size.toLocaleString('en-US')} sales (${lines.toLocaleString('en-US')} lines, generated in ${(insertMs / 1000).toFixed(1)} s): ${Object.entries(
          latency,
        )
          .map(([name, l]) => `${name} p50 ${l.p50} ms`)
          .join(', ')}`,
      );
    }
  } finally {
    await pg.end();
    await uncached.stop();
  }

  const rows: Row[] = [];
  const first = perSize[0];
  for (const e of ENDPOINTS.flatMap((x) => [x, { ...x, name: x.name + UNCACHED }])) {
    const s = `growth ${e.name}`;
    for (const size of perSize) {
      rows.push({
        scenario: s,
        metric: `p50 @ ${size.sales.toLocaleString('en-US')} sales`,
        unit: 'ms',
        product: size.latency[e.name].p50,
        baseline: first.latency[e.name].p50,
        note: size === first ? 'baseline = smallest size' : `data ×${round(size.sales / first.sales, 0)}`,
      });
    }
    const last = perSize.at(-1)!;
    if (last !== first) {
      const latencyGrowth = ratio(last.latency[e.name].p50, first.latency[e.name].p50);
      rows.push({
        scenario: s,
        metric: `latency growth vs data growth ${first.sales / 1000}k→${last.sales / 1000}k`,
        unit: '×',
        product: latencyGrowth,
        baseline: last.sales / first.sales,
        note: 'ratio ≪ 1 = scales',
      });
    }
  }
  return {
    name: 'growth',
    rows,
    details: { sizes, requestsPerSize: requests, distribution: 'uniform over the last 365 days, 1–3 lines per sale', perSize },
  };
}
