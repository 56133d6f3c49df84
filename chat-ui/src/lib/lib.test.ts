import { describe, expect, it } from 'vitest';
import { formatMoney } from '@tajer/contract';
import { matchPath } from './router';
import { textDirection } from './text-direction';

describe('textDirection', () => {
  it('follows the majority script', () => {
    expect(textDirection('شحال بقالي من السميد؟')).toBe('rtl');
    expect(textDirection('Semoule 10kg ما بقاش منها')).toBe('rtl');
    expect(textDirection('Il me reste combien de semoule ?')).toBe('ltr');
    expect(textDirection('1 520,00')).toBe('ltr');
  });
});

describe('formatMoney', () => {
  it('formats DZD amounts with each locale’s separators', () => {
    // Centimes are kept for a recorded amount (exact), never for a total (see @tajer/contract's format.ts).
    expect(formatMoney(242.69, 'fr', { exact: true })).toMatch(/^242,69/);
    expect(formatMoney(242.69, 'en', { exact: true })).toMatch(/242\.69/);
    expect(formatMoney(1520.5, 'fr').replace(/\s/g, ' ')).toMatch(/^1 521 /);
    // Algerian Arabic keeps Western digits.
    expect(formatMoney(1520, 'ar')).toMatch(/1[.,\u202f\u00a0 ]?520/);
    expect(new Set([formatMoney(1, 'fr'), formatMoney(1, 'ar'), formatMoney(1, 'en')]).size).toBe(3);
  });
});

describe('matchPath', () => {
  it('extracts params', () => {
    expect(matchPath('/c/:id', '/c/abc')).toEqual({ id: 'abc' });
    expect(matchPath('/c/:id', '/c')).toBeNull();
    expect(matchPath('/support', '/support/')).toEqual({});
  });
});
