import { Nlu, type UnderstandResult } from '../../src/agent/local/nlu';
import { TEST_CATALOG } from './fixtures/catalog';

/**
 * Two figures in one message, one of them not the write's (nineteenth session, left open by the eighteenth's review):
 * what a customer owed beside what he paid (« Karim doit 500, il a payé 200 » proposed a payment of 500), a stock count
 * denied beside the right one (« الستوك ماشي 12، راهو 10 » proposed +12), and « ma khalsatch » (she did not pay) right
 * after the goods she took, with no « w » (« Nadia ddat 3 hlib ma khalsatch » was a sale paid cash).
 */
let nlu: Nlu;
beforeAll(async () => {
  nlu = await Nlu.create();
});

const ask = (text: string): UnderstandResult => nlu.understand({ text, catalog: TEST_CATALOG });

describe('a payment is the sum paid, not the largest said', () => {
  it.each([
    ['Karim doit 500, il a payé 200', 'Karim', 200],
    ['كريم عليه 500 وخلص 200', 'كريم', 200],
    ['Karim a payé 200 DA, il doit encore 500 DA', 'Karim', 200],
    ['Karim owes 700, paid 300 today', 'Karim', 300],
    ["Karim m'a payé 2000 sur les 5000 qu'il me doit", 'Karim', 2000],
    ['Karim paid me back 250 of the 1000', 'Karim', 250],
    ['كريم عطاني 3000 من 5000', 'كريم', 3000],
  ])('« %s » is %s paying %d', (text, customer, amount) => {
    expect(ask(text)).toMatchObject({ intent: 'customers_payment', args: { customer, amount } });
  });
  it('one sum with a date is still that sum', () => {
    expect(ask("le 3 décembre Karim m'a payé 500")).toMatchObject({ intent: 'customers_payment', args: { amount: 500 } });
  });
  it('« a payé 2 fois 500 » (twice 500) asks how much, never 2 or 500', () => {
    const r = ask('Karim a payé 2 fois 500');
    expect(r.intent).toBe('customers_payment');
    expect(r.args.amount).toBeUndefined();
    expect(r.missing).toContain('amount');
  });
});

describe('a stock count denied beside the right one', () => {
  it.each([
    ['الستوك تاع الزيت ماشي 12، راهو 10', 'زيت'],
    ['الستوك تاع الزيت ماشي 12 راهو 10', 'زيت'],
    ['stock ta3 zit machi 12, rah 10', 'huile'],
    ['stock zit machi 12 rah 10', 'huile'],
  ])('« %s » counts 10 of %s, never +12', (text, product) => {
    expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', stockCount: true, args: { product, quantity: 10 } });
  });
  it('« الستوك ماشي 12، راهو 10 » with no product asks it, with 10', () => {
    expect(ask('الستوك ماشي 12، راهو 10')).toMatchObject({ intent: 'inventory_adjust', args: { quantity: 10 }, missing: ['product'] });
  });
  it.each(['stock ta3 zit rah 12 machi 0', 'عندي 12 زيت في الستوك ماشي 0'])('« %s » still counts 12', (text) => {
    expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', stockCount: true, args: { quantity: 12 } });
  });
});

describe('« ma khalsatch » right after the goods taken: on credit', () => {
  it.each([
    ['Nadia ddat 3 hlib ma khalsatch', 'Nadia'],
    ['نادية دات 3 حليب ما خلصتش', 'نادية'],
  ])('« %s » is a credit sale to %s', (text, customer) => {
    expect(ask(text)).toMatchObject({ intent: 'sales_record', args: { paymentMethod: 'credit', customer } });
  });
  it('« lhlib ma khalsatch » (the milk has not run out) is no sale', () => {
    expect(ask('lhlib ma khalsatch').intent).not.toBe('sales_record');
  });
  it('« Nadia ddat 3 hlib w khalsat » (and she paid) is no credit', () => {
    expect(ask('Nadia ddat 3 hlib w khalsat').args.paymentMethod).toBeUndefined();
  });
});
