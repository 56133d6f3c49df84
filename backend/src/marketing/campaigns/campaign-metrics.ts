/**
 * Campaign performance in the terms a shop owner uses: of the people who saw it, how many clicked (CTR) and bought
 * (conversion rate); what it cost and brought back (ROI); and whether it is on pace for its goal given how much of
 * its schedule has run.
 */
export interface CampaignFigures {
  status: string;
  startsAt: Date;
  endsAt: Date | null;
  budget: number;
  cost: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
  targetConversions: number | null;
}

export type PaceStatus = 'not_started' | 'ahead' | 'on_track' | 'behind' | 'target_met' | 'target_missed' | 'no_target';
export type SpendStatus = 'not_started' | 'underspending' | 'on_track' | 'overspending' | 'over_budget' | 'no_end_date';

/** ±10 % around the expected figure counts as on track. */
export const PACE_TOLERANCE = 0.1;

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const ratio = (a: number, b: number) => (b ? a / b : null);
const percent = (a: number, b: number) => (b ? round((a / b) * 100, 1) : null);

/** Share of the schedule elapsed at `now` (0..1); null without an end date. */
export function elapsedShare(startsAt: Date, endsAt: Date | null, now: Date): number | null {
  if (now < startsAt) return 0;
  if (!endsAt) return null;
  const total = endsAt.getTime() - startsAt.getTime();
  if (total <= 0) return 1;
  return Math.min(1, (now.getTime() - startsAt.getTime()) / total);
}

function classify(actual: number, expected: number): 'ahead' | 'on_track' | 'behind' {
  if (actual >= expected * (1 + PACE_TOLERANCE)) return 'ahead';
  if (actual >= expected * (1 - PACE_TOLERANCE)) return 'on_track';
  return 'behind';
}

export function campaignMetrics(c: CampaignFigures, now: Date) {
  const elapsed = elapsedShare(c.startsAt, c.endsAt, now);
  const finished = c.status === 'COMPLETED' || (c.endsAt !== null && now >= c.endsAt);
  const roi = ratio(c.revenue - c.cost, c.cost);

  let pace: PaceStatus = 'no_target';
  let expectedConversions: number | null = null;
  if (c.targetConversions) {
    if (now < c.startsAt) pace = 'not_started';
    else if (finished) pace = c.conversions >= c.targetConversions ? 'target_met' : 'target_missed';
    else {
      // Without an end date the whole target is the benchmark.
      expectedConversions = round(c.targetConversions * (elapsed ?? 1), 1);
      pace = classify(c.conversions, expectedConversions);
    }
  }

  let spend: SpendStatus = 'not_started';
  const expectedSpend = elapsed === null ? null : round(c.budget * elapsed);
  if (c.budget > 0 && c.cost > c.budget) spend = 'over_budget';
  else if (now >= c.startsAt && expectedSpend !== null) {
    const s = expectedSpend > 0 ? classify(c.cost, expectedSpend) : 'on_track';
    spend = s === 'ahead' ? 'overspending' : s === 'behind' ? 'underspending' : 'on_track';
  } else if (now >= c.startsAt) spend = 'no_end_date';

  return {
    ctr: percent(c.clicks, c.impressions),
    conversionRate: percent(c.conversions, c.clicks),
    costPerClick: c.clicks ? round(c.cost / c.clicks) : null,
    costPerConversion: c.conversions ? round(c.cost / c.conversions) : null,
    profit: round(c.revenue - c.cost),
    roi: roi === null ? null : round(roi, 3),
    roiPercent: roi === null ? null : round(roi * 100, 1),
    budgetUsed: percent(c.cost, c.budget),
    budgetRemaining: round(Math.max(0, c.budget - c.cost)),
    scheduleElapsed: elapsed === null ? null : round(elapsed * 100, 1),
    pace: {
      status: pace,
      targetConversions: c.targetConversions,
      expectedConversions,
      targetProgress: c.targetConversions ? percent(c.conversions, c.targetConversions) : null,
    },
    spendPace: { status: spend, expectedSpend },
  };
}
