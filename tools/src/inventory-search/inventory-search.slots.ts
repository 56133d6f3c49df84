import type { SlotResolution, ToolSlots } from '../slots';

export const inventorySearchSlots: ToolSlots = {
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const low = x.isLowStockQuestion();
    // A low-stock question names a product only through the catalogue, never through leftover words.
    const p = x.product({ residual: !low });
    if (p.query) args.query = p.query;
    // « ma b9ach sucre », « le lait est en rupture ? »: a product named is answered with its own stock line (and its
    // warning when low) — filtered to the low ones, it said « no sugar at the threshold », never how much is left.
    else if (low) args.lowStockOnly = true;
    return { args, resolved: resolvedAs('query', p.resolution), candidates: p.candidates };
  },
  followUp: (x) => {
    const p = x.product();
    return p.query ? { query: p.query } : {};
  },
};

const resolvedAs = (key: string, r: SlotResolution | undefined): Record<string, SlotResolution> => (r ? { [key]: r } : {});
