import type { ToolSlots } from '../slots';

export const dashboardInsightsSlots: ToolSlots = {
  fill: (x) => {
    // "Produit le plus vendu ce mois-ci" is a ranking for that period, not the general findings.
    if (!x.asksBestSellers()) return { args: {} };
    const period = x.period();
    return { args: { focus: 'best_sellers', ...(period ? { period } : {}) } };
  },
  followUp: (x) => {
    const period = x.period();
    return period ? { period } : {};
  },
};
