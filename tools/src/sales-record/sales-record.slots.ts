import type { ToolSlots } from '../slots';

export const salesRecordSlots: ToolSlots = {
  // A question about what this write changes is answered by this read.
  readCounterpart: 'sales_list',
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const customer = x.customer();
    const lines = x.saleLines({ skipCustomer: true });
    let resolved = {};
    // A line without its count is asked for, never guessed: `lines` stays missing.
    if (lines.length && lines.every((l) => l.product && l.quantity)) {
      args.lines = lines.map((l) => ({
        product: l.product,
        quantity: l.quantity,
        ...(l.unitPrice !== undefined ? { unitPrice: l.unitPrice } : {}),
      }));
      const first = lines.find((l) => l.resolution);
      if (first?.resolution) resolved = { product: first.resolution };
    }
    const method = x.paymentMethod();
    if (method) args.paymentMethod = method;
    if (customer) args.customer = customer;
    const date = x.date();
    if (date) args.soldAt = date;
    return { args, resolved };
  },
};
