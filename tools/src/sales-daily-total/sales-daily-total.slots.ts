import type { ToolSlots } from '../slots';

export const salesDailyTotalSlots: ToolSlots = {
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const amount = x.amount();
    if (amount !== undefined) args.amount = amount;
    const date = x.date();
    if (date) args.date = date;
    return { args };
  },
};
