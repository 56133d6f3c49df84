import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiptOcrPools, recognizeReceipt, terminateReceiptOcrPools, type ReceiptOcrPools } from '../../src/ocr/receipt-ocr';
import { generateUnseenReceipt, specFor, unseenSpecFor } from '../fixtures/receipts/algerian/generate';
import { frenchWords } from '../fixtures/receipts/algerian/layouts-unseen';

/**
 * The `unseen` split (issue 14): layout families written apart from the parser, to measure how it does on receipts
 * it was never shaped after. Groups A to N may be looked at while fixing; group O is held back (measured before and at the end).
 */
describe('unseen receipt split', () => {
  const layouts = (group: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M' | 'N' | 'O', n = 40) =>
    new Set(Array.from({ length: n }, (_, i) => unseenSpecFor(group, i).meta.layout));

  it('is deterministic: the same group and index give the same label and the same image', async () => {
    const a = await generateUnseenReceipt('A', 5);
    const b = await generateUnseenReceipt('A', 5);
    expect(a.id).toBe('dz_ua_006');
    expect(a.label).toEqual(b.label);
    expect(a.image.equals(b.image)).toBe(true);
    expect(unseenSpecFor('B', 11)).toEqual(unseenSpecFor('B', 11));
  }, 600_000);

  it('keeps its families apart: A to O share none, and none is drawn in the dev or held-out splits', () => {
    const a = layouts('A');
    const b = layouts('B');
    const c = layouts('C');
    const d = layouts('D');
    const e = layouts('E');
    const f = layouts('F');
    const g = layouts('G');
    const h = layouts('H');
    const i9 = layouts('I');
    const j = layouts('J');
    const k = layouts('K');
    const l = layouts('L');
    const m = layouts('M');
    const n = layouts('N');
    const o = layouts('O');
    expect(a.size).toBe(4);
    expect(b.size).toBeGreaterThanOrEqual(4);
    expect(c.size).toBe(4);
    expect(d.size).toBe(4);
    expect(e.size).toBe(4);
    expect(f.size).toBe(4);
    expect(g.size).toBe(4);
    expect(h.size).toBe(4);
    expect(i9.size).toBe(4);
    expect(j.size).toBe(4);
    expect(k.size).toBe(4);
    expect(l.size).toBe(4);
    expect(m.size).toBe(4);
    expect(n.size).toBe(4);
    expect(o.size).toBe(4);
    const groups = [a, b, c, d, e, f, g, h, i9, j, k, l, m, n, o];
    for (const [i, one] of groups.entries())
      for (const other of groups.slice(i + 1)) expect([...one].filter((l) => other.has(l))).toEqual([]);
    const seen = new Set(
      ['dev', 'heldout'].flatMap((s) => Array.from({ length: 80 }, (_, i) => specFor(s as 'dev' | 'heldout', i).meta.layout)),
    );
    expect([...a, ...b, ...c, ...d, ...e, ...f, ...g, ...h, ...i9, ...j, ...k, ...l, ...m, ...n, ...o].filter((l) => seen.has(l))).toEqual(
      [],
    );
    // Groups B and C each hold an Arabic-only family, and C's prints Eastern digits on some receipts.
    expect(Array.from({ length: 40 }, (_, i) => unseenSpecFor('B', i).meta.lang)).toContain('ar');
    const arabicC = Array.from({ length: 40 }, (_, i) => unseenSpecFor('C', i)).filter((s) => s.meta.lang === 'ar');
    expect(arabicC.length).toBe(10);
    expect(arabicC.some((s) => s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(arabicC.some((s) => !s.meta.features.includes('eastern-digits'))).toBe(true);
    // D holds an Arabic-only family and a bilingual one, both with Eastern digits on some receipts.
    const arabicD = Array.from({ length: 40 }, (_, i) => unseenSpecFor('D', i)).filter((s) => s.meta.lang !== 'fr');
    expect(new Set(arabicD.map((s) => s.meta.lang))).toEqual(new Set(['ar', 'bi']));
    expect(arabicD.some((s) => s.meta.lang === 'ar' && s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(arabicD.some((s) => s.meta.layout === 'u-bi-superette' && s.meta.features.includes('eastern-digits'))).toBe(true);
    // E holds two Arabic-only families, with Eastern digits on some receipts and Western ones on others.
    const arabicE = Array.from({ length: 40 }, (_, i) => unseenSpecFor('E', i)).filter((s) => s.meta.lang === 'ar');
    expect(new Set(arabicE.map((s) => s.meta.layout))).toEqual(new Set(['u-ar-patisserie', 'u-ar-butcher']));
    expect(arabicE.some((s) => s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(arabicE.some((s) => !s.meta.features.includes('eastern-digits'))).toBe(true);
    // F too (a hammam and a kiosk's top-up), and its totals stay in what such tickets show.
    const specsF = Array.from({ length: 40 }, (_, i) => unseenSpecFor('F', i));
    const arabicF = specsF.filter((s) => s.meta.lang === 'ar');
    expect(new Set(arabicF.map((s) => s.meta.layout))).toEqual(new Set(['u-ar-hammam', 'u-ar-topup']));
    expect(arabicF.some((s) => s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(arabicF.some((s) => !s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(Math.max(...specsF.map((s) => Number(s.label.total)))).toBeLessThan(30000);
    // G too (a café and a telecom bill); the bill's last day to pay is printed, the label keeps the bill's date.
    const specsG = Array.from({ length: 40 }, (_, i) => unseenSpecFor('G', i));
    const arabicG = specsG.filter((s) => s.meta.lang === 'ar');
    expect(new Set(arabicG.map((s) => s.meta.layout))).toEqual(new Set(['u-ar-cafe', 'u-ar-telecom-bill']));
    expect(arabicG.some((s) => s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(arabicG.some((s) => !s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(Math.max(...specsG.map((s) => Number(s.label.total)))).toBeLessThan(60000);
    // H too (a pizzeria and a bookshop), Algerian month names among its dates.
    const specsH = Array.from({ length: 40 }, (_, i) => unseenSpecFor('H', i));
    const arabicH = specsH.filter((s) => s.meta.lang === 'ar');
    expect(new Set(arabicH.map((s) => s.meta.layout))).toEqual(new Set(['u-ar-pizzeria', 'u-ar-bookshop']));
    expect(arabicH.some((s) => s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(arabicH.some((s) => !s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(Math.max(...specsH.map((s) => Number(s.label.total)))).toBeLessThan(60000);
    // I too (a car wash and a herbalist), with Algerian month names, weekdays and times among their dates.
    const specsI = Array.from({ length: 40 }, (_, i) => unseenSpecFor('I', i));
    const arabicI = specsI.filter((s) => s.meta.lang === 'ar');
    expect(new Set(arabicI.map((s) => s.meta.layout))).toEqual(new Set(['u-ar-carwash', 'u-ar-herbalist']));
    expect(arabicI.some((s) => s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(arabicI.some((s) => !s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(arabicI.some((s) => s.meta.features.includes('date:weekday-month-dz'))).toBe(true);
    expect(Math.max(...specsI.map((s) => Number(s.label.total)))).toBeLessThan(60000);
    // J too (a tailor and a restaurant), with Algerian month names, weekdays and times among their dates.
    const specsJ = Array.from({ length: 40 }, (_, i) => unseenSpecFor('J', i));
    const arabicJ = specsJ.filter((s) => s.meta.lang === 'ar');
    expect(new Set(arabicJ.map((s) => s.meta.layout))).toEqual(new Set(['u-ar-tailor', 'u-ar-restaurant']));
    expect(arabicJ.some((s) => s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(arabicJ.some((s) => !s.meta.features.includes('eastern-digits'))).toBe(true);
    expect(arabicJ.some((s) => s.meta.features.includes('date:weekday-month-dz-time'))).toBe(true);
    expect(Math.max(...specsJ.map((s) => Number(s.label.total)))).toBeLessThan(100000);
    // K (a roastery and a clothes shop): Eastern digits on about half, the Algerian months and « يوم … على الساعة … ».
    const specsK = Array.from({ length: 40 }, (_, i) => unseenSpecFor('K', i));
    const arabicK = specsK.filter((s) => s.meta.lang === 'ar');
    expect(new Set(arabicK.map((s) => s.meta.layout))).toEqual(new Set(['u-ar-roastery', 'u-ar-clothes']));
    const easternK = arabicK.filter((s) => s.meta.features.includes('eastern-digits')).length;
    expect(easternK).toBeGreaterThanOrEqual(6);
    expect(easternK).toBeLessThanOrEqual(14);
    expect(arabicK.some((s) => s.meta.features.includes('date:weekday-month-dz'))).toBe(true);
    expect(arabicK.some((s) => s.meta.features.includes('date:yawm-ala-saa'))).toBe(true);
    expect(Math.max(...specsK.map((s) => Number(s.label.total)))).toBeLessThan(250000);
    // L (a dairy and a building-materials yard): Eastern digits on about half, the Algerian months, « حرر في … ».
    const specsL = Array.from({ length: 40 }, (_, i) => unseenSpecFor('L', i));
    const arabicL = specsL.filter((s) => s.meta.lang === 'ar');
    expect(new Set(arabicL.map((s) => s.meta.layout))).toEqual(new Set(['u-ar-dairy', 'u-ar-building-yard']));
    const easternL = arabicL.filter((s) => s.meta.features.includes('eastern-digits')).length;
    expect(easternL).toBeGreaterThanOrEqual(6);
    expect(easternL).toBeLessThanOrEqual(14);
    expect(arabicL.some((s) => s.meta.features.includes('date:weekday-month-dz'))).toBe(true);
    expect(arabicL.some((s) => s.meta.features.includes('date:harrir-fi'))).toBe(true);
    expect(Math.max(...specsL.map((s) => Number(s.label.total)))).toBeLessThan(250000);
    // M (a household-goods shop and a party hall): Eastern digits on about half, the Algerian months, « <town> في … ».
    const arabicM = Array.from({ length: 40 }, (_, i) => unseenSpecFor('M', i)).filter((s) => s.meta.lang === 'ar');
    expect(new Set(arabicM.map((s) => s.meta.layout))).toEqual(new Set(['u-ar-housewares', 'u-ar-party-hall']));
    const easternM = arabicM.filter((s) => s.meta.features.includes('eastern-digits')).length;
    expect(easternM).toBeGreaterThanOrEqual(6);
    expect(easternM).toBeLessThanOrEqual(14);
    expect(arabicM.some((s) => s.meta.features.includes('date:weekday-month-dz'))).toBe(true);
    expect(arabicM.some((s) => s.meta.features.includes('date:town-fi'))).toBe(true);
    // N (a poultry shop and a phone repair shop): Eastern digits on about half, the Algerian months, an advance paid.
    const arabicN = Array.from({ length: 40 }, (_, i) => unseenSpecFor('N', i)).filter((s) => s.meta.lang === 'ar');
    expect(new Set(arabicN.map((s) => s.meta.layout))).toEqual(new Set(['u-ar-poultry', 'u-ar-phone-repair']));
    const easternN = arabicN.filter((s) => s.meta.features.includes('eastern-digits')).length;
    expect(easternN).toBeGreaterThanOrEqual(6);
    expect(easternN).toBeLessThanOrEqual(14);
    expect(arabicN.some((s) => s.meta.features.includes('date:weekday-min-shahr'))).toBe(true);
    expect(arabicN.some((s) => s.meta.features.includes('advance'))).toBe(true);
    // O (a fabric shop and a perfume shop): Eastern digits on about half, the Algerian months, « من شهر » and « حرر في ».
    const arabicO = Array.from({ length: 40 }, (_, i) => unseenSpecFor('O', i)).filter((s) => s.meta.lang === 'ar');
    expect(new Set(arabicO.map((s) => s.meta.layout))).toEqual(new Set(['u-ar-fabric', 'u-ar-perfumer']));
    const easternO = arabicO.filter((s) => s.meta.features.includes('eastern-digits')).length;
    expect(easternO).toBeGreaterThanOrEqual(6);
    expect(easternO).toBeLessThanOrEqual(14);
    expect(arabicO.some((s) => s.meta.features.includes('date:yawm-month'))).toBe(true);
    expect(arabicO.some((s) => s.meta.features.includes('date:harrir-fi'))).toBe(true);
  });

  it('labels what is printed: every total appears on its receipt', () => {
    for (const group of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O'] as const) {
      for (let i = 0; i < 40; i += 1) {
        const spec = unseenSpecFor(group, i);
        expect(spec.label.date).toMatch(/^20(24|25|26)-\d\d-\d\d$/);
        const printed = spec.rows
          .flatMap((r) => r.cells.map((c) => c.text))
          .join(' ')
          .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
          .replace(/[\s\u00a0\u202f.,٫٬]/g, '');
        const whole = String(Math.trunc(Number(spec.label.total)));
        expect(printed).toContain(whole);
      }
    }
  });

  it('spells an invoice total out as French invoices do', () => {
    expect(frenchWords(42110)).toBe('quarante-deux mille cent dix');
    expect(frenchWords(687861)).toBe('six cent quatre-vingt-sept mille huit cent soixante et un');
    expect(frenchWords(1280)).toBe('mille deux cent quatre-vingts');
    expect(frenchWords(200)).toBe('deux cents');
  });
});

/** Real tesseract on two generated unseen-A receipts whose misreadings were fixed (about a second each). */
describe('unseen receipts through the real reader', () => {
  let cacheDir: string;
  let pools: ReceiptOcrPools;

  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'tajer-ocr-unseen-'));
    pools = createReceiptOcrPools({ size: 1, cacheDir });
  });

  afterAll(async () => {
    await terminateReceiptOcrPools(pools);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('reads the first letters of a narrow-margin butcher’s ticket (« NET 12.892,00 », not « ET »)', async () => {
    const receipt = await generateUnseenReceipt('A', 20);
    expect(receipt.spec.meta.layout).toBe('u-butcher');
    const { draft, text } = await recognizeReceipt(receipt.image, { pools, parse: { referenceDate: new Date('2026-11-18') } });
    expect(text).toMatch(/^Vendeur 2/m);
    expect(text).toMatch(/^NET\s/m);
    expect(draft.total).toBe(Number(receipt.label.total));
    expect(draft.date).toBe(receipt.label.date);
    expect(draft.merchant).toBe(receipt.label.company);
  }, 600_000);

  it('reads an Arabic date row again alone when the page lost its month (« ٢٠٢٥ glo 0 » for « ٥ مايو ٢٠٢٥ », group G)', async () => {
    const receipt = await generateUnseenReceipt('G', 6);
    expect(receipt.id).toBe('dz_ug_007');
    const parse = { referenceDate: new Date('2026-11-18') };
    const without = await recognizeReceipt(receipt.image, { pools, parse, rowRereads: false });
    expect(without.draft.date).toBeNull();
    const { draft, reread } = await recognizeReceipt(receipt.image, { pools, parse });
    expect(reread.rowsChanged).toBe(1);
    expect(draft.date).toBe(receipt.label.date);
    expect(draft.total).toBe(without.draft.total);
  }, 600_000);

  it('reads a bold Arabic total row again at three times its size (« ٣٥٠٫٠٠دج », group H)', async () => {
    const receipt = await generateUnseenReceipt('H', 38);
    expect(receipt.id).toBe('dz_uh_039');
    const parse = { referenceDate: new Date('2026-11-18') };
    const without = await recognizeReceipt(receipt.image, { pools, parse, rowRereads: false });
    expect(without.draft.total).not.toBe(Number(receipt.label.total));
    const { draft, reread } = await recognizeReceipt(receipt.image, { pools, parse });
    expect(reread.rowsChanged).toBe(1);
    expect(draft.total).toBe(Number(receipt.label.total));
    expect(draft.date).toBe(without.draft.date);
  }, 600_000);

  it('reads a car wash’s bold Arabic name row again at three times its size (group I)', async () => {
    // The page read the name « ° J ٠٥ لبركة » and took the weekday's row for it; the row alone at ×3 reads the name.
    const receipt = await generateUnseenReceipt('I', 14);
    expect(receipt.id).toBe('dz_ui_015');
    const parse = { referenceDate: new Date('2026-11-18') };
    const without = await recognizeReceipt(receipt.image, { pools, parse, rowRereads: false });
    expect(without.draft.merchant).not.toBe(receipt.label.company);
    const { draft } = await recognizeReceipt(receipt.image, { pools, parse });
    expect(draft.merchant).toBe(receipt.label.company);
    expect(draft.date).toBe(without.draft.date);
    expect(draft.total).toBe(without.draft.total);
  }, 600_000);

  it('reads a page the Latin model mostly could not read as Arabic, though its Latin reading had all three fields (group J)', async () => {
    // The Latin page gave a total, a date and the name « dJLo3l eho » for « مطعم الأصالة »: the page's script decides.
    const receipt = await generateUnseenReceipt('J', 23);
    expect(receipt.id).toBe('dz_uj_024');
    const { draft, reread } = await recognizeReceipt(receipt.image, { pools, parse: { referenceDate: new Date('2026-11-18') } });
    expect(reread.arabic).toBeGreaterThan(0);
    expect(draft.merchant).toBe(receipt.label.company);
    expect(draft.total).toBe(Number(receipt.label.total));
    expect(draft.date).toBe(receipt.label.date);
  }, 600_000);

  it('reads again an Arabic row left with a date’s pieces and no label (« 152025 » for « 15 يونيو 2025 », group K)', async () => {
    const receipt = await generateUnseenReceipt('K', 23);
    expect(receipt.id).toBe('dz_uk_024');
    const parse = { referenceDate: new Date('2026-12-07') };
    const without = await recognizeReceipt(receipt.image, { pools, parse, rowRereads: false });
    expect(without.draft.date).toBeNull();
    const { draft } = await recognizeReceipt(receipt.image, { pools, parse });
    expect(draft.date).toBe(receipt.label.date);
    expect(draft.total).toBe(without.draft.total);
  }, 600_000);

  it('reads a phone shop’s slip whose « Carte mémoire » row is an item, not a card payment', async () => {
    const receipt = await generateUnseenReceipt('A', 17);
    expect(receipt.spec.meta.layout).toBe('u-phone');
    const { draft, text } = await recognizeReceipt(receipt.image, { pools, parse: { referenceDate: new Date('2026-11-18') } });
    expect(text).toMatch(/Carte m.moire/);
    expect(draft.total).toBe(Number(receipt.label.total));
  }, 600_000);
});
