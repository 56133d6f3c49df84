import type { FilledSlots, ToolSlots } from '../slots';

export const dashboardInsightsSlots: ToolSlots = {
  fill: (x): FilledSlots => {
    // "Produit le plus vendu ce mois-ci" is a ranking for that period, not the general findings.
    const period = x.period();
    if (x.asksBestSellers()) return { args: { focus: 'best_sellers', ...(period ? { period } : {}) } };
    // « Combien j'ai vendu de semoule ce mois ? »: one catalogue product's line of that ranking.
    const p = x.product({ residual: false });
    const product = p.value ?? p.query;
    if (!product) return { args: {} };
    return {
      args: { focus: 'best_sellers', product, ...(period ? { period } : {}) },
      ...(p.resolution ? { resolved: { product: p.resolution } } : {}),
      ...(p.candidates ? { candidates: p.candidates } : {}),
    };
  },
  followUp: (x) => {
    // « et le sucre ? » after one product's sales: the same question for sugar.
    const period = x.period();
    const p = x.product({ residual: false });
    const product = p.value ?? p.query;
    return { ...(period ? { period } : {}), ...(product ? { focus: 'best_sellers', product } : {}) };
  },
};
