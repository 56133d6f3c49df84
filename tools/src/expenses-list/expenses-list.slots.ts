import type { ToolSlots } from '../slots';

export const expensesListSlots: ToolSlots = {
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const period = x.period();
    if (period) args.period = period;
    const category = x.expenseCategory();
    if (category) args.category = category;
    return { args };
  },
  followUp: (x) => {
    const out: Record<string, unknown> = {};
    const category = x.expenseCategory();
    if (category) out.category = category;
    const period = x.period();
    if (period) out.period = period;
    return out;
  },
};
