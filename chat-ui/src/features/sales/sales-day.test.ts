import { describe, expect, it } from 'vitest';
import { pickedDay, salesDayQuery } from './sales-day';

describe('the Sales page day', () => {
  it('asks the server for today and yesterday by name, on its clock', () => {
    expect(salesDayQuery('today')).toEqual({ period: 'today' });
    expect(salesDayQuery('yesterday')).toEqual({ period: 'yesterday' });
  });

  it('asks for any other day as from = to = that day', () => {
    expect(salesDayQuery('2026-11-12')).toEqual({ from: '2026-11-12', to: '2026-11-12' });
  });

  it('goes back to today when the date input is cleared or gives something else', () => {
    expect(pickedDay('2026-11-12')).toBe('2026-11-12');
    expect(pickedDay('')).toBe('today');
    expect(pickedDay('12/11/2026')).toBe('today');
  });
});
