import { createTestDatabase } from '../setup/test-database';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';

describe('API keys and tenancy (real PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;
  let owner: string;
  let staff: string;
  let oranOwner: string;
  let support: string;

  const app = seededApp();
  beforeAll(async () => {
    ({ t, db } = app);
    [owner, staff, oranOwner, support] = await Promise.all(
      ['owner@demo.dz', 'staff@demo.dz', 'owner@oran.dz', 'support@demo.dz'].map((e) => t.login(e)),
    );
  });

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('lets an owner create a key shown once, list it by prefix, and use it by Bearer or X-API-Key', async () => {
    const created = await t.http().post('/api/api-keys').set(bearer(owner)).send({ name: 'ERP sync' }).expect(201);
    expect(created.body.key).toMatch(/^tjr_[0-9a-f]{12}_/);
    expect(created.body.scopes).toEqual(['read', 'write']);
    const list = await t.http().get('/api/api-keys').set(bearer(owner)).expect(200);
    const listed = list.body.find((k: any) => k.id === created.body.id);
    expect(listed.prefix).toBe(created.body.prefix);
    expect(JSON.stringify(list.body)).not.toContain(created.body.key.slice(`tjr_${created.body.prefix}_`.length));

    await t.http().get('/api/api-keys').set('X-API-Key', created.body.key).expect(200);
    await t.http().get('/api/api-keys').set(bearer(created.body.key)).expect(200);
    const row = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.keyHash).not.toContain(created.body.key.slice(`tjr_${created.body.prefix}_`.length));
  });

  it('refuses a key at once when it is revoked right after being used (its row is cached between requests)', async () => {
    const created = await t.http().post('/api/api-keys').set(bearer(owner)).send({ name: 'hot' }).expect(201);
    for (let i = 0; i < 3; i++) await t.http().get('/api/inventory').set('X-API-Key', created.body.key).expect(200);
    await t.http().delete(`/api/api-keys/${created.body.id}`).set(bearer(owner)).expect(200);
    await t.http().get('/api/inventory').set('X-API-Key', created.body.key).expect(401);
    // lastUsedAt is written once a minute per key, not on every request.
    const row = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });

  it('refuses a revoked key, a tampered key and a read-only key that tries to write', async () => {
    const created = await t.http().post('/api/api-keys').set(bearer(owner)).send({ name: 'temp' }).expect(201);
    await t.http().delete(`/api/api-keys/${created.body.id}`).set(bearer(owner)).expect(200);
    const revoked = await t.http().get('/api/api-keys').set('X-API-Key', created.body.key).expect(401);
    expect(revoked.body.code).toBe('UNAUTHENTICATED');
    await t
      .http()
      .get('/api/api-keys')
      .set('X-API-Key', created.body.key.slice(0, -2) + 'xx')
      .expect(401);

    const readOnly = await t
      .http()
      .post('/api/api-keys')
      .set(bearer(owner))
      .send({ name: 'bi', scopes: ['read'] })
      .expect(201);
    const denied = await t.http().post('/api/api-keys').set('X-API-Key', readOnly.body.key).send({ name: 'x' }).expect(403);
    expect(denied.body).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('gives staff a 403 JSON on owner-only routes', async () => {
    const res = await t.http().post('/api/api-keys').set(bearer(staff)).send({ name: 'x' }).expect(403);
    expect(res.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
  });

  it("never shows or revokes another business's keys (404, not a leak)", async () => {
    const demoKey = await t.http().post('/api/api-keys').set(bearer(owner)).send({ name: 'demo only' }).expect(201);
    const oranList = await t.http().get('/api/api-keys').set(bearer(oranOwner)).expect(200);
    expect(oranList.body.map((k: any) => k.id)).not.toContain(demoKey.body.id);
    await t.http().delete(`/api/api-keys/${demoKey.body.id}`).set(bearer(oranOwner)).expect(404);
    await t.http().get('/api/api-keys').set('X-API-Key', demoKey.body.key).expect(200);
  });

  it('keeps platform support staff out of business routes', async () => {
    const res = await t.http().get('/api/api-keys').set(bearer(support)).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });
});
