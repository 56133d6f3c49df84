import { arabicRowTargets } from '../../src/ocr/arabic-row-rereads';
import type { OcrPageResult } from '../../src/ocr/ocr-pool';
import { classifyLine } from '../../src/ocr/receipt-keywords';
import { parseReceipt } from '../../src/ocr/receipt-parser';
import { normalizeLine } from '../../src/ocr/receipt-text';

/**
 * Readings of the `unseen` split's group M (issue 14, thirtieth round): each text is what tesseract gave on a
 * generated group-M receipt (`eval:ocr --dump`), cut to the rows that matter. Every case failed before its rule.
 */
const parse = (lines: string[]) => parseReceipt(lines.join('\n'), { referenceDate: new Date('2026-12-07T10:00:00Z') });

describe('parseReceipt — a receipt for a payment with no total printed (unseen group M’s party hall)', () => {
  it('reads the deposit « العربون » as the paper’s amount, not the rest « الباقي »', () => {
    const d = parse([
      'قاعة الحفلات ليالي الأنس',
      'وصل استلام رقم 2304',
      'التاريخ:   بومرداس في 21 جوان 2025',
      'سعر القاعة   120 000,00',
      'العربون   60 000,00',
      'الباقي   60 000,00',
      ':   العربون   2» 3',
    ]);
    expect(d.total).toBe(60000);
    // The French paper says the same with « Acompte »; its title's « VERSEMENT N° 6024 » is the paper's number.
    expect(parse(['SALLE DES FETES', 'REÇU DE VERSEMENT N° 6024', 'Prix   80 000,00', 'Acompte   20 000,00', 'Merci']).total).toBe(20000);
  });
  it('keeps the total a ticket prints above an advance', () => {
    const d = parse(['ATELIER', 'المجموع   ١٠ ٥٠٠٫٠٠', 'التسبيق   ٥ ٣٠٠٫٠٠', 'الباقي   ٥ ٢٠٠٫٠٠']);
    expect(d.total).toBe(10500);
  });
});

describe('parseReceipt — group M’s totals', () => {
  it('does not take « Carte message » for a card payment', () => {
    const d = parse([
      'FLEURS DU JARDIN',
      '30-07-2025 12:21',
      'Carte message   100.00',
      'Composition mariage   13350.00',
      'Gerbe de fleurs   4950.00',
      'Total DA   20900.00 DA',
    ]);
    expect(d.total).toBe(20900);
    expect(classifyLine(normalizeLine('Carte message   100.00'))).toBe('other');
    // A card named as a card, or alone, still pays.
    for (const row of ['Carte CIB   2 500,00', 'CARTE   2 500,00', 'Carte bancaire : 2 500,00', 'Réglé par carte'])
      expect(classifyLine(normalizeLine(row))).toBe('tendered');
  });
  it('takes the amount a bare « TOTAL TTC » left on the footer’s row when the rows above add up to it', () => {
    const d = parse([
      'HOTEL LES ZIBANS',
      'Date : 20-09-2026 20:36',
      'Nuitées 1 x 6 800,00   4   6 800,00',
      'Petit déjeuner   500,00',
      'Taxe de séjour   100,00',
      'TOTAL TTC   a',
      'Merci de votre séjour   7 400,00',
    ]);
    expect(d.total).toBe(7400);
  });
  it('reads « 14 550,007 » as 14 550,00 and a glued sign on a page printing « ,00 »', () => {
    const d = parse(['محل الأواني الحديثة', 'كؤوس زجاج قطع   700,00', 'ترمس   1 950,00', 'الصافى للدفع   14 550,007']);
    expect(d.total).toBe(14550);
  });
  it('takes off an unlabelled row between two totals when that is what the second says', () => {
    const d = parse([
      'دار الأواني بن يوسف',
      'ترمس   ١٥٠٠٫٠٠   ٤٥٠٠٫٠٠',
      'مقلاة   ١٦٥٠٫٠٠   ٤٩٥٠٫٠٠',
      'المجموع   ٩٤٥٠٫٠٠',
      '٤٧٠٫٠٠',
      'للدفع   ٨٩٨٠٫٠٠ دج',
    ]);
    expect(d.total).toBe(8980);
  });
});

describe('group M’s dates', () => {
  it('reads a year-first date whose first dot came out as « ٠ »', () => {
    expect(parse(['قاعة الحفلات', 'التاريخ:   ١٠:١٤ ٢٠٢٤٠٠١.٠٨', 'المبلغ المدفوع   ١٢٠٠٠٫٠٠']).date).toBe('2024-01-08');
  });
  it('reads again a row naming a weekday and a month whose day and year were lost', () => {
    const rows = ['محل الأوانى الحديثة', 'الإثنين سبتمبر', 'رقم التذكرة   4796', 'ترمس   1 950,00', 'الصافى للدفع   1 950,00'];
    const text = rows.join('\n');
    const page: OcrPageResult = {
      text,
      confidence: 0.8,
      lines: rows.map((t, i) => ({ text: t, confidence: 0.8, bbox: { x0: 0, x1: 300, y0: i * 40, y1: i * 40 + 30 }, words: [] })),
    };
    const draft = parse(rows);
    expect(draft.date).toBeNull();
    expect(arabicRowTargets(page, draft)).toContainEqual({ line: 1, field: 'date' });
  });
});
