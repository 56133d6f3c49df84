import { AccountMailer } from '../../src/auth/account-mailer';
import { createTestApp, TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { bearer, signUp, STRONG } from './helpers';
import { startMailServer } from '../helpers/mail-server';

const tokenIn = (body: string) => /#token=([A-Za-z0-9_-]+)/.exec(body)?.[1] ?? '';

describe('accounts: password reset by email (real SMTP server)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let mail: Awaited<ReturnType<typeof startMailServer>>;

  beforeAll(async () => {
    mail = await startMailServer();
    db = await createTestDatabase({ template: 'seeded' });
    t = await createTestApp(db.url, {
      SMTP_URL: mail.url,
      PUBLIC_URL: 'https://tajer.example.dz',
      MAIL_FROM: 'Tajer <comptes@tajer.example.dz>',
    });
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
    await mail?.close();
  });

  const forgot = (email: string, ip = '10.3.0.1') => t.http().post('/api/auth/password/forgot').set('X-Forwarded-For', ip).send({ email });
  const reset = (token: string, password: string) => t.http().post('/api/auth/password/reset').send({ token, password });

  it('emails a single-use link (30 minutes) in the account language; the reset ends every session', async () => {
    const shop = await signUp(t, { language: 'ar' });
    const session2 = (await t.http().post('/api/auth/login').send({ email: shop.user.email, password: STRONG }).expect(200)).body;
    const res = await forgot(shop.user.email.toUpperCase()).expect(202);
    expect(res.body).toEqual({ accepted: true, emailEnabled: true });
    const received = await mail.mailTo(shop.user.email);
    expect(received.subject).toBe('تاجر: كلمة مرور جديدة');
    expect(received.body).toContain('https://tajer.example.dz/reset-password#token=');
    const token = tokenIn(received.body);
    const row = await db.prisma.passwordReset.findFirstOrThrow({ where: { user: { email: shop.user.email } } });
    expect(row.tokenHash).not.toContain(token);
    const minutes = (row.expiresAt.getTime() - row.createdAt.getTime()) / 60_000;
    expect(Math.round(minutes)).toBe(30);

    // A weak password is refused and leaves the link usable.
    const weak = await reset(token, 'qwertyuiop').expect(400);
    expect(weak.body.details[0].rule).toBe('common');
    await t.http().post('/api/auth/password/check').send({ token }).expect(200);
    await reset(token, 'nouveau-mot-de-passe-2026').expect(200);

    for (const s of [shop, session2]) {
      await t.http().get('/api/auth/me').set(bearer(s.accessToken)).expect(401);
      await t.http().post('/api/auth/refresh').send({ refreshToken: s.refreshToken }).expect(401);
    }
    await t.http().post('/api/auth/login').send({ email: shop.user.email, password: STRONG }).expect(401);
    await t.http().post('/api/auth/login').send({ email: shop.user.email, password: 'nouveau-mot-de-passe-2026' }).expect(200);
    const again = await reset(token, 'encore-un-autre-2026').expect(400);
    expect(again.body.details[0].rule).toBe('invalid_token');
  });

  it('answers the same for an unknown address and sends nothing; an expired link is refused', async () => {
    const before = mail.received.length;
    const unknown = await forgot('ghost@nowhere.dz', '10.3.0.2').expect(202);
    expect(unknown.body).toEqual({ accepted: true, emailEnabled: true });
    await t.app.get(AccountMailer).idle();
    expect(mail.received.length).toBe(before);

    await forgot('staff@demo.dz', '10.3.0.2').expect(202);
    const token = tokenIn((await mail.mailTo('staff@demo.dz')).body);
    await db.prisma.passwordReset.updateMany({
      where: { user: { email: 'staff@demo.dz' } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await reset(token, 'nouveau-mot-de-passe-2026').expect(400);
  });

  it('limits requests per address (no mail bombing): 429 with Retry-After', async () => {
    for (let i = 0; i < 3; i++) await forgot('owner@demo.dz', `10.3.1.${i}`).expect(202);
    const limited = await forgot('owner@demo.dz', '10.3.1.9').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('invitations are emailed too, with the link', async () => {
    const owner = await t.login('owner@demo.dz');
    const inv = await t
      .http()
      .post('/api/users/invitations')
      .set(bearer(owner))
      .send({ email: 'nadia@example.dz', language: 'en' })
      .expect(201);
    expect(inv.body.emailed).toBe(true);
    const received = await mail.mailTo('nadia@example.dz');
    expect(received.subject).toContain('Supérette El Baraka');
    expect(received.body).toContain(`https://tajer.example.dz/invite#code=${inv.body.code}`);
  });
});

describe('accounts: password reset without SMTP', () => {
  let db: TestDatabase;
  let t: TestApp;
  const app = seededApp();
  beforeAll(() => ({ t, db } = app));

  it('tells the client email is off (ask the owner), and creates no token', async () => {
    const res = await t.http().post('/api/auth/password/forgot').send({ email: 'staff@demo.dz' }).expect(202);
    expect(res.body).toEqual({ accepted: true, emailEnabled: false });
    expect(await db.prisma.passwordReset.count()).toBe(0);
  });
});
