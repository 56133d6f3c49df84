import { expenseCategoryLabel } from './category-labels';
import type { ActiveCampaign, UnusualExpense } from './dashboard.repository';
import { expenseSpikeTitle, type ExpenseSpike, type Finding, type Severity } from './insights.builder';
import { DAY_MS, localDate } from '../common/time/local-time';
import { formatMoney, formatNumber, productName, unitName } from '@tajer/contract';
import { round1, round2 } from '../common/localisation/localized';
import { messages } from '../common/localisation/messages';
import { productRef, type ProductActivity } from './product-view';

/**
 * Alerts are the things to act on now, ranked critical → warning → info and, within a severity, most urgent first.
 * Pure: the service fetches the figures, this decides what deserves an alert.
 */
export type AlertType =
  'out_of_stock' | 'stock_out_soon' | 'negative_stock' | 'credit_overdue' | 'unusual_expense' | 'expense_spike' | 'campaign_under_target';

/** A customer's unpaid credit, as the alerts need it (see CreditService). */
export interface OverdueCredit {
  customer: { id: string; name: string; phone: string | null };
  balance: number;
  oldestUnpaidAt: string | null;
  daysOutstanding: number | null;
}

export interface Alert extends Finding<AlertType> {
  /** Stable across calls (type + record), so a UI can tell an alert it already showed. */
  id: string;
}

export const ALERT_RULES = {
  /** Stock lasting this many days or less is critical. */
  criticalCoverDays: 2,
  /** A single expense above this multiple of its category median is unusual. */
  unusualExpenseFactor: 3,
  /** A campaign is behind when under this share of the conversions expected by now; critical under the second. */
  campaignBehindShare: 0.8,
  campaignCriticalShare: 0.5,
  /** Credit unpaid for this many days is worth chasing; critical from the second. */
  creditOverdueDays: 30,
  creditCriticalDays: 90,
  maxCreditAlerts: 10,
} as const;

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
/** Within a severity: lost sales first, then money going out. */
const TYPE_RANK: Record<AlertType, number> = {
  out_of_stock: 0,
  stock_out_soon: 1,
  negative_stock: 2,
  credit_overdue: 3,
  campaign_under_target: 4,
  unusual_expense: 5,
  expense_spike: 6,
};

interface Ranked extends Alert {
  /** Lower is more urgent within a severity. */
  urgency: number;
}

function stockAlerts(activity: ProductActivity[], horizonDays: number, now: Date): Ranked[] {
  const alerts: Ranked[] = [];
  for (const a of activity) {
    const ref = productRef(a.product);
    if (a.product.stock < 0) {
      // More was sold than the recorded stock: the sales are facts, the count is what is wrong.
      alerts.push({
        id: `negative_stock:${ref.id}`,
        type: 'negative_stock',
        severity: 'warning',
        urgency: a.product.stock,
        title: messages('dashboard.alert.negativeStock', (l) => ({
          product: productName(ref, l),
          stock: formatNumber(a.product.stock, l),
        })),
        evidence: {
          product: ref,
          stock: a.product.stock,
          reorderThreshold: a.product.reorderThreshold,
          averageDailyUnits: a.averageDailyUnits,
        },
      });
    } else if (a.product.stock <= 0) {
      const selling = a.averageDailyUnits > 0;
      alerts.push({
        id: `out_of_stock:${ref.id}`,
        type: 'out_of_stock',
        // A product nobody bought for a month being at zero is worth knowing, not urgent.
        severity: selling ? 'critical' : 'info',
        urgency: -a.averageDailyUnits * a.product.price,
        title: messages('dashboard.alert.outOfStock', (l) => ({
          product: productName(ref, l),
          selling: selling ? 'yes' : 'no',
          perDay: formatNumber(a.averageDailyUnits, l, 1),
          unit: unitName(ref.unit, a.averageDailyUnits, l),
        })),
        evidence: {
          product: ref,
          stock: a.product.stock,
          reorderThreshold: a.product.reorderThreshold,
          averageDailyUnits: a.averageDailyUnits,
          revenueAtRiskPerDay: round2(a.averageDailyUnits * a.product.price),
        },
      });
    } else if (a.daysOfCover !== null && a.daysOfCover <= horizonDays) {
      const days = a.daysOfCover;
      const stockOutDate = localDate(new Date(now.getTime() + days * DAY_MS));
      alerts.push({
        id: `stock_out_soon:${ref.id}`,
        type: 'stock_out_soon',
        severity: days <= ALERT_RULES.criticalCoverDays ? 'critical' : 'warning',
        urgency: days,
        title: messages('dashboard.alert.stockOutSoon', (l) => ({
          product: productName(ref, l),
          // The plural follows the figure as shown (one decimal), not the unrounded cover.
          days: round1(days),
          daysText: formatNumber(days, l, 1),
          stock: formatNumber(a.product.stock, l),
          unit: unitName(ref.unit, a.product.stock, l),
          perDay: formatNumber(a.averageDailyUnits, l, 1),
        })),
        evidence: {
          product: ref,
          stock: a.product.stock,
          reorderThreshold: a.product.reorderThreshold,
          averageDailyUnits: a.averageDailyUnits,
          daysOfCover: days,
          expectedStockOutDate: stockOutDate,
        },
      });
    }
  }
  return alerts;
}

function creditAlerts(credit: OverdueCredit[], now: Date): Ranked[] {
  return credit
    .filter((c) => c.balance > 0 && (c.daysOutstanding ?? 0) >= ALERT_RULES.creditOverdueDays)
    .sort((a, b) => b.balance * (b.daysOutstanding ?? 0) - a.balance * (a.daysOutstanding ?? 0))
    .slice(0, ALERT_RULES.maxCreditAlerts)
    .map((c) => {
      const days = c.daysOutstanding ?? 0;
      const since = c.oldestUnpaidAt ? localDate(new Date(c.oldestUnpaidAt)) : localDate(now);
      return {
        id: `credit_overdue:${c.customer.id}`,
        type: 'credit_overdue' as const,
        severity: days >= ALERT_RULES.creditCriticalDays ? ('critical' as const) : ('warning' as const),
        urgency: -c.balance * days,
        title: messages('dashboard.alert.creditOverdue', (l) => ({
          customer: c.customer.name,
          balance: formatMoney(c.balance, l),
          days,
          since,
        })),
        evidence: { customer: c.customer, balance: round2(c.balance), oldestUnpaidAt: c.oldestUnpaidAt, daysOutstanding: days },
      };
    });
}

function expenseAlerts(unusual: UnusualExpense[], spikes: ExpenseSpike[]): Ranked[] {
  const singles: Ranked[] = unusual.map((e) => {
    const ratio = round1(e.amount / e.categoryMedian);
    const cat = expenseCategoryLabel(e.category);
    return {
      id: `unusual_expense:${e.id}`,
      type: 'unusual_expense',
      severity: 'warning',
      urgency: -ratio,
      title: messages('dashboard.alert.unusualExpense', (l) => ({
        amount: formatMoney(e.amount, l),
        category: cat[l],
        date: e.date,
        ratio: formatNumber(ratio, l, 1),
        median: formatMoney(e.categoryMedian, l),
      })),
      evidence: {
        expenseId: e.id,
        category: e.category,
        categoryLabel: cat,
        amount: round2(e.amount),
        date: e.date,
        description: e.description,
        merchant: e.merchant,
        categoryMedian: round2(e.categoryMedian),
        ratioToMedian: ratio,
      },
    };
  });
  // A spike already explained by an unusual expense of that month would say the same thing twice.
  const explained = new Set(unusual.map((e) => `${e.category}:${e.date.slice(0, 7)}`));
  const categorySpikes: Ranked[] = spikes
    .filter((s) => !explained.has(`${s.category}:${s.month}`))
    .map((s) => ({
      id: `expense_spike:${s.category}:${s.month}`,
      type: 'expense_spike',
      severity: 'warning',
      urgency: -s.ratio,
      title: expenseSpikeTitle(s),
      evidence: { ...s },
    }));
  return [...singles, ...categorySpikes];
}

function campaignAlerts(campaigns: ActiveCampaign[], now: Date): Ranked[] {
  const alerts: Ranked[] = [];
  for (const c of campaigns) {
    // Without a target or an end date there is no pace to compare with.
    if (!c.targetConversions || !c.endsAt || c.endsAt <= c.startsAt || now <= c.startsAt) continue;
    const elapsedShare = Math.min(1, (now.getTime() - c.startsAt.getTime()) / (c.endsAt.getTime() - c.startsAt.getTime()));
    const expected = c.targetConversions * elapsedShare;
    if (expected < 1 || c.conversions >= expected * ALERT_RULES.campaignBehindShare) continue;
    const paceShare = c.conversions / expected;
    const expectedRounded = Math.round(expected);
    alerts.push({
      id: `campaign_under_target:${c.id}`,
      type: 'campaign_under_target',
      severity: paceShare < ALERT_RULES.campaignCriticalShare ? 'critical' : 'warning',
      urgency: paceShare,
      title: messages('dashboard.alert.campaignBehind', {
        name: c.name,
        conversions: c.conversions,
        expected: expectedRounded,
        target: c.targetConversions,
      }),
      evidence: {
        campaignId: c.id,
        name: c.name,
        channel: c.channel,
        startsAt: c.startsAt.toISOString(),
        endsAt: c.endsAt.toISOString(),
        elapsedPct: round1(elapsedShare * 100),
        conversions: c.conversions,
        expectedConversionsByNow: round1(expected),
        targetConversions: c.targetConversions,
        pacePct: round1(paceShare * 100),
        cost: round2(c.cost),
        budget: round2(c.budget),
      },
    });
  }
  return alerts;
}

export function buildAlerts(input: {
  activity: ProductActivity[];
  horizonDays: number;
  unusualExpenses: UnusualExpense[];
  expenseSpikes: ExpenseSpike[];
  campaigns: ActiveCampaign[];
  /** Customers' unpaid credit; omitted = none. */
  credit?: OverdueCredit[];
  now: Date;
}): Alert[] {
  return [
    ...stockAlerts(input.activity, input.horizonDays, input.now),
    ...creditAlerts(input.credit ?? [], input.now),
    ...expenseAlerts(input.unusualExpenses, input.expenseSpikes),
    ...campaignAlerts(input.campaigns, input.now),
  ]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.urgency - b.urgency)
    .map(({ urgency: _urgency, ...alert }) => alert);
}
