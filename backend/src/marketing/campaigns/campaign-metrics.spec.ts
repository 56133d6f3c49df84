import { campaignMetrics, elapsedShare, type CampaignFigures } from './campaign-metrics';

const base: CampaignFigures = {
  status: 'ACTIVE',
  startsAt: new Date('2026-03-01T00:00:00Z'),
  endsAt: new Date('2026-03-31T00:00:00Z'),
  budget: 30000,
  cost: 15000,
  impressions: 40000,
  clicks: 1000,
  conversions: 80,
  revenue: 60000,
  targetConversions: 200,
};
const mid = new Date('2026-03-16T00:00:00Z'); // half-way

describe('campaignMetrics', () => {
  it('computes CTR, conversion rate, ROI and budget use', () => {
    const m = campaignMetrics(base, mid);
    expect(m.ctr).toBe(2.5);
    expect(m.conversionRate).toBe(8);
    expect(m.roi).toBe(3);
    expect(m.roiPercent).toBe(300);
    expect(m.budgetUsed).toBe(50);
    expect(m.costPerConversion).toBe(187.5);
    expect(m.scheduleElapsed).toBe(50);
  });

  it('judges pace against the share of the schedule elapsed', () => {
    expect(campaignMetrics(base, mid).pace).toMatchObject({ status: 'behind', expectedConversions: 100, targetProgress: 40 });
    expect(campaignMetrics({ ...base, conversions: 105 }, mid).pace.status).toBe('on_track');
    expect(campaignMetrics({ ...base, conversions: 130 }, mid).pace.status).toBe('ahead');
    expect(campaignMetrics({ ...base, status: 'COMPLETED', conversions: 210 }, mid).pace.status).toBe('target_met');
    expect(campaignMetrics(base, new Date('2026-02-01')).pace.status).toBe('not_started');
    expect(campaignMetrics({ ...base, targetConversions: null }, mid).pace.status).toBe('no_target');
  });

  it('flags spending against the schedule and the budget', () => {
    expect(campaignMetrics(base, mid).spendPace.status).toBe('on_track');
    expect(campaignMetrics({ ...base, cost: 25000 }, mid).spendPace.status).toBe('overspending');
    expect(campaignMetrics({ ...base, cost: 31000 }, mid).spendPace.status).toBe('over_budget');
  });

  it('returns null ratios instead of dividing by zero', () => {
    const m = campaignMetrics({ ...base, impressions: 0, clicks: 0, cost: 0 }, mid);
    expect(m.ctr).toBeNull();
    expect(m.conversionRate).toBeNull();
    expect(m.roi).toBeNull();
    expect(elapsedShare(base.startsAt, null, mid)).toBeNull();
  });
});
