import type { ToolSlots } from '../slots';

export const customersCreditAddSlots: ToolSlots = {
  // A question about what this write changes is answered by this read.
  readCounterpart: 'customers_credit',
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const customer = x.customer();
    if (customer) args.customer = customer;
    const amount = x.amount();
    if (amount !== undefined) args.amount = amount;
    return { args };
  },
};
