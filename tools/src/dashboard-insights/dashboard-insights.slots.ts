import type { FilledSlots, ProductSlot, SlotReader, ToolSlots } from '../slots';

/** A catalogue product the message names (never leftover words): the catalogue's name, or the concept for « huile ». */
function namedProduct(x: SlotReader): { slot: ProductSlot; product?: string } {
  const slot = x.product({ residual: false });
  return { slot, product: slot.value ?? slot.query };
}

export const dashboardInsightsSlots: ToolSlots = {
  fill: (x): FilledSlots => {
    // "Produit le plus vendu ce mois-ci" is a ranking for that period, not the general findings.
    const period = x.period();
    // « Quel jour je vends le plus ? » (its « vends le plus » is also a best seller's words): the busy days and hours.
    if (x.asksBusyTimes() && !namedProduct(x).product) return { args: { focus: 'busy_times' } };
    if (x.asksBestSellers()) return { args: { focus: 'best_sellers', ...(period ? { period } : {}) } };
    // « Quel produit se vend le moins ? »: the slow sellers of the last 30 days (the only window they are ranked on).
    if (x.asksSlowSellers()) return { args: { focus: 'slow_sellers' } };
    // « Combien j'ai vendu de semoule ce mois ? »: one catalogue product's line of that ranking.
    const { slot, product } = namedProduct(x);
    if (!product) return { args: {} };
    return {
      args: { focus: 'best_sellers', product, ...(period ? { period } : {}) },
      ...(slot.resolution ? { resolved: { product: slot.resolution } } : {}),
      ...(slot.candidates ? { candidates: slot.candidates } : {}),
    };
  },
  followUp: (x) => {
    // « et le sucre ? » after one product's sales: the same question for sugar.
    const period = x.period();
    const { product } = namedProduct(x);
    return { ...(period ? { period } : {}), ...(product ? { focus: 'best_sellers', product } : {}) };
  },
};
