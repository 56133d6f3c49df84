import { describe, expect, it } from 'vitest';
import { ACCESS, ROLES, can } from '@tajer/contract';
import { homeOf, mayOpen, NAV_ITEMS, navFor } from './nav';

describe('navigation follows the role rules of @tajer/contract', () => {
  it('lists for each role exactly the pages its ACCESS rule allows', () => {
    for (const role of ROLES) {
      expect(navFor(role).map((i) => i.to)).toEqual(
        NAV_ITEMS.filter((i) => (ACCESS[i.access] as readonly string[]).includes(role)).map((i) => i.to),
      );
    }
    expect(navFor('STAFF').map((i) => i.to)).not.toContain('/expenses');
    expect(navFor('STAFF').map((i) => i.to)).not.toContain('/activity');
    expect(navFor('OWNER').map((i) => i.to)).toContain('/activity');
    expect(navFor('OWNER').map((i) => i.to)).not.toContain('/support');
    expect(navFor('SUPPORT').map((i) => i.to)).toEqual(['/support']);
  });

  it('guards sub-pages and sends each role home', () => {
    expect(mayOpen('STAFF', '/expenses')).toBe(false);
    expect(mayOpen('OWNER', '/activity/123')).toBe(true);
    expect(mayOpen('OWNER', '/support/123')).toBe(false);
    expect(mayOpen('SUPPORT', '/c/abc')).toBe(false);
    expect(homeOf('SUPPORT')).toBe('/support');
    expect(homeOf('STAFF')).toBe('/');
    for (const item of NAV_ITEMS) expect(can('ADMIN', item.access) || can('OWNER', item.access) || can('STAFF', item.access)).toBe(true);
  });
});
