import { csvCell, toCsv } from './csv';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvCell('simple')).toBe('simple');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('il a dit "non"')).toBe('"il a dit ""non"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(5)).toBe('5');
    expect(csvCell(new Date('2026-03-14T10:00:00Z'))).toBe('2026-03-14T10:00:00.000Z');
  });

  it('neutralises formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+213 555')).toBe("'+213 555");
  });

  it('starts with a UTF-8 BOM, keeps Arabic intact and ends lines with CRLF', () => {
    const csv = toCsv(['id', 'message'], [['1', 'خطأ في الحساب، عاجل']]);
    expect(csv.startsWith('\uFEFFid,message\r\n')).toBe(true);
    // The Arabic comma is not a separator: no quoting needed.
    expect(csv.split('\r\n')[1]).toBe('1,خطأ في الحساب، عاجل');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
