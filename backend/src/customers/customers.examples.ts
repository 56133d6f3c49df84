export const CUSTOMER_EXAMPLE = {
  id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
  name: 'Ahmed Benali',
  phone: '0555 12 34 56',
  email: null,
  wilaya: 'Alger',
  ageBand: '35-44',
  channel: 'passage',
  note: 'paie le jeudi',
  balance: 4500,
  openingBalance: 1200,
  creditLimit: 10000,
  overLimit: false,
  currency: 'DZD',
  createdAt: '2026-03-02T09:00:00.000Z',
};

export const CREDIT_EXAMPLE = {
  currency: 'DZD',
  asOf: '2026-11-18T10:00:00.000Z',
  totalOwed: 12650,
  count: 2,
  customers: [
    {
      customer: { id: CUSTOMER_EXAMPLE.id, name: 'Ahmed Benali', phone: '0555 12 34 56' },
      balance: 4500,
      creditLimit: 10000,
      overLimit: false,
      oldestUnpaidAt: '2026-10-02T17:20:00.000Z',
      daysOutstanding: 46,
      lastPaymentAt: '2026-11-06T18:00:00.000Z',
      lastCreditAt: '2026-11-16T18:31:00.000Z',
    },
  ],
  summary: { fr: '2 clients vous doivent 12 650 DA au total (…).', ar: '…', en: '2 customers owe you 12,650 DZD in total (…).' },
};

export const PAYMENT_EXAMPLE = {
  payment: { id: 'c0ffee00-1234-4abc-8def-0123456789ab', amount: 2000, paidAt: '2026-11-18T09:30:00.000Z', method: 'cash', note: null },
  customer: { id: CUSTOMER_EXAMPLE.id, name: 'Ahmed Benali' },
  balanceBefore: 4500,
  balanceAfter: 2500,
  currency: 'DZD',
  replayed: false,
  summary: {
    fr: 'Ahmed Benali a payé 2 000 DA : il doit maintenant 2 500 DA.',
    ar: '…',
    en: 'Ahmed Benali paid 2,000 DZD: now owes 2,500 DZD.',
  },
};
