import { formatMoney, toPlain } from '@tajer/contract';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';

/**
 * GET /api/dashboard/busy-times on the seeded demo shop: the best and quietest weekdays and the peak hours, checked
 * against sums computed here from the sales themselves (weekday and hour in Algiers, UTC+1, in JavaScript).
 */
describe('GET /api/dashboard/busy-times (real PostgreSQL, seeded demo data)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let staff: string;
  let oran: string;
  let demoId: string;

  const app = seededApp({ logins: ['staff@demo.dz', 'owner@oran.dz'] });
  beforeAll(async () => {
    ({
      t,
      db,
      tokens: [staff, oran],
    } = app);
    demoId = await app.tenantId('demo-superette');
  });
  const get = (path: string, token: string) => t.http().get(path).set('Authorization', `Bearer ${token}`);

  /** Revenue per ISO weekday and tickets per hour over [start, end), from the Sale rows. */
  async function fromRows(tenantId: string, start: Date, end: Date) {
    const rows = await db.prisma.sale.findMany({
      where: { tenantId, soldAt: { gte: start, lt: end } },
      select: { kind: true, total: true, soldAt: true },
    });
    const revenue = new Array<number>(8).fill(0);
    const tickets = new Array<number>(24).fill(0);
    for (const r of rows) {
      const local = new Date(r.soldAt.getTime() + 3_600_000);
      revenue[((local.getUTCDay() + 6) % 7) + 1] += Number(r.total);
      if (r.kind === 'SALE') tickets[local.getUTCHours()] += 1;
    }
    return { revenue, tickets };
  }

  it('names the weekday with the most and the fewest takings and the two hours with the most tickets, as the sales say', async () => {
    const res = (await get('/api/dashboard/busy-times', staff).expect(200)).body;
    const start = new Date(res.range.start);
    const end = new Date(res.range.end);
    // Eight whole local weeks ending at today's midnight in Algiers (23:00 UTC).
    expect(end.getTime() - start.getTime()).toBe(56 * 86_400_000);
    expect(end.getUTCHours()).toBe(23);
    const { revenue, tickets } = await fromRows(demoId, start, end);
    const averages = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ d, avg: revenue[d] / 8 }));
    const best = averages.reduce((a, b) => (b.avg > a.avg ? b : a));
    const quiet = averages.reduce((a, b) => (b.avg < a.avg ? b : a));
    const byType = (type: string) => res.insights.find((i: { type: string }) => i.type === type);
    expect(byType('best_day').evidence).toMatchObject({ weekday: best.d, weeks: 8 });
    expect(byType('best_day').evidence.average).toBeCloseTo(best.avg, 2);
    expect(byType('quiet_day').evidence.weekday).toBe(quiet.d);
    expect(toPlain(byType('best_day').title.fr)).toContain(toPlain(formatMoney(best.avg, 'fr')));

    // The peak block: the two consecutive hours with the most tickets.
    const blocks = tickets.slice(0, 23).map((n, h) => ({ h, n: n + tickets[h + 1] }));
    const peak = blocks.reduce((a, b) => (b.n > a.n ? b : a));
    expect(byType('peak_hours').evidence).toMatchObject({ from: peak.h, to: peak.h + 2, tickets: peak.n });
    const total = tickets.reduce((s, n) => s + n, 0);
    expect(byType('peak_hours').evidence.sharePct).toBeCloseTo((peak.n / total) * 100, 1);
    for (const i of res.insights) expect(i.title.fr && i.title.ar && i.title.en).toBeTruthy();
    expect(res.insights.map((i: { type: string }) => i.type)).toEqual(['best_day', 'quiet_day', 'peak_hours', 'quiet_hours', 'weekdays']);
  });

  it("reads Oran's sales for Oran, and refuses unknown parameters", async () => {
    const res = (await get('/api/dashboard/busy-times', oran).expect(200)).body;
    const oranId = await app.tenantId('alimentation-generale-oran');
    const { revenue } = await fromRows(oranId, new Date(res.range.start), new Date(res.range.end));
    const best = [1, 2, 3, 4, 5, 6, 7].reduce((a, d) => (revenue[d] > revenue[a] ? d : a), 1);
    expect(res.insights[0]).toMatchObject({ type: 'best_day', evidence: { weekday: best } });
    expect(res.insights[0].evidence.average).toBeCloseTo(revenue[best] / 8, 2);
    const bad = await get('/api/dashboard/busy-times?weeks=3', staff).expect(400);
    expect(bad.body.message ?? JSON.stringify(bad.body)).toMatch(/weeks/);
  });
});
