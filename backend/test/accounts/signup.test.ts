import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';
import { bearer, signUp, STRONG } from './helpers';

describe('accounts: sign-up (real PostgreSQL)', () => {
  let db: TestDatabase;
  let t: TestApp;

  const app = seededApp();
  beforeAll(() => ({ t, db } = app));

  const signup = (body: object, ip = '10.1.0.1') => t.http().post('/api/auth/signup').set('X-Forwarded-For', ip).send(body);
  const valid = {
    businessName: 'Supérette Nour',
    email: 'Nour@Example.dz',
    password: STRONG,
    wilaya: 'Oran',
    language: 'ar',
    phone: '0550 12 34 56',
  };

  it('creates the business and its OWNER and answers like login (201)', async () => {
    const res = await signup(valid).expect(201);
    expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken', 'tenant', 'tokenType', 'user']);
    expect(res.body.user).toMatchObject({ email: 'nour@example.dz', role: 'OWNER', locale: 'ar', name: 'nour' });
    expect(res.body.tenant).toMatchObject({
      name: 'Supérette Nour',
      slug: 'superette-nour',
      currency: 'DZD',
      locale: 'ar-DZ',
      wilaya: 'Oran',
    });
    expect(res.body.user.tenant.id).toBe(res.body.tenant.id);
    expect(res.body.user.passwordHash).toBeUndefined();
    const row = await db.prisma.user.findUniqueOrThrow({ where: { email: 'nour@example.dz' } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await db.prisma.tenant.findUniqueOrThrow({ where: { id: res.body.tenant.id } })).phone).toBe('0550 12 34 56');
    // The tokens work like login's.
    await t.http().get('/api/auth/me').set(bearer(res.body.accessToken)).expect(200);
    const login = await t.http().post('/api/auth/login').send({ email: 'nour@example.dz', password: STRONG }).expect(200);
    expect(login.body.tenant.id).toBe(res.body.tenant.id);
  });

  it('gives a unique slug to a second business with the same name', async () => {
    const res = await signup({ ...valid, email: 'nour2@example.dz' }).expect(201);
    expect(res.body.tenant.slug).toMatch(/^superette-nour-[0-9a-f]{6}$/);
    const arabic = await signup({ ...valid, businessName: 'محل النور', email: 'nour3@example.dz' }).expect(201);
    expect(arabic.body.tenant.slug).toBe('boutique');
  });

  it('refuses an email already used (any case) with 409, and concurrent sign-ups with one email create one account', async () => {
    const dup = await signup({ ...valid, email: 'OWNER@demo.dz' }).expect(409);
    expect(dup.body).toMatchObject({ statusCode: 409, code: 'CONFLICT', details: [{ field: 'email' }] });
    const same = { ...valid, businessName: 'Course', email: 'race@example.dz' };
    const results = await Promise.all([signup(same), signup(same), signup(same)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await db.prisma.user.count({ where: { email: 'race@example.dz' } })).toBe(1);
    expect(await db.prisma.tenant.count({ where: { name: 'Course' } })).toBe(1);
  });

  it.each([
    ['short1234', 'min_length'],
    ['1234567890', 'common'],
    ['qwertyuiop', 'common'],
    ['Password123', 'common'],
    ['azerty123456', 'common'],
    ['weakling@example.dz', 'contains_email'],
  ])('refuses the weak password %s with 400 naming the rule %s', async (password, rule) => {
    const res = await signup({ ...valid, email: 'weakling@example.dz', password }).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'password', rule }] });
    expect(res.body.message).toContain('password');
    expect(await db.prisma.user.count({ where: { email: 'weakling@example.dz' } })).toBe(0);
  });

  it('names every bad field: unknown wilaya, language, phone, missing name, extra fields', async () => {
    const bad = await signup({ businessName: 'X', email: 'no', password: STRONG, wilaya: '59', language: 'de', phone: 'abc' }).expect(400);
    expect(bad.body.details.map((d: any) => d.field).sort()).toEqual(['businessName', 'email', 'language', 'phone', 'wilaya']);
    await signup({ ...valid, email: 'x@example.dz', role: 'ADMIN' }).expect(400);
    await signup({ ...valid, email: 'x@example.dz', wilaya: 'Atlantis' }).expect(400);
    const byCode = await signup({ ...valid, email: 'blida@example.dz', wilaya: '09' }).expect(201);
    expect(byCode.body.tenant.wilaya).toBe('Blida');
  });

  it('isolates the new business: it sees nothing of the demo, and the demo nothing of it', async () => {
    const fresh = await signUp(t);
    const tok = fresh.accessToken;
    const demo = await t.login('owner@demo.dz');
    const tenantId = fresh.tenant.id;
    // Give the new shop some data of its own.
    const product = await db.prisma.product.create({
      data: { tenantId, sku: 'NOUR-1', nameFr: 'Thé Nour', category: 'boissons', price: 250, cost: 180, stock: 7 },
    });
    await db.prisma.expense.create({
      data: { tenantId, amount: 4321, category: 'loyer', date: new Date('2026-11-10'), description: 'Loyer Nour' },
    });
    await db.prisma.conversation.create({ data: { tenantId, userId: fresh.user.id, title: 'Conversation Nour' } });

    const inv = await t.http().get('/api/inventory').set(bearer(tok)).expect(200);
    expect(inv.body.items.map((i: any) => i.id)).toEqual([product.id]);
    const stats = await t.http().get('/api/dashboard/stats?period=year').set(bearer(tok)).expect(200);
    expect(stats.body.revenue.value).toBe(0);
    expect(stats.body.stockValue.value).toBe(7 * 180);
    const conv = await t.http().get('/api/conversations').set(bearer(tok)).expect(200);
    expect(conv.body.items.map((c: any) => c.title)).toEqual(['Conversation Nour']);
    const exp = await t.http().get('/api/expenses?period=year').set(bearer(tok)).expect(200);
    expect(exp.body.items.map((e: any) => e.description)).toEqual(['Loyer Nour']);

    const demoInv = await t.http().get('/api/inventory?q=Nour').set(bearer(demo)).expect(200);
    expect(demoInv.body.items.some((i: any) => i.id === product.id)).toBe(false);
    const demoConv = await t.http().get('/api/conversations').set(bearer(demo)).expect(200);
    expect(demoConv.body.items.some((c: any) => c.title === 'Conversation Nour')).toBe(false);
    const demoExp = await t.http().get('/api/expenses?period=year&pageSize=200').set(bearer(demo)).expect(200);
    expect(demoExp.body.items.some((e: any) => e.description === 'Loyer Nour')).toBe(false);
    await t.http().get(`/api/inventory/products/${product.id}`).set(bearer(demo)).expect(404);
  });
});

describe('accounts: sign-up rate limit per IP', () => {
  let db: TestDatabase;
  let t: TestApp;
  const app = seededApp({ template: 'empty', env: { SIGNUP_RATE_LIMIT: '2' } });
  beforeAll(() => ({ t, db } = app));

  it('answers 429 with Retry-After past the limit, for that IP only', async () => {
    await signUp(t, {}, '10.2.0.1');
    // A refused attempt (weak password) counts too; a malformed body never reaches the counter.
    await t
      .http()
      .post('/api/auth/signup')
      .set('X-Forwarded-For', '10.2.0.1')
      .send({ businessName: 'Faible', email: 'faible@new.dz', password: 'short', wilaya: '16', language: 'fr' })
      .expect(400);
    const limited = await t
      .http()
      .post('/api/auth/signup')
      .set('X-Forwarded-For', '10.2.0.1')
      .send({ businessName: 'Encore', email: 'encore@new.dz', password: STRONG, wilaya: '16', language: 'fr' });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await db.prisma.user.count({ where: { email: 'encore@new.dz' } })).toBe(0);
    await signUp(t, {}, '10.2.0.2');
  });
});
