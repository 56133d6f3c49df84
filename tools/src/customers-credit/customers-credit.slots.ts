import type { ToolSlots } from '../slots';

export const customersCreditSlots: ToolSlots = {
  fill: (x) => {
    const customer = x.customer();
    return { args: customer ? { customer } : {} };
  },
};
