/**
 * Scenario — catalogue import: a 10,000-row CSV (French headers, decimal commas, Arabic names) through the real
 * `POST /api/inventory/products/import` of a fresh shop — dry run, first import (10,000 creates), the same file again
 * (nothing to change) and a stock count (10,000 updates with their movements). Issue 9 asks for under 10 s.
 *
 * Baseline, in the same run: the same file parsed with papaparse and its rows inserted into the same table with one
 * bulk INSERT through a bare pg client — the floor of "parse and store 10,000 rows" on this machine, with none of the
 * product's work (header mapping, per-cell checks, matching, movements, audit, HTTP).
 */
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { Client } from 'pg';
import type { BenchContext } from '../lib/context';
import { login } from '../lib/product-stack';
import type { Row, ScenarioResult } from '../lib/report';
import { ratio, round } from '../lib/stats';

const EMAIL = 'import@bench.local';

function catalogueCsv(rows: number, stockShift = 0): string {
  const lines = ["Référence;Code-barres;Désignation;Nom arabe;Catégorie;Unité;Prix de vente (DA);Prix d'achat;Qté;Seuil"];
  for (let i = 1; i <= rows; i++) {
    const price = 50 + (i % 400) * 12.5;
    const fr = (n: number) =>
      n
        .toFixed(2)
        .replace('.', ',')
        .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    lines.push(
      [
        `B-${String(i).padStart(5, '0')}`,
        `613${String(9_000_000_000 + i).padStart(10, '0')}`,
        `Produit banc ${i} ${i % 7 ? '500g' : '1L'}`,
        `منتج ${i}`,
        ['épicerie', 'boissons', 'hygiène', 'frais'][i % 4],
        ['pièce', 'kg', 'L', 'paquet'][i % 4],
        fr(price),
        fr(price * 0.8),
        String(((i * 7) % 300) + stockShift),
        String(i % 20),
      ].join(';'),
    );
  }
  return lines.join('\r\n');
}

async function freshTenant(pg: Client, runId: string, suffix: string): Promise<string> {
  const {
    rows: [t],
  } = await pg.query<{ id: string }>(
    `INSERT INTO "Tenant" (id, name, slug, "updatedAt") VALUES (gen_random_uuid()::text, 'Bench import', $1, now()) RETURNING id`,
    [`bench-import-${suffix}-${runId}`],
  );
  return t.id;
}

async function upload(ctx: BenchContext, token: string, csv: string, query: string): Promise<{ ms: number; body: any }> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'catalogue.csv');
  const t0 = performance.now();
  const res = await fetch(`${ctx.backend.url}/api/inventory/products/import${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  const body = await res.json();
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(`import ${query}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { ms, body };
}

export async function runImportBench(ctx: BenchContext): Promise<ScenarioResult> {
  const rows = 10_000;
  const csv = catalogueCsv(rows);
  const pg = new Client({ connectionString: ctx.db.url });
  await pg.connect();
  try {
    const tenantId = await freshTenant(pg, ctx.runId, 'product');
    await pg.query(
      `INSERT INTO "User" (id, "tenantId", email, name, "passwordHash", role, "updatedAt")
       SELECT gen_random_uuid()::text, $1, $2, 'Bench import owner', "passwordHash", 'OWNER', now() FROM "User" WHERE email = 'owner@demo.dz'`,
      [tenantId, `${ctx.runId}-${EMAIL}`],
    );
    const token = await login(ctx.backend.url, `${ctx.runId}-${EMAIL}`);

    const dry = await upload(ctx, token, csv, '?dryRun=true');
    const first = await upload(ctx, token, csv, '');
    const again = await upload(ctx, token, csv, '');
    const count = await upload(ctx, token, catalogueCsv(rows, 5), '');
    for (const [name, r, expect] of [
      ['first', first, { created: rows }],
      ['again', again, { unchanged: rows }],
      ['count', count, { updated: rows }],
    ] as const) {
      for (const [k, v] of Object.entries(expect))
        if (r.body.counts[k] !== v) throw new Error(`${name} import: counts.${k} = ${r.body.counts[k]}, expected ${v}`);
    }
    ctx.log(
      `import: dry run ${round(dry.ms, 0)} ms, first ${round(first.ms, 0)} ms, again ${round(again.ms, 0)} ms, stock count ${round(count.ms, 0)} ms`,
    );

    // Baseline: parse + one bulk INSERT of the same rows, bare pg.
    const baselineTenant = await freshTenant(pg, ctx.runId, 'baseline');
    const t0 = performance.now();
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1);
    const num = (s: string) => Number(s.replace(/\s/g, '').replace(',', '.'));
    await pg.query(
      `INSERT INTO "Product" (id, "tenantId", sku, barcode, "nameFr", "nameAr", category, unit, price, cost, stock, "reorderThreshold", "updatedAt")
       SELECT gen_random_uuid()::text, $1, u.sku, u.barcode, u.fr, u.ar, u.cat, u.unit, u.price, u.cost, u.stock, u.min, now()
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::numeric[], $9::numeric[], $10::int4[], $11::int4[])
            AS u(sku, barcode, fr, ar, cat, unit, price, cost, stock, min)`,
      [
        baselineTenant,
        ...[0, 1, 2, 3, 4, 5].map((c) => parsed.map((r) => r[c])),
        parsed.map((r) => num(r[6])),
        parsed.map((r) => num(r[7])),
        parsed.map((r) => Number(r[8])),
        parsed.map((r) => Number(r[9])),
      ],
    );
    const baselineMs = performance.now() - t0;

    const row = (metric: string, product: number, note?: string): Row => ({
      scenario: 'import',
      metric,
      unit: 'ms',
      product: round(product, 0),
      baseline: round(baselineMs, 0),
      ...(note ? { note } : {}),
    });
    const rowsOut: Row[] = [
      row(`catalogue import, ${rows} new products`, first.ms, 'target < 10,000 ms; baseline = papaparse + one bulk INSERT, bare pg'),
      row(`dry run, ${rows} rows`, dry.ms),
      row(`same file again (${rows} unchanged)`, again.ms),
      row(`stock count (${rows} updates + movements)`, count.ms),
    ];
    return {
      name: 'import',
      rows: rowsOut,
      details: {
        rows,
        csvBytes: Buffer.byteLength(csv),
        dryRunMs: dry.ms,
        firstMs: first.ms,
        againMs: again.ms,
        countMs: count.ms,
        baselineMs,
        ratioFirst: ratio(first.ms, baselineMs),
      },
    };
  } finally {
    await pg.end();
  }
}
