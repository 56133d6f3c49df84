/**
 * How the demo shop gets paid: mostly cash, some Edahabia / CIB / BaridiMob, and « le carnet » — a handful of
 * regulars who buy on credit and settle up every week or two. Two of them have stopped paying: their oldest unpaid
 * purchases are weeks old, which is what the old-credit alert is for.
 */
import type { PaymentMethod } from '@tajer/contract';
import type { CustomerSeed } from './customers';
import { addDays, algiersTime, type DateRange } from './calendar';
import { Rng } from './prng';
import type { SalesHistory } from './sales';

export type PaymentMethodSeed = PaymentMethod;

export interface CarnetCustomer {
  customerIndex: number;
  creditLimitCents: number;
  /** Stopped paying this many days before the end of the window (null: pays regularly). */
  stoppedPayingDaysAgo: number | null;
  note: string;
}

export interface PaymentSeed {
  customerIndex: number;
  at: Date;
  amountCents: number;
}

export interface CreditHistory {
  /** Payment method of every sale, by index in history.sales. */
  methods: PaymentMethodSeed[];
  carnet: CarnetCustomer[];
  payments: PaymentSeed[];
  /** What each carnet customer owes at the end of the window, by customer index. */
  balances: Map<number, number>;
}

/** Notes the shop keeps on its carnet customers; the demo's top-up reads the second to know who stopped paying. */
export const CARNET_NOTE = { pays: 'Carnet : règle chaque semaine', stopped: 'Carnet : ne règle plus depuis des semaines' } as const;

export const NON_CREDIT: [PaymentMethodSeed, number][] = [
  ['cash', 84],
  ['edahabia', 7],
  ['cib', 5],
  ['baridimob', 4],
];
/** Share of a carnet customer's purchases put on the notebook. */
export const CARNET_CREDIT_SHARE = 0.65;
const CARNET_SIZE = 8;

export function generateCredit(rng: Rng, window: DateRange, customers: CustomerSeed[], history: SalesHistory): CreditHistory {
  // The notebook is for regulars known to the shop for a while: the most loyal customers who joined before the window.
  const regulars = customers
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.createdAt < window.start)
    .sort((a, b) => b.c.loyalty - a.c.loyalty || a.i - b.i)
    .slice(0, CARNET_SIZE);
  const carnet: CarnetCustomer[] = regulars.map(({ i }, k) => {
    const stopped = k === 2 ? 52 : k === 5 ? 38 : null;
    return {
      customerIndex: i,
      creditLimitCents: [15_000, 10_000, 8_000, 20_000, 5_000, 12_000, 10_000, 6_000][k] * 100,
      stoppedPayingDaysAgo: stopped,
      note: stopped === null ? CARNET_NOTE.pays : CARNET_NOTE.stopped,
    };
  });
  const byCustomer = new Map(carnet.map((c) => [c.customerIndex, c]));

  const methods: PaymentMethodSeed[] = history.sales.map((s) =>
    s.customerIndex !== null && byCustomer.has(s.customerIndex) && rng.chance(CARNET_CREDIT_SHARE) ? 'credit' : rng.weighted(NON_CREDIT),
  );

  // Each carnet customer settles what they owe (rounded down to 100 DA) on a weekly visit, until they stop paying.
  const payments: PaymentSeed[] = [];
  const balances = new Map<number, number>();
  for (const c of carnet) {
    const stopAt = c.stoppedPayingDaysAgo === null ? window.end : addDays(window.end, -c.stoppedPayingDaysAgo);
    const credits = history.sales
      .map((s, i) => ({ s, i }))
      .filter(({ s, i }) => s.customerIndex === c.customerIndex && methods[i] === 'credit');
    let owed = 0;
    let next = 0;
    const payDay = 4 + (c.customerIndex % 3); // Thursday, Friday or Saturday
    for (let day = window.start; day < window.end; day = addDays(day, 1)) {
      const end = addDays(day, 1);
      while (next < credits.length && credits[next].s.soldAt < end) owed += credits[next++].s.totalCents;
      if (day.getUTCDay() !== payDay || day >= stopAt || owed < 100_00) continue;
      if (!rng.chance(0.75)) continue; // not every week
      const amount = Math.floor(owed / 100_00) * 100_00;
      payments.push({ customerIndex: c.customerIndex, at: algiersTime(day, 18, rng.int(0, 59)), amountCents: amount });
      owed -= amount;
    }
    while (next < credits.length) owed += credits[next++].s.totalCents;
    balances.set(c.customerIndex, owed);
  }
  payments.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { methods, carnet, payments, balances };
}
