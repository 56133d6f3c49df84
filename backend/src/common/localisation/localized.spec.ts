import { formatMoney, formatNumber, formatPercent, toPlain, unitName } from '@tajer/contract';
import { localDayRange, localMonthStart } from '../time/local-time';

// The dashboard's summaries use the contract's formatter (one format for the chat, the tiles and the PDF). What a
// reader sees is compared: no-break spaces as spaces, Arabic bidi isolates removed.
describe('number formats', () => {
  it('groups thousands the way each language writes them', () => {
    expect(toPlain(formatNumber(1234567.5, 'fr', 1))).toBe('1 234 567,5');
    expect(formatNumber(1234567.5, 'en', 1)).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, 'ar', 1)).toBe('1.234.567,5');
    expect(toPlain(formatNumber(-1000, 'fr'))).toBe('-1 000');
    expect(formatNumber(12.0, 'fr', 1)).toBe('12');
  });

  it('writes money in whole dinars with the local currency sign', () => {
    expect(toPlain(formatMoney(1132880.4, 'fr'))).toBe('1 132 880 DA');
    expect(toPlain(formatMoney(1132880.4, 'ar'))).toBe('1.132.880 دج');
    expect(toPlain(formatMoney(1132880.4, 'en'))).toBe('DZD 1,132,880');
  });

  it('writes percentages with a sign when asked, one decimal under 10', () => {
    expect(toPlain(formatPercent(13.24, 'fr', { signed: true }))).toBe('+13 %');
    expect(formatPercent(-0.6, 'en', { signed: true })).toBe('-0.6%');
    expect(toPlain(formatPercent(8.5, 'fr'))).toBe('8,5 %');
  });

  it('pluralises units in the three languages', () => {
    expect(unitName('paquet', 3, 'fr')).toBe('paquets');
    expect(unitName('paquet', 1, 'en')).toBe('pack');
    expect(unitName('kg', 12, 'fr')).toBe('kg');
    expect(unitName('paquet', 3, 'ar')).toBe('عبوات');
  });
});

describe('local (Algiers) days', () => {
  it('turns a period to date into whole local days, today included', () => {
    const r = localDayRange(new Date('2026-02-28T23:00:00Z'), new Date('2026-03-14T10:30:00Z'));
    expect(r).toEqual({ from: '2026-03-01', to: '2026-03-15' });
  });

  it('does not include a day when the range ends exactly at local midnight', () => {
    expect(localDayRange(new Date('2026-01-31T23:00:00Z'), new Date('2026-02-28T23:00:00Z')).to).toBe('2026-03-01');
  });

  it('finds local month starts, across a year boundary', () => {
    expect(localMonthStart(new Date('2026-01-10T12:00:00Z'), -1).toISOString()).toBe('2025-11-30T23:00:00.000Z');
    // 23:30 UTC on Jan 31 is already February 1st in Algiers.
    expect(localMonthStart(new Date('2026-01-31T23:30:00Z')).toISOString()).toBe('2026-01-31T23:00:00.000Z');
  });
});
