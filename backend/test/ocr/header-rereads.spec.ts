import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { betterMerchant, headerBand, merchantNeedsReread, withHeader } from '../../src/ocr/header-rereads';
import { joinWords, type OcrLine, type OcrPageResult, type OcrWord } from '../../src/ocr/ocr-pool';
import { createReceiptOcrPools, recognizeReceipt, terminateReceiptOcrPools, type ReceiptOcrPools } from '../../src/ocr/receipt-ocr';
import { parseReceipt } from '../../src/ocr/receipt-parser';

const REFERENCE = new Date('2026-06-01T00:00:00Z');

/** A page as tesseract gives it: one line per row, 24 px high every 32 px from `top`, each row at its confidence. */
function page(rows: [string, number][], top = 100): OcrPageResult {
  const lines: OcrLine[] = rows.map(([text, confidence], i) => {
    const y0 = top + i * 32;
    let x = 20;
    const words: OcrWord[] = text.split(' ').map((t) => {
      const w = { text: t, confidence, bbox: { x0: x, y0, x1: x + t.length * 12, y1: y0 + 24 } };
      x += t.length * 12 + 10;
      return w;
    });
    return { text: joinWords(words), confidence, bbox: { x0: 20, y0, x1: x, y1: y0 + 24 }, words };
  });
  return { text: lines.map((l) => l.text).join('\n'), lines, confidence: 0.8 };
}

const draftOf = (p: OcrPageResult) => parseReceipt(p.text, { referenceDate: REFERENCE, lineConfidences: p.lines.map((l) => l.confidence) });

/** A dot-matrix slip (SROIE's hardware shops): the name in bold dots, which the page reader loses; the rest printed. */
async function dotMatrixSlip(): Promise<Buffer> {
  const w = 700;
  const parts = [
    '<defs><pattern id="d" width="4" height="4" patternUnits="userSpaceOnUse"><circle cx="2" cy="2" r="1.2" fill="#555"/></pattern></defs>',
  ];
  let y = 40;
  for (const n of ['AIK HUAT HARDWARE', 'ENTERPRISE (SETIA', 'ALAM) SDN BHD']) {
    y += 34;
    parts.push(
      `<text x="${w / 2}" y="${y}" text-anchor="middle" font-family="DejaVu Sans Mono" font-weight="bold" font-size="26" fill="url(#d)">${n}</text>`,
    );
  }
  const body = [
    'NO. 17-G, JALAN SETIA INDAH',
    'TEL: 03-3362 4137',
    'GST ID : 000394528768',
    'TAX INVOICE',
    'Date: 15/06/2017 10:21',
    'PAINT BRUSH 2"      5.30',
    'TOTAL               15.00',
    'CASH                20.00',
    'CHANGE               5.00',
  ];
  for (const b of body) {
    y += 30;
    parts.push(`<text x="40" y="${y}" font-family="DejaVu Sans Mono" font-size="20" fill="#262626" xml:space="preserve">${b}</text>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${y + 40}"><rect width="100%" height="100%" fill="#f4f2ec"/>${parts.join('')}</svg>`;
  return sharp(Buffer.from(svg)).flatten({ background: '#f4f2ec' }).png().toBuffer();
}

describe('header re-read: which receipts, which band', () => {
  it('a name read surely with its legal form needs no second look; a name read as specks or none does', () => {
    const sure = page([
      ['AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD', 0.93],
      ['NO. 17-G, JALAN SETIA INDAH', 0.9],
      ['TOTAL 15.00', 0.9],
    ]);
    expect(merchantNeedsReread(draftOf(sure))).toBe(false);
    const specks = page([
      ['ATK Hua 2', 0.3],
      ['ENTERSOT HARDWARE', 0.21],
      ['(SETIA', 0.6],
      ['ALAM) UN EHD', 0.45],
      ['NO. 17-6, JALAN SEY1A INVAU', 0.71],
      ['TOTAL 15.00', 0.9],
    ]);
    expect(draftOf(specks).merchant).toBe('(SETIA ALAM) UN EHD');
    expect(draftOf(specks).confidence.merchant).toBeLessThan(0.6);
    expect(merchantNeedsReread(draftOf(specks))).toBe(true);
  });

  it('the band runs from the top to the first address, registration or contact line, that line and half its height included', () => {
    const p = page([
      ['ATK Hua 2', 0.3],
      ['ENTERSOT HARDWARE', 0.21],
      ['(SETIA', 0.89],
      ['NO. 17-6, JALAN SEY1A INVAU', 0.71],
      ['TEL: 03-3362 4137', 0.9],
    ]);
    // line 3 (the address) is at 196–220: the band ends 12 px under it.
    expect(headerBand(p)).toEqual({ bottom: 232, lines: [0, 1, 2, 3] });
    // A registration number alone is an anchor too (« (001451637-M) » under a name the page lost).
    expect(
      headerBand(
        page([
          ['%, e', 0.2],
          ['(001451637-M)', 0.8],
          ['TOTAL 4.90', 0.9],
        ]),
      )?.lines,
    ).toEqual([0, 1]);
  });

  it('no band when no line of the header is an address or an identifier, when nothing is printed above it, or over Arabic lines', () => {
    expect(
      headerBand(
        page([
          ['SUPERETTE', 0.5],
          ['Lait 1L 2 x 60', 0.8],
          ['TOTAL 120,00', 0.9],
        ]),
      ),
    ).toBeNull();
    expect(
      headerBand(
        page(
          [
            ['NO. 2-1-1 JALAN PRIMA', 0.6],
            ['TOTAL 15.00', 0.9],
          ],
          10,
        ),
      ),
    ).toBeNull();
    expect(
      headerBand(
        page([
          ['سوبيرات النور', 0.5],
          ['Tel : 0550 12 34 56', 0.9],
          ['TOTAL 120,00', 0.9],
        ]),
      ),
    ).toBeNull();
  });

  it('a view is kept only when the parser finds a surer name in it than the page gave', () => {
    const p = page([
      ['ATK Hua 2', 0.3],
      ['ENTERSOT HARDWARE', 0.21],
      ['(SETIA', 0.89],
      ['ALAM) UN EHD', 0.5],
      ['NO. 17-6, JALAN SEY1A INVAU', 0.71],
      ['TOTAL 15.00', 0.9],
    ]);
    const band = headerBand(p)!;
    const view = (rows: [string, number][]) => draftOf(withHeader(p, band.lines, page(rows).lines));
    const named = view([
      ['AIK HUAT HARDWARE', 0.63],
      ['ENTERPRISE (SETI', 0.55],
      ['ALAM) SDN BHD', 0.65],
      ['NO. 17-6, JALAN SEVIA TNVOH', 0.59],
    ]);
    expect(named.merchant).toBe('AIK HUAT HARDWARE ENTERPRISE (SETI ALAM) SDN BHD');
    expect(named.total).toBe(15);
    expect(betterMerchant(named, draftOf(p))).toBe(true);
    const specks = view([
      ['cui du |', 0.39],
      ['(SETIA', 0.6],
      ['ALAM) UN EHD', 0.45],
      ['NO. 17-6, JALAN SEY1A INVAU', 0.7],
    ]);
    expect(betterMerchant(specks, draftOf(p))).toBe(false);
  });
});

/** Real tesseract (tesseract.js, the default engine) on a generated slip. */
describe('header re-read: real reading', () => {
  let cacheDir: string;
  let pools: ReceiptOcrPools;
  let slip: Buffer;

  beforeAll(async () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'tajer-ocr-header-'));
    pools = createReceiptOcrPools({ size: 1, cacheDir, engine: 'wasm' });
    slip = await dotMatrixSlip();
  }, 120_000);

  afterAll(async () => {
    await terminateReceiptOcrPools(pools);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('a dot-matrix name the page reader lost is read from the header band; the date and total stay as read', async () => {
    const parse = { referenceDate: REFERENCE };
    const without = await recognizeReceipt(slip, { pools, parse, headerRereads: false });
    expect(without.draft.merchant).toBeNull();
    const withIt = await recognizeReceipt(slip, { pools, parse });
    expect(withIt.draft.merchant).toMatch(/HUAT HARDWARE ENTERPRISE/);
    expect(withIt.reread.header).toBe(2);
    expect(withIt.reread.headerChanged).toBe(1);
    expect([withIt.draft.date, withIt.draft.total]).toEqual([without.draft.date, without.draft.total]);
  }, 180_000);

  it('a receipt whose name was read surely pays for no header view', async () => {
    const printed = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="260"><rect width="100%" height="100%" fill="#f4f2ec"/>` +
        ['SYARIKAT PERNIAGAAN GIN KEE SDN BHD', 'NO 290, JALAN AIR PANAS', 'Date: 15/06/2017', 'TOTAL        15.00']
          .map(
            (t, i) =>
              `<text x="30" y="${50 + i * 50}" font-family="DejaVu Sans Mono" font-size="20" fill="#262626" xml:space="preserve">${t}</text>`,
          )
          .join('') +
        '</svg>',
    );
    const r = await recognizeReceipt(await sharp(printed).png().toBuffer(), { pools, parse: { referenceDate: REFERENCE } });
    expect(r.draft.merchant).toBe('SYARIKAT PERNIAGAAN GIN KEE SDN BHD');
    expect(r.reread.header).toBe(0);
  }, 180_000);
});
