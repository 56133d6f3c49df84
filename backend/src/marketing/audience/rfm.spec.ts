import { quantile, rfmCutoffs, segmentOf, type CustomerActivity } from './rfm';

const now = new Date('2026-03-14T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const c = (orders: number, revenue: number, first: number | null, last: number | null): CustomerActivity => ({
  orders,
  revenue,
  firstPurchase: first === null ? null : daysAgo(first),
  lastPurchase: last === null ? null : daysAgo(last),
});

describe('RFM segments', () => {
  const buyers = [c(40, 80000, 300, 2), c(20, 30000, 300, 10), c(10, 12000, 300, 20), c(5, 6000, 300, 40), c(2, 1500, 300, 45)];
  const cutoffs = rfmCutoffs(buyers);

  it('derives the champion and loyalty cut-offs from the shop’s own buyers', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(cutoffs).toEqual({ championOrders: 20, championRevenue: 30000, medianOrders: 10 });
  });

  it('classifies each customer', () => {
    expect(segmentOf(buyers[0], cutoffs, now)).toBe('champions');
    expect(segmentOf(buyers[2], cutoffs, now)).toBe('loyal');
    expect(segmentOf(buyers[4], cutoffs, now)).toBe('occasional');
    expect(segmentOf(c(1, 900, 12, 12), cutoffs, now)).toBe('new');
    expect(segmentOf(c(30, 50000, 300, 90), cutoffs, now)).toBe('at_risk');
    expect(segmentOf(c(30, 50000, 360, 200), cutoffs, now)).toBe('lost');
    expect(segmentOf(c(0, 0, null, null), cutoffs, now)).toBe('prospects');
  });
});
