import { CHANNEL_LABELS, type Localized } from '@tajer/contract';
import { Injectable } from '@nestjs/common';
import { messages } from '../../common/localisation/messages';
import { wilayaLabel } from '../../common/localisation/wilayas';
import { AudienceRepository } from './audience.repository';
import { type CustomerActivity, daysSince, RFM_THRESHOLDS, rfmCutoffs, SEGMENT_LABELS, SEGMENTS, segmentOf, type Segment } from './rfm';
import { Clock } from '../../common/time/clock';

const round2 = (n: number) => Math.round(n * 100) / 100;
/** How many of the best customers are named. */
const TOP_CUSTOMERS = 5;
const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

/**
 * Acquisition channels as the seed and the shop's forms spell them, with names in the three languages: the marketing
 * channels are the contract's vocabulary; the others (the counter, word of mouth, flyers) are in the message catalogues.
 */
const WALK_IN = messages('audience.channel.walkIn');
const WORD_OF_MOUTH = messages('audience.channel.wordOfMouth');
const CHANNEL_NAMES: Record<string, Localized> = {
  facebook: CHANNEL_LABELS.facebook,
  instagram: CHANNEL_LABELS.instagram,
  whatsapp: CHANNEL_LABELS.whatsapp,
  tiktok: messages('audience.channel.tiktok'),
  sms: CHANNEL_LABELS.sms,
  store: messages('audience.channel.store'),
  passage: WALK_IN,
  'bouche-à-oreille': WORD_OF_MOUTH,
  walk_in: WALK_IN,
  referral: WORD_OF_MOUTH,
  word_of_mouth: WORD_OF_MOUTH,
  flyer: messages('audience.channel.flyer'),
};

/** A fact the shop did not record (a customer added at the counter with a name and a phone). */
const UNKNOWN = 'unknown';
const UNKNOWN_LABEL = messages('audience.unknown');

/** The groups' names: a wilaya, an age band ("25-34"), an acquisition channel; the same in the OpenAPI example. */
export function wilayaGroupLabel(key: string): Localized {
  if (key === UNKNOWN) return UNKNOWN_LABEL;
  const l = wilayaLabel(key);
  return { fr: l.fr, ar: l.ar, en: l.en };
}
export const ageBandLabel = (key: string): Localized => (key === UNKNOWN ? UNKNOWN_LABEL : messages('audience.ageBand', { band: key }));
export const channelLabel = (key: string): Localized =>
  key === UNKNOWN ? UNKNOWN_LABEL : (CHANNEL_NAMES[key.toLowerCase()] ?? { fr: key, ar: key, en: key });

interface Row {
  wilaya: string;
  ageBand: string;
  channel: string;
  activity: CustomerActivity;
  segment: Segment;
}

export interface GroupFigures {
  key: string;
  label: Localized;
  customers: number;
  customerShare: number;
  buyers: number;
  orders: number;
  revenue: number;
  revenueShare: number;
  averageBasket: number;
}

@Injectable()
export class AudienceService {
  constructor(
    private readonly repo: AudienceRepository,
    private readonly clock: Clock,
  ) {}

  /** Who the customers are (wilaya, age band, acquisition channel) and how they buy (RFM segments), over 12 months. */
  async insights(tenantId: string, now = this.clock.now()) {
    const since = new Date(now.getTime() - RFM_THRESHOLDS.windowDays * 86_400_000);
    const [currency, customers, purchases, sales] = await Promise.all([
      this.repo.currency(tenantId),
      this.repo.customers(tenantId),
      this.repo.purchases(tenantId, since, now),
      this.repo.salesTotals(tenantId, since, now),
    ]);
    const none: CustomerActivity = { orders: 0, revenue: 0, firstPurchase: null, lastPurchase: null };
    const activities = customers.map((c) => purchases.get(c.id) ?? none);
    const cutoffs = rfmCutoffs(activities);
    const rows: Row[] = customers.map((c, i) => ({
      wilaya: c.wilaya ?? UNKNOWN,
      ageBand: c.ageBand ?? UNKNOWN,
      channel: c.channel ?? UNKNOWN,
      activity: activities[i],
      segment: segmentOf(activities[i], cutoffs, now),
    }));
    const totals = figures(rows);

    const byWilaya = groupBy(rows, (r) => (r.wilaya === UNKNOWN ? UNKNOWN : wilayaLabel(r.wilaya).fr), wilayaGroupLabel, totals).sort(
      (a, b) => b.revenue - a.revenue || b.customers - a.customers,
    );
    const byAgeBand = groupBy(rows, (r) => r.ageBand, ageBandLabel, totals).sort((a, b) => ageOrder(a.key) - ageOrder(b.key));
    const byChannel = groupBy(rows, (r) => r.channel, channelLabel, totals).sort(
      (a, b) => b.revenue - a.revenue || b.customers - a.customers,
    );

    const segments = SEGMENTS.map((segment) => {
      const members = rows.filter((r) => r.segment === segment);
      const f = figures(members);
      const recencies = members.filter((m) => m.activity.lastPurchase).map((m) => daysSince(m.activity.lastPurchase!, now));
      const { rule, ...label } = SEGMENT_LABELS[segment];
      return {
        key: segment,
        label,
        rule,
        customers: f.customers,
        customerShare: pct(f.customers, totals.customers),
        orders: f.orders,
        revenue: round2(f.revenue),
        revenueShare: pct(f.revenue, totals.revenue),
        averageBasket: f.orders ? round2(f.revenue / f.orders) : 0,
        averageDaysSinceLastPurchase: recencies.length ? Math.round(recencies.reduce((a, b) => a + b, 0) / recencies.length) : null,
      };
    });

    // « Qui est mon meilleur client ? »: the names, which the segments alone never give.
    const topCustomers = customers
      .map((c, i) => ({ c, a: activities[i] }))
      .filter(({ a }) => a.revenue > 0)
      .sort((x, y) => y.a.revenue - x.a.revenue || y.a.orders - x.a.orders || x.c.name.localeCompare(y.c.name))
      .slice(0, TOP_CUSTOMERS)
      .map(({ c, a }) => ({
        id: c.id,
        name: c.name,
        orders: a.orders,
        revenue: round2(a.revenue),
        lastPurchase: a.lastPurchase ? a.lastPurchase.toISOString() : null,
      }));

    return {
      currency,
      window: { from: since, to: now, days: RFM_THRESHOLDS.windowDays },
      totals: {
        customers: totals.customers,
        buyers: totals.buyers,
        orders: totals.orders,
        revenue: round2(totals.revenue),
        averageBasket: totals.orders ? round2(totals.revenue / totals.orders) : 0,
        /** Share of all sales (walk-in included) made by known customers. */
        identifiedRevenueShare: pct(totals.revenue, sales.revenue),
        allSalesRevenue: round2(sales.revenue),
        allSalesOrders: sales.orders,
      },
      byWilaya,
      byAgeBand,
      byChannel,
      segments,
      topCustomers,
      rfm: {
        thresholds: RFM_THRESHOLDS,
        cutoffs: {
          championMinOrders: cutoffs.championOrders,
          championMinRevenue: round2(cutoffs.championRevenue),
          loyalMinOrders: cutoffs.medianOrders,
        },
      },
    };
  }
}

function figures(rows: Row[]) {
  let orders = 0;
  let revenue = 0;
  let buyers = 0;
  for (const r of rows) {
    orders += r.activity.orders;
    revenue += r.activity.revenue;
    if (r.activity.orders > 0) buyers++;
  }
  return { customers: rows.length, buyers, orders, revenue };
}

function groupBy(
  rows: Row[],
  keyOf: (r: Row) => string,
  labelOf: (key: string) => GroupFigures['label'],
  totals: ReturnType<typeof figures>,
): GroupFigures[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = keyOf(r);
    const members = groups.get(key);
    if (members) members.push(r);
    else groups.set(key, [r]);
  }
  return [...groups].map(([key, members]) => {
    const f = figures(members);
    return {
      key,
      label: labelOf(key),
      customers: f.customers,
      customerShare: pct(f.customers, totals.customers),
      buyers: f.buyers,
      orders: f.orders,
      revenue: round2(f.revenue),
      revenueShare: pct(f.revenue, totals.revenue),
      averageBasket: f.orders ? round2(f.revenue / f.orders) : 0,
    };
  });
}

/** "18-24" < "25-34" < … < "65+"; unparsable bands last. */
function ageOrder(band: string): number {
  const m = /\d+/.exec(band);
  return m ? Number(m[0]) : Number.MAX_SAFE_INTEGER;
}
