import { headerKey, mapColumns } from './columns';
import { parseDateTime, parseDecimal, parseInteger, parseMoney } from './values';

const value = (cell: Parameters<typeof parseDecimal>[0]) => {
  const r = parseDecimal(cell);
  return r.ok ? r.value : `error: ${r.message}`;
};

describe('parseDecimal: numbers as typed in Algerian shops', () => {
  it.each([
    ['1250', 1250],
    ['1 250,50', 1250.5],
    ['1\u00a0250,50', 1250.5],
    ['1\u202f250,50', 1250.5],
    ['1.250,50', 1250.5],
    ['1,250.50', 1250.5],
    ['1250.5', 1250.5],
    ['1250,5', 1250.5],
    ['1.250', 1250],
    ['12,500', 12500],
    ['0,750', 0.75],
    ['1 250.500', 1250.5],
    ['1.234.567', 1234567],
    ["1'250.50", 1250.5],
    ['1 250 DA', 1250],
    ['DZD 300', 300],
    ['300 دج', 300],
    ['300 د.ج', 300],
    ['١٢٥٠', 1250],
    ['١٢٥٠٫٥', 1250.5],
    ['-15', -15],
    ['(15)', -15],
    [42.5, 42.5],
  ])('%s → %s', (input, expected) => expect(value(input)).toBe(expected));

  it.each(['abc', '12.3.4', '1,2,3', '1.250,50,3', '', '12a'])('refuses %j', (input) => expect(String(value(input))).toMatch(/^error/));
});

describe('parseMoney / parseInteger', () => {
  it('keeps two decimals at most and refuses negatives', () => {
    expect(parseMoney('12,345')).toEqual({ ok: true, value: 12345 });
    expect(parseMoney('12,3456')).toEqual({ ok: false, message: 'at most 2 decimals', code: 'decimals' });
    expect(parseMoney('-1')).toEqual({ ok: false, message: 'must not be negative', code: 'negative', params: { min: 0 } });
  });
  it('reads whole numbers written with a decimal mark', () => {
    expect(parseInteger('12,0')).toEqual({ ok: true, value: 12 });
    expect(parseInteger('1 200')).toEqual({ ok: true, value: 1200 });
    expect(parseInteger('2,5').ok).toBe(false);
  });
});

describe('parseDateTime: day first, in Algiers time', () => {
  const iso = (cell: Parameters<typeof parseDateTime>[0]) => {
    const r = parseDateTime(cell);
    return r.ok ? [r.value.at.toISOString(), r.value.hasTime] : r.message;
  };
  it('reads the usual spellings', () => {
    expect(iso('18/11/2026')).toEqual(['2026-11-17T23:00:00.000Z', false]);
    expect(iso('18-11-2026 14:35')).toEqual(['2026-11-18T13:35:00.000Z', true]);
    expect(iso('18.11.26 9h05')).toEqual(['2026-11-18T08:05:00.000Z', true]);
    expect(iso('2026-11-18')).toEqual(['2026-11-17T23:00:00.000Z', false]);
    expect(iso('2026-11-18T14:35:00Z')).toEqual(['2026-11-18T14:35:00.000Z', true]);
    expect(iso(new Date(Date.UTC(2026, 10, 18, 14, 35)))).toEqual(['2026-11-18T13:35:00.000Z', true]);
    expect(iso(46344.5)).toEqual(['2026-11-18T11:00:00.000Z', true]);
  });
  it('refuses impossible dates', () => {
    expect(iso('31/02/2026')).toContain('not a valid date');
    expect(iso('hier')).toContain('not a date');
  });
});

describe('column headers', () => {
  it('reduces headers to their meaningful words', () => {
    expect(headerKey('Prix de vente (DA)')).toBe('prix vente');
    expect(headerKey("Prix d'achat TTC")).toBe('prix achat');
    expect(headerKey('السعر بالدينار')).toBe('سعر');
  });
  it('maps the first matching column and reports the duplicate', () => {
    const m = mapColumns(
      ['Prix', 'Nom', 'Prix public'],
      [
        { field: 'price', aliases: ['prix', 'prix public'], label: { fr: '', ar: '', en: '' } },
        { field: 'name', aliases: ['nom'], label: { fr: '', ar: '', en: '' } },
      ],
    );
    expect(m.indexOf).toEqual({ price: 0, name: 1 });
    expect(m.columns[2]).toMatchObject({ field: null, note: 'same field as column "Prix"' });
  });
});
