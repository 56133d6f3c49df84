import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';
import { bearer, signUp, STRONG } from './helpers';

describe('accounts: team — invitations, roles, last owner, disable (real PostgreSQL, real sockets)', () => {
  let db: TestDatabase;
  let t: TestApp;

  const app = seededApp();
  beforeAll(() => ({ t, db } = app));

  const as = (token: string) => ({
    get: (url: string) => t.http().get(url).set(bearer(token)),
    post: (url: string, body?: object) =>
      t
        .http()
        .post(url)
        .set(bearer(token))
        .send(body ?? {}),
    patch: (url: string, body: object) => t.http().patch(url).set(bearer(token)).send(body),
    del: (url: string) => t.http().delete(url).set(bearer(token)),
  });
  const accept = (body: object) => t.http().post('/api/auth/invitations/accept').send(body);

  async function invite(owner: string, email: string, role = 'STAFF') {
    const res = await as(owner).post('/api/users/invitations', { email, role }).expect(201);
    return res.body as { id: string; code: string; inviteUrl: string; emailed: boolean };
  }

  it('invites a colleague with a one-time code; accepting sets name and password and signs in as STAFF', async () => {
    const shop = await signUp(t);
    const inv = await invite(shop.accessToken, 'Karim@Example.dz');
    expect(inv).toMatchObject({ email: 'karim@example.dz', role: 'STAFF', emailed: false });
    expect(inv.inviteUrl).toBe(`http://localhost:${t.config.PORT}/invite#code=${inv.code}`);
    expect(await db.prisma.invitation.count({ where: { codeHash: inv.code } })).toBe(0); // only the hash is stored
    const pending = await as(shop.accessToken).get('/api/users/invitations').expect(200);
    expect(pending.body.map((i: any) => i.email)).toEqual(['karim@example.dz']);

    const look = await t.http().post('/api/auth/invitations/lookup').send({ code: inv.code }).expect(200);
    expect(look.body).toMatchObject({ email: 'karim@example.dz', role: 'STAFF', business: shop.tenant.name });

    const weak = await accept({ code: inv.code, name: 'Karim', password: 'short' }).expect(400);
    expect(weak.body.details[0].rule).toBe('min_length'); // and the code is still usable:
    const ok = await accept({ code: inv.code, name: 'Karim', password: STRONG }).expect(201);
    expect(ok.body.user).toMatchObject({ email: 'karim@example.dz', role: 'STAFF', name: 'Karim', tenantId: shop.tenant.id });
    expect(ok.body.tenant.id).toBe(shop.tenant.id);
    await as(ok.body.accessToken).get('/api/inventory').expect(200);

    const again = await accept({ code: inv.code, name: 'Karim bis', password: STRONG }).expect(409);
    expect(again.body.details).toMatchObject({ reason: 'used' });
    await t.http().post('/api/auth/invitations/lookup').send({ code: inv.code }).expect(409);
    await accept({ code: 'x'.repeat(43), name: 'X', password: STRONG }).expect(404);
    // STAFF manage nothing.
    await as(ok.body.accessToken).get('/api/users').expect(403);
    await as(ok.body.accessToken).post('/api/users/invitations', { email: 'z@example.dz' }).expect(403);
  });

  it('refuses an expired or withdrawn invitation (410), an address that already has an account (409), and concurrent accepts beyond one', async () => {
    const shop = await signUp(t);
    const expired = await invite(shop.accessToken, 'late@example.dz');
    await db.prisma.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const gone = await accept({ code: expired.code, name: 'Late', password: STRONG }).expect(410);
    expect(gone.body).toMatchObject({ code: 'GONE', details: { reason: 'expired' } });

    const withdrawn = await invite(shop.accessToken, 'nope@example.dz');
    await as(shop.accessToken).del(`/api/users/invitations/${withdrawn.id}`).expect(200);
    await accept({ code: withdrawn.code, name: 'Nope', password: STRONG }).expect(410);
    // Re-inviting withdraws the earlier link.
    const first = await invite(shop.accessToken, 'twice@example.dz');
    const second = await invite(shop.accessToken, 'twice@example.dz');
    await accept({ code: first.code, name: 'Twice', password: STRONG }).expect(410);

    await as(shop.accessToken).post('/api/users/invitations', { email: 'staff@demo.dz' }).expect(409);

    const results = await Promise.all([1, 2, 3].map(() => accept({ code: second.code, name: 'Twice', password: STRONG })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await db.prisma.user.count({ where: { email: 'twice@example.dz' } })).toBe(1);
  });

  it('lists the team, changes roles, and always keeps one active OWNER (409), even when two owners demote each other at once', async () => {
    const shop = await signUp(t);
    const inv = await invite(shop.accessToken, 'co-owner@example.dz', 'OWNER');
    const co = (await accept({ code: inv.code, name: 'Co', password: STRONG }).expect(201)).body;
    const team = await as(shop.accessToken).get('/api/users').expect(200);
    expect(team.body.items.map((u: any) => [u.email, u.role, u.active, u.you])).toEqual([
      [shop.user.email, 'OWNER', true, true],
      ['co-owner@example.dz', 'OWNER', true, false],
    ]);
    // Both demote the other at the same instant: exactly one wins, one OWNER remains.
    const [a, b] = await Promise.all([
      as(shop.accessToken).patch(`/api/users/${co.user.id}`, { role: 'STAFF' }),
      as(co.accessToken).patch(`/api/users/${shop.user.id}`, { role: 'STAFF' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const owners = await db.prisma.user.count({ where: { tenantId: shop.tenant.id, role: 'OWNER', disabledAt: null } });
    expect(owners).toBe(1);
    const ownerToken = a.status === 200 ? shop.accessToken : co.accessToken;
    const ownerId = a.status === 200 ? shop.user.id : co.user.id;
    const last = await as(ownerToken).patch(`/api/users/${ownerId}`, { role: 'STAFF' }).expect(409);
    expect(last.body.details).toMatchObject({ reason: 'last_owner' });
    await as(ownerToken).patch(`/api/users/${ownerId}`, { active: false }).expect(409);
    // Another business's member is not found; bad bodies name the field.
    const demoStaff = await db.prisma.user.findUniqueOrThrow({ where: { email: 'staff@demo.dz' } });
    await as(ownerToken).patch(`/api/users/${demoStaff.id}`, { role: 'OWNER' }).expect(404);
    await as(ownerToken).patch(`/api/users/${ownerId}`, { role: 'ADMIN' }).expect(400);
    await as(ownerToken).patch(`/api/users/${ownerId}`, {}).expect(400);
  });

  it('disabling a user stops at once their access token (401), refresh token, API keys and open socket; enabling restores sign-in', async () => {
    const shop = await signUp(t);
    const inv = await invite(shop.accessToken, 'leaving@example.dz', 'OWNER');
    const leaving = (await accept({ code: inv.code, name: 'Leaving', password: STRONG }).expect(201)).body;
    const key = (
      await as(leaving.accessToken)
        .post('/api/api-keys', { name: 'ERP', scopes: ['read'] })
        .expect(201)
    ).body.key as string;
    await t.http().get('/api/inventory').set('X-API-Key', key).expect(200);
    const socket = new ChatClient(baseUrlOf(t.app), leaving.accessToken);
    await socket.connected();
    const keySocket = new ChatClient(baseUrlOf(t.app), key);
    await keySocket.connected();
    const closed = new Promise<string>((resolve) => socket.socket.once('disconnect', resolve));
    const keyClosed = new Promise<string>((resolve) => keySocket.socket.once('disconnect', resolve));

    const res = await as(shop.accessToken).patch(`/api/users/${leaving.user.id}`, { active: false }).expect(200);
    expect(res.body).toMatchObject({ active: false, disabledAt: expect.any(String) });

    expect(await closed).toBe('io server disconnect');
    expect(await keyClosed).toBe('io server disconnect');
    const refused = await as(leaving.accessToken).get('/api/inventory').expect(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
    await t.http().get('/api/inventory').set('X-API-Key', key).expect(401);
    await t.http().post('/api/auth/refresh').send({ refreshToken: leaving.refreshToken }).expect(401);
    await t.http().post('/api/auth/login').send({ email: 'leaving@example.dz', password: STRONG }).expect(401);
    // The socket can't come back either.
    const retry = new ChatClient(baseUrlOf(t.app), leaving.accessToken, { reconnection: false });
    await expect(retry.connected()).rejects.toThrow(/no longer active/);
    retry.close();
    socket.close();
    keySocket.close();

    await as(shop.accessToken).patch(`/api/users/${leaving.user.id}`, { active: true }).expect(200);
    const back = await t.http().post('/api/auth/login').send({ email: 'leaving@example.dz', password: STRONG }).expect(200);
    await as(back.body.accessToken).get('/api/inventory').expect(200);
    // The old tokens stay dead; the key works again with its creator back (it was never revoked).
    await as(leaving.accessToken).get('/api/inventory').expect(401);
    await t.http().get('/api/inventory').set('X-API-Key', key).expect(200);
  });

  it('a revoked API key loses its open socket; API keys cannot manage the team, keys or the business', async () => {
    const owner = await t.login('owner@demo.dz');
    const created = (
      await as(owner)
        .post('/api/api-keys', { name: 'Caisse', scopes: ['read', 'write'] })
        .expect(201)
    ).body;
    const c = new ChatClient(baseUrlOf(t.app), created.key);
    await c.connected();
    const closed = new Promise<string>((resolve) => c.socket.once('disconnect', resolve));
    const key = (h: ReturnType<typeof t.http>) => h.set('X-API-Key', created.key);
    await key(t.http().get('/api/users')).expect(403);
    await key(t.http().post('/api/users/invitations')).send({ email: 'evil@example.dz', role: 'OWNER' }).expect(403);
    await key(t.http().post('/api/api-keys')).send({ name: 'successor' }).expect(403);
    await key(t.http().patch('/api/business')).send({ name: 'Pwned' }).expect(403);
    await as(owner).del(`/api/api-keys/${created.id}`).expect(200);
    expect(await closed).toBe('io server disconnect');
    c.close();
  });

  it('the owner issues a reset link for a colleague when there is no email: using it ends their sessions', async () => {
    const owner = await t.login('owner@demo.dz');
    const staff = (await t.http().post('/api/auth/login').send({ email: 'staff@demo.dz', password: 'demo' }).expect(200)).body;
    const staffId = staff.user.id;
    const link = (await as(owner).post(`/api/users/${staffId}/password-reset`).expect(201)).body;
    expect(link).toMatchObject({ email: 'staff@demo.dz', emailed: false });
    expect(link.resetUrl).toContain(`#token=${link.token}`);
    await t.http().post('/api/auth/password/check').send({ token: link.token }).expect(200);
    await t.http().post('/api/auth/password/reset').send({ token: link.token, password: 'caisse-du-matin-2026' }).expect(200);
    await as(staff.accessToken).get('/api/inventory').expect(401);
    await t.http().post('/api/auth/refresh').send({ refreshToken: staff.refreshToken }).expect(401);
    await t.http().post('/api/auth/login').send({ email: 'staff@demo.dz', password: 'caisse-du-matin-2026' }).expect(200);
    // Single use; STAFF can't issue links; the owner can't for their own account.
    await t.http().post('/api/auth/password/reset').send({ token: link.token, password: 'encore-un-autre-2026' }).expect(400);
    const staffNow = (await t.http().post('/api/auth/login').send({ email: 'staff@demo.dz', password: 'caisse-du-matin-2026' })).body
      .accessToken;
    const ownerId = (await db.prisma.user.findUniqueOrThrow({ where: { email: 'owner@demo.dz' } })).id;
    await as(staffNow).post(`/api/users/${ownerId}/password-reset`).expect(403);
    await as(owner).post(`/api/users/${ownerId}/password-reset`).expect(409);
  });
});
