import { cleanNumericOcr } from '../../src/ocr/receipt-amounts';
import { findDates } from '../../src/ocr/receipt-dates';
import { parseReceipt } from '../../src/ocr/receipt-parser';
import { normalizeLine } from '../../src/ocr/receipt-text';

// Issue 14: rules found on a dev set of SROIE training receipts (kept outside the repository). The lines below are
// invented in the same style (scanned Malaysian receipts read by tesseract), none is copied from a receipt.
const parse = (lines: string[]) => parseReceipt(lines.join('\n'), { referenceDate: new Date('2026-06-01T00:00:00Z') });
const merchant = (lines: string[]) => parse([...lines, 'TOTAL 12.50']).merchant;
const dates = (line: string) => findDates(normalizeLine(cleanNumericOcr(line)), 2027).map((d) => d.iso);

describe('merchant — the registered company on Malaysian receipts', () => {
  it('takes the company with its legal form and registration number over the brand printed above it', () => {
    expect(
      merchant([
        'Welcome to the Neighbourhood',
        'BrightMart',
        'Lintang Maju Resources Sdn Bhd (402211-K)',
        '21, Jalan Mawar 3, Taman Sri Mawar',
        '43000 Kajang, Selangor D.E.',
        'Tax Invoice',
      ]),
    ).toBe('Lintang Maju Resources Sdn Bhd');
    expect(
      merchant(['Hotpot', 'CHEN BROTHERS GRILL', 'Chen Bros Kitchen Sdn Bhd', 'Company no : 1180042-W', 'Lot 12, Level 2, Mid Mall']),
    ).toBe('Chen Bros Kitchen Sdn Bhd');
    // The legal form as OCR misreads it still counts.
    expect(merchant(['Sunrise Petrol Kota Jaya 3', 'Jalan Kota 5/2', 'Mawar Fuel Enterprise', 'CO. REG. NO: 001234567-T'])).toBe(
      'Mawar Fuel Enterprise',
    );
  });

  it('joins a name broken over lines', () => {
    expect(merchant(['THE GOLDEN LEAF', '& SPICE (M) SDN. BHD.', 'Company No. :554433-H', 'Lot 5, Jalan Besar'])).toBe(
      'THE GOLDEN LEAF & SPICE (M) SDN. BHD.',
    );
    expect(merchant(['SINAR JAYA HARDWARE &', 'ELECTRICAL', 'NO. 5, JALAN SETIA 2', '40170 SHAH ALAM'])).toBe(
      'SINAR JAYA HARDWARE & ELECTRICAL',
    );
    expect(merchant(['KEDAI SERI MURNI VEGETARIAN', 'RESTAURANT SDN BHD', '(1012345-X)', 'NO 3 JALAN SS 2/4'])).toBe(
      'KEDAI SERI MURNI VEGETARIAN RESTAURANT SDN BHD',
    );
    expect(merchant(['PASAR MURNI JAYA', '(KAJANG) SDN BHD', '(765432-W)', 'LOT 9, JALAN BESAR'])).toBe(
      'PASAR MURNI JAYA (KAJANG) SDN BHD',
    );
    expect(merchant(['MEGA TEGUH HARDWARE', 'ENTERPRISE (BANDAR', 'BARU) SDN BHD', '654321-X', 'NO. 17, JALAN INDAH'])).toBe(
      'MEGA TEGUH HARDWARE ENTERPRISE (BANDAR BARU) SDN BHD',
    );
  });

  it('joins a single word before the legal form to the name above it, a trade or not', () => {
    expect(merchant(['NORTHERN SOUTHERN', 'PAPETRIE SDN. BHD', 'CO REG NO : 123456-K', '12, JALAN MAJU'])).toBe(
      'NORTHERN SOUTHERN PAPETRIE SDN. BHD',
    );
    expect(merchant(['ORANGE GROVE CAFE', 'KLMFOODS SDN BHD', '(654321-A)', 'LOT 3, JALAN IMPIAN'])).toBe(
      'ORANGE GROVE CAFE KLMFOODS SDN BHD',
    );
  });

  it('knows the Malay trade words (pasar, pasaraya, perniagaan, syarikat…) over a logo read as a word', () => {
    expect(merchant(['Ewr ope', 'ROSUKE', 'PASAR MINI SRI WANGI', '12, JALAN PERMAS 3,', '81750 MASAI, JOHOR.'])).toBe(
      'PASAR MINI SRI WANGI',
    );
    expect(merchant(['OWIAKE', 'SYARIKAT LIM BROTHERS', 'NO 4 JALAN BESAR'])).toBe('SYARIKAT LIM BROTHERS');
  });

  it('keeps a whole name on the second line apart from the brand above it', () => {
    expect(merchant(['CITY BREW', 'HALIM VENTURES (M) SDN. BHD.', 'NO. 8, JALAN TUN RAZAK'])).toBe('HALIM VENTURES (M) SDN. BHD.');
  });

  it('drops the registration number and what OCR added around it', () => {
    expect(merchant(['MUTIARA CONFECTIONERY S/B 112233-U (KLJ)', 'LOT NO. 12, JALAN MAJU'])).toBe('MUTIARA CONFECTIONERY S/B');
    // The outlet's code after it may hold a digit (« (KL1) », OCR'd « (KI1) »).
    expect(merchant(['MUTIARA CONFECTIONERY S/B 112233-U (KI1)', 'LOT NO. 12, JALAN MAJU'])).toBe('MUTIARA CONFECTIONERY S/B');
    expect(merchant(['SERI INDAH SDN BHD (524109-5)   -', 'GST ID: 000123456789'])).toBe('SERI INDAH SDN BHD');
    expect(merchant(['#000003 HANA (M) Sdn Bhd', 'COMPANY NO(812345-X)'])).toBe('HANA (M) Sdn Bhd');
    // Five digits in a registration number are not a postcode, and a speck before the name is no e-mail address.
    expect(merchant(['@ TECK LEE FATT S/B (81234-P)', 'LOT 12, JALAN KLANG LAMA,', '46000 PETALING JAYA, SELANGOR.'])).toBe(
      'TECK LEE FATT S/B',
    );
  });

  it('reads a name spaced out in columns as one name', () => {
    expect(merchant(['LIM   LIM   TRADING   CO', '(712345-H)', '12, JLN MEWAH 2'])).toBe('LIM LIM TRADING CO');
  });

  it('takes the name over the generic words printed under it', () => {
    expect(merchant(['BLUE MONKEYS', 'BISTRO & CAFE', '12, SS2/3,', 'PETALING JAYA'])).toBe('BLUE MONKEYS');
  });

  it('takes the shop, not the owner printed under « Owned By : »', () => {
    expect(
      merchant(['PELANGI STATIONERY SHOP', 'NO. 3, JALAN INDAH 2', 'Owned By :', 'PELANGI SUPPLY SDN BHD', 'CASH SALES COUNTER']),
    ).toBe('PELANGI STATIONERY SHOP');
  });

  it('drops a sole trader’s registration in brackets, letters before its digits', () => {
    expect(merchant(['Roti Corner', 'MAJU BAKES ENTERPRISE (JM0712345-T)', 'Lot 3, Jalan Besar'])).toBe('MAJU BAKES ENTERPRISE');
  });

  it('puts a Malaysian legal form read above its name (lines out of order) after the name', () => {
    expect(merchant(['-   N BHD', 'SINAR CAHAYA GALLERY SEF.', 'No: 12, JALAN MAWAR 3', 'GST No. : 000123456789'])).toBe(
      'SINAR CAHAYA GALLERY SEF. N BHD',
    );
    expect(merchant(['SDN BHD', 'SINAR CAHAYA GALLERY', 'No: 12, JALAN MAWAR 3'])).toBe('SINAR CAHAYA GALLERY SDN BHD');
    // « SARL » above the name still opens it.
    expect(merchant(['SARL', 'EL BARAKA DISTRIBUTION', 'Cité 200 logements, Oran'])).toBe('SARL EL BARAKA DISTRIBUTION');
  });

  it('joins a name’s legal form read unsurely between its halves (« ENTERPRISE   (SETIS » at 0.37)', () => {
    const lines = ['SIN LEONG   HARDWARE', 'ENTERPRISE   (BUKIT', 'RAJA)   SDN   BHD', '812345-X', 'NO. 5, JALAN SETIA 2', 'TOTAL 12.50'];
    const d = parseReceipt(lines.join('\n'), { lineConfidences: [0.89, 0.37, 0.84, 0.8, 0.91, 0.9] });
    expect(d.merchant).toBe('SIN LEONG HARDWARE ENTERPRISE (BUKIT RAJA) SDN BHD');
    // An unsure line that is no legal form stays out.
    const other = ['SIN LEONG   HARDWARE', 'Xkq~ ,r', 'NO. 5, JALAN SETIA 2', 'TOTAL 12.50'];
    expect(parseReceipt(other.join('\n'), { lineConfidences: [0.89, 0.3, 0.91, 0.9] }).merchant).toBe('SIN LEONG HARDWARE');
  });

  it('never takes a state line, a document title beside specks or the column headings for the shop', () => {
    expect(
      merchant(['xx \u2014 ~~', 'NO. 7, JALAN BESAR, 45600 BATANG KALI', 'SELANGOR DARUL EHSAN, MALAYSIA', 'TEL: 03-1234 5678']),
    ).toBeNull();
    expect(merchant(['=== ~', 'pam   SIMPLIFIED TAX INVOICE', 'DESC   QTY   PRICE   AMOUNT   TAXCODE'])).toBeNull();
  });

  it('takes the shop above the invoice title, not the customer company printed under it', () => {
    expect(
      merchant([
        'PERNIAGAAN LIM JAYA',
        'JM0123456-V',
        'NO.5 JALAN PERMAS 9/2',
        'GST NO: 000123456789',
        'SIMPLIFIED TAX INVOICE',
        'SINAR TEKNIK (M) SDN BHD',
        'RECEIPT#: CS00012345',
      ]),
    ).toBe('PERNIAGAAN LIM JAYA');
  });

  it('keeps a registered name whose dotted initials OCR read as digits, and gives the letters back', () => {
    expect(
      merchant(['A 3   i   Ya', '|', 'K. 0.1.5. (M) SON BHD', 'Co-Reg:123456-D', 'LOT 18, JALAN KPB 6,', '| KAWASAN PERINDUSTRIAN MAJU,']),
    ).toBe('K. O.I.S. (M) SON BHD');
  });

  it('keeps the shop of an Algerian ticket when the customer is a company', () => {
    expect(merchant(['NAFTAL', 'Station Service Es Senia', 'Ticket N° 123456', 'Client : SARL Bati Nord'])).toBe('NAFTAL');
  });
});

describe('dates — as OCR reads them on Malaysian receipts', () => {
  it('reads a date whose first separator was lost, and no date in an amount beside a speck', () => {
    expect(dates('RECEIPT # GS00812345 DATE: 2504/2017')).toEqual(['2017-04-25']);
    expect(dates('TOTAL : 31.03 -00')).toEqual([]);
  });

  it('reads a date whose time was read against it without a space (PP-OCR writes « 09/02/201811:40 »)', () => {
    expect(dates('Date:   09/02/201811:40')).toEqual(['2018-02-09']);
    expect(dates('Date 29/12/2017 11:41')).toEqual(['2017-12-29']);
    // Digits glued to a year with no time after them stay no date: a long number is not split.
    expect(dates('Ref 09/02/2018114')).toEqual([]);
  });

  it('prefers a day printed twice over a lone reading of another day', () => {
    const d = parse([
      'Kota Parking Sdn. Bhd. (771234-K)',
      'Tax Invoice No.: 0712/0601/00601',
      '11/05/19 18:20',
      '010100 Pay parking ticket = 3.00 RM',
      '14/05/19 17:05 - 14/05/19 18:20',
      'TOTAL 3.00',
    ]);
    expect(d.date).toBe('2019-05-14');
  });
});

describe('totals — Malaysian tax invoices', () => {
  it('reads « Net Amt » as the amount to pay', () => {
    const d = parse([
      'KEDAI MAKAN SERI',
      'Date 06/01/18',
      'Svr Tax   1.30',
      'GST (6%)   0.85',
      'Net Amt :   15.05',
      'GST Summary   Amount(RM)   Tax(RM)',
      'SR @ 6%   14.20   0.85',
    ]);
    expect(d.total).toBe(15.05);
    expect(d.confidence.total).toBeGreaterThan(0.6);
  });

  it('never takes the tax table’s total row for the total', () => {
    const d = parse([
      'MAJU HARDWARE SDN BHD',
      'Date: 12/03/2018',
      'SUB-TOTAL (GST)   24.15',
      'ROUNDING   0.00',
      'TOTAL   24.15',
      'CASH   30.00',
      'GST SUMHARY',
      'SR   22.78   1.37',
      'TAX TOTAL:   1.37',
    ]);
    expect(d.total).toBe(24.15);
    // Its rows stay tax rows even when OCR mangles the table's label.
    expect(parse(['MAJU HARDWARE SDN BHD', 'TOTAL   24.15', 'GST SUMMARY', 'TAS TOTAL:   1.37']).total).toBe(24.15);
  });

  it('takes the total printed after the tax and the rounding, not the amount before tax adjusted', () => {
    const d = parse([
      'SEDAP CORNER SDN BHD',
      'Date: 03/05/2018',
      'Total Sales Amount   41.00',
      'GST 6%   2.46',
      'Rounding Adjustment   -0.01',
      'TOTAL   43.45',
      'CASH   50.00',
      'Change Returned   6.55-',
    ]);
    expect(d.total).toBe(43.45);
  });

  it('takes the exact cash for a total misread above it, when no change was given', () => {
    const d = parse(['KEDAI RUNCIT AMAN', 'Date: 02/02/2018', 'SUB-TOTAL   31.25', 'TOTAL   317.004', 'CASH   33.00', 'CHANGE   --']);
    expect(d.total).toBe(33);
    // Change given: the cash is not the amount paid.
    expect(parse(['KEDAI RUNCIT AMAN', 'TOTAL   317.004', 'CASH   50.00', 'CHANGE   17.00']).total).toBe(33);
  });

  it('pays to the nearest 0.05 where a rounding line is printed: cash − change off that step checks nothing', () => {
    const d = parse([
      'TRI MURNI MART',
      'Date: 14/03/2017',
      'BATTERY AA   2 * 3.40   6.80',
      'Total   6.80',
      'Rounding Adjustment   0.03',
      'Total After Rounding   6.80',
      'Cash   10.03',
      'CHANGE   3.20',
    ]);
    expect(d.total).toBe(6.8);
  });

  it('ignores cash below the subtotal (misread) and a « total » that equals the tax', () => {
    const d = parse([
      'ORKID PHARMACY SDN BHD',
      'Date: 31/03/2017',
      'SUB-TOTAL (GST)   18.90',
      'DISC   0.00',
      'GST   1.07',
      'TOTAL   18.90',
      'CASH   0.90',
      'GST SUMMRY',
      'TAS TOTAL:   1.07',
    ]);
    expect(d.total).toBe(18.9);
  });

  it('takes, of a labelled total and cash − change, the one the printed tax is the share of', () => {
    const d = parse([
      'MAWAR VENTURE SDN BHD',
      'Date: 19/04/2018',
      // The amount before tax misread too.
      'Total (Excluding GST):   &.15',
      'GST payable (6%):   0.85',
      'Total (Inclusive of GST):   13.00',
      'CASH :   20.00',
      'CHANGE :   5.00',
    ]);
    expect(d.total).toBe(15);
    // The same receipt read right keeps its printed total.
    expect(
      parse(['MAWAR VENTURE SDN BHD', 'GST payable (6%):   0.85', 'Total (Inclusive of GST):   15.00', 'CASH :   20.00', 'CHANGE :   5.00'])
        .total,
    ).toBe(15);
  });
});

describe('totals — a total misread by one digit, mended by the rows that add up to it', () => {
  it('takes subtotal + service charge + tax + rounding when the total lost a digit (« 43.95 » for 343.95)', () => {
    const d = parse([
      'GOLDEN WOK RESTAURANT',
      'Date: 12/03/2026 19:40',
      'SUB TOTAL 295.00',
      'SERVICE CHARGE 10% 29.50',
      'GST 6% 19.47',
      'ROUNDING ADJ -0.02',
      'TOTAL 43.95',
    ]);
    expect(d.total).toBe(343.95);
  });

  it('takes the subtotal right above a total read with a digit more (« 385.20 ») or without its point (« 700 »)', () => {
    expect(parse(['SEGAR MART', 'SubTotal 85.20', 'Net Total 385.20', 'Thank you']).total).toBe(85.2);
    expect(parse(['KEDAI MAJU', 'Subtotal 7.00', 'Total incl of GST 700', 'Change Due 0.00']).total).toBe(7);
  });

  it('with the total label lost (« TOZAL »), takes the amount below that the subtotal and the rows under it add up to', () => {
    const d = parse([
      'SINAR LAMPU SDN BHD',
      'Date: 20/12/2025',
      'T5 JOINT 2PIN   2.83',
      'LED TRACK LIGHT 2 * 33.02   66.04',
      'Sub Total   RM 68.87',
      'Service Charge : RM 0.00',
      'GST/TAX 6% ; RM 4.13',
      'TOZAL, : RM 73.00',
      'CHANGE: RM 0.00',
    ]);
    expect(d.total).toBe(73);
  });

  it('leaves a total that differs from the sum by a digit read as another: the tax row may be the misread one', () => {
    expect(parse(['SEGAR MART', 'SUB TOTAL 20.00', 'GST 6% 1.30', 'TOTAL 21.20']).total).toBe(21.2);
    // Rows that add up already need nothing.
    expect(parse(['SEGAR MART', 'SUB TOTAL 20.00', 'GST 6% 1.20', 'TOTAL 21.20']).total).toBe(21.2);
  });
});

describe('merchant — labels and specks around the name', () => {
  it('takes no receipt-number label (« PREPAY CHIT NUMBER ») and no sentence to the customer for the shop', () => {
    expect(merchant(['Petrolia Kota Jaya 3', 'LOT PTD 2231', 'PREPAY CHIT NUMBER', '41872', 'THIS IS NOT A RECEIPT'])).toBe(
      'Petrolia Kota Jaya 3',
    );
  });

  it('logo specks read above the invoice title do not make the shop under it the customer', () => {
    const lines = ['Aeu O17', 'TAX INVOICE', "MARIO'S PIZZA", 'GST REF NO : 001122334455', 'No.3, Jalan Permas 9'];
    const d = parseReceipt([...lines, 'TOTAL 12.50'].join('\n'), {
      referenceDate: new Date('2026-06-01T00:00:00Z'),
      lineConfidences: [0.62, 0.75, 0.95, 0.8, 0.7, 0.9],
    });
    expect(d.merchant).toBe("MARIO'S PIZZA");
  });
});

describe('totals — payment rows labelled with a total word', () => {
  it('takes « Paid Amount » / « Total Tender » for cash handed over and « Amt Payable » for the total', () => {
    const d = parse([
      'PUTRA PRINT SDN BHD',
      'Date: 12/04/2018',
      'Photostat A4   2.00   4.24',
      'Total Amt Inc. GST 6% :   8.48',
      'Rounding Adjustment :   (0.02)',
      'Tctal Amt Payable :   8.50',
      'Paid Amount:   50.00',
      'Change :   41.50',
    ]);
    expect(d.total).toBe(8.5);
    // The payment row is no total candidate, whichever total label it carries.
    expect(parse(['KEDAI RUNCIT MAJU', 'TOTAL 8.50', 'Amount Tendered 20.00']).total).toBe(8.5);
    expect(parse(['KEDAI RUNCIT MAJU', 'Total Sales 8.50', 'Total Tender 20.00', 'Change 11.50']).total).toBe(8.5);
  });
});

describe('totals — the tax table read a second time', () => {
  // The total row's label lost to a crease (« iotel After Rounding »): the table's rows, amount before tax + tax, add
  // up to the amount paid.
  const lost = ['KEDAI BUKU MAJU SDN BHD', 'Date : 4/02/2017', 'PEN BLUE 2 * 2.20 4.40', 'FILE A4 3 * 14.50 43.50'];
  it('takes the sum of the tax table for a total whose label was lost, not the table’s tax', () => {
    const d = parse([
      ...lost,
      'iotel After Rounding 22G=7/ 4.10',
      'GST Rate   Amt excl GST(RM)   Tax(RM)',
      'S = 6%   45.19   2.71',
      'Z = 0%   0.00   0.00',
    ]);
    expect(d.total).toBe(47.9);
    // « Amt » misread: « excl » still names the amount column.
    expect(parse([...lost, 'GST Rate   Ant Excl GST(RM)   Tax (RM)', 'S = 6%   45.19   2.71']).total).toBe(47.9);
  });

  it('takes no sum from a table whose « tax » is not a tax share, nor from a heading with a total word', () => {
    // 40.00 as the tax of 45.19: another table's columns.
    expect(parse([...lost, 'GST Rate   Amt excl GST(RM)   Tax(RM)', 'S = 6%   45.19   40.00']).total).not.toBe(85.19);
    expect(parse([...lost, 'TOTAL Amount excl GST', '45.19', 'GST 6%   2.71', 'TOTAL   47.90']).total).toBe(47.9);
  });
});
