import { z } from 'zod';

import { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES } from '@tajer/contract';

export { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES };

/** "active" or "ACTIVE" → the database enum. */
const status = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(CAMPAIGN_STATUSES))
  .transform((s) => s.toUpperCase() as 'DRAFT' | 'ACTIVE' | 'PAUSED' | 'COMPLETED');

/**
 * A date ("2026-03-01") or date-time; dates mean midnight in Algiers (UTC+1). A Date is accepted as is, so services
 * can re-validate what a controller already parsed.
 */
const instant = z
  .union([z.date(), z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((s) => (s instanceof Date ? s : s.length === 10 ? new Date(`${s}T00:00:00+01:00`) : new Date(s)));

const money = z.number().min(0).max(1e10);
const count = z.number().int().min(0);

const fields = {
  name: z.string().trim().min(1).max(120).describe('Campaign name, e.g. "Ramadan -10 %"'),
  channel: z.enum(CAMPAIGN_CHANNELS).describe(CAMPAIGN_CHANNELS.join(' | ')),
  status: status.describe('draft | active | paused | completed'),
  startsAt: instant.describe('Start, ISO date or date-time'),
  endsAt: instant.nullable().describe('End, ISO date or date-time (null: open-ended)'),
  budget: money.describe('Planned budget, DZD'),
  cost: money.describe('Spent so far, DZD'),
  impressions: count.describe('People reached / messages delivered'),
  clicks: count.describe('Clicks or replies'),
  conversions: count.describe('Purchases attributed to the campaign'),
  revenue: money.describe('Revenue attributed to the campaign, DZD'),
  targetConversions: count.nullable().describe('Goal in conversions over the whole campaign'),
};

export const CreateCampaignSchema = z
  .object({
    name: fields.name,
    channel: fields.channel,
    status: fields.status.optional(),
    startsAt: fields.startsAt,
    endsAt: fields.endsAt.optional(),
    budget: fields.budget,
    cost: fields.cost.optional(),
    impressions: fields.impressions.optional(),
    clicks: fields.clicks.optional(),
    conversions: fields.conversions.optional(),
    revenue: fields.revenue.optional(),
    targetConversions: fields.targetConversions.optional(),
  })
  .strict();
export type CreateCampaignDto = z.infer<typeof CreateCampaignSchema>;
export type CreateCampaignInput = z.input<typeof CreateCampaignSchema>;

export const UpdateCampaignSchema = z
  .object(
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (v as z.ZodType).optional()])) as {
      [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
    },
  )
  .strict()
  .refine((o) => Object.keys(o).length > 0, { message: 'Nothing to update' });
export type UpdateCampaignDto = z.infer<typeof UpdateCampaignSchema>;
export type UpdateCampaignInput = z.input<typeof UpdateCampaignSchema>;

export const ListCampaignsSchema = z
  .object({
    status: status.optional().describe('draft | active | paused | completed'),
    channel: z.enum(CAMPAIGN_CHANNELS).optional().describe('Only this channel'),
  })
  .strict();
export type ListCampaignsDto = z.infer<typeof ListCampaignsSchema>;
export type ListCampaignsInput = z.input<typeof ListCampaignsSchema>;
