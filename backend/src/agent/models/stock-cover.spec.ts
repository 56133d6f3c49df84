import { toPlain } from '@tajer/contract';
import { coverAnswer } from './stock-cover';

/** « How many days will my coffee last? » answered from the stock read and the two sales reads (last month, this month). */
describe('coverAnswer', () => {
  // 6 December 2026, 11:00 in Algiers: the window runs from 1 November 00:00 (local), 35.4 days.
  const now = new Date('2026-12-06T10:00:00Z');
  const coffee = { id: 'p-cafe', names: { fr: 'Café moulu 250g', ar: 'قهوة مطحونة 250 غ', en: 'Ground coffee 250g' }, unit: 'paquet' };
  const stock = (n: number) => ({ status: 'succeeded', data: { items: [{ ...coffee, stock: n }] } });
  const sold = (period: string, quantity: number) => ({
    status: 'succeeded',
    data: { focus: 'best_sellers', period, product: coffee, byRevenue: quantity ? [{ quantity }] : [] },
  });

  it('divides the stock by the units sold a day since the start of last month, and says the window', () => {
    // 53 + 18 = 71 sold over 35.4 days: 2.0 a day; 24 in stock: 11.97 days → « about 11 days ».
    const en = toPlain(coverAnswer([stock(24), sold('last_month', 53), sold('month', 18)], 'en', now)!);
    expect(en).toMatch(/^\*\*Ground coffee 250g\*\*: about \*\*11 days\*\* of stock/);
    expect(en).toMatch(/24 .* in stock, 71 .* sold since 1 November \(35 days\), 2 a day on average/);
    expect(toPlain(coverAnswer([stock(24), sold('last_month', 53), sold('month', 18)], 'fr', now)!)).toMatch(
      /environ \*\*11 jours\*\* .*depuis le 1 novembre \(35 jours\)/,
    );
    expect(toPlain(coverAnswer([stock(24), sold('last_month', 53), sold('month', 18)], 'ar', now)!)).toMatch(/حوالي \*\*11 يومًا\*\*/);
  });

  it('cannot tell when nothing sold in the window, and says so rather than a number', () => {
    const en = toPlain(coverAnswer([stock(24), sold('last_month', 0), sold('month', 0)], 'en', now)!);
    expect(en).toMatch(/No sale of \*\*Ground coffee 250g\*\* since 1 November \(35 days\): I cannot tell/);
    expect(en).not.toMatch(/about/);
  });

  it('says less than a day, or out of stock, rather than 0 days', () => {
    expect(coverAnswer([stock(1), sold('last_month', 300), sold('month', 60)], 'en', now)).toMatch(/less than a day/);
    expect(coverAnswer([stock(0), sold('last_month', 30), sold('month', 6)], 'en', now)).toMatch(/out of stock/);
  });

  it('leaves the answer to the tools when a read failed, asked which product, or is missing', () => {
    expect(coverAnswer([{ status: 'failed' }, sold('last_month', 5), sold('month', 1)], 'en', now)).toBeUndefined();
    expect(coverAnswer([stock(24), sold('last_month', 5)], 'en', now)).toBeUndefined();
    const other = { status: 'succeeded', data: { items: [{ id: 'p-other', stock: 3 }] } };
    expect(coverAnswer([other, sold('last_month', 5), sold('month', 1)], 'en', now)).toBeUndefined();
  });
});
