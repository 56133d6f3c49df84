import { createHmac } from 'node:crypto';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';
import { bearer } from './helpers';

const SECRET = 'test-secret-key-0123456789abcdef'; // createTestApp's SECRET_KEY

/** A JWT signed by hand, to check what the server refuses. */
function forge(header: object, payload: object, key = SECRET): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${b64(header)}.${b64(payload)}`;
  const alg = (header as { alg: string }).alg;
  if (alg === 'none') return `${body}.`;
  const hmac = alg === 'HS512' ? 'sha512' : 'sha256';
  return `${body}.${createHmac(hmac, key).update(body).digest('base64url')}`;
}

describe('accounts: sessions — refresh rotation, reuse detection, logout, cookie (real PostgreSQL)', () => {
  let db: TestDatabase;
  let t: TestApp;

  const app = seededApp();
  beforeAll(() => ({ t, db } = app));

  const login = (email = 'owner@demo.dz', password = 'demo') => t.http().post('/api/auth/login').send({ email, password }).expect(200);
  const refresh = (refreshToken: string) => t.http().post('/api/auth/refresh').send({ refreshToken });

  it('rotates the refresh token on every refresh and stores only its hash', async () => {
    const first = (await login()).body;
    expect(first.refreshToken).toMatch(/^rt_[A-Za-z0-9_-]{43}$/);
    const second = (await refresh(first.refreshToken).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await t.http().get('/api/auth/me').set(bearer(second.accessToken)).expect(200);
    const third = (await refresh(second.refreshToken).expect(200)).body;
    expect(third.user.email).toBe('owner@demo.dz');
    const rows = await db.prisma.refreshToken.findMany({ where: { user: { email: 'owner@demo.dz' } } });
    expect(rows.some((r) => r.tokenHash.includes(first.refreshToken) || first.refreshToken.includes(r.tokenHash))).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });

  it('treats a spent refresh token presented again as theft: 401 and the whole sign-in is revoked', async () => {
    const a = (await login()).body;
    const b = (await refresh(a.refreshToken).expect(200)).body;
    const replay = await refresh(a.refreshToken).expect(401);
    expect(replay.body.message).toMatch(/already used/);
    // The legitimate successor is dead too: the family is revoked.
    await refresh(b.refreshToken).expect(401);
    // Another sign-in of the same user is untouched.
    const other = (await login()).body;
    await refresh(other.refreshToken).expect(200);
  });

  it('lets exactly one of concurrent refreshes with one token through', async () => {
    const a = (await login('staff@demo.dz')).body;
    const results = await Promise.all([refresh(a.refreshToken), refresh(a.refreshToken), refresh(a.refreshToken)]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 401)).toHaveLength(2);
  });

  it('logout revokes the refresh token (and its session), is idempotent, and never accepts an access token as a refresh token', async () => {
    const a = (await login()).body;
    await t.http().post('/api/auth/logout').send({ refreshToken: a.refreshToken }).expect(204);
    await refresh(a.refreshToken).expect(401);
    await t.http().post('/api/auth/logout').send({ refreshToken: a.refreshToken }).expect(204);
    await t.http().post('/api/auth/logout').send({}).expect(204);
    await refresh(a.accessToken).expect(401); // an access token is never a refresh token
    await t
      .http()
      .get('/api/auth/me')
      .set(bearer(`rt_${'x'.repeat(43)}`))
      .expect(401);
  });

  it('browsers: cookie mode keeps the refresh token out of the body, in an httpOnly SameSite=Strict cookie on /api/auth', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('X-Refresh-Transport', 'cookie')
      .send({ email: 'owner@demo.dz', password: 'demo' })
      .expect(200);
    expect(res.body.refreshToken).toBeUndefined();
    expect(res.body.accessToken).toBeTruthy();
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('tajer_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    const pair = cookie.split(';')[0];
    // Without the header, the cookie is refused (a cross-site form can't add it): CSRF-proof.
    await t.http().post('/api/auth/refresh').set('Cookie', pair).send({}).expect(403);
    const next = await t.http().post('/api/auth/refresh').set('Cookie', pair).set('X-Refresh-Transport', 'cookie').send({}).expect(200);
    expect(next.body.refreshToken).toBeUndefined();
    const rotated = (next.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('tajer_refresh='))!.split(';')[0];
    expect(rotated).not.toBe(pair);
    // The old cookie is spent; logout with the new one clears it.
    const out = await t.http().post('/api/auth/logout').set('Cookie', rotated).send({}).expect(204);
    expect((out.headers['set-cookie'] as unknown as string[]).join()).toMatch(/tajer_refresh=;/);
    await t.http().post('/api/auth/refresh').set('Cookie', rotated).set('X-Refresh-Transport', 'cookie').send({}).expect(401);
    // API clients never get the cookie.
    const api = await t.http().post('/api/auth/login').send({ email: 'owner@demo.dz', password: 'demo' }).expect(200);
    expect(api.headers['set-cookie']).toBeUndefined();
  });

  it('pins the JWT algorithm: "none", HS512 and tokens of another issuer are refused', async () => {
    const me = (await login()).body;
    const claims = JSON.parse(Buffer.from(me.accessToken.split('.')[1], 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);
    const payload = { ...claims, iat: now, exp: now + 600 };
    await t
      .http()
      .get('/api/auth/me')
      .set(bearer(forge({ alg: 'HS256', typ: 'JWT' }, payload)))
      .expect(200); // the forge is right…
    await t
      .http()
      .get('/api/auth/me')
      .set(bearer(forge({ alg: 'none', typ: 'JWT' }, payload)))
      .expect(401);
    await t
      .http()
      .get('/api/auth/me')
      .set(bearer(forge({ alg: 'HS512', typ: 'JWT' }, payload)))
      .expect(401);
    await t
      .http()
      .get('/api/auth/me')
      .set(bearer(forge({ alg: 'HS256', typ: 'JWT' }, { ...payload, iss: 'other' })))
      .expect(401);
    await t
      .http()
      .get('/api/auth/me')
      .set(bearer(forge({ alg: 'HS256', typ: 'JWT' }, payload, 'another-secret-0123456789')))
      .expect(401);
  });
});
