/**
 * The demo data's shape, checked in memory (no database): calendar, barcodes, determinism, stock ledger, seasonality.
 * The database round trip is covered by seed.test.ts.
 */
import { createHash } from 'node:crypto';
import { addDays, ramadanPeriods, seedWindow } from '../../src/seed/calendar';
import { CATEGORIES } from '../../src/seed/catalog';
import { buildDemoDataset, defaultSeedNow } from '../../src/seed/demo-dataset';
import { ean13, ean13CheckDigit, isValidEan13 } from '../../src/seed/ean13';
import { EXPENSE_CATEGORIES } from '@tajer/contract';

const NOW = new Date('2026-11-22T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('calendar', () => {
  it('finds Ramadan where it really fell (end exclusive = Aïd el-Fitr)', () => {
    const year = (y: number) => ramadanPeriods({ start: day(`${y}-01-01`), end: day(`${y}-12-31`) }).map((p) => [iso(p.start), iso(p.end)]);
    expect(year(2025)).toEqual([['2025-03-01', '2025-03-30']]);
    expect(year(2026)).toEqual([['2026-02-18', '2026-03-20']]);
    expect(year(2027)).toEqual([['2027-02-08', '2027-03-09']]);
  });

  it('covers the 12 months before `now`, ending at its 00:00 UTC', () => {
    const w = seedWindow(new Date('2026-11-22T15:42:00Z'));
    expect([iso(w.start), w.end.toISOString()]).toEqual(['2025-11-22', '2026-11-22T00:00:00.000Z']);
    expect(buildDemoDataset().window.end).toEqual(defaultSeedNow());
  });
});

describe('EAN-13', () => {
  it('computes the check digit', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1); // the textbook example 4006381333931
    expect(ean13('613100100001')).toHaveLength(13);
    expect(isValidEan13('4006381333931')).toBe(true);
    expect(isValidEan13('4006381333932')).toBe(false);
  });
});

describe('demo dataset', () => {
  const data = buildDemoDataset(NOW);

  it('is the same on every run', () => {
    const again = buildDemoDataset(NOW);
    // Fingerprints instead of deep equality: ~30k sales compare in milliseconds this way.
    const fingerprint = (d: typeof data) =>
      [d.catalog, d.customers, d.history.sales, d.ledger, d.expenses, d.competitorPrices, d.campaigns, d.content, d.oran.history.sales].map(
        (part) => createHash('sha256').update(JSON.stringify(part)).digest('hex'),
      );
    expect(fingerprint(again)).toEqual(fingerprint(data));
  });

  it('has a trilingual catalogue with valid Algerian barcodes and unique SKUs', () => {
    expect(data.catalog.length).toBeGreaterThanOrEqual(55);
    expect(data.catalog.length).toBeLessThanOrEqual(70);
    expect(new Set(data.catalog.map((p) => p.sku)).size).toBe(data.catalog.length);
    for (const p of data.catalog) {
      expect(p.nameFr && p.nameAr && p.nameEn).toBeTruthy();
      expect(p.nameAr).toMatch(/[\u0600-\u06ff]/);
      expect(CATEGORIES).toContain(p.category);
      const margin = (p.priceCents - p.costCents) / p.priceCents;
      expect(margin).toBeGreaterThanOrEqual(0.08);
      expect(margin).toBeLessThanOrEqual(0.3);
      if (p.barcode !== null) {
        expect(p.barcode).toMatch(/^613\d{10}$/);
        expect(isValidEan13(p.barcode)).toBe(true);
      }
    }
    expect(data.catalog.filter((p) => p.barcode).length).toBeGreaterThan(50);
    expect(new Set(data.catalog.map((p) => p.barcode).filter(Boolean)).size).toBe(data.catalog.filter((p) => p.barcode).length);
    const milk = data.catalog.find((p) => p.nameFr === 'Lait en sachet 1L');
    expect(milk?.priceCents).toBe(2500); // state-capped at 25 DA
  });

  it('starts some products below their threshold and one out of stock', () => {
    const low = data.catalog.filter((p) => p.stock < p.reorderThreshold);
    expect(low.length).toBeGreaterThanOrEqual(3);
    expect(data.catalog.filter((p) => p.stock === 0)).toHaveLength(1);
  });

  it('sells 60–120 tickets a day on average, every day, with totals equal to their lines', () => {
    const perDay = new Map<string, number>();
    for (const s of data.history.sales) perDay.set(iso(s.soldAt), (perDay.get(iso(s.soldAt)) ?? 0) + 1);
    // Collected rather than asserted one by one: 90k expect() calls would dominate the test's time.
    const wrong = data.history.sales.filter(
      (s) =>
        s.totalCents !== s.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0) ||
        s.costCents !== s.lines.reduce((sum, l) => sum + l.quantity * l.unitCostCents, 0) ||
        s.soldAt < data.window.start ||
        s.soldAt >= data.window.end,
    );
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(perDay.size).toBe(data.history.days.length);
    const mean = data.history.sales.length / perDay.size;
    expect(mean).toBeGreaterThanOrEqual(60);
    expect(mean).toBeLessThanOrEqual(120);
    const linked = data.history.sales.filter((s) => s.customerIndex !== null).length / data.history.sales.length;
    expect(linked).toBeGreaterThan(0.35);
    expect(linked).toBeLessThan(0.45);
  });

  it('only links a sale to a customer who was already known that day', () => {
    const early = data.history.sales.filter((s) => s.customerIndex !== null && data.customers[s.customerIndex].createdAt > s.soldAt);
    expect(early.slice(0, 3)).toEqual([]);
  });

  it('keeps a stock ledger that never goes negative and ends at the current stock', () => {
    const receiptsByDay = new Map<string, number>();
    for (const r of data.ledger.receipts) {
      expect(r.stockAfter - r.stockBefore).toBe(r.quantity);
      expect(r.stockBefore).toBeGreaterThanOrEqual(0);
      receiptsByDay.set(`${r.productIndex}|${r.dayIndex}`, r.quantity);
    }
    const negative: string[] = [];
    const finals = data.catalog.map((p, i) => {
      let level = data.ledger.openingStock[i];
      data.history.days.forEach((_, d) => {
        level += receiptsByDay.get(`${i}|${d}`) ?? 0;
        level -= data.history.unitsSold[i][d];
        if (level < 0) negative.push(`${p.sku} day ${d}`);
      });
      return level;
    });
    expect(negative.slice(0, 3)).toEqual([]);
    expect(Math.min(...data.ledger.openingStock)).toBeGreaterThanOrEqual(0);
    expect(finals).toEqual(data.catalog.map((p) => p.stock));
  });

  it('pays suppliers exactly for the goods received', () => {
    const purchases = data.expenses.filter((e) => e.category === 'marchandises').reduce((s, e) => s + e.amountCents, 0);
    const received = data.ledger.receipts.reduce((s, r) => s + r.quantity * r.unitCostCents, 0);
    expect(purchases).toBe(received);
    for (const e of data.expenses) expect(EXPENSE_CATEGORIES).toContain(e.category);
  });

  it('recomputes the seasons for another year (Ramadan 2027 peak when anchored in mid-2027)', () => {
    const later = buildDemoDataset(day('2027-06-15'));
    const semoule = later.catalog.findIndex((p) => p.nameFr.startsWith('Semoule 10kg'));
    const ramadan = ramadanPeriods(later.window)[0];
    expect(iso(ramadan.start)).toBe('2027-02-08');
    let inRamadan = 0;
    let inRamadanDays = 0;
    let outside = 0;
    later.history.days.forEach((d, i) => {
      if (d >= ramadan.start && d < ramadan.end) {
        inRamadan += later.history.unitsSold[semoule][i];
        inRamadanDays++;
      } else outside += later.history.unitsSold[semoule][i];
    });
    const outsideDays = later.history.days.length - inRamadanDays;
    expect(inRamadan / inRamadanDays).toBeGreaterThan((outside / outsideDays) * 1.5);
  });

  it('has one recent, unusually large maintenance expense and an active campaign under target', () => {
    const recent = data.expenses.filter((e) => e.date >= addDays(NOW, -30) && e.category === 'entretien');
    const usual = data.expenses.filter((e) => e.date < addDays(NOW, -30) && e.category === 'entretien').map((e) => e.amountCents);
    const biggest = Math.max(...recent.map((e) => e.amountCents));
    expect(biggest).toBeGreaterThan(10 * Math.max(...usual));
    const under = data.campaigns.filter((c) => c.status === 'ACTIVE' && c.targetConversions && c.conversions < c.targetConversions * 0.5);
    expect(under).toHaveLength(1);
  });
});
