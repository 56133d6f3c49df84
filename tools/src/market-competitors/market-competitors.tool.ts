import type { ToolDefinition } from '../types';
import { MarketCompetitorsSchema } from './market-competitors.schema';
import { marketCompetitorsExamples } from './market-competitors.examples';

export const marketCompetitorsTool: ToolDefinition<typeof MarketCompetitorsSchema> = {
  name: 'market_competitors',
  kind: 'read',
  description:
    "Our selling prices compared with competitors' observed prices, with a price index, for one product or the whole catalogue. Use for questions about competitors, cheaper/more expensive, price comparison.",
  schema: MarketCompetitorsSchema,
  examples: marketCompetitorsExamples,
  requiresApproval: false,
};
