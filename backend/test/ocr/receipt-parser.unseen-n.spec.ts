import { parseReceipt } from '../../src/ocr/receipt-parser';

/**
 * Readings of the `unseen` split's group N (issue 14, thirty-first round): each text is what tesseract gave on a
 * generated group-N receipt (`eval:ocr --dump`), cut to the rows that matter. Every case failed before its rule.
 */
const parse = (lines: string[]) => parseReceipt(lines.join('\n'), { referenceDate: new Date('2026-12-07T10:00:00Z') });

describe('parseReceipt — group N’s dates', () => {
  it('reads « <day> من شهر <month> <year> », the Arabic « of the month » between the day and its name', () => {
    const d = parse(['محل الدواجن الأمانة', 'الثلاثاء 7 من شهر جانفي 2025', 'أفخاذ دجاج', 'المجموع   1 117,00']);
    expect(d.date).toBe('2025-01-07');
    expect(parse(['محل', 'يوم ١٢ شهر مارس ٢٠٢٦', 'المجموع   ٩٠٠']).date).toBe('2026-03-12');
  });
  it('refuses a day that is not the weekday its row names (« الثلاثاء 1 … فيفري 2024 »: the 1st was a Thursday)', () => {
    const d = parse(['دواجن الوفاء', 'الثلاثاء 1 من شهر فيفري ٢٠٢٤', 'الإجمالى   ٩٩١٫٠٠']);
    expect(d.date).toBeNull();
    // The weekday agrees: the date is read; a row naming two weekdays (opening hours) checks nothing.
    expect(parse(['دواجن الوفاء', 'الثلاثاء 6 من شهر فيفري ٢٠٢٤', 'الإجمالى   ٩٩١٫٠٠']).date).toBe('2024-02-06');
    expect(parse(['SHOP', 'Du Samedi au Jeudi 01/02/2024', 'TOTAL 500,00']).date).toBe('2024-02-01');
  });
  it('never takes « Valable jusqu’au » for the receipt’s date, and reads « 07/0324 » (a slash lost) as 07/03/24', () => {
    const gym = ['SALLE DE SPORT POWER GYM', 'RECU', '07/0324   TITHE   ree   |', "Valable jusqu'au 05/06/2024", 'Total   7 500,00'];
    expect(parse(gym).date).toBe('2024-03-07');
    expect(parse(['SALLE DE SPORT', 'RECU', "Valable jusqu'au 05/06/2024", 'Total   7 500,00']).date).toBeNull();
    expect(parse(['عطور', 'صالح إلى 05/06/2024 للاستبدال', 'المجموع   900']).date).toBeNull();
  });
});

describe('parseReceipt — a weekday row that lost its month or its year (group N)', () => {
  it('completes the date when only one month of the year, or one year of the last five, puts the day on the weekday', () => {
    // 12 August 2025 was the only Tuesday the 12th of 2025; 27 May a Monday only in 2024 of 2022–2026.
    expect(parse(['صيانة الأمين', 'الثلاثاء ١٢ من شهر   ٢٠٢٥ Col', 'المبلغ المدفوع   ٨٠٠٫٠٠ DA']).date).toBe('2025-08-12');
    expect(parse(['دواجن الخير', 'الإثنين 27 من شهر ماي', 'المجموع   2 814,00']).date).toBe('2024-05-27');
    // Two months fit (Tuesday the 17th: September and December 2024): no date.
    expect(parse(['محل', 'الثلاثاء ١٧ ٢٠٢٤', 'المجموع   ٩٠٠']).date).toBeNull();
  });
});

describe('parseReceipt — group N’s totals', () => {
  it('takes a shifted money column’s checked amount under a bare « Montant TTC » when no other total was read', () => {
    const d = parse([
      'SARL ELEC SERVICE PLUS',
      'BON DE TRAVAUX N° 888   Lundi 29.04.2024',
      'Changement disjoncteur   1900,00',
      'Pose robinet mitigeur   1700,00',
      'iti   3 550,00',
      'Te   8 650,00',
      'Total HT   1 643,50',
      'VA   10 293,50 aa',
      'Montant TTC',
      'Signature du client :',
    ]);
    expect(d.total).toBe(10293.5);
  });
  it('reads a glued « دج » read as two digits off a total the scale row checks (« 129023 » for « 1 290 دج »)', () => {
    const d = parse(['دواجن الوفاء', 'بتاريخ 2025-12-15', '1 290   3.308 390 x gS', 'الإجمالى   129023', 'شكرا لزيارتكم']);
    expect(d.total).toBe(1290);
    // A total whose first digits are one item's amount, nothing adding up to them, is kept.
    expect(parse(['محل', '25   1 x 25', '2 525   1 x 2 525', 'المجموع   2550']).total).toBe(2550);
  });
});
