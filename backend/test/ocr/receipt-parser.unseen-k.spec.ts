import { parseReceipt } from '../../src/ocr/receipt-parser';

/**
 * Readings of the `unseen` split's group K (issue 14, twenty-eighth round): each text is what tesseract gave on a
 * generated group-K receipt (`eval:ocr --dump`), cut to the rows that matter. Every case failed before its rule.
 */
const parse = (lines: string[]) => parseReceipt(lines.join('\n'), { referenceDate: new Date('2026-12-07T10:00:00Z') });

describe('parseReceipt — a planned day is no receipt’s day (unseen group K, twenty-eighth round)', () => {
  it('keeps the order’s two-digit-year date over « Livraison prévue » with its four-digit year and time', () => {
    const d = parse(['OPTIC MODERNE', 'Commande N° 3675', '09.02.24', 'Montant total   23000DZD', 'Livraison prévue : 12/02/2024 10:37']);
    expect(d.date).toBe('2024-02-09');
    // Only the planned day printed: it is still the one given, shown to be checked.
    expect(parse(['OPTIC MODERNE', 'TOTAL   10 600', 'Livraison prévue : 11/08/2024 17:03']).date).toBe('2024-08-11');
  });
});

describe('parseReceipt — an invoice’s money column shifted a row, a glued sign read after the cents (unseen group K)', () => {
  it('takes the amount under a « NET A PAYER » that shows the tax, when it is the tax plus the amount above', () => {
    const d = parse([
      'ELECTROMENAGER EL BARAKA',
      '23.08.24',
      'Micro-ondes   20L   F   i   2',
      'Garantie 6 mois   16.000,00',
      'Total HT   es   7',
      'TVA 19%   16.000,00',
      'NET A PAYER TTC   3.040,00',
      'Mode de paiement   19.040,00 DA',
    ]);
    expect(d.total).toBe(19040);
    // A row under the total that is no such sum stays what it is.
    expect(
      parse(['ELECTRO', 'Total HT   16.000,00', 'TVA 19%   3.040,00', 'NET A PAYER TTC   19.040,00', 'Garantie   12.000,00']).total,
    ).toBe(19040);
  });
  it('reads « 96.390,0075 » as 96 390,00: a grouped amount has two decimals, the digits after them were « دج »', () => {
    const d = parse([
      'ELECTROMENAGER EL BARAKA',
      'Bejaia, le 11 décembre 2024',
      'Réfrigérateur CONDOR 350L   81.000,00',
      'Total HT   81.000,00',
      'TVA 19%   15.390,00',
      'NET A PAYER TTC   96.390,0075',
      'Mode de paiement   Edahabia',
    ]);
    expect(d.total).toBe(96390);
    // A dotted date or a number grouped by one separator only is not cut.
    expect(parse(['CAFE', 'TOTAL   12.345.678']).total).not.toBe(12345.67);
  });
});

describe('parseReceipt — a weighed row read right to left (unseen group K)', () => {
  it('pays weight × price on the row, wherever it was read, so the items find the total’s lost thousands', () => {
    const d = parse([
      'محمصة بن عمر',
      'التاريخ   السبت ١٨ جويلية ٢٠٢٦',
      '٠٫٥ كغ   ٤٥٠٠٫٠٠   ٢٢٥٠٫٠٠',
      'جوز',
      '٠‏ كغ   ٢٤٥٠٫٠٠ X   ٤٩٠٠٫٠٠',
      'كاوكاو',
      '٣٢٥٫٠٠   ٦٥٠٫٠٠ X 8 ٠٫٥',
      'المبلغ الإجمالي   ٤٧٥٫٠٠ لادج',
    ]);
    expect(d.lines.map((l) => l.amount)).toEqual([2250, 4900, 325]);
    expect(d.total).toBe(7475);
  });
});

describe('parseReceipt — a year-first date with its time read right to left in pieces (unseen group K)', () => {
  it('reads « ١٠: ٣٧ ٠٩ ٠٧-٢٠٢٤ » (for « ٢٠٢٤-٠٧-٠٩ ١١:٣٧ ») as the 9th of July 2024, only after a time', () => {
    const d = parse(['محمصة الأمير للمكسرات', '١٠:\u200f ٣٧ ٠٩ ٠٧-٢٠٢٤', 'قهوة محمصة', 'المجموع   ٤ ٧٥٠٫٠٠']);
    expect(d.date).toBe('2024-07-09');
    expect(parse(['محمصة الأمير للمكسرات', 'رقم ٠٩ ٠٧-٢٠٢٤', 'المجموع   ٤ ٧٥٠٫٠٠']).date).toBeNull();
  });
});
