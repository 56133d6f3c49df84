/**
 * Decompression bombs against /api/inventory/analyze-image (issue 11 #2): ten 16000×16000 one-colour PNGs (~0.8 MB of
 * file each, 256 MP decoded) sent at once, while /api/health is polled every 100 ms. Two backends on the same database:
 * the product as configured (IMAGE_MAX_PIXELS 40 MP: refused from the header) and the same product with the pixel limit
 * raised to sharp's old default (268 MP: every bomb is decoded), which is what the server did before the fix.
 *
 * Rows: /api/health latency (p50, max) during the attack and the time to answer all ten, product / "before".
 */
import { pngBomb } from '../../backend/test/fixtures/images/png-bomb';
import type { BenchContext } from '../lib/context';
import { login, startProductBackend } from '../lib/product-stack';
import type { ScenarioResult } from '../lib/report';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

async function attack(url: string, token: string, bomb: Buffer, count: number) {
  const health: number[] = [];
  let done = false;
  const poller = (async () => {
    while (!done) {
      const t0 = performance.now();
      await fetch(`${url}/api/health`).then((r) => r.arrayBuffer());
      health.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const t0 = performance.now();
  const statuses = await Promise.all(
    Array.from({ length: count }, async () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bomb)], { type: 'image/png' }), 'bomb.png');
      const res = await fetch(`${url}/api/inventory/analyze-image`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
        signal: AbortSignal.timeout(120_000),
      });
      await res.arrayBuffer();
      return res.status;
    }),
  );
  const allAnsweredMs = performance.now() - t0;
  done = true;
  await poller;
  return { statuses, allAnsweredMs, healthP50: pct(health, 50), healthMax: Math.max(...health), healthSamples: health.length };
}

export async function runImageBombsBench(ctx: BenchContext): Promise<ScenarioResult> {
  const side = ctx.quick ? 12000 : 16000;
  const count = 10;
  const bomb = pngBomb(side, 'rgb');
  ctx.log(`bomb: ${side}×${side} PNG, ${(bomb.length / 1024).toFixed(0)} KB; ${count} at once`);
  const after = await attack(ctx.backend.url, ctx.token, bomb, count);
  ctx.log(
    `product: statuses ${[...new Set(after.statuses)].join(',')}, health p50 ${after.healthP50.toFixed(1)} ms max ${after.healthMax.toFixed(1)} ms`,
  );
  const before = await startProductBackend(ctx.db, { IMAGE_MAX_PIXELS: '268000000', IMAGE_CONCURRENCY: '32' });
  let old: Awaited<ReturnType<typeof attack>>;
  try {
    old = await attack(before.url, await login(before.url), bomb, count);
  } finally {
    await before.stop();
  }
  ctx.log(
    `before: statuses ${[...new Set(old.statuses)].join(',')}, health p50 ${old.healthP50.toFixed(1)} ms max ${old.healthMax.toFixed(1)} ms`,
  );
  const note = "baseline: the same product with the pixel limit at sharp's old 268 MP (bombs decoded)";
  return {
    name: 'image-bombs',
    rows: [
      {
        scenario: 'image-bombs',
        metric: 'health latency p50 during attack',
        unit: 'ms',
        product: after.healthP50,
        baseline: old.healthP50,
        note,
      },
      {
        scenario: 'image-bombs',
        metric: 'health latency max during attack',
        unit: 'ms',
        product: after.healthMax,
        baseline: old.healthMax,
        note,
      },
      {
        scenario: 'image-bombs',
        metric: `${count} bombs answered`,
        unit: 'ms',
        product: after.allAnsweredMs,
        baseline: old.allAnsweredMs,
        note,
      },
    ],
    details: { side, bombBytes: bomb.length, count, product: after, before: old },
  };
}
