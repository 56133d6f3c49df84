import type { ToolSlots } from '../slots';

export const marketTrendsSlots: ToolSlots = {
  // Words that name this tool almost on their own, whatever the rest of the sentence (a tie-breaker for the classifier).
  keywords: ['tendance', 'tendances', 'trend', 'trends', 'trending', 'اتجاهات', 'توجهات', 'الترند'],
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const period = x.period();
    if (period) args.period = period;
    const category = x.marketCategory();
    if (category) args.category = category;
    return { args };
  },
  followUp: (x) => {
    const out: Record<string, unknown> = {};
    const category = x.marketCategory();
    if (category) out.category = category;
    const period = x.period();
    if (period) out.period = period;
    return out;
  },
};
