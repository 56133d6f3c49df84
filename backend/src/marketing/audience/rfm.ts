/**
 * Recency / frequency / monetary segments. Recency thresholds are fixed (a superette's regulars come weekly, so two
 * months without a visit is a warning and six months means gone); frequency and spend are relative to the shop's own
 * buyers (top 20 % = champions), since a basket in Oran and one in a small village shop differ a lot.
 */
import type { Localized } from '@tajer/contract';
import { messages } from '../../common/localisation/messages';

export const RFM_THRESHOLDS = {
  /** Window over which orders and spend are counted. */
  windowDays: 365,
  /** First purchase at most this many days ago. */
  newDays: 30,
  /** Champions bought within this many days… */
  championRecencyDays: 30,
  /** …and are in the top share of buyers by both orders and spend. */
  championTopShare: 0.2,
  /** Loyal: bought within this many days, at least as often as the median buyer. */
  loyalRecencyDays: 60,
  /** Beyond this many days without a purchase a customer is lost; between loyalRecencyDays and this, at risk. */
  lostAfterDays: 180,
} as const;

export const SEGMENTS = ['champions', 'loyal', 'new', 'occasional', 'at_risk', 'lost', 'prospects'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** What each segment means, for the API's readers (integrators): English, like the rest of the API's descriptions. */
const SEGMENT_RULES: Record<Segment, string> = {
  champions: 'bought in the last 30 days and among the top 20 % of buyers by both orders and spend',
  loyal: 'bought in the last 60 days, at least as often as the median buyer',
  new: 'first purchase in the last 30 days',
  occasional: 'bought in the last 60 days, less often than the median buyer',
  at_risk: 'last purchase 61 to 180 days ago',
  lost: 'no purchase for more than 180 days',
  prospects: 'registered but no purchase yet',
};

/** Each segment's name in the three languages (from the message catalogues) and its rule. */
export const SEGMENT_LABELS = Object.fromEntries(
  SEGMENTS.map((segment) => [segment, { ...messages(`audience.segment.${segment}`), rule: SEGMENT_RULES[segment] }]),
) as Record<Segment, Localized & { rule: string }>;

export interface CustomerActivity {
  /** Orders and spend inside the window. */
  orders: number;
  revenue: number;
  /** All-time first and last purchase. */
  firstPurchase: Date | null;
  lastPurchase: Date | null;
}

export interface RfmCutoffs {
  championOrders: number;
  championRevenue: number;
  medianOrders: number;
}

const DAY = 86_400_000;

/** Value at quantile q (0..1) of a list, nearest-rank method. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function rfmCutoffs(buyers: CustomerActivity[]): RfmCutoffs {
  const active = buyers.filter((b) => b.orders > 0);
  const top = 1 - RFM_THRESHOLDS.championTopShare;
  return {
    championOrders: quantile(
      active.map((b) => b.orders),
      top,
    ),
    championRevenue: quantile(
      active.map((b) => b.revenue),
      top,
    ),
    medianOrders: quantile(
      active.map((b) => b.orders),
      0.5,
    ),
  };
}

export function daysSince(date: Date, now: Date): number {
  return Math.floor((now.getTime() - date.getTime()) / DAY);
}

export function segmentOf(c: CustomerActivity, cutoffs: RfmCutoffs, now: Date): Segment {
  if (!c.lastPurchase) return 'prospects';
  const recency = daysSince(c.lastPurchase, now);
  if (recency > RFM_THRESHOLDS.lostAfterDays) return 'lost';
  if (c.firstPurchase && daysSince(c.firstPurchase, now) <= RFM_THRESHOLDS.newDays) return 'new';
  if (recency > RFM_THRESHOLDS.loyalRecencyDays) return 'at_risk';
  if (recency <= RFM_THRESHOLDS.championRecencyDays && c.orders >= cutoffs.championOrders && c.revenue >= cutoffs.championRevenue)
    return 'champions';
  if (c.orders >= cutoffs.medianOrders) return 'loyal';
  return 'occasional';
}
