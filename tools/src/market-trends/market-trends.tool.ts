import type { ToolDefinition } from '../types';
import { MarketTrendsSchema } from './market-trends.schema';
import { marketTrendsExamples } from './market-trends.examples';

export const marketTrendsTool: ToolDefinition<typeof MarketTrendsSchema> = {
  name: 'market_trends',
  kind: 'read',
  description:
    "Market-level trends: category growth, seasonality and top movers across the market, optionally for one category and period. Use for what is trending or in demand in the market, not for the shop's own sales.",
  schema: MarketTrendsSchema,
  examples: marketTrendsExamples,
  requiresApproval: false,
};
