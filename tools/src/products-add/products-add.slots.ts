import type { ToolSlots } from '../slots';

export const productsAddSlots: ToolSlots = {
  fill: (x) => {
    const p = x.newProduct();
    const args: Record<string, unknown> = {};
    for (const key of ['name', 'price', 'cost', 'stock', 'barcode'] as const) if (p[key] !== undefined) args[key] = p[key];
    return { args };
  },
};
