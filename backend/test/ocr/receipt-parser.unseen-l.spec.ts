import { parseReceipt } from '../../src/ocr/receipt-parser';

/**
 * Readings of the `unseen` split's group L (issue 14, twenty-ninth round): each text is what tesseract gave on a
 * generated group-L receipt (`eval:ocr --dump`), cut to the rows that matter. Every case failed before its rule.
 */
const parse = (lines: string[]) => parseReceipt(lines.join('\n'), { referenceDate: new Date('2026-12-07T10:00:00Z') });

describe('parseReceipt — a payment receipt (unseen group L’s driving school)', () => {
  it('reads no money in the document’s number on its title row', () => {
    const d = parse([
      'AUTO-ECOLE ESSALEM',
      'REÇU DE VERSEMENT N° 8525',
      '2026-08-27',
      'Objet : Inscription',
      'Montant   45 000DZD',
      'Le gérant',
    ]);
    expect(d.total).toBe(45000);
    // A speck after the number, or the Arabic « رقم », changes nothing.
    expect(parse(['AUTO ECOLE', 'RECU DE VERSEMENT N° 7067   3', 'Montant   11 000 DZD']).total).toBe(11000);
    expect(parse(['قاعة النخيل', 'وصل استلام رقم ٧١٠١', 'المبلغ   ٥٤ ٠٠٠٫٠٠']).total).toBe(54000);
  });
  it('takes the sum paid over « Reste à payer » when no total is printed above the payment', () => {
    const rows = ['AUTO ECOLE LA ROUTE', 'RECU DE VERSEMENT N° 7067', 'Bab Ezzouar - Alger, le 6 avril 2024'];
    const d = parse([...rows, 'Prix de la formation   45 000', 'Montant   11 000 DZD', 'Reste à payer   34 000', 'Le gérant']);
    expect(d.total).toBe(11000);
    // With a total printed above, the deposit rule still reads the whole.
    const bon = parse(['QUINCAILLERIE', 'TOTAL BON   26 810,00', 'Versé   13 000,00', 'Reste à payer   13 810,00']);
    expect(bon.total).toBe(26810);
  });
  it('reads a vet’s « Honoraires » as the note’s amount', () => {
    // « 1 700,00 » read « 4 700,00 »: no sum of the acts ends at the fee, only its label says it.
    const d = parse([
      'CABINET VETERINAIRE DR BELKACEM',
      'Le 2026-06-18',
      'vaccin rage   4 700,00',
      'vermifuge   4 100,00',
      'stérilisation chatte   13 800,00',
      'Honoraires   16 600,00   |',
      'prochain rappel: 2027-04-02   i   3',
    ]);
    expect(d.total).toBe(16600);
  });
});

describe('parseReceipt — names on group L’s receipts', () => {
  it('skips « REÇU DE VERSEMENT » as a title and keeps « LA ROUTE » in a name', () => {
    const d = parse([
      'AUTO ECOLE LA ROUTE',
      'Agrément N° 48/2013',
      'Tél : 0772.70.70.76',
      'RECU DE VERSEMENT N° 3946',
      '2024-07-12',
      'Montant versé   16.000,00 DA',
    ]);
    expect(d.merchant).toBe('AUTO ECOLE LA ROUTE');
    // The title printed first is no name either.
    expect(parse(['RECU DE VERSEMENT N° 3946', 'AUTO-ECOLE EL FETH', '2024-07-12', 'Montant versé   16.000,00 DA']).merchant).toBe(
      'AUTO-ECOLE EL FETH',
    );
    // « Route de … » is still an address.
    expect(parse(['Route de Sétif', 'SUPERETTE EL BAHDJA', 'TOTAL   500,00']).merchant).toBe('SUPERETTE EL BAHDJA');
  });
  it('takes no date row (a month’s name and a year) nor a « تجزئة » address for the name', () => {
    const d = parse(['٥٥   َ', 'شارع العربي بن مهيدي. قسنطينة', 'حرر في ٢٧ فيفري ٢٠٢٤', 'زبدة 1 قطعة   ٢٢٥٫٠٠', 'المجموع   ٢٩٦٠٫٠٠']);
    expect(d.merchant).toBeNull();
    const lot = parse(['J نة', 'تجزئة 23 بئر مراد رايس', '٢٦ سبتمبر ٢٠٢٥', 'المجموع   ٥٠٠٠']);
    expect(lot.merchant).not.toBe('تجزئة 23 بئر مراد رايس');
  });
});
