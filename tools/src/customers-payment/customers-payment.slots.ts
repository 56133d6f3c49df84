import { customerAndAmount, type ToolSlots } from '../slots';

export const customersPaymentSlots: ToolSlots = {
  // A question about what this write changes is answered by this read.
  readCounterpart: 'customers_credit',
  fill: (x) => {
    // « Karim doit 500, il a payé 200 »: the sum paid, not the largest (what he owed was proposed as paid).
    const args = customerAndAmount(x, () => x.paidAmount());
    // "à crédit" is no way of paying a debt back.
    const method = x.paymentMethod();
    if (method && method !== 'credit') args.method = method;
    return { args };
  },
};
