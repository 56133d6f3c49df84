import type { ToolSlots } from '../slots';

export const salesDailyTotalSlots: ToolSlots = {
  // A question about what this write changes is answered by this read.
  readCounterpart: 'sales_list',
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const amount = x.amount();
    if (amount !== undefined) args.amount = amount;
    const date = x.date();
    if (date) args.date = date;
    return { args };
  },
};
