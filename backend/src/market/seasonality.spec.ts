import { localMonthStart } from '../common/time/local-time';
import { monthLabel, seasonality } from './seasonality';

describe('seasonality', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const from = localMonthStart(now, -12);
  const to = localMonthStart(now, 0);
  const months = [
    '2025-11',
    '2025-12',
    '2026-01',
    '2026-02',
    '2026-03',
    '2026-04',
    '2026-05',
    '2026-06',
    '2026-07',
    '2026-08',
    '2026-09',
    '2026-10',
  ];

  it('indexes each month by revenue per day, so short and partial months are not slumps', () => {
    // 1 000 DA a day every day, except March at 2 000; history starts on 2025-11-22 (Algiers).
    const days: Record<string, number> = { '2025-11': 9, '2026-02': 28, '2026-03': 31 };
    const rows = months.map((month) => ({
      category: 'x',
      month,
      revenue: (month === '2026-03' ? 2000 : 1000) * (days[month] ?? (['2026-04', '2026-06', '2026-09'].includes(month) ? 30 : 31)),
      quantity: 1,
    }));
    const s = seasonality(rows, from, to, new Date('2025-11-21T23:00:00Z'));
    expect(s.months.map((m) => m.month)).toEqual(months);
    const nov = s.months[0];
    expect(nov).toMatchObject({ daysCovered: 9, partial: true, dailyAverage: 1000 });
    expect(s.months[3]).toMatchObject({ month: '2026-02', partial: false, dailyAverage: 1000 });
    expect(s.peak?.month).toBe('2026-03');
    // mean daily = (11 × 1000 + 2000) / 12
    expect(s.peak?.index).toBeCloseTo((2000 / (13000 / 12)) * 100, 1);
    expect(s.trough?.index).toBeCloseTo((1000 / (13000 / 12)) * 100, 1);
  });

  it('gives no index to months before the history starts', () => {
    const s = seasonality([{ category: 'x', month: '2026-10', revenue: 3100, quantity: 1 }], from, to, new Date('2026-10-01T00:00:00Z'));
    expect(s.months.filter((m) => m.index !== null).map((m) => m.month)).toEqual(['2026-10']);
    expect(s.peak?.index).toBe(100);
  });

  it('names months in French, Algerian Arabic and English', () => {
    expect(monthLabel('2026-07')).toEqual({ fr: 'juillet 2026', ar: 'جويلية 2026', en: 'July 2026' });
  });
});
