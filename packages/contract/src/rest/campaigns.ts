import { z } from 'zod';
import { IsoDateTime } from './common';

/** A campaign's lifecycle and where it runs (the database enums). */
export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed'] as const;
export const CAMPAIGN_CHANNELS = [
  'facebook',
  'instagram',
  'tiktok',
  'sms',
  'email',
  'whatsapp',
  'google',
  'youtube',
  'flyer',
  'radio',
  'billboard',
  'in_store',
  'other',
] as const;

const pct = z.number().nullable().describe('percent (2.7 = 2.7 %), null when there is nothing to divide by');

/** The figures a campaign has and the list adds up (its rates recomputed on the sums). */
const FIGURES = {
  budget: z.number(),
  cost: z.number(),
  revenue: z.number(),
  impressions: z.number().int(),
  clicks: z.number().int(),
  conversions: z.number().int(),
  ctr: pct,
  conversionRate: pct,
};

/** A campaign with its performance (GET/POST/PATCH /api/campaigns/…): documented from this, checked against live answers. */
export const CampaignResponse = z.strictObject({
  id: z.string(),
  name: z.string(),
  channel: z.enum(CAMPAIGN_CHANNELS),
  status: z.enum(CAMPAIGN_STATUSES),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime.nullable(),
  currency: z.string(),
  ...FIGURES,
  costPerClick: z.number().nullable(),
  costPerConversion: z.number().nullable(),
  profit: z.number(),
  /** (revenue − cost) / cost: 4.211 = 421.1 %. */
  roi: z.number().nullable(),
  roiPercent: z.number().nullable(),
  budgetUsed: pct,
  budgetRemaining: z.number(),
  scheduleElapsed: pct,
  pace: z.strictObject({
    status: z.enum(['not_started', 'ahead', 'on_track', 'behind', 'target_met', 'target_missed', 'no_target']),
    targetConversions: z.number().int().nullable(),
    expectedConversions: z.number().nullable(),
    targetProgress: pct,
  }),
  spendPace: z.strictObject({
    status: z.enum(['not_started', 'underspending', 'on_track', 'overspending', 'over_budget', 'no_end_date']),
    expectedSpend: z.number().nullable(),
  }),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

/** GET /api/campaigns: the campaigns (not paged: a shop runs a handful) and their totals. */
export const CampaignListResponse = z.strictObject({
  currency: z.string(),
  filter: z.strictObject({ status: z.enum(CAMPAIGN_STATUSES).nullable(), channel: z.enum(CAMPAIGN_CHANNELS).nullable() }),
  campaigns: z.array(CampaignResponse),
  totals: z.strictObject({
    campaigns: z.number().int(),
    active: z.number().int(),
    ...FIGURES,
    roi: z.number().nullable(),
    /** Names of the campaigns behind their conversion target. */
    behindTarget: z.array(z.string()),
  }),
});
