import { toPlain } from '@tajer/contract';
import type { Response } from 'supertest';
import { demoShopApp, type DemoShop } from '../helpers/seeded-app';
import { pdfStandardText } from './pdf-extract';

/** Market trends, competitor prices and reports against the seeded demo shop, figures checked against the rows. */
describe('Market API (real PostgreSQL, seeded demo data)', () => {
  let { t, db, owner, staff, oran, demoId } = {} as DemoShop;
  const shop = demoShopApp();
  beforeAll(() => ({ t, db, owner, staff, oran, demoId } = shop));

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const get = (path: string, token?: string) => (token ? t.http().get(path).set(auth(token)) : t.http().get(path));
  const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  };
  const getPdf = (path: string, token: string) =>
    t
      .http()
      .get(path)
      .set(auth(token))
      .buffer(true)
      .parse(binary as never);

  /** Revenue per category of the demo shop over [start, end), from the sale lines. */
  async function categoryRevenue(start: Date, end: Date): Promise<Map<string, number>> {
    const lines = await db.prisma.saleLine.findMany({
      where: { tenantId: demoId, soldAt: { gte: start, lt: end } },
      select: { quantity: true, unitPrice: true, product: { select: { category: true } } },
    });
    const sums = new Map<string, number>();
    for (const l of lines) sums.set(l.product.category, (sums.get(l.product.category) ?? 0) + l.quantity * Number(l.unitPrice));
    return sums;
  }

  describe('GET /api/market/trends', () => {
    it('gives each category its revenue and growth vs the previous period, from the sale lines', async () => {
      const res = await get('/api/market/trends', owner).expect(200);
      const tr = res.body;
      expect(tr.period).toBe('quarter');
      const now = await categoryRevenue(new Date(tr.range.start), new Date(tr.range.end));
      const before = await categoryRevenue(new Date(tr.range.previousStart), new Date(tr.range.previousEnd));
      expect(tr.categories.length).toBe(now.size);
      for (const c of tr.categories) {
        expect(c.revenue).toBeCloseTo(now.get(c.category) ?? 0, 2);
        expect(c.previousRevenue).toBeCloseTo(before.get(c.category) ?? 0, 2);
        expect(c.label.fr && c.label.ar && c.label.en).toBeTruthy();
      }
      const shares = tr.categories.reduce((s: number, c: { sharePct: number }) => s + c.sharePct, 0);
      expect(shares).toBeCloseTo(100, 0);
      expect(tr.totals.revenue).toBeCloseTo(
        [...now.values()].reduce((s, v) => s + v, 0),
        1,
      );
    });

    it('indexes 12 months of seasonality and names the top movers', async () => {
      const tr = (await get('/api/market/trends?period=month', staff).expect(200)).body;
      expect(tr.seasonality.months).toHaveLength(12);
      const indexed = tr.seasonality.months.filter((m: { index: number | null }) => m.index !== null);
      expect(indexed.length).toBeGreaterThanOrEqual(11);
      const meanIndex = indexed.reduce((s: number, m: { index: number }) => s + m.index, 0) / indexed.length;
      expect(meanIndex).toBeCloseTo(100, 0);
      expect(tr.seasonality.peak.index).toBeGreaterThan(100);

      const full = tr.seasonality.months[5];
      const [y, m] = full.month.split('-').map(Number);
      const monthly = await categoryRevenue(new Date(Date.UTC(y, m - 1, 1) - 3_600_000), new Date(Date.UTC(y, m, 1) - 3_600_000));
      expect(full.revenue).toBeCloseTo(
        [...monthly.values()].reduce((s, v) => s + v, 0),
        1,
      );

      for (const mover of tr.topMovers.growing) expect(mover.change).toBeGreaterThan(0);
      for (const mover of tr.topMovers.declining) expect(mover.change).toBeLessThan(0);
      expect(tr.summary.en).toContain('revenue');
    });

    it('narrows to a category named in any language, and 404s an unknown one', async () => {
      for (const name of ['produits laitiers', 'dairy', 'ألبان']) {
        const tr = (await get(`/api/market/trends?category=${encodeURIComponent(name)}`, owner).expect(200)).body;
        expect(tr.category.name).toBe('produits laitiers');
        expect(tr.categories.map((c: { category: string }) => c.category)).toEqual(['produits laitiers']);
        // Movers name their product with the contract's ref (no category): the rows say which category each is in.
        const ids = [...tr.topMovers.growing, ...tr.topMovers.declining].map((m: { product: { id: string } }) => m.product.id);
        expect(ids.length).toBeGreaterThan(0);
        const rows = await db.prisma.product.findMany({ where: { id: { in: ids } }, select: { category: true } });
        expect(rows.map((r) => r.category)).toEqual(ids.map(() => 'produits laitiers'));
      }
      const missing = await get('/api/market/trends?category=voitures', owner).expect(404);
      expect(missing.body.details.availableCategories).toContain('boissons');
    });

    it('validates the period and needs a token', async () => {
      const bad = await get('/api/market/trends?period=century', owner).expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('period');
      await get('/api/market/trends').expect(401);
    });

    it("gives Oran trends from Oran's sales only", async () => {
      const [demo, mine] = await Promise.all([get('/api/market/trends', owner), get('/api/market/trends', oran)]);
      expect(mine.status).toBe(200);
      expect(mine.body.totals.revenue).not.toBe(demo.body.totals.revenue);
      const oranId = (await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'alimentation-generale-oran' } })).id;
      const lines = await db.prisma.saleLine.findMany({
        where: { tenantId: oranId, soldAt: { gte: new Date(mine.body.range.start), lt: new Date(mine.body.range.end) } },
        select: { quantity: true, unitPrice: true },
      });
      expect(mine.body.totals.revenue).toBeCloseTo(
        lines.reduce((s, l) => s + l.quantity * Number(l.unitPrice), 0),
        1,
      );
    });
  });

  describe('GET /api/market/competitors', () => {
    it("compares our price with each competitor's latest price, with the price index", async () => {
      const res = await get('/api/market/competitors', owner).expect(200);
      const c = res.body;
      expect(c.summary.productsCompared).toBe(c.products.length);
      expect(c.summary.cheaperCount + c.summary.dearerCount + c.summary.alignedCount).toBe(c.products.length);
      expect(c.cheaper.length).toBe(c.summary.cheaperCount);
      expect(c.dearer.length).toBe(c.summary.dearerCount);

      const sample = c.products[0];
      const latest = await db.prisma.competitorPrice.findMany({
        where: { tenantId: demoId, productId: sample.product.id },
        orderBy: { observedAt: 'desc' },
      });
      const perCompetitor = new Map<string, number>();
      for (const p of latest) if (!perCompetitor.has(p.competitorId)) perCompetitor.set(p.competitorId, Number(p.price));
      const average = [...perCompetitor.values()].reduce((s, v) => s + v, 0) / perCompetitor.size;
      const ours = Number((await db.prisma.product.findUniqueOrThrow({ where: { id: sample.product.id } })).price);
      expect(sample.competitors).toHaveLength(perCompetitor.size);
      expect(sample.ourPrice).toBeCloseTo(ours, 2);
      expect(sample.competitorAverage).toBeCloseTo(average, 2);
      expect(sample.priceIndex).toBeCloseTo((ours / average) * 100, 1);
    });

    it('finds a product by name in French, Arabic or English', async () => {
      const fr = (await get('/api/market/competitors?product=huile', staff).expect(200)).body;
      const names = fr.products.map((p: { product: { names: { fr: string } } }) => p.product.names.fr);
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) expect(n).toMatch(/^Huile/);
      const ar = (await get(`/api/market/competitors?product=${encodeURIComponent('زيت')}`, owner).expect(200)).body;
      expect(ar.products.map((p: { product: { id: string } }) => p.product.id).sort()).toEqual(
        fr.products.map((p: { product: { id: string } }) => p.product.id).sort(),
      );
      const en = (await get('/api/market/competitors?product=sugar', owner).expect(200)).body;
      expect(en.products.map((p: { product: { names: { fr: string } } }) => p.product.names.fr)).toEqual([expect.stringMatching(/^Sucre/)]);
      await get('/api/market/competitors?product=trottinette', owner).expect(404);
    });

    it("never shows Oran the demo shop's competitor prices", async () => {
      const res = await get('/api/market/competitors', oran).expect(200);
      const demoCompetitors = await db.prisma.competitor.findMany({ where: { tenantId: demoId }, select: { id: true } });
      const text = JSON.stringify(res.body);
      for (const c of demoCompetitors) expect(text).not.toContain(c.id);
      await get('/api/market/competitors?unknown=1', owner).expect(400);
    });
  });

  describe('market reports', () => {
    it('builds a report on a topic, stores it and serves it as a PDF holding its figures and charts', async () => {
      const created = await t.http().post('/api/market/report').set(auth(owner)).send({ topic: 'boissons', period: 'quarter' }).expect(201);
      const r = created.body;
      expect(r.pdfUrl).toBe(`/api/market/reports/${r.id}.pdf`);
      expect(r.language).toBe('fr');
      expect(r.focus).toEqual({ kind: 'category', value: 'boissons' });
      expect(r.sections.map((s: { key: string }) => s.key)).toEqual([
        'overview',
        'categories',
        'seasonality',
        'movers',
        'competition',
        'recommendations',
      ]);
      const charts = r.sections.flatMap((s: { charts: { kind: string }[] }) => s.charts.map((c) => c.kind));
      expect(charts).toEqual(['bar', 'line', 'index-bars']);

      const stored = await db.prisma.marketReport.findUniqueOrThrow({ where: { id: r.id } });
      expect(stored.tenantId).toBe(demoId);
      expect(stored.topic).toBe('boissons');
      const audit = await db.prisma.auditLog.findFirst({ where: { entityType: 'MarketReport', entityId: r.id } });
      expect(audit?.action).toBe('market_report.create');

      // The report's revenue is the shop's revenue for the period.
      const revenue = r.sections[0].figures.find((f: { key: string }) => f.key === 'revenue');
      const sales = await db.prisma.sale.aggregate({
        where: { tenantId: demoId, soldAt: { gte: new Date(r.range.start), lt: new Date(r.range.end) } },
        _sum: { total: true },
      });
      expect(revenue.value).toBeCloseTo(Number(sales._sum.total), 2);

      const pdf = await getPdf(r.pdfUrl, owner).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const body = pdf.body as Buffer;
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfStandardText(body);
      // The API's display strings are formatted for screens (no-break spaces); the PDF draws the same characters plain.
      expect(text).toContain(toPlain(revenue.display));
      expect(text).toContain(r.title);
      expect(text).toContain(toPlain(r.sections[4].figures[0].display)); // average price index
      // Chart labels are drawn too (category names on the bars, months on the line).
      expect(text).toEqual(expect.arrayContaining(['Boissons', 'Épicerie']));

      const json = await get(`/api/market/reports/${r.id}`, staff).expect(200);
      expect(json.body.title).toBe(r.title);
    });

    it('writes the report in the language asked for, Arabic included (embedded Arabic font)', async () => {
      const ar = (await t.http().post('/api/market/report').set(auth(owner)).send({ language: 'ar', period: 'month' }).expect(201)).body;
      expect(ar.title).toBe('تقرير تحليل السوق');
      expect(ar.sections[0].paragraphs[0]).toContain('رقم الأعمال');
      const pdf = (await getPdf(ar.pdfUrl, owner).expect(200)).body as Buffer;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1')).toContain('NotoNaskhArabic');
      // Figures are drawn in Latin digits, so they are readable in the content streams.
      const revenue = ar.sections[0].figures.find((f: { key: string }) => f.key === 'revenue');
      const digits = toPlain(revenue.display).replace(/\s*دج$/, '');
      expect(pdfStandardText(pdf)).toContain(digits);

      const en = (await t.http().post('/api/market/report').set(auth(staff)).send({ language: 'en', topic: 'sugar' }).expect(201)).body;
      expect(en.focus).toEqual({ kind: 'product', value: 'sugar' });
      expect(en.sections[4].paragraphs[0]).toContain('White sugar');
    });

    it('validates the request', async () => {
      const lang = await t.http().post('/api/market/report').set(auth(owner)).send({ language: 'de' }).expect(400);
      expect(lang.body.details.map((d: { field: string }) => d.field)).toContain('language');
      const period = await t.http().post('/api/market/report').set(auth(owner)).send({ period: 'decade' }).expect(400);
      expect(period.body.details.map((d: { field: string }) => d.field)).toContain('period');
      await t.http().post('/api/market/report').set(auth(owner)).send({ colour: 'blue' }).expect(400);
      await t.http().post('/api/market/report').send({}).expect(401);
    });

    it("keeps a business's reports to itself (404 for another business, or a malformed id)", async () => {
      const r = (await t.http().post('/api/market/report').set(auth(owner)).send({}).expect(201)).body;
      const denied = await get(r.pdfUrl, oran).expect(404);
      expect(denied.body.code).toBe('NOT_FOUND');
      await get(`/api/market/reports/${r.id}`, oran).expect(404);
      await get('/api/market/reports/not-a-report.pdf', owner).expect(404);
      await get(r.pdfUrl).expect(401);
    });
  });
});
