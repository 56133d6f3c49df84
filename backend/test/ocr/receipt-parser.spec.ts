import { cleanNumericOcr, extractAmounts, parseAmount } from '../../src/ocr/receipt-amounts';
import { findDates } from '../../src/ocr/receipt-dates';
import { consistencyChecks, parseReceipt } from '../../src/ocr/receipt-parser';
import { normalizeLine } from '../../src/ocr/receipt-text';

const dates = (line: string) => findDates(normalizeLine(cleanNumericOcr(line)), 2027).map((d) => d.iso);
const amounts = (line: string) => extractAmounts(cleanNumericOcr(line)).amounts.map((a) => a.value);

describe('amounts', () => {
  it.each([
    ['1 520,00', 1520],
    ['1.520,00', 1520],
    ['1,520.00', 1520],
    ['1520.00', 1520],
    ['1520,00 DA', 1520],
    ['RM60.30', 60.3],
    ['60,3O', 60.3],
    ['6O.30', 60.3],
    ['1 250 000,00 DZD', 1250000],
    ['12 500 DA', 12500],
    ['-0.01', -0.01],
    ['5.59-', -5.59],
    ['60 .30', 60.3],
    ['0.50', 0.5],
  ])('parses %s', (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });

  it('skips dates, times, phone numbers and percentages', () => {
    expect(amounts('19/10/2018 20:49:59')).toEqual([]);
    expect(amounts('Tel:07-3507405')).toEqual([]);
    expect(amounts('TVA 19 % 242,65')).toEqual([242.65]);
    expect(extractAmounts('GST @6% 3.40').percents.map((p) => p.value)).toEqual([6]);
  });

  it('keeps each amount of an item row apart', () => {
    expect(amounts('88888 1 10.00 10.00')).toEqual([88888, 1, 10, 10]);
    expect(amounts('Lait 2 x 75,00 150,00')).toEqual([2, 75, 150]);
    expect(amounts('Qty 2, 10.00')).toEqual([2, 10]);
  });

  it('rejects runs that are not money', () => {
    expect(parseAmount('11.02.18')).toBeNull();
    expect(parseAmount('no digits')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['Le 14/03/2026 à 10:32', '2026-03-14'],
    ['14-03-26', '2026-03-14'],
    ['14.03.2026', '2026-03-14'],
    ['14 mars 2026', '2026-03-14'],
    ['1er avril 2026', '2026-04-01'],
    ['Date : 2 févr. 2026', '2026-02-02'],
    ['28 MAR 18', '2018-03-28'],
    ['28/03/2018', '2018-03-28'],
    ['2018-03-28', '2018-03-28'],
    ['25/FEB/2017', '2017-02-25'],
    ['24-MAR-2018 13:01', '2018-03-24'],
    ['Mar 28, 2018', '2018-03-28'],
    ['20180428', '2018-04-28'],
    ['11.02.18', '2018-02-11'],
    ['12/28/2017', '2017-12-28'],
    ['التاريخ 14 مارس 2026', '2026-03-14'],
    ['Date: 2O/O3/2O18', '2018-03-20'],
  ])('reads %s', (line, iso) => {
    expect(dates(line)).toContain(iso);
  });

  it('never reads the hour after a month name as a two-digit year', () => {
    // An Arabic line put back in reading order with the till's time between the month and the year (dz_dev_052).
    expect(dates('التاريخ: 24 جوان 18:51 2024')).not.toContain('2018-06-24');
    expect(dates('Le 24 juin 18:51')).toEqual([]);
    expect(dates('24 JUIN 18')).toEqual(['2018-06-24']);
  });

  it('rejects impossible and future dates', () => {
    expect(dates('31/02/2026')).toEqual([]);
    expect(dates('14/03/2031')).toEqual([]);
    expect(dates('Qty 12.50')).toEqual([]);
  });
});

describe('parseReceipt — Algerian / French receipts', () => {
  const superette = [
    'SUPERETTE EL BARAKA',
    'Cité 500 Logements, Bab Ezzouar',
    'Tél : 023 45 67 89',
    'NIF : 000016001234567',
    'Ticket N° 004512',
    'Le 14/03/2026 à 18:42',
    'Lait Candia 1L      2 x 75,00     150,00',
    'Huile Elio 5L                     1 520,00',
    'Sucre 1kg           3 x 110,00    330,00',
    'SOUS-TOTAL HT                     1 680,67',
    'TVA 19 %                            319,33',
    'TOTAL TTC                       2 000,00 DA',
    'ESPECES                         2 500,00',
    'RENDU                             500,00',
    'Merci de votre visite',
  ].join('\n');

  it('extracts merchant, date, total, VAT, currency and lines', () => {
    const d = parseReceipt(superette);
    expect(d.merchant).toBe('SUPERETTE EL BARAKA');
    expect(d.date).toBe('2026-03-14');
    expect(d.total).toBe(2000);
    expect(d.subtotal).toBe(1680.67);
    expect(d.vat).toEqual([{ rate: 19, amount: 319.33 }]);
    expect(d.currency).toBe('DZD');
    expect(d.lines).toEqual([
      { description: 'Lait Candia 1L', quantity: 2, unitPrice: 75, amount: 150 },
      { description: 'Huile Elio 5L', amount: 1520 },
      { description: 'Sucre 1kg', quantity: 3, unitPrice: 110, amount: 330 },
    ]);
    // Keyword + subtotal/VAT cross-check + tendered−change: high confidence.
    expect(d.confidence.total).toBeGreaterThan(0.85);
    expect(d.confidence.date).toBeGreaterThan(0.7);
    expect(d.confidence.vat).toBeGreaterThan(0.8);
    expect(d.confidence.currency).toBeGreaterThan(0.8);
  });

  it('takes NET A PAYER over the total before discount', () => {
    const d = parseReceipt(
      ['ALIMENTATION GENERALE BOUDIAF', '14-03-26', 'TOTAL 3 450,00', 'REMISE -50,00', 'NET A PAYER 3 400,00'].join('\n'),
    );
    expect(d.total).toBe(3400);
    expect(d.date).toBe('2026-03-14');
  });

  it('reads dotted thousands and a textual date', () => {
    const d = parseReceipt(
      ['Boulangerie Pâtisserie Amine', 'Alger, le 14 mars 2026', 'Pain x10   150,00', 'Gâteau    1.370,00', 'MONTANT 1.520,00 DA'].join(
        '\n',
      ),
    );
    expect(d.merchant).toBe('Boulangerie Pâtisserie Amine');
    expect(d.date).toBe('2026-03-14');
    expect(d.total).toBe(1520);
    expect(d.lines.map((l) => l.amount)).toEqual([150, 1370]);
  });

  it('reads integer dinar amounts when the receipt prints no cents', () => {
    const d = parseReceipt(['EPICERIE DU CENTRE', '03/01/2026', 'Café 250 DA', 'Eau 40 DA', 'TOTAL 290 DA'].join('\n'));
    expect(d.total).toBe(290);
    expect(d.currency).toBe('DZD');
  });

  it('understands Arabic keywords and the دج symbol', () => {
    const d = parseReceipt(['محل النور للمواد الغذائية', 'التاريخ 14/03/2026', 'حليب 150,00', 'خبز 60,00', 'المجموع 210,00 دج'].join('\n'));
    expect(d.total).toBe(210);
    expect(d.date).toBe('2026-03-14');
    expect(d.currency).toBe('DZD');
    expect(d.merchant).toBe('محل النور للمواد الغذائية');
  });

  it('reads الإجمالي with TVA 9 %', () => {
    const d = parseReceipt(['PHARMACIE CENTRALE', '14/03/2026', 'HT 1 000,00', 'TVA 9% 90,00', 'الإجمالي 1 090,00'].join('\n'));
    expect(d.total).toBe(1090);
    expect(d.vat).toEqual([{ rate: 9, amount: 90 }]);
    expect(d.subtotal).toBe(1000);
  });

  it('survives typical OCR confusions in labels and digits', () => {
    const d = parseReceipt(['SUPERETTE LA PAIX', 'DATE: l4/O3/2026', 'T0TAL TTC : 1 52O,OO DA'].join('\n'));
    expect(d.total).toBe(1520);
  });
  it('keeps both Algerian VAT rates (19 % and 9 %)', () => {
    const d = parseReceipt(
      [
        'EURL DISTRIBUTION NOUR',
        'Facture du 02/02/2026',
        'Total HT 1 500,00',
        'TVA 19% 190,00',
        'TVA 9% 45,00',
        'Net à payer 1 735,00 DA',
      ].join('\n'),
    );
    expect(d.total).toBe(1735);
    expect(d.vat).toEqual([
      { rate: 19, amount: 190 },
      { rate: 9, amount: 45 },
    ]);
    expect(d.subtotal).toBe(1500);
    expect(d.confidence.vat).toBeGreaterThan(0.8);
  });

  it('skips titles, greetings and identifiers when choosing the merchant', () => {
    const d = parseReceipt(
      ['*** BIENVENUE ***', 'TICKET DE CAISSE', 'RC N° 16/00-1234567B19', 'Supérette Amine & Fils', '14/03/2026', 'TOTAL 540,00'].join(
        '\n',
      ),
    );
    expect(d.merchant).toBe('Supérette Amine & Fils');
  });

  it('does not take counts, phone numbers or identifiers for the total', () => {
    const d = parseReceipt(
      ['SUPERETTE DU PARC', 'Tél 0550 12 34 56', 'NIF 001216098765432', '14/03/2026', 'Nb articles : 3', 'MONTANT A PAYER : 845,50'].join(
        '\n',
      ),
    );
    expect(d.total).toBe(845.5);
  });

  it('reads a subtotal, a discount and the net to pay', () => {
    const d = parseReceipt(
      ['MINI MARKET SALAM', '14.03.2026', 'Sous-total 2 000,00', 'Remise 10% -200,00', 'Net à payer 1 800,00'].join('\n'),
    );
    expect(d.total).toBe(1800);
    expect(d.subtotal).toBe(2000);
  });
});

describe('parseReceipt — English / Malaysian receipts', () => {
  const sroieLike = [
    'tan woon yann',
    'INDAH GIFT & HOME DECO',
    '27,JALAN DEDAP 13,',
    'TAMAN JOHOR JAYA,',
    '81100 JOHOR BAHRU,JOHOR.',
    'Tel:07-3507405 Fax:07-3558160',
    'RECEIPT',
    '19/10/2018 20:49:59 #01',
    'ST-PRIVILEGE CARD/GD INDAH',
    '88888 1 10.00 10.00',
    'GF-TABLE LAMP/STITCH <i>',
    '62483 1 55.90 55.90',
    '@DISC 10.00% -5.59',
    '#Total Qty 2',
    'TOTAL AMT................ RM 60.31',
    'ROUNDING ADJ.......... -0.01',
    'RM 60.30',
    'CASH.................... RM 70.30',
    'CHANGE.................. RM 10.00',
  ].join('\n');

  it('applies the rounding adjustment and ignores CASH/CHANGE', () => {
    const d = parseReceipt(sroieLike);
    expect(d.total).toBe(60.3);
    expect(d.date).toBe('2018-10-19');
    expect(d.currency).toBe('MYR');
    expect(d.merchant).toBe('INDAH GIFT & HOME DECO');
    expect(d.lines.map((l) => l.description)).toEqual(['ST-PRIVILEGE CARD/GD INDAH', 'GF-TABLE LAMP/STITCH <i>', '@DISC 10.00%']);
  });

  it('prefers TOTAL INCL GST over the exclusive total, and reads the GST summary row', () => {
    const d = parseReceipt(
      [
        'KEDAI PAPAN YEW CHUAN SDN BHD (123456-X)',
        'GST ID: 000123456789',
        'TAX INVOICE',
        'Date: 28 MAR 18',
        'TOTAL EXCL GST 56.60',
        'GST @6% 3.40',
        'TOTAL INCL GST 60.00',
        'CASH 100.00',
        'CHANGE 40.00',
        'GST SUMMARY AMOUNT TAX',
        'SR 6% 56.60 3.40',
      ].join('\n'),
    );
    expect(d.merchant).toBe('KEDAI PAPAN YEW CHUAN SDN BHD');
    expect(d.total).toBe(60);
    expect(d.subtotal).toBe(56.6);
    expect(d.vat).toEqual([{ rate: 6, amount: 3.4 }]);
    expect(d.date).toBe('2018-03-28');
  });

  it('uses ROUNDED TOTAL and a year-first date', () => {
    const d = parseReceipt(['MR. DAKGALBI SOLARIS', '2018-01-05 19:22', 'SUBTOTAL 70.98', 'ROUNDED TOTAL 71.00', 'VISA 71.00'].join('\n'));
    expect(d.total).toBe(71);
    expect(d.date).toBe('2018-01-05');
  });

  it('never takes the cash tendered as the total', () => {
    const d = parseReceipt(['FAMILYMART', '16/04/2018', 'TOTAL 18.80', 'CASH 50.00', 'CHANGE 31.20'].join('\n'));
    expect(d.total).toBe(18.8);
    expect(d.confidence.total).toBeGreaterThan(0.8);
  });

  it('derives the total from cash − change when no total label was read', () => {
    const d = parseReceipt(['SOME SHOP', '16/04/2018', 'ITEM A 10.00', 'ITEM B 8.80', 'CASH 50.00', 'CHANGE 31.20'].join('\n'));
    expect(d.total).toBe(18.8);
    expect(d.confidence.total).toBeLessThan(0.8);
  });

  it('prefers the purchase date over an expiry date', () => {
    const d = parseReceipt(['SHOP', 'Voucher valid until 30/06/2018', 'Date: 28/03/2018', 'TOTAL 5.00'].join('\n'));
    expect(d.date).toBe('2018-03-28');
  });

  it('detects euros', () => {
    expect(parseReceipt('CARREFOUR\n12/01/2026\nTOTAL 23,40 €').currency).toBe('EUR');
  });
});

describe('parseReceipt — missing fields and confidence', () => {
  it('returns nulls and zero confidence for text without receipt data', () => {
    const d = parseReceipt('hello\nworld');
    expect(d.total).toBeNull();
    expect(d.date).toBeNull();
    expect(d.vat).toEqual([]);
    expect(d.lines).toEqual([]);
    expect(d.confidence.total).toBe(0);
    expect(d.confidence.date).toBe(0);
    expect(d.currency).toBe('DZD');
    expect(d.confidence.currency).toBeLessThan(0.5);
  });

  it('uses the default currency option when none is printed', () => {
    expect(parseReceipt('SHOP\nTOTAL 10.00', { defaultCurrency: 'EUR' }).currency).toBe('EUR');
  });

  it('lowers the confidence of a field read with low OCR confidence', () => {
    const text = 'SHOP\n14/03/2026\nTOTAL TTC 1 520,00';
    const sure = parseReceipt(text, { lineConfidences: [0.95, 0.95, 0.95] });
    const unsure = parseReceipt(text, { lineConfidences: [0.95, 0.95, 0.3] });
    expect(unsure.total).toBe(1520);
    expect(unsure.confidence.total).toBeLessThan(sure.confidence.total);
    expect(unsure.confidence.date).toBe(sure.confidence.date);
  });
});

describe('parseReceipt — Algerian receipts as shops print them (issue 14)', () => {
  const parse = (lines: string[]) => parseReceipt(lines.join('\n'), { referenceDate: new Date('2026-11-18T10:00:00Z') });

  it('reads Eastern Arabic digits and Arabic labels', () => {
    const d = parse([
      'مواد غذائية الأمانة',
      'التاريخ: ١٤/٠٦/٢٠٢٦   ١٤:٣٢',
      'حليب كانديا   ٢ × ٨٠   ١٦٠',
      'سكر 1كغ   ٢٦٠',
      'المجموع   ٤٢٠ دج',
      'المدفوع   ٥٠٠',
      'الباقي   ٨٠',
    ]);
    expect(d.total).toBe(420);
    expect(d.date).toBe('2026-06-14');
    expect(d.merchant).toBe('مواد غذائية الأمانة');
    expect(d.checks.cash).toBe('ok');
  });

  it('reads an Arabic month name and the Arabic decimal separator', () => {
    const d = parse(['مطعم البهجة', '14 جوان 2026', 'شوربة   ٢٥٠٫٠٠', 'كسكس   ٩٠٠٫٠٠', 'الإجمالي   ١١٥٠٫٠٠ دج']);
    expect(d.date).toBe('2026-06-14');
    expect(d.total).toBe(1150);
  });

  it.each([
    ['11 835,00', 11835],
    ['11\u202f835,00 DA', 11835],
    ['11\u00a0835,00 DZD', 11835],
    ['1.520,00 دج', 1520],
    ['1520.00', 1520],
  ])('reads the total %s after ESPECES / RENDU / dont TVA are printed below it', (amount, value) => {
    const d = parse([
      'SUPERETTE EL AMANE',
      'NIF : 000216012345678',
      'RC : 12345/B/16',
      'Tél : 0550 12 34 56',
      'Le 14/06/2026',
      `NET A PAYER   ${amount}`,
      'dont TVA 19 %   1 889,66',
      'ESPECES   20 000,00',
      'RENDU   8 165,00',
    ]);
    expect(d.total).toBe(value);
  });

  it('never takes an identifier or a phone number for the total', () => {
    const d = parse([
      'LIBRAIRIE EL KALAM',
      'NIF : 198416001234567',
      'NIS : 098416012345678',
      'Art. Imp : 16012345678',
      'Tél : 0550 12 34 56',
      '08-10-26',
      'Ticket N° 004512   Caisse 02',
      'Cahier 96 pages   3 x 90,00   270,00',
      'TOTAL   270,00',
    ]);
    expect(d.total).toBe(270);
    expect(d.date).toBe('2026-10-08');
  });

  it('adds the stamp duty: the net to pay after TIMBRE is the total', () => {
    const d = parse([
      'PAPETERIE DU LYCEE',
      'Date : 13 novembre 2025',
      'TOTAL HT   2 000,00',
      'TVA 19 %   380,00',
      'TOTAL TTC   2 380,00',
      'TIMBRE   23,80',
      'NET A PAYER   2 403,80 DA',
    ]);
    expect(d.total).toBe(2403.8);
    expect(d.date).toBe('2025-11-13');
  });

  it('takes the customer’s share when the insurer (Chifa) pays the rest', () => {
    const d = parse([
      'PHARMACIE EL AFIA',
      'Date : 02/03/2026',
      'Doliprane 1000mg   2 x 200,00   400,00',
      'Spasfon   350,00',
      'TOTAL   750,00',
      'Part CNAS (Chifa)   600,00',
      'Part assuré   150,00 DA',
    ]);
    expect(d.total).toBe(150);
  });

  it('reads « Farine 1kg 5 450 DA » as 5 × 450 when that is what adds up to the total (issue 10)', () => {
    const d = parse([
      'SUPERETTE EL AMANE',
      'Le 14/06/2026',
      'Farine 1kg 5 450 DA',
      'Sucre 1kg   2 x 120,00   240,00',
      'Lait   3   75',
      'TOTAL   2 715 DA',
    ]);
    expect(d.total).toBe(2715);
    expect(d.lines).toEqual([
      { description: 'Farine 1kg', quantity: 5, unitPrice: 450, amount: 2250 },
      { description: 'Sucre 1kg', quantity: 2, unitPrice: 120, amount: 240 },
      { description: 'Lait', quantity: 3, unitPrice: 75, amount: 225 },
    ]);
    expect(d.checks.lines).toBe('ok');
  });

  it('lowers the total’s confidence when cash − change or the lines contradict it', () => {
    const consistent = parse([
      'CAFE EL BAHDJA',
      '14/06/2026',
      'Cafe   2 x 60   120',
      'Croissant   80',
      'TOTAL   200 DA',
      'ESPECES   500',
      'RENDU   300',
    ]);
    const misread = parse([
      'CAFE EL BAHDJA',
      '14/06/2026',
      'Cafe   2 x 60   120',
      'Croissant   80',
      'TOTAL   260 DA',
      'ESPECES   500',
      'RENDU   300',
    ]);
    expect(consistent.checks).toEqual({ lines: 'ok', vat: 'absent', cash: 'ok' });
    // The label says 260 but the lines and the cash both say 200: the arithmetic wins, with less confidence.
    expect(misread.total).toBe(200);
    expect(misread.confidence.total).toBeLessThan(consistent.confidence.total - 0.1);
    const checks = consistencyChecks(260, undefined, consistent.lines, [{ rate: 19, amount: 10 }], { tendered: 500, change: 300 }, false);
    expect(checks).toEqual({ lines: 'mismatch', vat: 'mismatch', cash: 'mismatch' });
  });

  it('takes a whole amount marked DA as the total on a fuel ticket that prints cents in its unit price', () => {
    const d = parse([
      'NAFTAL',
      'Date : 24.03.2026   17:40',
      'Volume   56,67 L',
      'Prix unitaire   47,50 DA/L',
      'A PAYER   2 692 DA',
      'dont TVA 19%   430 DA',
    ]);
    expect(d.total).toBe(2692);
  });

  it('falls back on the largest amount marked as dinars when the total label was lost', () => {
    // « TOTAL A PAYER » on its own row and the amount pushed onto the next line of small print.
    const d = parse([
      'SONELGAZ',
      'Date : 20/01/2025',
      'Redevance fixe   38',
      'Montant HT   610',
      "Taxe d'habitation   300",
      'TOTAL A PAYER',
      'Date limite de paiement : 10/02/2025   965 DA',
    ]);
    expect(d.total).toBe(965);
  });

  it('keeps the net to pay below a total when a misread stamp line sits between them', () => {
    const d = parse([
      'LIBRAIRIE EL BAYANE',
      'Date : 18/04/26',
      'TOTAL HT   1 689,08',
      'TVA 19%   320,92',
      'TOTAL   2.010,00 DA',
      'TIMERE   20,10',
      'Net a payer   2030,10 DA',
    ]);
    expect(d.total).toBe(2030.1);
  });

  it('reads « x2 420,00 » as a quantity and its amount, not 2 420', () => {
    expect(extractAmounts('Huile 1L x2   420,00').amounts.map((a) => a.value)).toEqual([1, 2, 420]);
    expect(extractAmounts('Calculatrice 2 x 1 560,00   3 120,00').amounts.map((a) => a.value)).toEqual([2, 1560, 3120]);
    const d = parse(['SUPERETTE EL AMEL', '18/11/2026', 'Semoule 10kg   1 100,00', 'Huile 1L x2   420,00', 'TOTAL   1 520,00 DA']);
    expect(d.total).toBe(1520);
    expect(d.checks.lines).toBe('ok');
  });

  it('reads « TVA incluse 19% » after the total as the tax share, not as the total', () => {
    const d = parse([
      'ALIMENTATION GENERALE DJEBBAR',
      'Date : 22/12/2025    Heure : 13:02',
      'Sardines boite    1    190,00    190,00 DA',
      'Semoule Sim 10kg    2    1.380,00    2.760,00 DA',
      'TOTAL    2.950,00 DA',
      'TVA incluse 19%    471,01 DA',
    ]);
    expect(d.total).toBe(2950);
    expect(d.vat).toEqual([{ rate: 19, amount: 471.01 }]);
    expect(d.checks.vat).toBe('ok');
  });

  it('does not end the item lines at the column headings (« Désignation Q P.U Montant »)', () => {
    const d = parse([
      'SUPERETTE EL AMEL',
      'Date : 22/12/2025',
      'Désignation    Q    P.U    Montant',
      'Savon Palmolive    4    110,00    440,00 DA',
      'Pois chiches 1kg    1    300,00    300,00 DA',
      'TOTAL    740,00 DA',
    ]);
    expect(d.lines.map((l) => [l.quantity, l.unitPrice, l.amount])).toEqual([
      [4, 110, 440],
      [1, 300, 300],
    ]);
    expect(d.checks.lines).toBe('ok');
  });

  it('reads « المجموع الفرعي » as the subtotal: the total is the one after the discount', () => {
    const d = parse([
      'مواد غذائية الفرقان',
      'التاريخ: 03/02/2025',
      'حمص 1كغ    6    350,00    2100,00',
      'زيت إيليو 5ل    6    870,00    5220,00',
      'المجموع الفرعي    7320,00',
      'تخفيض 10%    -732,00',
      'المبلغ    6588,00',
    ]);
    expect(d.total).toBe(6588);
    expect(d.subtotal).toBe(7320);
  });

  it('takes a whole « MONTANT 2604 » on a fuel ticket whose volume and unit price carry cents', () => {
    const d = parse([
      'STATION SERVICE BOUDIAF',
      'Date : 30/04/2025    17:05',
      'Volume    57,08 L',
      'Prix unitaire    45,62 DA/L',
      'MONTANT    2604',
      'Mode    Bon carburant',
    ]);
    expect(d.total).toBe(2604);
    // With cents read on the total's own line, a whole number elsewhere never outranks it.
    expect(parse(['SUPERETTE', '01/02/2026', 'Lait   2 x 80,00   160,00', 'TOTAL   160,00', 'Montant   4'])).toMatchObject({ total: 160 });
  });

  it('finds a total whose Arabic label was lost as the sum of the rows above it', () => {
    // The Latin reading of an Arabic ticket: the item names and the total's label are letter salad, the numbers read.
    const d = parse([
      'مواد غذا لفر قان',
      '25 70 54 0770 IUS LE]',
      '21:22:30   03/02/2026 :&, Lidl',
      '130,00   &sl Sw',
      '200,00   4 x 50,00',
      '&S1 o>',
      '720,00   2 x 360,00',
      '400,00   2 x 200,00',
      '1 450,00   | aa',
      '0,00   od LJ',
    ]);
    expect(d.total).toBe(1450);
    // Cash handed over equals the item plus the subtotal row above it: a subtotal is not an item.
    const cash = parse(['GH DISTRIBUTOR SDN BHD', '13/04/2018', '2 TAU SAR PNEAH 24PCS @12.50   25.00', '2 SubTotal   25.00', 'C   50.00']);
    expect(cash.total).toBe(25);
  });

  it('takes the Latin column of a bilingual header row, and the name beside the logo’s word', () => {
    const header = (first: string) =>
      parse([
        first,
        "Société de Distribution de l'Electricité et du Gaz",
        'FACTURE ELECTRICITE ET GAZ',
        'Date : 20/01/2025',
        'NET A PAYER   965 DA',
      ]);
    expect(header('SONELGAZ   سونلغاز').merchant).toBe('SONELGAZ');
    expect(header('SONELGAZ   Distribution').merchant).toBe('SONELGAZ');
    expect(header('BOULANGERIE EL AMIR').merchant).toBe('BOULANGERIE EL AMIR');
  });

  it('never takes the table, the waiter or the receipt number for the shop, and a speck beside the name does not hide it', () => {
    // « SALON DE THE EL ANDALOUS » half read: its junk column « LOT » looked like an address (dz_dev_043).
    const cafe = parse([
      'SALON DE THE   4   AN   LOT',
      'Ce   T AIN',
      'Table 11   Serveur : Lyes',
      'Le 3 août 2025 à 09:16',
      'TOTAL   130,00 DA',
    ]);
    expect(cafe.merchant).toBe('SALON DE THE');
    const waiter = parse(['Table 11   Serveur : Lyes', 'Le 3 août 2025 à 09:16', 'TOTAL   130,00 DA']);
    expect(waiter.merchant).toBeNull();
    const cashier = parse(['Caissier : Karim', 'Le 3 août 2025 à 09:16', 'TOTAL   130,00 DA']);
    expect(cashier.merchant).toBeNull();
    // The shop's name lost to the photograph, the receipt number is not a name either (dz_dev_017).
    const arabic = parse(['شارع ديدوش مراد 45', 'وصل رقم   الصندوق', 'سكر 1كغ   ٢٦٠٫٠٠', 'المجموع   ٢٦٠٫٠٠ دج']);
    expect(arabic.merchant).toBeNull();
    // An address column is still an address.
    expect(parse(['Lot 23   Zone Urbaine', 'TOTAL   130,00 DA']).merchant).toBeNull();
  });

  it('puts a legal form printed alone above the name before it, instead of taking it for the name', () => {
    const d = parse(['SARL', 'EL BARAKA DISTRIBUTION', 'Rue Larbi Ben Mhidi, Alger', 'Date : 20/01/2025', 'TOTAL   965,00 DA']);
    expect(d.merchant).toBe('SARL EL BARAKA DISTRIBUTION');
    // Below the name it still completes it.
    expect(parse(['EL BARAKA DISTRIBUTION', 'EURL', 'Date : 20/01/2025', 'TOTAL   965,00 DA']).merchant).toBe(
      'EL BARAKA DISTRIBUTION EURL',
    );
  });

  it('reads the unlabelled row under the cash handed over as the change when no total label was read', () => {
    const d = parse([
      'سوبيرات النور',
      'التاريخ: 14/03/2025',
      'عصير رويبة   960   160   6',
      'Jaws sue   330   330   1',
      'ل المدفوع   5 000',
      '30   5 LI',
      'شكرا على زيارتكم',
    ]);
    expect(d.total).toBe(4970);
  });

  it('never takes the start of a billing period for the date, and doubts a due date read alone', () => {
    const bill = (dateLine: string) =>
      parse(['SONELGAZ', 'Facture N° 792541133', 'ériode du 16/08/2024 au 16/11/2024', dateLine, 'NET A PAYER   5 746,98 DA']);
    expect(bill('02/12/2024').date).toBe('2024-12-02');
    const due = bill('Date limite de paiement : 01/01/2025');
    expect(due.confidence.date).toBeLessThan(0.7);
  });
  it('reads what the Arabic script model writes: Persian digit and letter forms, mixed digits, a final ى', () => {
    // Tesseract's `Arabic` model (trained on Persian and Urdu too) writes ۰–۹ and « ی » « ک » for what is printed
    // as ٠–٩, « ي », « ك », and may mix them with Western digits in one number.
    const d = parse(['سوبیرات النور', 'التاريخ ۲۸/۱۲/۲۰۲5', 'شای   140', 'المجموع   ۲ ۶۹5', 'نقدا   ٤ ٠٠٠', 'الباقی   ۱ ۳۰5']);
    expect(d.merchant).toBe('سوبيرات النور');
    expect(d.date).toBe('2025-12-28');
    expect(d.total).toBe(2695);
    // « الباقی » is the change: cash − change confirms the total.
    expect(d.checks.cash).toBe('ok');
    expect(d.confidence.total).toBeGreaterThan(0.9);
    // « الإجمالى »: the whole label is read, not only « المبلغ ».
    const net = parse(['محل الوفاء', 'التاريخ: ٠٢/٠٤/٢٠٢٤', 'المبلغ الإجمالى دج 1.130,00']);
    expect(net.total).toBe(1130);
    expect(net.confidence.total).toBeGreaterThanOrEqual(0.7);
  });

  it('drops a lone Arabic letter beside an Arabic shop name (a speck, or a letter of the next line)', () => {
    expect(parse(['ح سوبيرات النور', 'التاريخ 10/03/2025', 'المجموع   2 695']).merchant).toBe('سوبيرات النور');
    expect(parse(['مطعم الواحة ج', 'المجموع   2 695']).merchant).toBe('مطعم الواحة');
  });
  it('takes the lone amount right above the VAT share as the total when the total label was lost', () => {
    // An Arabic ticket read as letter salad (generated dev receipt 16): « المجموع » gone, « 2 695 » kept.
    const lost = parse([
      'سوبيرات النور',
      'شاي أحمد   140',
      '40   6 x 140   3',
      '2 695   a',
      '=   منها الرسم %19   30',
      '305   »',
      'الباقي   305',
    ]);
    expect(lost.total).toBe(2695);
    // Nothing confirms it: the owner is asked to check it.
    expect(lost.confidence.total).toBeLessThan(0.5);
    // The VAT share it prints is 19 % of it (19/119 × 1 520 = 242,69): confirmed.
    const fr = parse(['EPICERIE DU CENTRE', 'Lait   2 x 120,00   240,00', 'Cafe   1 280,00', '1 520,00', 'dont TVA 19%   242,69']);
    expect(fr.total).toBe(1520);
    expect(fr.checks.vat).toBe('ok');
    expect(fr.confidence.total).toBeGreaterThan(lost.confidence.total);
  });
  it('completes a labelled date whose year lost its last digit at the edge from the other dates printed', () => {
    // Generated dev bill 12, as read: « Date : 02/12/202 », then a period and a due date.
    const lines = [
      'ONELGAZ',
      '‘acture N° 792541133   Date : 02/12/202',
      'ériode du 16/08/2024 au 16/11/2024',
      'et à payer   5 746,98 DZD',
      'Date limite de paiement : 01/01/2025',
    ];
    const d = parse(lines);
    expect(d.date).toBe('2024-12-02');
    expect(d.confidence.date).toBeLessThan(0.5);
    // A whole labelled date still wins; with no other date to go by, the cut one is not guessed.
    expect(parse([...lines, 'Date : 03/12/2024']).date).toBe('2024-12-03');
    expect(parse(['SONELGAZ', 'Date : 02/12/202', 'NET A PAYER   5 746,98 DA']).date).toBeNull();
  });

  // Unseen Algerian layouts (issue 14, branch ocr18u), as tesseract read them.
  it('reads an item row starting with « Carte » (a memory card) as an item, not as a card payment', () => {
    const d = parse([
      'Désignation   Qté   P.U   Total',
      'Puce Djezzy   1   300,00   300,00',
      'Carte mémoire 64Go   2   2 100,00   4 200,00',
      'TOTAL   29 600,00',
    ]);
    expect(d.total).toBe(29600);
    expect(d.lines.map((l) => l.amount)).toEqual([300, 4200]);
    // A card payment after the total still is one: it equals the total.
    expect(parse(['TOTAL   29 600,00', 'Carte CIB   29 600,00']).checks.cash).not.toBe('mismatch');
  });

  it('takes « NET » alone before an amount as the total label, and a misread cash line does not override it', () => {
    const d = parse([
      'Viande ovine   2.520   2.210,00   5.569,00',
      'Poulet entier   0.800   430,00   344,00',
      'NET   5.913,00',
      'Reçu   6.600,00',
      'A rendre   87,00',
    ]);
    expect(d.total).toBe(5913);
    // « Poids net » is a weight, not a total label.
    expect(parse(['Poulet   1 250,00', 'Poids net 1,250 kg', 'TOTAL   1 250,00']).total).toBe(1250);
  });

  it('mends a decimal separator lost before « 00 » and currency, and a space after a thousands separator', () => {
    expect(amounts('Montant total   26100 00DZD')).toEqual([26100]);
    expect(amounts('Tel 0557 36 41 84')).not.toContain(41.84);
    expect(amounts('المجموع الكلي   ٤٫ ٩١٠٫٠٠')).toEqual([4910]);
    expect(amounts('2 x 3. 370,00')).toEqual([2, 3370]);
    // Two amounts with their cents stay two.
    expect(amounts('88888 1 10.00 10.00')).toEqual([88888, 1, 10, 10]);
  });

  it('takes no litres, kilograms or price per litre for an item row (a fuel ticket then looked doubtful)', () => {
    const fuel = parse([
      'STATION SERVICE BOUDIAF',
      'Produit   ESSENCE SANS PLOMB',
      'Volume   32.88 L',
      'Prix unitaire   45.62 DA/L',
      'MONTANT TTC   1500.00 DA',
    ]);
    expect(fuel.total).toBe(1500);
    expect(fuel.lines).toEqual([]);
    expect(fuel.checks.lines).toBe('absent');
    // A weighed row keeps its amount: the unit is in the row, not after its last number.
    const meat = parse(['Viande ovine   2,520 kg x 2.210,00 DA/kg   5.569,00', 'Poulet   0,800 kg x 430,00   344,00', 'TOTAL   5.913,00']);
    expect(meat.lines.map((l) => l.amount)).toEqual([5569, 344]);
    expect(meat.checks.lines).toBe('ok');
  });
});
