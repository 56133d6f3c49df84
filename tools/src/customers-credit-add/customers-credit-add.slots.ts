import type { ToolSlots } from '../slots';

export const customersCreditAddSlots: ToolSlots = {
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const customer = x.customer();
    if (customer) args.customer = customer;
    const amount = x.amount();
    if (amount !== undefined) args.amount = amount;
    return { args };
  },
};
