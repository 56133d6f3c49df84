import { postPrice, discountedPrice, parseDiscountPercent } from './money-format';
import { isGsm7, smsLength, stripEmoji, toGsm7, truncateSms } from './sms-encoding';

describe('SMS encoding', () => {
  it('knows which French letters GSM-7 lacks and transliterates them', () => {
    expect(isGsm7('Café à 120 DA, été')).toBe(true);
    expect(isGsm7('Fête')).toBe(false);
    expect(toGsm7('Fête du thé, ça démarre ! 🎉')).toBe('Fete du thé, ca démarre !');
  });

  it('counts extended characters twice and Arabic as UCS-2', () => {
    expect(smsLength('100€')).toBe(5);
    expect(isGsm7('رمضان')).toBe(false);
    expect(smsLength('رمضان كريم')).toBe(10);
  });

  it('cuts at a word boundary', () => {
    const long = 'Promo '.repeat(40).trim();
    const cut = truncateSms(long);
    expect(smsLength(cut)).toBeLessThanOrEqual(160);
    expect(cut.endsWith('Promo...')).toBe(true);
  });

  it('strips emoji but keeps French spacing', () => {
    expect(stripEmoji('🌙 Ramadan Karim ! ✨ Semoule : 1 520 DA')).toBe('Ramadan Karim ! Semoule : 1 520 DA');
  });
});

describe('money', () => {
  it('formats DZD per language', () => {
    expect(postPrice(1520, 'fr')).toBe('1 520 DA');
    expect(postPrice(1520, 'ar')).toBe('1.520 دج');
    expect(postPrice(1520, 'en')).toBe('DZD 1,520');
    expect(postPrice(45.5, 'fr')).toBe('45,50 DA');
    expect(postPrice(1234567.25, 'en')).toBe('DZD 1,234,567.25');
  });

  it('reads discounts and never rounds them smaller than promised', () => {
    expect(parseDiscountPercent('promo -15 % huile')).toBe(15);
    expect(parseDiscountPercent('تخفيض ٪٢٠')).toBe(20);
    expect(parseDiscountPercent('pack 5L')).toBeNull();
    expect(discountedPrice(1520, 15)).toBe(1290);
    expect(discountedPrice(95, 10)).toBe(85);
  });
});
