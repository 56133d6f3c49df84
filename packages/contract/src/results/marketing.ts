import { z } from 'zod';
import { CurrencySchema, LocalizedSchema } from './common';

/** `marketing_generate_content`: a ready-to-post text. */
export const MarketingGenerateContentResult = z.object({
  id: z.string(),
  channel: z.string(),
  /** Language the text is written in. */
  language: z.string(),
  topic: z.string(),
  subject: z.string().nullable(),
  text: z.string(),
  /**
   * The products the text quotes, with the name as the text writes it (in the text's language) and the price it
   * quotes: what the text says, not a catalogue reference.
   */
  products: z.array(z.object({ id: z.string(), name: z.string(), price: z.number(), promoPrice: z.number().optional() })),
  campaign: z.object({ id: z.string(), name: z.string() }).nullable(),
  length: z.object({
    characters: z.number(),
    sms: z.object({ units: z.number(), limit: z.number(), encoding: z.string() }).optional(),
  }),
});
export type MarketingGenerateContentResult = z.infer<typeof MarketingGenerateContentResult>;

const Group = z.object({
  key: z.string(),
  label: LocalizedSchema,
  customers: z.number(),
  customerShare: z.number(),
  revenue: z.number(),
  revenueShare: z.number(),
});

/** `marketing_audience_insights`: customer segments. */
export const MarketingAudienceInsightsResult = z.object({
  currency: CurrencySchema,
  windowDays: z.number(),
  totals: z.object({
    customers: z.number(),
    buyers: z.number(),
    orders: z.number(),
    revenue: z.number(),
    averageBasket: z.number(),
    identifiedRevenueShare: z.number(),
  }),
  byWilaya: z.array(Group),
  byAgeBand: z.array(Group),
  byChannel: z.array(Group),
  segments: z.array(Group.extend({ averageDaysSinceLastPurchase: z.number().nullable() })),
  /** The customers who spent most in the window (« qui est mon meilleur client ? »); absent from results stored before. */
  topCustomers: z
    .array(z.object({ id: z.string(), name: z.string(), orders: z.number(), revenue: z.number(), lastPurchase: z.string().nullable() }))
    .optional(),
});
export type MarketingAudienceInsightsResult = z.infer<typeof MarketingAudienceInsightsResult>;

export const CampaignViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  channel: z.string(),
  status: z.string(),
  cost: z.number(),
  revenue: z.number(),
  impressions: z.number(),
  clicks: z.number(),
  conversions: z.number(),
  ctr: z.number().nullable(),
  roiPercent: z.number().nullable(),
  pace: z.string().nullable(),
});
export type CampaignView = z.infer<typeof CampaignViewSchema>;

/** `marketing_campaigns`: campaigns with their reach and return. */
export const MarketingCampaignsResult = z.object({
  currency: CurrencySchema,
  status: z.string().nullable(),
  totals: z.object({
    campaigns: z.number(),
    active: z.number(),
    cost: z.number(),
    revenue: z.number(),
    conversions: z.number(),
    ctr: z.number().nullable(),
    roiPercent: z.number().nullable(),
    behindTarget: z.array(z.string()),
  }),
  campaigns: z.array(CampaignViewSchema),
});
export type MarketingCampaignsResult = z.infer<typeof MarketingCampaignsResult>;
