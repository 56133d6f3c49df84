import { demoShopApp, type DemoShop } from '../helpers/seeded-app';

describe('marketing: audience insights and campaigns (real PostgreSQL)', () => {
  let { t, db, owner, staff, oran, demoId } = {} as DemoShop;
  const shop = demoShopApp();
  beforeAll(() => ({ t, db, owner, staff, oran, demoId } = shop));

  const get = (token: string, url: string) => t.http().get(url).set('Authorization', `Bearer ${token}`);
  const sumOf = (items: any[], key: string) => items.reduce((s, i) => s + i[key], 0);

  describe('GET /api/audience/insights', () => {
    it('segments every customer by wilaya, age band, channel and RFM, with figures that add up to the database', async () => {
      const res = await get(owner, '/api/audience/insights').expect(200);
      const body = res.body;
      const customers = await db.prisma.customer.count({ where: { tenantId: demoId } });
      const since = new Date(body.window.from);
      const agg = await db.prisma.sale.aggregate({
        where: { tenantId: demoId, customerId: { not: null }, soldAt: { gte: since, lt: new Date(body.window.to) } },
        _sum: { total: true },
        _count: { _all: true },
      });

      expect(body.currency).toBe('DZD');
      expect(body.totals.customers).toBe(customers);
      expect(body.totals.orders).toBe(agg._count._all);
      expect(body.totals.revenue).toBeCloseTo(Number(agg._sum.total), 0);
      expect(body.totals.averageBasket).toBeCloseTo(body.totals.revenue / body.totals.orders, 1);

      for (const dimension of ['byWilaya', 'byAgeBand', 'byChannel', 'segments']) {
        expect(sumOf(body[dimension], 'customers')).toBe(customers);
        expect(sumOf(body[dimension], 'revenueShare')).toBeCloseTo(100, 0);
      }
      expect(body.segments.map((s: any) => s.key)).toEqual(['champions', 'loyal', 'new', 'occasional', 'at_risk', 'lost', 'prospects']);
      const alger = body.byWilaya.find((w: any) => w.key === 'Alger');
      expect(alger.label).toEqual({ fr: 'Alger', ar: 'الجزائر', en: 'Algiers' });
      expect(body.byWilaya[0].key).toBe('Alger');
      expect(body.byAgeBand.map((a: any) => a.key)).toEqual(['18-24', '25-34', '35-44', '45-54', '55+']);
      const channels = await db.prisma.customer.groupBy({ by: ['channel'], where: { tenantId: demoId }, _count: { _all: true } });
      for (const c of channels) expect(body.byChannel.find((x: any) => x.key === c.channel).customers).toBe(c._count._all);
    });

    it('puts the most valuable buyers in "champions" and customers who never bought in "prospects"', async () => {
      const { body } = await get(staff, '/api/audience/insights').expect(200);
      const seg = Object.fromEntries(body.segments.map((s: any) => [s.key, s]));
      const neverBought = await db.prisma.customer.count({ where: { tenantId: demoId, sales: { none: {} } } });
      expect(seg.prospects.customers).toBe(neverBought);
      expect(seg.champions.customers).toBeGreaterThan(0);
      // Champions are at most the top fifth of buyers yet bring a larger share of revenue than of headcount.
      expect(seg.champions.revenueShare).toBeGreaterThan(seg.champions.customerShare);
      expect(seg.champions.averageDaysSinceLastPurchase).toBeLessThanOrEqual(30);
      expect(seg.lost.averageDaysSinceLastPurchase === null || seg.lost.averageDaysSinceLastPurchase > 180).toBe(true);
      expect(body.rfm.cutoffs.championMinOrders).toBeGreaterThanOrEqual(body.rfm.cutoffs.loyalMinOrders);
    });

    it('names the five customers who spent most in the window, against the sale rows', async () => {
      const { body } = await get(owner, '/api/audience/insights').expect(200);
      const spent = await db.prisma.sale.groupBy({
        by: ['customerId'],
        where: { tenantId: demoId, customerId: { not: null }, soldAt: { gte: new Date(body.window.from), lt: new Date(body.window.to) } },
        _sum: { total: true },
      });
      const ranked = spent.map((r) => ({ id: r.customerId!, total: Number(r._sum.total) })).sort((a, b) => b.total - a.total);
      expect(body.topCustomers).toHaveLength(5);
      expect(body.topCustomers.map((c: any) => c.revenue)).toEqual(ranked.slice(0, 5).map((r) => expect.closeTo(r.total, 1)));
      const first = await db.prisma.customer.findUniqueOrThrow({ where: { id: body.topCustomers[0].id } });
      expect(first).toMatchObject({ tenantId: demoId, name: body.topCustomers[0].name });
    });

    it('is scoped to the caller’s business and needs credentials', async () => {
      const demo = await get(owner, '/api/audience/insights').expect(200);
      const theirs = await get(oran, '/api/audience/insights').expect(200);
      const oranCustomers = await db.prisma.customer.count({ where: { tenant: { slug: 'alimentation-generale-oran' } } });
      expect(theirs.body.totals.customers).toBe(oranCustomers);
      expect(theirs.body.totals.revenue).not.toBe(demo.body.totals.revenue);
      await t.http().get('/api/audience/insights').expect(401);
    });
  });

  describe('/api/campaigns', () => {
    it('lists campaigns with CTR, conversion rate, ROI, budget used and pace, and flags the one behind target', async () => {
      const { body } = await get(staff, '/api/campaigns').expect(200);
      const rows = await db.prisma.campaign.findMany({ where: { tenantId: demoId } });
      expect(body.campaigns).toHaveLength(rows.length);
      for (const c of body.campaigns) {
        const row = rows.find((r) => r.id === c.id)!;
        const cost = Number(row.cost);
        const revenue = Number(row.revenue);
        expect(c.ctr).toBe(row.impressions ? Math.round((row.clicks / row.impressions) * 1000) / 10 : null);
        expect(c.conversionRate).toBe(row.clicks ? Math.round((row.conversions / row.clicks) * 1000) / 10 : null);
        expect(c.roi).toBe(cost ? Math.round(((revenue - cost) / cost) * 1000) / 1000 : null);
        expect(c.budgetUsed).toBe(Math.round((cost / Number(row.budget)) * 1000) / 10);
      }
      const delivery = body.campaigns.find((c: any) => c.name.startsWith('Livraison à domicile'));
      expect(delivery.pace.status).toBe('behind');
      expect(body.totals.behindTarget).toContain(delivery.name);
      expect(body.totals.conversions).toBe(rows.reduce((s, r) => s + r.conversions, 0));
    });

    it('filters by status (any case)', async () => {
      const active = await get(owner, '/api/campaigns?status=ACTIVE').expect(200);
      expect(active.body.campaigns.length).toBeGreaterThan(0);
      expect(active.body.campaigns.every((c: any) => c.status === 'active')).toBe(true);
      const bad = await get(owner, '/api/campaigns?status=running').expect(400);
      expect(bad.body.details[0].field).toBe('status');
    });

    it('lets the owner create and update a campaign, recomputing its figures, with an audit trail', async () => {
      const created = await t
        .http()
        .post('/api/campaigns')
        .set('Authorization', `Bearer ${owner}`)
        .send({
          name: 'Soldes fin de saison',
          channel: 'instagram',
          startsAt: '2026-01-01',
          endsAt: '2026-01-31',
          budget: 10000,
          targetConversions: 50,
        })
        .expect(201);
      expect(created.body).toMatchObject({ name: 'Soldes fin de saison', status: 'draft', budget: 10000, cost: 0, ctr: null, roi: null });
      expect(created.body.startsAt).toBe('2025-12-31T23:00:00.000Z');
      const updated = await t
        .http()
        .patch(`/api/campaigns/${created.body.id}`)
        .set('Authorization', `Bearer ${owner}`)
        .send({ status: 'completed', impressions: 20000, clicks: 500, conversions: 60, cost: 8000, revenue: 40000 })
        .expect(200);
      expect(updated.body).toMatchObject({
        status: 'completed',
        ctr: 2.5,
        conversionRate: 12,
        roi: 4,
        roiPercent: 400,
        budgetUsed: 80,
        pace: { status: 'target_met' },
      });
      const audit = await db.prisma.auditLog.findMany({
        where: { tenantId: demoId, entityType: 'campaign', entityId: created.body.id },
        orderBy: { createdAt: 'asc' },
      });
      expect(audit.map((a) => a.action)).toEqual(['campaign.create', 'campaign.update']);
    });

    it('refuses staff writes (403), bad input (400 naming the field), unknown fields, and other businesses’ campaigns (404)', async () => {
      const body = { name: 'X', channel: 'sms', startsAt: '2026-02-01', budget: 100 };
      const forbidden = await t.http().post('/api/campaigns').set('Authorization', `Bearer ${staff}`).send(body).expect(403);
      expect(forbidden.body.code).toBe('FORBIDDEN');
      const backwards = await t
        .http()
        .post('/api/campaigns')
        .set('Authorization', `Bearer ${owner}`)
        .send({ ...body, endsAt: '2026-01-01' })
        .expect(400);
      expect(backwards.body.details).toEqual([expect.objectContaining({ field: 'endsAt' })]);
      const negative = await t
        .http()
        .post('/api/campaigns')
        .set('Authorization', `Bearer ${owner}`)
        .send({ ...body, budget: -5, channel: 'pigeon' })
        .expect(400);
      expect(negative.body.details.map((d: any) => d.field)).toEqual(expect.arrayContaining(['budget', 'channel']));
      await t
        .http()
        .post('/api/campaigns')
        .set('Authorization', `Bearer ${owner}`)
        .send({ ...body, roi: 3 })
        .expect(400);

      const mine = await db.prisma.campaign.findFirstOrThrow({ where: { tenantId: demoId } });
      const clicks = await t
        .http()
        .patch(`/api/campaigns/${mine.id}`)
        .set('Authorization', `Bearer ${owner}`)
        .send({ clicks: mine.impressions + 1 })
        .expect(400);
      expect(clicks.body.details[0].field).toBe('clicks');
      await t.http().patch(`/api/campaigns/${mine.id}`).set('Authorization', `Bearer ${owner}`).send({}).expect(400);
      await t.http().patch(`/api/campaigns/${mine.id}`).set('Authorization', `Bearer ${oran}`).send({ cost: 1 }).expect(404);
      await get(oran, `/api/campaigns/${mine.id}`).expect(404);
      const theirs = await get(oran, '/api/campaigns').expect(200);
      expect(theirs.body.campaigns.some((c: any) => c.id === mine.id)).toBe(false);
      await t.http().get('/api/campaigns').expect(401);
    });
  });
});
