import { customerAndAmount, type ToolSlots } from '../slots';

export const customersCreditAddSlots: ToolSlots = {
  // A question about what this write changes is answered by this read.
  readCounterpart: 'customers_credit',
  fill: (x) => ({ args: customerAndAmount(x) }),
};
