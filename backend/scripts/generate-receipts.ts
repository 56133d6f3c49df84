/**
 * Generates the photographed-style Algerian receipt sets used to measure the OCR (see test/fixtures/receipts/algerian).
 * Deterministic (seeded): the images are not committed, regenerate them with
 *
 *   npm run receipts:generate -w backend                                   # dev (80) and held-out (80) splits
 *   npm run receipts:generate -w backend -- --split heldout --count 80 --out <dir>
 *
 * then measure with `npm run eval:ocr -- --dir backend/test/fixtures/receipts/generated/dev`.
 * Tune on the dev split only; the held-out split (other merchants, other seeds) is for reporting.
 */
import { join } from 'node:path';
import { generateSet, type Split } from '../test/fixtures/receipts/algerian/generate';

const DEFAULT_ROOT = join(__dirname, '..', 'test', 'fixtures', 'receipts', 'generated');

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const splits: Split[] = arg('--split') ? [arg('--split') as Split] : ['dev', 'heldout'];
  if (splits.some((s) => s !== 'dev' && s !== 'heldout')) throw new Error('--split must be dev or heldout');
  const count = Number(arg('--count') ?? 80);
  for (const split of splits) {
    const dir = arg('--out') ?? join(DEFAULT_ROOT, split);
    const started = Date.now();
    await generateSet(split, count, dir);
    console.log(`${split}: ${count} receipts in ${dir} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
