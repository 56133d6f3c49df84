import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';

describe('GET /api/expenses/:id', () => {
  let t: TestApp;
  const app = seededApp();
  beforeAll(() => ({ t } = app));

  it("returns the business's own expense and 404 for anyone else's", async () => {
    const owner = await t.login('owner@demo.dz');
    const created = await t
      .http()
      .post('/api/expenses')
      .set('Authorization', `Bearer ${owner}`)
      .send({ amount: 2600, category: 'carburant', merchant: 'Naftal' })
      .expect(201);
    const got = await t.http().get(`/api/expenses/${created.body.id}`).set('Authorization', `Bearer ${owner}`).expect(200);
    expect(got.body).toMatchObject({ id: created.body.id, amount: 2600, category: 'carburant', merchant: 'Naftal' });
    await t
      .http()
      .get(`/api/expenses/${created.body.id}`)
      .set('Authorization', `Bearer ${await t.login('owner@oran.dz')}`)
      .expect(404);
    await t
      .http()
      .get(`/api/expenses/${created.body.id}`)
      .set('Authorization', `Bearer ${await t.login('staff@demo.dz')}`)
      .expect(403);
    await t.http().get('/api/expenses/not-a-uuid').set('Authorization', `Bearer ${owner}`).expect(400);
  });
});
