import { arabicRowTargets, betterWithRow, tidyDateRow } from '../../src/ocr/arabic-row-rereads';
import type { OcrPageResult, OcrWord } from '../../src/ocr/ocr-pool';
import { parseReceipt } from '../../src/ocr/receipt-parser';
import { textPage } from './text-page';

const page = textPage;
const parse = (p: OcrPageResult) => parseReceipt(p.text, { referenceDate: new Date('2026-11-18T10:00:00Z') });
const word = (text: string, x: number): OcrWord => ({ text, confidence: 0.7, bbox: { x0: x, x1: x + 30, y0: 0, y1: 20 } });

describe('Arabic rows read again (arabic-row-rereads.ts)', () => {
  it('reads again the date’s row when there is no date, never the last day to pay’s', () => {
    const p = page(['مقهى الشباب', 'التاريخ   ٢٠٢٥ glo 0', 'آخر أجل للدفع   ٢٤/٠٨/٢٠٢٤', 'المبلغ الإجمالي   ٥٨٠']);
    const d = parse(p);
    expect(d.date).toBeNull();
    expect(arabicRowTargets(p, d)).toEqual([{ line: 1, field: 'date' }]);
    // A date was read: no row is read again for it.
    const dated = page(['مقهى الشباب', 'التاريخ   05/05/2025', 'المبلغ الإجمالي   ٥٨٠']);
    expect(arabicRowTargets(dated, parse(dated))).toEqual([]);
  });

  it('reads again a bare date row whose day or month was lost (a time then the year, or a month beside a number)', () => {
    const lostDay = page(['بيتزيريا السعادة', 'طلب رقم 187   توصيل', 'ماي   18:47 - 2026', 'طاكوس دجاج   550,00', 'المجموع   550,00']);
    const d = parse(lostDay);
    expect(d.date).toBeNull();
    expect(arabicRowTargets(lostDay, d)).toEqual([{ line: 2, field: 'date' }]);
    const lostMonth = page(['بيتزيريا السعادة', 'فيفري   ٢٠:٤٩ = ٢٠٢٤', 'المجموع   550,00']);
    expect(arabicRowTargets(lostMonth, parse(lostMonth))).toEqual([{ line: 1, field: 'date' }]);
    // An item's row with a number is not a date row, nor a month's name alone.
    const items = page(['بيتزيريا السعادة', 'بيتزا 2 x   550,00', 'ماي', 'المجموع   550,00']);
    expect(arabicRowTargets(items, parse(items))).toEqual([]);
  });

  it('reads again the total’s label row when the total came from another row, not when it is printed on it', () => {
    const lost = page(['مؤسسة اتصالات الجزائر', 'التاريخ 12/03/2026', 'المبلغ بكل الرسوم   595,00', 'المبلغ المستحق   us']);
    const d = parse(lost);
    expect(d.total).toBe(595);
    expect(arabicRowTargets(lost, d)).toEqual([{ line: 3, field: 'total' }]);
    const read = page(['مؤسسة اتصالات الجزائر', 'التاريخ 12/03/2026', 'المبلغ بكل الرسوم   595,00', 'المبلغ المستحق   601,00']);
    expect(arabicRowTargets(read, parse(read))).toEqual([]);
  });

  it('keeps a total read on the row again only when it is printed there, with no more failed sums and the same date', () => {
    const before = parse(page(['مؤسسة اتصالات الجزائر', 'التاريخ 12/03/2026', 'المبلغ بكل الرسوم   595,00', 'المبلغ المستحق   us']));
    const after = parse(page(['مؤسسة اتصالات الجزائر', 'التاريخ 12/03/2026', 'المبلغ بكل الرسوم   595,00', 'المبلغ المستحق   601,00 د.ج']));
    expect(betterWithRow({ line: 3, field: 'total' }, before, after, 'المبلغ المستحق   601,00 د.ج')).toBe(true);
    // The same total as before, or one the row does not print, is no gain.
    expect(betterWithRow({ line: 3, field: 'total' }, before, before, 'المبلغ المستحق   us')).toBe(false);
    expect(betterWithRow({ line: 3, field: 'total' }, before, after, 'المبلغ المستحق   us')).toBe(false);
    // A re-read that lost the total's label (or read the row below) is no total row (unseen group E's dz_ue_008).
    expect(betterWithRow({ line: 3, field: 'total' }, before, after, '| المجمى لاقع |   601,00')).toBe(false);
  });

  it('reads a lone « ه » beside a month’s name as the Eastern « ٥ », and drops specks between the month and the year', () => {
    // Right to left: the ordered words of « التاريخ ه مايو ] ٢٠٢٥ ».
    const words = [word('التاريخ', 300), word('ه', 250), word('مايو', 200), word(']', 150), word('٢٠٢٥', 100)];
    expect(tidyDateRow(words).map((w) => w.text)).toEqual(['التاريخ', '٥', 'مايو', '٢٠٢٥']);
    // Away from a month, « ه » stays a letter.
    expect(tidyDateRow([word('ه', 200), word('قهوة', 100)]).map((w) => w.text)).toEqual(['ه', 'قهوة']);
  });

  it('reads again an Arabic name row cut or lost (unseen group I’s car washes), not a sure name nor a Latin row', () => {
    // « محظة » for « محطة غسيل السيارات النجمة », surer names under it lost: the first row is read again, as a name.
    const cut = page(['محظة', 'شارع العربي بن مهيدي', 'تذكرة رقم   408', 'نوع المركبة: سيارة رباعية الدفع', 'المجموع   2150']);
    const d = parse({ ...cut, lines: cut.lines.map((l, i) => ({ ...l, confidence: i === 0 ? 0.5 : 0.9 })) });
    expect(d.confidence.merchant).toBeLessThan(0.65);
    expect(arabicRowTargets(cut, d)).toEqual([{ line: 0, field: 'merchant' }]);
    // No name at all: the first row that is no address (the speck row is read again).
    const lost = page(['°   J   ٠٥   لبركة', 'شارع العقيد عميروش', 'الأحد 16 أوت 2026', 'المجموع   1800']);
    expect(arabicRowTargets(lost, { ...parse(lost), merchant: null })).toEqual([{ line: 0, field: 'merchant' }]);
    // A Latin word inside an Arabic name is a speck: read again too.
    const specks = page(['عطارة glail - عمر', 'شارع العقيد عميروش', 'التاريخ 12/03/2026', 'المجموع   1800']);
    expect(arabicRowTargets(specks, { ...parse(specks), confidence: { ...parse(specks).confidence, merchant: 0.9 } })).toEqual([
      { line: 0, field: 'merchant' },
    ]);
    // A sure name, or a Latin first row (the Latin reader's header band), is not.
    const sure = page(['مغسلة الواحة', 'شارع العربي بن مهيدي', 'التاريخ 12/03/2026', 'المجموع   1800']);
    expect(arabicRowTargets(sure, { ...parse(sure), confidence: { ...parse(sure).confidence, merchant: 0.8 } })).toEqual([]);
    const latin = page(['PNEUS SERVICE', 'شارع العربي بن مهيدي', 'التاريخ 12/03/2026', 'المجموع   1800']);
    expect(arabicRowTargets(latin, { ...parse(latin), merchant: null })).toEqual([]);
  });

  it('keeps a name read on the row again when it is that row’s, without Latin specks, surer or longer', () => {
    const rows = (first: string) => [first, 'شارع العربي بن مهيدي', 'التاريخ 12/03/2026', 'المجموع   2150'];
    const before = parse(page(rows('محظة')));
    const after = parse(page(rows('محطة غسيل السيارات النجمة')));
    const t = { line: 0, field: 'merchant' } as const;
    expect(betterWithRow(t, before, after, 'محطة غسيل السيارات النجمة')).toBe(true);
    // Latin specks inside the new name, or a name from another row, are no gain.
    const specked = parse(page(rows('محطة غسيل glail النجمة')));
    expect(betterWithRow(t, before, specked, 'محطة غسيل glail النجمة')).toBe(false);
    expect(betterWithRow(t, before, after, '| |')).toBe(false);
    // The date or the total moved with it: not kept.
    expect(betterWithRow(t, before, { ...after, total: 50 }, 'محطة غسيل السيارات النجمة')).toBe(false);
  });
});
