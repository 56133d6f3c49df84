import { formatMoney } from '@tajer/contract';
import { busyTimes, type BusyCell } from './busy-times.builder';

const cell = (weekday: number, hour: number, tickets: number, revenue: number): BusyCell => ({ weekday, hour, tickets, revenue });

describe('busyTimes', () => {
  it('ranks the weekdays by their average day and finds the busiest and quietest two hours', () => {
    const cells = [
      cell(4, 18, 40, 16_000), // Thursday evening: the best day
      cell(4, 9, 10, 4_000),
      cell(5, 10, 5, 800), // Friday: the quietest day
      cell(1, 9, 10, 4_000),
      cell(1, 13, 2, 400),
      cell(1, 14, 1, 200),
      cell(1, 19, 30, 8_000),
    ];
    const found = busyTimes(cells, 8);
    expect(found.map((f) => f.type)).toEqual(['best_day', 'quiet_day', 'peak_hours', 'quiet_hours', 'weekdays']);
    expect(found[0].evidence).toMatchObject({ weekday: 4, average: 2_500, tickets: 50 });
    expect(found[0].title).toEqual({
      fr: `Meilleur jour : le jeudi — ${formatMoney(2_500, 'fr')} et 6 ventes en moyenne`,
      ar: expect.stringContaining('الخميس'),
      en: `Best day: Thursday — ${formatMoney(2_500, 'en')} and 6 sales on average`,
    });
    expect(found[1].evidence).toMatchObject({ weekday: 5, average: 100 });
    // 98 tickets: 18 h–20 h holds 70, 14 h–16 h only 1 (an hour without a sale between two that sold counts as open).
    expect(found[2].evidence).toMatchObject({ from: 18, to: 20, tickets: 70 });
    expect(found[3].evidence).toMatchObject({ from: 14, to: 16, tickets: 1 });
    const avg = [1_575, 0, 0, 2_500, 100, 0, 0].map((n) => formatMoney(n, 'fr'));
    expect(found[4].title.fr).toBe(
      `Moyenne par jour : lun. ${avg[0]}, mar. ${avg[1]}, mer. ${avg[2]}, jeu. ${avg[3]}, ven. ${avg[4]}, sam. ${avg[5]} et dim. ${avg[6]}`,
    );
  });

  it('says nothing without sales, and nothing of hours below fifty tickets', () => {
    expect(busyTimes([], 8)).toEqual([]);
    const few = busyTimes([cell(2, 10, 3, 900), cell(3, 11, 2, 500)], 8);
    expect(few.map((f) => f.type)).toEqual(['best_day', 'quiet_day', 'weekdays']);
  });
});
