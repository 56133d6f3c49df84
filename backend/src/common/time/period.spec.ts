import { percentChange, resolvePeriod } from './period';

describe('resolvePeriod (Algeria, UTC+1)', () => {
  const now = new Date('2026-03-14T10:30:00Z'); // Saturday 11:30 in Algiers

  it('starts "today" at local midnight and compares with yesterday up to the same time', () => {
    const r = resolvePeriod('today', now);
    expect(r.start.toISOString()).toBe('2026-03-13T23:00:00.000Z');
    expect(r.previousStart.toISOString()).toBe('2026-03-12T23:00:00.000Z');
    expect(r.previousEnd.toISOString()).toBe('2026-03-13T10:30:00.000Z');
  });

  it('starts the week on Sunday', () => {
    expect(resolvePeriod('week', now).start.toISOString()).toBe('2026-03-07T23:00:00.000Z');
  });

  it('compares month-to-date with the same days of the previous month, never overlapping', () => {
    const r = resolvePeriod('month', now);
    expect(r.start.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(r.previousStart.toISOString()).toBe('2026-01-31T23:00:00.000Z');
    expect(r.previousEnd.toISOString()).toBe('2026-02-14T10:30:00.000Z');
    const endOfMonth = resolvePeriod('month', new Date('2026-03-31T20:00:00Z'));
    expect(endOfMonth.previousEnd.getTime()).toBeLessThanOrEqual(endOfMonth.start.getTime());
  });

  it('handles quarter and year boundaries', () => {
    expect(resolvePeriod('quarter', now).start.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(resolvePeriod('year', new Date('2026-01-01T00:30:00Z')).start.toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });

  it('takes a whole past period (« le mois dernier ») and compares it with the whole one before', () => {
    const lastMonth = resolvePeriod('last_month', now);
    expect([lastMonth.start, lastMonth.end, lastMonth.previousStart, lastMonth.previousEnd].map((d) => d.toISOString())).toEqual([
      '2026-01-31T23:00:00.000Z',
      '2026-02-28T23:00:00.000Z',
      '2025-12-31T23:00:00.000Z',
      '2026-01-31T23:00:00.000Z',
    ]);
    const yesterday = resolvePeriod('yesterday', now);
    expect([yesterday.start, yesterday.end, yesterday.previousStart].map((d) => d.toISOString())).toEqual([
      '2026-03-12T23:00:00.000Z',
      '2026-03-13T23:00:00.000Z',
      '2026-03-11T23:00:00.000Z',
    ]);
    // Saturday 14 March: last week is Sunday 1 → Saturday 7 March.
    expect(resolvePeriod('last_week', now).start.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(resolvePeriod('last_week', now).end.toISOString()).toBe('2026-03-07T23:00:00.000Z');
    // Just after local midnight on 1 January, « last year » is the whole year that just ended.
    const newYear = resolvePeriod('last_year', new Date('2025-12-31T23:30:00Z'));
    expect([newYear.start, newYear.end].map((d) => d.toISOString())).toEqual(['2024-12-31T23:00:00.000Z', '2025-12-31T23:00:00.000Z']);
  });

  it('computes percent changes', () => {
    expect(percentChange(110, 100)).toBe(10);
    expect(percentChange(50, 0)).toBeNull();
    expect(percentChange(0, 0)).toBe(0);
  });
});
