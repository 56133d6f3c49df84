import { splitAtLocalDays } from './local-time';

describe('splitAtLocalDays (Algeria, UTC+1)', () => {
  it('cuts a period at local midnights: whole days, then the pieces before and after them', () => {
    // Local 2026-11-01 00:00 (a period start) to local 2026-11-18 11:00 (now).
    const start = new Date('2026-10-31T23:00:00Z');
    const end = new Date('2026-11-18T10:00:00Z');
    expect(splitAtLocalDays(start, end)).toEqual({
      days: { from: '2026-11-01', to: '2026-11-18' },
      pieces: [
        [start, start],
        [new Date('2026-11-17T23:00:00Z'), end],
      ],
    });
  });

  it('keeps a start that is not a midnight out of the whole days', () => {
    // Local 2026-10-18 11:00 to local 2026-10-20 00:00.
    const start = new Date('2026-10-18T10:00:00Z');
    const end = new Date('2026-10-19T23:00:00Z');
    expect(splitAtLocalDays(start, end)).toEqual({
      days: { from: '2026-10-19', to: '2026-10-20' },
      pieces: [
        [start, new Date('2026-10-18T23:00:00Z')],
        [end, end],
      ],
    });
  });

  it('has no whole day inside one local day: the period is a single piece', () => {
    // 23:30 UTC is already the next local day: 00:30 to 10:00 on the 18th, local.
    const start = new Date('2026-11-17T23:30:00Z');
    const end = new Date('2026-11-18T09:00:00Z');
    expect(splitAtLocalDays(start, end)).toEqual({ days: { from: '2026-11-18', to: '2026-11-18' }, pieces: [[start, end]] });
  });
});
