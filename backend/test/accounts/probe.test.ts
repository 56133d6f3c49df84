import { createTestDatabase } from '../setup/test-database';
import { createTestApp, TestApp } from '../helpers/test-app';

describe('probe', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase({ template: 'seeded' });
    t = await createTestApp(db.url);
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });
  it('probes', async () => {
    const s = await t.http().post('/api/auth/signup').send({ businessName: 'Supérette Nour', email: 'nour@example.dz', password: 'sel-et-semoule-2026', wilaya: '31', language: 'fr' });
    console.log(s.status, JSON.stringify(s.body).slice(0, 600));
    const tok = s.body.accessToken;
    for (const p of ['/api/dashboard/stats?period=today', '/api/dashboard/stats', '/api/dashboard/insights', '/api/dashboard/alerts', '/api/market/trends', '/api/market/competitors', '/api/inventory', '/api/expenses', '/api/onboarding', '/api/business', '/api/users', '/api/conversations', '/api/marketing/audience']) {
      const r = await t.http().get(p).set('Authorization', `Bearer ${tok}`);
      console.log(p, r.status, JSON.stringify(r.body).slice(0, 1500));
    }
    const r = await t.http().post('/api/market/report').set('Authorization', `Bearer ${tok}`).send({});
    console.log('report', r.status, JSON.stringify(r.body).slice(0, 2500));
    const c = await t.http().post('/api/ai/chat').set('Authorization', `Bearer ${tok}`).send({ message: 'Combien j\'ai vendu ce mois ?' });
    console.log('chat', c.status, JSON.stringify(c.body).slice(0, 2500));
  });
});
