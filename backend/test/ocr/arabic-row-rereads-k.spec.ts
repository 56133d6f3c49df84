import { arabicRowTargets, betterWithRow } from '../../src/ocr/arabic-row-rereads';
import type { OcrPageResult } from '../../src/ocr/ocr-pool';
import { parseReceipt } from '../../src/ocr/receipt-parser';
import { textPage } from './text-page';

/**
 * Arabic rows whose label was lost with the rest of them (twenty-eighth round, issue 14, unseen group K): the texts are
 * what tesseract gave on K's clothes shops (`eval:ocr --dump`), cut to the rows that matter.
 */
const page = textPage;
const parse = (p: OcrPageResult) => parseReceipt(p.text, { referenceDate: new Date('2026-12-07T10:00:00Z') });

describe('Arabic rows read again when their label was lost (arabic-row-rereads.ts, unseen group K)', () => {
  it('reads again the row left with a date’s pieces (a year, a slash between numbers) when no date was found', () => {
    const rows = ['محلات الإخوة للأحذية', 'هاتف:   14 20 74 0550', 'تذكرة رقم   8195', ':   152025', 'حجاب - مقاس الا   1300'];
    const p = page([...rows, 'الصافى للدفع   دج 1170']);
    const d = parse(p);
    expect(d.date).toBeNull();
    expect(arabicRowTargets(p, d)).toEqual([{ line: 3, field: 'date' }]);
    const slash = page(['بوتيك ليلى', 'تذكرة رقم   ٥٠٠٤', '١/6\u200f', 'تيشرت - مقاس ٤٤   ٧٠٠ ١', 'المجموع   ٧٠٠']);
    expect(arabicRowTargets(slash, parse(slash))).toContainEqual({ line: 2, field: 'date' });
    // A phone number, or an item with its cents, holds no date's pieces.
    const none = page(['بوتيك ليلى', 'هاتف:   14 20 74 0550', 'حجاب   2025,00', 'المجموع   2025,00']);
    expect(arabicRowTargets(none, parse(none))).toEqual([]);
  });

  it('reads again, for a missing total, the lower row of Latin specks with the most digits when no row reads as a total', () => {
    const p = page([
      'بوتيك ليلى',
      'تذكرة رقم   3723',
      'سروال جينز - مقاس آلا   4 300,00',
      'جاكيت 2 مقاس 40   8 000,00',
      'تخفيض %10   -1 670,00',
      '15   &   ga all ¥ JMS   00   ©   S',
      'S   ©   الاستبدال خلال ¥ أيام مع التذكرة &',
    ]);
    const d = parse(p);
    expect(d.total).toBeNull();
    expect(arabicRowTargets(p, d)).toContainEqual({ line: 5, field: 'total', lostLabel: true });
    // A row of Arabic words with a size and a price is an item, not specks.
    const item = page(['بوتيك ليلى', 'تذكرة رقم   3723', 'حذاء نسائي - مقاس XL   ٤٧٠٠٫٠٠', 'شكرا']);
    expect(arabicRowTargets(item, parse(item)).filter((t) => t.field === 'total')).toEqual([]);
  });

  it('keeps such a row read again only for a missing total, its amount beside the dinar’s sign', () => {
    const rows = ['بوتيك ليلى', 'تذكرة رقم   3723', 'سروال جينز   8 700,00', 'جاكيت   8 000,00', 'تخفيض %10   -1 670,00'];
    const before = parse(page([...rows, '15   &   ga all ¥ JMS   00']));
    const read = 'المبلة لدف   الاأسعذاا١. خاذا ٠ .   أناد مع   دج15030,00';
    const after = parse(page([...rows, read]));
    expect(after.total).toBe(15030);
    const t = { line: 5, field: 'total', lostLabel: true } as const;
    expect(betterWithRow(t, before, after, read)).toBe(true);
    // Without the sign (or with a total found before) it is not kept.
    const bare = 'المبلة لدف   الاأسعذاا١. خاذا   15030,00';
    expect(betterWithRow(t, before, parse(page([...rows, bare])), bare)).toBe(false);
    expect(betterWithRow(t, { ...before, total: 12300 }, after, read)).toBe(false);
  });
});
