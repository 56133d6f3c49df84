import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { hasBinary, Managed, startRedis } from '../helpers/processes';
import { createTestApp, TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { bearer } from './helpers';

const attempt = (t: TestApp, email: string, password: string, ip: string) =>
  t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

describe('accounts: login throttle (in memory)', () => {
  let t: TestApp;
  const app = seededApp({ env: { LOGIN_RATE_LIMIT: '3' } });
  beforeAll(() => ({ t, db } = app));

  it('an attacker exhausts only their own allowance: the owner still signs in from another address', async () => {
    for (let i = 0; i < 3; i++) await attempt(t, 'owner@demo.dz', 'guess', '203.0.113.7').expect(401);
    const limited = await attempt(t, 'owner@demo.dz', 'demo', '203.0.113.7').expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    await attempt(t, 'owner@demo.dz', 'demo', '198.51.100.20').expect(200);
  });

  it('a correct password clears the account + IP counter (typos never add up to a lock)', async () => {
    for (let round = 0; round < 3; round++) {
      await attempt(t, 'staff@demo.dz', 'typo', '198.51.100.30').expect(401);
      await attempt(t, 'staff@demo.dz', 'typo', '198.51.100.30').expect(401);
      await attempt(t, 'staff@demo.dz', 'demo', '198.51.100.30').expect(200);
    }
  });

  it('limits one address across accounts (3x the per-account limit)', async () => {
    const ip = '203.0.113.50';
    for (let i = 0; i < 9; i++) await attempt(t, `nobody${i}@demo.dz`, 'guess', ip).expect(401);
    await attempt(t, 'owner@demo.dz', 'demo', ip).expect(429);
  });
});

// redis-server comes from Debian (.ci/run installs it); skipped on a machine without it, a failure in CI.
const withRedis = hasBinary('redis-server') || process.env.CI ? describe : describe.skip;

withRedis('accounts: two instances sharing Redis', () => {
  let db: TestDatabase;
  let redis: Managed;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    redis = await startRedis();
    db = await createTestDatabase({ template: 'seeded' });
    const env = { LOGIN_RATE_LIMIT: '3', REDIS_URL: redis.url };
    [a, b] = await Promise.all([createTestApp(db.url, env), createTestApp(db.url, env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await db?.drop();
    await redis?.stop();
  });

  it('counts failed logins across instances', async () => {
    await attempt(a, 'owner@demo.dz', 'guess', '192.0.2.1').expect(401);
    await attempt(b, 'owner@demo.dz', 'guess', '192.0.2.1').expect(401);
    await attempt(a, 'owner@demo.dz', 'guess', '192.0.2.1').expect(401);
    await attempt(b, 'owner@demo.dz', 'demo', '192.0.2.1').expect(429);
    await attempt(a, 'owner@demo.dz', 'demo', '192.0.2.2').expect(200);
  });

  it('a user disabled through one instance loses, at once, their access on the other and their socket there', async () => {
    const owner = (await attempt(a, 'owner@demo.dz', 'demo', '192.0.2.3').expect(200)).body.accessToken;
    const staff = (await attempt(b, 'staff@demo.dz', 'demo', '192.0.2.3').expect(200)).body;
    // B has the staff status cached now.
    await b.http().get('/api/inventory').set(bearer(staff.accessToken)).expect(200);
    const socket = new ChatClient(baseUrlOf(b.app), staff.accessToken);
    await socket.connected();
    const closed = new Promise<string>((resolve) => socket.socket.once('disconnect', resolve));
    await a.http().patch(`/api/users/${staff.user.id}`).set(bearer(owner)).send({ active: false }).expect(200);
    expect(await closed).toBe('io server disconnect');
    socket.close();
    // The invalidation crossed through Redis pub/sub (published before the PATCH answered); poll briefly for delivery.
    let status = 0;
    for (let i = 0; i < 50 && status !== 401; i++) {
      status = (await b.http().get('/api/inventory').set(bearer(staff.accessToken))).status;
      if (status !== 401) await new Promise((r) => setTimeout(r, 20));
    }
    expect(status).toBe(401);
  });
});
