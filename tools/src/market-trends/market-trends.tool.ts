import { TOOL_RESULTS } from '@tajer/contract';
import { joinList, quote } from '../format';
import { service } from '../services';
import { attempt, ToolFailure } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { MarketTrendsSchema } from './market-trends.schema';
import { marketTrendsExamples } from './market-trends.examples';
import { summarizeMarketTrends, type MarketTrendsData } from './market-trends.summary';
import { ACCESS } from '@tajer/contract';
import { marketTrendsSlots } from './market-trends.slots';

const MOVERS = 5;

export const marketTrendsTool: ToolDefinition<typeof MarketTrendsSchema> = {
  name: 'market_trends',
  kind: 'read',
  roles: ACCESS.market,
  description:
    "Market-level trends: category growth, seasonality and top movers across the market, optionally for one category and period. Use for what is trending or in demand in the market, not for the shop's own sales.",
  schema: MarketTrendsSchema,
  result: TOOL_RESULTS.market_trends,
  examples: marketTrendsExamples,
  requiresApproval: false,
  editable: [],
  slots: marketTrendsSlots,

  run: (ctx, args) =>
    attempt(ctx, async () => {
      let t;
      try {
        t = await service(ctx, 'marketTrends').trends(ctx.tenantId, { category: args.category, period: args.period });
      } catch (err) {
        // An unknown category: name the ones the shop has, so the user (or the model) can pick one.
        const available = (err as { details?: { availableCategories?: unknown } })?.details?.availableCategories;
        if (args.category && Array.isArray(available)) {
          const list = (lang: 'fr' | 'ar' | 'en') => joinList(available.map(String), lang);
          throw new ToolFailure(
            'NOT_FOUND',
            {
              fr: `Je ne trouve pas de catégorie ${quote(args.category, 'fr')}. Catégories disponibles : ${list('fr')}.`,
              ar: `لم أجد فئة ${quote(args.category, 'ar')}. الفئات المتوفرة: ${list('ar')}.`,
              en: `I can't find a category ${quote(args.category, 'en')}. Available categories: ${list('en')}.`,
            },
            { category: args.category, availableCategories: available },
          );
        }
        throw err;
      }
      const data: MarketTrendsData = {
        period: t.period,
        currency: t.currency ?? 'DZD',
        category: t.category,
        totals: t.totals,
        categories: t.categories.map((c) => ({
          category: c.category,
          label: c.label,
          revenue: c.revenue,
          changePct: c.changePct,
          sharePct: c.sharePct,
        })),
        seasonality: {
          peak: t.seasonality.peak ? { label: t.seasonality.peak.label, index: t.seasonality.peak.index } : null,
          trough: t.seasonality.trough ? { label: t.seasonality.trough.label, index: t.seasonality.trough.index } : null,
        },
        topMovers: {
          growing: t.topMovers.growing.slice(0, MOVERS).map((m) => ({ product: m.product, change: m.change, changePct: m.changePct })),
          declining: t.topMovers.declining.slice(0, MOVERS).map((m) => ({ product: m.product, change: m.change, changePct: m.changePct })),
        },
        ...(t.hasSales === false ? { hasSales: false } : {}),
      };
      const records = [...data.topMovers.growing, ...data.topMovers.declining].map((m) => ({
        type: 'product',
        id: m.product.id,
        label: m.product.names.fr,
      }));
      return { success: true, data, records };
    }),

  summarize: summarizeMarketTrends,
};
