import type { ToolSlots } from '../slots';

export const productsAddSlots: ToolSlots = {
  // A question about what this write changes is answered by this read.
  readCounterpart: 'inventory_search',
  fill: (x) => {
    const p = x.newProduct();
    const args: Record<string, unknown> = {};
    for (const key of ['name', 'price', 'cost', 'stock', 'barcode'] as const) if (p[key] !== undefined) args[key] = p[key];
    return { args };
  },
};
