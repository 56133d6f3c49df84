import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';

describe('auth: login, refresh, me (real PostgreSQL)', () => {
  let t: TestApp;

  const app = seededApp();
  beforeAll(() => ({ t } = app));

  it('logs the demo owner in and returns tokens and the user with their business', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: 'Owner@Demo.dz', password: 'demo' }).expect(200);
    expect(res.body.accessToken).toMatch(/^ey/);
    // Refresh tokens are opaque secrets (stored hashed server-side), not JWTs.
    expect(res.body.refreshToken).toMatch(/^rt_/);
    expect(res.body.user).toMatchObject({ email: 'owner@demo.dz', role: 'OWNER' });
    expect(res.body.user.tenant.currency).toBe('DZD');
    expect(res.body.user.passwordHash).toBeUndefined();
  });

  it('refuses a wrong password and an unknown account with the same 401 JSON', async () => {
    const wrong = await t.http().post('/api/auth/login').send({ email: 'owner@demo.dz', password: 'nope' }).expect(401);
    const unknown = await t.http().post('/api/auth/login').send({ email: 'ghost@demo.dz', password: 'nope' }).expect(401);
    expect(wrong.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Wrong email or password' });
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(wrong.headers['x-request-id']).toBeTruthy();
    expect(wrong.body.requestId).toBe(wrong.headers['x-request-id']);
  });

  it('names the bad field on invalid input and refuses unknown fields', async () => {
    const bad = await t.http().post('/api/auth/login').send({ email: 'not-an-email', password: 'x' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'email' })]));
    const extra = await t.http().post('/api/auth/login').send({ email: 'owner@demo.dz', password: 'demo', admin: true }).expect(400);
    expect(JSON.stringify(extra.body.details)).toContain('admin');
    const malformed = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
  });

  it('returns the current user for a valid token and 401 JSON otherwise', async () => {
    const token = await t.login('staff@demo.dz');
    const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ email: 'staff@demo.dz', role: 'STAFF' });
    const none = await t.http().get('/api/auth/me').expect(401);
    expect(none.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    await t.http().get('/api/auth/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
  });

  it('exchanges a refresh token for a new pair, but never accepts an access token as a refresh token', async () => {
    const login = await t.http().post('/api/auth/login').send({ email: 'owner@demo.dz', password: 'demo' }).expect(200);
    const refreshed = await t.http().post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);
    await t.http().post('/api/auth/refresh').send({ refreshToken: login.body.accessToken }).expect(401);
    // and a refresh token is not an access token
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${login.body.refreshToken}`).expect(401);
  });

  it('answers unknown routes with JSON 404', async () => {
    const token = await t.login('owner@demo.dz');
    const res = await t.http().get('/api/no-such-thing').set('Authorization', `Bearer ${token}`).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it('serves health and OpenAPI without credentials', async () => {
    await t.http().get('/api/health').expect(200, /ok/);
    const ready = await t.http().get('/api/health/ready').expect(200);
    expect(ready.body.database).toBe('up');
    const docs = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/api-keys']));
  });
});

describe('auth: login rate limit', () => {
  let t: TestApp;
  const app = seededApp({ env: { LOGIN_RATE_LIMIT: '3' } });
  beforeAll(() => ({ t } = app));

  it('limits attempts per account with a 429 JSON, without blocking other accounts', async () => {
    for (let i = 0; i < 3; i++) await t.http().post('/api/auth/login').send({ email: 'owner@demo.dz', password: 'bad' }).expect(401);
    const limited = await t.http().post('/api/auth/login').send({ email: 'owner@demo.dz', password: 'demo' }).expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    await t.http().post('/api/auth/login').send({ email: 'staff@demo.dz', password: 'demo' }).expect(200);
  });
});
