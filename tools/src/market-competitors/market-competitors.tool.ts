import { TOOL_RESULTS } from '@tajer/contract';
import { quote } from '../format';
import { service } from '../services';
import { attempt, ToolFailure } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { MarketCompetitorsSchema } from './market-competitors.schema';
import { marketCompetitorsExamples } from './market-competitors.examples';
import { summarizeMarketCompetitors, type MarketCompetitorsData } from './market-competitors.summary';
import { ACCESS, type ProductRef } from '@tajer/contract';
import { marketCompetitorsSlots } from './market-competitors.slots';

const KEPT = 10;

export const marketCompetitorsTool: ToolDefinition<typeof MarketCompetitorsSchema> = {
  name: 'market_competitors',
  kind: 'read',
  roles: ACCESS.market,
  description:
    "Our selling prices compared with competitors' observed prices, with a price index, for one product or the whole catalogue. Use for questions about competitors, cheaper/more expensive, price comparison.",
  schema: MarketCompetitorsSchema,
  result: TOOL_RESULTS.market_competitors,
  examples: marketCompetitorsExamples,
  requiresApproval: false,
  editable: [],
  slots: marketCompetitorsSlots,

  run: (ctx, args) =>
    attempt(ctx, async () => {
      const product = args.product?.trim() || undefined;
      let c;
      try {
        c = await service(ctx, 'marketCompetitors').competitors(ctx.tenantId, { product });
      } catch (err) {
        if (product && (err as { code?: string })?.code === 'NOT_FOUND') {
          throw new ToolFailure(
            'NOT_FOUND',
            {
              fr: `Je ne trouve aucun produit ${quote(product, 'fr')} dans votre catalogue.`,
              ar: `لم أجد أي منتج ${quote(product, 'ar')} في قائمة منتجاتك.`,
              en: `I can't find any product ${quote(product, 'en')} in your catalogue.`,
            },
            { product },
          );
        }
        throw err;
      }
      const position = (p: { product: ProductRef; ourPrice: number; competitorAverage: number; priceIndex: number }) => ({
        product: p.product,
        ourPrice: p.ourPrice,
        competitorAverage: p.competitorAverage,
        priceIndex: p.priceIndex,
      });
      const data: MarketCompetitorsData = {
        currency: c.currency ?? 'DZD',
        query: c.query ?? product ?? null,
        products: c.products.slice(0, KEPT).map((p) => ({
          ...position(p),
          position: p.position,
          competitors: [...p.competitors]
            .sort((a, b) => a.price - b.price)
            .map((q) => ({ name: q.name, location: q.location, price: q.price })),
        })),
        withoutCompetitorPrices: c.withoutCompetitorPrices.slice(0, KEPT),
        cheaper: c.cheaper.slice(0, 5).map(position),
        dearer: c.dearer.slice(0, 5).map(position),
        summary: {
          productsCompared: c.summary.productsCompared,
          cheaperCount: c.summary.cheaperCount,
          dearerCount: c.summary.dearerCount,
          alignedCount: c.summary.alignedCount,
          averagePriceIndex: c.summary.averagePriceIndex,
        },
      };
      return { success: true, data, records: data.products.map((p) => ({ type: 'product', id: p.product.id, label: p.product.names.fr })) };
    }),

  summarize: summarizeMarketCompetitors,
};
