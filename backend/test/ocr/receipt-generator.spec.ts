import { generateReceipt, specFor } from '../fixtures/receipts/algerian/generate';

/** The generated Algerian receipt sets are measured, so they must be reproducible and their split honest. */
describe('Algerian receipt generator', () => {
  it('is deterministic: the same split and index give the same label and the same image', async () => {
    const a = await generateReceipt('heldout', 3);
    const b = await generateReceipt('heldout', 3);
    expect(a.label).toEqual(b.label);
    expect(a.image.equals(b.image)).toBe(true);
    expect(a.image.subarray(0, 2).toString('hex')).toBe('ffd8'); // a JPEG, as a phone sends
    expect(specFor('dev', 7)).toEqual(specFor('dev', 7));
  }, 180_000);

  it('covers at least 8 layouts, French, bilingual and Arabic-only prints in every 16 receipts', () => {
    for (const split of ['dev', 'heldout'] as const) {
      const specs = Array.from({ length: 16 }, (_, i) => specFor(split, i));
      expect(new Set(specs.map((s) => s.meta.layout)).size).toBeGreaterThanOrEqual(8);
      expect(new Set(specs.map((s) => s.meta.lang))).toEqual(new Set(['fr', 'bi', 'ar']));
    }
  });

  it('draws the held-out receipts from merchants the dev split never shows (except the utilities, which are one)', () => {
    const names = (split: 'dev' | 'heldout') => new Set(Array.from({ length: 80 }, (_, i) => specFor(split, i).label.company));
    const dev = names('dev');
    const shared = [...names('heldout')].filter((n) => dev.has(n));
    expect(shared.sort()).toEqual(['NAFTAL', 'SONELGAZ']);
  });

  it('labels what is printed: the total appears on the receipt in its own format', () => {
    for (let i = 0; i < 40; i += 1) {
      const spec = specFor('dev', i);
      expect(Number(spec.label.total)).toBeGreaterThan(0);
      expect(spec.label.date).toMatch(/^20(24|25|26)-\d\d-\d\d$/);
      expect(spec.rows.length).toBeGreaterThan(8);
    }
  });
});
