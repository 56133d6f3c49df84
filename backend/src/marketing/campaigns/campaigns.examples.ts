/** Response examples for the OpenAPI docs (checked against the response schemas by test/openapi/response-schemas.test.ts). */
export const CAMPAIGN_EXAMPLE = {
  id: '7f1d2f0e-3a5b-4c8e-9d1a-2b3c4d5e6f70',
  name: 'Ramadan -10 %',
  channel: 'facebook',
  status: 'active',
  startsAt: '2026-02-18T23:00:00.000Z',
  endsAt: '2026-03-19T23:00:00.000Z',
  currency: 'DZD',
  budget: 30000,
  cost: 18500,
  revenue: 96400,
  impressions: 48200,
  clicks: 1310,
  conversions: 142,
  ctr: 2.7,
  conversionRate: 10.8,
  costPerClick: 14.12,
  costPerConversion: 130.28,
  profit: 77900,
  roi: 4.211,
  roiPercent: 421.1,
  budgetUsed: 61.7,
  budgetRemaining: 11500,
  scheduleElapsed: 80.4,
  pace: { status: 'behind', targetConversions: 200, expectedConversions: 160.8, targetProgress: 71 },
  spendPace: { status: 'underspending', expectedSpend: 24120 },
  createdAt: '2026-02-10T09:12:00.000Z',
  updatedAt: '2026-03-14T08:00:00.000Z',
};

// One campaign listed: the totals are its own figures.
const { budget, cost, revenue, impressions, clicks, conversions, ctr, conversionRate, roi } = CAMPAIGN_EXAMPLE;

export const CAMPAIGNS_EXAMPLE = {
  currency: 'DZD',
  filter: { status: 'active', channel: null },
  campaigns: [CAMPAIGN_EXAMPLE],
  totals: {
    campaigns: 1,
    active: 1,
    budget,
    cost,
    revenue,
    impressions,
    clicks,
    conversions,
    ctr,
    conversionRate,
    roi,
    behindTarget: [CAMPAIGN_EXAMPLE.name],
  },
};
