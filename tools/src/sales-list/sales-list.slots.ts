import type { ToolSlots } from '../slots';

export const salesListSlots: ToolSlots = {
  fill: (x) => {
    const args: Record<string, unknown> = {};
    // A day named wins over a period ("les ventes d'hier").
    const date = x.date();
    const period = x.period();
    if (date) args.date = date;
    else if (period) args.period = period;
    const customer = x.customer();
    if (customer) args.customer = customer;
    if (x.paymentMethod() === 'credit') args.paymentMethod = 'credit';
    return { args };
  },
};
