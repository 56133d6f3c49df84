import type { SlotResolution, ToolSlots } from '../slots';

export const inventorySearchSlots: ToolSlots = {
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const low = x.isLowStockQuestion();
    if (low) args.lowStockOnly = true;
    // A low-stock question names a product only through the catalogue, never through leftover words.
    const p = x.product({ residual: !low });
    if (p.query) args.query = p.query;
    return { args, resolved: resolvedAs('query', p.resolution), candidates: p.candidates };
  },
  followUp: (x) => {
    const p = x.product();
    return p.query ? { query: p.query } : {};
  },
};

const resolvedAs = (key: string, r: SlotResolution | undefined): Record<string, SlotResolution> => (r ? { [key]: r } : {});
