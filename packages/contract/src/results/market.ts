import { z } from 'zod';
import { LANGS } from '../lang';
import { CurrencySchema, LocalizedSchema, ProductRefSchema } from './common';

const Mover = z.object({ product: ProductRefSchema, change: z.number(), changePct: z.number().nullable() });

/** `market_trends`: category growth, seasonality and top movers. */
export const MarketTrendsResult = z.object({
  period: z.string(),
  currency: CurrencySchema,
  category: z.object({ name: z.string(), label: LocalizedSchema }).nullable(),
  totals: z.object({ revenue: z.number(), previousRevenue: z.number(), changePct: z.number().nullable() }),
  categories: z.array(
    z.object({ category: z.string(), label: LocalizedSchema, revenue: z.number(), changePct: z.number().nullable(), sharePct: z.number() }),
  ),
  seasonality: z.object({
    peak: z.object({ label: LocalizedSchema, index: z.number().nullable() }).nullable(),
    trough: z.object({ label: LocalizedSchema, index: z.number().nullable() }).nullable(),
  }),
  topMovers: z.object({ growing: z.array(Mover), declining: z.array(Mover) }),
  hasSales: z.boolean().optional(),
});
export type MarketTrendsResult = z.infer<typeof MarketTrendsResult>;

export const PricePositionSchema = z.object({
  product: ProductRefSchema,
  ourPrice: z.number(),
  competitorAverage: z.number(),
  /** Our price / the competitors' average × 100. */
  priceIndex: z.number(),
});
export type PricePosition = z.infer<typeof PricePositionSchema>;

/** `market_competitors`: our prices vs the competitors'. */
export const MarketCompetitorsResult = z.object({
  currency: CurrencySchema,
  query: z.string().nullable(),
  products: z.array(
    PricePositionSchema.extend({
      position: z.string(),
      competitors: z.array(z.object({ name: z.string(), location: z.string().nullable(), price: z.number() })),
    }),
  ),
  withoutCompetitorPrices: z.array(ProductRefSchema),
  cheaper: z.array(PricePositionSchema),
  dearer: z.array(PricePositionSchema),
  summary: z.object({
    productsCompared: z.number(),
    cheaperCount: z.number(),
    dearerCount: z.number(),
    alignedCount: z.number(),
    averagePriceIndex: z.number().nullable(),
  }),
});
export type MarketCompetitorsResult = z.infer<typeof MarketCompetitorsResult>;

/** `market_report`: a report written in one language, with its PDF. */
export const MarketReportResult = z.object({
  id: z.string(),
  title: z.string(),
  periodLabel: z.string(),
  language: z.enum(LANGS),
  currency: CurrencySchema,
  pdfUrl: z.string(),
  sections: z.array(z.string()),
  figures: z.object({
    revenue: z.number().nullable(),
    revenueChangePct: z.number().nullable(),
    grossMargin: z.number().nullable(),
    netResult: z.number().nullable(),
  }),
  recommendations: z.array(z.string()),
});
export type MarketReportResult = z.infer<typeof MarketReportResult>;
